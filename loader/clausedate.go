package loader

import "readout"

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

// clauseDate returns the date of the contact that the triggers mine report, and the "since"
// date the clause gives. The date is the time expression nearest those triggers in the clause,
// unless another trigger (others) stands nearer to it and so claims it; failing that, the
// nearest one before the clause in the same sentence with no trigger in between (أعلن الكرملين،
// الثلاثاء، أن بوتين أجرى ...), except for a denied contact, whose frame dates the denial.
// Expressions after منذ are bounds, not the contact's date.
func (d *doc) clauseDate(c, s span, mine, others []trigger, status readout.Status) (readout.Date, readout.Date) {
	best, bestDist, since := -1, 1<<30, readout.Date{}
	for i, r := range d.resolved {
		e := r.e
		if e.from < s.from || e.from >= s.to || d.otherEvent(e) {
			continue
		}
		inClause := e.from >= c.from && e.from < c.to
		if e.since {
			if inClause {
				since = r.date
			}
			continue
		}
		dist := distance(e, mine)
		switch {
		case inClause && distance(e, others) < dist:
			continue
		case !inClause && (e.from >= c.from || d.triggerIn(e.to, c.from) || status == readout.Denied):
			continue
		case !inClause:
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
	if status == readout.Planned {
		prev := readout.Date{}
		if best > 0 {
			prev = d.resolved[best-1].date
		}
		return resolveDate(r.e, d.pub, true, prev, r.date.Text), since
	}
	return r.date, since
}

// distance is the number of tokens between a time expression and the nearest of ts.
func distance(e *dateExpr, ts []trigger) int {
	best := 1 << 30
	for _, t := range ts {
		d := 0
		switch {
		case e.to <= t.at:
			d = t.at - e.to
		case e.from >= t.to:
			d = e.from - t.to
		}
		best = min(best, d)
	}
	return best
}

// triggerEndsAt reports whether a trigger phrase ends just before token k (المكالمة الهاتفية
// التي جرت ...).
func (d *doc) triggerEndsAt(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if p := d.match(j); p != nil {
			return p.To == k && p.Has(ItemTrigger)
		}
	}
	return false
}

// triggerIn reports whether a trigger phrase starts in tokens [from, to).
func (d *doc) triggerIn(from, to int) bool {
	for k := from; k < to; k++ {
		if p := d.match(k); p != nil && p.Has(ItemTrigger) {
			return true
		}
	}
	return false
}

// relativePronouns open a clause about something else: الهجوم الذي وقع الشهر الماضي.
var relativePronouns = map[string]bool{"الذي": true, "التي": true, "الذين": true, "اللذين": true, "اللتين": true}

// otherEvent reports whether a time expression dates another event than a contact: it sits in a
// relative clause (الذي، التي) whose head is not a trigger (الاتصال الذي جرى الثلاثاء is the
// contact's own date; الهجوم الذي وقع الشهر الماضي is not).
func (d *doc) otherEvent(e *dateExpr) bool {
	for k := e.from - 1; k >= 0 && k >= e.from-7; k-- {
		t := d.toks[k]
		if t.Kind == Punct || t.Kind == Newline {
			return false
		}
		if p := d.match(k); p != nil && p.Has(ItemTrigger) {
			return false
		}
		if relativePronouns[t.Text] {
			return !d.triggerEndsAt(k)
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
