package loader

import (
	"slices"
	"strings"
	"time"

	"readout"
)

// draft is one contact as the article tells it, gathered clause by clause.
type draft struct {
	c        readout.Contact
	parties  []party
	sentence int  // index of the sentence that first reported it
	bg       bool // a background contact the article mentions ("the first since ...")
	// named: a definite noun only named, with no verb, date or tense of its own (على صعيد
	// اللقاء بين كيم وترامب): the contact the article has already told, planned or not
	named bool
	// purpose: planned only as the aim of another act (توجههما إلى بيت السلام لإجراء المحادثات):
	// when the article also tells the contact as held, within its dates, it is that one
	purpose bool
	// arrived: that act was a journey already made (وصل إلى موسكو لإجراء محادثات): the contact
	// the article tells as held, even with no day, is the one it was for
	arrived bool
	// initCue: its initiator claims rest on words that say who asked (بمبادرة من، بادر), not on
	// the form of the report (أجرى X اتصالا بـY), and so outweigh such
	initCue bool
	// told: reported by a verb of contact (التقى، اتصل), not only named by a noun (خلال استضافة
	// ميركل): the article's own news, not to be taken for an earlier contact it recalls
	told bool
}

// findContacts reads the contacts of the article, clause by clause, and merges the reports of
// one contact into one.
func (d *doc) findContacts() Result {
	d.resolveDates()
	var drafts []*draft
	d.sents = d.sentences()
	var last *chain // the subject of the sentence before
	lastAt := -1    // the index of that sentence
	for si, s := range d.sents {
		d.carried = nil
		if si-lastAt == 1 {
			d.carried = last
		}
		var outer *chain
		if d.speechOpens(s) {
			outer = last // وقال في ندوة صحفية على إثر لقاء جمعه مع نظيره: he who spoke before
		}
		var speakerOf *chain // the subject of the sentence's first clause that names one
		for _, c := range d.clauses(s) {
			o := outer
			if speakerOf != nil && d.saysAlsoBefore(c) {
				// وقال كيري إنه لا حل ...، مؤكدا أن الأسد فقد الشرعية، مشيرا إلى أنه سيبحث: the
				// participle goes on with the one who spoke, not with the one he spoke of
				o = speakerOf
			}
			drafts = d.readClause(drafts, c, s, si, o)
			outer = d.subjectOf(c, outer)
			if speakerOf == nil {
				speakerOf = d.subjectOf(c, nil)
			}
		}
		if first := d.subjectOf(s, nil); first != nil {
			last, lastAt = first, si
		} else if d.stateOpens(s) {
			// وطردت بريطانيا ... وتنفي موسكو ...: a state acts now, and a later وأفادت reports
			// someone else's words, not those of the one named before
			last = nil
		}
	}
	return d.result(mergeDrafts(drafts))
}

// saysAlsoBefore reports whether clause c opens right after a participle of saying that goes on
// with the sentence's subject (مشيرا إلى أنه، مؤكدا أن، مضيفا أن).
func (d *doc) saysAlsoBefore(c span) bool {
	for k := c.from - 1; k >= 0 && k >= c.from-3; k-- {
		if sayingParticiples[d.bare(k)] {
			return true
		}
	}
	return false
}

// sayingParticiples are the accusative participles that add what the subject said.
var sayingParticiples = map[string]bool{
	"مشيرا": true, "موكدا": true, "مضيفا": true, "موضحا": true, "لافتا": true, "معربا": true, "مشددا": true,
	"معتبرا": true, "منوها": true, "مبينا": true, "مشيره": true, "موكده": true, "مضيفه": true, "موضحه": true,
}

