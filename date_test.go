package readout_test

import (
	"testing"
	"time"

	"readout"
)

// day is the civil day of a YYYY-MM-DD string; it panics on a malformed one.
func day(s string) time.Time {
	t, err := readout.ParseDay(s)
	if err != nil {
		panic(err)
	}
	return t
}

// rng is a Range date from start to end, "" leaving a side open.
func rng(start, end string) readout.Date {
	var a, b time.Time
	if start != "" {
		a = day(start)
	}
	if end != "" {
		b = day(end)
	}
	return readout.Date{Start: a, End: b, Granularity: readout.Range}
}

var (
	unknown = readout.Date{Granularity: readout.Unknown}
	july    = readout.MonthDate(2025, time.July, "")
	y2025   = readout.YearDate(2025, "")
	jul1    = readout.DayDate(day("2025-07-01"), "")
	jul31   = readout.DayDate(day("2025-07-31"), "")
	aug1    = readout.DayDate(day("2025-08-01"), "")
)

// TestDateBuilders checks that the builders give the first and last day of their period and
// that a range of one day is a day.
func TestDateBuilders(t *testing.T) {
	tests := []struct {
		name       string
		d          readout.Date
		start, end string
		g          readout.Granularity
	}{
		{"month", july, "2025-07-01", "2025-07-31", readout.Month},
		{"february of a leap year", readout.MonthDate(2024, time.February, ""), "2024-02-01", "2024-02-29", readout.Month},
		{"year", y2025, "2025-01-01", "2025-12-31", readout.Year},
		{"range of one day", readout.RangeDate(day("2025-07-01"), day("2025-07-01"), ""), "2025-07-01", "2025-07-01", readout.Day},
		{"open range", readout.RangeDate(time.Time{}, day("2025-07-01"), ""), "", "2025-07-01", readout.Range},
	}
	for _, tt := range tests {
		if got := readout.FormatDay(tt.d.Start); got != tt.start {
			t.Errorf("%s: start %q, want %q", tt.name, got, tt.start)
		}
		if got := readout.FormatDay(tt.d.End); got != tt.end {
			t.Errorf("%s: end %q, want %q", tt.name, got, tt.end)
		}
		if tt.d.Granularity != tt.g {
			t.Errorf("%s: granularity %q, want %q", tt.name, tt.d.Granularity, tt.g)
		}
	}
}

// TestDateWithin checks that Within admits only dates whose every day lies inside the other,
// open sides of the outer date admitting anything and open sides of the inner one nothing.
func TestDateWithin(t *testing.T) {
	tests := []struct {
		name string
		d, o readout.Date
		want bool
	}{
		{"day in month", jul1, july, true},
		{"last day of month", jul31, july, true},
		{"day after month", aug1, july, false},
		{"month in day", july, jul1, false},
		{"month in year", july, y2025, true},
		{"month in itself", july, july, true},
		{"anything in unknown", july, unknown, true},
		{"unknown in unknown", unknown, unknown, true},
		{"unknown in month", unknown, july, false},
		{"day in open end", aug1, rng("2025-07-01", ""), true},
		{"day before open end", readout.DayDate(day("2025-06-30"), ""), rng("2025-07-01", ""), false},
		{"day in open start", jul1, rng("", "2025-07-01"), true},
		{"day after open start", readout.DayDate(day("2025-07-02"), ""), rng("", "2025-07-01"), false},
		{"open start in closed", rng("", "2025-07-10"), july, false},
		{"open end in closed", rng("2025-07-10", ""), july, false},
		{"open start in open start", rng("", "2025-06-10"), rng("", "2025-07-01"), true},
		{"range crossing month end", rng("2025-07-20", "2025-08-10"), july, false},
	}
	for _, tt := range tests {
		if got := tt.d.Within(tt.o); got != tt.want {
			t.Errorf("%s: %v.Within(%v) = %v, want %v", tt.name, tt.d, tt.o, got, tt.want)
		}
	}
}

