package loader

import (
	"strings"
	"unicode/utf8"
)

// The status of a contact: what the words around its trigger say of whether it happened, is
// yet to happen, or is denied.

// comingAt reports whether the words around trigger t (of lexicon class class) in sentence s
// speak of a contact to come: a planned cue before it (من المقرر أن يلتقي) or a planned
// adjective after it (الاجتماع المرتقب), a participation in the future (سيشارك فيه), قد or لـ
// before a present verb (قد يلتقي، ليلتقي), a purpose noun (للقاء الملك، لعقد لقاء) or a verbal
// noun of purpose before a noun (لإجراء محادثات).
func (d *doc) comingAt(t trigger, class string, s span) bool {
	i := t.at
	switch {
	case d.plannedCueNear(i, t.to, s), d.plannedBefore(i, s), d.cueNear(i, t.to, s, "planned-after", 0, 2), d.futureParticipation(t.to, s),
		class == "event" && d.plannedAfterPeople(t.to, s):
		return true
	case class == "event" && t.to < s.to && d.toks[t.to].Text == "من" && d.cueNear(t.to, t.to, s, "planned", 0, 1):
		return true // اجتماع من المقرر عقده الأربعاء
	case class == "event" && d.afterTimePreposition(i) && d.futureTriggerBefore(i, s):
		return true // إنها ستبحث ... ، وذلك خلال محادثات مع نظيرها: talks to come frame what she will say
	case class == "event" && d.afterTimePreposition(i) && d.futureMainAfter(t.to, s):
		return true // وخلال لقائه نظيره النيجيري، سيتطرق ماكرون إلى: what he will raise there
	case class == "event" && d.afterTimePreposition(i) && !d.afterSequence(i) && d.futureCueBefore(i, s):
		return true // إنه سيتوجه إلى غلاسكو قبل اجتماعه الاثنين مع بوتين: what comes after a step to come is to come
	case d.rulingOutBefore(i) >= 0 && d.negatedAt(d.rulingOutBefore(i)):
		return true // لم يستبعد لقاء روحاني وأوباما: not ruled out, so possible, not held
	case class == "event" && d.afterTimePreposition(i) && d.intentBefore(i, s):
		return true // أعلن أنه ينوي مناقشة الاتفاق لدى لقائه بومبيو: what he means to say at it
	case class == "event" && d.plannedRelative(t.to, s):
		return true // القمة التي كان من المقرر عقدها الشهر المقبل
	case class == "event" && d.happensLater(t.to, s):
		return true // أعلن أن اجتماعه مع كيم، سيتم نهاية مايو
	case class == "event" && d.unscheduledAfter(t.to, s):
		return true // قمة بين ترامب وكيم لم يحدد موعدها
	case class == "event" && d.announcedAt(i, t.to, t.mode):
		return true // وكان الإعلان في مارس الماضي عن قمة بين ترامب وكيم، أعلن الكرملين عن عقد قمة
	case class == "event" && d.plannedThen(i, s):
		return true // من المقرر أن يتناول الغداء مع نظيره ومن ثم العشاء مع ولي العهد
	case d.coordinatedWithFuture(i, t.class):
		return true // سوف أزور بيونغ يانغ وألتقي الرئيس كيم
	case d.inExchange(i):
		return true // خطة لإطلاق أسرى مقابل لقاء نتنياهو - عباس: what is offered for it
	case class == "event" && i > 0 && decisionNouns[d.bare(i-1)]:
		return true // اتخذ قرار لقاء كيم: the meeting decided on is still to come
	case class == "event" && d.settingNounBefore(i):
		return true // حددت فوكس نيوز الخميس مكان عقد القمة: a summit whose venue is being set
	case class == "event" && d.futureOpens(i, s) && !(i > 0 && mediumPrepositions[d.toks[i-1].Text]) && !d.afterSequence(i):
		// (ستبدأ بلاده بمحاربة داعش، خلال لقاء مع كيري: the meeting frames what is said)
		return true
	case t.present && (t.purpose || i > 0 && d.toks[i-1].Text == "قد"):
		return true
	case t.present && i > 0 && d.wordIn(clauseOpeners, i-1, i) && d.futureVerbIn(s.from, i-1):
		return true // سيوقع قرارا عندما يلتقي نتانياهو الاثنين: when he meets him, to come
	case t.purpose && (class == "event" || t.to-i > 1):
		return true
	}
	return class == "event" && d.purposeVerbBefore(i)
}

