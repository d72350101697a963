package loader

import (
	"strings"
	"time"

	"readout"
)

// draft is one contact as the article tells it, gathered clause by clause.
type draft struct {
	c        readout.Contact
	parties  []party
	sentence int  // index of the sentence that first reported it
	bg       bool // a background contact the article mentions ("the first since ...")
}

// trigger is a trigger phrase found in a clause.
type trigger struct {
	at      int // token
	to      int
	mode    readout.Mode
	class   string
	planned bool
	denied  bool
}

// findContacts reads the contacts of the article, clause by clause, and merges the reports of
// one contact into one.
func (d *doc) findContacts() Result {
	d.resolveDates()
	var drafts []*draft
	sents := d.sentences()
	for si, s := range sents {
		for _, c := range d.clauses(s) {
			drafts = d.readClause(drafts, c, s, si)
		}
	}
	return d.result(mergeDrafts(drafts))
}

// readClause reads one clause: its triggers, the people around them, the date and the details.
// A clause with triggers but no people refers back to the contact last reported.
func (d *doc) readClause(drafts []*draft, c, s span, si int) []*draft {
	trigs := d.triggers(c)
	if len(trigs) == 0 {
		return drafts
	}
	mode, class, status := d.summarise(trigs, c)
	date, since := d.clauseDate(c, s, trigs[0].at, status == readout.Planned)
	at := date.Start
	if at.IsZero() {
		at = d.pub
	}
	parties := d.parties(c, at, drafts)
	last := lastReported(drafts)
	// a clause naming no one, or only "the two sides" and no date of its own, tells more about
	// the contact last reported
	if len(parties) == 0 || d.onlyPairs(c) && !d.hasOwnDate(c) {
		if d.mentionsIn(c) == len(d.pairsIn(c)) && last != nil && si-last.sentence <= 4 && d.refersBack(trigs, c) {
			d.refine(last, c, s, d.dateNear(c, trigs[0]), mode)
		}
		return drafts
	}
	if !d.isContact(parties, trigs, class) {
		return drafts
	}
	for _, group := range d.split(parties, class) {
		dr := &draft{sentence: si, parties: group}
		dr.c = readout.Contact{Mode: mode, Status: status, Date: date}
		for _, p := range group {
			dr.c.Participants = append(dr.c.Participants, readout.Participant{Entity: p.entity, Role: p.role, Country: p.country})
		}
		dr.c.SortParticipants()
		d.details(dr, c, s, class, group)
		if since.IsKnown() && d.firstSince(c) {
			sinceDate := since
			dr.c.FirstSince = &sinceDate
			bg := &draft{sentence: si, parties: group, bg: true}
			bg.c = readout.Contact{Mode: mode, Status: readout.Occurred, Date: since, Participants: dr.c.Participants}
			bg.c.Sources = dr.c.Sources
			drafts = append(drafts, dr, bg)
			continue
		}
		drafts = append(drafts, dr)
	}
	return drafts
}

// triggers returns the triggers of a clause, with their status cues, leaving out those whose
// audience is the press or the public (في اتصال هاتفي مع قناة ...).
func (d *doc) triggers(c span) []trigger {
	var out []trigger
	for i := c.from; i < c.to; i++ {
		p := d.match(i)
		if p == nil {
			continue
		}
		it, ok := p.Item(ItemTrigger)
		if !ok || d.inNameOf(i) {
			continue
		}
		tr := d.x.lx.Triggers[it.Ref]
		t := trigger{at: i, to: p.To, mode: tr.Mode, class: tr.Class, planned: it.Code == "future"}
		if d.audienceAfter(p.To, c.to) {
			continue
		}
		if d.cueNear(i, p.To, c, "void", 3, 0) {
			d.setAside(p.To, min(c.to, p.To+4)) // بدلا من المحادثات مع بوتين: not a party
			i = p.To - 1
			continue
		}
		t.planned = t.planned || d.cueNear(i, p.To, c, "planned", 4, 2)
		t.denied = d.cueNear(i, p.To, c, "denied", 5, 0) || d.negated(i)
		out = append(out, t)
		i = p.To - 1
	}
	return out
}

// inNameOf reports whether token i lies inside the name part of a person mention.
func (d *doc) inNameOf(i int) bool {
	for _, m := range d.mentions {
		if i >= m.nameFrom && i < m.nameTo {
			return true
		}
	}
	return false
}

