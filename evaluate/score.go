package evaluate

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"readout"
)

// Found is a contact the extractor reported in one article, with every name of each
// participant (normalised), so that it can be compared with annotations by name.
type Found struct {
	Article string
	Contact readout.Contact
	Names   [][]string // per participant, in the order of Contact.Participants
}

// Scores are the figures of one evaluation.
type Scores struct {
	Articles       int     `json:"articles"`
	Required       int     `json:"required"`        // gold contacts that must be found
	Optional       int     `json:"optional"`        // gold contacts that count only when found
	Found          int     `json:"found"`           // contacts the extractor reported
	TruePositives  int     `json:"true_positives"`  // reported contacts that match a gold one
	OptionalFound  int     `json:"optional_found"`  // of which optional
	FalsePositives int     `json:"false_positives"` // reported contacts that match none
	Missed         int     `json:"missed"`          // required gold contacts not reported
	Precision      float64 `json:"precision"`
	Recall         float64 `json:"recall"`
	F1             float64 `json:"f1"`
	ModeAccuracy   float64 `json:"mode_accuracy"`     // among matches
	DateAccuracy   float64 `json:"date_accuracy"`     // among matches: the same date and granularity
	WrongExact     int     `json:"wrong_exact_dates"` // matches given an exact day the gold does not have
	InitAccuracy   float64 `json:"initiator_accuracy"`
	NegativeHits   int     `json:"negative_hits"` // negatives the extractor reported a contact for
}

// Miss is a required gold contact not found in an article.
type Miss struct {
	Article string
	Gold
}

// Report is the outcome of an evaluation: the scores and every disagreement.
type Report struct {
	Scores
	Misses     []Miss
	False      []Found
	Dates      []string // matched contacts whose date differs, one line each
	Initiators []string
	Negatives  []string
}

// Score compares what the extractor found with the gold annotations of the same articles.
// key normalises names the way the extractor does. Articles without gold are ignored.
func Score(gold []Gold, negs []Negative, found []Found, key func(string) string) *Report {
	r := &Report{}
	byArticle := map[string][]*Gold{}
	for i := range gold {
		g := &gold[i]
		if g.None {
			byArticle[g.Article] = append(byArticle[g.Article], nil)
			continue
		}
		for _, a := range g.Articles() {
			byArticle[a] = append(byArticle[a], g)
		}
	}
	foundBy := map[string][]*Found{}
	for i := range found {
		foundBy[found[i].Article] = append(foundBy[found[i].Article], &found[i])
	}
	articles := make([]string, 0, len(byArticle))
	for a := range byArticle {
		articles = append(articles, a)
	}
	sort.Strings(articles)
	var modes, dates, inits counter
	for _, a := range articles {
		r.Articles++
		r.scoreArticle(a, byArticle[a], foundBy[a], key, &modes, &dates, &inits)
	}
	r.Negatives = negativeHits(negs, foundBy, key)
	r.NegativeHits = len(r.Negatives)
	r.finish(modes, dates, inits)
	return r
}

type counter struct{ right, total int }

func (c counter) ratio() float64 {
	if c.total == 0 {
		return 0
	}
	return float64(c.right) / float64(c.total)
}

// scoreArticle matches an article's gold contacts with what was found in it: required gold
// contacts first, each to the first unused found contact with the same participants and status.
func (r *Report) scoreArticle(article string, golds []*Gold, found []*Found, key func(string) string, modes, dates, inits *counter) {
	var gs []*Gold
	for _, g := range golds {
		if g != nil {
			gs = append(gs, g)
		}
	}
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].IsRequired() && !gs[j].IsRequired() })
	used := make([]bool, len(found))
	r.Found += len(found)
	for _, g := range gs {
		if g.IsRequired() {
			r.Required++
		} else {
			r.Optional++
		}
		i := bestMatch(g, found, used, key)
		if i < 0 {
			if g.IsRequired() {
				r.Missed++
				r.Misses = append(r.Misses, Miss{article, *g})
			}
			continue
		}
		used[i] = true
		r.TruePositives++
		if !g.IsRequired() {
			r.OptionalFound++
		}
		f := found[i]
		modes.total++
		if string(f.Contact.Mode) == g.Mode {
			modes.right++
		}
		r.compareDate(g, f, dates)
		r.compareInitiator(g, f, inits)
	}
	for i, f := range found {
		if !used[i] {
			r.FalsePositives++
			r.False = append(r.False, *f)
		}
	}
}