// plannedAfterPeople reports whether a planned adjective follows the people named right after a
// contact noun ending at token k (القمة مع كيم المقررة في 12 يونيو، اللقاء بين ترامب وبوتين
// المرتقب).
func (d *doc) plannedAfterPeople(k int, s span) bool {
	j := k
	for _, m := range d.mentions {
		if m.from < j {
			continue
		}
		if m.from > j+1 || m.from == j+1 && !prepositions[d.toks[j].Text] && d.toks[j].Text != "و" {
			break
		}
		j = m.to
	}
	return j > k && d.cueNear(j, j, s, "planned-after", 0, 2)
}

// futureTriggerBefore reports whether a trigger verb in the future (ستبحث، سيلتقي) stands within
// sixteen words before the one at i, in its sentence, with no other trigger between.
func (d *doc) futureTriggerBefore(i int, s span) bool {
	for k := i - 1; k >= s.from && k >= i-16; k-- {
		p := d.match(k)
		if p == nil || !p.Has(ItemTrigger) || p.To > i {
			continue
		}
		if d.afterTimePreposition(k) {
			continue // (the adjunct itself: خلال)
		}
		w := strings.TrimLeft(d.toks[k].Text, "وف")
		return hasAnyPrefix(w, "سي", "ست", "سن")
	}
	return false
}

// futureMainAfter reports whether the clause after the adjunct that ends past token k opens,
// after its comma, on a verb in the future and the one who does it (، سيتطرق ماكرون).
func (d *doc) futureMainAfter(k int, s span) bool {
	for j := k; j < s.to && j <= k+12; j++ {
		if d.toks[j].Kind != Punct {
			continue
		}
		if d.toks[j].Text != "," || j+2 >= s.to {
			return false
		}
		w := strings.TrimLeft(d.toks[j+1].Text, "وف")
		return hasAnyPrefix(w, "سي", "ست") && utf8.RuneCountInString(w) >= 5 && !d.inMention(j+1) && d.inMention(j+2)
	}
	return false
}

// intentBefore reports whether a verb of intent (ينوي، يعتزم) stands within twelve words before
// the trigger at i, in its sentence, with no other trigger between: what one means to do at a
// contact tells of one still to come.
func (d *doc) intentBefore(i int, s span) bool {
	for k := i - 2; k >= s.from && k >= i-12; k-- {
		if p := d.match(k); p != nil && p.Has(ItemTrigger) && p.To <= i-1 {
			return false
		}
		if p := d.match(k); p != nil && d.isCue(p, "intent") {
			return true
		}
	}
	return false
}

// plannedRelative reports whether a relative clause right after the contact noun ending at j
// (past one adjective) opens with a planned cue: التي (كان) من المقرر عقدها، الذي كان مقررا.
func (d *doc) plannedRelative(j int, s span) bool {
	if j < s.to && strings.HasPrefix(d.toks[j].Text, "ال") && !relativePronouns[d.bare(j)] {
		j++ // (القمة التاريخية التي)
	}
	if j >= s.to || !relativePronouns[d.bare(j)] {
		return false
	}
	for k := j + 1; k < s.to && k <= j+3; k++ {
		if p := d.match(k); p != nil && (d.isCue(p, "planned") || d.isCue(p, "planned-after")) {
			return true
		}
	}
	return false
}

// futureHappen are verbs in the future that say a contact named before them takes place.
var futureHappen = map[string]bool{
	"سيتم": true, "ستتم": true, "سيعقد": true, "ستعقد": true, "سينعقد": true, "ستنعقد": true,
	"سيجري": true, "ستجري": true, "سيكون": true, "ستكون": true, "سيقام": true, "ستقام": true,
}

