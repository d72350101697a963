package loader

import (
	"slices"
	"strings"

	"readout"
)

// trigger is a trigger phrase found in a clause.
type trigger struct {
	at      int // token
	to      int
	mode    readout.Mode
	class   string
	planned bool
	denied  bool
	present bool // a present-tense verb (يلتقي): news uses it for coming contacts and headlines
	purpose bool // after لـ (لإجراء محادثات، للقاء): the purpose of another act
	adjunct bool // a definite noun after a preposition of time (خلال اللقاء): refers back
	group   bool // a gathering of many states (قمة مجموعة السبع): reports no contact of its own
	// about: a verb in a relative clause about a person (آبي الذي يزور واشنطن الأسبوع المقبل):
	// it tells of that person's own doings, not of the contact the clause reports; or a contact
	// after منذ, which bounds the one reported
	about bool
	// gather: a verb whose subject is the contact itself (قمة تجمع X بـY، لقاء جمع X وY) and
	// with no pronoun of someone named before: its people all follow it
	gather bool
	// together: a verb of gathering of any form (جمعته مع X وY): the people met together
	together bool
	// held: a noun with a verb that holds it (عقد لقاء، القمة التي ستعقد): it is reported as
	// an act, not only named
	held bool
	// relative: the relative pronoun after a person that opens the clause of the trigger
	// (غوتيريش الذي أجرى اجتماعا): that person is its subject; 0 when none
	relative int
	// topic: a noun that is what people talked about (تناول ترامب وماي القمة المرتقبة), not
	// how they talked
	topic bool
	// pronoun: a verb with an object pronoun (استقبله، التقاها): the object is someone named
	// before
	pronoun bool
	// genitive: an indefinite noun after a preposition of time (قبل لقاء X و Y): when people
	// follow it in the genitive, they are its parties, whoever the sentence's subject is
	genitive bool
}

// boundsSince reports whether the trigger at i follows منذ, or منذ آخر/أول (منذ قمة هلسنكي، منذ
// آخر اتصال بينهما): the contact that bounds another.
func (d *doc) boundsSince(i int) bool {
	if i > 0 && d.bare(i-1) == "منذ" {
		return true
	}
	return i > 1 && d.bare(i-2) == "منذ" && (d.bare(i-1) == "اخر" || d.bare(i-1) == "اول")
}

// status is what the trigger alone says of the contact.
func (t trigger) status() readout.Status {
	switch {
	case t.denied:
		return readout.Denied
	case t.planned:
		return readout.Planned
	}
	return readout.Occurred
}

// headTrigger is the trigger that carries the triggers ts of clause c: its first verb that is
// not a purpose (لإجراء محادثات), or else its first trigger. A purpose told beside a journey
// already made, with a non-purpose trigger of its own (زار الصين لإجراء محادثات مع شي، إحداها
// زيارة سرية), gives way to that one: the aim was met there (but after an arrival, وصل الأحد
// ليلتقي ترامب, the meeting still came after it).
func (d *doc) headTrigger(ts []trigger, c span) trigger {
	for _, t := range ts {
		if t.class != "event" && !t.purpose {
			return t
		}
	}
	head := ts[0]
	if i := slices.IndexFunc(ts, func(t trigger) bool { return !t.purpose && !t.present }); head.purpose && i >= 0 &&
		(!d.wordIn(arrivalVerbs, c.from, head.at) || d.wordIn(visitVerbs, c.from, head.at)) {
		return ts[i]
	}
	return head
}

