package loader

// Chronicles: a timeline (تسلسل زمني) sets each day on a line of its own and tells that day's
// events on the lines under it, in the present of headlines ("14 أكتوبر" then "الملك سلمان
// يتصل بأردوغان"). Those lines carry no date of their own: the day above them is theirs, and
// their present is the chronicle's, not a contact to come.

// markChronicle finds the day lines of a chronicle after the dates are resolved: for each line
// of the text, the index in d.resolved of the day line above it, or -1. A text needs two day
// lines or more to be read as a chronicle: one date alone on a line may be the page's stamp.
func (d *doc) markChronicle() {
	lines := d.lines()
	heads := make([]int, len(lines))
	current, found := -1, 0
	for li, ln := range lines {
		if r := d.dayLine(ln); r >= 0 {
			current, found = r, found+1
			heads[li] = -1
			continue
		}
		heads[li] = current
	}
	if found < 2 {
		return
	}
	d.chronicle = make([]int, len(d.toks))
	for li, ln := range lines {
		for k := ln[0]; k < ln[1] && k < len(d.toks); k++ {
			d.chronicle[k] = heads[li]
		}
	}
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