// happensLater reports whether such a verb follows the contact noun ending at token j, past its
// adjectives and the people it names (اجتماعه مع كيم، سيتم نهاية مايو).
func (d *doc) happensLater(j int, s span) bool {
	for k := j; k < s.to && k < j+12; k++ {
		if t := d.toks[k].Text; d.inMention(k) || t == "," || t == "مع" || t == "بين" || strings.HasPrefix(t, "ال") && k < j+3 {
			// (an adjective of the noun: لقاءه التاريخي مع كيم سيتم)
			continue
		}
		return futureHappen[d.bare(k)]
	}
	return false
}

// plannedBefore reports whether a planned cue ends within four words before the trigger at i,
// the names of people between not counting (من المقرر أن يتناول بومبيو مأدبة غداء), with no
// other trigger between.
func (d *doc) plannedBefore(i int, s span) bool {
	words, sequence := 0, false
	for k := i - 1; k >= s.from && words < 4; k-- {
		if sequenceWords[d.bare(k)] {
			sequence = true // (جاء الإعلان عن الاتفاق عقب اجتماع: a noun of a cue dates what followed the contact)
		}
		if d.inMention(k) {
			continue
		}
		if relativePronouns[d.toks[k].Text] {
			return false // يعقد كيم وترامب اللذان التقيا: the relative clause tells its own tense
		}
		if q := d.matchEndingAt(k + 1); q != nil && q.From < k && d.bare(k) == "ان" && d.isCue(q, "planned") {
			return true // (a cue of several words that ends with أن here: من المقرر أن تشهد الزيارة لقاء)
		}
		if p := d.match(k); p != nil && p.To <= i {
			if d.isCue(p, "planned") && !d.eveOfDay(k, p) {
				return !sequence || d.bare(p.To-1) == "ان"
			}
			if p.Has(ItemTrigger) && !d.definiteEventNoun(k, p) {
				return false // (but من المقرر أن تشهد الزيارة لقاء السيسي: the visit that holds it)
			}
			k = p.From
		}
		if d.inDate(k) || d.bare(k) == "ايضا" {
			continue // من المرتقب أن تشهد الدوحة اليوم أيضا اجتماعا: the day between
		}
		words++
	}
	return false
}

// decisionNouns govern a contact noun still to come: قرار لقاء، خطة زيارة.
var decisionNouns = map[string]bool{"قرار": true, "خطه": true, "بقرار": true}

// settingNouns name the venue or the time of a contact (مكان القمة، موعد عقد اللقاء): one whose
// arrangements are told is still to come.
var settingNouns = map[string]bool{"مكان": true, "موعد": true, "توقيت": true, "زمان": true, "ومكان": true, "وموعد": true}

// settingNounBefore reports whether the contact noun at i follows a noun of its venue or time,
// with a verbal noun of holding between or not (مكان عقد القمة، موعد اللقاء).
func (d *doc) settingNounBefore(i int) bool {
	j := i - 1
	if j > 0 && holdingMasdars[d.bare(j)] {
		j--
	}
	return j >= 0 && settingNouns[d.toks[j].Text]
}

// unscheduledAfter reports whether the words after a contact noun say its date is not set yet
// (لم يحدد موعدها), its people between not counting.
func (d *doc) unscheduledAfter(j int, s span) bool {
	for k, words := j, 0; k < s.to && words <= 10; k++ {
		if d.inMention(k) {
			continue
		}
		p := d.match(k)
		if p != nil && d.isCue(p, "unscheduled") {
			return true
		}
		if p != nil && p.Has(ItemTrigger) {
			return false // (a contact of its own comes between)
		}
		words++
	}
	return false
}

// futureOpens reports whether a verb in the future (سيتوجه، ستصل، سوف) stands before the
// contact noun at i in its sentence, with no verb of the past or another contact between:
// سيتوجه راب إلى بروكسل يوم الثلاثاء للإسراع بمحادثات مع بارنييه.
func (d *doc) futureOpens(i int, s span) bool {
	return d.cueGoverns(i, s, "future", 16, func(k int, p *Match) bool {
		return p.Has(ItemTrigger) || lightVerbs[d.bare(k)] == "past" || d.isCue(p, "speech")
	})
}