// triggers returns the triggers of a clause, with the status cues around them in the sentence,
// leaving out those whose audience is the press or the public (في اتصال هاتفي مع قناة ...) and
// those a cue voids (بدلا من المحادثات، إلغاء القمة).
func (d *doc) triggers(c, s span) []trigger {
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
		if d.adverb(i, p) {
			continue
		}
		if d.jointConference(i, p) && !d.saidAt(i, s) && !d.heldInPast(i, c) {
			// قبل مؤتمر صحافي مشترك صباح الخميس: a press conference to come tells no meeting
			// yet; one said to be where something was said (قال X في مؤتمر صحفي مشترك مع Y),
			// or held (وعقد مؤتمرا صحفيا مشتركا مع نظيره), does
			i = p.To - 1
			continue
		}
		t := trigger{at: i, to: p.To, mode: tr.Mode, class: tr.Class}
		if d.audienceAfter(p.To, c.to) {
			continue
		}
		if d.cueNear(i, p.To, s, "void", 4, 0) || d.ruledOutBefore(i) || d.voidPastSubject(i, s) {
			d.setAside(p.To, min(c.to, p.To+4)) // بدلا من المحادثات مع بوتين: not a party
			if tr.Class == "event" && strings.HasPrefix(d.toks[i].Text, "ال") && d.cueNear(i, p.To, c, "called-off", 2, 0) &&
				d.wordIn(butWords, max(c.from, i-8), i) {
				// كان في طريقه للاجتماع مع كيم ... لكن الكوريين الشماليين ألغوا الاجتماع: the
				// meeting told before in the clause is the one called off (but not in سيجتمع مع
				// كيم بعد ما ألغى اللقاء: one arranged again)
				out = slices.DeleteFunc(out, func(o trigger) bool { return o.status() == readout.Planned && o.mode.Compatible(tr.Mode) })
			}
			i = p.To - 1
			continue
		}
		if d.cueNear(i, p.To, s, "offer", 2, 0) {
			i = p.To - 1 // أبدى ترامب استعداده للقاء روحاني: an offer, no contact arranged
			continue
		}
		if p.To == i+1 && d.bare(i) == "اتصالات" && !d.cueNear(i, p.To, c, "make-call", 10, 0) && !d.withSomeone(p.To) {
			// لم يكن بينهما اتصالات: contacts in general; أجرى الأمير اتصالات مع، خلال اتصالات مع
			// ترامب: calls made with someone
			i = p.To - 1
			continue
		}
		if tr.Class == "event" && tr.Mode == readout.Phone && i > 0 && d.bare(i-1) == "علي" && !strings.HasPrefix(d.toks[i].Text, "ال") {
			i = p.To - 1 // البقاء على اتصال: staying in touch, no call
			continue
		}
		if tr.Class == "event" && d.cueNear(i, p.To, s, "other-sense", 1, 0) {
			i = p.To - 1 // وزير الاتصال، وسائل الاتصال: a portfolio or a means, not a contact
			continue
		}
		stem := strings.TrimPrefix(d.toks[i].Text, p.Clitic)
		if tr.Class == "event" && interviewNouns[stem] && !d.inMention(p.To) {
			i = p.To - 1 // في مقابلة مع شبكة فوكس: an interview; لمقابلة كيم: a meeting with him
			continue
		}
		if tr.Class == "event" && tr.Mode != readout.Message && d.postponedAfter(p.To, c) {
			i = p.To - 1 // اللقاء أرجئ، القمة ألغيت: put off or called off, no contact (as تأجل before it)
			continue
		}
		if tr.Class == "talk" && p.To < len(d.toks) && d.bare(p.To) == "امام" {
			i = p.To - 1 // سيتحدث أمام منظمة الدول الأمريكية: a speech before an audience
			continue
		}
		if tr.Class == "talk" && strings.HasPrefix(stem, "اتفق") && d.agreedOnContact(p.To, c) {
			i = p.To - 1 // اتفق مع بوتين على لقاء قريب: what was agreed is the contact, still to come
			continue
		}
		if tr.Class == "talk" && strings.HasPrefix(strings.TrimLeft(stem, "يت"), "بحث") && p.To < len(d.toks) && d.toks[p.To].Text == "عن" {
			i = p.To - 1 // كيم يبحث عن مخرج: he looks for something, he holds no talks
			continue
		}
		if strings.HasSuffix(strings.TrimLeft(stem, "ي"), "قابل") && (i > 0 && d.bare(i-1) == "غير" || p.To < len(d.toks) && strings.HasPrefix(d.toks[p.To].Text, "لل")) {
			i = p.To - 1 // غير قابل للنقاش: an adjective, what can be done, not a meeting
			continue
		}
		if strings.HasPrefix(stem, "مستقبلي") && !strings.HasSuffix(d.spelledAt(i), "ه") {
			i = p.To - 1 // مقترحات مستقبلية: the adjective "future", which the fold spells as مستقبليه
			continue
		}
		if heldPronouns[stem] && d.nounModeBefore(i) != readout.Phone {
			i = p.To - 1 // محادثات أجراها مع ترامب، مؤتمر صحفي أجراه: the noun before is what he held
			continue
		}
		if tr.Class == "meet" && p.To+1 < len(d.toks) && d.toks[p.To].Text == "علي" && agreedOn[d.bare(p.To+1)] {
			i = p.To - 1 // التقيا على ضرورة الإبقاء على الاتفاق: they agreed on something, they did not meet
			continue
		}
		if tr.Class == "call" && strings.HasPrefix(stem, "هاتف") && d.phoneDevice(i) {
			i = p.To - 1 // يستخدم هاتف آيفون، عن هاتفه الذي أحبه: the device, not the verb هاتف
			continue
		}
		if tr.Class == "call" && p.To < len(d.toks) && strings.HasPrefix(d.toks[p.To].Text, "ب") && !d.inMention(p.To) && !d.stateAt(p.To) && !objectPronouns[d.toks[p.To].Text] {
			i = p.To - 1 // مجالات تتصل بالقضاء: what relates to something, not a call to someone
			continue
		}
		lv := -1
		if tr.Class == "event" {
			lv = d.lightVerbBefore(i, c)
		}
		t.present = tr.Class != "event" && isPresent(stem) || lv >= 0 && lightVerbs[d.bare(lv)] == "present"
		// من المقرر أن يعقد مون قمة مع كيم، سيعقد الرئيسان قمة: the verb that holds the noun
		// carries the status
		// (a verb in the past says it happened, whatever precedes it: وقبيل مغادرته، أجرى اتصالا)
		t.planned = lv >= 0 && (lightVerbs[d.bare(lv)] == "future" || lightVerbs[d.bare(lv)] != "past" && d.cueNear(lv, lv+1, s, "planned", 4, 0))
		t.held = lv >= 0 || p.To > i+1 && lightVerbs[d.bare(i)] != "" // أجرى محادثة هاتفية
		pastRelative := false
		if tr.Class == "event" && lv < 0 && d.futurePredicate(p.To, c) {
			t.planned = true // القمة التاريخية بين ترامب وكيم ستعقد في سنغافورة
		}
		if tr.Class == "event" && lv < 0 {
			// القمة التي تعقد بين X وY، اللقاء الذي سيجمعهما: the relative verb after it does
			// (it does not make the noun an act of its clause, held: للقمة التي جمعت X وY)
			tense, _ := d.relativeVerbAfter(p.To)
			t.present, t.planned = tense == "present", t.planned || tense == "future"
			pastRelative = tense == "past"
		}
		if t.present && i > 0 && futureNegations[d.toks[i-1].Text] || tr.Class == "event" && d.negatedAhead(i) {
			i = p.To - 1 // لن يلتقي، لن تجري أي محادثات: neither a contact nor one planned
			continue
		}
		// (the pronoun of تلقاه is the call it follows, اتصال هاتفي تلقاه منه, not a person)
		// (nor, for a host, that of a contact it follows in a relative clause: الاجتماع الذي استضافته الدول،
		// or right after it: ومحادثات السبت الطويلة استضافها الرئيس الأوغندي)
		t.pronoun = tr.Class != "event" && p.To == i+1 && len([]rune(stem)) > 4 && d.pronounAt(i) && !receivedIt[d.bare(i)] &&
			!(tr.Class == "receive" && i > 1 && relativePronouns[d.toks[i-1].Text] && !d.aboutPerson(i) && d.eventNounIn(max(0, i-4), i-1)) &&
			!(tr.Class == "receive" && strings.HasSuffix(d.toks[i].Text, "ها") && d.eventNounIn(max(0, i-4), i) && !d.mentionBetween(max(0, i-4), i))
		// صورا للقاء الذي جمع الزعيمين: a contact whose relative verb says it took place is no
		// purpose, whatever the لـ before it
		// (a message after لـ is one answered or welcomed, استجابة لرسالة الرئيس, not one to send)
		t.purpose = (strings.HasSuffix(p.Clitic, "ل") && tr.Mode != readout.Message || i > 0 && purposeMasdars[d.bare(i-1)] ||
			i > 0 && d.toks[i-1].Text == "الي" && d.invited(i, s)) && !pastRelative // دعاه إلى زيارة
		cls := tr.Class
		if d.heldAsNoun(i) {
			cls = "event" // عن عقد قمة لم يحدد موعدها: the verbal noun of holding names a contact as a noun does
		}
		t.planned = t.planned || it.Code == "future" || d.comingAt(t, cls, s) && !pastRelative
		if tr.Class == "event" && lv < 0 && !pastRelative && d.spanBefore(i) && !d.dateWithin(p.To, s.to, 8) {
			// وصدرت الاتهامات قبل ثلاثة أيام من قمة بين ترامب وبوتين: news measures what is done
			// from a contact still ahead
			t.planned = true
		}
		if t.purpose && d.invited(i, s) {
			t.planned, t.class = true, "invite" // دعاه لزيارة الرياض: the inviter asked for it
		}
		negated := d.negated(i) && !d.exceptAfter(p.To, s) // (لم يجتمعا إلا على هامش لقاءات: they met, and only there)
		if negated && !d.deniedBefore(i, s) && !d.reported(i, s) && !d.dateWithin(p.To, s.to, 8) {
			// ولم يلتق كوشنير بعباس: the story says no contact took place and no side denies one
			// (a day would make it the one expected that fell through: لم يلتق بوتين زيلينسكي الخميس)
			i = p.To - 1
			continue
		}
		t.denied = d.deniedBefore(i, s) || negated
		if t.class == "handed" {
			// سلم الرئيس دعوة من نظيره: an invitation handed over is a message; alone, or
			// extended in a call or a meeting (وجه خلال المكالمة دعوة), it is none of its own
			var future bool
			if t.class, future = d.handedClass(i, c); t.class == "" && d.carriedAfter(p.To) {
				t.class = "send" // الدعوة التي نقلها فابيوس من هولاند إلى روحاني: carried, so handed
			} else if t.class == "" {
				i = p.To - 1
				continue
			}
			t.planned = t.planned || future // سيسلم بومبيو كيم رسالة من ترامب
		}
		t.about = tr.Class != "event" && d.aboutPerson(i)
		if t.about {
			t.relative = i - 1
		} else if tr.Class == "event" && lv > 0 && d.aboutPerson(lv) {
			t.relative = lv - 1 // غوتيريش الذي أجرى مؤخرا اجتماعا مع ولي العهد
		}
		if d.boundsSince(i) {
			// نفى أن يكون ترامب تحدث مع بوتين منذ قمة ألاسكا: the summit bounds the call denied,
			// with a tense and mode of its own
			t.about = true
		}
		present := gatherPresent[strings.TrimPrefix(stem, "س")] // (سيجمع، ستجمعه: the future too)
		t.gather = gatherVerbs[stem] && !gatherObject(stem) || present
		t.together = gatherVerbs[stem] || present
		if t.together && i > 0 && depictions[d.bare(i-1)] {
			i = p.To - 1 // صورة تجمعه بولي العهد: a photograph, not a contact
			continue
		}
		if t.together {
			// مكالمة هاتفية جمعت X وY: a call, not a meeting
			if n := d.gatheredNoun(i, s.from); n >= 0 {
				nt, _ := d.match(n).Item(ItemTrigger)
				t.mode = d.x.lx.Triggers[nt.Ref].Mode
			}
		}
		if receivedIt[d.bare(i)] && !d.triggerIn(max(s.from, i-4), i) {
			i = p.To - 1 // أموال تلقاها من القذافي: what he received is no call
			continue
		}
		if t.class == "event" && i > 0 && d.toks[i-1].Text == "هامش" {
			// على هامش لقاء آسيان في سنغافورة أواخر يوليو: the gathering on whose sidelines the
			// contact happens, which shares its place and date
			i = p.To - 1
			continue
		}
		if t.class == "event" && tr.Mode == readout.Message && d.copulaMessage(i, p) {
			i = p.To - 1 // فكانت الرسالة لتميم بضرورة التعاون، كانت رسالة قوية: what an act meant
			continue
		}
		if t.class == "event" && tr.Mode == readout.Message && d.futureSend(i, c) {
			t.planned = true // سيسلم بومبيو كيم رسالة من ترامب: a message still to be handed over
		}
		if t.class == "event" {
			// قمة مجموعة السبع: a gathering, not a contact between two people; it still dates itself
			t.group = d.ofGroup(p.To)
			t.class = d.eventClass(i, c, t.mode)
			// (ووصل ترامب وكيم إلى سنغافورة مقر القمة: the summit names a place, not a contact told)
			// (or what came of one already told: لإحاطة الرئيس بنتائج اللقاء)
			t.adjunct = d.isAdjunct(i, p) && !d.ownPeopleAfter(p.To) || i > 0 && venueNouns[d.bare(i-1)] || d.spanAfter(i) && !d.peopleRightAfter(p.To) ||
				d.visitAfterSequence(i, p, out) || // بادر بالاتصال ... بعد زيارته للقنصلية في 2 أكتوبر: the visit it came after
				d.framedBefore(i, p) || // أدلى بتصريحه قبل قمة الأسبوع القادم: a frame with its own day
				d.outcomeOf(i, p) && !d.ownPeopleAfter(p.To) && !d.peopleWithin(p.To, 6)
			// (تحدث عن لقائه المرتقب مع بوتين: his own contact, with its other side)
			t.topic = d.topicOfTalks(i, p, c) && !(d.pronounAt(i) && d.ownOtherSide(p.To))
			t.genitive = !t.adjunct
		}
		out = append(out, t)
		i = p.To - 1
	}
	for k := 1; k < len(out); k++ {
		// وسيخصص ماكرون اليوم الأول من الزيارة ... مع عقد لقاء مع مودي: a contact named by the
		// verbal noun of holding (مع عقد لقاء) within a visit to come is to come too
		if t := &out[k]; t.status() == readout.Occurred && d.heldAsNoun(t.at) && out[k-1].status() == readout.Planned {
			t.planned = true
		}
		// من المقرر أن يتناول الغداء مع نظيره ومن ثم العشاء مع ولي العهد: what comes next in a
		// programme to come is to come too
		if t := &out[k]; t.status() == readout.Occurred && t.class == "event" && out[k-1].status() == readout.Planned &&
			t.at-out[k-1].to <= 8 && d.wordIn(thenWords, out[k-1].to, t.at) {
			t.planned = true
		}
		// اقترح أن تركز محادثات ترامب خلال القمة مع زعيم كوريا الشمالية: the summit in whose
		// course talks to come are held is to come too
		if t := &out[k]; t.status() == readout.Occurred && t.class == "event" && out[k-1].status() == readout.Planned &&
			t.at-out[k-1].to <= 3 && t.at > 0 && duringWords[d.bare(t.at-1)] {
			t.planned = true
		}
		// اتفق مع بوتين على لقاء قريب، في أول اجتماع بينهما: the noun set beside the contact to
		// come, with no verb of its own, names that contact again
		if t := &out[k]; t.status() == readout.Occurred && t.class == "event" && !t.held && out[k-1].class == "event" &&
			out[k-1].status() == readout.Planned && t.at-out[k-1].to <= 4 && d.besideBefore(out[k-1].to, t.at) {
			t.planned = true
		}
	}
	return out
}

