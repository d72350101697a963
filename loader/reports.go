package loader

import (
	"slices"
	"strings"

	"readout"
)

// Reports: what one clause says of the contact between one set of people, and how a clause's
// reports become contacts (messages joined with their carriers, receptions split per visitor).

// report is what one clause says of the contact between one set of people: the triggers that
// name it and its two sides.
type report struct {
	trigs     []trigger
	subj, obj []party
	key       string
}

// joinMessages makes a message of a message trigger and the other reports of its clause that
// share one of its people: in وجه رنزي دعوة إلى روحاني ... في رسالة حملها إليه جنتيلوني, the
// message of Renzi, carried by Gentiloni (both Italian, no contact by themselves), is to
// Rouhani.
func (d *doc) joinMessages(groups []*report, lone []loneTrigger) []*report {
	var out []*report
	for _, l := range lone {
		if l.t.mode != readout.Message {
			continue
		}
		msg := &report{trigs: []trigger{l.t}, subj: l.subj, obj: slices.Clone(l.obj)}
		for _, o := range groups {
			if !msg.sharesParty(o) {
				continue
			}
			for _, p := range append(slices.Clone(o.subj), o.obj...) {
				if !msg.has(p) {
					msg.obj = append(msg.obj, p)
				}
			}
		}
		all := unique(append(slices.Clone(msg.subj), msg.obj...))
		if d.isContact(all, all, nil, "") {
			msg.key = groupKey(all)
			out = append(out, msg)
		}
	}
	return append(groups, out...)
}

// sharesParty reports whether two reports have a party in common.
func (r *report) sharesParty(o *report) bool {
	return slices.ContainsFunc(o.subj, r.has) || slices.ContainsFunc(o.obj, r.has)
}

// loneTrigger is a trigger whose people make no contact by themselves.
type loneTrigger struct {
	t                  trigger
	subj, obj, parties []party
}

// covers reports whether every one of ps is a party of the report.
func (r *report) covers(ps []party) bool {
	for _, p := range ps {
		if !r.has(p) {
			return false
		}
	}
	return true
}

// has reports whether p is one of the report's parties.
func (r *report) has(p party) bool {
	same := func(q party) bool { return q.entity == p.entity }
	return slices.ContainsFunc(r.subj, same) || slices.ContainsFunc(r.obj, same)
}

// groupKey names a set of parties: their sorted entity IDs.
func groupKey(parties []party) string {
	ids := make([]string, len(parties))
	for i, p := range parties {
		ids[i] = p.entity
	}
	slices.Sort(ids)
	return strings.Join(ids, "+")
}

// addReport files the sides a trigger gives under the report of the same people, or a new one.
func addReport(rs []*report, t trigger, subj, obj, parties []party) []*report {
	key := groupKey(parties)
	if t.class == "invite" {
		key += "|invite" // the visit an invitation asks for is not the message that carries it
	}
	for _, r := range rs {
		if r.key == key {
			r.trigs = append(r.trigs, t)
			return rs
		}
	}
	return append(rs, &report{trigs: []trigger{t}, subj: subj, obj: obj, key: key})
}

// verbOfNoun returns the report of a verb that the contact noun t, right after في, qualifies
// (يلتقي الجبير كيري ولافروف في اجتماع ثلاثي): a verb trigger with at most three words besides
// names between them, whose people include all of parties; or, for talks named as an aim (لبحث), the report of
// the trigger just before them. Or nil.
func (d *doc) verbOfNoun(rs []*report, t trigger, parties []party) *report {
	noun := t.class == "event" && t.at > 0 && d.bare(t.at-1) == "في"
	aim := t.purpose && t.class == "talk" // في اجتماع ثلاثي لبحث ...: what the meeting is for
	if !noun && !aim {
		return nil
	}
	for _, r := range rs {
		before := slices.ContainsFunc(r.trigs, func(v trigger) bool {
			return v.to <= t.at && (noun && v.class != "event" && d.wordsBetween(v.to, t.at) <= 3 || aim && t.at-v.to <= 3)
		})
		if before && !slices.ContainsFunc(parties, func(p party) bool { return !r.has(p) }) {
			return r
		}
	}
	return nil
}

// wordsBetween counts the tokens in [from, to) that no mention covers.
func (d *doc) wordsBetween(from, to int) int {
	n := 0
	for k := from; k < to; k++ {
		if !d.inMention(k) {
			n++
		}
	}
	return n
}

// unique drops repeated entities, keeping the first.
func unique(ps []party) []party {
	seen := map[string]bool{}
	out := ps[:0]
	for _, p := range ps {
		if !seen[p.entity] {
			seen[p.entity] = true
			out = append(out, p)
		}
	}
	return out
}