// cueGoverns reports whether a cue of kind stands within window tokens before the trigger at i
// in sentence s, with nothing between that stops it (another trigger, at least).
func (d *doc) cueGoverns(i int, s span, kind string, window int, stops func(k int, p *Match) bool) bool {
	for k := i - 1; k >= s.from && k >= i-window; k-- {
		p := d.match(k)
		if p == nil {
			continue
		}
		if d.isCue(p, kind) {
			return true
		}
		if stops(k, p) {
			return false
		}
	}
	return false
}

// purposeVerbBefore reports whether a trigger noun is the object of a verbal noun of purpose
// (وصل لإجراء محادثات: he came to hold talks). Like للقاء Y, it names what someone set out to
// do, which the text does not yet report as done.
func (d *doc) purposeVerbBefore(i int) bool {
	return i > 0 && purposeVerbs[d.toks[i-1].Text]
}

// purposeVerbs are verbal nouns with لـ that name the aim of a journey or a step.
var purposeVerbs = map[string]bool{"لاجراء": true, "لعقد": true, "لتنظيم": true, "لترتيب": true, "لحضور": true}

// lightVerbBefore returns the token of the verb that holds a trigger noun, within eight words
// before it in the clause besides the names of people, and with no other trigger between
// (يعقد اجتماع، سيعقد الرئيسان قمة، عقد مون قمة مع كيم), or -1.
func (d *doc) lightVerbBefore(i int, c span) int {
	words := 0 // the names of the people between do not count (سيعقد ترامب وكيم جونغ أون قمة)
	for k := i - 1; k >= c.from && words < 8 && k >= i-24; k-- {
		if !d.inMention(k) {
			words++
		}
		if k > 0 && sequenceWords[d.bare(k)] && d.punctIn(k-1, k) {
			return -1 // سيجري الغداء في موعده، بعد اتصال هاتفي: the verb holds what comes before
		}
		if p := d.match(k); p != nil && p.Has(ItemTrigger) {
			// a verb of gathering holds only the noun it governs (تجمعه الثلاثاء قمة), not one
			// further on (تجمعه مع كيم، بعد الاجتماع)
			if lightVerbs[d.bare(k)] == "" || i-k > 3 || d.punctIn(k, i) {
				return -1
			}
			return k
		}
		if lightVerbs[d.bare(k)] != "" {
			if k > 0 && (masdarBefore[d.toks[k-1].Text] || settingNouns[d.toks[k-1].Text]) || d.spanFrom(i) != "" {
				// (مكان عقد القمة، قبل أسبوع من عقد ترامب قمة: the noun of a venue or a span)
				return -1 // قرار عقد القمة، على إجراء محادثات: a noun of holding, not a verb
			}
			if k > 0 && relativePronouns[d.toks[k-1].Text] && !d.aboutPerson(k) {
				// القمة التي تعقد اليوم، استبقتها محادثات: the verb holds the noun before it (but
				// غوتيريش الذي أجرى اجتماعا مع ولي العهد: the one he held)
				return -1
			}
			return k
		}
	}
	return -1
}

// masdarBefore are the words after which a verb of holding is read as its noun (عقد، إجراء):
// prepositions and nouns that govern it.
var masdarBefore = map[string]bool{"علي": true, "الي": true, "عن": true, "قرار": true, "بعد": true, "قبل": true, "حول": true, "بشان": true, "مع": true}

// punctIn reports whether a punctuation mark stands in tokens [from, to).
func (d *doc) punctIn(from, to int) bool {
	for k := from; k < to; k++ {
		if d.toks[k].Kind == Punct {
			return true
		}
	}
	return false
}

// bare is token k without the conjunction و or ف.
func (d *doc) bare(k int) string {
	w := d.toks[k].Text
	if (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) && len(w) > len("و")+4 {
		return w[len("و"):]
	}
	return w
}

// wordIn reports whether one of words, as written or read without a leading و or ف, stands in
// tokens [from, to) (وصلت is a word of its own, not و and صلت).
func (d *doc) wordIn(words map[string]bool, from, to int) bool {
	for k := max(from, 0); k < to && k < len(d.toks); k++ {
		if words[d.toks[k].Text] || words[d.bare(k)] {
			return true
		}
	}
	return false
}

