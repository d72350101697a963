package readout

import (
	"fmt"
	"time"
)

// Granularity says how precisely the text pins a Date down.
type Granularity string

// The granularities a Date can have, from the most to the least precise.
const (
	Day     Granularity = "day"
	Week    Granularity = "week"
	Month   Granularity = "month"
	Year    Granularity = "year"
	Range   Granularity = "range"   // an interval the text supports, e.g. "a Tuesday after April 2024"
	Unknown Granularity = "unknown" // the text gives no time at all
)

// Date is the interval the text supports for when something happened, never narrower. Start and
// End are civil days (UTC midnight), both inclusive; either may be zero when that side is open.
type Date struct {
	Start       time.Time
	End         time.Time
	Granularity Granularity
	Text        string // the words the date was read from, as written
}

// dayLayout is the one way readout writes a civil day.
const dayLayout = "2006-01-02"

// CivilDay returns the UTC midnight of the given day.
func CivilDay(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// ParseDay reads a YYYY-MM-DD day.
func ParseDay(s string) (time.Time, error) {
	return time.Parse(dayLayout, s)
}

// FormatDay writes t as YYYY-MM-DD, or "" for the zero time.
func FormatDay(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(dayLayout)
}

// DayDate is the single day t.
func DayDate(t time.Time, text string) Date {
	return Date{Start: t, End: t, Granularity: Day, Text: text}
}

// MonthDate is the whole month m of year y.
func MonthDate(y int, m time.Month, text string) Date {
	start := CivilDay(y, m, 1)
	return Date{Start: start, End: start.AddDate(0, 1, -1), Granularity: Month, Text: text}
}

// YearDate is the whole year y.
func YearDate(y int, text string) Date {
	return Date{Start: CivilDay(y, 1, 1), End: CivilDay(y, 12, 31), Granularity: Year, Text: text}
}

// RangeDate is the interval [start, end]; either side may be zero (open).
func RangeDate(start, end time.Time, text string) Date {
	if !start.IsZero() && start.Equal(end) {
		return DayDate(start, text)
	}
	return Date{Start: start, End: end, Granularity: Range, Text: text}
}

// IsKnown reports whether the date bounds the time on at least one side.
func (d Date) IsKnown() bool { return !d.Start.IsZero() || !d.End.IsZero() }

// IsExact reports whether the date is one known day.
func (d Date) IsExact() bool { return d.Granularity == Day && !d.Start.IsZero() }

// Within reports whether every day of d lies inside o (open sides of o admit anything).
func (d Date) Within(o Date) bool {
	if !o.IsKnown() {
		return true
	}
	if !d.IsKnown() {
		return false
	}
	if !o.Start.IsZero() && (d.Start.IsZero() || d.Start.Before(o.Start)) {
		return false
	}
	if !o.End.IsZero() && (d.End.IsZero() || d.End.After(o.End)) {
		return false
	}
	return true
}

// Overlaps reports whether d and o can be the same time: their intervals meet, an unknown date
// meeting anything.
func (d Date) Overlaps(o Date) bool {
	if !d.IsKnown() || !o.IsKnown() {
		return true
	}
	if !d.End.IsZero() && !o.Start.IsZero() && d.End.Before(o.Start) {
		return false
	}
	if !o.End.IsZero() && !d.Start.IsZero() && o.End.Before(d.Start) {
		return false
	}
	return true
}

// Span is the number of days d covers, or a very large number when it is open.
func (d Date) Span() int {
	if d.Start.IsZero() || d.End.IsZero() {
		return 1 << 30
	}
	return int((d.End.Unix()-d.Start.Unix())/86400) + 1
}

// Narrower reports whether d says more than o: it is known and spans fewer days.
func (d Date) Narrower(o Date) bool {
	return d.IsKnown() && d.Span() < o.Span()
}

// Intersect returns the days both d and o allow and whether there are any. The result's
// granularity is that of the narrower input, or Range when neither input alone gives it.
func (d Date) Intersect(o Date) (Date, bool) {
	if !d.Overlaps(o) {
		return Date{}, false
	}
	if !o.IsKnown() || d.Within(o) {
		return d, true
	}
	if !d.IsKnown() || o.Within(d) {
		return o, true
	}
	r := Date{Start: later(d.Start, o.Start), End: earlier(d.End, o.End), Granularity: Range}
	r.Text = d.Text
	if o.Text != "" && o.Text != d.Text {
		r.Text = d.Text + " / " + o.Text
	}
	if !r.Start.IsZero() && r.Start.Equal(r.End) {
		r.Granularity = Day
	}
	return r, true
}

func later(a, b time.Time) time.Time {
	if a.IsZero() || b.After(a) {
		return b
	}
	return a
}

func earlier(a, b time.Time) time.Time {
	if a.IsZero() || (!b.IsZero() && b.Before(a)) {
		return b
	}
	return a
}

// String writes the date as users read it: a day, a month, a year or an interval.
func (d Date) String() string {
	switch {
	case !d.IsKnown():
		return "unknown"
	case d.Granularity == Day:
		return FormatDay(d.Start)
	case d.Granularity == Month:
		return d.Start.Format("2006-01")
	case d.Granularity == Year:
		return d.Start.Format("2006")
	}
	return fmt.Sprintf("%s/%s", orDots(FormatDay(d.Start)), orDots(FormatDay(d.End)))
}

func orDots(s string) string {
	if s == "" {
		return ".."
	}
	return s
}