// readClause reads one clause. Each trigger gives the two sides of a contact; triggers that
// give the same people are one report, whose status is its head trigger's (ناقشا إمكانية إجراء
// محادثات خلال مكالمة: the call happened, the talks are only possible). A clause with triggers
// but no people refers back to the contact last reported. outer is the subject of the clause
// before, in the same sentence.
func (d *doc) readClause(drafts []*draft, c, s span, si int, outer *chain) []*draft {
	trigs := d.triggers(c, s)
	if len(trigs) == 0 {
		return drafts
	}
	// the day at which titles name their holders: a month named for a contact to come is the
	// coming one (يأمل في محادثات أواخر يوليو)
	date, _, _ := d.clauseDate(c, s, trigs, nil, d.headTrigger(trigs, c).status())
	at := d.dayOf(date)
	var groups []*report
	var silent []trigger // triggers that report nothing here but still date themselves
	var lone []loneTrigger
	var unnamed []trigger // triggers of people no one names (مشاورات بين مسؤولين)
	for _, t := range trigs {
		// (a noun after بعد whose relative clause names who held it is a contact of its own:
		// بعد المحادثات التي أجراها بولتون في موسكو مع بوتين)
		if t.adjunct && !d.heldByTwo(c, t, outer) && d.relativeDoer(t) < 0 || t.group || t.topic {
			silent = append(silent, t)
			continue
		}
		subj, obj, sc := d.sides(c, t, at, drafts, outer)
		if t.class == "receive" && len(obj) == 0 && len(subj) >= 2 && sc != nil && sc.from >= t.to {
			// وفي يوم السبت استقبل ولي عهد البحرين وولي عهد أبوظبي ورئيس مجلس الوزراء القطري:
			// guests of a host the sentence does not name, who did not receive one another
			continue
		}
		if len(subj) == 0 && len(obj) > 0 && t.class == "event" && t.mode != readout.Visit && d.visitIn(c.from, t.at) {
			// ويتضمن برنامج الزيارة لقاء مع المستشارة: the visitor told of before meets them
			subj = lastVisitor(drafts, si)
		}
		if len(obj) == 0 && len(subj) > 0 && t.mode == readout.Visit {
			obj = d.inviter(c, at, subj[0].role) // زيارة بدعوة من نظيره: a visit to the one who invited
			if len(obj) == 0 && len(subj) > 1 && t.class == "event" {
				continue // زيارة نتانياهو وكوشنر: two who came to the place, not to each other
			}
		}
		if len(subj) == 0 && len(obj) > 1 && (obj[0].prep == "مع" || obj[0].prep == "ب" || (t.purpose || d.pronounComplementizer(max(0, t.at-1))) && obj[0].prep == "") {
			// (and those a pronoun met: أوضح جبريل أنه التقى نصرالله والرئيسين الإيراني والسوري)
			// (and those called to talks by someone unnamed: دعا الأمين العام وزراء خارجية مصر
			// والأردن لمباحثات)
			// أجرى السيد يتيم محادثات مع الوزير التونسي ووزير العمل الفلسطيني: those met by
			// someone the text does not let us name did not meet each other
			obj = obj[:1]
		}
		parties := unique(append(append([]party{}, subj...), obj...))
		if last := lastReported(drafts); len(parties) > 0 && d.tookPartIn(t, c) && last != nil && si-last.sentence <= 2 && last.c.Mode.Compatible(t.mode) {
			// وشارك في الاجتماع وزير الخارجية التركي هاكان فيدان: one more at the table just told
			d.addParties(last, parties, s)
			continue
		}
		if t.mode == readout.Message && len(obj) == 0 && len(subj) >= 2 && d.addressedElsewhere(t.to) {
			// السيسي وولي ولي العهد أوصلا رسالة للمتآمرين: two who sent a message to a third
			parties = nil
		}
		if !d.isContact(parties, subj, obj, t.class) {
			if len(parties) > 0 {
				lone = append(lone, loneTrigger{t, subj, obj, parties})
			} else {
				unnamed = append(unnamed, t)
			}
			continue
		}
		if g := d.verbOfNoun(groups, t, parties); g != nil {
			g.trigs = append(g.trigs, t) // يلتقي الجبير كيري ولافروف في اجتماع ثلاثي: the same meeting
			continue
		}
		groups = addReport(groups, t, subj, obj, parties)
	}
	groups = d.joinMessages(groups, lone)
	// a trigger of someone outside every contact here (وصل ري الخميس لعقد لقاءات ...) reports
	// nothing, but still claims the date beside it
	for _, l := range lone {
		if g := d.gatheredGroup(groups, l.t, c); g != nil {
			g.trigs = append(g.trigs, l.t) // اجتماع عبر الهاتف جمعهما الخميس الماضي: the verb of the noun's contact
			continue
		}
		if !slices.ContainsFunc(groups, func(g *report) bool { return g.covers(l.parties) }) {
			silent = append(silent, l.t)
		}
	}
	if len(groups) == 0 || d.onlyPairs(c) && !d.hasOwnDate(c) {
		last := lastReported(drafts)
		if st := d.headTrigger(trigs, c).status(); st == readout.Planned && last != nil && last.c.Status != st {
			// قال الكرملين إن القمة ستكون في 16 يوليو, after talks held to prepare it: the
			// contact still to come told before
			if p := lastReportedSince(drafts, last.sentence-4, func(dr *draft) bool { return dr.c.Status == readout.Planned }); p != nil {
				last = p
			}
		}
		if m := d.modeOf(trigs, c); last != nil && m != readout.Talks && m != "" && !restates(m, last.c.Mode) {
			// وذكرت الرئاسة التركية أن الاتصال استمر 45 دقيقة, after a meeting told of in
			// passing: the call told before it
			if p := lastReportedSince(drafts, last.sentence-4, func(dr *draft) bool { return restates(m, dr.c.Mode) }); p != nil {
				last = p
			}
		}
		// a clause naming no one, or only "the two sides", tells more about the contact last
		// reported
		// (but a visit named alone is the journey during which a meeting was held, not that
		// meeting: وستخرج مظاهرات على الزيارة يومي السبت, after the tea with the queen)
		if m := d.modeOf(trigs, c); (d.mentionsIn(c) == len(d.pairsIn(c)) || d.onlyPartiesOf(c, last) && !d.hasOwnDate(c) && slices.ContainsFunc(trigs, func(t trigger) bool { return t.adjunct })) && last != nil && si-last.sentence <= 4 && d.refersBack(trigs, c) &&
			!(m == readout.Visit && last.c.Mode != readout.Visit) {
			d.refine(last, c, s, d.dateNear(c, d.headTrigger(trigs, c), last.c.Status == readout.Planned), m)
		}
		return drafts
	}
	for _, g := range groups {
		rivals := slices.Clone(silent)
		if d.onlyNamed(g.trigs) {
			// اختتمت السبت مشاورات بين مسؤولين ... على صعيد اللقاء بين كيم وترمب: a contact only
			// named leaves the day to a nearer contact of people unnamed
			rivals = append(rivals, unnamed...)
		}
		for _, o := range groups {
			if o != g {
				rivals = append(rivals, o.trigs...)
			}
		}
		drafts = d.draftsOf(drafts, g, rivals, c, s, si)
	}
	return drafts
}

