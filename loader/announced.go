package loader

import "strings"

// Contacts announced: the words around a contact noun or verb that tell it is still to come
// though no verb of its own is in the future (أعلن الكرملين عن عقد قمة، اتفقا على عقد لقاء،
// سوف أزور ... وألتقي، من المقرر أن ... ومن ثم العشاء).

// holdingAnnounced reports whether the verbal noun of holding at i is what was announced or
// agreed on (أعلن الكرملين عن عقد قمة، كشف عن عقد قمة، اتفقا على عقد لقاء): a contact to come,
// whose day is the announcement's.
func (d *doc) holdingAnnounced(i int) bool {
	if !d.heldAsNoun(i) || i < 2 || d.toks[i-1].Text != "عن" && d.toks[i-1].Text != "علي" {
		return false
	}
	// the verb before عن or على, past who announced it and when (أعلن مستشار الكرملين يوري
	// أوشاكوف الخميس عن عقد قمة)
	for k := i - 2; k >= 0 && k >= i-10 && d.toks[k].Kind != Punct; k-- {
		w := d.bare(k)
		if d.toks[i-1].Text == "علي" {
			if agreeVerbs[w] {
				return true
			}
			continue
		}
		if p := d.match(k); p != nil && p.From == k && d.isCue(p, "speech") || w == "الاعلان" || w == "اعلان" {
			return true
		}
	}
	return false
}

// coordinatedWithFuture reports whether the verb at i is joined by و to a verb after سوف a few
// words before it (سوف أزور كوريا الديمقراطية وألتقي الرئيس كيم): it is to come as that one,
// whatever the fold makes of its form (ألتقي and التقى are spelled alike).
func (d *doc) coordinatedWithFuture(i int, class string) bool {
	if class == "event" || !strings.HasPrefix(d.toks[i].Text, "و") {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-6 && d.toks[k].Kind != Punct; k-- {
		if w := strings.TrimLeft(d.toks[k].Text, "وف"); w == "سوف" {
			return true
		}
	}
	return false
}

// plannedThen reports whether the contact noun at i comes next (ثم، ومن ثم) in a programme a
// cue of planning opened in its sentence (من المقرر أن يتناول الغداء مع نظيره ومن ثم العشاء مع
// ولي العهد): it is to come as what came before it.
func (d *doc) plannedThen(i int, s span) bool {
	if i < 1 || d.bare(i-1) != "ثم" && d.toks[i-1].Text != "ثم" {
		return false
	}
	for k := i - 2; k >= s.from && k >= i-16 && d.toks[k].Kind != Punct; k-- {
		if p := d.match(k); p != nil && d.isCue(p, "planned") {
			return true
		}
	}
	return false
}

// announcedNoun reports whether the meeting noun at [i, to) is what a verb of announcing
// announced (أعلن ترامب عن لقاء ثان مع كيم): one to come, unless a verb right after it says it
// was held (أعلن عن لقاء ضم لافروف ومشعل). Calls are announced once made.
func (d *doc) announcedNoun(i, to int) bool {
	if i < 2 || d.toks[i-1].Text != "عن" || to < len(d.toks) && (gatherVerbs[d.toks[to].Text] || lightVerbs[d.bare(to)] == "past") {
		return false
	}
	if w := d.bare(i - 2); w == "الاعلان" || w == "اعلان" {
		return true // الإعلان عن لقاء (but إعلان تونس الصادر عن اجتماع: a declaration)
	}
	for k := i - 2; k >= 0 && k >= i-8 && d.toks[k].Kind != Punct; k-- {
		if announceVerbs[d.bare(k)] {
			return true
		}
	}
	return false
}

// announceVerbs announce what is to come: أعلن عن لقاء.
var announceVerbs = map[string]bool{"اعلن": true, "اعلنت": true, "يعلن": true, "تعلن": true}

// agreeVerbs agree on what is to be done: اتفقا على عقد لقاء.
var agreeVerbs = map[string]bool{"اتفق": true, "اتفقت": true, "اتفقا": true, "اتفقوا": true, "وافق": true, "وافقت": true, "وافقا": true, "الاتفاق": true, "الموافقه": true}
