package loader

import (
	"maps"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"readout"
)

// resolvedDate is a time expression with the interval it supports (as for a contact that
// happened).
type resolvedDate struct {
	e    *dateExpr
	date readout.Date
}

// resolveDates resolves every time expression in text order, so that "the previous month" can
// lean on the date before it.
func (d *doc) resolveDates() {
	d.writingDay()
	prev := readout.Date{}
	d.resolved = make([]resolvedDate, len(d.dates))
	for i, e := range d.dates {
		r := resolveDate(e, d.pub, false, prev, d.original(e.from, e.to))
		d.resolved[i] = resolvedDate{e, r}
		if r.IsKnown() && !e.since {
			prev = r
		}
	}
	d.joinAlternatives()
	d.markChronicle()
}

// writingDay moves the publication day to the day the text calls today when it names that
// day's weekday and it is the day before (اليوم (الاثنين) in a page stamped early on Tuesday):
// every "today", "yesterday" and weekday of the text counts from the day it was written.
func (d *doc) writingDay() {
	if d.pub.IsZero() {
		return
	}
	for _, e := range d.dates {
		if e.hasRel && e.relative == 0 && e.weekday >= 0 {
			if r := resolveDayAndWeekday(0, time.Weekday(e.weekday), d.pub, ""); r.IsExact() && r.Start.Equal(d.pub.AddDate(0, 0, -1)) {
				d.pub = r.Start
			}
			return
		}
	}
}

// joinAlternatives pairs two time expressions joined by أو (الأحد أو الاثنين، في سبتمبر أو
// أكتوبر): the text names neither alone, so a contact dated by one spans both. Two weekdays
// or two days of a month joined by و (الجمعة والسبت، يومي 21 مارس و22 مارس) span both days too.
func (d *doc) joinAlternatives() {
	for i, r := range d.resolved {
		a := r.e
		k := a.to
		if k < len(d.toks) && d.toks[k].Text == "," {
			k++
		}
		second := a.to // (ليل الخميس - الجمعة: a dash may join the two days)
		if second < len(d.toks) && (d.toks[second].Text == "-" || d.toks[second].Text == "/") {
			second++
		}
		if i+1 < len(d.resolved) && d.sameKind(a, d.resolved[i+1].e) && a.weekday >= 0 && d.resolved[i+1].e.from == second &&
			(a.from > 0 && nightWords[d.bare(a.from-1)] || nightWords[d.bare(a.from)]) && (a.weekday+1)%7 == d.resolved[i+1].e.weekday {
			// ليل الاثنين الثلاثاء: the night from one day to the next, over both (and ليلة
			// السبت - الأحد names which night it is)
			b := d.resolved[i+1].e
			a.alt, b.alt = b, a
			continue
		}
		if i+1 < len(d.resolved) && a.day > 0 && d.resolved[i+1].e.day > 0 && d.resolved[i+1].e.from == a.to+1 && d.toks[a.to].Text == "-" {
			// 31 مارس - الأول من أبريل: the days from one to the other
			b := d.resolved[i+1].e
			a.alt, b.alt = b, a
			continue
		}
		if i+1 < len(d.resolved) && d.sameKind(a, d.resolved[i+1].e) &&
			(d.resolved[i+1].e.from == a.to && strings.HasPrefix(d.toks[a.to].Text, "و") || d.resolved[i+1].e.from == a.to+1 && d.toks[a.to].Text == "و") {
			// يلتقي قادة المجموعة الجمعة والسبت: over both days, as for either
			b := d.resolved[i+1].e
			a.alt, b.alt = b, a
			continue
		}
		if k+1 >= len(d.toks) || d.bare(k) != "او" {
			continue
		}
		next := k + 1 // أواخر مايو أو في أوائل يونيو: the second may repeat في and name a part
		for next < len(d.toks)-1 && (d.toks[next].Text == "في" || monthParts[d.toks[next].Text] > 0 || d.toks[next].Text == "شهر") {
			next++
		}
		if i+1 < len(d.resolved) && d.resolved[i+1].e.from == next {
			b := d.resolved[i+1].e
			a.alt, b.alt = b, a
			continue
		}
		// في سبتمبر أو أكتوبر: a bare month or weekday after أو takes the rest from the first
		if p := d.match(next); p != nil {
			b := *a
			b.from, b.to, b.alt, b.part = next, p.To, a, d.partBefore(next)
			if m, ok := p.Item(ItemMonth); ok && a.month > 0 && a.day == 0 {
				b.month = m.Ref
				a.alt = &b
			} else if w, ok := p.Item(ItemWeekday); ok && a.weekday >= 0 && a.day == 0 {
				b.weekday = w.Ref
				a.alt = &b
			}
		}
	}
}

// sameKind reports whether two time expressions are both bare weekdays (الجمعة والسبت) or both
// days of a month (21 مارس و22 مارس), which a contact dated by both spans.
func (d *doc) sameKind(a, b *dateExpr) bool {
	if a.weekday >= 0 && a.day == 0 && b.weekday >= 0 && b.day == 0 {
		return true
	}
	return a.day > 0 && b.day > 0 && a.month == b.month && a.dayTo == 0 && b.dayTo == 0 && !a.hijri && !b.hijri
}

// eitherOf widens the date read from e to the alternative e names with أو, resolved the same
// way: from the earlier start to the later end, or unknown when either side is.
func (d *doc) eitherOf(date readout.Date, e *dateExpr, planned bool) readout.Date {
	if e == nil || e.alt == nil || !date.IsKnown() {
		return date
	}
	other := resolveDate(e.alt, d.pub, planned, readout.Date{}, d.original(e.alt.from, e.alt.to))
	first, last := date, other
	if e.alt.from < e.from {
		first, last = other, date
	}
	if first.Start.IsZero() || last.End.IsZero() || last.End.Before(first.Start) {
		return readout.Date{Granularity: readout.Unknown, Text: date.Text}
	}
	return readout.Date{Start: first.Start, End: last.End, Granularity: readout.Range, Text: d.original(min(e.from, e.alt.from), max(e.to, e.alt.to))}
}