// draftsOf makes the contacts of one report: its head trigger's status and date, the mode of
// its triggers, one contact per visitor for a reception of several, and a background contact
// for "the first since".
func (d *doc) draftsOf(drafts []*draft, r *report, rivals []trigger, c, s span, si int) []*draft {
	sides := unique(append(append([]party{}, r.subj...), r.obj...)) // everyone the report names
	// بحث ترامب مع آبي الذي يزور واشنطن الأسبوع المقبل: Abe's visit, of the same people, tells
	// neither the tense nor the date of the talks
	if core := slices.DeleteFunc(slices.Clone(r.trigs), func(t trigger) bool { return t.about }); len(core) > 0 && len(core) < len(r.trigs) {
		for _, t := range r.trigs {
			if t.about {
				rivals = append(rivals, t)
			}
		}
		r = &report{trigs: core, subj: r.subj, obj: r.obj, key: r.key}
	}
	head := d.headTrigger(r.trigs, c)
	mode, status := d.modeOf(r.trigs, c), head.status()
	if sameStatus := slices.DeleteFunc(slices.Clone(r.trigs), func(t trigger) bool { return t.status() != status }); mode == readout.Meeting && len(sameStatus) > 0 {
		// تحدثا هاتفيا وناقشا ترتيب اجتماعات إضافية: a call, whose meetings to come are only
		// its topic and tell no mode of its own
		if m := d.modeOf(sameStatus, c); m == readout.Phone || m == readout.Video {
			mode = m
		}
	}
	if mode == readout.Visit && slices.ContainsFunc(r.obj, func(p party) bool { return p.prep == "" && d.visitedPerson(p, r.subj) }) {
		mode = readout.Meeting // زار الرئيس المصري نظيره الروسي: a visit to a person is a meeting
	}
	if mode == readout.Talks && d.visitIn(c.from, head.at) && d.wordIn(duringWords, max(c.from, head.at-3), min(c.to, head.to+1)) {
		// يقوم بزيارة لموسكو يجري خلالها مباحثات مع بوتين، بزيارة بحث خلالها: face to face
		mode = readout.Meeting
	}
	class := head.class
	for _, t := range r.trigs {
		if classRank[t.class] > classRank[class] {
			class = t.class
		}
	}
	date, since, expr := d.clauseDate(c, s, r.trigs, rivals, status)
	if status == readout.Occurred && head.present && d.pub.IsZero() && !date.IsKnown() && !d.firstLine(s) && !d.afterRelative(head.at) && !d.cueIn(s, "initiated-by") {
		status = readout.Planned // (as below, when the article has no publication day)
	}
	if status == readout.Occurred && head.present && !d.pub.IsZero() && !d.pastSequence(head.at, s) && !pastVerbOf(r.trigs) && d.chronicleDay(s) < 0 {
		// a present-tense verb dated after publication tells of a coming contact (يلتقي
		// الاثنين); undated, it does too, except in the article's first line, which is the
		// headline's present (بوتين يبحث مع ماكرون ...)
		fwd, _, _ := d.clauseDate(c, s, r.trigs, rivals, readout.Planned)
		switch {
		case !fwd.Start.IsZero() && fwd.Start.After(d.pub) && !((date.IsExact() || date.Granularity == readout.Range && !date.End.IsZero()) && fwd.Start.Sub(d.pub) > 120*24*time.Hour) &&
			!(expr != nil && expr.weekday >= 0 && d.wordIn(arrivalVerbs, max(c.from, expr.from-3), expr.from)):
			// (وصل يوم الأربعاء إلى طهران في زيارة يلتقي خلالها روحاني: the day of an arrival
			// already made, not next week's)
			// (a day months ahead that could as well be months back is a chronicle's present:
			// "- 14 أبريل: الأمير محمد بن سلمان يزور القاهرة ويلتقي بالرئيس السيسي")
			status, date = readout.Planned, fwd
		case !date.IsKnown() && !d.firstLine(s) && !d.headlineLine(s) && !d.afterRelative(head.at) && !d.cueIn(s, "initiated-by"):
			status = readout.Planned
		case (date.IsExact() || date.Granularity == readout.Range && !date.End.IsZero()) && date.Start.Equal(d.pub) && !d.headline(s) && !d.afterRelative(head.at):
			// حيث يلتقي ترامب وماكرون الثلاثاء: the day's programme (or the days of a visit
			// that begins today: في زيارة لمدة يومين يجري خلالها مباحثات)
			status = readout.Planned
			if expr != nil && expr.to <= c.from && d.reportedAt(expr) {
				// قال مسؤول أميركي الأحد إن ... عندما يلتقي كيم مع ترامب: the day of the saying
				date = readout.Date{Start: d.pub, Granularity: readout.Range}
			}
		case date.IsExact() && expr != nil && expr.weekday >= 0 && !expr.back && expr.to <= c.from && !d.headline(s) && !d.afterRelative(head.at):
			// من المقرر أن يعبر كيم الخط الفاصل صباح الجمعة، ويستقبله مون: the weekday of the
			// clause before, read forward as the present verb asks
			if d.reportedAt(expr) {
				// أفاد مسؤول، الأحد، بأن ... عندما يلتقي كيم بترامب: the day of the report
				status, date = readout.Planned, readout.Date{Start: d.pub, Granularity: readout.Range}
			} else if ahead := resolveDate(expr, d.pub, true, readout.Date{}, date.Text); ahead.IsExact() && ahead.Start.After(d.pub) {
				status, date = readout.Planned, ahead
			}
		case date.Granularity == readout.Month && !date.End.IsZero() && date.End.After(d.pub):
			status = readout.Planned // القمة التي تعقد هذا الشهر: a month not over yet
		}
	}
	if !date.IsKnown() && status == readout.Occurred && d.continues(s) && !d.onlyNamed(r.trigs) && !head.about {
		// (not a contact told of someone in passing: بومبيو الذي التقى كيم مرتين)
		// واستقبل ... after a sentence that dated the same kind of contact: the same day
		if pd, ok := d.previousDate(drafts, si, head.mode, sides); ok {
			date = pd
		}
	}
	if !date.IsKnown() && status == readout.Occurred && expr != nil && expr.hasRel && expr.relative == sameDayCode {
		// وفي وقت لاحق من اليوم نفسه، اجتمع بومبيو مع نظيره: the day of the contact told
		// before with one of the same people, not of whatever date the text gave last
		if pd, ok := lastDayWith(drafts, sides); ok {
			date = pd
		}
	}
	if !date.IsKnown() && status == readout.Occurred && mode == readout.Message && expr == nil && !d.wordIn(pluperfectWords, c.from, head.at) {
		// استقبل الأمير اليوم وزير الخارجية الإيراني، الذي سلمه رسالة من روحاني: handed over
		// at the meeting, on its day
		if md, ok := meetingDay(drafts, si, sides, d.continues(s)); ok {
			date = md
		}
	}
	if !date.IsKnown() && status == readout.Occurred && head.class == "receive" && (d.guestFirst(head) || arrivedBefore(drafts, si, sides)) {
		// وصل الملك حمد اليوم إلى الرياض. وكان في مقدمة مستقبليه الملك سلمان; وصل بومبيو
		// الثلاثاء للقاء الملك. واستقبل الجبير بومبيو بالمطار: received on the day he arrived
		if ad, ok := d.arrivalDay(si); ok {
			date = ad
		}
	}
	if !date.IsKnown() && status != readout.Denied && d.duringOwnVisit(c, head) {
		// زيارته الرسمية المقررة الجمعة 13 تموز ... ومن المنتظر أن يلتقي ترامب خلال زيارته
		// بالملكة: the day of the visit
		if vd, ok := d.visitDay(si, sides, status); ok {
			date = vd
		}
	}
	if !date.IsKnown() && status == readout.Occurred {
		// وقال ماكرون للصحفيين بعد اجتماع مع ...: the day the lede has him say it
		if ld, ok := d.ledeDay(s, head, r.subj); ok {
			date = ld
		}
	}
	if status == readout.Planned && expr == nil && !d.pub.IsZero() && d.hoursBefore(head.at) && !d.wordIn(pluperfectWords, c.from, head.at) {
		// وذلك قبل ساعات من لقاء نتنياهو بترامب في واشنطن: the meeting of the day of the news
		// (but وكان قد أدلى بتصريحات قبل ساعات من أول قمة له: hours after a day not given)
		date = readout.DayDate(d.pub, "")
	}
	if status == readout.Occurred && !date.Start.IsZero() && !d.pub.IsZero() && date.Start.After(d.pub) {
		status = readout.Planned // nothing reported as done happens after publication
	}
	if status == readout.Occurred && expr != nil && expr.season > 0 && date.Granularity == readout.Year && !d.pub.IsZero() &&
		time.Date(date.Start.Year(), time.Month(expr.season), 1, 0, 0, 0, 0, time.UTC).After(d.pub) {
		status = readout.Planned // أنباء عن قمة خلال خريف هذا العام, in July: a season not begun
	}
	// (nor when the day is another verb's: لعقد اللقاء بعدما انسحب ترمب، الثلاثاء الماضي)
	if status == readout.Planned && head.purpose && head.class != "invite" && expr != nil && expr.back && expr.from >= head.to &&
		d.distance(expr, r.trigs) <= 5 && !d.wordIn(clauseOpeners, head.to, expr.from) && date.IsKnown() && !date.End.IsZero() && !d.pub.IsZero() && date.End.Before(d.pub) {
		// (but للقاء السفير بجونسون لمناقشة التحقيقات في واقعة تسميم سكريبال مطلع آذار الماضي:
		// a month further on dates the poisoning)
		// مهدت الطريق للقاء التاريخي بين كيم وترامب في حزيران الماضي: the purpose was met
		status = readout.Occurred
	}
	if status == readout.Planned && expr != nil && expr.earlier {
		// وافق في وقت سابق هذا الشهر على عقد قمة: the time of the assent; the summit comes after
		date = readout.Date{}
		if !d.pub.IsZero() {
			date = readout.Date{Start: d.pub, Granularity: readout.Range}
		}
	}
	if status == readout.Planned && date.IsKnown() && !date.End.IsZero() && !d.pub.IsZero() && date.End.Before(d.pub) {
		// a contact still to come on a day already past is dated by another event of the
		// clause (وصل أمس لإجراء محادثات: the arrival): it comes on or after that day; a date
		// long past (الاتفاق النووي المبرم عام 2015) says nothing of it, and publication does
		from := date.Start
		if d.pub.Sub(date.End) > 45*24*time.Hour {
			from = d.pub
		}
		date = readout.Date{Start: from, Granularity: readout.Range, Text: date.Text}
	}
	splitClass := class
	if (class == "call" || slices.ContainsFunc(r.trigs, d.plural) || d.eachOf(r.obj)) && len(r.subj) == 1 {
		// أجرت اتصالات هاتفية مع X وY، اتصل بـX وY: a call with each (but two callers
		// together with two others, أجريا اتصالا مع زعيمي روسيا وأوكرانيا, are on one line)
		splitClass = "each"
	}
	if splitClass == "event" && head.purpose && mode == readout.Meeting {
		splitClass = "meet" // وصل للقاء الملك وولي العهد: to meet each, as التقى الملك وولي العهد
	}
	if slices.ContainsFunc(r.trigs, func(t trigger) bool { return t.together }) || class == "meet" && d.oneTable(r.trigs, c) ||
		d.multilateralIn(c.from, c.to) && len(r.subj)+len(r.obj) >= 3 {
		// (اللقاء الثلاثي الذي جمع الجبير بلافروف وكيري: one meeting of the three)
		splitClass = "" // لقاء جمعه مع X وY: one meeting of them all
	}
	summit := d.onlySummits(r.trigs)
	named := status == readout.Occurred && !date.IsKnown() && d.onlyNamed(r.trigs) && d.onlyMentioned(r.trigs, c)
	// an invitation's aim is the invitee's, still to come (دعا ترامب بوتين لزيارة واشنطن، after
	// their summit in Helsinki): no contact held in the article answers it
	purpose := status == readout.Planned && !slices.ContainsFunc(r.trigs, func(t trigger) bool { return !t.purpose || t.class == "invite" })
	one, each := r.subj, r.obj
	if slices.ContainsFunc(r.trigs, d.bilateral) && len(r.obj) == 1 && len(r.subj) > 1 {
		// وسيجريان لقاءات ثنائية مع روحاني قبل القمة الثلاثية: each of the two with him
		one, each, splitClass = r.obj, r.subj, "each"
	} else if splitClass == class && slices.ContainsFunc(r.trigs, d.plural) && len(r.obj) == 1 && len(r.subj) > 1 && oneState(r.subj) == "" {
		// وخلال اتصالات هاتفية مع إردوغان دعا بوتين وماي: a call of each with the one (but
		// بعث الملك ونائبه برقيتين: one state's two, together)
		one, each, splitClass = r.obj, r.subj, "each"
	}
	for _, group := range split(one, each, splitClass) {
		if last := lastMessage(drafts, si); mode == readout.Message && d.refersBack(r.trigs, c) && last != nil && sharesParty(last.parties, group) {
			// وقام بتسليم الرسالة إلى سموه وزير الخارجية المصري: the message told before, and
			// the one who carried it
			d.addParties(last, group, s)
			continue
		}
		if summit {
			// قال بومبيو إن القمة مع كيم ...: a summit is of leaders, not of whoever speaks of it
			group = slices.DeleteFunc(group, func(p party) bool { return p.role != "" && !heads[p.role] })
		}
		if !d.isContact(group, group, nil, "") || slices.ContainsFunc(group, func(p party) bool { return d.outOfOffice(p, date) }) {
			continue // one of several met, of the host's own state; a former president
		}
		d.refreshRoles(group, d.dayOf(date))
		d.matchRoles(group, d.dayOf(date))
		dr := &draft{sentence: si, parties: group, named: named, purpose: purpose, arrived: purpose && d.wordIn(arrivalVerbs, c.from, head.at),
			bg: status == readout.Occurred && (d.toldAsLast(c, r.trigs) || d.toldAsEarlier(c, head, date)), told: head.class != "event" && !receptionNouns[d.bare(head.at)] && !d.afterTimePreposition(head.at)}
		dr.c = readout.Contact{Mode: mode, Status: status, Date: date}
		for _, p := range group {
			dr.c.Participants = append(dr.c.Participants, readout.Participant{Entity: p.entity, Role: p.role, Country: p.country})
		}
		dr.c.SortParticipants()
		d.details(dr, c, s, class, group, r.subj, head.at, r.trigs)
		drafts = append(drafts, dr)
		if since.IsKnown() && d.firstSince(c) {
			sinceDate := since
			dr.c.FirstSince = &sinceDate
			if then, ok := d.holdersAt(group, since); ok {
				bg := &draft{sentence: si, parties: then, bg: true}
				bg.c = readout.Contact{Mode: d.sinceMode(c, mode), Status: readout.Occurred, Date: since, Sources: dr.c.Sources}
				for _, p := range then {
					bg.c.Participants = append(bg.c.Participants, readout.Participant{Entity: p.entity, Role: p.role, Country: p.country})
				}
				bg.c.SortParticipants()
				drafts = append(drafts, bg)
			}
		}
	}
	return drafts
}

