package loader

import (
	"slices"
	"strings"

	"readout"
)

// Frames: what the words around a clause say of who its parties are: a quotation, a call to
// talks, the one who speaks last, a relative clause about something else, a clause of time set
// before its subject, the host of a gathering, a greeting sent by cable.

// quotedOtherPerson reports whether the trigger is a verb of the third person masculine inside a
// quotation its sentence opens after the speaker (والتقى، ويلتقي): one quoted speaks of himself
// in the first person. Forms that may be the first person (التقيت، ألتقي، نلتقي; أجرى and أجري
// look alike without their vowels) are left alone, as is the feminine past (التقت).
func (d *doc) quotedOtherPerson(t trigger, speaker *chain) bool {
	si := d.sentenceOf(t.at)
	if si < 0 || t.to != t.at+1 || t.class == "event" || t.class == "invite" {
		return false
	}
	opened := d.openQuote(d.sents[si].from, t.at)
	if opened < 0 || speaker.from > opened {
		return false // (a subject named inside the quotation may be the verb's: "ترامب ... عندما استقبل ولي العهد")
	}
	if !d.quoteIntroduced(opened, 6) {
		return false // (a mark no verb of saying opens may close an earlier quotation)
	}
	w := strings.TrimLeft(d.spelledAt(t.at), "وف")
	return !strings.HasSuffix(w, "ت") && !strings.HasSuffix(w, "نا") && !hasAnyPrefix(w, "أ", "ن", "إ", "ت")
}

// firstPersons are verbs of contact that only the first person spells so (التقيت، أجريت،
// تلقيت، التقينا): unlike اجتمعت or تحدثت, no third person reads the same.
var firstPersons = map[string]bool{"التقيت": true, "التقيته": true, "التقيتها": true, "التقينا": true, "اجريت": true, "اجرينا": true, "تلقيت": true}

// firstPersonQuoted returns the quotation mark that opens, in its sentence, the quotation
// holding trigger t when t is a verb in the first person and a verb of saying or a colon opens
// the quotation (its subject is the one quoted), or -1.
func (d *doc) firstPersonQuoted(t trigger) int {
	si := d.sentenceOf(t.at)
	if si < 0 || !firstPersons[d.bare(t.at)] && !d.firstPersonRelative(t) {
		return -1
	}
	if q := d.openQuote(d.sents[si].from, t.at); q >= 0 && d.quoteIntroduced(q, 6) {
		return q
	}
	return -1
}

// firstPersonRelative reports whether the event noun t is the antecedent of a relative clause
// whose verb is in the first person, a word or two after it (المباحثات الهامة التي أجريتها مع
// الرئيس): the one who speaks held it.
func (d *doc) firstPersonRelative(t trigger) bool {
	if t.class != "event" {
		return false
	}
	for k := t.to; k+1 < len(d.toks) && k <= t.to+2; k++ {
		if relativePronouns[d.toks[k].Text] {
			return firstPersonHeld[d.bare(k+1)]
		}
		if d.toks[k].Kind != Word {
			return false
		}
	}
	return false
}

// firstPersonHeld are the verbs in the first person, with the pronoun of the talks or the
// meeting they held, that only the first person spells so.
var firstPersonHeld = map[string]bool{"اجريتها": true, "اجريناها": true, "اجريتهما": true, "عقدتها": true, "عقدناها": true, "عقدته": true, "عقدناه": true, "اجريته": true, "اجريناه": true}

// calledTo returns, for a purpose noun, the people called to it by a verb of calling before them
// (دعا X Y إلى القاهرة لمباحثات) and the one who called them, named right after the verb, or nil
// when the clause does not name him or names only his office (وكان دعا في 23 يناير وزراء
// خارجية المغرب والجزائر إلى برلين لمباحثات): those called meet him, not each other. (With no
// one named after them, the people after the verb may as well be those who call for talks:
// there is no contact.) Someone named after the noun is the one they are called to meet (دعت
// واشنطن أردوغان للقاء ترامب): the frame is not this one.
func (d *doc) calledTo(cs []chain, t trigger) (called, by *chain) {
	if !t.purpose || t.class != "event" && t.class != "invite" || len(cs) == 0 || cs[0].prep != "" || cs[0].to > t.at ||
		cs[len(cs)-1].from >= t.to {
		return nil, nil
	}
	last := 0
	if len(cs) > 1 && cs[1].to <= t.at {
		if cs[1].prep != "" || cs[1].from-cs[0].to > 3 || len(cs) > 2 && cs[2].to <= t.at {
			return nil, nil
		}
		last = 1
	}
	if t.at-cs[last].to > 8 || d.punctIn(cs[last].to, t.at) {
		return nil, nil
	}
	for k := cs[0].from - 1; k >= 0 && k >= cs[0].from-9; k-- {
		if d.inviteWordAt(k) {
			if last == 1 {
				return &cs[1], &cs[0]
			}
			return &cs[0], nil
		}
		if d.toks[k].Kind == Punct {
			return nil, nil
		}
	}
	return nil, nil
}

