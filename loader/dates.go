package loader

import (
	"strconv"
	"strings"
	"time"

	hijri "github.com/hablullah/go-hijri"

	"readout"
)

// dateExpr is a time expression found in the text, before it is resolved against the
// publication date. Zero fields are absent from the text.
type dateExpr struct {
	from, to   int // token span
	year       int
	month      int
	day        int
	dayTo      int  // the last day of a span of days (يومي 1 و2 مارس، من 3 إلى 5 أبريل), or 0
	hijri      bool // year, month and day are Hijri
	weekday    int  // 0-6, or -1
	relative   int  // a relative code of calendar.txt, valid when hasRel
	hasRel     bool
	since      bool      // governed by منذ: a bound, not the date of a contact
	sinceDate  bool      // right after منذ (منذ أكتوبر 2022): the date of an earlier contact, not of an event
	current    bool      // a month said to be this one (يونيو الجاري): the month of publication
	ahead      bool      // a weekday said to be coming (الثلاثاء المقبل): after publication, whatever the verb
	back       bool      // a weekday said to be past (السبت الماضي): before publication
	alt        *dateExpr // the other of two expressions joined by أو (الأحد أو الاثنين), or nil
	part       int       // the third of the month a word before names: 1 early (أوائل), 2 mid, 3 late, 0 none
	by         bool      // a deadline (بحلول نهاية أبريل، قبل نهاية العام): a contact to come happens by then
	earlier    bool      // after في وقت سابق (من): told as done before publication, so no date of a contact to come
	later      bool      // after في وقت لاحق (من): after publication
	eve        bool      // after عشية (عشية الجمعة) or in ليلة الجمعة: the evening of that day to some outlets, of the day before to others
	season     int       // the month a season named before a year begins (ربيع 3، صيف 6، خريف 9), or 0
	start, end int       // byte span in the normalised text
}

// yearCues are the words after which a bare four-digit number is a year.
var yearCues = map[string]bool{
	"عام": true, "العام": true, "سنه": true, "السنه": true, "مطلع": true, "اواخر": true,
	"اوايل": true, "منتصف": true, "في": true, "منذ": true, "خلال": true, "حتي": true, "بدايه": true,
	"نهايه": true, "صيف": true, "شتاء": true, "ربيع": true, "خريف": true,
}

// dayPrefixes may stand before a weekday: يوم الأربعاء، مساء الثلاثاء.
var dayPrefixes = map[string]bool{"يوم": true, "مساء": true, "صباح": true, "ليله": true, "ظهر": true, "فجر": true, "عصر": true, "ظهيره": true}

// timeSideBefore reports whether في وقت سابق (من) or في وقت لاحق (من) stands right before token
// i: في وقت سابق هذا الشهر (earlier this month), في وقت لاحق من هذا الأسبوع (later this week).
func (d *doc) timeSideBefore(i int) (earlier, later bool) {
	if i > 0 && d.toks[i-1].Text == "من" {
		i--
	}
	if i < 2 || d.toks[i-2].Text != "وقت" {
		return false, false
	}
	return d.toks[i-1].Text == "سابق", d.toks[i-1].Text == "لاحق"
}

// parseDates finds every time expression in the body of the document.
func (d *doc) parseDates() {
	for i := 0; i < len(d.toks); {
		if !d.body[i] || d.inMention(i) {
			i++
			continue
		}
		if e, next, ok := d.dateAt(i); ok {
			e.from, e.to = i, next
			e.start, e.end = d.toks[i].Start, d.toks[next-1].End
			e.since = d.afterSince(i)
			e.sinceDate = i > 0 && d.toks[i-1].Text == "منذ" || i > 1 && d.toks[i-2].Text == "منذ" && (d.toks[i-1].Text == "عام" || d.toks[i-1].Text == "العام") ||
				d.sinceContactAt(i)
			e.part, e.by = d.partBefore(i), d.deadlineBefore(i)
			if i > 0 {
				e.season = seasons[strings.TrimPrefix(d.bare(i-1), "ال")]
			}
			e.earlier, e.later = d.timeSideBefore(i)
			e.eve = (e.eve || i > 0 && d.bare(i-1) == "عشيه") && e.weekday >= 0 && !e.hasRel && e.day == 0
			d.dates = append(d.dates, e)
			i = next
			continue
		}
		i++
	}
}

// afterSince reports whether منذ governs the time expression at token i: it stands within
// eight tokens before it in the same clause (منذ قطع العلاقات بينهما مطلع عام 2016).
func (d *doc) afterSince(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		switch t := d.toks[k]; {
		case t.Text == "منذ":
			return true
		case t.Kind == Punct || t.Kind == Newline:
			return false
		}
	}
	return false
}