// sinceMode returns the mode of the contact named after منذ in clause c (أول اتصال بينهما منذ
// لقائهما في نوفمبر: a meeting), or mode, that of the contact reported, when none is named.
func (d *doc) sinceMode(c span, mode readout.Mode) readout.Mode {
	for k := c.from; k < c.to; k++ {
		if p := d.match(k); p != nil && p.From == k && d.boundsSince(k) {
			if it, ok := p.Item(ItemTrigger); ok {
				return d.x.lx.Triggers[it.Ref].Mode
			}
		}
	}
	return mode
}

// lastMessage returns the last message reported in the two sentences up to si, or nil.
func lastMessage(drafts []*draft, si int) *draft {
	for i := len(drafts) - 1; i >= 0 && si-drafts[i].sentence <= 2; i-- {
		if dr := drafts[i]; !dr.bg && dr.c.Mode == readout.Message {
			return dr
		}
	}
	return nil
}

// bilateral reports whether trigger t is called bilateral (لقاءات ثنائية، اجتماعا ثنائيا): two
// sides only, whatever the clause says of a summit of more.
func (d *doc) bilateral(t trigger) bool {
	return t.to < len(d.toks) && bilateralWords[d.bare(t.to)] || t.to-t.at > 1 && bilateralWords[d.bare(t.to-1)]
}

// bilateralWords call a contact one of two sides.
var bilateralWords = map[string]bool{"ثنايي": true, "ثناييه": true, "ثناييا": true, "الثنايي": true, "الثناييه": true, "ثناييين": true}

// lastVisitor returns the one who makes the last visit told in the two sentences before si (its
// party with no preposition: زيارة X إلى Y بدعوة من Z), or none.
func lastVisitor(drafts []*draft, si int) []party {
	for i := len(drafts) - 1; i >= 0 && si-drafts[i].sentence <= 2; i-- {
		if dr := drafts[i]; !dr.bg && dr.c.Mode == readout.Visit {
			var out []party
			for _, p := range dr.parties {
				if p.prep == "" {
					out = append(out, p)
				}
			}
			if len(out) == 1 {
				return out
			}
			return nil
		}
	}
	return nil
}

// addParties adds to contact dr those of group it does not have yet (the one who carried a
// message, one who took part in a meeting), and the sentence s as a source.
func (d *doc) addParties(dr *draft, group []party, s span) {
	for _, p := range group {
		if slices.ContainsFunc(dr.parties, func(q party) bool { return q.entity == p.entity }) {
			continue
		}
		dr.parties = append(dr.parties, p)
		dr.c.Participants = append(dr.c.Participants, readout.Participant{Entity: p.entity, Role: p.role, Country: p.country})
	}
	dr.c.SortParticipants()
	dr.c.Sources = addSource(dr.c.Sources, d.source(s))
}