// visitAfterSequence reports whether the visit noun at i follows بعد, قبل or the like, after
// another contact already read in the clause (out): the event that contact came before or
// after, not that contact.
func (d *doc) visitAfterSequence(i int, p *Match, out []trigger) bool {
	if i == 0 || len(out) == 0 || !sequenceAdjuncts[d.bare(i-1)] {
		return false
	}
	it, _ := p.Item(ItemTrigger)
	return d.x.lx.Triggers[it.Ref].Mode == readout.Visit && out[len(out)-1].mode != readout.Visit
}

// adverb reports whether the trigger at i is an adverb of the verb before it (تحدث هاتفيا):
// it makes that verb a call, and reports nothing of its own.
func (d *doc) adverb(i int, p *Match) bool {
	it, ok := p.Item(ItemTrigger)
	return ok && d.x.lx.Triggers[it.Ref].Class == "event" && d.isCue(p, "phone") && d.triggerEndsAt(i)
}

// eventClass gives a trigger noun the class of the verb before it in its clause: أجرى X
// اتصالا (call), بعث X برقية (send), تلقى X اتصالا / رسالة من Y (called, sent).
func (d *doc) eventClass(i int, c span, mode readout.Mode) string {
	words := 0 // (the long titles of the subject between do not count: أجرى الأمير محمد بن سلمان ولي ولي العهد ... اتصالا)
	for k := i - 1; k >= c.from && words < 20; k-- {
		if !d.inMention(k) {
			words++
		}
		p := d.match(k)
		if p == nil {
			if mode == readout.Message && d.futureCue(k, "make-send") {
				return "send" // سيسلم بومبيو كيم رسالة
			}
			continue
		}
		switch {
		case d.isCue(p, "make-call") && mode == readout.Phone:
			return "call"
		case (d.isCue(p, "make-send") || d.isCue(p, "greet")) && mode == readout.Message:
			return "send"
		case d.isCue(p, "make-receive") && mode == readout.Phone:
			return "called"
		case d.isCue(p, "make-receive") && mode == readout.Message:
			return "sent"
		}
	}
	return "event"
}