// sinceContactAt reports whether the date at token i is that of a contact named right after منذ
// (منذ قمة هلسنكي في يوليو 2018، منذ لقائهما في جنيف في يونيو 2021): an earlier contact, as
// a date right after منذ is.
func (d *doc) sinceContactAt(i int) bool {
	if i < 3 || d.toks[i-1].Text != "في" {
		return false
	}
	for k := i - 2; k >= 1 && k >= i-5; k-- {
		if d.toks[k].Kind == Punct {
			return false
		}
		if d.toks[k-1].Text == "منذ" {
			p := d.match(k)
			return p != nil && p.Has(ItemTrigger)
		}
	}
	return false
}

// monthParts name a third of a month: early (أوائل، مطلع), mid (منتصف), late (أواخر، نهاية).
var monthParts = map[string]int{
	"اوايل": 1, "مطلع": 1, "بدايه": 1, "بدايات": 1, "مستهل": 1,
	"منتصف": 2, "اواسط": 2,
	"اواخر": 3, "نهايه": 3, // not آخر: آخر مايو is as often "last May" as "the end of May"
}

// seasons are the months the seasons named before a year begin in, as the northern press counts
// them (خريف هذا العام: from September). Winter, which straddles two years, is left out.
var seasons = map[string]int{"ربيع": 3, "صيف": 6, "خريف": 9}

// partBefore returns the third of the month the word before token i names (في أواخر مايو،
// منتصف شهر يونيو), or 0.
func (d *doc) partBefore(i int) int {
	k := d.skipMonthWord(i - 1)
	if k < 0 {
		return 0
	}
	if part, ok := monthParts[d.bare(k)]; ok {
		return part
	}
	return monthParts[strings.TrimPrefix(d.bare(k), "ب")] // بأواخر
}

// deadlineBefore reports whether the time expression at token i is a deadline: بحلول أبريل،
// بحلول نهاية أبريل، قبل نهاية العام، قبل حلول الصيف.
func (d *doc) deadlineBefore(i int) bool {
	k, end := d.skipMonthWord(i-1), false
	if k >= 0 && (monthParts[d.bare(k)] == 3 || d.bare(k) == "حلول") {
		k, end = k-1, true
	}
	return k >= 0 && (d.bare(k) == "بحلول" || d.bare(k) == "قبل" && end)
}

// skipMonthWord steps back over شهر before a month name (أواخر شهر مايو).
func (d *doc) skipMonthWord(k int) int {
	if k >= 0 && (d.bare(k) == "شهر" || d.bare(k) == "الشهر") {
		k--
	}
	return k
}

// partOfMonth narrows a month to the third of it a word names: days 1-10, 11-20 or 21 to the end.
func partOfMonth(m readout.Date, part int) readout.Date {
	if m.Granularity != readout.Month || part == 0 {
		return m
	}
	start, end := m.Start.AddDate(0, 0, 10*(part-1)), m.End
	if part < 3 {
		end = start.AddDate(0, 0, 9)
	}
	return readout.Date{Start: start, End: end, Granularity: readout.Range, Text: m.Text}
}

// currentWords after a month say it is the month of publication (16 يونيو الجاري).
var currentWords = map[string]bool{"الجاري": true, "الحالي": true}

// aheadWords and backWords after a weekday say which side of publication it lies on.
var (
	aheadWords = map[string]bool{"المقبل": true, "القادم": true}
	backWords  = map[string]bool{"الماضي": true, "المنصرم": true, "الفايت": true}
)

// weekdayAt reports whether a weekday stands at token j, or after a dash or slash there.
func (d *doc) weekdayAt(j int) bool {
	if j < len(d.toks) && (d.toks[j].Text == "-" || d.toks[j].Text == "/") {
		j++
	}
	m := d.match(j)
	return m != nil && m.Has(ItemWeekday)
}

// daysCode is the base of the relative codes that count days from publication: -daysCode-n is
// n days before it (قبل 10 أيام), daysCode+n n days after (بعد 10 أيام).
const daysCode = 100

// countedDays reads قبل، منذ or بعد, a number of days up to thirty in digits and the word for
// days at token j (قبل 10 أيام، منذ 12 يوما), and returns the token after it and its relative
// code. Not when من follows: قبل 10 أيام من القمة counts from another event.
func (d *doc) countedDays(j int) (int, int, bool) {
	if j+2 >= len(d.toks) || d.toks[j+1].Kind != Number {
		return j, 0, false
	}
	w, n := d.bare(j), d.num(j+1)
	if w != "قبل" && w != "منذ" && w != "بعد" || n < 1 || n > 30 || !dayWords[d.toks[j+2].Text] {
		return j, 0, false
	}
	if k := j + 3; k < len(d.toks) && spanLinks[d.toks[k].Text] {
		return j, 0, false
	}
	if w == "بعد" {
		return j + 3, daysCode + n, true
	}
	return j + 3, -daysCode - n, true
}