// clauseDate returns the date of the contact that the triggers mine report, the "since" date
// the clause gives, and the time expression the date was read from (nil when none). The date is the time expression nearest those triggers in the clause,
// unless another trigger (others) stands nearer to it and so claims it; failing that, the
// nearest one before the clause in the same sentence with no trigger in between (أعلن الكرملين،
// الثلاثاء، أن بوتين أجرى ...), except for a denied contact, whose frame dates the denial.
// Expressions after منذ are bounds, not the contact's date.
func (d *doc) clauseDate(c, s span, mine, others []trigger, status readout.Status) (readout.Date, readout.Date, *dateExpr) {
	best, bestDist, since := -1, 1<<30, readout.Date{}
	explicit, explicitDist := -1, 1<<30 // the nearest date to come the clause names (12 حزيران، الشهر المقبل)
	for i, r := range d.resolved {
		e := r.e
		if e.from < s.from || e.from >= s.to || d.otherEvent(e) {
			continue
		}
		inClause := e.from >= c.from && e.from < c.to
		if e.since {
			if inClause && e.sinceDate {
				since = r.date
			}
			continue
		}
		// اتصال هاتفي جرى مساء السبت: the date of that call, not of what it agreed
		bound := d.boundTrigger(e)
		if bound >= 0 && !triggerAt(mine, bound) && !triggerAt(mine, d.gatheringAfter(bound)) && !triggerIn(mine, bound, e.from) && !d.heldDuring(mine, bound) {
			// (قمة جمعته الاثنين بنظيره: the day is the verb of gathering's too; اتصال أجراه أمس
			// بالرئيس: and the verb's, when it is the one that names the people)
			continue
		}
		if inClause && d.ownedByNoun(e, mine) {
			continue // وقمة الجمعة ... ستفتح الطريق للقاء بين كيم وترامب: Friday is the summit's
		}
		if inClause && d.followedBy(e, mine) {
			continue // القمة ... في أواخر نيسان، قد يعقبها اجتماع: the meeting comes after that date
		}
		if inClause && d.reportedDayBefore(e, mine) {
			continue // ما ذكرته وسائل الإعلام، الأحد، يهدف لتعزيز موقف كيم في اجتماعه مع ترامب
		}
		if status == readout.Planned && e.hasRel && e.relative == recentlyCode && !slices.ContainsFunc(mine, func(t trigger) bool { return t.purpose }) {
			// أعلنت سول مؤخرا إمكان عقد قمة: "recently" is the saying's, a contact to come is
			// later (but زار كيم الصين في الآونة الأخيرة لإجراء محادثات: the journey's, made)
			continue
		}
		if inClause && d.ofStatement(e) {
			continue // أعلنت في بيان اليوم استعدادها لاستضافة لقاء: the day of the statement
		}
		if inClause && invitedBefore(e, mine) {
			continue // دعا ترامب بوتين في مارس لزيارة واشنطن: the day of the invitation
		}
		if inClause && bound < 0 && d.ofOtherNoun(e) {
			continue // تهنئته بفوزه بالانتخابات التي جرت في 19 مايو: the day of the elections
		}
		if inClause && d.framedElsewhere(e, mine) {
			continue // استقباله بوتين عقب انتخابه في 7 مايو: the day of the election
		}
		if inClause && status == readout.Planned && len(mine) > 0 && e.to <= mine[0].at && d.reportedAt(e) {
			continue // أعلن الكرملين الأربعاء عن عقد قمة، كشف مستشار الكرملين الخميس عن: the day of the announcement
		}
		if inClause && d.ofReason(e, mine) {
			continue // بعث برسالة اعتذار لبوتين عن إسقاط طائرة روسية في نوفمبر 2015: the downing's month
		}
		dist := d.distance(e, mine)
		switch {
		case bound >= 0:
			dist = 0
		case inClause && d.distance(e, others) < dist && !d.onSidelinesOf(mine, others):
			continue
		case inClause && len(mine) > 0 && e.from > mine[len(mine)-1].to && (d.quoteOpens(mine[len(mine)-1].to, e.from) || d.openQuote(mine[len(mine)-1].to, e.from) >= 0 && d.saidBefore(c, mine)):
			// خلال مؤتمر صحفي جمعه بنتنياهو: "نحن فخورون بافتتاح السفارة في 14 مايو"; قال عباس
			// خلال الاجتماع مع وليام "... على حدود الرابع من يونيو 1967": what is said there
			continue
		case inClause && len(mine) > 0 && e.from > mine[len(mine)-1].to && d.otherSubjectBefore(mine[len(mine)-1].to, e.from):
			continue // القمة مع زعيم كوريا الشمالية على أساس النموذج الليبي، نموذج تخلى بموجبه القذافي عام 2003
		case inClause && status != readout.Planned && len(mine) > 0 && e.from > mine[len(mine)-1].to && d.futureVerbIn(mine[len(mine)-1].to, e.from):
			continue // والتقى مون بوتين في الكرملين، وسيسافر لحضور مباراة السبت: the day of the journey to come
		case inClause && len(mine) > 0 && e.from > mine[len(mine)-1].to && d.openedElsewhere(mine[len(mine)-1].to, e.from):
			continue // ويأتي الاجتماع بين ترامب ويونكر بعدما فرضت واشنطن رسوما في يونيو: the tariffs' month
		case inClause && d.inRelativeOf(e, others):
			continue // يعقد كيم وترامب اللذان التقيا في يونيو، قمة ثانية: June is the meeting's
		case inClause && len(mine) > 0 && e.to <= mine[0].at && d.answered(mine[0].at, e.to):
			continue // تبدأ اليوم الهدنة استجابة من الملك لرسالة الرئيس: the letter came before
		case inClause && dist > maxDateDistance && len(mine) > 0 && e.from >= mine[len(mine)-1].to:
			continue // a run of headlines with no stops: a day twenty words on is another story's
		case !inClause:
			// only a date before the clause with no other report in between (a visit before the
			// clause dates the meetings held during it: يقوم X الأسبوع المقبل بزيارة ... يلتقي
			// خلالها); a denial's frame dates the denial
			// the frame of a planned contact dates the announcement (قال المسؤول يوم الأحد إن
			// القمة ستعقد ...), unless a visit stands between that the contact belongs to
			// a contact only named (قال ترامب السبت إن القمة مع كيم فرصة) is not dated by
			// the day of the saying
			if e.to > c.from || status == readout.Denied || !d.onlyVisitsIn(e.to, c.from) || d.periodIn(span{e.to, c.to}) ||
				status == readout.Planned && !d.visitIn(e.to, c.from) || d.onlyNamed(mine) {
				continue
			}
			dist += 1000
		}
		if dist < bestDist {
			best, bestDist = i, dist
		}
		if inClause && (e.month > 0 || e.hasRel) && e.weekday < 0 && dist < explicitDist && !(e.from > 0 && untilWords[d.bare(e.from-1)]) {
			if ahead := resolveDate(e, d.pub, true, readout.Date{}, r.date.Text); ahead.IsKnown() && ahead.Start.After(d.pub) {
				explicit, explicitDist = i, dist
			}
		}
	}
	if h := d.chronicleDay(s); best < 0 && h >= 0 {
		// a timeline's line under its day: the day of what its verb tells (الملك سلمان يتصل
		// بأردوغان); a contact only named there (البيت الأبيض يعلن عن اتصال، يصرح بعد اتصال)
		// was held that day or before
		day := d.resolved[h].date
		if !slices.ContainsFunc(mine, func(t trigger) bool { return t.class != "event" }) {
			day = readout.Date{End: day.Start, Granularity: readout.Range, Text: day.Text}
		}
		return day, since, d.resolved[h].e
	}
	if best < 0 {
		return readout.Date{Granularity: readout.Unknown}, since, nil
	}
	if e := d.resolved[best].e; status == readout.Planned && explicit >= 0 && explicitDist <= maxDateDistance &&
		(e.weekday >= 0 && e.day == 0 && !e.ahead && d.namesPubDay(e) || d.endsBeforePub(d.resolved[best].date)) {
		// يجتمع ترامب الخميس بكيم في 12 حزيران المقبل: the weekday is the day of the news, the
		// date to come the contact's (and انسحب الأسبوع الماضي من القمة المقررة في 12 يونيو:
		// a day already past is the withdrawal's)
		best = explicit
	}
	r := d.resolved[best]
	if status == readout.Planned && r.e.weekday >= 0 && !r.e.ahead && purposeFirstAfter(r.e, mine) && r.date.IsExact() && d.wordIn(arrivalVerbs, c.from, r.e.from) {
		// وصل الخميس لإجراء محادثات: the day of the act the contact is the purpose of, on or
		// after which it comes
		return readout.Date{Start: r.date.Start, Granularity: readout.Range, Text: r.date.Text}, since, r.e
	}
	if status == readout.Planned && r.e.weekday >= 0 && !r.e.ahead && (d.pastVerbNearer(r.e, others, mine, c) || d.onlyNamed(mine) && (d.distance(r.e, mine) > 2 && !d.scheduledFor(r.e, mine) || d.saidBefore(c, mine)) || onlyPurposeAfter(r.e, mine) && !d.visitIn(c.from, r.e.from)) {
		// (but زيارة يقوم بها إلى كابول، الجمعة، لإجراء محادثات: the visit's day is the talks')
		// اجتمع مون مع كيم، السبت، لمناقشة قمة مرتقبة; وصل الخميس لعقد لقاءات … مع احتمال
		// عقد قمة: a bare weekday away from a noun of a contact to come dates something else
		return readout.Date{Granularity: readout.Unknown}, since, nil
	}
	if status == readout.Planned {
		prev := readout.Date{}
		if best > 0 {
			prev = d.resolved[best-1].date
		}
		fwd := resolveDate(r.e, d.pub, true, prev, r.date.Text)
		if r.e.weekday >= 0 && !r.e.ahead && fwd.IsExact() && fwd.Start.Sub(d.pub) == 6*24*time.Hour {
			// سيستقبل كيري الاثنين in a paper of Tuesday: next Monday, or yesterday's news
			// written the day before; the text does not say which
			return readout.Date{Start: d.pub.AddDate(0, 0, -1), End: fwd.Start, Granularity: readout.Range, Text: fwd.Text}, since, r.e
		}
		return d.duringVisit(d.eitherOf(d.eveOrMorrow(r.e, mine, fwd), r.e, true), mine, s, true), since, r.e
	}
	if r.date.IsExact() && r.e.hasRel && (r.e.relative == 0 || r.e.relative == -1) && !d.pub.IsZero() &&
		!slices.ContainsFunc(mine, func(t trigger) bool { return t.present || t.planned }) {
		if q := d.openQuote(s.from, r.e.from); q >= 0 && d.quoteIntroduced(q, 12) {
			// قال بيسكوف للصحفيين "اليوم، أجرى الرئيس محادثات": today or yesterday of the day he
			// spoke, which a paper of the next morning may carry
			return readout.Date{Start: r.date.Start.AddDate(0, 0, -1), End: r.date.Start, Granularity: readout.Range, Text: r.date.Text}, since, r.e
		}
	}
	if r.date.IsExact() && d.cameFromBefore(r.e, mine) {
		// وصل إلى باريس الأحد قادما من الولايات المتحدة حيث التقى ترامب: the day of the arrival
		// closes the stay the contact was held in
		return readout.Date{End: r.date.Start, Granularity: readout.Range, Text: r.date.Text}, since, r.e
	}
	if r.e.weekday >= 0 && !r.e.ahead && !r.e.back && r.date.IsExact() && (d.nearestAfterBefore(r.e, mine) || r.e.from >= mine[0].to && d.topicOnly(mine)) {
		// (ندوة عن زيارة ولي العهد لواشنطن الثلاثاء ولقائه ترمب الثلاثاء: a contact spoken
		// about, with no tense of its own, may be last Tuesday's or next)
		// هدفه عدم إظهار ضعف قبل قمته مع كيم الثلاثاء: what comes after something else may be
		// this week's Tuesday or next; the text does not say which
		fwd := resolveDate(r.e, d.pub, true, readout.Date{}, r.date.Text)
		if fwd.IsExact() && !fwd.Start.Equal(r.date.Start) {
			return readout.Date{Start: r.date.Start, End: fwd.Start, Granularity: readout.Range, Text: r.date.Text}, since, r.e
		}
	}
	return d.duringVisit(d.eitherOf(d.eveOrMorrow(r.e, mine, r.date), r.e, false), mine, s, false), since, r.e
}

