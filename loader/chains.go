package loader

import "strings"

// Chains: the runs of coordinated people a clause names, which fill the two sides of a contact.

// chain is a run of coordinated mentions that fill one slot of a trigger together: "X ونظيره
// Y", "كلا من A وB". prep is the preposition before its first mention.
type chain struct {
	ms       []*mention
	from, to int
	prep     string
}

// many reports whether a chain names two people or more: two mentions or more, or a pair
// (الرئيسان، بينهما).
func (c *chain) many() bool {
	return len(c.ms) >= 2 || c.ms[0].pair
}

// chains groups the mentions of a clause that can be parties (not bystanders, not
// spokespeople) into coordinated runs.
func (d *doc) chains(c span) []chain {
	var out []chain
	bridge := -1 // the end of "وسلف ترامب" after a chain: the name after its comma joins the chain
	for _, m := range d.mentions {
		if m.from < c.from || m.from >= c.to {
			continue
		}
		n := len(out)
		if m.aside && n > 0 && m.from-1-out[n-1].to <= 1 && d.startsWithAnd(m.from-1) {
			bridge = m.to
			continue
		}
		if bridge >= 0 && m.from == bridge+1 && d.toks[bridge].Text == "," && !m.aside {
			// بين روحاني وسلف ترامب، الرئيس باراك أوباما: Obama is the one related to Trump
			out[n-1].ms = append(out[n-1].ms, m)
			out[n-1].to = m.to
			bridge = -1
			continue
		}
		bridge = -1
		if m.aside || d.isSpokesperson(m) || d.nobody(m) {
			continue
		}
		if n > 0 && d.namesTitle(&out[n-1], m) {
			// لقاءا بالعاهل السعودي، الملك سلمان بن عبد العزيز، وولي عهده: the name of the
			// title before, whom those after it join
			out[n-1].ms[len(out[n-1].ms)-1] = m
			out[n-1].to = m.to
			continue
		}
		if n > 0 && d.gloss(out[n-1].to, m) {
			out[n-1].to = m.to + 1 // وزير الجيوش في فرنسا (وزير الدفاع): a gloss, not a person
			continue
		}
		if n > 0 && (m.from-out[n-1].to <= 1 && d.startsWithAnd(m.from) || d.enumerated(out[n-1].to, m.from) || d.andHisDeputy(out[n-1].to, m.from) ||
			d.samePrepAgain(&out[n-1], m) ||
			d.dashPair(&out[n-1], m) || d.andDemonymBefore(out[n-1].to, m)) {
			out[n-1].ms = append(out[n-1].ms, m)
			out[n-1].to = m.to
			continue
		}
		out = append(out, chain{ms: []*mention{m}, from: m.from, to: m.to, prep: m.prep})
	}
	return out
}

// postWords name an office as such, before a title that is then no person (see markContext): منصب، لمنصب، بمنصب.
var postWords = map[string]bool{"منصب": true, "لمنصب": true, "بمنصب": true, "منصبي": true, "منصبه": true, "منصبها": true}

// samePrepAgain reports whether mention m follows chain ch right after و and the preposition
// that opened ch (مع نظيره الروسي ومع وزير الخارجية السعودي): one more of the same side.
func (d *doc) samePrepAgain(ch *chain, m *mention) bool {
	if ch.prep == "" || m.from != ch.to+1 || m.from == 0 {
		return false
	}
	return d.toks[m.from-1].Text == "و"+ch.prep
}

// enumerators join the items of a list of people: X، ثم Y، فـ Z، وأخيرا W.
var enumerators = map[string]bool{",": true, "ثم": true, "واخيرا": true, "اخيرا": true, "وكذلك": true, "وايضا": true}

// enumerated reports whether the mention at token next continues a list that ended at token
// prev: the words between are list joints (، ثم، وأخيرا) and at least one is a comma or ثم, or
// the mention carries فـ (فسفير).
func (d *doc) enumerated(prev, next int) bool {
	if next-prev > 3 || next <= prev {
		return false
	}
	joint := false
	for k := prev; k < next; k++ {
		t := d.toks[k].Text
		if !enumerators[t] {
			return false
		}
		joint = joint || t == "ثم" || t == "واخيرا"
	}
	if p := d.match(next); p != nil && strings.HasPrefix(p.Clitic, "ف") {
		joint = true
	}
	return joint
}

// deputyWords name someone by his tie to the one named before: نائبه، نجله، شقيقه.
var deputyWords = map[string]bool{"نايبه": true, "نايبها": true, "نجله": true, "شقيقه": true}

// andHisDeputy reports whether the mention at token next follows the chain ending at token prev
// after one of deputyWords with و, or a word of service whose aide the mention names, and a
// comma at most: بعث الملك سلمان، ونائبه الأمير محمد بن نايف، برقيتين: both sent them.
func (d *doc) andHisDeputy(prev, next int) bool {
	k := prev
	if k < next && d.toks[k].Text == "," {
		k++
	}
	if k >= next || !strings.HasPrefix(d.toks[k].Text, "و") {
		return false
	}
	if k+1 == next && deputyWords[d.bare(k)] {
		return true
	}
	// والمبعوث ستيف ويتكوف ومساعد الرئيس الروسي يوري أوشاكوف: an aide named with his own name
	p := d.match(k)
	return p != nil && p.To == next && d.isCue(p, "associate") && d.aideNamedAt(next)
}

// aideNamedAt reports whether the mention starting at token k names an aide (aideNamed).
func (d *doc) aideNamedAt(k int) bool {
	m := d.mentionStarting(k)
	return m != nil && d.aideNamed(m)
}

// namesTitle reports whether mention m, right after a comma that ends chain ch, names the
// person ch's last mention gives only by title: the same office, or none, and the same state,
// or none.
func (d *doc) namesTitle(ch *chain, m *mention) bool {
	last := ch.ms[len(ch.ms)-1]
	if m.from != ch.to+1 || d.toks[ch.to].Text != "," || d.startsWithAnd(m.from) || last.pair || last.pronoun || last.counterpart {
		return false
	}
	if last.nameTo > last.nameFrom || last.office < 0 || len(m.people) == 0 && m.captured == "" {
		return false
	}
	sameOffice := m.office < 0 || d.x.lx.Offices[m.office].Role == d.x.lx.Offices[last.office].Role
	return sameOffice && (m.country == "" || m.country == last.country)
}

// gloss reports whether mention m is a bracketed gloss right after the chain ending at token
// prev: "(وزير الدفاع)".
func (d *doc) gloss(prev int, m *mention) bool {
	return m.from == prev+1 && d.toks[prev].Text == "(" && m.to < len(d.toks) && d.toks[m.to].Text == ")"
}

// andDemonymBefore reports whether mention m follows the chain ending at token prev after one
// demonym with و, the title left out: أردوغان والروسي فلاديمير بوتين والإيراني حسن روحاني.
func (d *doc) andDemonymBefore(prev int, m *mention) bool {
	if m.from != prev+1 || !strings.HasPrefix(d.toks[prev].Text, "و") {
		return false
	}
	p := d.match(prev)
	return p != nil && p.To == m.from && p.Has(ItemDemonym)
}

// dashPair reports whether mention m follows the one-person chain ch after a dash, the chain
// right after a contact noun: محادثات بوتين - نتنياهو، لقاء بوتين - الأسد name both sides.
func (d *doc) dashPair(ch *chain, m *mention) bool {
	return len(ch.ms) == 1 && m.from == ch.to+1 && d.toks[ch.to].Text == "-" && d.triggerEndsAt(ch.from)
}