// spanLinks tie a span of days to the event it is counted from: قبل يومين من القمة، بعد
// يومين على إعادة انتخابه.
var spanLinks = map[string]bool{"من": true, "علي": true, "عن": true}

// dayWords count days after a number: أيام، يوما.
var dayWords = map[string]bool{"ايام": true, "يوما": true, "يوم": true, "يوماً": true}

// dateAt reads a time expression starting at token i.
func (d *doc) dateAt(i int) (*dateExpr, int, bool) {
	e := &dateExpr{weekday: -1}
	j := i
	if dayPrefixes[d.toks[j].Text] && j+1 < len(d.toks) {
		if m := d.match(j + 1); m != nil && m.Has(ItemWeekday) {
			// ليلة الأحد: the night before Sunday to some outlets, of Sunday to others
			e.eve = d.toks[j].Text == "ليله"
			j++
		}
	}
	if k, code, ok := d.countedDays(j); ok {
		e.relative, e.hasRel = code, true // قبل 10 أيام: ten days before publication
		return e, k, true
	}
	if m := d.match(j); m != nil {
		if it, ok := m.Item(ItemWeekday); ok {
			e.weekday = it.Ref
			j = m.To
			if e.eve && d.weekdayAt(j) {
				e.eve = false // ليلة السبت - الأحد: the night it names, from one day to the next
			}
			if j < len(d.toks) {
				e.ahead, e.back = aheadWords[d.toks[j].Text], backWords[d.toks[j].Text]
				if e.ahead || e.back {
					j++
				}
			}
			// a weekday may carry its date: الأربعاء 3-4-2024, الأربعاء 3 نيسان
			if k, ok := d.explicitDate(e, d.skip(j, ",", "الموافق")); ok {
				return e, k, true
			}
			return e, j, true
		}
		if it, ok := m.Item(ItemRelative); ok {
			if k := d.skip(m.To, "فقط", "تقريبا", "فحسب", "قليله", "معدوده", "قليلا"); k < len(d.toks) && spanLinks[d.toks[k].Text] && (d.toks[i].Text == "قبل" || d.toks[i].Text == "بعد") {
				return nil, i, false // قبل يومين من القمة: two days before another event
			}
			if m.To < len(d.toks) && it.Ref == 0 && namedDays[d.bare(m.To)] {
				return nil, i, false // اليوم الوطني، اليوم التالي: a day named, not today
			}
			if it.Ref == 0 && i > 0 && (d.bare(i-1) == "الامس" || d.bare(i-1) == "امس" || d.wordIn(nowWeWords, i-1, i)) {
				return nil, i, false // المملكة بين الأمس واليوم، إننا اليوم نعيش: then and now, no day
			}
			e.relative, e.hasRel = it.Ref, true
			// اليوم الجمعة، أمس الخميس: the weekday settles the day when the two are a day
			// apart (an article dated after midnight, or in another time zone)
			k := d.skip(m.To, ",", "يوم", "(")
			if w := d.match(k); it.Ref >= -2 && it.Ref <= 2 && w != nil {
				if wd, ok := w.Item(ItemWeekday); ok {
					e.weekday = wd.Ref
					return e, w.To, true
				}
			}
			return e, m.To, true
		}
	}
	if k, ok := d.explicitDate(e, i); ok {
		return e, k, true
	}
	return nil, i, false
}

// skip returns j advanced past any of the given tokens.
func (d *doc) skip(j int, toks ...string) int {
	for j < len(d.toks) {
		found := false
		for _, t := range toks {
			if d.toks[j].Text == t {
				found = true
			}
		}
		if !found {
			return j
		}
		j++
	}
	return j
}