// split makes one contact per visitor when a host receives or meets several people in turn
// (استقبل الملك فلانا وفلانا، يلتقي ترامب بالملكة ورئيسة الوزراء), as eval/GUIDE.md asks, and one
// per person called or met one by one (class "each": اتصل بـX وY، التقى كلا من X وY); people
// meeting together (اجتمع X وY وZ، قمة بين X وY) stay one contact.
func split(subj, obj []party, class string) [][]party {
	all := unique(append(append([]party{}, subj...), obj...))
	// a pair in the object may hold the subject too (التقى بايدن، بينهما): the others are met
	obj = slices.DeleteFunc(slices.Clone(obj), func(o party) bool {
		return slices.ContainsFunc(subj, func(s party) bool { return s.entity == o.entity })
	})
	if class != "receive" && class != "meet" && class != "each" || len(obj) < 2 || len(subj) == 0 || duals(obj) || accompanied(obj) {
		return [][]party{all}
	}
	var out [][]party
	var pair []party // the two counterparts of one dual, met together
	for _, p := range obj {
		if p.m != nil && p.m.dual {
			pair = append(pair, p)
			continue
		}
		out = append(out, unique(append(append([]party{}, subj...), p)))
	}
	if len(pair) > 0 {
		out = append(out, unique(append(append([]party{}, subj...), pair...)))
	}
	return out
}

// pluralContacts are the plural and dual nouns of calls and meetings: several contacts, one with
// each person named (not محادثات, whose plural is one round of talks).
var pluralContacts = map[string]bool{
	"اتصالات": true, "مكالمات": true, "لقاءات": true, "اجتماعات": true,
	"اتصالين": true, "اتصالان": true, "مكالمتين": true, "مكالمتان": true, "لقاءين": true, "لقاءان": true, "اجتماعين": true,
	"رسالتين": true, "رسالتان": true, "برقيتين": true, "برقيتان": true, "برقيتي": true, "رسايل": true, "برقيات": true,
}

// plural reports whether a trigger is, or ends in, a plural noun of contacts.
func (d *doc) plural(t trigger) bool {
	for k := t.at; k < t.to; k++ {
		w := d.bare(k)
		if pluralContacts[w] || pluralContacts[strings.TrimPrefix(w, "ال")] {
			return true
		}
	}
	return false
}

// eachOf reports whether the people are introduced by كل من (محادثات مع كل من خامنئي
// وروحاني، التقى كلا من شي ومون): one contact with each.
func (d *doc) eachOf(ps []party) bool {
	if len(ps) < 2 || ps[0].m == nil {
		return false
	}
	k := ps[0].m.from
	return k >= 2 && d.toks[k-1].Text == "من" && (d.toks[k-2].Text == "كل" || d.toks[k-2].Text == "كلا")
}

// accompanied reports whether the people after the first are his own aides, named by a title
// with his pronoun (التقى مع الرئيس التركي ووزير خارجيته): one meeting with them all.
func accompanied(ps []party) bool {
	for _, p := range ps[1:] {
		if p.m == nil || !p.m.his || p.country != ps[0].country {
			return false
		}
	}
	return true
}

// multilateral are the adjectives of a meeting of several sides: محادثات ثلاثية، اجتماع رباعي.
var multilateral = map[string]bool{
	"ثلاثي": true, "ثلاثيه": true, "رباعي": true, "رباعيه": true, "خماسي": true, "خماسيه": true,
	"سداسي": true, "سداسيه": true, "متعدد": true, "متعدده": true,
}

// multilateralIn reports whether tokens [from, to) call a meeting multilateral, with or without
// the article (قمة ثلاثية، اللقاء الثلاثي).
func (d *doc) multilateralIn(from, to int) bool {
	for k := from; k < to; k++ {
		if multilateral[strings.TrimPrefix(d.bare(k), "ال")] {
			return true
		}
	}
	return false
}

// oneTable reports whether a meeting verb with several people met is one meeting of them all:
// the clause calls it multilateral (قمة ثلاثية), or names it with one meeting noun (يجتمع الجبير
// بكيري ولافروف، وهو الاجتماع الذي تم أمس). Otherwise a series is told (التقى كيم شي، ومون).
func (d *doc) oneTable(trigs []trigger, c span) bool {
	return d.multilateralIn(c.from, c.to) || slices.ContainsFunc(trigs, func(t trigger) bool {
		return t.class == "event" && t.mode == readout.Meeting && !t.purpose && !d.plural(t)
	})
}

// duals reports whether the people are the two counterparts of one dual (جمعه بنظيريه التركي
// والإيراني): they met together.
func duals(ps []party) bool {
	for _, p := range ps {
		if p.m == nil || !p.m.dual {
			return false
		}
	}
	return true
}