// audienceAfter reports whether the object right after a trigger is the press or the public.
func (d *doc) audienceAfter(j, end int) bool {
	for k := j; k < end && k < j+4; k++ {
		if p := d.match(k); p != nil && d.isCue(p, "not-contact") {
			return true
		}
		if p := d.match(k); p != nil && (p.Has(ItemPerson) || d.isOffice(p) || d.isCue(p, "counterpart")) {
			return false
		}
	}
	return false
}

// cueNear reports whether a cue of kind lies within before tokens before the trigger [i, to) or
// after tokens after it, inside the clause.
func (d *doc) cueNear(i, to int, c span, kind string, before, after int) bool {
	for k := max(c.from, i-before); k < min(c.to, to+after); k++ {
		if k >= i && k < to {
			continue
		}
		if p := d.match(k); p != nil && d.isCue(p, kind) {
			return true
		}
	}
	return false
}

// negated reports whether a negation stands right before a trigger verb: لم يلتق.
func (d *doc) negated(i int) bool {
	return i > 0 && (d.toks[i-1].Text == "لم" || d.toks[i-1].Text == "ولم")
}

// summarise gives the clause's mode (the most telling trigger, set to phone or video by a cue),
// its most telling class and its status (occurred if any trigger reports a contact that
// happened; denied or planned only when every trigger is).
func (d *doc) summarise(trigs []trigger, c span) (readout.Mode, string, readout.Status) {
	mode, class := trigs[0].mode, trigs[0].class
	planned, denied := true, true
	visit, meet := false, false
	for _, t := range trigs {
		if t.mode.Rank() > mode.Rank() {
			mode = t.mode
		}
		if classRank[t.class] > classRank[class] {
			class = t.class
		}
		planned = planned && t.planned
		denied = denied && t.denied
		visit = visit || t.mode == readout.Visit
		meet = meet || t.mode == readout.Meeting || t.mode == readout.Talks
	}
	if visit && meet && mode == readout.Visit {
		mode = readout.Meeting
	}
	if mode == readout.Talks || mode == readout.Meeting || mode == readout.Phone {
		switch {
		case d.cueIn(c, "video"):
			mode = readout.Video
		case mode != readout.Meeting && d.cueIn(c, "phone"):
			mode = readout.Phone
		}
	}
	status := readout.Occurred
	switch {
	case denied:
		status = readout.Denied
	case planned:
		status = readout.Planned
	}
	return mode, class, status
}

// classRank orders trigger classes by what they tell about the parties.
var classRank = map[string]int{"called": 6, "call": 5, "sent": 4, "send": 4, "receive": 3, "meet": 2, "visit": 1, "talk": 1, "event": 0}

func (d *doc) cueIn(c span, kind string) bool {
	for k := c.from; k < c.to; k++ {
		if p := d.match(k); p != nil && d.isCue(p, kind) {
			return true
		}
	}
	return false
}

// setAside marks the people mentioned in tokens [from, to) as bystanders.
func (d *doc) setAside(from, to int) {
	for _, m := range d.mentions {
		if m.from >= from && m.from < to {
			m.aside = true
		}
	}
}

// demonstratives point back to something already said: هذا الاتصال، هذه المحادثة.
var demonstratives = map[string]bool{"هذا": true, "هذه": true, "ذلك": true, "تلك": true, "ذاك": true, "هذين": true}

// refersBack reports whether a clause without people speaks of a contact already reported: one
// of its triggers is definite (الاتصال), possessive (لقائه، خلالها) or after a demonstrative
// (هذه المحادثة). An indefinite noun (قمة سلام) is some other event.
func (d *doc) refersBack(trigs []trigger, c span) bool {
	for _, t := range trigs {
		if t.class == "event" || t.class == "talk" {
			w := d.toks[t.at].Text
			if p := d.match(t.at); p != nil && p.Clitic != "" {
				w = strings.TrimPrefix(w, p.Clitic)
				if strings.HasPrefix(p.Clitic, "و") && strings.HasSuffix(p.Clitic, "ل") {
					w = "ال" + w
				}
			}
			if strings.HasPrefix(w, "ال") || strings.HasSuffix(w, "ه") || strings.HasSuffix(w, "ها") || strings.HasSuffix(w, "هما") ||
				t.at > c.from && demonstratives[d.toks[t.at-1].Text] || t.class == "talk" {
				return true
			}
		}
	}
	return false
}