// invitationFrom finds an invitation that names its inviter after the noun (نقل فابيوس دعوة من
// الرئيس هولاند إلى نظيره روحاني لزيارة فرنسا): the one it is from receives the one it is to,
// whoever carried it; or an invitation in a letter, from its writer (invitedInLetter). Both
// come before the invite trigger t.
func (d *doc) invitationFrom(cs []chain, t trigger) (by, to *chain) {
	if t.class != "invite" {
		return nil, nil
	}
	if i := d.invitedInLetter(cs, t); i > 0 {
		if w := letterWriter(cs[:i]); w >= 0 {
			return &cs[w], &cs[i]
		}
	}
	for i := 0; i+1 < len(cs) && cs[i+1].to <= t.at; i++ {
		if cs[i].prep != "من" || cs[i+1].prep != "الي" && cs[i+1].prep != "ل" || cs[i+1].from-cs[i].to > 1 {
			continue
		}
		for k := cs[i].from - 1; k >= 0 && k >= cs[i].from-2; k-- {
			if d.inviteWordAt(k) {
				return &cs[i], &cs[i+1]
			}
		}
		if d.carriedInvitation(cs[i].from) {
			return &cs[i], &cs[i+1] // الدعوة التي نقلها فابيوس من هولاند إلى روحاني لزيارة فرنسا
		}
	}
	return nil, nil
}

// invitedInLetter returns the index of the chain a letter's invitation names (سلّم السيسي
// الأمير رسالة للملك، دعا فيها الملك لزيارة مصر: the one after دعا فيها; دعاه فيها: the one the
// letter went to, after لـ or إلى before the comma), or -1.
func (d *doc) invitedInLetter(cs []chain, t trigger) int {
	for i := 1; i < len(cs) && cs[i].to <= t.at; i++ {
		if k := cs[i].from - 2; cs[i].prep == "" && k >= 0 && d.inviteWordAt(k) && inItWords[d.toks[k+1].Text] {
			return i
		}
		if k := cs[i].to; (cs[i].prep == "ل" || cs[i].prep == "الي") && k+2 < len(d.toks) && d.toks[k].Text == "," &&
			d.inviteWordAt(k+1) && d.pronounAt(k+1) && inItWords[d.toks[k+2].Text] {
			return i
		}
	}
	return -1
}

// letterWriter returns the index of the chain that wrote the letter an invitation is in: the one
// it is from (رسالة من ملك البحرين), else the clause's first subject (سلّم السيسي الصفدي رسالة),
// or -1.
func letterWriter(cs []chain) int {
	for j := len(cs) - 1; j >= 0; j-- {
		if cs[j].prep == "من" {
			return j
		}
	}
	return slices.IndexFunc(cs, func(c chain) bool { return c.prep == "" })
}

// carriedInvitation reports whether the words before token k tell of an invitation someone
// carried (الدعوة الرسمية التي نقلها أمس وزير الخارجية): the one it is from and the one it goes
// to are named next.
func (d *doc) carriedInvitation(k int) bool {
	carried := false
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		if d.toks[j].Kind == Punct {
			return false
		}
		if d.inMention(j) {
			continue
		}
		if w := d.bare(j); carryVerbs[w] {
			carried = true
		} else if invitationNouns[w] {
			return carried
		}
	}
	return false
}

// invitationNouns are carried by carryVerbs: الدعوة التي نقلها.
var invitationNouns = map[string]bool{"الدعوه": true, "دعوه": true}

// inviteWordAt reports whether token k alone is a word of inviting (دعا، دعوة).
func (d *doc) inviteWordAt(k int) bool {
	p := d.match(k)
	return p != nil && p.To == k+1 && d.isCue(p, "invite")
}

// speechVerbAt reports whether a verb of saying in the past ends at token k (قال، أكد).
func (d *doc) speechVerbAt(k int) bool {
	for j := k; j >= 0 && j >= k-1; j-- {
		if p := d.match(j); p != nil && p.To == k+1 && d.isCue(p, "speech") && !isPresent(strings.TrimPrefix(d.toks[j].Text, p.Clitic)) {
			return true
		}
	}
	return false
}

// dashJoined reports whether a dash joins the people of chain c (لقاء كيري - لافروف - الجبير).
func (d *doc) dashJoined(c *chain) bool {
	for k := c.from; k < c.to; k++ {
		if d.toks[k].Text == "-" {
			return true
		}
	}
	return false
}