// explicitDate reads a numeric or named date at j into e: d-m-y, d month [year], month year,
// a year after a cue, or a Hijri date.
func (d *doc) explicitDate(e *dateExpr, j int) (int, bool) {
	if j >= len(d.toks) {
		return j, false
	}
	if k, ok := d.numericDate(e, j); ok {
		return k, true
	}
	if n, k, ok := d.dayOfMonth(j); ok {
		// يومي 1 و2 مارس، من 3 إلى 5 أبريل، 6-7 مايو: a span of days of one month
		to := 0
		if k+1 < len(d.toks) && d.toks[j].Kind == Number && (d.toks[k].Text == "و" || d.toks[k].Text == "-" || d.toks[k].Text == "الي" || d.toks[k].Text == "حتي") && d.toks[k+1].Kind == Number {
			if n2 := d.num(k + 1); n2 > n && n2 <= 31 {
				if _, ok := d.monthName(&dateExpr{}, k+2); ok {
					to, k = n2, k+2
				}
			}
		}
		// 3 أبريل، الثالث من أبريل، الـ12 من الشهر الجاري
		if k2, ok := d.monthName(e, k); ok {
			e.day, e.dayTo = n, to
			k3 := d.yearAfter(e, k2)
			if k3 == k2 && k2 < len(d.toks) && currentWords[d.toks[k2].Text] {
				e.current = true // 16 يونيو الجاري
				k3++
			} else if k3 == k2 && k2 < len(d.toks) && (backWords[d.toks[k2].Text] || aheadWords[d.toks[k2].Text]) {
				// يومي 19 و20 فيفري الماضي، 12 يونيو المقبل: the side of publication it lies on
				e.back, e.ahead = backWords[d.toks[k2].Text], aheadWords[d.toks[k2].Text]
				k3++
			}
			return k3, true
		}
		if m := d.match(k); m != nil && d.toks[k-1].Text == "من" {
			if it, ok := m.Item(ItemRelative); ok && monthsAround[it.Ref] {
				e.day, e.relative, e.hasRel = n, it.Ref, true
				return m.To, true
			}
		}
	}
	if d.toks[j].Kind == Number {
		n := d.num(j)
		if n >= 1900 && n <= 2100 && j > 0 && yearCues[d.toks[j-1].Text] || n >= 1900 && n <= 2100 && d.isEraMark(j+1, false) {
			e.year = n
			return d.eraAfter(j+1, false), true
		}
		return j, false
	}
	// a month alone is a date only after a word that introduces one (في مارس), since month
	// names are also words and names (مارس ضغوطا، تيريزا ماي)
	k := d.skip(j, "شهر")
	if k, ok := d.monthName(e, k); ok {
		sided := k < len(d.toks) && (backWords[d.toks[k].Text] || aheadWords[d.toks[k].Text] || currentWords[d.toks[k].Text])
		if k2 := d.yearAfter(e, k); k2 > k || sided || j > 0 && (monthCues[d.toks[j-1].Text] || d.toks[j].Text == "شهر") {
			// (مايو/أيار المقبل: a month said to be coming or past is a date with no word before it)
			if k2 == k && k < len(d.toks) {
				// مايو الماضي، يونيو المقبل، يونيو الجاري: the side of publication the month lies on
				e.back, e.ahead, e.current = backWords[d.toks[k].Text], aheadWords[d.toks[k].Text], currentWords[d.toks[k].Text]
				if e.back || e.ahead || e.current {
					k2++
				}
			}
			return k2, true
		}
	}
	return j, false
}

// dayOfMonth reads a day of the month at j, as a number or an ordinal word (الثالث), and
// returns it with the token after it and after من; an ordinal is a day only before من.
func (d *doc) dayOfMonth(j int) (int, int, bool) {
	if d.toks[j].Kind == Number {
		n := d.num(j)
		return n, d.skip(j+1, "من"), n >= 1 && n <= 31
	}
	if m := d.match(j); m != nil {
		if it, ok := m.Item(ItemOrdinal); ok && m.To < len(d.toks) && d.toks[m.To].Text == "من" {
			if j > 0 && spanHeads[d.bare(j-1)] {
				return 0, j, false // الأسبوع الأول من مارس، النصف الثاني من يونيو: no day
			}
			return it.Ref, m.To + 1, true
		}
	}
	return 0, j, false
}

// spanHeads are the stretches of time an ordinal may number within a month (الأسبوع الأول من
// مارس): the ordinal then names no day.
var spanHeads = map[string]bool{
	"الاسبوع": true, "اسبوع": true, "النصف": true, "نصف": true, "الثلث": true, "الربع": true, "العشر": true,
	"العشره": true, "الايام": true, "ايام": true, "الجوله": true, "الشهر": true, "الفتره": true, "المرحله": true,
	"الاسبوعين": true, "الاسابيع": true,
}

// monthsAround are the relative codes of calendar.txt that name a month around publication:
// last month, this month, next month.
var monthsAround = map[int]bool{-30: true, 31: true, 30: true, -33: true}

// monthCues introduce a month named without a day or year.
var monthCues = map[string]bool{
	"في": true, "خلال": true, "منذ": true, "مطلع": true, "اواخر": true, "اوايل": true, "منتصف": true,
	"بدايه": true, "نهايه": true, "حتي": true, "الي": true, "من": true, "قبل": true, "بعد": true, "اواسط": true,
	"بحلول": true,
}