// dateNear returns the date of a clause that refers back to a contact only when the time
// expression stands next to the trigger (تأتي هذه المحادثة الأربعاء); a date further off is
// usually that of something else the clause mentions.
func (d *doc) dateNear(c span, t trigger) readout.Date {
	for _, r := range d.resolved {
		if r.e.from >= c.from && r.e.from < c.to && !r.e.since && (abs(r.e.from-t.to) <= 2 || abs(t.at-r.e.to) <= 1) {
			return r.date
		}
	}
	return readout.Date{Granularity: readout.Unknown}
}

// lastReported returns the last contact reported that is not a background one, or nil.
func lastReported(drafts []*draft) *draft {
	for i := len(drafts) - 1; i >= 0; i-- {
		if !drafts[i].bg {
			return drafts[i]
		}
	}
	return nil
}

// pairsIn returns the duals (الرئيسان، بينهما) of a clause.
func (d *doc) pairsIn(c span) []*mention {
	var out []*mention
	for _, m := range d.mentions {
		if m.from >= c.from && m.from < c.to && m.pair {
			out = append(out, m)
		}
	}
	return out
}

// onlyPairs reports whether the only people a clause names are duals.
func (d *doc) onlyPairs(c span) bool {
	n := len(d.pairsIn(c))
	return n > 0 && n == d.mentionsIn(c)
}

// hasOwnDate reports whether a clause holds a time expression of its own (not after منذ).
func (d *doc) hasOwnDate(c span) bool {
	for _, r := range d.resolved {
		if r.e.from >= c.from && r.e.from < c.to && !r.e.since && !d.otherEvent(r.e) {
			return true
		}
	}
	return false
}

func (d *doc) mentionsIn(c span) int {
	n := 0
	for _, m := range d.mentions {
		if m.from >= c.from && m.from < c.to && !m.aside {
			n++
		}
	}
	return n
}

// isContact checks that the parties can have a contact: two or more, acting for at least two
// different states or organisations (a government's dealings with itself are not contacts), and,
// for talk verbs alone, joined by مع, by و, or named by a dual.
func (d *doc) isContact(ps []party, trigs []trigger, class string) bool {
	if len(ps) < 2 {
		return false
	}
	countries := map[string]bool{}
	for _, p := range ps {
		countries[p.country] = true
	}
	if len(countries) < 2 {
		return false
	}
	if class != "talk" && class != "visit" {
		return true
	}
	for _, p := range ps {
		if p.prep == "مع" || p.m.pair || p.prep == "ب" && class == "visit" {
			return true
		}
	}
	for i := 1; i < len(ps); i++ {
		if ps[i].m.from-ps[i-1].m.to <= 1 && d.startsWithAnd(ps[i].m.from) {
			return true
		}
	}
	return false
}

// split makes one contact per visitor when a host receives several visitors from different
// states (استقبل الملك فلانا وفلانا), as eval/GUIDE.md asks; otherwise one contact for all.
func (d *doc) split(ps []party, class string) [][]party {
	if class != "receive" || len(ps) < 3 {
		return [][]party{ps}
	}
	host := ps[0]
	states := map[string]bool{}
	for _, p := range ps[1:] {
		if p.country != host.country {
			states[p.country] = true
		}
	}
	if len(states) < 2 {
		return [][]party{ps}
	}
	var out [][]party
	for _, p := range ps[1:] {
		if p.country != host.country {
			out = append(out, []party{host, p})
		}
	}
	return out
}

// firstSince reports whether the clause says the contact is the first since a date: a
// first-since cue (أول، للمرة الأولى) before منذ.
func (d *doc) firstSince(c span) bool {
	for k := c.from; k < c.to; k++ {
		if p := d.match(k); p != nil && d.isCue(p, "first-since") {
			return true
		}
	}
	return false
}

// resolvedDate is a time expression with the interval it supports (as for a contact that
// happened).
type resolvedDate struct {
	e    *dateExpr
	date readout.Date
}

// resolveDates resolves every time expression in text order, so that "the previous month" can
// lean on the date before it.
func (d *doc) resolveDates() {
	prev := readout.Date{}
	d.resolved = make([]resolvedDate, len(d.dates))
	for i, e := range d.dates {
		r := resolveDate(e, d.pub, false, prev, d.original(e.from, e.to))
		d.resolved[i] = resolvedDate{e, r}
		if r.IsKnown() && !e.since {
			prev = r
		}
	}
}