// futureSend reports whether a verb of sending in the future (سيسلم، سيبعث، سينقل) stands
// before the message noun at i in its clause.
func (d *doc) futureSend(i int, c span) bool {
	for k := i - 1; k >= c.from && k >= i-12; k-- {
		if d.futureCue(k, "make-send") {
			return true
		}
	}
	return false
}

// futureCue reports whether token k is the future (with سـ) of a one-word cue of kind.
func (d *doc) futureCue(k int, kind string) bool {
	w, ok := strings.CutPrefix(d.toks[k].Text, "س")
	if !ok {
		return false
	}
	n := d.x.phrases.root.child(w)
	return n != nil && slices.ContainsFunc(n.items, func(it Item) bool { return it.Kind == ItemCue && it.Code == kind })
}

// handedClass gives a message noun that needs a carrier its class: "send" after a verb of
// handing over (سلم، نقل، حمل), "sent" after one of receiving (تسلم، تلقى), "" otherwise; and
// whether the verb is in the future (سيسلم).
func (d *doc) handedClass(i int, c span) (string, bool) {
	words := 0 // the names of people between do not count
	for k := i - 1; k >= c.from && words < 12; k-- {
		if !d.inMention(k) {
			words++
		}
		w := d.toks[k].Text
		if p := d.match(k); p != nil {
			// خلال المكالمة: extended in another contact; في أثناء زيارة إلى طهران: handed over
			// during a visit, which is no contact by itself
			if it, ok := p.Item(ItemTrigger); ok && d.x.lx.Triggers[it.Ref].Class == "event" && d.x.lx.Triggers[it.Ref].Mode != readout.Visit {
				return "", false
			}
			w = strings.TrimPrefix(w, p.Clitic)
		}
		switch {
		case handVerbs[w]:
			return "send", false
		case handVerbs[strings.TrimPrefix(w, "س")]:
			return "send", true
		case receiveVerbs[w]:
			return "sent", false
		case receiveVerbs[strings.TrimPrefix(w, "س")]:
			return "sent", true
		}
	}
	return "", false
}

// carriedAfter reports whether a relative verb of carrying follows the noun ending before token
// j (الدعوة الرسمية التي نقلها أمس الوزير).
func (d *doc) carriedAfter(j int) bool {
	if j < len(d.toks) && strings.HasPrefix(d.toks[j].Text, "ال") && !relativePronouns[d.toks[j].Text] {
		j++ // one adjective between
	}
	return j+1 < len(d.toks) && relativePronouns[d.toks[j].Text] && carryVerbs[d.toks[j+1].Text]
}

// jointConference reports whether the trigger at i is a joint press conference (مؤتمر صحفي
// مشترك), which tells of a meeting only as the place of a statement.
func (d *doc) jointConference(i int, p *Match) bool {
	// (مؤتمر صحفي مع نظيره: with the other side named, as joint as مشترك)
	return p.To-i >= 3 && (strings.HasPrefix(d.bare(p.To-1), "مشترك") || d.bare(p.To-1) == "مع" && strings.Contains(d.bare(i), "موتمر"))
}

