package loader

import (
	"strings"
	"unicode/utf8"
)

// Titles: the offices a mention names, the state each qualifies them with, where an envoy
// serves, and the honorifics around them.

// isHonorific reports whether token k starts an honorific (سمو، معالي).
func (d *doc) isHonorific(k int) bool {
	p := d.match(k)
	return p != nil && p.Has(ItemHonorific)
}

// titleTail reports whether token k can continue a title the lexicon holds only in part: a word
// it does not know, or a state's name or demonym (والمغاربة المقيمين بالخارج).
func (d *doc) titleTail(k int) bool {
	p := d.match(k)
	return p == nil || p.Has(ItemDemonym) || p.Has(ItemCountry) || p.Has(ItemPlace) || postings[d.toks[k].Text]
}

// officeRole returns the role of the title at match p, or "".
func (d *doc) officeRole(p *Match) string {
	for _, kind := range []ItemKind{ItemOfficeDef, ItemOfficeCons, ItemOfficeOwn} {
		if it, ok := p.Item(kind); ok {
			return d.x.lx.Offices[it.Ref].Role
		}
	}
	return ""
}

// office reads a title at match p and what qualifies it, recording the first title of a chain.
func (d *doc) office(m *mention, p *Match) int {
	// a title read both ways takes its plain reading: سفيرة is a woman ambassador before it is
	// سفير + ه (his ambassador)
	var it Item
	for _, kind := range []ItemKind{ItemOfficeDef, ItemOfficeCons, ItemOfficeOwn} {
		if c, ok := p.Item(kind); ok {
			it = c
			break
		}
	}
	first := m.office < 0
	if first {
		m.office = it.Ref
		m.country = it.Code
	} else if m.country == "" {
		m.country = it.Code // سفير خادم الحرمين الشريفين: the king's state is his ambassador's
	}
	// the state of a later title in a chain is the person's too when the first named none:
	// نائبة رئيس الوزراء ووزيرة خارجية كرواتيا
	set := first || m.country == ""
	j := p.To
	switch it.Kind {
	case ItemOfficeDef:
		if first && j < len(d.toks) && (d.toks[j].Text == "العام" || d.toks[j].Text == "العامه") {
			// المرشد العام للإخوان، القائد العام: another title than the lexicon's short one
			m.office, m.country = -1, ""
			return p.From
		}
		j = d.stateAfter(m, j, set)
	case ItemOfficeCons:
		k := d.stateAfter(m, j, set)
		if k == j && first {
			// a construct title must be followed by a state: "رئيس" alone is not a title
			if p2 := d.match(j); p2 != nil && d.isOffice(p2) {
				return j // سفير خادم الحرمين الشريفين: the next title names the state
			}
			if p2 := d.match(j); p2 != nil && p2.Clitic == "" && servesLeader[d.x.lx.Offices[it.Ref].Role] {
				if code := d.leaderState(p2); code != "" {
					m.country = code // وزير خارجية الأسد: the minister of the leader's state
					return d.officeModifiers(m, p2.To)
				}
			}
			m.office = -1
			return p.From
		}
		j = k
	case ItemOfficeOwn:
		if first && m.country == "" {
			m.pronoun = true
			// وزير خارجيته: his, a person's; وزير خارجيتها: hers, most often a state's
			m.his = !strings.HasSuffix(d.toks[p.To-1].Text, "ها") && !strings.HasSuffix(d.toks[p.To-1].Text, "هم") && !strings.HasSuffix(d.toks[p.To-1].Text, "هما")
		}
	}
	if first && m.country != "" && d.x.lx.Offices[m.office].Role == "chancellor" && !chancellorStates[m.country] {
		// مستشار خادم الحرمين: a king's adviser, not a chancellor, whom only some states have
		m.office, m.country = -1, ""
		return p.From
	}
	j = d.officeModifiers(m, j)
	if p2 := d.match(j); p2 != nil && servesAbroad(d.x.lx.Offices[m.office].Role) && d.x.lx.Offices[m.office].Role != "" &&
		strings.TrimPrefix(p2.Clitic, "و") == "ل" && (p2.Has(ItemCountry) || p2.Has(ItemPlace) || p2.Has(ItemTopic)) {
		// المبعوث الأمريكي الخاص للشرق الأوسط ستيف ويتكوف، المبعوث الأممي لليمن: where or on what the
		// envoy serves, with لـ
		m.host = placeCode(p2)
		return d.officeModifiers(m, p2.To)
	}
	// where an ambassador or envoy serves (لدى المملكة، في الرياض، إلى اليمن), or, after a title
	// with no state yet, the state itself (وزير الجيوش في فرنسا)
	if j+1 < len(d.toks) && postings[d.toks[j].Text] && (d.toks[j].Text == "في" || servesAbroad(d.x.lx.Offices[m.office].Role)) {
		if p2 := d.match(j + 1); p2 != nil && (p2.Has(ItemCountry) || p2.Has(ItemPlace) || p2.Has(ItemOrg)) {
			if m.country == "" && d.toks[j].Text == "في" {
				m.country = placeCode(p2)
			} else {
				m.host = placeCode(p2)
			}
			return d.officeModifiers(m, p2.To) // (مدير المخابرات العامة في مصر بالوكالة)
		}
		// an envoy's posting the lexicon does not name: لدى المملكة، بشأن إيران
		if role := d.x.lx.Offices[m.office].Role; (role == "ambassador" || role == "envoy") && d.toks[j+1].Kind == Word && d.toks[j].Text != "في" {
			return j + 2
		}
	}
	return j
}