// numericDate reads 3-4-2024, 3/4/2024, 3.4.2024 (day first) or 2024-04-03.
func (d *doc) numericDate(e *dateExpr, j int) (int, bool) {
	if j+4 >= len(d.toks) {
		return j, false
	}
	t := d.toks[j : j+5]
	sep := t[1].Text
	if t[0].Kind != Number || t[2].Kind != Number || t[4].Kind != Number || (sep != "-" && sep != "/" && sep != ".") || t[3].Text != sep {
		return j, false
	}
	a, b, c := d.num(j), d.num(j+2), d.num(j+4)
	switch {
	case len(t[0].Text) == 4 && b >= 1 && b <= 12 && c >= 1 && c <= 31:
		e.year, e.month, e.day = a, b, c
	case len(t[4].Text) == 4 && b >= 1 && b <= 12 && a >= 1 && a <= 31:
		e.year, e.month, e.day = c, b, a
	default:
		return j, false
	}
	if e.year >= 1300 && e.year <= 1500 {
		e.hijri = true
	}
	return d.eraAfter(j+5, e.hijri), true
}

// monthName reads a month at j, with an alternative name after / or in brackets:
// نيسان (أبريل), أيلول/سبتمبر, تشرين الأول/أكتوبر.
func (d *doc) monthName(e *dateExpr, j int) (int, bool) {
	if j >= len(d.toks) || d.match(j) == nil {
		return j, false
	}
	m := d.match(j)
	if it, ok := m.Item(ItemMonth); ok {
		e.month = it.Ref
	} else if it, ok := m.Item(ItemHijriMonth); ok {
		e.month, e.hijri = it.Ref, true
	} else {
		return j, false
	}
	k := m.To
	// an alternative name: "/" or "(" month ")" or "-" month
	if k+1 < len(d.toks) && (d.toks[k].Text == "/" || d.toks[k].Text == "(" || d.toks[k].Text == "-") {
		if m2 := d.match(k + 1); m2 != nil && m2.Has(ItemMonth) && !e.hijri {
			k = m2.To
			if k < len(d.toks) && d.toks[k].Text == ")" {
				k++
			}
		}
	}
	return k, true
}

// yearAfter reads an optional year after a month name.
func (d *doc) yearAfter(e *dateExpr, k int) int {
	k2 := d.skip(k, ",", "عام", "سنه", "من")
	if k2 < len(d.toks) && d.toks[k2].Kind == Number {
		n := d.num(k2)
		switch {
		case e.hijri && n >= 1300 && n <= 1500, !e.hijri && n >= 1900 && n <= 2100:
			e.year = n
			return d.eraAfter(k2+1, e.hijri)
		}
	}
	return k
}

// isEraMark reports whether token j is م (AD) or هـ (AH, normalised to ه).
func (d *doc) isEraMark(j int, hijriEra bool) bool {
	if j >= len(d.toks) {
		return false
	}
	t := d.toks[j].Text
	if hijriEra {
		return t == "ه"
	}
	return t == "م" || t == "ميلادي" || t == "ميلاديه"
}

func (d *doc) eraAfter(j int, hijriEra bool) int {
	if d.isEraMark(j, hijriEra) {
		return j + 1
	}
	return j
}

func (d *doc) num(j int) int {
	n, err := strconv.Atoi(d.toks[j].Text)
	if err != nil || len(d.toks[j].Text) > 4 {
		return -1
	}
	return n
}

// nowWeWords before اليوم make it "nowadays" (إننا اليوم نعيش، نحن اليوم أمام): the time of
// the writer's people, not a day.
var nowWeWords = map[string]bool{"اننا": true, "نحن": true, "لكننا": true, "فاننا": true, "وكاننا": true, "كاننا": true, "فنحن": true}

// namedDays after اليوم make it a named day (national, world, the next, the first), a day
// told elsewhere (اليوم ذاته، اليوم نفسه: the same day) or the head of a relative clause
// (صبيحة اليوم الذي من المقرر أن يجتمع فيه: the day on which), not today.
var namedDays = map[string]bool{
	"الوطني": true, "العالمي": true, "الدولي": true, "التالي": true, "الموالي": true, "الاول": true,
	"الثاني": true, "الثالث": true, "الرابع": true, "الاخير": true, "الختامي": true, "السابق": true,
	"المفتوح": true, "ذاته": true, "نفسه": true, "الذي": true,
}