// lightVerbs hold a contact named by a noun, by tense: يعقد اجتماع (present), سيعقد قمة
// (future), عقد لقاء، تم الاتصال (past); a past one after the noun (الاتصال الذي جرى) binds its
// date to it (see boundTrigger).
var lightVerbs = map[string]string{
	"يعقد": "present", "تعقد": "present", "يعقدان": "present", "يجري": "present", "تجري": "present",
	"يجريان": "present", "تنعقد": "present", "ينعقد": "present", "تلتيم": "present", "يلتيم": "present",
	"سيعقد": "future", "ستعقد": "future", "سيعقدان": "future", "سيجري": "future", "ستجري": "future",
	"سيجريان": "future", "ستنعقد": "future", "سينعقد": "future", "سيحضر": "future", "ستحضر": "future",
	"سيشارك": "future", "ستشارك": "future", "سيشاركون": "future", "سيشاركان": "future", "ستشاركان": "future",
	"سيجلس": "future", "سيلتيم": "future", "ستلتيم": "future",
	"عقد": "past", "عقدت": "past", "عقدا": "past", "عقدوا": "past", "اجري": "past", "اجرت": "past",
	"اجريا": "past", "انعقد": "past", "انعقدت": "past", "جرت": "past", "جري": "past", "دار": "past",
	"دارت": "past", "تم": "past", "عقده": "past", "عقدها": "past", "عقداه": "past", "اجراه": "past",
	"اجرته": "past", "اجراها": "past",
	// قام بزيارة: the verb of doing that holds a visit; in the present it tells of a visit under
	// way (الزيارة التي يقوم بها حاليا) as often as of one to come, so it sets no tense
	"قام": "past", "قامت": "past", "قاما": "past", "يقوم": "ongoing", "تقوم": "ongoing", "يقومان": "ongoing",
	"سيقوم": "future", "ستقوم": "future", "سيقومان": "future",
}

// the verbs of gathering hold a contact noun too: حيث تجمعه الثلاثاء قمة بترامب.
func init() {
	for w := range gatherPresent {
		lightVerbs[w], lightVerbs["س"+w] = "present", "future"
	}
	for w := range gatherVerbs {
		lightVerbs[w] = "past"
	}
}

// futureParticipation reports whether a participation cue in the future follows a trigger noun
// in its sentence (الاجتماع الذي سيشارك فيه): the contact is yet to happen.
func (d *doc) futureParticipation(j int, s span) bool {
	for k := j; k < s.to && k < j+12; k++ {
		if p := d.match(k); p != nil && d.isCue(p, "participation") {
			w := d.toks[k].Text
			return strings.HasPrefix(w, "سي") || strings.HasPrefix(w, "ست")
		}
	}
	return false
}

// invited reports whether an invitation stands within eight words before the purpose trigger
// at i, the names of the people invited aside (دعاه لزيارة الرياض، دعوة الرئيس الروسي فلاديمير
// بوتين نظيره الأوكراني إلى محادثات), and not one being answered (تلبية لدعوة، بناء على دعوة).
func (d *doc) invited(i int, s span) bool {
	for k, words := i-1, 0; k >= s.from && words < 8; k-- {
		if !d.inMention(k) {
			words++
		}
		p := d.match(k)
		if p == nil || !d.isCue(p, "invite") && !invitationNouns[d.bare(k)] {
			continue // (الدعوة الرسمية التي نقلها ... لزيارة فرنسا: the noun, even as a message's)
		}
		for j := k - 1; j >= s.from && j >= k-2; j-- {
			if q := d.match(j); q != nil && d.isCue(q, "initiated-by") || d.toks[j].Text == "تلبيه" {
				return false
			}
		}
		return !d.isCue(p, "initiated-by")
	}
	return false
}

// acceptedBy returns the first token of a word of accepting (قبل، وافق على، لبى) within the
// three words before the invitation, not counting the names between, that governs the trigger at i (قبل ترامب دعوة غير مسبوقة
// لمقابلة كيم), or -1.
func (d *doc) acceptedBy(i int, s span) int {
	for k, words := i-1, 0; k >= s.from && words < 8; k-- {
		if !d.inMention(k) {
			words++
		}
		if !d.inviteWordAt(k) {
			continue
		}
		for j, n := k-1, 0; j >= s.from && n < 3; j-- {
			if q := d.match(j); q != nil && q.To <= k && d.isCue(q, "accept") {
				return j
			}
			if !d.inMention(j) {
				n++ // (قبل الرئيس دونالد ترامب دعوة: the one who accepted may stand between)
			}
		}
		return -1
	}
	return -1
}

