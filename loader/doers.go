package loader

import (
	"strings"
)

// Doers: who held or made a contact when the words that say so are not its clause's subject and
// object: the one a relative clause names after its verb (المحادثات التي أجراها X، الزيارة التي
// يقوم بها X), the visitor of a visit told in a relative clause, the two a verb of gathering takes
// as its pronoun, those who chaired a session for each side, the one a purpose noun names, and
// the one after سبق لـ.

// relativeDoer returns, for a noun of contact followed by a relative clause whose verb holds or
// does it (المحادثات التي أجراها، الزيارة التي يقوم بها), the token after that verb (and its
// بها or به), where the one who does it is named; or -1.
func (d *doc) relativeDoer(t trigger) int {
	if t.class != "event" {
		return -1
	}
	_, v := d.relativeVerbAfter(t.to)
	switch {
	case v < 0 || v+2 >= len(d.toks):
		return -1
	case heldPronouns[d.bare(v)]:
		return v + 1
	case d.toks[v+1].Text == "بها" || d.toks[v+1].Text == "به":
		return v + 2
	}
	return -1
}

// visitorOfRelative returns, for a verb of contact followed by خلالها or خلاله, the chain a
// relative clause earlier in its sentence tells made a visit (X الذي قام بزيارة إلى بكين): the
// contact was made during that visit, by that visitor; or nil.
func (d *doc) visitorOfRelative(cs []chain, t trigger) *chain {
	if t.class == "event" || t.to >= len(d.toks) || d.bare(t.to) != "خلالها" && d.bare(t.to) != "خلاله" {
		return nil
	}
	for k := t.at - 1; k > 0 && k >= t.at-12; k-- {
		if d.toks[k].Kind == Punct && d.toks[k].Text != "," {
			return nil
		}
		if !relativePronouns[d.toks[k].Text] || !d.aboutPerson(k+1) || !d.visitIn(k+1, t.at) {
			continue
		}
		for i := range cs {
			if end := cs[i].to; end == k || end == k-1 && d.toks[end].Text == "," {
				return &cs[i]
			}
		}
		return nil
	}
	return nil
}

// dualPair returns, for a contact gathered by a verb with the pronoun of two people, the two
// named together right before its noun (استدعى تعليقا من ترامب وميركل بعد مكالمة هاتفية
// جمعتهما): its parties, whatever stands before them (تصريحات بوتن); or nil.
func (d *doc) dualPair(cs []chain, t trigger) *chain {
	noun := d.dualGatheredNoun(t)
	if noun < 0 {
		return nil
	}
	for i := len(cs) - 1; i >= 0; i-- {
		if cs[i].to <= noun {
			if len(cs[i].ms) == 2 {
				return &cs[i]
			}
			return nil
		}
	}
	return nil
}

// dualGatheredNoun returns the first token of the noun of contact that a verb of gathering with
// the pronoun of two people follows (مكالمة هاتفية جمعتهما), when t is either of them; or -1.
func (d *doc) dualGatheredNoun(t trigger) int {
	if t.class == "event" && d.dualGatherAt(t.to) {
		return t.at
	}
	if t.class != "event" && d.dualGatherAt(t.at) {
		start := max(0, t.at-8)
		if si := d.sentenceOf(t.at); si >= 0 {
			start = max(start, d.sents[si].from)
		}
		return d.gatheredNoun(t.at, start)
	}
	return -1
}

// dualGatherAt reports whether a verb of gathering with the pronoun of two people stands at
// token k, or after a relative pronoun there (مكالمة هاتفية جمعتهما، القمة التي جمعتهما).
func (d *doc) dualGatherAt(k int) bool {
	if k < len(d.toks) && relativePronouns[d.toks[k].Text] {
		k++
	}
	return k < len(d.toks) && gatherVerbs[d.bare(k)] && strings.HasSuffix(d.bare(k), "هما")
}

// purposeObjectAt reports whether token k follows a noun of contact with لـ (للقاء، لزيارة): a
// chain that starts there is the one to be met.
func (d *doc) purposeObjectAt(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if p := d.match(j); p != nil {
			if it, ok := p.Item(ItemTrigger); ok && p.To == k && strings.HasSuffix(p.Clitic, "ل") && d.x.lx.Triggers[it.Ref].Class == "event" {
				return true
			}
			return false
		}
	}
	return false
}

// ownJourneyBefore reports whether a journey with its maker's pronoun (جولته، زيارتها) stands in
// the ten words before token k: a meeting it is made for is his.
func (d *doc) ownJourneyBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		if w := d.bare(j); (strings.HasPrefix(w, "جولت") || strings.HasPrefix(w, "زيارت")) && d.pronounAt(j) {
			return true
		}
	}
	return false
}

// chairedAt returns the token of a verb of chairing that follows the contact noun t, past two
// adjectives at most (جلسة مباحثات رسمية ترأسها), or -1.
func (d *doc) chairedAt(t trigger) int {
	if t.class != "event" {
		return -1
	}
	for k := t.to; k < len(d.toks) && k <= t.to+2; k++ {
		if chairVerbs[d.bare(k)] {
			return k
		}
		if d.toks[k].Kind != Word || d.inMention(k) {
			return -1
		}
	}
	return -1
}

// chairVerbs say who chaired a session of talks, the session's pronoun on them.
var chairVerbs = map[string]bool{"تراسها": true, "تراسه": true, "تراسهما": true, "يتراسها": true, "يتراسه": true}

// speaker reports whether a chain is the one quoted by "عن X قوله" (نقلت الوكالة عن لافروف
// قوله إنه قد يلتقي ...): the subject of what follows, despite its preposition.
// subjectWithPrep reports whether a chain with a preposition is yet the subject of what its
// clause tells: the one quoted (نقلت عن X قوله) or the one who did something before (وسبق لهولاند
// أن التقى روحاني).
func (d *doc) subjectWithPrep(ch *chain) bool {
	if ch.prep == "ل" && ch.from > 0 && d.bare(ch.from-1) == "سبق" {
		return true
	}
	return d.speaker(ch)
}
