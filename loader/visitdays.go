package loader

import (
	"slices"
	"strings"

	"readout"
)

// Visit days: a contact told as held during someone's visit (يلتقي ترامب خلال زيارته بريطانيا
// بالملكة) takes the day an earlier sentence gives that visit (زيارته الرسمية المقررة الجمعة 13
// تموز), when its own clause gives none; a reception at the airport takes the day the sentence
// before gives the guest's arrival (وصل الملك اليوم إلى الرياض. وكان في مقدمة مستقبليه).

// duringOwnVisit reports whether the contact of trigger t is set during a visit named with its
// visitor's pronoun, a few words from it (خلال زيارته، أثناء زيارتها), or a few words after the
// definite noun (برنامج الزيارة): a visit the text has told of before.
func (d *doc) duringOwnVisit(c span, t trigger) bool {
	if d.wordIn(theVisit, max(c.from, t.at-4), t.at) {
		return true // ويشمل برنامج الزيارة لقاء مع الرئيس: the visit told before
	}
	for k := max(c.from, t.at-4); k+1 < c.to && k <= t.to+1; k++ {
		if w := d.bare(k); w != "خلال" && w != "اثناء" {
			continue
		}
		if p := d.match(k + 1); p != nil && p.From == k+1 && d.pronounAt(p.To-1) {
			if it, ok := p.Item(ItemTrigger); ok && d.x.lx.Triggers[it.Ref].Mode == readout.Visit {
				return true
			}
		}
	}
	return false
}

// theVisit is the definite visit noun, which refers back to one the text has told.
var theVisit = map[string]bool{"الزياره": true}

// visitDay returns the date one of the three sentences before si gives the last visit told of
// one of ps (the visitor named in its clause), when that date is a day, a span or a month on the
// side of publication status asks: a visit still to come for a contact planned, one made for a
// contact held.
func (d *doc) visitDay(si int, ps []party, status readout.Status) (readout.Date, bool) {
	for sj := si - 1; sj >= 0 && sj >= si-3; sj-- {
		s := d.sents[sj]
		for _, c := range d.clauses(s) {
			ts := d.triggers(c, s)
			for i, t := range ts {
				if t.mode != readout.Visit {
					continue
				}
				if !d.visitorAmong(c, ps) {
					continue
				}
				others := append(append([]trigger{}, ts[:i]...), ts[i+1:]...)
				date, _, _ := d.clauseDate(c, s, []trigger{t}, others, t.status())
				if date.Granularity == readout.Year || date.Start.IsZero() || date.End.IsZero() || !d.sideOfPub(date, status) {
					return readout.Date{}, false // (the last visit told of gives no day of its own)
				}
				if status == readout.Planned && date.IsExact() {
					// a visit to come of unknown length: on its first day or after (as duringVisit)
					return readout.Date{Start: date.Start, Granularity: readout.Range, Text: date.Text}, true
				}
				return date, true
			}
		}
	}
	return readout.Date{}, false
}

// sideOfPub reports whether date lies where a contact of status can: after publication for one
// to come, before it for one held.
func (d *doc) sideOfPub(date readout.Date, status readout.Status) bool {
	if d.pub.IsZero() {
		return true
	}
	if status == readout.Planned {
		return !date.Start.Before(d.pub)
	}
	return !date.Start.After(d.pub)
}

// visitorAmong reports whether clause c names one of ps.
func (d *doc) visitorAmong(c span, ps []party) bool {
	cs := d.chains(c)
	for i := range cs {
		if sharesParty(d.resolveChain(&cs[i], d.pub, "", nil), ps) {
			return true
		}
	}
	return false
}

// guestFirst reports whether the pronoun of a reception noun is its guest: وكان في استقباله،
// في مقدمة مستقبليه.
func (d *doc) guestFirst(t trigger) bool {
	return t.class == "receive" && (t.at > 0 && d.toks[t.at-1].Text == "في" || strings.HasPrefix(d.bare(t.at), "مستقبلي"))
}

// arrivalDay returns the day the sentence before sentence si gives an arrival (وصل الملك اليوم
// إلى الرياض): the day the one who arrived was received at the airport.
func (d *doc) arrivalDay(si int) (readout.Date, bool) {
	if si < 1 {
		return readout.Date{}, false
	}
	s := d.sents[si-1]
	v := -1 // the verb of arrival, near the start (after a dateline: أتلانتا (CNN) – وصل)
	for k := s.from; k < min(s.to, s.from+12) && v < 0; k++ {
		if d.wordIn(arrivedWords, k, k+1) || (d.bare(k) == "حل" || d.bare(k) == "حلت") && d.inMention(k+1) {
			v = k // (حل الرئيس صباح اليوم الى روما: حل before the one who arrived, not a solution)
		}
	}
	if v < 0 {
		return readout.Date{}, false
	}
	var day readout.Date
	for _, r := range d.resolved {
		if r.e.from < v || r.e.from >= s.to || r.e.since {
			continue
		}
		if !r.date.IsExact() || day.IsKnown() {
			return readout.Date{}, false // (none or more than one day)
		}
		day = r.date
	}
	return day, day.IsKnown()
}

// arrivedWords open a sentence that tells of an arrival, the visitor's or his aircraft's
// (وهبطت طائرة الرئيس في مطار الكويت مساء السبت).
var arrivedWords = map[string]bool{"وصل": true, "وصلت": true, "وصلا": true, "هبطت": true, "حطت": true}

// arrivedBefore reports whether a contact reported in the sentence before si (the arrival's:
// وصل بومبيو للقاء الملك) shares a party with ps.
func arrivedBefore(drafts []*draft, si int, ps []party) bool {
	return slices.ContainsFunc(drafts, func(dr *draft) bool { return dr.sentence == si-1 && sharesParty(dr.parties, ps) })
}