// resolve turns a time expression into the interval it supports, given the publication day
// (zero when unknown), whether the contact is planned, and the date last resolved in the same
// passage (for "the previous month"). It never returns a day the text does not support.
func resolveDate(e *dateExpr, pub time.Time, planned bool, prev readout.Date, text string) readout.Date {
	if e.by && planned && !pub.IsZero() {
		// بحلول نهاية أبريل: any day from publication to the deadline
		whole := *e
		whole.by, whole.part = false, 0
		if r := resolveDate(&whole, pub, planned, prev, text); r.IsKnown() && !r.End.Before(pub) {
			return readout.Date{Start: pub, End: r.End, Granularity: readout.Range, Text: text}
		}
		return readout.Date{Granularity: readout.Unknown, Text: text}
	}
	if e.eve {
		// عشية الجمعة: Friday evening or Thursday evening, as the outlet's usage has it
		day := *e
		day.eve = false
		if r := resolveDate(&day, pub, planned, prev, text); r.IsExact() {
			return readout.Date{Start: r.Start.AddDate(0, 0, -1), End: r.Start, Granularity: readout.Range, Text: text}
		}
		return readout.Date{Granularity: readout.Unknown, Text: text}
	}
	if e.part > 0 && e.alt != nil && e.day == 0 && e.weekday < 0 {
		// أواخر مايو أو أوائل يونيو: the parts bound the span of the two. (A part alone, أواخر
		// مايو, is dated by its month, as annotators write it.)
		whole := *e
		whole.part = 0
		return partOfMonth(resolveDate(&whole, pub, planned, prev, text), e.part)
	}
	if e.dayTo > e.day {
		// يومي 1 و2 مارس: the span from the first day to the last; one already over is dated by
		// its month, as eval/GUIDE.md has annotators write an event named only by its span (a
		// span to come keeps its days, which tell that the contact is still to come)
		first := *e
		first.dayTo = 0
		r := resolveDate(&first, pub, planned, prev, text)
		if !r.IsExact() {
			return r
		}
		end := r.Start.AddDate(0, 0, e.dayTo-e.day)
		if (!planned || e.back) && !pub.IsZero() && end.Before(pub) {
			return readout.MonthDate(r.Start.Year(), r.Start.Month(), text)
		}
		return readout.Date{Start: r.Start, End: end, Granularity: readout.Range, Text: text}
	}
	if e.current && !pub.IsZero() {
		if e.month != int(pub.Month()) {
			// 16 يونيو الجاري in an article of July: one of the two is wrong, no day is known
			return readout.Date{Granularity: readout.Unknown, Text: text}
		}
		e = &dateExpr{year: pub.Year(), month: e.month, day: e.day, weekday: e.weekday}
	}
	switch {
	case e.hijri:
		return resolveHijri(e, text)
	case e.year > 0 && e.month > 0 && e.day > 0:
		t := readout.CivilDay(e.year, time.Month(e.month), e.day)
		if t.Day() != e.day || e.weekday >= 0 && int(t.Weekday()) != e.weekday {
			// no such day, or the weekday beside it says another (الأحد 19 فيفري 2016, a
			// Friday): one of the two is a typo, and the text fixes no day
			return readout.Date{Granularity: readout.Unknown, Text: text}
		}
		return readout.DayDate(t, text)
	case e.month > 0 && e.day > 0:
		return inferYear(e, pub, planned, text)
	case e.year > 0 && e.month > 0:
		return readout.MonthDate(e.year, time.Month(e.month), text)
	case e.month > 0:
		if pub.IsZero() {
			return readout.Date{Granularity: readout.Unknown, Text: text}
		}
		if e.back || e.ahead {
			planned = e.ahead // مايو الماضي is past whatever the contact's status
			if e.month == int(pub.Month()) {
				return readout.MonthDate(pub.Year()+map[bool]int{true: 1, false: -1}[e.ahead], time.Month(e.month), text)
			}
		}
		y := pub.Year()
		if !planned && e.month > int(pub.Month()) {
			y--
		} else if planned && e.month < int(pub.Month()) {
			y++
		}
		return readout.MonthDate(y, time.Month(e.month), text)
	case e.year > 0:
		return readout.YearDate(e.year, text)
	case e.day > 0 && e.hasRel:
		// the 12th of this month: a day of the month the relative word names
		m := resolveRelative(e.relative, pub, prev, text)
		if m.Granularity != readout.Month {
			return readout.Date{Granularity: readout.Unknown, Text: text}
		}
		t := m.Start.AddDate(0, 0, e.day-1)
		if t.Month() != m.Start.Month() {
			return readout.Date{Granularity: readout.Unknown, Text: text}
		}
		return readout.DayDate(t, text)
	case e.weekday >= 0 && e.hasRel:
		return resolveDayAndWeekday(e.relative, time.Weekday(e.weekday), pub, text)
	case e.weekday >= 0:
		if e.ahead || e.back {
			// a weekday said to be coming or past lies on that side whatever the contact's status
			return resolveWeekday(time.Weekday(e.weekday), pub, e.ahead, true, text)
		}
		return resolveWeekday(time.Weekday(e.weekday), pub, planned, false, text)
	case e.hasRel && planned && e.relative == 21 && !pub.IsZero():
		// هذا الأسبوع for a contact to come: every reading of the week, past publication too
		// (a paper of Saturday may mean the week now ending); after في وقت لاحق من, from
		// publication on
		w := weekRange(pub, 20, text)
		start := w.Start.AddDate(0, 0, -7)
		if e.later {
			start = pub
		}
		return readout.Date{Start: start, End: w.End.AddDate(0, 0, -7), Granularity: readout.Range, Text: text}
	case e.hasRel:
		return resolveRelative(e.relative, pub, prev, text)
	}
	return readout.Date{Granularity: readout.Unknown, Text: text}
}

