package loader

import (
	"strings"

	"readout"
)

// The lede's day of saying: wire copy opens on who spoke and when (قال الرئيس الفرنسي
// إيمانويل ماكرون، الأربعاء، ...) and goes on, sentences later, with the same words said
// around a meeting (وقال ماكرون للصحفيين بعد اجتماع مع ...). The meeting is then of the day of
// that saying.

// sayingFrames are the words that set a contact as the occasion of what someone said: after it,
// at its opening or close, during it.
var sayingFrames = map[string]bool{
	"بعد": true, "عقب": true, "اثر": true, "باثر": true, "مستهل": true, "ختام": true, "خلال": true,
	"اثناء": true, "هامش": true, "اعقاب": true,
}

// ledeDay returns the day of the lede's saying when sentence s goes on with it: s opens with a
// verb of saying in the past whose subject is the one person of subj, the trigger at head is
// the occasion of that saying (بعد، في مستهل، خلال) and no contact the article already told (بعد الاجتماع), no time is named before it or just after, and one of
// the article's first two sentences has the same person say something on a named day.
func (d *doc) ledeDay(s span, head trigger, subj []party) (readout.Date, bool) {
	if len(subj) != 1 || !d.pastSayingAt(s.from) || !d.framedBySaying(s.from, head.at) || d.dateIn(s.from, head.to+4) {
		return readout.Date{}, false
	}
	if m := d.mentionStarting(d.match(s.from).To); m == nil || !d.sameAs(m, subj[0]) || d.definiteAt(head.at) {
		return readout.Date{}, false // (بعد الاجتماع مع لافروف: the meeting the article told, maybe on another day)
	}
	for si := 0; si < 2 && si < len(d.sents); si++ {
		if date, ok := d.sayingDay(d.sents[si], subj[0]); ok {
			return date, true
		}
	}
	return readout.Date{}, false
}

// sayingDay returns the day on which sentence s has p say something: a verb of saying in the
// past among its first words (or the verb that opens a lede: انتقد لافروف، السبت،), p named right
// after it, and an exact day, not after publication, within the three words after the name (قال
// ترامب، الخميس،).
func (d *doc) sayingDay(s span, p party) (readout.Date, bool) {
	for k := s.from; k < s.to && k < s.from+12; k++ {
		next := k + 1 // (a lede's verb the lexicon does not know is one word)
		if d.pastSayingAt(k) {
			next = d.match(k).To
		} else if !d.ledeVerbAt(k, s) {
			continue
		}
		m := d.mentionStarting(next)
		if m == nil || !d.sameAs(m, p) {
			return readout.Date{}, false
		}
		for _, r := range d.resolved {
			if r.e.from >= m.to && r.e.from <= m.to+3 && !r.e.since && r.date.IsExact() &&
				!d.pub.IsZero() && !r.date.Start.After(d.pub) {
				return r.date, true
			}
		}
		return readout.Date{}, false
	}
	return readout.Date{}, false
}

// ledeVerbAt reports whether token k opens sentence s, after a dateline at most, with a verb of
// taking a stance the lexicon does not hold as saying (انتقد وزير الخارجية الروسي، سيرغي لافروف،
// السبت), right before a person named: what he said that day. Not a verb of other acts (اختتم
// أوباما زيارته أمس: the day the visit ended, not that of the talks in it).
func (d *doc) ledeVerbAt(k int, s span) bool {
	if d.toks[k].Kind != Word || !stanceVerbs[strings.TrimSuffix(d.bare(k), "ت")] || d.inMention(k) {
		return false
	}
	if k != s.from && !(k < s.from+12 && d.toks[k-1].Text == "-") {
		return false // (دبي، الإمارات العربية المتحدة (CNN) -- انتقد: after the dateline's dash)
	}
	return d.mentionStarting(k+1) != nil
}

// stanceVerbs open ledes on what someone said: انتقد، رحب، لوّح، حذر (their feminine adds ت).
var stanceVerbs = map[string]bool{
	"انتقد": true, "رحب": true, "لوح": true, "حذر": true, "ندد": true, "طالب": true, "دعا": true, "اتهم": true,
	"هدد": true, "اشاد": true, "جدد": true, "وصف": true, "اعتبر": true, "رفض": true, "عبر": true, "اعرب": true,
	"شدد": true, "نفي": true, "دان": true, "استنكر": true, "توعد": true,
}

// pastSayingAt reports whether token k is a verb of saying in the past (قال، وأكد، أبلغ).
func (d *doc) pastSayingAt(k int) bool {
	p := d.match(k)
	return p != nil && p.From == k && d.isCue(p, "speech") && !isPresent(strings.TrimPrefix(d.toks[k].Text, p.Clitic))
}

// framedBySaying reports whether one of sayingFrames stands within the three words before the
// trigger at t, after the verb of saying at from, with no other verb of saying between.
func (d *doc) framedBySaying(from, t int) bool {
	for k := max(from+1, t-3); k < t; k++ {
		w := strings.TrimPrefix(d.bare(k), "في")
		if sayingFrames[w] || sayingFrames[d.bare(k)] {
			return true
		}
	}
	return false
}

// definiteAt reports whether the word at token k, its clitic aside, carries the article.
func (d *doc) definiteAt(k int) bool {
	w := d.toks[k].Text
	if p := d.match(k); p != nil {
		w = strings.TrimPrefix(w, p.Clitic)
	}
	return strings.HasPrefix(w, "ال")
}

// dateIn reports whether a time expression starts in tokens [from, to).
func (d *doc) dateIn(from, to int) bool {
	for _, e := range d.dates {
		if e.from >= from && e.from < to {
			return true
		}
	}
	return false
}

// sameAs reports whether mention m names party p.
func (d *doc) sameAs(m *mention, p party) bool {
	q, ok := d.resolve(m, d.pub, "")
	return ok && q.entity == p.entity
}