// duringVisit widens the day of a contact held during a visit (يلتقي خلالها، خلال الزيارة)
// over the visit's days when sentence s gives its length (زيارة تستغرق ثلاثة أيام): the text
// does not say which of them; for a visit to come of unknown length, from its first day on.
func (d *doc) duringVisit(date readout.Date, ts []trigger, s span, planned bool) readout.Date {
	if !date.IsExact() || len(ts) == 0 {
		return date
	}
	for _, t := range ts {
		if !d.wordIn(duringWords, max(s.from, t.at-3), t.at) && !d.wordIn(duringWords, t.to, min(s.to, t.to+1)) {
			return date
		}
	}
	if n := d.visitLength(s); n > 1 {
		return readout.Date{Start: date.Start, End: date.Start.AddDate(0, 0, n-1), Granularity: readout.Range, Text: date.Text}
	}
	if planned && d.visitDayBefore(ts, s) {
		// توجه البشير إلى موسكو الجمعة في زيارة يجري خلالها مباحثات: on that day or after
		return readout.Date{Start: date.Start, Granularity: readout.Range, Text: date.Text}
	}
	return date
}

// visitDayBefore reports whether the words before the first trigger of ts in sentence s name a
// visit (زيارة، يزور، توجه): the day given is the journey's.
func (d *doc) visitDayBefore(ts []trigger, s span) bool {
	for k := s.from; k < ts[0].at; k++ {
		if p := d.match(k); p != nil {
			if it, ok := p.Item(ItemTrigger); ok && d.x.lx.Triggers[it.Ref].Mode == readout.Visit {
				return true
			}
		}
		if d.wordIn(arrivalVerbs, k, k+1) {
			return true
		}
	}
	return false
}

// duringWords set a contact inside a visit: خلالها، خلال الزيارة، أثناء زيارته.
var duringWords = map[string]bool{"خلالها": true, "خلاله": true, "اثناءها": true, "خلال": true, "اثناء": true}

// visitLength returns the number of days sentence s gives a visit (تستغرق ثلاثة أيام، تستمر
// يومين، زيارة من ثلاثة أيام), or 0.
func (d *doc) visitLength(s span) int {
	for k := s.from; k < s.to; k++ {
		if !lengthWords[d.bare(k)] {
			continue
		}
		j := k + 1
		if j < s.to && (d.toks[j].Text == "ل" || d.toks[j].Text == "نحو" || d.toks[j].Text == "قرابه") {
			j++
		}
		if j >= s.to {
			return 0
		}
		w := strings.TrimPrefix(d.toks[j].Text, "ل")
		if w == "يومين" || w == "يومان" {
			return 2
		}
		n := numberWords[w]
		if d.toks[j].Kind == Number {
			n = d.num(j)
		}
		if n > 1 && n < 15 && j+1 < s.to && (d.toks[j+1].Text == "ايام" || d.toks[j+1].Text == "يوما") {
			return n
		}
	}
	return 0
}

// lengthWords introduce how long a visit lasts.
var lengthWords = map[string]bool{"تستغرق": true, "تستمر": true, "يستغرق": true, "يستمر": true, "مدتها": true, "لمده": true, "استمرت": true,
	"استمر": true, "استغرقت": true, "استغرق": true, "دامت": true, "دام": true, "امتدت": true}

