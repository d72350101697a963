package loader

import "strings"

// span is a range of tokens [from, to).
type span struct{ from, to int }

// sentences splits the article body into sentences: at line breaks and at . ! ? ; — but not at a
// full stop inside a number (3.5), after a one-letter abbreviation (د.) or in an ellipsis inside
// a quotation (قال: "نقف إلى جانب تركيا .. وفي المباحثات التي أجريتها"), where the speaker goes on.
func (d *doc) sentences() []span {
	var out []span
	start, line := -1, 0
	flush := func(end int) {
		if start >= 0 && end > start {
			out = append(out, span{start, end})
		}
		start = -1
	}
	for i, t := range d.toks {
		if !d.body[i] {
			flush(i)
			continue
		}
		if start < 0 {
			start = i
		}
		switch t.Text {
		case "\n", "!", "?", ";":
			flush(i + 1)
			if t.Text == "\n" {
				line = i + 1
			}
		case ".":
			if d.abbreviation(i) || d.continuesAfter(i+1) || d.ellipsisInQuote(line, i) {
				continue
			}
			flush(i + 1)
		}
	}
	flush(len(d.toks))
	return out
}

// ellipsisInQuote reports whether the full stop at token i is part of an ellipsis (.. or ...)
// inside a quotation that opened on its line, after line, and closes later on it.
func (d *doc) ellipsisInQuote(line, i int) bool {
	if !(i > 0 && d.toks[i-1].Text == ".") && !(i+1 < len(d.toks) && d.toks[i+1].Text == ".") {
		return false
	}
	if d.openQuote(line, i) < 0 {
		return false
	}
	for k := i + 1; k < len(d.toks) && d.toks[k].Text != "\n"; k++ {
		if d.toks[k].Text == "\"" {
			return true
		}
	}
	return false
}

// continuesAfter reports whether the words at token k cannot start a sentence and go on with
// the one before: an initiator cue (زيارة تستغرق يومين .بدعوة من نظيره الفرنسي).
func (d *doc) continuesAfter(k int) bool {
	if k >= len(d.toks) {
		return false
	}
	p := d.match(k)
	return p != nil && d.isCue(p, "initiated-by") && !strings.HasPrefix(p.Clitic, "و")
}

// abbreviation reports whether the full stop at token i is inside a number or ends a one-letter
// abbreviation.
func (d *doc) abbreviation(i int) bool {
	if i == 0 || i+1 >= len(d.toks) {
		return false
	}
	prev, next := d.toks[i-1], d.toks[i+1]
	if prev.Kind == Number && next.Kind == Number {
		return true
	}
	return prev.Kind == Word && len([]rune(prev.Text)) == 1
}

// complementizers open a reported clause: قال X إن Y التقى Z reports a contact of Y and Z.
var complementizers = map[string]bool{"ان": true, "انه": true, "انها": true, "انهما": true, "انهم": true, "بان": true, "بانه": true, "بانها": true}

// complementizer reports whether token i is إن، أن، بأن, alone or after و or ف (وأن، فإن).
func (d *doc) complementizer(i int) bool {
	w := d.toks[i].Text
	if complementizers[w] {
		return true
	}
	for _, c := range []string{"و", "ف"} {
		if rest, ok := strings.CutPrefix(w, c); ok && complementizers[rest] {
			return true
		}
	}
	return false
}

// clauses splits a sentence where a new report begins: before a complementizer (إن، أن، بأن),
// and at a comma or colon followed by a trigger verb (with or without و) or by كما or ثم and a
// trigger. Appositions and asides between commas stay in their clause.
func (d *doc) clauses(s span) []span {
	var out []span
	start := s.from
	for i := s.from; i < s.to-1; i++ {
		// after a hyphen إن is the end of a name (مون جي-إن), not a complementizer
		if d.complementizer(i) && i > start && !d.covered[i] && !d.inMention(i) && d.toks[i-1].Text != "-" {
			out = append(out, span{start, i})
			start = i
			continue
		}
		if t := d.toks[i].Text; t != "," && t != ":" {
			continue
		}
		k := i + 1
		if d.toks[k].Text == "كما" || d.toks[k].Text == "و" || d.toks[k].Text == "ثم" || d.toks[k].Text == "وثم" {
			k++ // (، ثم تلقى اتصالا: then, the same subject)
		}
		if d.inMention(i) && !d.triggerIn(start, i) {
			continue // أن الملك سلمان والرئيس الأميركي، دونالد ترامب، بحثا: the comma closes the subject's name
		}
		if k < s.to && (d.startsVerbTrigger(k) && !d.gathersNoun(k, start) || d.startsPlannedClause(k)) {
			out = append(out, span{start, i + 1})
			start = i + 1
		}
	}
	return append(out, span{start, s.to})
}

