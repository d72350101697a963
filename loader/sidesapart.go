package loader

import (
	"strings"
	"time"

	"readout"
)

// Sides apart: the rules by which people a clause names are kept off a contact's sides, or put
// on them in place of one who cannot be there (states between, a guest's own reception, the one
// another noun is held with, the very one met).

// statesBetweenAfter reports whether a contact noun is followed, an adjective at most between,
// by بين and a state or a dual of states (محادثات بين طهران ودمشق، مشاورات بين البلدين).
func (d *doc) statesBetweenAfter(t trigger) bool {
	if t.class != "event" {
		return false
	}
	for k := t.to; k < len(d.toks) && k <= t.to+1; k++ {
		if d.toks[k].Text != "بين" {
			continue
		}
		return k+1 < len(d.toks) && !d.inMention(k+1) && (d.stateAt(k+1) || statesDuals[d.bare(k+1)])
	}
	return false
}

// ownReception reports whether t is a noun of reception whose pronoun is the subject named
// before it in the clause (وكان شكري قد أشاد بحفاوة استقباله في المملكة): he was the guest, and
// his host is not named; the last person named before is no one he met there.
func (d *doc) ownReception(t trigger, sc *chain) bool {
	w := d.bare(t.at)
	return t.class == "receive" && sc != nil && sc.to <= t.at && (strings.HasPrefix(w, "استقبال") || strings.HasPrefix(w, "استضافت"))
}

// eventNounEndsAt reports whether a trigger noun of a meeting or a summit ends at token k (القمة
// مع، لقاء مع), not a verb (بحث مع) or a noun of the call or talks that may tell it again.
func (d *doc) eventNounEndsAt(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if p := d.match(j); p != nil {
			it, ok := p.Item(ItemTrigger)
			if !ok || p.To != k {
				return false
			}
			tr := d.x.lx.Triggers[it.Ref]
			return tr.Class == "event" && tr.Mode == readout.Meeting
		}
	}
	return false
}

// opensSentence reports whether no person is named in the sentence before token k.
func (d *doc) opensSentence(k int) bool {
	si := d.sentenceOf(k)
	return si >= 0 && !d.mentionBetween(d.sents[si].from, k)
}

// otherBefore returns the chain nearest before trigger t, at most eight words before it,
// unmarked or after لـ, that resolves to someone other than the people of obj, or nil.
func (d *doc) otherBefore(cs []chain, t trigger, obj []party, at time.Time, drafts []*draft) *chain {
	for i := len(cs) - 1; i >= 0; i-- {
		c := &cs[i]
		if c.to > t.at || c.prep != "" && c.prep != "ل" || t.at-c.to > 8 {
			continue
		}
		if ps := d.resolveChain(c, at, "", drafts); len(ps) > 0 && !sameParties(ps, obj) {
			return c
		}
	}
	return nil
}