// withSomeone reports whether مع or بـ and a person named follow at token k (اتصالات مع ترامب،
// اتصالات بالرئيس).
func (d *doc) withSomeone(k int) bool {
	if k+1 < len(d.toks) && d.toks[k].Text == "مع" {
		return d.inMention(k + 1)
	}
	return k < len(d.toks) && strings.HasPrefix(d.toks[k].Text, "ب") && d.inMention(k)
}

// heldInPast reports whether a light verb in the past holds the trigger noun at i (عقد مؤتمرا
// صحفيا مشتركا): its object, in the accusative or with the article or past the subject (not
// the verbal noun عقد that governs a genitive, قرر الرئيسان عقد مؤتمر صحافي).
func (d *doc) heldInPast(i int, c span) bool {
	lv := d.lightVerbBefore(i, c)
	if lv < 0 || lightVerbs[d.bare(lv)] != "past" {
		return false
	}
	w := d.bare(i)
	return strings.HasSuffix(w, "ا") || strings.HasPrefix(w, "ال") || d.mentionBetween(lv+1, i)
}

// saidAt reports whether a verb of saying in the past stands within eight tokens before the
// trigger at i in its sentence, the names and titles of people between not counting: قال
// الجبير، خلال مؤتمر صحافي مشترك مع نظيره المصري.
func (d *doc) saidAt(i int, s span) bool {
	for k, words := i-1, 0; k >= s.from && words < 8; k-- {
		if !d.inMention(k) {
			words++
		}
		if p := d.match(k); p != nil && d.isCue(p, "speech") && !isPresent(strings.TrimPrefix(d.toks[k].Text, p.Clitic)) {
			return true
		}
		if w := d.bare(k); w == "تحدث" || w == "تحدثت" {
			return true // تحدث الجبير خلال مؤتمر صحفي مع شكري: he spoke there
		}
	}
	return false
}

// heldPronouns hold the noun before them (الاتصال الذي أجراه، مكالمة أجراها): a call only when
// that noun is one.
var heldPronouns = map[string]bool{"اجراه": true, "اجرته": true, "اجراها": true, "اجراهما": true}

// nounModeBefore returns the mode of the trigger noun that ends at most two words before token
// k (a relative pronoun between), or "" when there is none.
func (d *doc) nounModeBefore(k int) readout.Mode {
	if k > 0 && relativePronouns[d.toks[k-1].Text] {
		k--
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if p := d.match(j); p != nil && p.To >= k-1 {
			if it, ok := p.Item(ItemTrigger); ok {
				return d.x.lx.Triggers[it.Ref].Mode
			}
		}
	}
	return ""
}

// objectPronouns are بـ with a pronoun: اتصل به، اتصلت بها.
var objectPronouns = map[string]bool{"به": true, "بها": true, "بهما": true, "بهم": true}

// heldAsNoun reports whether the trigger at i opens on a verb of holding read as its noun, after
// a word that governs a noun (مع عقد لقاء، بعد إجراء محادثات).
func (d *doc) heldAsNoun(i int) bool {
	return lightVerbs[d.bare(i)] != "" && i > 0 && masdarBefore[d.toks[i-1].Text]
}

// purposeMasdars hold a contact noun as the purpose of another act (وصل لإجراء محادثات، دعاه
// للقيام بزيارة).
var purposeMasdars = map[string]bool{"لاجراء": true, "لعقد": true, "للقيام": true}

// depictions show people together without their meeting: صورة تجمعه بـ، مقطع فيديو يجمعهما.
var depictions = map[string]bool{"صوره": true, "صور": true, "الصوره": true, "الصور": true, "لقطه": true, "لقطات": true, "صورا": true, "فيديو": true, "مقطع": true, "الفيديو": true}

// handVerbs hand something over; receiveVerbs take it.
var (
	handVerbs    = map[string]bool{"سلم": true, "سلمت": true, "نقل": true, "نقلت": true, "حمل": true, "حملت": true, "يسلم": true}
	receiveVerbs = map[string]bool{"تسلم": true, "تسلمت": true, "تلقي": true, "تلقت": true, "يتسلم": true, "تلقيا": true}
)

// groupWords name the gatherings of many states: قمة مجموعة السبع، اجتماع الحلف، قمة الدول
// الصناعية السبع، قمة قادة دول الخليج.
var groupWords = map[string]bool{"حركه": true, "مجموعه": true, "الحلف": true, "حلف": true, "الاتحاد": true, "الجامعه": true, "مجلس": true, "منظمه": true,
	"الدول": true, "دول": true, "قاده": true, "زعماء": true, "العشرين": true, "السبع": true, "الثماني": true}

// ofGroup reports whether the words after a trigger noun name a gathering of many states.
func (d *doc) ofGroup(j int) bool {
	if j >= len(d.toks) {
		return false
	}
	if p := d.match(j); p != nil && p.Has(ItemOrg) && p.Clitic == "" {
		return true
	}
	if w := d.toks[j].Text; (w == "وزراء" || w == "رؤساء") && j+2 < len(d.toks) {
		// اجتماع وزراء خارجية دول الجوار: the ministers of a group of states (but وزراء خارجية
		// بريطانيا وفرنسا: of states named, whom the plural title names)
		return groupWords[d.toks[j+1].Text] || groupWords[d.toks[j+2].Text]
	}
	return groupWords[d.toks[j].Text]
}

// afterTimePreposition reports whether a preposition of time stands right before token i.
func (d *doc) afterTimePreposition(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if q := d.match(k); q != nil && d.isCue(q, "adjunct") && q.To == i {
			return true
		}
	}
	return false
}