// holdersAt returns the people who held the offices of ps over the whole of date: the first
// meeting of the two Korean leaders since 2007 was Moon's and Kim Jong-un's, the one of 2007 Roh's
// and Kim Jong-il's. A person in office then stays; one who was not is replaced by who was;
// when no one can be named, there is no earlier contact to tell (false).
func (d *doc) holdersAt(ps []party, date readout.Date) ([]party, bool) {
	from, to := date.Start, date.End
	if to.IsZero() {
		to = from
	}
	out := make([]party, 0, len(ps))
	for _, p := range ps {
		i, known := d.x.byID[p.entity]
		if !known || from.IsZero() || d.heldAt(i, from) && d.heldAt(i, to) {
			out = append(out, p)
			continue
		}
		a, ok1 := d.holder(p.role, p.country, from)
		b, ok2 := d.holder(p.role, p.country, to)
		if p.role == "" || !ok1 || !ok2 || a != b {
			return nil, false
		}
		// (no mention: the text names him only through his office)
		out = append(out, party{entity: d.x.people[a].ID, role: p.role, country: p.country})
	}
	return out, true
}

// heldAt reports whether gazetteer person i held any office on day t.
func (d *doc) heldAt(i int, t time.Time) bool {
	for _, pos := range d.x.people[i].Positions {
		if pos.Holds(t) {
			return true
		}
	}
	return false
}

// dayOf is the day at which a contact's people held their offices: the middle of its span, else
// its first day, else its last (on or before publication), else the publication day; zero when
// none is known.
func (d *doc) dayOf(date readout.Date) time.Time {
	switch {
	case !date.Start.IsZero() && !date.End.IsZero():
		// the middle of a year, month or span: its office holder is the one who held it the
		// longest there (رئيسة تايوان في عام 2016 is Tsai, from May, not Ma)
		return date.Start.Add(date.End.Sub(date.Start) / 2).Truncate(24 * time.Hour)
	case !date.Start.IsZero():
		return date.Start
	case !date.End.IsZero():
		return date.End
	}
	return d.pub
}

// onlySummits reports whether every trigger of ts is the noun قمة (a summit), which is held by
// heads of state or government.
func (d *doc) onlySummits(ts []trigger) bool {
	for _, t := range ts {
		if t.class != "event" || !strings.Contains(d.toks[t.at].Text, "قمه") {
			return false
		}
	}
	return len(ts) > 0
}

// namedFormer reports whether the article introduces the person e by a former title: his later
// short name (ودعا ساركوزي) is that former office holder too.
func (d *doc) namedFormer(e string) bool {
	for _, m := range d.mentions {
		if m.past {
			if p, ok := d.resolve(m, d.pub, ""); ok && p.entity == e {
				return true
			}
		}
	}
	return false
}

// outOfOffice reports whether a party named by a former title (الرئيس الفرنسي السابق
// ساركوزي) held no office on the contact's day: he acts for no state. A former president met
// while in office (الرئيس الأسبق كلينتون عام 2000) still counts, and so does a president-elect,
// whom the press reports as speaking for his coming administration.
func (d *doc) outOfOffice(p party, date readout.Date) bool {
	if p.m == nil || !p.m.past && !d.namedFormer(p.entity) {
		return false
	}
	i, ok := d.x.byID[p.entity]
	if !ok {
		// a former or late official the gazetteer lacks (رئيس الوزراء اللبناني الراحل رفيق
		// الحريري): out of office in a contact of the article's days, told undated or dated
		// within a year of publication; in one of his own days (عام 2000), in office
		return !date.IsKnown() || !d.pub.IsZero() && d.pub.Sub(d.dayOf(date)) < 365*24*time.Hour
	}
	t := d.dayOf(date)
	if t.IsZero() {
		return false
	}
	for _, pos := range d.x.people[i].Positions {
		if pos.Holds(t) {
			return false
		}
	}
	return true
}

// speechOpens reports whether a sentence opens with a verb of saying and no one after it says
// it: وقال، وأضاف، وأكد (the speaker is the subject of the sentence before).
func (d *doc) speechOpens(s span) bool {
	p := d.match(s.from)
	if p == nil || !d.isCue(p, "speech") || p.To >= s.to {
		return false
	}
	next := d.match(p.To)
	if next != nil {
		return !(next.Has(ItemPerson) || d.isOffice(next) || next.Has(ItemHonorific) ||
			next.Has(ItemPlace) || next.Has(ItemCountry) || next.Has(ItemOrg))
	}
	return !genericSpeakers[d.bare(p.To)] // وكشف مسؤولون إسرائيليون: they are the speakers
}

// genericSpeakers are the unnamed sources a verb of saying may have for subject.
var genericSpeakers = map[string]bool{
	"مسوول": true, "مسوولون": true, "مسوولين": true, "مصدر": true, "مصادر": true, "دبلوماسي": true,
	"دبلوماسيون": true, "دبلوماسيين": true, "وكاله": true, "الوكاله": true, "صحيفه": true, "الصحيفه": true,
	"بيان": true, "البيان": true, "تقرير": true, "التقرير": true, "المتحدث": true, "متحدث": true,
	"الناطق": true, "ناطق": true, "محللون": true, "خبراء": true, "مراقبون": true, "وسايل": true,
	"مكتب": true, "الرياسه": true, "الوزاره": true, "الحكومه": true, "وزاره": true, "التلفزيون": true,
	"الخارجيه": true, "الداخليه": true, "السفاره": true, "الديوان": true, "المتحدثه": true, "الناطقه": true,
	"المكتب": true, "الجيش": true, "الحركه": true, "الحزب": true, "المصادر": true, "المصدر": true,
	"قيادي": true, "قياديون": true, "قياديين": true, "عضو": true, "اعضاء": true, "ناشط": true, "ناشطون": true,
	"محلل": true, "خبير": true, "مراقب": true, "شهود": true, "سكان": true, "معارض": true, "معارضون": true,
	"مسووله": true, "دبلوماسيه": true, "مستشار": true, "مبعوثون": true, "موفدون": true,
}

// continues reports whether a sentence goes on with the same occasion as the one before: it
// opens with و on a trigger verb (واستقبل جلالته ...). كما (also) and ثم (then) add another
// occasion, whose day the text does not give.
func (d *doc) continues(s span) bool {
	w := d.toks[s.from].Text
	if !strings.HasPrefix(w, "و") || d.match(s.from) == nil || d.match(s.from).Clitic == "" || w == "وفي" {
		return false // (وفي لندن، اجتمع ...: a setting of its own)
	}
	// وفي يوم الثلاثاء استقبل ...: a sentence that opens on a day of its own tells of another
	for _, e := range d.dates {
		if e.from >= s.from && e.from < s.from+4 {
			return false
		}
	}
	return true
}

