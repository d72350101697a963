package loader

import "strings"

// Dates of other things: a time expression in a clause that dates another event than its
// contact (a relative clause about something else, a noun the verb holds, the stay someone
// came back from).

// otherEvent reports whether a time expression dates another event than a contact: it sits in a
// relative clause (الذي، التي) whose head is not a trigger (الاتصال الذي جرى الثلاثاء is the
// contact's own date; الهجوم الذي وقع الشهر الماضي is not).
func (d *doc) otherEvent(e *dateExpr) bool {
	for k := e.from - 1; k >= 0 && k >= e.from-10; k-- {
		t := d.toks[k]
		if t.Kind == Punct || t.Kind == Newline {
			return false
		}
		if p := d.match(k); p != nil && p.Has(ItemTrigger) || lightVerbs[d.bare(k)] != "" && !d.holdsOtherNoun(k) {
			return false // حيث تعقد في 12 يونيو القمة: the verb that holds a contact owns the date
		}
		if relativePronouns[t.Text] {
			return !d.triggerEndsAt(k)
		}
		if attributionWords[t.Text] && strings.HasSuffix(t.Text, "ما") || (t.Text == "ما" || t.Text == "بما") && k > 0 && attributionWords[d.toks[k-1].Text] {
			return true // وفق ما أعلن الكرملين اليوم: the day of the announcement
		}
	}
	return false
}

// holdsOtherNoun reports whether the light verb at k holds a noun that names no contact right
// after it (الهدنة التي جرى سريانها منتصف الليلة: the truce took effect).
func (d *doc) holdsOtherNoun(k int) bool {
	if k+1 >= len(d.toks) || d.toks[k+1].Kind != Word || d.inMention(k+1) {
		return false
	}
	if w := d.toks[k+1].Text; w == "في" || w == "بين" || w == "مع" || hasAnyPrefix(w, "ل", "ب") || d.dateStarting(k+1) != nil {
		return false // (جرت في 12 يونيو، جرى الخميس، سيعقد للمرة الأولى: no noun it holds)
	}
	p := d.match(k + 1)
	return p == nil || !p.Has(ItemTrigger) && !p.Has(ItemPerson)
}

// cameFromBefore reports whether a word of coming back from a place (قادما من، عائدا من) and
// then حيث stand between time expression e and the first of triggers ts: the contact was held
// where the person came from, before the day e gives.
func (d *doc) cameFromBefore(e *dateExpr, ts []trigger) bool {
	if len(ts) == 0 || e.to > ts[0].at {
		return false
	}
	from := -1
	for k := e.to; k < ts[0].at; k++ {
		if from < 0 && comingFromWords[d.bare(k)] && k+1 < ts[0].at && d.toks[k+1].Text == "من" {
			from = k
		}
		if from >= 0 && d.bare(k) == "حيث" {
			return true
		}
	}
	return false
}

// comingFromWords say that someone arrives from somewhere (قادما من واشنطن، عائدا من موسكو).
var comingFromWords = map[string]bool{
	"قادما": true, "قادمه": true, "قادمين": true, "قادمان": true,
	"عايدا": true, "عايده": true, "عايدين": true, "عايدان": true,
}

// periodIn reports whether tokens c set a contact in a period of its own that the date
// grammar does not read (قال مسؤولون الثلاثاء إن بومبيو زار كوريا الشمالية خلال عطلة عيد
// القيامة والتقى زعيمها): the day of the saying before it is not the contact's.
func (d *doc) periodIn(c span) bool {
	for k := c.from; k+1 < c.to; k++ {
		if periodPrepositions[d.bare(k)] && periodNouns[d.bare(k+1)] {
			return true
		}
	}
	return false
}

// periodPrepositions and periodNouns make a time frame: خلال عطلة، أثناء عيد، إبان فترة.
var (
	periodPrepositions = map[string]bool{"خلال": true, "اثناء": true, "ابان": true}
	periodNouns        = map[string]bool{"عطله": true, "العطله": true, "عيد": true, "فتره": true, "الفتره": true, "موسم": true, "اجازه": true, "الاجازه": true}
)

// sequenceAdjuncts set a contact before or after another event, never on its day.
var sequenceAdjuncts = map[string]bool{"بعد": true, "عقب": true, "اثر": true, "قبل": true, "قبيل": true, "بعيد": true, "اعقاب": true}