// servesAbroad reports whether an office is held at a post abroad (سفير لدى، مبعوث إلى): لدى or
// إلى after any other title is where its holder goes (زيارة أمير قطر إلى بريطانيا).
func servesAbroad(role string) bool {
	return role == "ambassador" || role == "envoy" || role == "official" || role == ""
}

// servesLeader are the offices a leader's name can qualify (وزير خارجية الأسد، سفير ترامب), as
// a state's would; not مستشار, which is a chancellor's title before a state and an aide's before
// a person.
var servesLeader = map[string]bool{"foreign-minister": true, "defence-minister": true, "interior-minister": true,
	"minister": true, "prime-minister": true, "deputy-prime-minister": true, "ambassador": true, "envoy": true}

// leaderState returns the state whose head every person p may name has led (الأسد، بوتين),
// or "".
func (d *doc) leaderState(p *Match) string {
	people, _ := personItems(p)
	code := ""
	for _, i := range people {
		led := ""
		for _, pos := range d.x.people[i].Positions {
			if heads[pos.Role] {
				led = pos.Country
			}
		}
		if led == "" || code != "" && led != code {
			return ""
		}
		code = led
	}
	return code
}

// chancellorStates are the states whose head of government is a chancellor.
var chancellorStates = map[string]bool{"DE": true, "AT": true}

// postings introduce where or on what an official serves: لدى، في، إلى، بشأن، لشؤون.
var postings = map[string]bool{"لدي": true, "في": true, "الي": true, "بشان": true, "لشوون": true, "الخاص": true}

// formerCues say the title is not held at the time of the text (the former minister, the
// president-elect): the title then names no one by itself.
var formerCues = map[string]bool{"السابق": true, "السابقه": true, "الاسبق": true, "الاسبقه": true, "المنتخب": true, "المنتخبه": true, "الراحل": true, "الراحله": true}

// atTheTime set a title at the time of the events told: آنذاك، حينها، وقتها.
var atTheTime = map[string]bool{"حينها": true, "انذاك": true, "وقتها": true, "حينذاك": true, "وقتذاك": true, "حينيذ": true, "وقتيذ": true}

// officeModifiers skips the words that may follow a title before the name: حينها، آنذاك،
// الجديد، المكلف، بالوكالة، السابق، المنتخب (these last two make the title a former or future
// one).
func (d *doc) officeModifiers(m *mention, j int) int {
	for j < len(d.toks) {
		switch t := d.toks[j].Text; {
		case formerCues[t]:
			m.former = true
			m.past = !strings.HasPrefix(t, "المنتخب")
		case atTheTime[t] || t == "الجديد" || t == "الجديده" || t == "المكلف" || t == "المكلفه" ||
			t == "بالوكاله" || t == "بالانابه" || t == "الموقت" || t == "الموقته" || t == "الخاص" || t == "الخاصه" ||
			t == "المفدي" || t == "المعظم":
		case t == "," && j+2 < len(d.toks) && atTheTime[d.toks[j+1].Text] && d.toks[j+2].Text == ",":
			j += 2 // وزير الخارجية الإسرائيلي، آنذاك، أفيغدور ليبرمان: the comma before the name follows
			continue
		default:
			return j
		}
		j++
	}
	return j
}

