package loader

import (
	"readout"
)

// Background: a contact the article recalls rather than reports (the last one before, one told
// in the pluperfect long before publication) is kept apart from the one it reports, whose date
// it would otherwise give.

// toldAsLast reports whether clause c tells its contact as the last one before now (التقيا آخر
// مرة في يوليو، آخر اتصال بينهما، لقاؤهما الأخير): a contact in the background, not the one the
// article reports.
func (d *doc) toldAsLast(c span, ts []trigger) bool {
	for k := c.from; k+1 < c.to; k++ {
		if w, next := d.bare(k), d.bare(k+1); w == "اخر" && next == "مره" || (w == "للمره" || w == "المره") && (next == "الاخيره") {
			return true
		}
	}
	for _, t := range ts {
		if t.at > 0 && d.bare(t.at-1) == "اخر" || t.class == "event" && t.to < c.to && (d.bare(t.to) == "الاخير" || d.bare(t.to) == "الاخيره") && !d.inMention(t.to+1) {
			return true
		}
	}
	return false
}

// toldAsEarlier reports whether clause c tells its contact in the pluperfect (وكان الرئيسان قد
// التقيا) on a date a week or more before publication: a contact in the background.
func (d *doc) toldAsEarlier(c span, head trigger, date readout.Date) bool {
	if d.pub.IsZero() || date.End.IsZero() || date.Start.IsZero() || !date.End.Before(d.pub.AddDate(0, 0, -7)) {
		return false
	}
	return d.wordIn(pluperfectWords, c.from, head.at) && d.wordIn(wasWords, c.from, head.at)
}

// wasWords open the pluperfect: وكان X قد التقى.
var wasWords = map[string]bool{"كان": true, "كانت": true, "كانا": true, "كانوا": true, "وكان": true, "وكانت": true}