// inferYear places "3 April" in the one year the publication date allows: the latest such day
// on or before publication (the first on or after it, for a planned contact), within a year,
// that also falls on the weekday the text gives, if any. A day a few weeks ahead is read ahead
// rather than almost a year back (12 June in an article of 9 June is the coming one).
func inferYear(e *dateExpr, pub time.Time, planned bool, text string) readout.Date {
	if pub.IsZero() {
		return readout.Date{Granularity: readout.Unknown, Text: text}
	}
	if e.back || e.ahead {
		planned = e.ahead // 19 فيفري الماضي is past whatever the contact's status
	} else if !planned {
		ahead := readout.CivilDay(pub.Year(), time.Month(e.month), e.day)
		if ahead.Before(pub) {
			ahead = ahead.AddDate(1, 0, 0)
		}
		if ahead.Sub(pub) <= 45*24*time.Hour {
			planned = true
		}
	} else {
		// a contact to come on a day a few weeks gone (قوله يوم 30 مايو "سألتقي", in June) is
		// dated by something else: not the same day of next year
		back := readout.CivilDay(pub.Year(), time.Month(e.month), e.day)
		if back.After(pub) {
			back = back.AddDate(-1, 0, 0)
		}
		if back.Before(pub) && pub.Sub(back) <= 45*24*time.Hour {
			return readout.Date{Granularity: readout.Unknown, Text: text}
		}
	}
	for dy := 0; dy <= 1; dy++ {
		y := pub.Year() - dy
		if planned {
			y = pub.Year() + dy
		}
		t := readout.CivilDay(y, time.Month(e.month), e.day)
		if t.Day() != e.day || (!planned && t.After(pub)) || (planned && t.Before(pub)) {
			continue
		}
		if e.weekday >= 0 && t.Weekday() != time.Weekday(e.weekday) {
			break // the weekday contradicts the nearest reading: say no more than the month
		}
		return readout.DayDate(t, text)
	}
	return readout.Date{Granularity: readout.Unknown, Text: text}
}

// resolveWeekday is the latest such weekday on or before publication, or the next on or after
// it when forward (a planned contact). When strict, publication day itself is not one of them:
// الثلاثاء المقبل in an article of a Tuesday is a week later, السبت الماضي in one of a Saturday
// a week before. Without a publication date it is only "a <weekday>": unknown.
func resolveWeekday(w time.Weekday, pub time.Time, forward, strict bool, text string) readout.Date {
	if pub.IsZero() {
		return readout.Date{Granularity: readout.Unknown, Text: text}
	}
	n := (int(w) - int(pub.Weekday()) + 7) % 7 // days ahead
	if !forward {
		n = (int(pub.Weekday()) - int(w) + 7) % 7 // days back
	}
	if strict && n == 0 {
		n = 7
	}
	if !forward {
		n = -n
	}
	return readout.DayDate(pub.AddDate(0, 0, n), text)
}

// resolveDayAndWeekday resolves "today Friday", "yesterday Thursday": the day the relative word
// gives, or the day of that weekday beside it when it lies a day away (the article was dated
// after midnight); a weekday further off contradicts the text, which then gives no day.
func resolveDayAndWeekday(rel int, w time.Weekday, pub time.Time, text string) readout.Date {
	if pub.IsZero() {
		return readout.Date{Granularity: readout.Unknown, Text: text}
	}
	day := pub.AddDate(0, 0, rel)
	for _, off := range []int{0, -1, 1} {
		if t := day.AddDate(0, 0, off); t.Weekday() == w {
			return readout.DayDate(t, text)
		}
	}
	return readout.Date{Granularity: readout.Unknown, Text: text}
}

// recentlyCode is the relative code of calendar.txt for "recently" (مؤخرا، قبل أيام).
const recentlyCode = 50

// sameDayCode is the relative code of calendar.txt for "the same day" (اليوم نفسه): no date of
// its own, but that of the contact told before it.
const sameDayCode = -32

