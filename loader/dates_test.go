package loader

import (
	"testing"

	"readout"
)

// dateOf extracts the single time expression of a phrase and resolves it against pub.
func dateOf(t *testing.T, text string, pub readout.Date, planned bool) string {
	t.Helper()
	x := testExtractor(t)
	d := &readout.Document{ID: "t", Text: text, Published: pub.Start}
	dc := x.prepare(d)
	dc.findMentions()
	dc.parseDates()
	dc.resolveDates()
	if len(dc.dates) == 0 {
		return "none"
	}
	r := dc.resolved[0]
	if planned {
		return resolveDate(r.e, d.Published, true, readout.Date{}, "").String()
	}
	return r.date.String()
}

// TestDates checks the date grammar: numeric dates, month names of every system, Hijri dates,
// weekdays, relative words, and the year inferred from publication.
func TestDates(t *testing.T) {
	pub := readout.DayDate(readout.CivilDay(2024, 4, 4), "") // a Thursday
	none := readout.Date{}
	for _, c := range []struct {
		text    string
		pub     readout.Date
		planned bool
		want    string
	}{
		{"في 3-4-2024", pub, false, "2024-04-03"},
		{"يومي 1 و2 مارس 2024", pub, false, "2024-03"}, // over before publication: its month, as the guide asks
		{"يومي 1 و2 مارس 2024", pub, true, "2024-03-01/2024-03-02"},
		{"يومي 19 و20 فبراير الماضي", pub, true, "2024-02"}, // الماضي: past, whatever the status
		{"في 10 أبريل المقبل", pub, false, "2024-04-10"},
		{"من 3 إلى 5 أبريل 2024", pub, false, "2024-04-03/2024-04-05"},
		{"بين 6-7 مايو 2024", pub, false, "2024-05-06/2024-05-07"},
		{"يومي 5 و2 مارس 2024", pub, false, "2024-03-02"},
		{"يوم ٣/٤/٢٠٢٤", pub, false, "2024-04-03"},
		{"بتاريخ 2024-04-03", pub, false, "2024-04-03"},
		{"في 3 أبريل 2024", pub, false, "2024-04-03"},
		{"يوم 30 مارس", pub, true, "unknown"}, // to come, on a day just gone: not 30 March 2025
		{"يوم 30 مارس", pub, false, "2024-03-30"},
		{"يوم 30 يناير", pub, true, "2025-01-30"}, // months back: the coming one
		{"في 3 نيسان (أبريل) 2024", pub, false, "2024-04-03"},
		{"في الثالث من أبريل", pub, false, "2024-04-03"},
		{"الأربعاء 3 أبريل 2024", pub, false, "2024-04-03"},
		{"الأحد 3 أبريل 2024", pub, false, "unknown"}, // 3 April 2024 is a Wednesday
		{"منذ يومين", pub, false, "2024-04-02"},
		{"قبل ثلاثة أيام", pub, false, "2024-04-01"},
		{"قبل يومين من القمة", pub, false, "none"},
		{"قبل يومين فقط من القمة", pub, false, "none"},
		{"في الحادي والعشرين من مارس", pub, false, "2024-03-21"},
		{"في الـ12 من الشهر الجاري", pub, true, "2024-04-12"},
		{"في الثاني من الشهر الماضي", pub, false, "2024-03-02"},
		{"في 31 من الشهر الجاري", pub, true, "unknown"}, // April has no 31st
		{"في 12 من الشهر الجاري", none, false, "unknown"},
		{"الأول من نوعه", pub, false, "none"},
		{"في أيلول/سبتمبر 2022", pub, false, "2022-09"},
		{"في تشرين الأول/أكتوبر 2022", pub, false, "2022-10"},
		{"يوم 14 أوت 2021", pub, false, "2021-08-14"},
		{"يوم 14 شتنبر 2023", pub, false, "2023-09-14"},
		{"في يوليوز الماضي", pub, false, "2023-07"},
		{"خلال مارس الماضي", pub, true, "2024-03"}, // a contact to come, dated by a past month: still past
		{"في أبريل الماضي", pub, false, "2023-04"},
		{"في مايو المقبل", pub, false, "2024-05"},
		{"في 16 أبريل الجاري", pub, true, "2024-04-16"},
		{"في 16 يونيو الجاري", pub, true, "unknown"}, // an article of April: a slip of the pen
		{"خلال أبريل الجاري", pub, false, "2024-04"},
		{"في مارس المقبل", pub, false, "2025-03"},
		{"في جوان 2020", pub, false, "2020-06"},
		{"في العام 2022", pub, false, "2022"},
		{"21 شوال 1440هـ", pub, false, "2019-06-24"},
		{"الأربعاء", pub, false, "2024-04-03"},
		{"يوم الخميس", pub, false, "2024-04-04"},
		{"الأربعاء", pub, true, "2024-04-10"}, // planned: the next Wednesday
		{"الأربعاء", none, false, "unknown"},  // no publication day: a Wednesday, not a guess
		{"اليوم الخميس", pub, false, "2024-04-04"},
		{"اليوم الأربعاء", pub, false, "2024-04-03"}, // dated after midnight: the weekday wins
		{"أمس الأربعاء", pub, false, "2024-04-03"},
		{"أمس يوم الثلاثاء", pub, false, "2024-04-02"},
		{"اليوم السبت", pub, false, "unknown"}, // two days off: the text contradicts itself
		{"غدا الجمعة", pub, true, "2024-04-05"},
		{"الخميس المقبل", pub, false, "2024-04-11"}, // coming: after publication, whatever the verb
		{"الأربعاء القادم", pub, false, "2024-04-10"},
		{"الخميس الماضي", pub, true, "2024-03-28"}, // past: before publication, even if planned
		{"السبت الماضي", pub, false, "2024-03-30"},
		{"الأحد المقبل", none, false, "unknown"},
		{"اليوم", pub, false, "2024-04-04"},
		{"بذكرى اليوم الوطني", pub, false, "none"},            // a named day, not today
		{"معرض المملكة بين الأمس واليوم", pub, false, "none"}, // then and now
		{"اليوم (الأربعاء)", pub, false, "2024-04-03"},        // the weekday in brackets settles it
		{"أمس", pub, false, "2024-04-03"},
		{"أول أمس", pub, false, "2024-04-02"},
		{"الشهر الماضي", pub, false, "2024-03"},
		{"العام الماضي", pub, false, "2023"},
		{"الأسبوع الماضي", readout.DayDate(readout.CivilDay(2018, 6, 6), ""), false, "2018-05-26/2018-06-03"},
		{"في 3 أبريل", pub, false, "2024-04-03"},
		{"في 27 ديسمبر", readout.DayDate(readout.CivilDay(2018, 1, 4), ""), false, "2017-12-27"},
		{"في 12 يونيو", readout.DayDate(readout.CivilDay(2018, 6, 9), ""), false, "2018-06-12"}, // days ahead, not a year back
		{"في 3 أبريل", none, false, "unknown"},
		{"في مارس", pub, false, "2024-03"},
		{"مارس ضغوطا", pub, false, "none"}, // a month name that is a verb
		{"2000 جندي", pub, false, "none"},  // a number that is no year
	} {
		if got := dateOf(t, c.text, c.pub, c.planned); got != c.want {
			t.Errorf("%q (published %s, planned %v) = %s, want %s", c.text, c.pub, c.planned, got, c.want)
		}
	}
}