// lastRelative returns the last relative pronoun between tokens from and to, or from.
func (d *doc) lastRelative(from, to int) int {
	for k := to - 1; k > from; k-- {
		if relativePronouns[d.toks[k].Text] {
			return k
		}
	}
	return from
}

// relativeBetween reports whether a relative pronoun (الذي، التي) stands in tokens [from, to)
// with no mention right before it.
func (d *doc) relativeBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if !relativePronouns[d.toks[k].Text] || k == 0 {
			continue
		}
		j := k - 1
		if d.toks[j].Text == "," && j > 0 {
			j-- // كيم، الذي يتعرض اقتصاد بلاده لضغوط، مع ترامب: about the one who meets
		}
		if !d.inMention(j) {
			return true
		}
	}
	return false
}

// voicedIn returns the chain named right after a verb with a pronoun back to the contact noun t
// (اتصال هاتفي مساء الأربعاء أكد فيه الرئيس ماكرون، محادثات أعرب خلالها X): one who spoke in
// it, a party; or nil.
func (d *doc) voicedIn(cs []chain, t trigger) *chain {
	if t.class != "event" {
		return nil
	}
	k := t.to
	if e := d.dateStarting(k); e != nil {
		k = e.to // مساء الأربعاء
	}
	if k+2 >= len(d.toks) || d.toks[k].Kind != Word || d.inMention(k) || d.triggerIn(k, k+1) || !inItWords[d.toks[k+1].Text] {
		return nil
	}
	for i := range cs {
		if cs[i].from == k+2 && cs[i].prep == "" {
			return &cs[i]
		}
	}
	return nil
}

// inItWords point back to a contact noun as the time or place of what was said (فيه، خلاله).
var inItWords = map[string]bool{"فيه": true, "فيها": true, "خلاله": true, "خلالها": true}

// onlyAdjunctsBetween reports whether tokens [from, to) hold only days, places, punctuation and
// adverbs (أمس، هاتفيا، أيضا): no word that could be a subject the gazetteer does not know
// (بحث عز الدين الأصبحي مع الزياني، والتقى الوسيطان بوزير الخارجية).
func (d *doc) onlyAdjunctsBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if d.inDate(k) || d.toks[k].Kind == Punct || adjunctWords[d.bare(k)] || d.toks[k].Text == "مع" {
			continue
		}
		if d.toks[k].Text == "في" && d.placeNameAt(k+1) > 0 {
			k += d.placeNameAt(k + 1)
			continue
		}
		if p := d.match(k); p != nil && p.From == k && (d.isCue(p, "phone") || d.isCue(p, "video")) {
			k = p.To - 1
			continue
		}
		return false
	}
	return true
}

// adjunctWords are adverbs that may stand between a verb and its object.
var adjunctWords = map[string]bool{"ايضا": true, "كذلك": true, "مجددا": true, "بدوره": true, "بدورها": true, "امس": true, "اليوم": true}

// opensClause reports whether the trigger t opens its clause, after و، ف، ثم، كما or a day:
// a verb with no subject before it.
func (d *doc) opensClause(t trigger) bool {
	si := d.sentenceOf(t.at)
	if si < 0 {
		return false
	}
	for k := t.at - 1; k >= d.sents[si].from; k-- {
		switch w := d.bare(k); {
		case w == "," || w == "ثم" || w == "كما" || w == "و" || w == "ف" || w == "بعد" || w == "عقب" || openingCueWords[w]:
		case d.inDate(k) || d.isAdjunctWord(k) || d.triggerIn(k, k+1):
			// (وبعد لقاء جمعه أمس: a noun of the contact before its verb)
		default:
			return false
		}
	}
	return true
}

// openingCueWords may open a clause before its verb: من المقرر أن، من المتوقع أن.
var openingCueWords = map[string]bool{"من": true, "المقرر": true, "المتوقع": true, "المنتظر": true, "ان": true}

// fronted reports whether trigger t opens a clause of time or medium set before its subject
// (وخلال قمة في سنغافورة مع ترامب، بدا كيم): a noun after في or a preposition of time, or the
// verb with a pronoun that follows such a noun of calling (في اتصال هاتفي تلقاه من عراقجي، بحث
// البوسعيدي).
func (d *doc) fronted(t trigger) bool {
	at := t.at
	if (t.class == "called" || t.class == "call") && (t.pronoun || receivedIt[d.bare(t.at)]) {
		at = -1
		for j := t.at - 1; j >= 0 && j >= t.at-3; j-- {
			if p := d.match(j); p != nil && p.To == t.at && p.Has(ItemTrigger) {
				at = j
			}
		}
		if at < 0 {
			return false
		}
	} else if t.class != "event" {
		return false
	}
	return d.afterTimePreposition(at) || d.opensWithIn(at)
}