// TestDateOverlaps checks that Overlaps is true exactly when the intervals share a day, an
// unknown date meeting anything, and that it is symmetric.
func TestDateOverlaps(t *testing.T) {
	tests := []struct {
		name string
		d, o readout.Date
		want bool
	}{
		{"day in month", jul1, july, true},
		{"day after month", aug1, july, false},
		{"ranges sharing one day", rng("2025-07-01", "2025-07-05"), rng("2025-07-05", "2025-07-09"), true},
		{"adjacent ranges", rng("2025-07-01", "2025-07-04"), rng("2025-07-05", "2025-07-09"), false},
		{"unknown and day", unknown, jul1, true},
		{"open end and later day", rng("2025-07-01", ""), aug1, true},
		{"open end and earlier day", rng("2025-07-02", ""), jul1, false},
		{"open start and earlier day", rng("", "2025-07-01"), jul1, true},
		{"open start and later day", rng("", "2025-07-31"), aug1, false},
		{"two open starts", rng("", "2025-01-01"), rng("", "2025-07-01"), true},
		{"open start and open end apart", rng("", "2025-01-01"), rng("2025-07-01", ""), false},
		{"different years", readout.YearDate(2024, ""), y2025, false},
	}
	for _, tt := range tests {
		if got := tt.d.Overlaps(tt.o); got != tt.want {
			t.Errorf("%s: %v.Overlaps(%v) = %v, want %v", tt.name, tt.d, tt.o, got, tt.want)
		}
		if got := tt.o.Overlaps(tt.d); got != tt.want {
			t.Errorf("%s (swapped): %v.Overlaps(%v) = %v, want %v", tt.name, tt.o, tt.d, got, tt.want)
		}
	}
}

// TestDateIntersect checks the days two dates both allow, the granularity of the result (the
// narrower input's, Range when neither gives it, Day for a single day) and the words kept.
func TestDateIntersect(t *testing.T) {
	a := rng("2025-07-01", "2025-07-10")
	a.Text = "early July"
	b := rng("2025-07-05", "2025-07-20")
	b.Text = "mid July"
	tests := []struct {
		name       string
		d, o       readout.Date
		ok         bool
		start, end string
		g          readout.Granularity
		text       string
	}{
		{"day and month", jul1, july, true, "2025-07-01", "2025-07-01", readout.Day, ""},
		{"month and day", july, jul1, true, "2025-07-01", "2025-07-01", readout.Day, ""},
		{"month and year", y2025, july, true, "2025-07-01", "2025-07-31", readout.Month, ""},
		{"overlapping ranges", a, b, true, "2025-07-05", "2025-07-10", readout.Range, "early July / mid July"},
		{"same words kept once", a, readout.Date{Start: day("2025-07-05"), End: day("2025-07-31"), Granularity: readout.Range, Text: "early July"},
			true, "2025-07-05", "2025-07-10", readout.Range, "early July"},
		{"ranges sharing one day", rng("2025-07-01", "2025-07-05"), rng("2025-07-05", "2025-07-09"), true, "2025-07-05", "2025-07-05", readout.Day, ""},
		{"open end and open start", rng("2025-07-01", ""), rng("", "2025-07-10"), true, "2025-07-01", "2025-07-10", readout.Range, ""},
		{"open end and month", rng("2025-06-15", ""), july, true, "2025-07-01", "2025-07-31", readout.Month, ""},
		{"open start and month", rng("", "2025-07-10"), july, true, "2025-07-01", "2025-07-10", readout.Range, ""},
		{"two open ends", rng("2025-07-01", ""), rng("2025-07-03", ""), true, "2025-07-03", "", readout.Range, ""},
		{"unknown and day", unknown, jul1, true, "2025-07-01", "2025-07-01", readout.Day, ""},
		{"day and unknown", jul1, unknown, true, "2025-07-01", "2025-07-01", readout.Day, ""},
		{"unknown and unknown", unknown, unknown, true, "", "", readout.Unknown, ""},
		{"disjoint", aug1, july, false, "", "", "", ""},
	}
	for _, tt := range tests {
		got, ok := tt.d.Intersect(tt.o)
		if ok != tt.ok {
			t.Errorf("%s: ok = %v, want %v", tt.name, ok, tt.ok)
			continue
		}
		if s, e := readout.FormatDay(got.Start), readout.FormatDay(got.End); s != tt.start || e != tt.end {
			t.Errorf("%s: %s..%s, want %s..%s", tt.name, s, e, tt.start, tt.end)
		}
		if got.Granularity != tt.g {
			t.Errorf("%s: granularity %q, want %q", tt.name, got.Granularity, tt.g)
		}
		if got.Text != tt.text {
			t.Errorf("%s: text %q, want %q", tt.name, got.Text, tt.text)
		}
	}
}