// nearestAfterBefore reports whether the trigger of ts nearest the time expression e is a noun
// right after قبل or قبيل (قبل قمته مع كيم الثلاثاء): a contact that comes after another event.
func (d *doc) nearestAfterBefore(e *dateExpr, ts []trigger) bool {
	best, dist := -1, 1<<30
	for i, t := range ts {
		if n := min(abs(e.from-t.to), abs(t.at-e.to)); n < dist {
			best, dist = i, n
		}
	}
	if best < 0 {
		return false
	}
	t := ts[best]
	return t.class == "event" && t.at > 0 && (d.bare(t.at-1) == "قبل" || d.bare(t.at-1) == "قبيل")
}

// eveOrMorrow shifts a day that dates what the contact is the eve or the morrow of (وقع بيان
// الاثنين، غداة لقاء بين آبي أحمد وأفورقي: the meeting was on Sunday; وصل الأحد عشية قمته: the
// summit is on Monday).
func (d *doc) eveOrMorrow(e *dateExpr, mine []trigger, date readout.Date) readout.Date {
	if date.IsExact() && len(mine) > 0 && e.from >= mine[0].to && mine[0].at > 0 && d.bare(mine[0].at-1) == "غداه" && (e.hasRel || e.day == 0) {
		// (a date of the calendar, غداة لقاء مع لافروف في 5 يوليو, is the meeting's own)
		// قال كيري غداة لقاء مع لافروف في ماليزيا أمس: yesterday is the saying's, the day
		// after the meeting, or the meeting's; the text does not say which
		return readout.Date{Start: date.Start.AddDate(0, 0, -1), End: date.Start, Granularity: readout.Range, Text: date.Text}
	}
	if !date.IsExact() || len(mine) == 0 || mine[0].at < e.to || mine[0].at-e.to > 12 {
		return date
	}
	for k := max(e.to, mine[0].at-3); k < mine[0].at; k++ {
		shift := 0
		switch d.bare(k) {
		case "غداه":
			shift = -1
		case "عشيه":
			shift = 1
		}
		if shift != 0 {
			return readout.DayDate(date.Start.AddDate(0, 0, shift), date.Text)
		}
	}
	return date
}

// maxDateDistance is how many words, names aside, may stand between a contact and a time
// expression after it in its clause.
const maxDateDistance = 16

// ownedByNoun reports whether a time expression stands right after a contact noun that is not
// one of ts, as its genitive (قمة الجمعة، لقاء الأمس): it names that contact's day.
func (d *doc) ownedByNoun(e *dateExpr, ts []trigger) bool {
	for b := e.from - 1; b >= 0 && b >= e.from-3; b-- {
		p := d.match(b)
		if p == nil || p.To != e.from {
			continue
		}
		if it, ok := p.Item(ItemTrigger); ok && d.x.lx.Triggers[it.Ref].Class == "event" && !triggerAt(ts, b) && !d.adverb(b, p) {
			return true // (not هاتفيا after the verb: تحدثا هاتفيا اليوم الأحد dates the call)
		}
	}
	return false
}

// spanNouns name a stretch of time, not an event: خلال الفترة، في الفترة الممتدة، خلال خريف
// هذا العام.
var spanNouns = map[string]bool{"الفتره": true, "فتره": true, "خريف": true, "صيف": true, "ربيع": true, "شتاء": true}

// framedElsewhere reports whether a preposition of time that opens another event (عقب انتخابه،
// بعد وصوله) stands between a time expression and the triggers ts (after them, or, when all
// follow it, before them): it dates that event, or the one it is measured from.
func (d *doc) framedElsewhere(e *dateExpr, ts []trigger) bool {
	last, first := -1, -1
	for _, t := range ts {
		if t.to <= e.from && t.to > last {
			last = t.to
		}
		if t.at >= e.to && (first < 0 || t.at < first) {
			first = t.at
		}
	}
	if last < 0 && first >= 0 {
		// ضربات يوم الخميس بعد ساعات من عودة نتانياهو من موسكو حيث بحث ...: the day is the
		// strikes', before the preposition that opens the contact's own time
		last, e = e.to, &dateExpr{from: first}
	}
	if last < 0 {
		return false
	}
	for k := last; k < e.from; k++ {
		p := d.match(k)
		if p == nil || !d.isCue(p, "adjunct") || p.To >= e.from {
			continue
		}
		if p.To < len(d.toks) && spanNouns[d.bare(p.To)] {
			continue // خلال الفترة من 14 إلى 16 نوفمبر: the contact's own time, not another event's
		}
		if q := d.match(p.To); q == nil || !q.Has(ItemTrigger) {
			return true
		}
		if sequenceAdjuncts[d.bare(k)] && !triggerAt(ts, p.To) {
			// بادر بالاتصال ... بعد زيارته للقنصلية في 2 أكتوبر: the day of another event
			// the contact came after
			return true
		}
	}
	return false
}

// ofReason reports whether a dated month or year (not a weekday or a relative day, which are
// mostly the contact's own) follows the triggers ts past a preposition of cause and the verbal
// noun it governs (عن إسقاط، بسبب اعتقال، جراء قصف): it dates the act the contact was
// about, apologised or thanked for.
func (d *doc) ofReason(e *dateExpr, ts []trigger) bool {
	if e.year == 0 || e.weekday >= 0 || e.hasRel || len(ts) == 0 {
		return false
	}
	last := ts[len(ts)-1].to
	for k := last; k+1 < e.from; k++ {
		if !reasonPrepositions[d.toks[k].Text] {
			continue
		}
		next := k + 1
		if d.toks[next].Kind != Word || d.inMention(next) || d.stateAt(next) || d.match(next) != nil && d.match(next).Has(ItemTrigger) {
			continue
		}
		return !d.punctIn(k, e.from)
	}
	return false
}

// reasonPrepositions introduce what a contact was about or came from: اعتذار عن، بسبب، جراء.
var reasonPrepositions = map[string]bool{"عن": true, "بسبب": true, "جراء": true}

// pastVerbNearer reports whether one of others is a verb in clause c that reports a past
// contact and stands nearer the time expression e than mine do: the day is that contact's
// (اجتمع مون مع كيم، السبت، لمناقشة قمة مرتقبة), not the one to come.
func (d *doc) pastVerbNearer(e *dateExpr, others, mine []trigger, c span) bool {
	for _, t := range others {
		if t.at >= c.from && t.at < c.to && t.class != "event" && !t.present && !t.planned && !t.purpose &&
			d.distance(e, []trigger{t}) <= d.distance(e, mine) {
			return true
		}
	}
	return false
}

// arrivalVerbs say someone came or went somewhere, or set out or stopped on the way, in the
// past (توقف في النمسا وهو في طريقه إلى ألمانيا للقاء ميركل).
var arrivalVerbs = map[string]bool{
	"وصل": true, "وصلت": true, "وصلا": true, "توجه": true, "توجهت": true, "سافر": true, "سافرت": true, "حل": true, "حلت": true,
	"غادر": true, "غادرت": true, "توقف": true, "توقفت": true, "انتقل": true, "انتقلت": true,
}

// visitVerbs say someone went to see a place or a person: the journey was the visit, and what
// it was for was done there.
var visitVerbs = map[string]bool{"زار": true, "زارت": true, "زارا": true}

func init() { maps.Copy(arrivalVerbs, visitVerbs) }