// onlyPlaceBetween reports whether tokens [from, to) are at most a comma and a place (، في البيت
// الأبيض): no one named, at most four tokens, في after the comma.
func (d *doc) onlyPlaceBetween(from, to int) bool {
	if from < to && d.toks[from].Text == "," {
		from++
	}
	if from >= to {
		return true // (the chain may take the comma in)
	}
	if to-from > 4 || d.mentionBetween(from, to) {
		return false
	}
	w := d.toks[from].Text
	return w == "في" || w == "فى"
}

// subjectAfter returns the subject of the clause after c in its sentence: the person named
// first, with at most its verb before it, or nil.
func (d *doc) subjectAfter(c span) *chain {
	si := d.sentenceOf(c.to - 1)
	if si < 0 || c.to >= d.sents[si].to {
		return nil
	}
	if cs := d.chains(span{c.to, d.sents[si].to}); len(cs) > 0 && cs[0].prep == "" && cs[0].from-c.to <= 1 {
		return &cs[0]
	}
	return nil
}

// hostOf returns the subject of a verb of receiving or hosting whose object is the contact
// noun t (استضاف الرئيس ماكرون في قصر الإليزيه اجتماعا): the host takes part, or nil.
func (d *doc) hostOf(cs []chain, t trigger) *chain {
	for j := len(cs) - 1; j >= 0; j-- {
		if cs[j].to > t.at || cs[j].prep != "" {
			continue
		}
		if v := cs[j].from - 1; v >= 0 && !d.punctIn(cs[j].to, t.at) {
			if p := d.match(v); p != nil && p.To == cs[j].from {
				if it, ok := p.Item(ItemTrigger); ok && d.x.lx.Triggers[it.Ref].Class == "receive" {
					return &cs[j]
				}
			}
		}
		return nil
	}
	return nil
}

// sendVerbIn reports whether a verb of sending or greeting joined by و or ف, another act,
// stands in tokens [from, to) (not the noun's own relative verb: الرسالة التي بعث بها).
func (d *doc) sendVerbIn(from, to int) bool {
	for k := from; k < to; k++ {
		if p := d.match(k); p != nil && (d.isCue(p, "make-send") || d.isCue(p, "greet")) && (p.Clitic == "و" || p.Clitic == "ف") {
			return true
		}
	}
	return false
}

// greetingBefore returns the verb of congratulating or condoling (هنأ، عزى) that makes the
// message noun t a message sent, within eight words before it in its sentence, or -1.
func (d *doc) greetingBefore(t trigger) int {
	if t.class != "send" || t.mode != readout.Message {
		return -1
	}
	for k, words := t.at-1, 0; k >= 0 && words < 8; k-- {
		if d.toks[k].Kind == Punct && d.toks[k].Text != "," {
			return -1
		}
		if !d.inMention(k) {
			words++
		}
		if p := d.match(k); p != nil && p.To == k+1 && d.isCue(p, "greet") {
			return k
		}
	}
	return -1
}

// headsAfterBetween returns the first token of the people after برئاسة when the contact noun t
// is held between two sides no one names (بين الوفدين الأمريكي والروسي برئاسة روبيو ولافروف),
// or -1.
func (d *doc) headsAfterBetween(t trigger) int {
	b := t.to
	if b+1 < len(d.toks) && strings.HasPrefix(d.toks[b].Text, "ال") && !d.inMention(b) {
		b++ // المحادثات المباشرة بين الوفدين: an adjective between
	}
	if t.class != "event" || b+1 >= len(d.toks) || d.toks[b].Text != "بين" || d.inMention(b+1) {
		return -1
	}
	for k := b + 1; k < len(d.toks) && k <= b+6; k++ {
		if d.toks[k].Kind == Punct || d.inMention(k) {
			return -1
		}
		if d.wordIn(headedBy, k, k+1) {
			if k+1 < len(d.toks) && d.inMention(k+1) {
				return k + 1
			}
			return -1
		}
	}
	return -1
}

// inviteToPronoun reports whether an invitation before the trigger t is addressed to a pronoun
// (دعاه، وجه له دعوة، وجهت إليها دعوة): to someone named before.
func (d *doc) inviteToPronoun(t trigger) bool {
	for k := t.at - 1; k >= 0 && k >= t.at-5; k-- {
		if p := d.match(k); p != nil && d.isCue(p, "invite") {
			for j := k; j < p.To; j++ {
				if w := d.bare(j); w == "دعاه" || w == "دعاها" || w == "له" || w == "لها" || w == "اليه" || w == "اليها" {
					return true
				}
			}
			return false
		}
	}
	return false
}
