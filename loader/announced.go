package loader

import (
	"strings"
	"unicode/utf8"

	"readout"
)

// Contacts announced: the words around a contact noun or verb that tell it is still to come
// though no verb of its own is in the future (أعلن الكرملين عن عقد قمة، الإعلان عن لقاء، سوف
// أزور ... وألتقي، من المقرر أن ... ومن ثم العشاء). comingAt asks them.

// announcedAt reports whether the contact noun at [i, to) of mode mode, or the verbal noun of
// holding one (عن عقد قمة), is what a verb or noun of announcing announced a few words before
// عن (أعلن الكرملين الخميس عن عقد قمة، الإعلان المفاجئ عن لقاء): a contact to come, whose day
// is the announcement's. Calls and messages are announced once made, so only the noun of
// announcing names them to come; a verb of holding after the noun says it was held (أعلن عن
// لقاء ضم لافروف ومشعل); and a statement issued by a meeting (إعلان تونس الصادر عن اجتماع) is
// no announcement of it. Revealing (كشف عن) tells as often of what was done.
func (d *doc) announcedAt(i, to int, mode readout.Mode) bool {
	j := i
	if j > 1 && lightVerbs[d.bare(j-1)] != "" {
		j-- // الإعلان عن عقد اجتماع: the verbal noun of holding between
	}
	if j < 2 || d.toks[j-1].Text != "عن" {
		return false
	}
	if to < len(d.toks) && (gatherVerbs[d.toks[to].Text] || lightVerbs[d.bare(to)] == "past") {
		return false
	}
	for k := j - 2; k >= 0 && k >= j-10; k-- {
		w := d.bare(k)
		switch {
		case announceNouns[w]:
			return true
		case announceVerbs[w]:
			return mode == readout.Meeting || mode == readout.Visit || lightVerbs[d.bare(i)] != ""
		case issuedWords[w]:
			return false
		case d.toks[k].Kind == Punct && d.toks[k].Text != "/": // (في آذار/مارس الماضي)
			return false
		}
	}
	return false
}

// announceNouns and announceVerbs announce what is to come; issuedWords say a statement was
// issued by something (إعلان تونس الصادر عن اجتماع).
var (
	announceNouns = map[string]bool{"الاعلان": true, "اعلان": true, "اعلانه": true, "اعلانها": true}
	announceVerbs = map[string]bool{"اعلن": true, "اعلنت": true, "يعلن": true, "تعلن": true, "اعلنا": true}
	issuedWords   = map[string]bool{"الصادر": true, "الصادره": true, "صادر": true, "صادره": true}
)

// coordinatedWithFuture reports whether the verb at i is joined by و to a cue of the future a
// few words before it (سوف، سيتوجه, or the speaker's own سأزور) (سوف أزور كوريا الديمقراطية
// وألتقي الرئيس كيم): it is to come as that one, whatever the fold makes of its form (ألتقي
// and التقى are spelled alike).
func (d *doc) coordinatedWithFuture(i int, class string) bool {
	if class == "event" || !strings.HasPrefix(d.toks[i].Text, "و") {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-6 && d.toks[k].Kind != Punct; k-- {
		if p := d.match(k); p != nil && d.isCue(p, "future") {
			return true // (سيتوجه إلى بكين ويلتقي الرئيس شي as well)
		}
		if w := d.spelledAt(k); strings.HasPrefix(w, "سأ") && !strings.HasPrefix(w, "سأل") && utf8.RuneCountInString(w) >= 5 {
			return true // "سأزور كوريا الشمالية وألتقي الزعيم كيم": I will, the speaker says
		}
	}
	return false
}

// plannedThen reports whether the contact noun at i comes next (ثم، ومن ثم) in a programme a
// cue of planning opened in its sentence (من المقرر أن يتناول الغداء مع نظيره ومن ثم العشاء مع
// ولي العهد): it is to come as what came before it.
func (d *doc) plannedThen(i int, s span) bool {
	if i < 1 || !thenWords[d.bare(i-1)] {
		return false
	}
	for k := i - 2; k >= s.from && k >= i-16 && d.toks[k].Kind != Punct; k-- {
		if p := d.match(k); p != nil && d.isCue(p, "planned") {
			return true
		}
	}
	return false
}