// isAdjunct reports whether a trigger noun is definite and follows a preposition of time (خلال
// اللقاء، في ختام الاتصال): it dates something else by a contact already reported.
func (d *doc) isAdjunct(i int, p *Match) bool {
	w := strings.TrimPrefix(d.toks[i].Text, p.Clitic)
	if !strings.HasPrefix(w, "ال") && !strings.HasSuffix(p.Clitic, "ل") {
		return false
	}
	j := p.To
	if j+1 < len(d.toks) && strings.HasPrefix(d.toks[j].Text, "ال") && !d.inMention(j) && !relativePronouns[d.toks[j].Text] {
		j++ // قبل القمة المرتقبة بين ترامب وكيم: one adjective between
	}
	if j < len(d.toks) && (d.toks[j].Text == "مع" || d.toks[j].Text == "بين" || d.toks[j].Text == "بينهما") {
		return false // بعد الاجتماع مع ميركل، قبل بدء اللقاء بينهما: the meeting is reported here
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if q := d.match(k); q != nil && d.isCue(q, "adjunct") && q.To == i {
			return true
		}
	}
	return false
}

// ownOtherSide reports whether, within the two words after token j (an adjective may stand
// between), someone is named after مع or بين, or with بـ: the other side of a contact noun.
func (d *doc) ownOtherSide(j int) bool {
	for k := j; k < len(d.toks) && k <= j+2; k++ {
		if d.toks[k].Kind == Punct {
			return false
		}
		if w := d.toks[k].Text; (w == "مع" || w == "بين") && d.inMention(k+1) {
			return true
		}
		if m := d.mentionStarting(k); m != nil && (m.prep == "مع" || m.prep == "ب") {
			return true
		}
	}
	return false
}

// topicOfTalks reports whether the trigger noun at i is the object of a verb of talks before it
// in the clause, after the people who talked (ناقش X مع Y القمة المقبلة، بحثا حول الاجتماع):
// what they talked about. A noun after في or خلال is how or when they talked (بحثا في اتصال
// هاتفي), as is an adverb (بحث X هاتفيا مع Y), and one right after the verb (تناول اللقاء ...)
// its subject.
func (d *doc) topicOfTalks(i int, p *Match, c span) bool {
	if hasAnyPrefix(strings.TrimPrefix(p.Clitic, "و"), "ب", "ل", "ك") || i == 0 || mediumPrepositions[d.toks[i-1].Text] ||
		d.isCue(p, "phone") || d.isCue(p, "video") {
		return false
	}
	// محادثات مع آبي، بشأن الاجتماع المرتقب، ليجري محادثات مع نظيره، تتناول القمة: a noun of
	// contact after a preposition of topic or a verb of taking up, with a contact told before
	// it in the clause, is what that one was about
	about := topicPrepositions[d.bare(i-1)] || takeUpVerbs[d.bare(i-1)]
	people := false
	for k := i - 1; k >= c.from && k >= i-15; k-- {
		if d.toks[k].Kind == Punct && !(about && d.toks[k].Text == ",") {
			return false
		}
		people = people || d.inMention(k)
		if q := d.match(k); q != nil {
			if it, ok := q.Item(ItemTrigger); ok {
				return people && (d.x.lx.Triggers[it.Ref].Class == "talk" || about) && q.To <= i
			}
		}
	}
	return false
}

// takeUpVerbs say what talks take up (تتناول القمة، تطرقت إلى): their object is a topic.
var takeUpVerbs = map[string]bool{"تتناول": true, "يتناول": true, "تناولت": true, "تتطرق": true, "يتطرق": true, "تطرقت": true, "تركز": true, "تركزت": true}

// receivedIt are the forms of تلقى with an object pronoun, a call only when a noun of contact
// stands just before them (الاتصال الذي تلقاه).
var receivedIt = map[string]bool{"تلقاه": true, "تلقته": true, "تلقاها": true}

// spanAfter reports whether the contact noun at i is what another event is measured from (بعد
// يومين من المحادثات في بيونغيانغ، قبل ساعات من القمة): a frame, whose people and day are
// its own.
func (d *doc) spanAfter(i int) bool {
	return d.spanFrom(i) != ""
}

// spanBefore reports whether the contact noun at i is what another event came some time before
// (قبل ثلاثة أيام من قمة، قبيل ساعات من اللقاء).
func (d *doc) spanBefore(i int) bool {
	w := d.spanFrom(i)
	return w == "قبل" || w == "قبيل"
}

// hoursBefore reports whether the contact noun at i is what something came hours before (قبل
// ساعات من لقائه بترامب): a contact of the day of the news.
func (d *doc) hoursBefore(i int) bool {
	if !d.spanBefore(i) {
		return false
	}
	if d.bare(i-1) == "اول" {
		i--
	}
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		if w := d.bare(k); w == "ساعات" || w == "ساعه" || w == "ساعتين" || w == "دقايق" {
			return true
		}
	}
	return false
}

// spanFrom returns the preposition (بعد، قبل، قبيل) of a span of time that the contact noun at i
// closes (بعد يومين من المحادثات), or "".
func (d *doc) spanFrom(i int) string {
	if i > 3 && d.bare(i-1) == "اول" {
		i-- // قبل ساعات من أول قمة له مع بوتين
	}
	for i > 1 && d.inMention(i-1) {
		i-- // قبل أسبوع من عقد ترامب أول قمة له: the one who holds it
	}
	if i > 3 && holdingMasdars[d.bare(i-1)] {
		i--
	}
	if i < 3 || d.toks[i-1].Text != "من" {
		return ""
	}
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		if w := d.bare(k); w == "بعد" || w == "قبل" || w == "قبيل" {
			if k < i-2 {
				return w
			}
			return ""
		}
		if !spanWords[d.bare(k)] {
			return ""
		}
	}
	return ""
}

// postponedAfter reports whether a verb of putting off or calling off follows a contact noun
// ending before token j, past an adjective and its people (اللقاء أرجئ، القمة المقررة بين
// الرئيسين ألغيت).
func (d *doc) postponedAfter(j int, c span) bool {
	words := 0 // (an adjective between: القمة المقررة ألغيت)
	for k := j; k < c.to && k < j+20; k++ {
		switch {
		case d.calledOffAt(k):
			return true
		case d.inMention(k) || d.toks[k].Text == "بين" || d.toks[k].Text == ",":
			// the people of the noun between (اللقاء بين عباس ونتنياهو أرجئ)
		case d.toks[k].Kind == Word && words < 1 && strings.HasPrefix(d.toks[k].Text, "ال"):
			words++
		default:
			return false
		}
	}
	return false
}