// startsPlannedClause reports whether a cue of a contact to come that ends in أن starts at
// token k (، ومن المقرر أن يستقبله ترامب الثلاثاء): a new report begins.
func (d *doc) startsPlannedClause(k int) bool {
	p := d.match(k)
	return p != nil && d.isCue(p, "planned") && p.To-1 > k && d.complementizer(p.To-1)
}

// startsVerbTrigger reports whether a trigger verb (not a noun) starts at token k.
func (d *doc) startsVerbTrigger(k int) bool {
	p := d.match(k)
	if p == nil {
		return false
	}
	it, ok := p.Item(ItemTrigger)
	return ok && d.x.lx.Triggers[it.Ref].Class != "event"
}

// gatherVerbs say that a contact named just before brought people together: في مكالمة هاتفية،
// الجمعة، جمعت X وY.
var gatherVerbs = map[string]bool{"جمع": true, "جمعت": true, "جمعه": true, "جمعها": true, "جمعهما": true, "جمعتهما": true, "جمعتهم": true, "جمعهم": true, "جمعته": true, "جمعتها": true,
	"ضم": true, "ضمت": true} // (اجتماعا ضم السراج وحفتر وصالح: ضم only after a contact noun, since it also annexes)

// gatherPresent are the present forms of gatherVerbs (قمة تجمع، ستجمعه): never a new report
// after a comma, since they mostly tell of a contact to come named before.
var gatherPresent = map[string]bool{"يجمع": true, "تجمع": true, "يجمعه": true, "تجمعه": true, "يجمعها": true, "تجمعها": true, "يجمعهما": true, "تجمعهما": true}

// gatherObject reports whether a verb of gathering carries the pronoun of someone named before
// (لقاء جمعه بنظيره): that one is a party, and the subject of the clause.
func gatherObject(stem string) bool {
	return (gatherVerbs[stem] || gatherPresent[stem]) && stem != "جمع" && stem != "جمعت" && stem != "ضم" && stem != "ضمت" && stem != "يجمع" && stem != "تجمع"
}

// gathersNoun reports whether the verb at k gathers the people of a trigger noun that ends the
// clause begun at start: it is that noun's predicate, not a new report.
func (d *doc) gathersNoun(k, start int) bool {
	return gatherVerbs[d.toks[k].Text] && d.gatheredNoun(k, start) >= 0
}

// gatheredNoun returns the first token of the trigger noun a verb of gathering at k is the
// predicate of (مكالمة هاتفية، الجمعة، جمعت; المكالمة التي جمعت), with only a relative pronoun,
// time expressions and commas between, looking no further back than start; or -1.
func (d *doc) gatheredNoun(k, start int) int {
	j := k - 1
	if j > start && relativePronouns[d.toks[j].Text] {
		j--
	}
	for j > start {
		if d.toks[j].Text == "," {
			j--
			continue
		}
		if e := d.dateEndingAt(j + 1); e != nil {
			j = e.from - 1
			continue
		}
		break
	}
	for a := 0; a < 2 && j > start && strings.HasPrefix(d.toks[j].Text, "ال") && !d.inMention(j) && !d.triggerEndsAt(j+1); a++ {
		j-- // القمة التاريخية المرتقبة التي ستجمعه: adjectives between
	}
	if !d.triggerEndsAt(j + 1) {
		return -1
	}
	for b := j; b >= start && b >= j-3; b-- {
		if p := d.match(b); p != nil && p.To == j+1 {
			if it, ok := p.Item(ItemTrigger); ok && d.x.lx.Triggers[it.Ref].Class == "event" {
				return b
			}
		}
	}
	return -1
}

// dateStarting returns the time expression that starts at token k, or nil.
func (d *doc) dateStarting(k int) *dateExpr {
	for _, e := range d.dates {
		if e.from == k {
			return e
		}
	}
	return nil
}

// inDate reports whether token k lies inside a time expression.
func (d *doc) inDate(k int) bool {
	for _, e := range d.dates {
		if e.from <= k && k < e.to {
			return true
		}
	}
	return false
}

// dateEndingAt returns the time expression that ends just before token k, or nil.
func (d *doc) dateEndingAt(k int) *dateExpr {
	for _, e := range d.dates {
		if e.to == k {
			return e
		}
	}
	return nil
}