// saidBefore reports whether a verb of saying in the past, or of ruling out in any tense, opens
// clause c before the triggers (أعلن أوشاكوف عن قرار عقد القمة بين الرئيسين الأربعاء، لم
// يستبعد مسؤول الثلاثاء لقاء الرئيسين): a bare weekday then dates the saying as well as it could
// a contact only named.
func (d *doc) saidBefore(c span, ts []trigger) bool {
	if len(ts) == 0 {
		return false
	}
	for k := c.from; k < ts[0].at; k++ {
		if p := d.match(k); p != nil && (d.isCue(p, "rules-out") || d.isCue(p, "speech") && !isPresent(d.bare(k))) {
			return true
		}
	}
	return false
}

// onlyPurposeAfter reports whether every trigger of ts is a purpose (للقاء، لإجراء محادثات)
// after the time expression e: عبر ترامب الاثنين عن استعداده للقاء روحاني dates the saying.
func onlyPurposeAfter(e *dateExpr, ts []trigger) bool {
	for _, t := range ts {
		if !t.purpose || t.at < e.to {
			return false
		}
	}
	return len(ts) > 0
}

// topicOnly reports whether the first of the triggers ts is a noun that is what something is
// about (ندوة عن زيارة الأمير، حديث حول لقائه): every one of them a noun.
func (d *doc) topicOnly(ts []trigger) bool {
	first := -1
	for i, t := range ts {
		if t.class != "event" && t.class != "receive" || t.held || d.toldAfter(t.to) {
			return false // (عن اتصال هاتفي جرى الثلاثاء: a verb after it tells it as done)
		}
		if first < 0 || t.at < ts[first].at {
			first = i
		}
	}
	if first < 0 || ts[first].at == 0 {
		return false
	}
	at := ts[first].at
	if strings.HasPrefix(d.toks[at].Text, "و") {
		// ولقائه الرئيس ترمب after عن زيارة ولي العهد لواشنطن: coordinated with the noun before
		for k := at - 1; k > 0 && k >= at-14 && d.toks[k].Text != "."; k-- {
			if p := d.match(k); p != nil && p.Has(ItemTrigger) {
				at = k
				break
			}
		}
	}
	return topicPrepositions[d.bare(at-1)]
}

// toldAfter reports whether a verb of holding or gathering follows the noun ending at token k,
// an adjective or a relative pronoun at most between (اتصال هاتفي جرى، اللقاء الذي جمعهما).
func (d *doc) toldAfter(k int) bool {
	if tense, _ := d.relativeVerbAfter(k); tense != "" {
		return true
	}
	for j := k; j < len(d.toks) && j <= k+1; j++ {
		if lightVerbs[d.bare(j)] != "" || gatherVerbs[d.toks[j].Text] {
			return true
		}
	}
	return false
}

// purposeFirstAfter reports whether every trigger of ts follows e and the first of them is a
// purpose (وصل الأحد ليلتقي بالرئيس ... في زيارة يجريها: the visit he came on follows).
func purposeFirstAfter(e *dateExpr, ts []trigger) bool {
	first := -1
	for i, t := range ts {
		if t.at < e.to {
			return false
		}
		if first < 0 || t.at < ts[first].at {
			first = i
		}
	}
	return first >= 0 && ts[first].purpose
}

// onlyNamed reports whether every trigger of ts is a noun no verb of the clause holds, or a verb
// of gathering in a relative clause (للقمة التي جمعت ترامب وبوتين): the contact is named, not
// reported as an act.
func (d *doc) onlyNamed(ts []trigger) bool {
	for _, t := range ts {
		relativeGathering := t.together && t.at > 0 && relativePronouns[d.toks[t.at-1].Text]
		if (t.class != "event" || t.held || t.purpose) && !relativeGathering {
			return false
		}
	}
	return true
}

// quoteOpens reports whether a quotation opened in tokens [from, to) is still open at to, and
// is someone's words (after a colon or a verb of saying), not a name in quotation marks (قمة
// "آسيان"، رسالة "سلام"): the days in it are the speaker's.
func (d *doc) quoteOpens(from, to int) bool {
	return d.quoteIntroduced(d.openQuote(from, to), 4)
}

// openQuote returns the quotation mark in tokens [from, to) whose quotation is still open at
// to, or -1. (The fold writes every quotation mark as ".)
func (d *doc) openQuote(from, to int) int {
	q := -1
	for k := from; k < to; k++ {
		if d.toks[k].Text == "\"" {
			if q < 0 {
				q = k
			} else {
				q = -1
			}
		}
	}
	return q
}

// quoteIntroduced reports whether the quotation mark at q follows a colon or a verb of saying
// within window words: it opens what someone says.
func (d *doc) quoteIntroduced(q, window int) bool {
	return q > 0 && (d.toks[q-1].Text == ":" || d.wordIn(quoteIntros, max(0, q-window), q))
}

// quoteIntros are the verbs of saying in whose words a quotation opens.
var quoteIntros = map[string]bool{"قال": true, "قالت": true, "اضاف": true, "اضافت": true, "اكد": true, "اكدت": true}

// otherSubjectBefore reports whether, between a comma after the contact (from) and a time
// expression (to), someone is named right after a verb that is no contact: the day is that
// verb's (نموذج تخلى بموجبه القذافي عام 2003).
func (d *doc) otherSubjectBefore(from, to int) bool {
	comma := -1
	for k := from; k < to; k++ {
		if d.toks[k].Text == "," {
			comma = k
		}
	}
	if comma < 0 {
		return false
	}
	for _, m := range d.mentions {
		if m.from > comma+1 && m.to <= to && !d.triggerIn(comma+1, m.from) {
			if w := d.toks[m.from-1]; w.Kind == Word && d.match(m.from-1) == nil && !prepositions[w.Text] && !d.inMention(m.from-1) && !d.startsWithAnd(m.from) {
				return true
			}
		}
	}
	return false
}

// inRelativeOf reports whether the time expression e stands in a relative clause whose verb is
// one of ts (اللذان التقيا في سنغافورة في يونيو), with no punctuation between.
func (d *doc) inRelativeOf(e *dateExpr, ts []trigger) bool {
	for _, t := range ts {
		if t.at < 1 || t.at >= e.from || e.from-t.to > 6 || !relativePronouns[d.toks[t.at-1].Text] || d.punctIn(t.to, e.from) {
			continue
		}
		return true
	}
	return false
}

// followVerbs say that what comes next follows what was named before (قد يعقبها، تليها).
var followVerbs = map[string]bool{
	"يعقبها": true, "تعقبها": true, "يعقبه": true, "تعقبه": true, "يليها": true, "تليها": true, "يليه": true, "تليه": true,
	"سيعقبها": true, "ستعقبها": true, "سيليها": true, "ستليها": true,
}

// followedBy reports whether a verb of following stands between a time expression and the
// triggers after it: the date is of what they follow.
func (d *doc) followedBy(e *dateExpr, ts []trigger) bool {
	if len(ts) == 0 || ts[0].at < e.to {
		return false
	}
	return d.wordIn(followVerbs, e.to, ts[0].at)
}

// reportStems begin the verbs of reporting, whatever pronoun they carry (ذكرته، قالته، أعلنه).
var reportStems = []string{"ذكر", "قال", "اعلن", "افاد", "اورد", "نقل", "اكد", "كشف", "نشر", "بث", "اوضح", "صرح", "اشار"}