// butWords set what follows against what came before: لكن.
var butWords = map[string]bool{"لكن": true, "ولكن": true, "لكنه": true, "لكنها": true, "لكنهم": true}

// calledOffAt reports whether a verb of putting off or calling off starts at token k.
func (d *doc) calledOffAt(k int) bool {
	p := d.match(k)
	return p != nil && p.From == k && d.isCue(p, "called-off")
}

// agreedOnContact reports whether على and a noun of contact (or of holding one: على عقد قمة)
// follow token j within clause c, past the one agreed with: اتفق مع الرئيس الروسي على لقاء.
func (d *doc) agreedOnContact(j int, c span) bool {
	for k := j; k+1 < c.to && k < j+10; k++ {
		if d.bare(k) != "علي" {
			continue
		}
		n := k + 1
		if holdingMasdars[d.bare(n)] && n+1 < c.to {
			n++
		}
		return d.eventNounIn(n, n+1)
	}
	return false
}

// besideBefore reports whether tokens [from, to) between two contact nouns are at most an
// adjective, a comma, في and أول (لقاء قريب، في أول اجتماع): the second restates the first.
func (d *doc) besideBefore(from, to int) bool {
	comma := false
	for k := from; k < to; k++ {
		switch w := d.bare(k); {
		case w == ",":
			comma = true
		case w == "في" || w == "اول":
		case k == from && d.toks[k].Kind == Word && !d.inMention(k) && !d.triggerIn(k, k+1):
		default:
			return false
		}
	}
	return comma
}

// holdingMasdars are the verbal nouns of holding a contact that may stand between a span and
// the contact noun: قبل أسبوع من عقد القمة.
var holdingMasdars = map[string]bool{"عقد": true, "انعقاد": true, "اجراء": true}

// peopleRightAfter reports whether someone is named within the six words after token j, or بين
// or مع opens there, before any punctuation (قمة تاريخية ستعقد الجمعة بين مون وكيم): a contact
// with its own people.
func (d *doc) peopleRightAfter(j int) bool {
	for k := j; k < len(d.toks) && k < j+6; k++ {
		if d.inMention(k) || d.toks[k].Text == "بين" || d.toks[k].Text == "مع" {
			return true
		}
		if d.toks[k].Kind == Punct {
			return false
		}
	}
	return false
}

// spanWords measure the time between two events: يومين، أيام، ساعات قليلة.
var spanWords = map[string]bool{
	"يوم": true, "يومين": true, "ايام": true, "ساعه": true, "ساعتين": true, "ساعات": true,
	"اسبوع": true, "اسبوعين": true, "اسابيع": true, "شهر": true, "شهرين": true, "اشهر": true,
	"دقايق": true, "قليله": true, "قليلا": true, "معدوده": true, "ثلاثه": true, "عده": true,
}

// thenWords go on to the next step of a sequence (ومن ثم، ثم).
var thenWords = map[string]bool{"ثم": true}

// interviewNouns name a meeting only when the one met follows at once (لمقابلة الملك سلمان،
// سعادته بمقابلة رئيس الجمهورية); otherwise they are an interview given to the press.
var interviewNouns = map[string]bool{"مقابله": true}

// venueNouns name where something happens (مقر القمة، مكان اللقاء).
var venueNouns = map[string]bool{"مقر": true, "مكان": true, "موقع": true, "قاعه": true}

// mediumPrepositions put a contact noun as the way or the time of talks: في اتصال، خلال اللقاء.
var mediumPrepositions = map[string]bool{"في": true, "خلال": true, "اثناء": true, "عبر": true, "عقب": true, "بعد": true, "قبل": true, "لدي": true, "هامش": true}

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
	if j+1 < end && (d.toks[j].Text == "ل" || d.toks[j].Text == "مع") && d.toks[j+1].Text == "\"" {
		return true // في اتصال هاتفي لـ«الشرق الأوسط»: an outlet, whose name is quoted as people's are not
	}
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
// after tokens after it, inside span c.
func (d *doc) cueNear(i, to int, c span, kind string, before, after int) bool {
	for k := max(c.from, i-before); k < min(c.to, to+after); k++ {
		if k >= i && k < to {
			continue
		}
		if p := d.match(k); p != nil && d.isCue(p, kind) && !(kind == "planned" && d.eveOfDay(k, p)) {
			return true
		}
	}
	return false
}

// eveOfDay reports whether the cue at k is عشية before a day (عشية الجمعة، عشية أمس): the
// evening of a day, not the eve of a contact to come.
func (d *doc) eveOfDay(k int, p *Match) bool {
	if d.bare(k) != "عشيه" || p.To >= len(d.toks) {
		return false
	}
	q := d.match(p.To)
	return q != nil && (q.Has(ItemWeekday) || q.Has(ItemRelative))
}

// modeOf gives the clause's mode: the most telling trigger's (a visit with talks or a
// meeting is a meeting), set to video or phone by a cue.
func (d *doc) modeOf(trigs []trigger, c span) readout.Mode {
	mode := trigs[0].mode
	visit, meet := false, false
	for _, t := range trigs {
		if t.mode.Rank() > mode.Rank() {
			mode = t.mode
		}
		visit = visit || t.mode == readout.Visit
		meet = meet || t.mode == readout.Meeting || t.mode == readout.Talks
	}
	if visit && meet && mode == readout.Visit {
		mode = readout.Meeting
	}
	if mode == readout.Talks || mode == readout.Meeting || mode == readout.Phone {
		switch {
		case d.cueNearAny(trigs, "video", 6):
			mode = readout.Video
		case mode != readout.Meeting && d.cueIn(c, "phone"):
			mode = readout.Phone
		}
	}
	return mode
}

// cueNearAny reports whether a cue of kind stands within n tokens of one of ts (اجتماع عبر
// الفيديو), not anywhere in the clause (تبادل المجاملات عن بعد، سيجلس ترامب وبوتين معا).
func (d *doc) cueNearAny(ts []trigger, kind string, n int) bool {
	isCue := func(k int) bool { p := d.match(k); return p != nil && d.isCue(p, kind) }
	for _, t := range ts {
		// the names of the people around do not count (محادثات مع نظيره الصيني شي جين بينغ عبر
		// تقنية الاتصال المرئي)
		for k, words := t.at, 0; k >= 0 && words <= n; k-- {
			if isCue(k) {
				return true
			}
			if !d.inMention(k) {
				words++
			}
		}
		for k, words := t.to, 0; k < len(d.toks) && words <= n; k++ {
			if isCue(k) {
				return true
			}
			if !d.inMention(k) {
				words++
			}
		}
	}
	return false
}

