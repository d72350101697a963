package loader

// lineLimit is the most words a line can have and still be a teaser headline or a short
// furniture line (a credit, a "follow us").
const lineLimit = 16

// markBody sets d.body: which tokens belong to the article, not to the page around it. It works
// line by line, with the cues of furniture.txt:
//   - a "tail" cue at the start of a line ends the article there (credits, tag lists, copyright);
//   - a "line" cue at the start of a short line drops that line (a one-word cue only when the
//     line is short, so that "المصدر" at the head of a real sentence is not taken);
//   - a line that ends with a "click" cue (… اضغط هنا) is a call to act, however long;
//   - a "list" header drops itself and the headline-like lines after it (short, no full stop);
//   - a "cut" cue anywhere in a line ends the article at the cue (رابط الخبر بصحيفة ...: a link
//     to the story that some outlets append to its last sentence);
//   - on the pages of a "ledes" dateline, the run of other stories' ledes that closes the page
//     is dropped (teasers.go).
func (d *doc) markBody() {
	d.body = make([]bool, len(d.toks))
	lines := d.lines()
	lines = lines[:d.teaserStart(lines)] // (the ledes of other stories some pages append)
	inList := false
	for _, ln := range lines {
		from, to := ln[0], ln[1]
		if from == to {
			continue
		}
		if k := d.cutIn(from, to); k >= 0 {
			for i := from; i < k; i++ {
				d.body[i] = true
			}
			return
		}
		words := to - from
		kind, cueLen := d.furnitureAt(from)
		switch {
		case kind == "tail" && (cueLen > 1 || words <= lineLimit):
			return
		case kind == "list":
			inList = true
			continue
		case (kind == "line" || kind == "click") && (cueLen > 1 || words <= lineLimit):
			continue
		case d.endsWithClick(from, to):
			continue
		case inList && words <= lineLimit && !d.endsSentence(to):
			continue
		}
		inList = false
		for i := from; i < to; i++ {
			d.body[i] = true
		}
	}
}

// lines returns the token ranges of the text's lines, without the line breaks.
func (d *doc) lines() [][2]int {
	var out [][2]int
	start := 0
	for i, t := range d.toks {
		if t.Kind == Newline {
			out = append(out, [2]int{start, i})
			start = i + 1
		}
	}
	return append(out, [2]int{start, len(d.toks)})
}

// furnitureAt returns the kind of furniture cue that starts at token i, and its length in
// tokens, or "" when there is none. Bullets and list marks before the cue are skipped.
func (d *doc) furnitureAt(i int) (string, int) {
	for i < len(d.toks) && d.toks[i].Kind == Punct {
		i++
	}
	n := &d.x.furniture.root
	kind, length := "", 0
	for j := i; j < len(d.toks) && n != nil; j++ {
		if n = n.child(d.toks[j].Text); n != nil && len(n.items) > 0 {
			kind, length = n.items[0].Code, j-i+1
		}
	}
	return kind, length
}

// cutIn returns where a "cut" cue starts in tokens [from, to), or -1.
func (d *doc) cutIn(from, to int) int {
	for k := from; k < to; k++ {
		if kind, _ := d.furnitureAt(k); kind == "cut" {
			return k
		}
	}
	return -1
}

// endsSentence reports whether the line ending before token to ends with a full stop.
func (d *doc) endsSentence(to int) bool {
	if to == 0 {
		return false
	}
	t := d.toks[to-1].Text
	return t == "." || t == "!" || t == "?"
}

// endsWithClick reports whether the line [from, to) ends with a call to act (اضغط هنا), after
// which only punctuation may follow.
func (d *doc) endsWithClick(from, to int) bool {
	for to > from && d.toks[to-1].Kind == Punct {
		to--
	}
	for k := max(from, to-4); k < to; k++ {
		if kind, n := d.furnitureAt(k); kind == "click" && k+n == to {
			return true
		}
	}
	return false
}
