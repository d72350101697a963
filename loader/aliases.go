package loader

import (
	"strings"
	"unicode/utf8"
)

// Aliases: the short names that stand, later in an article, for a person named in full.

// linkSurnames finds, among the words no phrase covers, the surnames of people named in full
// earlier in the article (شويغو after سيرغي شويغو), and records them as mentions.
func (d *doc) linkSurnames() {
	d.local = map[string][]int{}
	for _, m := range d.mentions {
		if len(m.people) == 1 && !m.short {
			for _, name := range d.x.people[m.people[0]].Arabic {
				for _, s := range d.aliases(name) {
					d.local[s] = appendUnique(d.local[s], m.people[0])
				}
			}
		}
	}
	captured := d.capturedSurnames()
	royals := d.royalFirstNames()
	if len(d.local) == 0 && len(captured) == 0 && len(royals) == 0 {
		return
	}
	var extra []*mention
	for i, t := range d.toks {
		if d.body[i] && i+1 < len(d.toks) && royalTitles[d.bare(i)] && !d.inMention(i) && !d.inMention(i+1) {
			// ولي عهد أبو ظبي الشيخ محمد بن زايد ... زيارة يجريها الشيخ محمد: the one royal of
			// that given name the article has named in full
			if ppl := royals[d.toks[i+1].Text]; len(ppl) == 1 && d.toks[i+1].Text != "عبد" && (i+2 >= len(d.toks) || d.toks[i+2].Text != "بن") {
				// (not in the name of a place or an honour: مركز الملك سلمان للإغاثة)
				if m := (&mention{from: i, to: i + 2, nameFrom: i + 1, nameTo: i + 2, people: ppl, short: true, office: -1}); !d.namesPlace(m) && !d.quotedTitle(m) {
					extra = append(extra, m)
					continue
				}
			}
		}
		if d.body[i] && !d.inMention(i) {
			if m := d.honourPronoun(i); m != nil {
				extra = append(extra, m) // واستقبل سموه غوتيريش: the royal the article spoke of last
				continue
			}
		}
		if !d.body[i] || d.covered[i] && !d.weakMatch(i) || t.Kind != Word || d.inMention(i) {
			continue
		}
		for _, r := range d.x.cliticReadings(t.Text) {
			if ppl, ok := d.local[r.stem]; ok {
				if m := (&mention{from: i, to: i + 1, nameFrom: i, nameTo: i + 1, people: ppl, short: true, office: -1}); !d.quotedTitle(m) {
					extra = append(extra, m)
				}
				break
			}
			if full, ok := captured[r.stem]; ok && r.clitic == "" && full.to <= i {
				// وأكد تولر after السفير الأميركي، ماثيو تولر: the one captured before
				extra = append(extra, &mention{from: i, to: i + 1, nameFrom: i, nameTo: i + 1, captured: full.captured,
					country: full.country, office: full.office, short: true})
				break
			}
		}
	}
	d.mentions = mergeMentions(d.mentions, extra)
}

// honourPronouns are the honorifics with a pronoun by which agency copy names again the one
// it has named (تلقى سموه، استقبل جلالته، أجرى فخامته): whom each may stand for, by office and
// state (سمو is a royal's of the Gulf, Jordan or Morocco, whatever his office).
var honourPronouns = map[string]func(role, country string) bool{
	"سموه":    func(_, c string) bool { return royalHouses[c] },
	"سموها":   func(_, c string) bool { return royalHouses[c] },
	"جلالته":  func(r, _ string) bool { return r == "king" || r == "sultan" || r == "emir" },
	"جلالتها": func(r, _ string) bool { return r == "king" },
	"فخامته":  func(r, _ string) bool { return r == "president" },
	"فخامتها": func(r, _ string) bool { return r == "president" },
	"دولته":   func(r, _ string) bool { return r == "prime-minister" },
	"دولتها":  func(r, _ string) bool { return r == "prime-minister" },
	"معاليه":  func(r, _ string) bool { return ministerial[r] },
	"معاليها": func(r, _ string) bool { return ministerial[r] },
}

// royalHouses are the states whose royals the press calls سمو.
var royalHouses = map[string]bool{"SA": true, "AE": true, "QA": true, "KW": true, "BH": true, "OM": true, "JO": true, "MA": true}

// ministerial are the offices called معالي.
var ministerial = map[string]bool{"minister": true, "foreign-minister": true, "defence-minister": true, "interior-minister": true, "official": true, "secretary-general": true, "envoy": true}

// honourPronoun returns a mention of the person an honorific with a pronoun at token i stands
// for: the last person the ten sentences before named whose office and state at publication
// the honorific is used for, or nil.
func (d *doc) honourPronoun(i int) *mention {
	fits, ok := honourPronouns[d.bare(i)]
	if !ok || d.pub.IsZero() {
		return nil
	}
	breaks, scanned := 0, i // (sentence ends counted once, walking back from i)
	for k := len(d.mentions) - 1; k >= 0; k-- {
		m := d.mentions[k]
		if m.from >= i || len(m.people) != 1 {
			continue
		}
		if m.to < scanned {
			breaks, scanned = breaks+d.sentenceBreaks(m.to, scanned), m.to
		}
		if breaks > 20 {
			return nil // (a full stop and a line break end one sentence: ten sentences back)
		}
		if fits(d.positionAt(m.people[0], d.pub, "", "")) && d.honouredAs(m, d.bare(i)) {
			return &mention{from: i, to: i + 1, nameFrom: i, nameTo: i + 1, people: m.people, short: true, office: -1}
		}
	}
	return nil
}