// clauseDate returns the date of the contact a clause reports, and the "since" date it gives:
// the time expression nearest the trigger in the clause, else in the sentence. Expressions after
// منذ are bounds, not the contact's date.
func (d *doc) clauseDate(c, s span, at int, planned bool) (readout.Date, readout.Date) {
	best, bestDist, since := -1, 1<<30, readout.Date{}
	for i, r := range d.resolved {
		e := r.e
		if e.from < s.from || e.from >= s.to {
			continue
		}
		inClause := e.from >= c.from && e.from < c.to
		if d.otherEvent(e) {
			continue
		}
		if e.since {
			if inClause {
				since = r.date
			}
			continue
		}
		dist := abs(e.from - at)
		if !inClause {
			dist += 1000
		}
		if dist < bestDist {
			best, bestDist = i, dist
		}
	}
	if best < 0 {
		return readout.Date{Granularity: readout.Unknown}, since
	}
	r := d.resolved[best]
	if planned {
		prev := readout.Date{}
		if best > 0 {
			prev = d.resolved[best-1].date
		}
		return resolveDate(r.e, d.pub, true, prev, r.date.Text), since
	}
	return r.date, since
}

// relativePronouns open a clause about something else: الهجوم الذي وقع الشهر الماضي.
var relativePronouns = map[string]bool{"الذي": true, "التي": true, "الذين": true, "اللذين": true, "اللتين": true}

// otherEvent reports whether a time expression dates another event than a contact: it sits in a
// relative clause (الذي، التي) whose head is not a trigger (الاتصال الذي جرى الثلاثاء is the
// contact's own date; الهجوم الذي وقع الشهر الماضي is not).
func (d *doc) otherEvent(e *dateExpr) bool {
	for k := e.from - 1; k >= 0 && k >= e.from-4; k-- {
		t := d.toks[k]
		if t.Kind == Punct || t.Kind == Newline {
			return false
		}
		if relativePronouns[t.Text] {
			return k == 0 || d.match(k-1) == nil || !d.match(k-1).Has(ItemTrigger)
		}
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// parties resolves the mentions of a clause, leaving out bystanders, expanding duals into the
// people they stand for, and dropping repeats.
func (d *doc) parties(c span, at time.Time, drafts []*draft) []party {
	var out []party
	seen := map[string]bool{}
	add := func(p party) {
		if !seen[p.entity] {
			seen[p.entity] = true
			out = append(out, p)
		}
	}
	anchor := ""
	for _, m := range d.mentions {
		if m.from < c.from || m.from >= c.to || m.aside {
			continue
		}
		if m.pair {
			for _, p := range d.pairOf(m, at, drafts) {
				add(p)
			}
			continue
		}
		p, ok := d.resolve(m, at, anchor)
		if !ok {
			continue
		}
		if anchor == "" {
			anchor = p.role
		}
		add(p)
	}
	return out
}

// pairOf returns the people a dual stands for: for الرئيسان/الزعيمان the last two heads of
// state or government of different states mentioned before it, for الوزيران the last two
// ministers, otherwise the parties of the contact last reported.
func (d *doc) pairOf(m *mention, at time.Time, drafts []*draft) []party {
	word := d.toks[m.from].Text
	var want func(string) bool
	switch {
	case strings.Contains(word, "رييس") || strings.Contains(word, "زعيم") || strings.Contains(word, "ملك") || strings.Contains(word, "قايد") || strings.Contains(word, "عاهل"):
		want = func(r string) bool { return heads[r] }
	case strings.Contains(word, "وزير"):
		want = func(r string) bool { return r != "" && !heads[r] }
	default:
		if len(drafts) > 0 {
			ps := drafts[len(drafts)-1].parties
			out := make([]party, len(ps))
			for i, p := range ps {
				p.prep = ""
				p.m = m
				out[i] = p
			}
			return out
		}
		want = func(string) bool { return true }
	}
	var out []party
	states := map[string]bool{}
	for k := len(d.mentions) - 1; k >= 0 && len(out) < 2; k-- {
		pm := d.mentions[k]
		if pm.from >= m.from || pm.pair || pm.aside {
			continue
		}
		p, ok := d.resolve(pm, at, "")
		if !ok || !want(p.role) || states[p.country] {
			continue
		}
		states[p.country] = true
		p.prep, p.m = "", m
		out = append(out, p)
	}
	if len(out) < 2 {
		return nil
	}
	return out
}