// stateAfter reads the state that qualifies a title at token j: a demonym (الروسي), a state or
// organisation name (روسيا، للأمم المتحدة), a capital or seat; set only when set is true.
func (d *doc) stateAfter(m *mention, j int, set bool) int {
	if j+2 < len(d.toks) && d.toks[j].Text == "(" {
		// الرئيس (الأمريكي): a demonym some outlets add in brackets to a bare title
		if p := d.match(j + 1); p != nil && p.Has(ItemDemonym) && p.Clitic == "" && p.To < len(d.toks) && d.toks[p.To].Text == ")" {
			if k := d.stateAfter(m, j+1, set); k == p.To {
				return k + 1
			}
		}
	}
	// سفير جمهورية البيرو، سفيرة مملكة السويد: the form of state before its name
	if j+1 < len(d.toks) && isStateForm(d.toks[j].Text) && d.match(j) == nil {
		if p := d.match(j + 1); p != nil && (p.Has(ItemCountry) || p.Has(ItemPlace)) {
			j++
		}
	}
	p := d.match(j)
	if p == nil {
		return j
	}
	code := ""
	switch {
	case p.Has(ItemDemonym) && p.Clitic == "":
		it, _ := p.Item(ItemDemonym)
		code = it.Code
	case p.Has(ItemCountry) || p.Has(ItemOrg):
		code = placeCode(p)
	case p.Has(ItemPlace) && p.Clitic == "":
		code = placeCode(p)
	default:
		return j
	}
	if set && m.country == "" {
		m.country = code
		m.regional = p.Has(ItemRegion) && p.Clitic == ""
	}
	return p.To
}

// stateForms name the form of a state before its name: جمهورية، مملكة، دولة، سلطنة، إمارة.
var stateForms = map[string]bool{"جمهوريه": true, "مملكه": true, "دوله": true, "سلطنه": true, "اماره": true, "الجمهوريه": true, "المملكه": true}

// isStateForm reports whether w is a form of state, bare or after ب or ل: وزير الخارجية
// بجمهورية ليتوانيا، سفير لدولة الكويت.
func isStateForm(w string) bool {
	if stateForms[w] {
		return true
	}
	r, n := utf8.DecodeRuneInString(w)
	return (r == 'ب' || r == 'ل') && stateForms[w[n:]]
}

func placeCode(p *Match) string {
	for _, k := range []ItemKind{ItemCountry, ItemOrg, ItemDemonym, ItemPlace} {
		if it, ok := p.Item(k); ok {
			return it.Code
		}
	}
	return ""
}

func (d *doc) isOffice(p *Match) bool {
	return p.Has(ItemOfficeDef) || p.Has(ItemOfficeCons) || p.Has(ItemOfficeOwn)
}

func (d *doc) isCue(p *Match, kind string) bool {
	for _, it := range p.Items {
		if it.Kind == ItemCue && it.Code == kind {
			return true
		}
	}
	return false
}

func (d *doc) skipHonorifics(j int) int {
	for j < len(d.toks) {
		if p := d.match(j); p != nil && p.Has(ItemHonorific) && !p.Has(ItemPerson) && !d.isOffice(p) {
			j = p.To
			continue
		}
		if d.toks[j].Text == "." && j > 0 && d.toks[j-1].Text == "د" {
			j++
			continue
		}
		return j
	}
	return j
}

// nameAfterBody returns where the name starts after the body a second title governs (الرئيس
// الفرنسي السابق وزعيم حزب الجمهوريين اليميني، نيكولا ساركوزي): a name the gazetteer knows
// within five words of j, with no sentence end, contact, date or other title between; or j.
func (d *doc) nameAfterBody(j int) int {
	for k := j + 1; k < len(d.toks) && k <= j+5; k++ {
		if d.toks[k].Text == "." || d.dateIn(k, k+1) {
			return j
		}
		p := d.match(k)
		if p == nil || p.From != k {
			continue
		}
		if p.Has(ItemPerson) && p.Clitic == "" && !d.isOffice(p) {
			return k
		}
		if d.isOffice(p) || p.Has(ItemTrigger) || p.Has(ItemCue) {
			return j
		}
	}
	return j
}
