package loader

import (
	"maps"
	"slices"
	"strings"
	"time"

	"readout"
)

// Pairs: the people a dual (الرئيسان، الزعيمين، بينهما) stands for.

// lastTwoInSentence returns the last two people of different states named before m in its
// sentence, or nil.
func (d *doc) lastTwoInSentence(m *mention, at time.Time) []party {
	si := d.sentenceOf(m.from)
	if si < 0 {
		return nil
	}
	var out []party
	var counterpart *mention // (اتصال مع نظيره الروسي، في أول اتصال بينهما: of the other's office)
	for k := len(d.mentions) - 1; k >= 0 && len(out) < 2; k-- {
		pm := d.mentions[k]
		if pm.from >= m.from || pm.pair || pm.aside {
			continue
		}
		if pm.from < d.sents[si].from {
			break
		}
		if p, ok := d.resolve(pm, at, ""); ok && (len(out) == 0 || out[0].country != p.country) {
			p.prep, p.m = "", m
			out = append(out, p)
		} else if !ok && pm.counterpart && counterpart == nil {
			counterpart = pm
		}
	}
	if len(out) == 1 && counterpart != nil {
		if p, ok := d.resolve(counterpart, at, out[0].role); ok && p.country != out[0].country {
			p.prep, p.m = "", m
			out = append(out, p)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// lastPairTold returns the two parties of the last contact reported as having happened,
// within the two sentences before the dual m, when one of them is the person named last
// before m: a dual most often takes up the contact just told.
func (d *doc) lastPairTold(m *mention, drafts []*draft) []party {
	for i := len(drafts) - 1; i >= 0; i-- {
		dr := drafts[i]
		if dr.c.Status == readout.Planned || len(dr.parties) != 2 || dr.bg {
			continue
		}
		if d.sentenceOf(m.from)-dr.sentence > 2 {
			return nil
		}
		last := ""
		for k := len(d.mentions) - 1; k >= 0; k-- {
			if pm := d.mentions[k]; pm.from < m.from && !pm.pair {
				if p, ok := d.resolve(pm, d.pub, ""); ok {
					last = p.entity
				}
				break
			}
		}
		if last != dr.parties[0].entity && last != dr.parties[1].entity && !plannedWithOne(drafts[i+1:], last, dr) {
			return nil
		}
		out := make([]party, 2)
		for j, p := range dr.parties {
			p.prep, p.m = "", m
			out[j] = p
		}
		return out
	}
	return nil
}

// plannedWithOne reports whether person e is a party only to a contact still to come with one
// of the two of dr, told after it (شي التقى كيم ... قبل قمته المرتقبة مع ترامب ... الثاني بين
// الزعيمين): a summit named in passing is not what the dual takes up.
func plannedWithOne(later []*draft, e string, dr *draft) bool {
	for _, o := range later {
		if o.c.Status != readout.Planned || len(o.parties) != 2 {
			continue
		}
		a, b := o.parties[0].entity, o.parties[1].entity
		if a == e && (b == dr.parties[0].entity || b == dr.parties[1].entity) ||
			b == e && (a == dr.parties[0].entity || a == dr.parties[1].entity) {
			return true
		}
	}
	return false
}

// sentenceOf returns the index of the sentence that holds token k, or -1.
func (d *doc) sentenceOf(k int) int {
	i, found := slices.BinarySearchFunc(d.sents, k, func(s span, k int) int {
		switch {
		case s.to <= k:
			return -1
		case s.from > k:
			return 1
		}
		return 0
	})
	if !found {
		return -1
	}
	return i
}

// pairOf returns the people a dual stands for: for الرئيسان/الزعيمان the two of the contact
// just told, or else the last two heads of state or government of different states mentioned
// before it; for الوزيران the last two ministers; otherwise the last two people of its own
// sentence, or the parties of the contact last reported.
func (d *doc) pairOf(m *mention, at time.Time, drafts []*draft) []party {
	ps := d.anyPairOf(m, at, drafts)
	if states := d.pairStates(m); states != nil && slices.ContainsFunc(ps, func(p party) bool { return !states[p.country] }) {
		// عقد الزعيمان الكوريان قمة: Korea's two leaders, not the two named last
		return d.lastTwoOf(m, at, func(p party) bool { return heads[p.role] && states[p.country] })
	}
	return ps
}

// pairStates returns the states a plural demonym after the dual m names (الرئيسين الكوريين:
// the Korean ones), or nil.
func (d *doc) pairStates(m *mention) map[string]bool {
	if m.to >= len(d.toks) {
		return nil
	}
	w := d.toks[m.to].Text
	for _, suf := range []string{"يين", "يان"} {
		if stem, ok := strings.CutSuffix(w, suf); ok && strings.HasPrefix(w, "ال") {
			if n := d.x.phrases.root.child(stem + "ي"); n != nil {
				// (الكوريين: each state whose demonym begins so, الكوري الجنوبي and الشمالي)
				states := map[string]bool{}
				for _, node := range append([]*trieNode{n}, slices.Collect(maps.Values(n.next))...) {
					for _, it := range node.items {
						if it.Kind == ItemDemonym {
							states[it.Code] = true
						}
					}
				}
				if len(states) > 0 {
					return states
				}
			}
		}
	}
	return nil
}

// anyPairOf is pairOf before the demonym after the dual is heeded.
func (d *doc) anyPairOf(m *mention, at time.Time, drafts []*draft) []party {
	if m.from >= 2 && d.toks[m.from-1].Text == "من" && unnamedBodies[d.bare(m.from-2)] {
		return nil // عقد مسؤولون من الجانبين مباحثات: officials no one names, not the two sides' heads
	}
	word := d.toks[m.from].Text
	var want func(string) bool
	switch {
	case strings.Contains(word, "رييس") || strings.Contains(word, "زعيم") || strings.Contains(word, "ملك") || strings.Contains(word, "قايد") || strings.Contains(word, "عاهل"):
		want = func(r string) bool { return heads[r] }
	case strings.Contains(word, "وزير"):
		// (الوزيرين after a spokeswoman named since: the two ministers, not her)
		want = func(r string) bool { return ministerRoles[r] || r == "high-representative" }
	default:
		if d.statesDualBefore(m) {
			return nil // اتفقت الكوريتان على عقد أول قمة بينهما: the two states, their leaders unnamed
		}
		// سيجلس ترامب وبوتين معا في أول قمة بينهما: the two named in its own sentence
		if ps := d.lastTwoInSentence(m, at); ps != nil {
			return ps
		}
		// (but not a message's: its sender is no side of the talks held as it was handed over,
		// تسلم X رسالة من Y ... وبحث الجانبان)
		// (a dual is two: not a call of three, تحدث ترامب مع مون وآبي ... قبل يوم من لقاء الرجلين)
		if k := lastNotMessage(drafts); k >= 0 && (len(drafts[k].parties) == 2 || d.sideWord(m)) {
			if d.sideWord(m) && d.sentenceOf(m.from)-drafts[k].sentence > 1 {
				// اتفق الجانبان على إجراء محادثات بشأن الرفات: the two states' officials, not
				// the leaders of a summit told sentences up
				return nil
			}
			ps := drafts[k].parties
			out := make([]party, len(ps))
			for i, p := range ps {
				p.prep = ""
				p.m = m
				out[i] = p
			}
			return out
		}
		want = func(string) bool { return true }
	}
	if ps := d.lastPairTold(m, drafts); ps != nil && want(ps[0].role) && want(ps[1].role) {
		return ps // مون اجتمع مع كيم ... أن الزعيمين اجتمعا: the two who met, not the last named
	}
	if strings.Contains(word, "رييس") {
		// والتقى الرئيسان, after a prime minister named since: the two presidents (the North
		// Korean leader among them, whom the press calls president too)
		if presidents := d.lastTwoOf(m, at, func(p party) bool { return presidentLike(p.role) }); presidents != nil {
			return presidents
		}
	}
	return d.lastTwoOf(m, at, func(p party) bool { return want(p.role) })
}

// presidentLike are the heads a dual of presidents (الرئيسان) may name: not a prime minister,
// a chancellor or a monarch.
func presidentLike(r string) bool {
	return heads[r] && r != "prime-minister" && r != "chancellor" && r != "king" && r != "emir" && r != "sultan" && r != "crown-prince"
}

// lastTwoOf returns the last two people of different states named before the dual m whose
// party want accepts, or nil.
func (d *doc) lastTwoOf(m *mention, at time.Time, want func(party) bool) []party {
	var out []party
	states := map[string]bool{}
	for k := len(d.mentions) - 1; k >= 0 && len(out) < 2; k-- {
		pm := d.mentions[k]
		if pm.from >= m.from || pm.pair || pm.aside {
			continue
		}
		p, ok := d.resolve(pm, at, "")
		if !ok || !want(p) || states[p.country] {
			continue
		}
		states[p.country] = true
		p.prep, p.m = "", m
		out = append(out, p)
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// statesDuals name two states together (البلدان، الكوريتان، العاصمتين).
var statesDuals = map[string]bool{
	"البلدان": true, "البلدين": true, "الدولتان": true, "الدولتين": true, "الكوريتان": true, "الكوريتين": true,
	"العاصمتان": true, "العاصمتين": true, "الحكومتان": true, "الحكومتين": true,
}

// statesDualBefore reports whether a dual of states stands in m's sentence before m, with no
// person named before m in the sentence: a dual pronoun (بينهما) then stands for those states.
func (d *doc) statesDualBefore(m *mention) bool {
	si := d.sentenceOf(m.from)
	if si < 0 {
		return false
	}
	seen := false
	for k := m.from - 1; k >= d.sents[si].from; k-- {
		if d.inMention(k) {
			return false // للرئيسين X وY ... بين البلدين ... بينهما: the two people named
		}
		seen = seen || statesDuals[d.bare(k)]
	}
	return seen
}

// lastNotMessage returns the index of the last draft that is not a message, or -1.
func lastNotMessage(drafts []*draft) int {
	for k := len(drafts) - 1; k >= 0; k-- {
		if drafts[k].c.Mode != readout.Message {
			return k
		}
	}
	return -1
}

// sideWord reports whether the dual m is a word for the two sides (الجانبان، الطرفان), which may
// stand for two states' delegations as well as two people.
func (d *doc) sideWord(m *mention) bool {
	w := strings.TrimLeft(d.toks[m.from].Text, "وف")
	return strings.Contains(w, "جانب") || strings.Contains(w, "طرف")
}