// resolveRelative resolves the relative codes of calendar.txt.
func resolveRelative(code int, pub time.Time, prev readout.Date, text string) readout.Date {
	unknown := readout.Date{Granularity: readout.Unknown, Text: text}
	switch code {
	case -31:
		if prev.Granularity == readout.Day || prev.Granularity == readout.Month {
			p := prev.Start.AddDate(0, -1, 0)
			return readout.MonthDate(p.Year(), p.Month(), text)
		}
		return unknown
	case sameDayCode:
		return unknown // the day of the contact told before: see lastDayWith
	case -41:
		if prev.IsKnown() && !prev.Start.IsZero() && prev.Granularity != readout.Range {
			return readout.YearDate(prev.Start.Year()-1, text)
		}
		return unknown
	}
	if pub.IsZero() {
		return unknown
	}
	switch {
	case code < -daysCode && code > -2*daysCode:
		return readout.DayDate(pub.AddDate(0, 0, code+daysCode), text)
	case code > daysCode && code < 2*daysCode:
		return readout.DayDate(pub.AddDate(0, 0, code-daysCode), text)
	}
	switch code {
	case 0, -1, -2, -3, 1, 2:
		return readout.DayDate(pub.AddDate(0, 0, code), text)
	case -20, 21, 20, -22:
		return weekRange(pub, code, text)
	case -30, 31, 30, -33:
		m := pub.AddDate(0, 0, 1-pub.Day()).AddDate(0, map[int]int{-30: -1, 31: 0, 30: 1, -33: -2}[code], 0)
		return readout.MonthDate(m.Year(), m.Month(), text)
	case -40, 41, 40:
		return readout.YearDate(pub.Year()+map[int]int{-40: -1, 41: 0, 40: 1}[code], text)
	case recentlyCode:
		return readout.RangeDate(pub.AddDate(0, 0, -30), pub, text)
	case 51:
		// قبل سنوات: a year or more before, no one says how long
		return readout.Date{End: pub.AddDate(-1, 0, 0), Granularity: readout.Range, Text: text}
	}
	return unknown
}

// weekRange covers every reading of "last/this/next week": weeks starting on Saturday, Sunday
// or Monday, as eval/GUIDE.md asks. "This week" ends at publication.
func weekRange(pub time.Time, code int, text string) readout.Date {
	var start, end time.Time
	for _, first := range []time.Weekday{time.Saturday, time.Sunday, time.Monday} {
		ws := pub.AddDate(0, 0, -((int(pub.Weekday()) - int(first) + 7) % 7))
		switch code {
		case -20:
			ws = ws.AddDate(0, 0, -7)
		case -22:
			ws = ws.AddDate(0, 0, -14)
		case 20:
			ws = ws.AddDate(0, 0, 7)
		}
		we := ws.AddDate(0, 0, 6)
		if code == 21 && we.After(pub) {
			we = pub
		}
		if start.IsZero() || ws.Before(start) {
			start = ws
		}
		if we.After(end) {
			end = we
		}
	}
	return readout.Date{Start: start, End: end, Granularity: readout.Week, Text: text}
}

// The Umm al-Qura tables cover these Hijri years (1937 to 2077).
const firstHijri, lastHijri = 1356, 1500

// resolveHijri converts a Hijri date (Umm al-Qura) to the Gregorian day or interval. A year the
// calendar tables do not cover, or a day no month has, is an unknown date.
func resolveHijri(e *dateExpr, text string) readout.Date {
	if e.year < firstHijri || e.year >= lastHijri || e.month < 1 || e.month > 12 || e.day > 30 {
		return readout.Date{Granularity: readout.Unknown, Text: text}
	}
	if e.day > 0 {
		t := hijri.UmmAlQuraDate{Year: int64(e.year), Month: int64(e.month), Day: int64(e.day)}.ToGregorian()
		day := readout.CivilDay(t.Year(), t.Month(), t.Day())
		if e.weekday >= 0 && day.Weekday() != time.Weekday(e.weekday) {
			// الثلاثاء 15 رمضان with the 15th a Wednesday by Umm al-Qura: a month begun a day
			// apart where the moon was sighted, so either day; further off, no day is known
			if prev := day.AddDate(0, 0, -1); prev.Weekday() == time.Weekday(e.weekday) {
				return readout.RangeDate(prev, day, text)
			}
			if next := day.AddDate(0, 0, 1); next.Weekday() == time.Weekday(e.weekday) {
				return readout.RangeDate(day, next, text)
			}
			return readout.Date{Granularity: readout.Unknown, Text: text}
		}
		return readout.DayDate(day, text)
	}
	first := hijri.UmmAlQuraDate{Year: int64(e.year), Month: int64(e.month), Day: 1}.ToGregorian()
	ny, nm := e.year, e.month+1
	if nm > 12 {
		ny, nm = ny+1, 1
	}
	next := hijri.UmmAlQuraDate{Year: int64(ny), Month: int64(nm), Day: 1}.ToGregorian()
	return readout.RangeDate(readout.CivilDay(first.Year(), first.Month(), first.Day()),
		readout.CivilDay(next.Year(), next.Month(), next.Day()).AddDate(0, 0, -1), text)
}