// reportedDayBefore reports whether a time expression follows a verb of reporting within nine
// words and every trigger of ts is a noun more than three words after it, not the occasion of
// what was reported (خلال، بعد): the day of the report, not of the contact it mentions.
func (d *doc) reportedDayBefore(e *dateExpr, ts []trigger) bool {
	if len(ts) == 0 {
		return false
	}
	for _, t := range ts {
		if t.class != "event" || t.at < e.to+3 || d.framedBySaying(e.to, t.at) {
			return false // (أعلن الجمعة تحقيق تقدم خلال لقائه ترودو: said at the meeting, that day)
		}
	}
	return d.reportedAt(e)
}

// reportedAt reports whether a verb of reporting in the past stands within the nine words before
// the time expression e, names and commas aside: the day is the report's (أفاد مسؤول، الأحد،).
func (d *doc) reportedAt(e *dateExpr) bool {
	for k := e.from - 1; k >= 0 && k >= e.from-9; k-- {
		if d.toks[k].Kind == Punct && d.toks[k].Text != "," {
			return false
		}
		if d.inMention(k) {
			continue
		}
		if hasAnyPrefix(d.bare(k), reportStems...) && !strings.HasPrefix(d.bare(k), "ي") {
			return true
		}
	}
	return false
}

// statementNouns name what an official says or writes (بيان، تصريحات، مقابلة، تغريدة).
var statementNouns = map[string]bool{
	"بيان": true, "بيانا": true, "البيان": true, "تصريح": true, "تصريحات": true, "مقابله": true,
	"تغريده": true, "كلمه": true, "خطاب": true, "صحفي": true, "صحافي": true,
	"الاعلان": true, "اعلان": true, "قوله": true, "قولها": true, "قولهما": true, "قولهم": true,
}

// ofStatement reports whether a time expression follows the noun of a statement (في بيان
// اليوم، في مؤتمر صحفي الثلاثاء) or of the press (قالت الصحيفة أمس): it dates the statement.
func (d *doc) ofStatement(e *dateExpr) bool {
	k := e.from - 1
	if k >= 0 && (d.toks[k].Text == "يوم" || d.toks[k].Text == "," || d.toks[k].Text == "في") {
		k--
	}
	if k > 0 && statementNouns[d.bare(k)] && !buildingNouns[strings.TrimPrefix(d.bare(k-1), "ب")] {
		// (بقصر بيان صباح اليوم: Bayan Palace, not a statement)
		return true
	}
	// تتناول قراءة في الصحافة العالمية اليوم لقاء ...، قالت الصحيفة أمس: the day of the paper
	for j := e.from - 1; j >= 0 && j >= e.from-3; j-- {
		if pressNouns[d.bare(j)] {
			return true
		}
	}
	return false
}

// pressNouns name the papers a report or a press review quotes.
var pressNouns = map[string]bool{"الصحافه": true, "الصحف": true, "صحف": true, "الصحيفه": true, "صحيفه": true}

// buildingNouns make the word after them a name (قصر بيان، قاعة الإعلان): a palace, not a
// statement.
var buildingNouns = map[string]bool{"قصر": true, "قاعه": true, "مبني": true, "دار": true, "مقر": true}

// onlyMentioned reports whether every trigger is a noun with the article (اللقاء، القمة) that
// nothing in clause c tells as an act: no verb of holding in the past (وكانت القمة ... قد
// عقدت) and no ordinal (القمة الأولى) that sets it apart from the contact told.
func (d *doc) onlyMentioned(ts []trigger, c span) bool {
	for _, t := range ts {
		w := d.toks[t.at].Text
		if p := d.match(t.at); p != nil {
			w = strings.TrimPrefix(w, p.Clitic) // (وفيما يتعلق بالقمة بين ترامب وبوتين)
		}
		if t.class != "event" || !strings.HasPrefix(w, "ال") {
			return false
		}
		if t.to < c.to && ordinalAdjectives[d.toks[t.to].Text] {
			return false
		}
	}
	for k := c.from; k < c.to; k++ {
		if lightVerbs[d.bare(k)] == "past" {
			return false
		}
	}
	return true
}

// ordinalAdjectives set a contact in a series: the first, the last, the previous one.
var ordinalAdjectives = map[string]bool{
	"الاولي": true, "الاول": true, "الثانيه": true, "الثاني": true, "الثالثه": true, "الثالث": true,
	"الاخيره": true, "الاخير": true, "السابقه": true, "السابق": true, "الماضيه": true, "الماضي": true,
}

// boundTrigger returns the first token of the trigger a time expression is bound to by a verb of
// holding in the past (مكالمة هاتفية جرت مساء السبت، اللقاء الذي عقد أمس، الذي جمعهما أمس), or -1.
func (d *doc) boundTrigger(e *dateExpr) int {
	// حيث تعقد في الثاني من الشهر المقبل جولة محادثات: a verb of holding right before the date
	// and its noun right after it
	if k := e.from - 1; k > 1 && (d.toks[k].Text == "في" || d.toks[k].Text == "يوم") {
		if lightVerbs[d.bare(k-1)] != "" && !relativePronouns[d.toks[k-2].Text] {
			for b := e.to; b < len(d.toks) && b < e.to+3; b++ {
				if p := d.match(b); p != nil && p.Has(ItemTrigger) {
					return b
				}
			}
		}
	}
	for k := e.from - 1; k > 0 && k >= e.from-9; k-- {
		t := d.toks[k]
		if t.Kind == Punct || t.Kind == Newline {
			return -1
		}
		// a verb of holding or gathering in the past says the contact named just before took
		// place (اللقاء الذي جمع ترامب بماي الشهر الماضي); in a relative clause, one of any
		// tense dates it too (القمة التي ستعقد اليوم وغدا)
		relative := relativePronouns[d.toks[k-1].Text]
		if lightVerbs[t.Text] != "past" && !gatherVerbs[t.Text] && !(relative && (lightVerbs[t.Text] != "" || gatherPresent[strings.TrimPrefix(t.Text, "س")])) {
			continue
		}
		j := k
		if relative {
			j--
		}
		for b := j - 1; b >= 0 && b >= j-4; b-- {
			if p := d.match(b); p != nil && p.Has(ItemTrigger) {
				if p.To <= j && !d.mentionBetween(p.To, j) {
					return b // قمة مجموعة السبع التي تعقد اليوم: its genitive may stand between
				}
				return -1
			}
		}
		return -1
	}
	return -1
}

// ofOtherNoun reports whether a time expression dates, through a relative verb of holding in
// the past right before it (التي جرت، الذي عقد), a noun that is no contact: الانتخابات التي جرت
// في 19 مايو.
func (d *doc) ofOtherNoun(e *dateExpr) bool {
	k := e.from - 1
	if k >= 0 && (d.toks[k].Text == "في" || d.toks[k].Text == "يوم") {
		k--
	}
	for j := k; j >= 0 && j >= k-2; j-- {
		// (its genitive between: تفجير السفارة الأمريكية في 1998)
		if d.namesEvent(j) {
			return true // بمناسبة الذكرى الـ63 لثورة 23 يوليو 1952: the revolution's day
		}
		if d.toks[j].Kind != Word || d.inMention(j) || d.match(j) != nil && d.match(j).Has(ItemTrigger) {
			break
		}
	}
	for j := e.from - 1; j >= 0 && j >= e.from-6; j-- {
		if d.toks[j].Kind == Punct && d.toks[j].Text != "«" && d.toks[j].Text != "»" {
			break
		}
		if anniversaryWords[d.bare(j)] {
			return true // بمناسبة الذكرى الـ62 لإعلان الجمهورية في 25 يوليو 1957
		}
	}
	if k < 2 || lightVerbs[d.bare(k)] != "past" || !relativePronouns[d.toks[k-1].Text] {
		return false
	}
	noun := d.match(k - 2)
	return d.toks[k-2].Kind == Word && (noun == nil || !noun.Has(ItemTrigger)) && !d.inMention(k-2)
}