// bestMatch returns the index of the found contact that matches g, preferring one with the same
// mode and date, or -1.
func bestMatch(g *Gold, found []*Found, used []bool, key func(string) string) int {
	best, bestScore := -1, -1
	for i, f := range found {
		if used[i] || string(f.Contact.Status) != g.Status || !sameParticipants(g, f, key) {
			continue
		}
		score := 0
		if string(f.Contact.Mode) == g.Mode {
			score += 2
		}
		if dateString(f.Contact.Date) == goldDate(g) {
			score++
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	return best
}

// sameParticipants reports whether the found participants are the gold ones, one for one.
func sameParticipants(g *Gold, f *Found, key func(string) string) bool {
	if len(g.Participants) != len(f.Contact.Participants) {
		return false
	}
	used := make([]bool, len(f.Contact.Participants))
	for _, gp := range g.Participants {
		ok := false
		for j := range f.Contact.Participants {
			if !used[j] && participantMatches(gp, f.Contact.Participants[j], f.Names[j], key) {
				used[j], ok = true, true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// participantMatches compares by name: the English name or an Arabic form of the annotation
// against the entity's names. An annotation naming no one (a role only) matches by state.
func participantMatches(gp GoldParticipant, p readout.Participant, names []string, key func(string) string) bool {
	have := map[string]bool{}
	for _, n := range names {
		have[n] = true
	}
	if gp.En != "" && have[key(gp.En)] {
		return true
	}
	for _, a := range gp.Ar {
		if have[key(a)] {
			return true
		}
	}
	return gp.En == "" && gp.Country != "" && strings.EqualFold(gp.Country, p.Country)
}

// goldDate is the gold date as readout writes dates ("unknown" for none).
func goldDate(g *Gold) string {
	if g.Date == nil || *g.Date == "" {
		return "unknown"
	}
	return *g.Date
}

// dateString writes a found date as the gold does; an interval open on one side (what the
// publication day allows) is an unknown date to the gold.
func dateString(d readout.Date) string {
	if d.Start.IsZero() || d.End.IsZero() {
		return "unknown"
	}
	return d.String()
}

func (r *Report) compareDate(g *Gold, f *Found, c *counter) {
	got, want := dateString(f.Contact.Date), goldDate(g)
	c.total++
	if got == want {
		c.right++
		return
	}
	if f.Contact.Date.IsExact() {
		r.WrongExact++
	}
	r.Dates = append(r.Dates, fmt.Sprintf("%s %s: date %s, gold %s — %s", f.Article, g.ID, got, want, clip(g.Evidence)))
}

func (r *Report) compareInitiator(g *Gold, f *Found, c *counter) {
	got, want := "", ""
	if f.Contact.Initiator != nil {
		got = f.Contact.Initiator.Country
	}
	if g.Initiator != nil {
		want = *g.Initiator
	}
	if got == "" && want == "" {
		return
	}
	c.total++
	if got == want {
		c.right++
		return
	}
	r.Initiators = append(r.Initiators, fmt.Sprintf("%s %s: initiator %q, gold %q", f.Article, g.ID, got, want))
}

// negativeHits lists the negatives for which a contact involving one of their people was found.
func negativeHits(negs []Negative, foundBy map[string][]*Found, key func(string) string) []string {
	var out []string
	for _, n := range negs {
		for _, f := range foundBy[n.File] {
			if hit := involves(f, n.ParticipantsAny, key); hit != "" {
				out = append(out, fmt.Sprintf("%s: found a contact with %s (%s)", n.File, hit, n.Why))
				break
			}
		}
	}
	return out
}

func involves(f *Found, people []string, key func(string) string) string {
	for _, who := range people {
		k := key(who)
		for _, names := range f.Names {
			for _, n := range names {
				if n == k {
					return who
				}
			}
		}
	}
	return ""
}

func (r *Report) finish(modes, dates, inits counter) {
	tp, fp := float64(r.TruePositives), float64(r.FalsePositives)
	if tp+fp > 0 {
		r.Precision = tp / (tp + fp)
	}
	if denom := float64(r.Required + r.OptionalFound); denom > 0 {
		r.Recall = (tp) / denom
	}
	if r.Precision+r.Recall > 0 {
		r.F1 = 2 * r.Precision * r.Recall / (r.Precision + r.Recall)
	}
	r.ModeAccuracy, r.DateAccuracy, r.InitAccuracy = modes.ratio(), dates.ratio(), inits.ratio()
}

// Print writes the report for people: the figures, then every miss and every false contact.
func (r *Report) Print(w io.Writer, verbose bool) {
	fmt.Fprintf(w, "articles %d; gold contacts %d required + %d optional; found %d\n", r.Articles, r.Required, r.Optional, r.Found)
	fmt.Fprintf(w, "precision %.3f  recall %.3f  F1 %.3f  (TP %d, of which optional %d; FP %d; missed %d)\n",
		r.Precision, r.Recall, r.F1, r.TruePositives, r.OptionalFound, r.FalsePositives, r.Missed)
	fmt.Fprintf(w, "among matches: mode %.3f  date %.3f  initiator %.3f;  wrong exact dates %d;  negatives hit %d\n",
		r.ModeAccuracy, r.DateAccuracy, r.InitAccuracy, r.WrongExact, r.NegativeHits)
	if !verbose {
		return
	}
	for _, g := range r.Misses {
		var ps []string
		for _, p := range g.Participants {
			ps = append(ps, firstName(p))
		}
		fmt.Fprintf(w, "MISS %s %s %s %s %s [%s] — %s\n", g.Article, g.ID, g.Mode, g.Status, goldDate(&g.Gold), strings.Join(ps, ", "), clip(g.Evidence))
	}
	for _, f := range r.False {
		var ps []string
		for i := range f.Contact.Participants {
			ps = append(ps, f.Contact.Participants[i].Entity)
		}
		ev := ""
		if len(f.Contact.Sources) > 0 {
			ev = f.Contact.Sources[0].Evidence
		}
		fmt.Fprintf(w, "FALSE %s %s %s %s [%s] — %s\n", f.Article, f.Contact.Mode, f.Contact.Status, dateString(f.Contact.Date), strings.Join(ps, ", "), clip(ev))
	}
	for _, lines := range [][]string{r.Dates, r.Initiators, r.Negatives} {
		for _, l := range lines {
			fmt.Fprintln(w, "DIFF", l)
		}
	}
}

func firstName(p GoldParticipant) string {
	if p.En != "" {
		return p.En
	}
	if len(p.Ar) > 0 {
		return p.Ar[0]
	}
	return "?" + p.Country
}

// clip shortens evidence for one-line output.
func clip(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 110 {
		return string(r[:110]) + "…"
	}
	return s
}