// previousDate returns the day of a contact of the same mode that the sentence before si
// reported, when the text gave that day: "استقبل جلالته اليوم الثلاثاء ... واستقبل جلالة الملك
// سفير ...". It is the day that contact was given, if it shares a person with ps (the people
// of the report that goes on), not any day the sentence names (أفادت القناة يوم الاثنين بأن
// نتانياهو زار القاهرة في 22 مايو); when that sentence named no contact, the first day it
// gives, if a day of the news and not of its background.
func (d *doc) previousDate(drafts []*draft, si int, mode readout.Mode, ps []party) (readout.Date, bool) {
	for i := len(drafts) - 1; i >= 0; i-- {
		dr := drafts[i]
		if dr.sentence < si-1 {
			break
		}
		if dr.sentence == si-1 && !dr.bg {
			// (of someone else: تُوجت بزيارة بوتين في 11 ديسمبر ... واستعرض شكري مع نظيره الروسي
			// is not of that day)
			// (nor is a contact still to come: الذي يلتقيه وليام الأربعاء. والتقى وليام نتانياهو)
			if dr.c.Mode.Compatible(mode) && dr.c.Date.IsExact() && dr.c.Date.Text != "" && sharesParty(dr.parties, ps) && dr.c.Status == readout.Occurred {
				return dr.c.Date, true
			}
			return readout.Date{}, false // it reported a contact, of another kind or day
		}
	}
	return d.sentenceDate(si, mode)
}

// pluperfectWords put an act before the time of the story (وكان روحاني قد بعث رسالة).
var pluperfectWords = map[string]bool{"قد": true, "سبق": true}

// meetingDay returns the day of the meeting held with two of ps that sentence si, or the one
// before it when si goes on with it (وسلمه رسالة), told on a day the text gave: a message whose
// carrier and addressee are the two who met was handed over there.
func meetingDay(drafts []*draft, si int, ps []party, goesOn bool) (readout.Date, bool) {
	for i := len(drafts) - 1; i >= 0; i-- {
		dr := drafts[i]
		if dr.sentence < si-1 || dr.sentence == si-1 && !goesOn {
			break
		}
		if dr.c.Mode == readout.Message {
			continue
		}
		shared := 0
		for _, p := range dr.parties {
			if slices.ContainsFunc(ps, func(q party) bool { return q.entity == p.entity }) {
				shared++
			}
		}
		if shared < 2 {
			continue
		}
		if dr.c.Status == readout.Occurred && dr.c.Date.IsExact() && dr.c.Date.Text != "" && !dr.bg {
			return dr.c.Date, true
		}
		return readout.Date{}, false
	}
	return readout.Date{}, false
}

// lastDayWith returns the day of the last contact told as held on a day the text gave, if it
// shares a person with ps.
func lastDayWith(drafts []*draft, ps []party) (readout.Date, bool) {
	for i := len(drafts) - 1; i >= 0; i-- {
		if dr := drafts[i]; dr.c.Status == readout.Occurred && dr.c.Date.IsExact() && dr.c.Date.Text != "" {
			return dr.c.Date, sharesParty(dr.parties, ps)
		}
	}
	return readout.Date{}, false
}

// sharesParty reports whether a and b have a person in common.
func sharesParty(a, b []party) bool {
	for _, p := range a {
		if slices.ContainsFunc(b, func(q party) bool { return q.entity == p.entity }) {
			return true
		}
	}
	return false
}

// sentenceDate returns the first day given in the sentence before si when that sentence has a
// trigger of the same mode but named no one (تسلم الملك اليوم أوراق اعتماد السفراء).
func (d *doc) sentenceDate(si int, mode readout.Mode) (readout.Date, bool) {
	if si == 0 {
		return readout.Date{}, false
	}
	prev := d.sents[si-1]
	if w := d.bare(prev.from); w == "كان" || w == "كانت" {
		return readout.Date{}, false // وكانت آخر زيارة له في الثالث من نوفمبر: background
	}
	same := false
	for k := prev.from; k < prev.to; k++ {
		if p := d.match(k); p != nil {
			if it, ok := p.Item(ItemTrigger); ok && d.x.lx.Triggers[it.Ref].Mode.Compatible(mode) {
				same = true
			}
		}
	}
	if !same {
		return readout.Date{}, false
	}
	var ts []trigger
	for _, c := range d.clauses(prev) {
		ts = append(ts, d.triggers(c, prev)...)
	}
	for _, r := range d.resolved {
		if r.e.from >= prev.from && r.e.from < prev.to && !r.e.since && !d.otherEvent(r.e) && r.date.IsExact() {
			if slices.ContainsFunc(ts, func(t trigger) bool { return t.status() == readout.Planned && t.to <= r.e.from && r.e.from-t.to <= 8 }) {
				// دعت السعودية إلى اجتماع يضم الإمارات والكويت والأردن الأحد: the day of the
				// meeting to come, not of the calls told next
				continue
			}
			if !d.pub.IsZero() && r.date.Start.After(d.pub) {
				continue // عن فخره بنقل السفارة في 14 مايو: a day to come is no contact's told as held
			}
			if !d.pub.IsZero() && d.pub.Sub(r.date.Start) > 7*24*time.Hour {
				// تُوجت بزيارة بوتين للقاهرة في 11 ديسمبر 2017: a day of the background, not the
				// one the news goes on with
				return readout.Date{}, false
			}
			return r.date, true
		}
	}
	return readout.Date{}, false
}

// afterRelative reports whether the present verb at token i describes rather than announces:
// after a relative pronoun (الذي يزور واشنطن), what is under way; after a superlative (أرفع
// مسؤول يلتقي كيم) or a past auxiliary (كان يلتقي، and a verb joined to its present: صار يأتي
// إليه أو يستقبله), what has happened; with an adverb of habit (يتحدث إليه بانتظام), what is done.
func (d *doc) afterRelative(i int) bool {
	if i > 0 && relativePronouns[d.toks[i-1].Text] {
		return true
	}
	// أرفع مسؤول أمريكي يلتقي كيم، أول رئيس يجتمع به: a superlative's relative clause, whose
	// present tells of what has happened; صار القذافي يستقبله، كان يلتقي: a past habit
	for k, words := i-1, 0; k >= 0 && words < 4 && k >= i-12; k-- {
		if d.inMention(k) {
			continue // وكان وزير الخارجية جون كيري يلتقي: the subject between does not count
		}
		words++
		if superlatives[d.bare(k)] || words <= 3 && pastAuxiliaries[d.bare(k)] {
			return true
		}
		if d.toks[k].Kind == Punct {
			break
		}
	}
	for k := i + 1; k < len(d.toks) && k <= i+8 && d.toks[k].Kind != Punct; k++ {
		if habitualAdverbs[d.bare(k)] || habitualHeads[d.bare(k)] && k+1 < len(d.toks) && habitualManners[d.bare(k+1)] {
			return true // يتحدث إلى ترامب بصورة دائمة على الهاتف: a habit, not a call to come
		}
	}
	if i > 1 && (d.bare(i-1) == "او" || d.bare(i-1) == "ثم") {
		// صار القذافي يأتي إليه في القاعة أو يستقبله: the habit goes on to the verb joined
		for k := i - 2; k >= 0 && k >= i-10 && d.toks[k].Kind != Punct; k-- {
			if w := d.bare(k); isPresent(w) && !d.inMention(k) {
				return d.afterRelative(k)
			}
		}
	}
	return false
}