// deniedBefore reports whether a denial governs the trigger at i: a denial cue within fourteen
// tokens before it in the sentence, with no other trigger in between (نفى الكرملين، اليوم
// الاثنين، أن يكون الرئيس فلاديمير بوتين قد تحدث ...).
func (d *doc) deniedBefore(i int, s span) bool {
	if d.afterTimePreposition(i) {
		return false // نفي بوتين لأي تدخل خلال قمة هلسنكي: what is denied was done during the summit
	}
	return d.cueGoverns(i, s, "denied", 14, func(_ int, p *Match) bool { return p.Has(ItemTrigger) })
}

// pastT are past-tense verbs that begin with ت, unlike the present forms (تلتقي).
var pastT = map[string]bool{
	"تلقي": true, "تلقت": true, "تلقاه": true, "تلقته": true, "تلقاها": true, "تباحث": true, "تباحثت": true,
	"تباحثا": true, "تحدث": true, "تحدثت": true, "تحدثا": true, "تشاور": true, "تشاورت": true, "تشاورا": true,
	"تناول": true, "تناولت": true, "تناولا": true, "تسلم": true, "تسلمت": true, "تحادث": true, "تحادثت": true,
	"تحادثا": true,
}

// isPresent reports whether a (normalised) verb is in the present tense: يلتقي، تلتقي.
func isPresent(w string) bool {
	return strings.HasPrefix(w, "ي") || strings.HasPrefix(w, "ت") && !pastT[w]
}

// futureNegations before a present verb say the contact will not happen: لن تجري، لا يلتقي.
var futureNegations = map[string]bool{"لن": true, "ولن": true, "لا": true, "ولا": true, "فلن": true}

// negatedAhead reports whether a future negation governs the verb before a trigger noun: لن
// تجري أي محادثات، لا تعتزم عقد لقاء (but not لا سيما).
func (d *doc) negatedAhead(i int) bool {
	if i > 0 && mediumPrepositions[d.toks[i-1].Text] {
		return false // لن تطرح خلال القمة: the summit frames what is denied, it is not denied
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if futureNegations[d.toks[k].Text] && d.toks[k+1].Text != "سيما" {
			return true
		}
	}
	return false
}

// negated reports whether a negation stands right before a trigger verb: لم يلتق.
func (d *doc) negated(i int) bool {
	return i > 0 && (d.toks[i-1].Text == "لم" || d.toks[i-1].Text == "ولم")
}

// exceptAfter reports whether إلا follows the trigger ending at j in its sentence, within
// twelve words: لم ... إلا is "only", not "not".
func (d *doc) exceptAfter(j int, s span) bool {
	for k := j; k < s.to && k < j+12; k++ {
		if d.toks[k].Text == "الا" {
			return true
		}
	}
	return false
}

// dateWithin reports whether a time expression starts within words words after token from, in
// tokens before to, the names of people not counting.
func (d *doc) dateWithin(from, to, words int) bool {
	end := from
	for n := 0; end < to && n < words; end++ {
		if !d.inMention(end) {
			n++
		}
	}
	for _, r := range d.resolved {
		if r.e.from >= from && r.e.from < end && !r.e.since {
			return true
		}
	}
	return false
}

// reported reports whether the trigger at i stands in what someone is said to have said: after a
// complementizer in its sentence (قالت ساندرز إن ترامب وكيم لم يتحدثا).
func (d *doc) reported(i int, s span) bool {
	for k := s.from; k < i; k++ {
		if d.complementizer(k) {
			return true
		}
	}
	return false
}