// eventNouns name events that a date right after them belongs to: a revolution, an
// anniversary, a war, elections, an attack, a treaty. (Not an agreement, which is often signed
// at the contact itself.)
var eventNouns = map[string]bool{
	"ثوره": true, "ذكري": true, "الذكري": true, "عيد": true, "حرب": true, "انتفاضه": true,
	"انتخابات": true, "هجمات": true, "هجوم": true, "تفجير": true, "تفجيرات": true, "احداث": true,
	"معاهده": true, "نكبه": true, "نكسه": true,
	// what a congratulation is for: هنأه على إعادة انتخابه لولاية رابعة قبل يومين
	"انتخاب": true, "انتخابه": true, "انتخابها": true, "فوز": true, "فوزه": true, "فوزها": true,
}

// anniversaryWords introduce what is commemorated, whose date follows.
var anniversaryWords = map[string]bool{"ذكري": true, "الذكري": true, "بذكري": true, "للذكري": true, "بالذكري": true}

// namesEvent reports whether token k, its clitic aside (لثورة، بذكرى), is one of eventNouns.
func (d *doc) namesEvent(k int) bool {
	w := d.bare(k)
	if eventNouns[w] {
		return true
	}
	for _, c := range []string{"لل", "ل", "ب", "وال", "ال"} {
		if rest, ok := strings.CutPrefix(w, c); ok && eventNouns[rest] {
			return true
		}
	}
	return false
}

// mentionBetween reports whether a person is named in tokens [from, to).
func (d *doc) mentionBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if d.inMention(k) {
			return true
		}
	}
	return false
}

// gatheringAfter returns the token of the verb of gathering that follows the trigger noun at b,
// directly, after a relative pronoun (قمة جمعته، اللقاء الذي جمعهما) or after the noun's own
// words and a comma, or -1.
func (d *doc) gatheringAfter(b int) int {
	p := d.match(b)
	if p == nil {
		return -1
	}
	k := p.To
	if k < len(d.toks) && relativePronouns[d.toks[k].Text] {
		k++
	}
	if k < len(d.toks) && (gatherVerbs[d.toks[k].Text] || gatherPresent[d.toks[k].Text]) {
		return k
	}
	// اجتماعا لقادة دول الخليج ومصر والأردن، ضم أمير قطر ...: the noun's own words, no one
	// named in them, and a comma before the verb
	for j := k; j < len(d.toks) && j < k+8; j++ {
		if d.toks[j].Text == "," {
			if j+1 < len(d.toks) && gatherVerbs[d.toks[j+1].Text] {
				return j + 1
			}
			return -1
		}
		if d.toks[j].Kind != Word || d.inMention(j) || d.triggerIn(j, j+1) {
			return -1
		}
	}
	return -1
}

// triggerIn reports whether one of ts starts in tokens (from, to).
func triggerIn(ts []trigger, from, to int) bool {
	for _, t := range ts {
		if t.at > from && t.at < to {
			return true
		}
	}
	return false
}

// triggerAt reports whether one of ts starts at token at.
func triggerAt(ts []trigger, at int) bool {
	for _, t := range ts {
		if t.at == at {
			return true
		}
	}
	return false
}

// distance is the number of tokens between a time expression and the nearest of ts, leaving out
// the names of people (اجتمع مع زعيم كوريا الشمالية كيم جونغ أون، السبت: the day is the meeting's).
func (d *doc) distance(e *dateExpr, ts []trigger) int {
	best := 1 << 30
	for _, t := range ts {
		from, to, after := t.to, e.from, true
		switch {
		case e.to <= t.at && (t.about || t.topic):
			// a relative clause about a person, or a contact talked about, has its dates after it
			continue
		case e.to <= t.at:
			from, to, after = e.to, t.at, false
		case e.from < t.to:
			from, to = 0, 0
		}
		n, commas := 0, 0
		for k := from; k < to; k++ {
			if d.toks[k].Text == "في" && d.placeNameAt(k+1) > 0 {
				k += d.placeNameAt(k + 1) // في بكين: where, which does not part a day from its contact
				continue
			}
			switch {
			case d.inMention(k):
			case d.toks[k].Text == "," || after && (d.toks[k].Text == "بين" || d.toks[k].Text == "مع") && d.inMention(k+1):
				commas++
			default:
				n++
			}
		}
		if n > 0 || !after {
			n += commas // (but commas between its people and the day part nothing: مكالمة بين X، وY، الأحد)
		}
		best = min(best, n)
	}
	return best
}

// placeNameAt returns the length in tokens of the name of a state or city that starts at token
// k, or 0.
func (d *doc) placeNameAt(k int) int {
	if k >= len(d.toks) {
		return 0
	}
	if p := d.match(k); p != nil && p.Clitic == "" && (p.Has(ItemPlace) || p.Has(ItemCountry)) {
		return p.To - k
	}
	return 0
}

// triggerEndsAt reports whether a trigger phrase ends just before token k (المكالمة الهاتفية
// التي جرت ...).
func (d *doc) triggerEndsAt(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if p := d.match(j); p != nil {
			return p.To == k && p.Has(ItemTrigger)
		}
	}
	return false
}

// endsBeforePub reports whether date ends before publication.
func (d *doc) endsBeforePub(date readout.Date) bool {
	return !d.pub.IsZero() && !date.End.IsZero() && date.End.Before(d.pub)
}

// futureVerbIn reports whether a verb in the future stands in tokens [from, to): a future cue of
// the lexicon (سيتوجه) or a present verb with سـ the lexicon does not hold as a noun or place
// (وسيسافر).
func (d *doc) futureVerbIn(from, to int) bool {
	for k := from; k < to; k++ {
		if p := d.match(k); p != nil && d.isCue(p, "future") {
			return true
		}
		w := d.bare(k)
		if d.toks[k].Kind != Word || d.covered[k] || d.inMention(k) || utf8.RuneCountInString(w) < 5 || !hasAnyPrefix(w, "سي", "ست", "سن") {
			continue
		}
		if k > 0 && placePrepositions[d.bare(k-1)] {
			continue // في جزيرة سنتوسا، في ستوكهولم: a place, which no verb follows في to be
		}
		if strings.HasSuffix(w, "و") && !futuresInWaw[w] || d.x.given[w] {
			continue // سيرجيو ماتاريلا، ستيفانو: a foreign given name
		}
		if !d.opensVerb(k) {
			continue // مقر إقامة سيادته، اجتماعات سنوية: a noun in a genitive or an adjective
		}
		if !d.x.common[w] || commonFutures[w] {
			return true
		}
	}
	return false
}

// opensVerb reports whether token k stands where a verb of its own clause can: with و or ف,
// or after a stop, a comma, a relative pronoun, a complementizer or a name (its subject), not
// after a noun it would qualify.
func (d *doc) opensVerb(k int) bool {
	if k == 0 || hasAnyPrefix(d.toks[k].Text, "و", "ف") {
		return true
	}
	return d.toks[k-1].Kind != Word || relativePronouns[d.toks[k-1].Text] || d.complementizer(k-1) || d.inMention(k-1)
}