// habitualAdverbs say a present tells what is done again and again (باستمرار، بانتظام، دائما).
var habitualAdverbs = map[string]bool{"باستمرار": true, "بانتظام": true, "دايما": true, "عاده": true}

// habitualManners say so after a head of manner (بصورة دائمة، بشكل منتظم).
var habitualManners = map[string]bool{"دايمه": true, "منتظمه": true, "مستمره": true, "دوريه": true, "دايم": true, "منتظم": true, "مستمر": true, "دوري": true}

// habitualHeads open a phrase of manner: بصورة، بشكل.
var habitualHeads = map[string]bool{"بصوره": true, "بشكل": true}

// pastAuxiliaries put the present after them in the past: كان يلتقي، صار يستقبله.
var pastAuxiliaries = map[string]bool{"كان": true, "كانت": true, "صار": true, "صارت": true, "ظل": true, "ظلت": true, "بات": true, "باتت": true, "اصبح": true, "اصبحت": true}

// superlatives open a noun whose relative clause, without a pronoun, may follow in the present.
var superlatives = map[string]bool{"اول": true, "ارفع": true, "اعلي": true, "اكبر": true, "ثاني": true, "اخر": true}

// headline reports whether sentence s is a headline: on the first line, which is short or has
// no full stop (بوتين يبحث مع ماكرون الأزمة الأوكرانية), where the present tells of the past.
func (d *doc) headline(s span) bool {
	if !d.firstLine(s) {
		return false
	}
	ln := d.lines()[0]
	if ln[1]-ln[0] <= lineLimit {
		return true
	}
	// a long first line with no stop at its end is a headline, unless sentences end within it
	// (a lede that goes on to introduce a statement: ... الشقيقين. جاء ذلك في بيان فيما يلي نصه:)
	for k := ln[0]; k < ln[1]-1; k++ {
		if d.endsSentence(k + 1) {
			return false
		}
	}
	return !d.endsSentence(ln[1])
}

// headlineLine reports whether sentence s is a line of its own with no stop at its end, in a
// run of such lines after one that ends with a stop, as the headlines of a digest are (أبرز
// الأخبار اليوم: "قايد السبسي يستقبل وزير الخارجية الإيراني"): their present is the news of the
// day, as a headline's is. (A page that drops every stop says nothing by dropping one.)
func (d *doc) headlineLine(s span) bool {
	if s.from == 0 || d.toks[s.from-1].Kind != Newline {
		return false
	}
	end := s.to
	for end < len(d.toks) && d.toks[end].Kind != Newline {
		end++
	}
	if end == s.from || d.toks[end-1].Kind == Punct {
		return false
	}
	// the nearest line before that ends in a mark, past the other headlines of the run
	for k, lines := s.from-1, 0; k >= 0 && lines < 10; k-- {
		if d.toks[k].Kind != Newline {
			continue
		}
		lines++
		if k > 0 && d.toks[k-1].Kind == Punct {
			return lineStops[d.toks[k-1].Text]
		}
	}
	return false
}

// lineStops end a line of running text or one that introduces a list (أبرز الأخبار:).
var lineStops = map[string]bool{".": true, ":": true, "!": true, "?": true}

// firstLine reports whether sentence s starts on the first line of the text.
func (d *doc) firstLine(s span) bool {
	for k := 0; k < s.from; k++ {
		if d.toks[k].Kind == Newline && k > 0 {
			return false
		}
	}
	return true
}

// classRank orders trigger classes by what they tell about the parties: who called, who sent.
var classRank = map[string]int{"called": 6, "call": 5, "invite": 5, "sent": 4, "send": 4, "receive": 3, "meet": 2, "visit": 1, "talk": 1, "event": 0}

// refersBack reports whether a clause without people speaks of a contact already reported: one
// of its triggers is definite (الاتصال), possessive (لقائه، خلالها) or after a demonstrative
// (هذه المحادثة). An indefinite noun (قمة سلام) is some other event.
func (d *doc) refersBack(trigs []trigger, c span) bool {
	for _, t := range trigs {
		if t.class == "event" || t.class == "talk" {
			w := d.toks[t.at].Text
			if p := d.match(t.at); p != nil && p.Clitic != "" {
				w = strings.TrimPrefix(w, p.Clitic)
				if strings.HasPrefix(p.Clitic, "و") && strings.HasSuffix(p.Clitic, "ل") {
					w = "ال" + w
				}
			}
			// (a possessive read on the original spelling: the fold writes قمة like قمه)
			if strings.HasPrefix(w, "ال") || d.possessive(t) || t.at > c.from && demonstratives[d.toks[t.at-1].Text] || t.class == "talk" {
				return true
			}
		}
	}
	return false
}

// dateNear returns the date of a clause that refers back to a contact only when the time
// expression stands next to the trigger (تأتي هذه المحادثة الأربعاء); a date further off is
// usually that of something else the clause mentions.
func (d *doc) dateNear(c span, t trigger, planned bool) readout.Date {
	for _, r := range d.resolved {
		if r.e.from >= c.from && r.e.from < c.to && !r.e.since && (abs(r.e.from-t.to) <= 2 || abs(t.at-r.e.to) <= 1) {
			if planned && r.e.weekday >= 0 && !r.e.ahead {
				break // سيعلن عن موعد القمة الخميس: a bare weekday, read as past, dates no contact to come
			}
			if d.cueIn(span{c.from, r.e.from}, "negation") {
				break // ولم يكن متصورا في العام الماضي عقد القمة: when it was not, not when it was
			}
			return r.date
		}
	}
	return readout.Date{Granularity: readout.Unknown}
}

// lastReported returns the last contact reported that is not a background one, or nil.
func lastReported(drafts []*draft) *draft {
	return lastReportedSince(drafts, 0, func(*draft) bool { return true })
}

// lastReportedSince returns the last contact reported from sentence from on that is not a
// background one and that keep accepts, or nil.
func lastReportedSince(drafts []*draft, from int, keep func(*draft) bool) *draft {
	for i := len(drafts) - 1; i >= 0 && drafts[i].sentence >= from; i-- {
		if !drafts[i].bg && keep(drafts[i]) {
			return drafts[i]
		}
	}
	return nil
}

// gatheredGroup returns the report whose trigger noun the verb of gathering t is the predicate
// of (اجتماع ... جمعهما), or nil.
func (d *doc) gatheredGroup(groups []*report, t trigger, c span) *report {
	if !gatherVerbs[d.bare(t.at)] {
		return nil
	}
	noun := d.gatheredNoun(t.at, c.from)
	for _, g := range groups {
		// (or a noun a medium follows: اجتماع عبر الهاتف جمعهما)
		if noun >= 0 && triggerAt(g.trigs, noun) || slices.ContainsFunc(g.trigs, func(o trigger) bool {
			return o.class == "event" && o.to <= t.at && t.at-o.to <= 3 && !d.punctIn(o.to, t.at)
		}) {
			return g
		}
	}
	return nil
}