func (d *doc) cueIn(c span, kind string) bool {
	for k := c.from; k < c.to; k++ {
		if p := d.match(k); p != nil && d.isCue(p, kind) {
			return true
		}
	}
	return false
}

// setAside marks the people mentioned in tokens [from, to) as bystanders, up to a mark (تأجيل
// الزيارة، لكن الرجلين تحادثا: those past the comma are another act's).
func (d *doc) setAside(from, to int) {
	for k := from; k < to; k++ {
		if d.toks[k].Kind == Punct {
			to = k
		}
	}
	for _, m := range d.mentions {
		if m.from >= from && m.from < to {
			m.aside = true
		}
	}
}

// demonstratives point back to something already said: هذا الاتصال، هذه المحادثة.
var demonstratives = map[string]bool{"هذا": true, "هذه": true, "ذلك": true, "تلك": true, "ذاك": true, "هذين": true}

// outcomeOf reports whether the definite contact noun at i follows a noun of what came of it
// (بنتائج اللقاء، تفاصيل الاجتماع): it names a contact already told.
func (d *doc) outcomeOf(i int, p *Match) bool {
	if i == 0 || !strings.HasPrefix(strings.TrimPrefix(d.toks[i].Text, p.Clitic), "ال") {
		return false
	}
	w := d.bare(i - 1)
	return outcomeNouns[w] || outcomeNouns[strings.TrimPrefix(w, "ب")] || outcomeNouns[strings.TrimPrefix(w, "ل")]
}

// peopleWithin reports whether someone is named within n tokens after j, before any punctuation:
// نتائج اللقاء الثلاثي بين لافروف وكيري، نتائج القمة التي عقدها مع زعيم كوريا.
func (d *doc) peopleWithin(j, n int) bool {
	for k := j; k < len(d.toks) && k < j+n; k++ {
		if d.toks[k].Kind == Punct || d.toks[k].Kind == Newline {
			return false
		}
		if d.inMention(k) {
			return true
		}
	}
	return false
}

// rulingOutBefore gives the verb that rules something out (استبعد) when it governs the trigger
// noun at i, its subject aside (استبعد مسؤول إيراني لقاء روحاني وأوباما), with no comma or
// preposition of time between (استبعد الأربعاء، بعد لقائه بوتين، أن ...: what he ruled out is
// something else); -1 when there is none. The subject may be a phrase of a few words (استبعد
// مسؤول في الرئاسة الإيرانية الثلاثاء لقاء), but another contact between ends the search.
// Negated (لم يستبعد لقاء) the verb leaves the contact possible.
func (d *doc) rulingOutBefore(i int) int {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if d.toks[k].Kind == Punct || d.isAdjunctWord(k) {
			return -1
		}
		if p := d.match(k); p != nil && d.isCue(p, "rules-out") {
			return k
		} else if p != nil && p.Has(ItemTrigger) {
			return -1
		}
	}
	return -1
}

// ruledOutBefore reports whether the trigger noun at i is ruled out (استبعد لقاء).
func (d *doc) ruledOutBefore(i int) bool {
	k := d.rulingOutBefore(i)
	return k >= 0 && !d.negatedAt(k)
}

// negatedAt reports whether a negation (لم، لا، لن) stands right before token k.
func (d *doc) negatedAt(k int) bool {
	p := d.match(k - 1)
	return p != nil && d.isCue(p, "negation")
}

// isAdjunctWord reports whether a preposition of time that frames a contact (خلال، بعد، عقب)
// starts at token k.
func (d *doc) isAdjunctWord(k int) bool {
	p := d.match(k)
	return p != nil && p.From == k && d.isCue(p, "adjunct")
}

// framedBefore reports whether the contact noun at i (matched by p) follows قبل or بعد, has a
// day of its own right after it and no people after that (أدلى توسك بتصريحه قبل قمة الأسبوع
// القادم): it frames in time what was said, whoever is named before it. (A noun with a pronoun,
// قبل اجتماعه الاثنين، has its people.)
func (d *doc) framedBefore(i int, p *Match) bool {
	if i == 0 || p.To != i+1 || d.dateStarting(p.To) == nil || d.peopleWithin(p.To, 8) {
		return false
	}
	if w := d.bare(i - 1); w != "قبل" && w != "بعد" && w != "عقب" {
		return false
	}
	return !d.pronounAt(i)
}

// copulaMessage reports whether the message noun at i (matched by p) is the predicate or subject
// of كان (فكانت الرسالة لتميم بضرورة التعاون، كانت رسالة قوية): what an act meant, unless a
// relative clause or a verb of sending after it makes it a letter (كانت رسالة أرسلها، وكانت
// الرسالة التي حملها).
func (d *doc) copulaMessage(i int, p *Match) bool {
	if i == 0 || !copulas[strings.TrimLeft(d.toks[i-1].Text, "وف")] || p.To >= len(d.toks) {
		return false
	}
	next := d.toks[p.To].Text
	if relativePronouns[next] {
		return false
	}
	if q := d.match(p.To); q != nil && (q.Has(ItemTrigger) || d.isCue(q, "make-send")) {
		return false
	}
	return true
}

// copulas are the forms of كان that make a noun after them a predicate.
var copulas = map[string]bool{"كان": true, "كانت": true, "يكون": true, "تكون": true, "ستكون": true, "سيكون": true}

// voidPastSubject reports whether a void cue stands before the trigger at i with only the
// verb's subject between (ألغى وزير الاقتصاد الإيطالي جيوفاني تريا لقاء كان مقررا): the
// names of people do not count toward the cue's reach.
func (d *doc) voidPastSubject(i int, s span) bool {
	for k, words := i-1, 0; k >= s.from && words <= 1; k-- {
		if d.inMention(k) {
			continue
		}
		if p := d.match(k); p != nil && p.From == k && d.isCue(p, "void") {
			return true
		}
		words++
	}
	return false
}