// TestDateSpanAndNarrower checks the number of days a date covers (huge when open) and that
// Narrower compares spans of known dates only.
func TestDateSpanAndNarrower(t *testing.T) {
	spans := []struct {
		d    readout.Date
		want int
	}{
		{jul1, 1},
		{july, 31},
		{readout.MonthDate(2025, time.February, ""), 28},
		{y2025, 365},
		{readout.YearDate(2024, ""), 366},
		{rng("2025-07-01", "2025-07-10"), 10},
		{rng("1900-01-01", "2300-01-01"), 146098}, // longer than a time.Duration can hold
		{rng("2025-07-01", ""), 1 << 30},
		{rng("", "2025-07-01"), 1 << 30},
		{unknown, 1 << 30},
	}
	for _, tt := range spans {
		if got := tt.d.Span(); got != tt.want {
			t.Errorf("%v.Span() = %d, want %d", tt.d, got, tt.want)
		}
	}
	narrower := []struct {
		d, o readout.Date
		want bool
	}{
		{jul1, july, true},
		{july, jul1, false},
		{july, july, false},
		{july, unknown, true},
		{rng("", "2025-07-01"), unknown, false},
		{unknown, july, false},
		{unknown, unknown, false},
	}
	for _, tt := range narrower {
		if got := tt.d.Narrower(tt.o); got != tt.want {
			t.Errorf("%v.Narrower(%v) = %v, want %v", tt.d, tt.o, got, tt.want)
		}
	}
}

// TestDateString checks how a date is written for each granularity and for open sides.
func TestDateString(t *testing.T) {
	week := rng("2025-07-07", "2025-07-13")
	week.Granularity = readout.Week
	tests := []struct {
		d    readout.Date
		want string
	}{
		{jul1, "2025-07-01"},
		{july, "2025-07"},
		{y2025, "2025"},
		{rng("2025-07-01", "2025-07-10"), "2025-07-01/2025-07-10"},
		{week, "2025-07-07/2025-07-13"},
		{rng("2025-07-01", ""), "2025-07-01/.."},
		{rng("", "2025-07-10"), "../2025-07-10"},
		{unknown, "unknown"},
		{readout.Date{}, "unknown"},
	}
	for _, tt := range tests {
		if got := tt.d.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.d, got, tt.want)
		}
	}
}

// TestDayParsing checks that ParseDay and FormatDay invert each other and that the zero time
// is written as "".
func TestDayParsing(t *testing.T) {
	for _, s := range []string{"2025-07-01", "1900-01-01", "2024-02-29"} {
		d, err := readout.ParseDay(s)
		if err != nil {
			t.Fatalf("ParseDay(%q): %v", s, err)
		}
		if got := readout.FormatDay(d); got != s {
			t.Errorf("FormatDay(ParseDay(%q)) = %q", s, got)
		}
		if d.Location() != time.UTC || d.Hour() != 0 {
			t.Errorf("ParseDay(%q) = %v, want UTC midnight", s, d)
		}
	}
	if _, err := readout.ParseDay("2025-02-30"); err == nil {
		t.Error("ParseDay accepted 2025-02-30")
	}
	if got := readout.FormatDay(time.Time{}); got != "" {
		t.Errorf("FormatDay(zero) = %q, want \"\"", got)
	}
}