// TestPreviousMonth checks "in the previous month" against the date mentioned before it.
func TestPreviousMonth(t *testing.T) {
	x := testExtractor(t)
	d := &readout.Document{ID: "t", Text: "في أبريل 2023، وفي الشهر السابق", Published: readout.CivilDay(2024, 4, 4)}
	dc := x.prepare(d)
	dc.findMentions()
	dc.parseDates()
	dc.resolveDates()
	if len(dc.resolved) != 2 || dc.resolved[1].date.String() != "2023-03" {
		t.Errorf("got %+v", dc.resolved)
	}
}

// FuzzDates checks that the date grammar never panics and never returns an interval that ends
// before it starts, whatever the text.
func FuzzDates(f *testing.F) {
	for _, s := range []string{"الأربعاء 3-4-2024", "3 نيسان (أبريل)", "21 شوال 1440هـ الموافق 24 يونيو", "الأسبوع الماضي", "31-2-2024", "99 ماي 1200"} {
		f.Add(s, int64(19800))
	}
	x := testExtractor(f)
	f.Fuzz(func(t *testing.T, s string, day int64) {
		pub := readout.CivilDay(1970, 1, 1).AddDate(0, 0, int(day%40000))
		dc := x.prepare(&readout.Document{ID: "f", Text: s, Published: pub})
		dc.findMentions()
		dc.parseDates()
		dc.resolveDates()
		for _, r := range dc.resolved {
			if !r.date.Start.IsZero() && !r.date.End.IsZero() && r.date.End.Before(r.date.Start) {
				t.Fatalf("%q: %s ends before it starts", s, r.date)
			}
		}
	})
}

// TestHijriRange checks that Hijri years outside the calendar tables give an unknown date.
func TestHijriRange(t *testing.T) {
	pub := readout.DayDate(readout.CivilDay(2015, 8, 7), "")
	for _, c := range []struct{ text, want string }{
		{"22 شوال 1436هـ", "2015-08-07"},
		{"22 شوال 1300هـ", "unknown"},
		{"1-1-1320", "unknown"},
		{"21 شوال 1440هـ", "2019-06-24"},
	} {
		if got := dateOf(t, c.text, pub, false); got != c.want {
			t.Errorf("%q = %s, want %s", c.text, got, c.want)
		}
	}
}