// honouredAs reports whether mention m named its person with the style that the honorific with
// a pronoun h takes up: سموه one called صاحب السمو, الأمير or الشيخ, جلالته one called جلالة,
// الملك or العاهل, معاليه one not styled a royal (a prince who is a minister is سمو); فخامته
// and دولته anyone of the office.
func (d *doc) honouredAs(m *mention, h string) bool {
	switch {
	case strings.HasPrefix(h, "سمو"):
		return d.styled(m, royalStyle)
	case strings.HasPrefix(h, "جلال"):
		return d.styled(m, majestyStyle)
	case strings.HasPrefix(h, "معالي"):
		return !d.styled(m, royalStyle)
	}
	return true
}

// styled reports whether one of words stands in mention m before the end of its name.
func (d *doc) styled(m *mention, words map[string]bool) bool {
	for k := m.from; k < m.nameTo && k < len(d.toks); k++ {
		if words[d.bare(k)] {
			return true
		}
	}
	return false
}

// royalStyle and majestyStyle are the words that give a royal his style: سمو (a prince, an
// emir, a sheikh) and جلالة (a king or sultan).
var (
	royalStyle   = map[string]bool{"السمو": true, "سمو": true, "الامير": true, "الشيخ": true, "الاميره": true, "الشيخه": true}
	majestyStyle = map[string]bool{"جلاله": true, "الملك": true, "العاهل": true, "الملكه": true, "السلطان": true}
)

// royalFirstNames maps the given name of each royal the article names in full after a royal
// title (الشيخ محمد بن زايد، الأمير محمد بن سلمان) to the people who bear it.
func (d *doc) royalFirstNames() map[string][]int {
	out := map[string][]int{}
	for _, m := range d.mentions {
		if len(m.people) != 1 || m.short || m.nameFrom < 1 || m.nameTo-m.nameFrom < 3 || !royalTitles[d.bare(m.nameFrom-1)] {
			continue
		}
		out[d.toks[m.nameFrom].Text] = appendUnique(out[d.toks[m.nameFrom].Text], m.people[0])
	}
	return out
}

// capturedSurnames maps the last word of each name captured by pattern (a title with its state
// and a name the gazetteer lacks) to its mention, when no other captured name ends the same way.
func (d *doc) capturedSurnames() map[string]*mention {
	out := map[string]*mention{}
	seen := map[string]bool{}
	for _, m := range d.mentions {
		words := strings.Fields(m.captured)
		if len(words) < 2 || m.country == "" {
			continue
		}
		last := words[len(words)-1]
		if utf8.RuneCountInString(last) < 4 || d.x.common[last] || d.x.given[last] {
			continue
		}
		if seen[last] && out[last] != nil && out[last].captured != m.captured {
			out[last] = nil // two people share it: it names neither
			continue
		}
		seen[last] = true
		if _, ok := out[last]; !ok {
			out[last] = m
		}
	}
	for k, m := range out {
		if m == nil {
			delete(out, k)
		}
	}
	return out
}

// weakMatch reports whether token i is covered only by a one-word calendar or topic phrase that
// no date uses, which a surname seen in the article outweighs (ماي after تيريزا ماي).
func (d *doc) weakMatch(i int) bool {
	p := d.match(i)
	if p == nil || p.To != i+1 {
		return false
	}
	for _, it := range p.Items {
		switch it.Kind {
		case ItemMonth, ItemTopic, ItemHijriMonth:
		default:
			return false
		}
	}
	// a month next to a number is a date (3 ماي، ماي 2018)
	near := func(k int) bool { return k >= 0 && k < len(d.toks) && d.toks[k].Kind == Number }
	return !near(i-1) && !near(i+1)
}

// aliases returns the words of a full name that can stand for the person later in the same
// article: the last word (شويغو after سيرغي شويغو) and the first (كيم after كيم جونغ أون, مون
// after مون جيه إن), each of three letters or more, neither a given name (عادل in عادل
// الجبير) nor a common word. Names built with بن/آل give none: their words are shared by many.
func (d *doc) aliases(name string) []string {
	words := strings.Fields(Key(name))
	if len(words) < 2 {
		return nil
	}
	for _, w := range words {
		if w == "بن" || w == "ابن" || w == "ال" || w == "بنت" {
			return nil
		}
	}
	var out []string
	last, first := words[len(words)-1], words[0]
	if len([]rune(last)) >= 3 && !d.x.common[last] && !connectors[last] && !prepositions[last] {
		// a surname, even one that is also a given name (قيس سعيد), but not one the fold makes a
		// preposition (علي الصادق علي: على)
		out = append(out, last)
		if bare := strings.TrimPrefix(last, "ال"); bare != last && len([]rune(bare)) >= 3 && !d.x.common[bare] && !d.x.given[bare] {
			out = append(out, bare) // جبير after عادل الجبير
		}
	}
	if len([]rune(first)) >= 3 && !d.x.given[first] && !d.x.common[first] && !connectors[first] {
		out = append(out, first)
	}
	return out
}

func appendUnique(xs []int, v int) []int {
	for _, x := range xs {
		if x == v {
			return xs
		}
	}
	return append(xs, v)
}