// futuresInWaw are the verbs in the future that end in و, as foreign given names often do.
var futuresInWaw = map[string]bool{"سيدعو": true, "ستدعو": true, "سيبدو": true, "ستبدو": true, "سيرجو": true, "سيغدو": true}

// openedElsewhere reports whether one of otherTimeOpeners stands in tokens [from, to) with no
// trigger after it before to: the time at to is the act it opens.
func (d *doc) openedElsewhere(from, to int) bool {
	for k := from; k < to; k++ {
		if d.wordIn(otherTimeOpeners, k, k+1) {
			return !d.triggerIn(k+1, to)
		}
	}
	return false
}

// otherTimeOpeners open a clause of an act at another time than the contact before them (after
// it, or set against it): what they date is that act's. (Not عندما or حين: what happened when
// it was held happened then.)
var otherTimeOpeners = map[string]bool{"بعدما": true, "بينما": true, "فيما": true, "قبلما": true}

// placePrepositions stand before a place, never before a verb.
var placePrepositions = map[string]bool{"في": true, "الي": true, "من": true, "جزيره": true, "مدينه": true, "العاصمه": true}

// commonFutures are the verbs in the future among the common words (which also hold nouns such
// as سياسة and سنوات).
var commonFutures = map[string]bool{"ستقوم": true, "ستكون": true, "سيتم": true, "سيكون": true, "سيقوم": true}

// onSidelinesOf reports whether one of mine is held on the sidelines or in the course of a
// gathering of many states among others (شارك اليوم في قمة العشرين حيث التقى على هامشها شي),
// or of a visit told before it (قام في 22 مايو بزيارة لمصر بحث خلالها مع الرئيس): the
// gathering's or the visit's day is the contact's.
func (d *doc) onSidelinesOf(mine, others []trigger) bool {
	if len(mine) == 0 || !slices.ContainsFunc(others, func(o trigger) bool { return o.group || o.mode == readout.Visit && o.to <= mine[0].at }) {
		return false
	}
	for _, t := range mine {
		if d.wordIn(sidelineWords, max(0, t.at-3), min(len(d.toks), t.to+2)) {
			return true
		}
	}
	return false
}

// heldDuring reports whether one of mine is held during the visit whose trigger starts at token
// k, before it (قام في 22 مايو بزيارة لمصر بحث خلالها): the visit's day is its own.
func (d *doc) heldDuring(mine []trigger, k int) bool {
	p := d.match(k)
	if p == nil || len(mine) == 0 || k >= mine[0].at {
		return false
	}
	if it, ok := p.Item(ItemTrigger); !ok || d.x.lx.Triggers[it.Ref].Mode != readout.Visit {
		return false
	}
	for _, t := range mine {
		if d.wordIn(sidelineWords, max(0, t.at-3), min(len(d.toks), t.to+2)) {
			return true
		}
	}
	return false
}

// sidelineWords set a contact within a gathering named before: على هامشها، خلالها.
var sidelineWords = map[string]bool{"هامشها": true, "هامشه": true, "خلالها": true, "خلاله": true, "اثناءها": true}

// onlyVisitsIn reports whether the triggers in tokens [from, to), if any, are all visits.
func (d *doc) onlyVisitsIn(from, to int) bool {
	for k := from; k < to; k++ {
		if p := d.match(k); p != nil {
			if it, ok := p.Item(ItemTrigger); ok && d.x.lx.Triggers[it.Ref].Mode != readout.Visit && !d.ofGroup(p.To) {
				// (a gathering of many states frames what is done on its sidelines, as a visit
				// does: شارك اليوم في قمة مجموعة العشرين حيث التقى على هامشها)
				return false
			}
		}
	}
	return true
}

// visitIn reports whether a visit trigger, or the noun of a visit, stands in tokens [from, to).
func (d *doc) visitIn(from, to int) bool {
	for k := from; k < to; k++ {
		if p := d.match(k); p != nil {
			if it, ok := p.Item(ItemTrigger); ok && d.x.lx.Triggers[it.Ref].Mode == readout.Visit {
				return true
			}
		}
	}
	return d.wordIn(visitNouns, from, to) // (برنامج الزيارة: a phrase of the lexicon that holds one)
}

// visitNouns name a visit, also where a longer lexicon phrase holds the word.
var visitNouns = map[string]bool{"زياره": true, "الزياره": true, "زيارته": true, "زيارتها": true}

// attributionWords introduce a report: وفق ما، بحسب ما.
var attributionWords = map[string]bool{"وفق": true, "بحسب": true, "حسب": true, "وفقا": true, "طبقا": true, "حسبما": true, "بحسبما": true, "وفقما": true}

// relativePronouns open a clause about something else: الهجوم الذي وقع الشهر الماضي.
var relativePronouns = map[string]bool{"الذي": true, "التي": true, "الذين": true, "اللذين": true, "اللتين": true, "اللذان": true, "اللتان": true, "اللواتي": true, "اللاتي": true}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// invitedBefore reports whether the triggers are invitations (دعاه لزيارة) and the time
// expression comes before them: it dates the invitation, not the visit it asks for.
func invitedBefore(e *dateExpr, mine []trigger) bool {
	if len(mine) == 0 {
		return false
	}
	for _, t := range mine {
		if t.class != "invite" || e.to > t.at {
			return false
		}
	}
	return true
}

// responseWords say that what follows is what an act answers: استجابة لرسالة، ردا على اتصال.
var responseWords = map[string]bool{"استجابه": true, "ردا": true, "تلبيه": true, "جوابا": true}

// answered reports whether a response word governs the contact at k, after token from, with
// only the one who answers between (استجابة من الملك سلمان لرسالة): the contact is the one
// answered, older than the answer's day.
func (d *doc) answered(k, from int) bool {
	for j := k - 1; j >= from; j-- {
		switch {
		case responseWords[d.bare(j)]:
			return true
		case d.inMention(j) || d.toks[j].Text == "من" || d.toks[j].Text == ",":
		default:
			return false
		}
	}
	return false
}

// untilWords bound a span: حتى الثامن من أغسطس is when something ends, not a contact's day.
var untilWords = map[string]bool{"حتي": true, "لغايه": true, "الي": true}

// namesPubDay reports whether a weekday names the day of publication, read forward or back.
func (d *doc) namesPubDay(e *dateExpr) bool {
	fwd := resolveDate(e, d.pub, true, readout.Date{}, "")
	return fwd.IsExact() && fwd.Start.Equal(d.pub)
}

// nightWords open the night from one weekday to the next (ليل الاثنين الثلاثاء، ليلة السبت الأحد).
var nightWords = map[string]bool{"ليل": true, "ليله": true, "مساء": true}

// scheduledFor reports whether a planned adjective stands between the triggers ts and the time
// expression e after them (اللقاء الذي كان مقررا الجمعة): the day the contact was set for.
func (d *doc) scheduledFor(e *dateExpr, ts []trigger) bool {
	if len(ts) == 0 || e.from < ts[len(ts)-1].to {
		return false
	}
	for k := ts[len(ts)-1].to; k < e.from; k++ {
		if p := d.match(k); p != nil && p.From == k && d.isCue(p, "planned-after") && p.To >= e.from-1 {
			return true // (the day right after the adjective: كان مقررا الجمعة، المقرر يوم الجمعة)
		}
	}
	return false
}
