package loader

// Chronicles: a timeline (تسلسل زمني) sets each day on a line of its own and tells that day's
// events on the lines under it, in the present of headlines ("14 أكتوبر" then "الملك سلمان
// يتصل بأردوغان"). Those lines carry no date of their own: the day above them is theirs, and
// their present is the chronicle's, not a contact to come.

// markChronicle finds the day lines of a chronicle after the dates are resolved: for each line
// of the text, the index in d.resolved of the day line above it, or -1. A text is read as a
// chronicle when two day lines or more head lines of their own, in the order of time (or its
// reverse): a date alone on a line may also be the page's stamp, at its top or its foot.
func (d *doc) markChronicle() {
	lines := d.lines()
	heads := make([]int, len(lines))
	var days []int // the day lines that head a line of their own, as indices in d.resolved
	current := -1
	for li, ln := range lines {
		if r := d.dayLine(ln); r >= 0 {
			current, heads[li] = r, -1
			continue
		}
		heads[li] = current
		if current >= 0 && ln[1] > ln[0] && (len(days) == 0 || days[len(days)-1] != current) {
			days = append(days, current)
		}
	}
	if len(days) < 2 || !d.inTimeOrder(days) {
		return
	}
	d.chronicle = make([]int, len(d.toks))
	for li, ln := range lines {
		for k := ln[0]; k < ln[1] && k < len(d.toks); k++ {
			d.chronicle[k] = heads[li]
		}
	}
}

// inTimeOrder reports whether the days (indices in d.resolved) run forward or backward in time.
func (d *doc) inTimeOrder(days []int) bool {
	forward, backward := true, true
	for i := 1; i < len(days); i++ {
		a, b := d.resolved[days[i-1]].date.Start, d.resolved[days[i]].date.Start
		forward = forward && !b.Before(a)
		backward = backward && !b.After(a)
	}
	return forward || backward
}

// dayLine returns the index in d.resolved of the day that line ln consists of (a day of a
// month, a weekday with it, the year, list marks), or -1.
func (d *doc) dayLine(ln [2]int) int {
	for i, r := range d.resolved {
		e := r.e
		if e.from < ln[0] || e.to > ln[1] || !r.date.IsExact() || e.day == 0 || e.month == 0 {
			continue
		}
		for k := ln[0]; k < ln[1]; k++ {
			if (k < e.from || k >= e.to) && d.toks[k].Kind != Punct {
				return -1
			}
		}
		return i
	}
	return -1
}

// chronicleDay returns the index in d.resolved of the chronicle's day line above sentence s,
// when s opens a line under one and the day is not after publication, or -1.
func (d *doc) chronicleDay(s span) int {
	if d.chronicle == nil || s.from >= len(d.chronicle) || s.from > 0 && d.toks[s.from-1].Kind != Newline {
		return -1
	}
	h := d.chronicle[s.from]
	if h < 0 || !d.pub.IsZero() && d.resolved[h].date.Start.After(d.pub) {
		return -1
	}
	return h
}