// pastSequence reports whether the present verb at k follows قبل أن or بعد أن after a verb in the
// past in its sentence (استقبل الملك بومبيو قبل أن يلتقي الأخير ولي العهد): a step of a story
// told in the past, not a contact to come.
func (d *doc) pastSequence(k int, s span) bool {
	if k < 2 || d.bare(k-1) != "ان" || d.bare(k-2) != "قبل" && d.bare(k-2) != "بعد" {
		return false
	}
	for j := s.from; j < k-2; j++ {
		p := d.match(j)
		if p == nil || p.From != j {
			continue
		}
		if d.isCue(p, "planned") || d.isCue(p, "future") {
			return false
		}
		it, ok := p.Item(ItemTrigger)
		if ok && d.x.lx.Triggers[it.Ref].Class != "event" || !ok && d.isCue(p, "speech") {
			if w := strings.TrimPrefix(d.toks[j].Text, p.Clitic); !isPresent(w) && !strings.HasPrefix(w, "س") {
				return true
			}
		}
	}
	return false
}

// futureCueBefore reports whether a verb of the future cues (سيتوجه، سيصل) stands within eight
// words before the trigger at i, in its sentence, with no comma or other trigger between.
func (d *doc) futureCueBefore(i int, s span) bool {
	for k, words := i-2, 0; k >= s.from && words < 8; k-- {
		if !d.inMention(k) {
			words++ // (the names of the people between do not count)
		}
		if d.toks[k].Kind == Punct {
			return false
		}
		if w := strings.TrimLeft(d.toks[k].Text, "وف"); w == "لن" || w == "سوف" {
			return true // لن تنفذ أية مبادرات قبل عقد لقاء بين نتنياهو وعباس
		}
		p := d.match(k)
		if p == nil || p.From != k {
			continue
		}
		if p.Has(ItemTrigger) && p.To <= i-1 {
			// قد يلتقي بنظيره الكوري الجنوبي قبل قمته مع كيم: after a contact that may come
			w := strings.TrimLeft(d.toks[k].Text, "وف")
			return k > 0 && d.toks[k-1].Text == "قد" && isPresent(strings.TrimPrefix(w, p.Clitic)) || hasAnyPrefix(w, "سي", "ست")
		}
		if d.isCue(p, "future") {
			return true
		}
	}
	return false
}

// definiteEventNoun reports whether the trigger p at token k is a definite contact noun (الزيارة،
// القمة).
func (d *doc) definiteEventNoun(k int, p *Match) bool {
	it, ok := p.Item(ItemTrigger)
	return ok && d.x.lx.Triggers[it.Ref].Class == "event" && strings.HasPrefix(strings.TrimPrefix(d.toks[p.From].Text, p.Clitic), "ال")
}

// matchEndingAt returns the match of several words that ends right before token k, or nil.
func (d *doc) matchEndingAt(k int) *Match {
	for j := k - 2; j >= 0 && j >= k-4; j-- {
		if p := d.match(j); p != nil && p.To == k {
			return p
		}
	}
	return nil
}

// plannedCueNear reports whether a planned cue stands within four tokens before the trigger at
// i, unless a preposition of sequence stands between and the cue is a noun (جاء الإعلان عن
// الاتفاق عقب اجتماع: what was announced followed the meeting; من المقرر أن ... بعد اجتماع
// still sets the day's programme).
func (d *doc) plannedCueNear(i, to int, s span) bool {
	for k := max(s.from, i-4); k < i; k++ {
		p := d.match(k)
		if p == nil || !d.isCue(p, "planned") || d.eveOfDay(k, p) {
			continue
		}
		if d.bare(p.To-1) == "ان" || !d.wordIn(sequenceWords, p.To, i) {
			return true
		}
	}
	return false
}

// sequenceWords set one event after another: عقب، بعد، إثر.
var sequenceWords = map[string]bool{"عقب": true, "بعد": true, "اثر": true}

// inExchange reports whether the contact noun at i follows مقابل (in exchange for), with or
// without a verbal noun of holding between (مقابل عقد لقاء).
func (d *doc) inExchange(i int) bool {
	if i > 1 && lightVerbs[d.bare(i-1)] != "" {
		i--
	}
	return i > 0 && d.bare(i-1) == "مقابل"
}

// afterSequence reports whether the contact noun at i follows بعد، عقب or إثر (سيجري الغداء في
// موعده بعد اتصال هاتفي مساء الأربعاء): what comes after it may be to come while it is past.
func (d *doc) afterSequence(i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if sequenceWords[d.bare(k)] {
			return true
		}
	}
	return false
}