// pairsIn returns the duals (الرئيسان، بينهما) of a clause.
func (d *doc) pairsIn(c span) []*mention {
	var out []*mention
	for _, m := range d.mentions {
		if m.from >= c.from && m.from < c.to && m.pair {
			out = append(out, m)
		}
	}
	return out
}

// onlyPairs reports whether the only people a clause names are duals.
func (d *doc) onlyPairs(c span) bool {
	n := len(d.pairsIn(c))
	return n > 0 && n == d.mentionsIn(c)
}

// onlyPartiesOf reports whether every person clause c names is one of the parties of draft dr
// (أن أوستن شدد خلال المكالمة التي استمرت نحو ساعة: one side, speaking of the call told; the
// caller asks that the noun come after a preposition of time, خلال، في ختام، and that the clause
// name no day of its own).
func (d *doc) onlyPartiesOf(c span, dr *draft) bool {
	if dr == nil {
		return false
	}
	n := 0
	for _, m := range d.mentions {
		if m.from < c.from || m.from >= c.to || m.aside || m.pair {
			continue
		}
		p, ok := d.resolve(m, d.pub, "")
		if !ok || !slices.ContainsFunc(dr.parties, func(q party) bool { return q.entity == p.entity }) {
			return false
		}
		n++
	}
	return n > 0
}

// hasOwnDate reports whether a clause holds a time expression of its own (not after منذ).
func (d *doc) hasOwnDate(c span) bool {
	for _, r := range d.resolved {
		if r.e.from >= c.from && r.e.from < c.to && !r.e.since && !d.otherEvent(r.e) {
			return true
		}
	}
	return false
}

// mentionsIn counts the people clause c names, bystanders aside.
func (d *doc) mentionsIn(c span) int {
	n := 0
	for _, m := range d.mentions {
		if m.from >= c.from && m.from < c.to && !m.aside {
			n++
		}
	}
	return n
}

// isContact checks that the parties can have a contact: two or more, acting for at least two
// different states or organisations (a government's dealings with itself are not contacts),
// and, for talk and visit verbs, the other side joined by مع (إلى, بـ) or the subject a pair
// (بحث الجانبان، ناقش X ونظيره Y): the direct object of بحث is a topic, not a person.
func (d *doc) isContact(ps, subj, obj []party, class string) bool {
	if len(ps) < 2 {
		return false
	}
	countries := map[string]bool{}
	for _, p := range ps {
		countries[p.country] = true
	}
	if len(countries) < 2 {
		return false
	}
	if class != "talk" && class != "visit" {
		return true
	}
	if len(subj) >= 2 {
		return true
	}
	for _, p := range obj {
		switch p.prep {
		case "مع", "الي", "ب", "ل", "من":
			return true
		case "":
			if class == "visit" && d.visitedPerson(p, subj) {
				return true // كما زار الرئيس المصري نظيره الروسي: the one visited
			}
		}
	}
	return false
}

// visitedPerson reports whether party p is the direct object of a verb of visiting whose subject
// is one of subj: named right after that subject, itself right after the verb (زار X Y), or
// right after the verb when the subject stands right before it (X زار Y); not after another
// noun (زار ضريح الملك), nor the verb's own subject read as its object (قال كارتر إن من المتوقع
// أن يزور الملك سلمان الولايات المتحدة).
func (d *doc) visitedPerson(p party, subj []party) bool {
	if p.m == nil {
		return false
	}
	verbEndsAt := func(k int) int {
		for j := max(0, k-3); j < k; j++ {
			if t := d.match(j); t != nil && t.To == k {
				if it, ok := t.Item(ItemTrigger); ok && d.x.lx.Triggers[it.Ref].Mode == readout.Visit {
					return j
				}
			}
		}
		return -1
	}
	for _, s := range subj {
		if s.m == nil {
			continue
		}
		if s.m.to == p.m.from && verbEndsAt(s.m.from) >= 0 {
			return true // زار الرئيس المصري نظيره الروسي
		}
		if v := verbEndsAt(p.m.from); v >= 0 && (s.m.to == v || s.m.to == v-1 && d.bare(v-1) == "قد") {
			return true // السيسي زار نظيره الروسي، وكان السيسي قد زار نظيره الروسي
		}
	}
	return false
}

// addressedElsewhere reports whether the words at token k address something to no one named
// (للمتآمرين، إلى العالم): لـ or إلى before a word no mention covers.
func (d *doc) addressedElsewhere(k int) bool {
	if k >= len(d.toks) || d.inMention(k) {
		return false
	}
	w := d.toks[k].Text
	if w == "الي" && k+1 < len(d.toks) {
		return !d.inMention(k + 1)
	}
	return strings.HasPrefix(w, "ل") && d.toks[k].Kind == Word && len([]rune(w)) > 3
}

// firstSince reports whether the clause says the contact is the first since a date: a
// first-since cue (أول، للمرة الأولى) before منذ.
func (d *doc) firstSince(c span) bool {
	for k := c.from; k < c.to; k++ {
		if p := d.match(k); p != nil && d.isCue(p, "first-since") {
			return true
		}
	}
	return false
}

// clauseOpeners open a clause of another act inside a sentence: what they date is that act's.
var clauseOpeners = map[string]bool{"بعدما": true, "عندما": true, "حينما": true, "بينما": true, "فيما": true, "حين": true, "لما": true}

// heldByTwo reports whether a contact noun after a preposition of time follows a verb in the dual
// whose subjects are named together before it (الملك وأوباما أكدا خلال الاتصال، إنه والملك
// سلمان أكدا خلال المحادثات): the noun is their own contact, whether or not told before.
func (d *doc) heldByTwo(c span, t trigger, outer *chain) bool {
	v := -1
	for k := t.at - 1; k >= c.from && k >= t.at-3; k-- {
		if p := d.match(k); p != nil && d.isCue(p, "adjunct") && p.To == t.at {
			v = p.From - 1
			break
		}
	}
	if v < c.from || d.inMention(v) || d.toks[v].Kind != Word {
		return false
	}
	if w := d.toks[v].Text; !strings.HasSuffix(w, "ا") || len([]rune(w)) < 4 {
		return false // (a verb in the dual: أكدا، بحثا، ناقشا)
	}
	cs := d.chains(c)
	for i := len(cs) - 1; i >= 0; i-- {
		if cs[i].to > v {
			continue
		}
		if cs[i].prep != "" {
			return false
		}
		return len(cs[i].ms) >= 2 || outer != nil && d.andAfterPronoun(cs[i].from)
	}
	return false
}

// stateOpens reports whether sentence s opens with a verb whose subject is a state or its
// capital (وطردت بريطانيا، وتنفي موسكو).
func (d *doc) stateOpens(s span) bool {
	return s.to-s.from > 2 && d.toks[s.from].Kind == Word && !d.inMention(s.from) && d.stateAt(s.from+1)
}

// pastVerbOf reports whether a verb in the past (التقى، استقبل) reports the same people as a
// present one: a headline run into its lede (أمير قطر يلتقي وزير الخارجية الأمريكي التقى
// الشيخ تميم اليوم ...) tells what happened.
func pastVerbOf(ts []trigger) bool {
	return slices.ContainsFunc(ts, func(t trigger) bool {
		return t.class != "event" && !t.present && !t.planned && !t.purpose && !t.denied
	})
}
