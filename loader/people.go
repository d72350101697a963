package loader

import (
	"slices"
	"strings"
	"unicode/utf8"

	"readout"
)

// mention is a person found in the text: a name, a title, or both, with the state the title
// names. It is resolved to an entity once the date of the contact is known.
type mention struct {
	from, to         int    // tokens of the whole phrase: titles and name
	nameFrom, nameTo int    // tokens of the name; equal when only a title names the person
	people           []int  // gazetteer candidates for the name
	short            bool   // the name is a short form (a surname alone)
	captured         string // a name the gazetteer does not know, normalised
	office           int    // index into the lexicon's offices, -1 when no title
	country          string // the state or organisation the title names, "" when none
	host             string // where an ambassador or envoy serves (لدى ...), "" when none
	counterpart      bool   // نظيره: the office is that of the person it is paired with
	pronoun          bool   // وزير خارجيتها: the state is the one last mentioned
	his              bool   // وزير خارجيته: the pronoun is a man's, the person last named
	prep             string // the preposition before the mention ("مع", "ب", "من", ...), "" for a subject
	aside            bool   // attending (بحضور) or merely associated (المقرب من): not a party
	// former: the title names no one by itself, being a former or future one (السابق،
	// المنتخب) or an office in general (أول رئيس أمريكي، رئيس للولايات المتحدة)
	former bool
	past   bool // the title is a former one (السابق، الأسبق، الراحل)
	pair   bool // a dual (الرئيسان، بينهما) standing for people already mentioned
	dual   bool // one of the two counterparts of نظيريه X والـY, met together
	guest  bool // الضيف الإثيوبي: the visitor of that state named before
	latter bool // قبل أن يلتقي الأخير بولي العهد: the person named last before it
	// regional: the title is that of a region's government (رئيس جمهورية الشيشان، رئيسة وزراء
	// إسكتلندا), not of the state's
	regional bool
}

// prepositions that mark a mention as the object of a trigger.
var prepositions = map[string]bool{
	"مع": true, "من": true, "الي": true, "عن": true, "علي": true, "بين": true, "لدي": true, "عبر": true,
}

// findMentions finds every person mention in the article body: first names of the gazetteer and
// titled phrases, then surnames of people already named in full.
func (d *doc) findMentions() {
	for i := 0; i < len(d.toks); {
		if !d.body[i] {
			i++
			continue
		}
		if ms := d.pluralAt(i); len(ms) > 0 {
			d.mentions = append(d.mentions, ms...)
			i = ms[len(ms)-1].to
			continue
		}
		if m := d.mentionAt(i); m != nil {
			if !d.namesPlace(m) && !d.quotedTitle(m) {
				d.mentions = append(d.mentions, m)
			}
			i = m.to
			continue
		}
		i++
	}
	d.mentions = mergeMentions(d.mentions, d.secondCounterparts())
	d.markMentioned()
	d.linkSurnames()
	d.markMentioned()
	for i, m := range d.mentions {
		d.markContext(m)
		if d.greetedOnly(i) {
			m.aside = true // وهنأ رئيس سريلانكا بذكرى اليوم الوطني، وعقد جلسة مباحثات: greeted, not met
		}
		// a bystander's coordinated neighbour is a bystander too: بحضور ولي العهد ووزير الخارجية
		if i > 0 && d.mentions[i-1].aside && m.from-d.mentions[i-1].to <= 1 && d.startsWithAnd(m.from) {
			m.aside = true
		}
		// the one an envoy speaks for (الخصاونة، المبعوث الخاص للملك الأردني) is not met
		if i > 0 && m.prep == "ل" && d.mentions[i-1].to == m.from && d.mentions[i-1].office >= 0 &&
			d.x.lx.Offices[d.mentions[i-1].office].Role == "envoy" {
			m.aside = true
			if d.mentions[i-1].country == "" {
				d.mentions[i-1].country = m.country // the envoy acts for his principal's state
			}
		}
	}
}

// placeNouns name institutions, places and honours after a person (جامعة الملك عبدالله، مطار الملك
// خالد، قلادة الملك عبد العزيز): the person is part of a name, not someone in the text.
var placeNouns = map[string]bool{
	"جامعه": true, "مدينه": true, "مطار": true, "مستشفي": true, "مركز": true, "جايزه": true,
	"شارع": true, "قاعده": true, "موسسه": true, "ميناء": true, "ملعب": true, "مسجد": true,
	"مجمع": true, "كليه": true, "معهد": true, "صندوق": true, "طريق": true, "جسر": true,
	"مكتبه": true, "حي": true, "استاد": true, "برنامج": true, "كرسي": true, "وقف": true,
	"قلاده": true, "وسام": true, "ميداليه": true, "قاعه": true, "قصر": true, "مدرسه": true,
	"اسم": true,
}

// regimeNouns name what a leader heads or the time he held office (حكومة هادي، إدارة ترامب،
// في عهد الملك): the person in the genitive is not a party of what the clause reports.
var regimeNouns = map[string]bool{"حكومه": true, "اداره": true, "نظام": true, "حزب": true, "عهد": true, "حقبه": true, "ولايه": true, "حكم": true}

// quotedTitle reports whether an untitled name opens a quoted phrase of more words (التقت
// «الصباح الأسبوعي» بالسفير): the title of a paper or a programme, not a person.
func (d *doc) quotedTitle(m *mention) bool {
	if m.office >= 0 || m.from == 0 || d.toks[m.from-1].Text != "\"" {
		return false
	}
	for k := m.to; k < len(d.toks) && k <= m.to+3; k++ {
		if d.toks[k].Text == "\"" {
			return k > m.to
		}
	}
	return false
}

// indefiniteOf reports whether the title in tokens [from, to) is indefinite and names its state
// with لـ (رئيس للولايات المتحدة، زعيم لكوريا الشمالية): an office in general, not its holder.
func (d *doc) indefiniteOf(from, to int) bool {
	first := d.skipHonorifics(from)
	if first >= to || strings.HasPrefix(d.bare(first), "ال") {
		return false
	}
	for k := first + 1; k < to; k++ {
		if p := d.match(k); p != nil && strings.HasSuffix(p.Clitic, "ل") && (p.Has(ItemCountry) || p.Has(ItemPlace)) {
			return true
		}
	}
	return false
}

// foreignRanks are the ranks of foreign generals (الجنرال، الأدميرال): a surname alone after one
// is not the civilian leader's who shares it.
var foreignRanks = map[string]bool{"الجنرال": true, "الادميرال": true, "الاميرال": true}

// stateHeads are the offices of a head of state, no two of which one person holds at once.
var stateHeads = map[string]bool{"king": true, "president": true, "emir": true, "sultan": true}

// namesPlace reports whether a mention is part of an institution's or a place's name.
func (d *doc) namesPlace(m *mention) bool {
	if m.from == 0 {
		return false
	}
	w := d.toks[m.from-1].Text
	for _, st := range append([]string{w}, Stems(w)...) {
		if placeNouns[st] {
			return true
		}
	}
	return false
}

// secondCounterparts finds the second state of a dual counterpart: نظيريه التركي والإيراني
// names two people, the second by "والإيراني"; in نظيريه الروسي فلاديمير بوتين والتركي رجب طيب
// أردوغان the second takes the name after its demonym. Both are marked dual: one meeting of
// three, not two meetings.
func (d *doc) secondCounterparts() []*mention {
	var out []*mention
	for _, m := range d.mentions {
		if m.from < 0 || !m.counterpart {
			continue
		}
		if w := d.toks[m.from].Text; !(strings.HasSuffix(w, "يه") || strings.HasSuffix(w, "تيه")) {
			continue
		}
		k := m.to
		p := d.match(k)
		if p == nil || !p.Has(ItemDemonym) || !strings.HasPrefix(p.Clitic, "و") {
			continue
		}
		it, _ := p.Item(ItemDemonym)
		second := &mention{from: k, to: p.To, nameFrom: p.To, nameTo: p.To, office: -1, counterpart: true, country: it.Code, dual: true}
		if named := d.mentionStarting(p.To); m.nameTo > m.nameFrom && named != nil && named.office < 0 {
			second.nameFrom, second.nameTo, second.to = named.nameFrom, named.nameTo, named.to
			second.people, second.short, second.captured = named.people, named.short, named.captured
			named.from = -1 // absorbed; dropped below
		}
		m.dual = true
		out = append(out, second)
	}
	kept := d.mentions[:0]
	for _, m := range d.mentions {
		if m.from >= 0 {
			kept = append(kept, m)
		}
	}
	d.mentions = kept
	return out
}

// mentionStarting returns the mention that starts at token k, or nil.
func (d *doc) mentionStarting(k int) *mention {
	for _, m := range d.mentions {
		if m.from == k {
			return m
		}
	}
	return nil
}

// startsWithAnd reports whether token i carries the conjunction و, or follows it.
func (d *doc) startsWithAnd(i int) bool {
	if p := d.match(i); p != nil && strings.HasPrefix(p.Clitic, "و") {
		return true
	}
	if w := d.toks[i].Text; strings.HasPrefix(w, "و") && d.local[strings.TrimPrefix(w, "و")] != nil {
		return true // وجبير: a surname linked within the article, with the conjunction
	}
	return i > 0 && d.toks[i-1].Text == "و"
}

// pluralAt reads the holders of one office in several states: وزراء خارجية روسيا وإيران
// وتركيا، وزيرا الخارجية الروسي والأمريكي. It returns one mention per state, the first
// spanning the title, or nothing.
func (d *doc) pluralAt(i int) []*mention {
	p := d.match(i)
	if p == nil || !p.Has(ItemOfficePlural) {
		return nil
	}
	it, _ := p.Item(ItemOfficePlural)
	var out []*mention
	from := i
	for j := p.To; j < len(d.toks); {
		q := d.match(j)
		if q == nil || !(q.Has(ItemCountry) || q.Has(ItemDemonym)) || len(out) > 0 && !strings.HasPrefix(q.Clitic, "و") && d.toks[j-1].Text != "," {
			break
		}
		if len(out) == 0 && q.Clitic != "" {
			break
		}
		m := &mention{from: from, to: q.To, nameFrom: q.To, nameTo: q.To, office: it.Ref, country: placeCode(q)}
		j = q.To
		// وزيرا الخارجية المصري بدر عبد العاطي والإيراني عباس عراقجي: each state with its name
		if r := d.match(j); r != nil && r.Has(ItemPerson) && r.Clitic == "" && !d.otherName(r) {
			m.people, m.short = personItems(r)
			m.nameFrom, j = j, d.patronymic(r.To)
			m.nameTo, m.to = j, j
		}
		out = append(out, m)
		from = j
		if j < len(d.toks) && d.toks[j].Text == "," {
			j++
		}
	}
	if len(out) == 1 && out[0].nameTo > out[0].nameFrom && out[0].to < len(d.toks) {
		// بين الرئيسين الكوري الشمالي كيم جونغ أون والرئيس الأمريكي دونالد ترامب: the dual's
		// first holder, named; the second has a title of his own
		if q := d.match(out[0].to); q != nil && strings.HasPrefix(q.Clitic, "و") && d.isOffice(q) {
			return out
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// namesAfterPair reports whether a name follows the pair word ending before token k at once: a
// person the gazetteer knows, or two words that read as a name.
func (d *doc) namesAfterPair(k int) bool {
	if k >= len(d.toks) {
		return false
	}
	if p := d.match(k); p != nil {
		return p.Has(ItemPerson) && p.Clitic == ""
	}
	// (the second word may read as a clitic on a common word, as فورد does: ف + ورد)
	return k+1 < len(d.toks) && d.nameStart(k) && d.nameWord(k) && d.toks[k+1].Kind == Word && !d.covered[k+1] &&
		(d.nameWord(k+1) || !d.x.common[d.toks[k+1].Text])
}

// mentionAt reads a person phrase starting at token i:
// [honorifics] [نظيره demonym | office [state] [posting]]... [honorifics] [name] [، office [state]]
func (d *doc) mentionAt(i int) *mention {
	m := &mention{from: i, office: -1}
	if i > 0 && lineage[d.toks[i-1].Text] {
		return nil // بن عبدالله: a father's or family's name inside someone else's
	}
	if p := d.match(i); p != nil {
		if it, ok := p.Item(ItemCue); ok && it.Code == "pair" && !d.genericAfterBetween(i) {
			if d.namesAfterPair(p.To) {
				return nil // الرئيسان جيرالد فورد وجورج بوش: the two named there, not the two before
			}
			m.to, m.nameFrom, m.nameTo, m.pair = p.To, i, i, true
			return m
		}
	}
	if w := d.bare(i); (w == "الاخير" || w == "الاخيره") && (d.verbTriggerEndsAt(i) || d.indefiniteNounEndsAt(i)) {
		m.latter, m.to, m.nameFrom, m.nameTo = true, i+1, i+1, i+1
		return m // (right after a verb of contact, where it stands as its subject)
	}
	j := d.skipHonorifics(i)
	if j+1 < len(d.toks) && (d.bare(j) == "الضيف" || d.bare(j) == "الضيفه") {
		// استقبل أفورقي الضيف الإثيوبي: the guest of that state, named before
		if k := d.stateAfter(m, j+1, true); m.country != "" {
			m.guest, m.to, m.nameFrom, m.nameTo = true, k, k, k
			return m
		}
	}
	if p := d.match(j); p != nil && d.isCue(p, "counterpart") {
		m.counterpart = true
		j = p.To
		j = d.stateAfter(m, j, true)
	}
	if p := d.match(j); p != nil && d.isOffice(p) && d.isCue(p, "associate") && m.office < 0 && !m.counterpart {
		if q := d.match(p.To); q != nil && d.isOffice(q) {
			return nil // مستشار المرشد الإيراني علي خامنئي: his adviser, named elsewhere if at all
		}
		if p.To < len(d.toks) && d.toks[p.To].Text == "لدي" {
			return nil // المستشار لدى رئيس الحكومة: an adviser, not a chancellor
		}
	}
	sender := "" // the head's office after an envoy's title (مبعوث رئيس الوزراء العراقي)
	bodyAt := -1 // where a second title's body would start (وزعيم حزب ...), when it read none
	for titles := 0; ; titles++ {
		p := d.match(j)
		if p == nil || !d.isOffice(p) {
			break
		}
		if titles == 1 && d.x.lx.Offices[m.office].Role == "envoy" {
			if role := d.officeRole(p); heads[role] {
				sender = role
			}
		}
		if m.office >= 0 && hasAnyPrefix(strings.TrimPrefix(p.Clitic, "و"), "ب", "ك") {
			break // الرئيس الأمريكي بالزعيم الكوري: a preposition starts another person
		}
		if it, ok := p.Item(ItemOfficeDef); m.office >= 0 && ok && d.x.lx.Offices[it.Ref].Role != d.x.lx.Offices[m.office].Role {
			// التقى الملك الرئيس عمر البشير: a king is no president; and after a title with its
			// state, و and another head's title (رئيس الوزراء الياباني والرئيس شي): the second
			// is another person
			before, after := d.x.lx.Offices[m.office].Role, d.x.lx.Offices[it.Ref].Role
			if stateHeads[before] && stateHeads[after] || m.country != "" && strings.HasPrefix(p.Clitic, "و") && heads[before] && heads[after] {
				break
			}
		}
		if m.office >= 0 && m.country != "" {
			// الزعيم الكوري الشمالي والرئيس الأمريكي: a title of another state is another person
			alone := mention{from: j, office: -1}
			if d.office(&alone, p); alone.country != "" && alone.country != m.country {
				break
			}
		}
		next := d.office(m, p)
		if next <= j {
			break
		}
		if bodyAt = -1; titles > 0 && next == p.To && strings.HasPrefix(p.Clitic, "و") {
			bodyAt = next
		}
		if q := d.match(next); q != nil && q.Has(ItemHonorific) && (strings.HasPrefix(q.Clitic, "و") || hasAnyPrefix(q.Clitic, "ب", "ل", "ك")) {
			// الرئيس المصري والأمير محمد بن سلمان، رئيس الجمهورية بالمشير خليفة حفتر: و or a
			// preposition before an honorific starts another person
			j = next
			break
		}
		j = d.skipHonorifics(next)
	}
	if bodyAt == j {
		j = d.nameAfterBody(j)
	}
	if m.office >= 0 && j+3 < len(d.toks) && d.toks[j].Text == "(" && d.toks[j+2].Text == ")" {
		if p := d.match(j + 3); p != nil && p.Has(ItemPerson) {
			j += 3 // الرئيس (فلاديمير) بوتين: a given name some outlets add in brackets
		}
	}
	m.nameFrom = j
	if m.office >= 0 && d.indefiniteOf(m.from, j) {
		m.former = true // لم يجتمع رئيس للولايات المتحدة بزعيم لكوريا الشمالية: any president, none named
	}
	if p := d.match(j); p != nil && m.office >= 0 && hasAnyPrefix(strings.TrimPrefix(p.Clitic, "و"), "ب", "ل", "ك") {
		// سيجمع الرئيس الأمريكي بكيم جونغ أون: a preposition before the name starts another person
	} else if p != nil && p.Has(ItemPerson) && (!d.otherName(p) || m.office >= 0 && d.presentVerbAt(p.To)) &&
		!d.bareGivenName(m, p) && !d.foreignShortName(m, p) && !d.otherGivenName(p) && !d.juniorRankBefore(p.From) {
		m.people, m.short = personItems(p)
		if m.short && m.office < 0 && d.wordIn(foreignRanks, i, j) {
			m.people = nil // كما التقى مون الجنرال كيم: a general who shares the leader's surname
		}
		if sender != "" && slices.ContainsFunc(m.people, func(k int) bool { return d.heldIn(k, m.country, sender) }) {
			// بمبعوث رئيس الوزراء العراقي حيدر العبادي: the name is the one who sent him; the
			// envoy is someone the title alone does not name
			m.people, m.former = nil, true
		}
		j = d.familyName(m.people, d.patronymic(p.To))
	} else if ppl := d.titledSurname(m, j); len(ppl) > 0 {
		m.people, m.short = ppl, true
		j++
	} else if (m.office >= 0 || m.counterpart) && d.indefiniteDemonym(j) {
		m.former = true // أول رئيس أمريكي يخاطب: an office in general, which names no one
	} else if m.office >= 0 || m.counterpart {
		j = d.captureName(m, j)
	}
	m.nameTo = j
	if m.nameTo == m.nameFrom && (m.office >= 0 || m.counterpart) {
		j = d.nameAfterComma(m, j) // (نظيره الأمريكي، مايك بومبيو)
	}
	if m.nameTo == m.nameFrom && m.office >= 0 && m.country != "" {
		d.nameBefore(m) // تيان تشي السفير الصيني: a name the gazetteer lacks, before its title
	}
	if m.nameTo == m.nameFrom && m.office < 0 && !m.counterpart {
		return d.honouredName(m, i, j)
	}
	// the titles after a name: all of them for a bare name, and for a name whose title named no
	// state (فخامة الرئيس رمضان قاديروف رئيس جمهورية الشيشان، الرئيس عمر حسن البشير رئيس
	// جمهورية السودان), the one that does
	if m.nameTo > m.nameFrom && (m.office < 0 || m.country == "" && (m.captured != "" || len(m.people) > 0)) {
		j = d.apposition(m, j)
	}
	m.to = j
	return m
}

// juniorRankBefore reports whether a junior military rank and the unit he serves in stand in the
// four words before token k, with no punctuation between (العميد في القوات الخاصة شريف
// إسماعيل): no leader the gazetteer knows is so styled, so the name is a namesake's. A rank
// right before the name may be a leader's style (العقيد معمر القذافي).
func (d *doc) juniorRankBefore(k int) bool {
	unit := false // في القوات الخاصة: the unit he serves in, between rank and name
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if d.toks[j].Kind != Word {
			return false
		}
		if juniorRanks[d.bare(j)] {
			return unit // (العقيد معمر القذافي: a leader styled by his rank)
		}
		unit = unit || d.toks[j].Text == "في"
	}
	return false
}

// juniorRanks are military ranks below general.
var juniorRanks = map[string]bool{"العميد": true, "العقيد": true, "المقدم": true, "الرايد": true, "النقيب": true, "الملازم": true, "الرقيب": true, "العريف": true, "الجندي": true}

// presentVerbAt reports whether token k reads as a verb in the present (يعرب، تبحث) rather than
// the rest of a name: after a title and a short name (الملك سلمان يعرب عن), a headline's verb.
func (d *doc) presentVerbAt(k int) bool {
	if k >= len(d.toks) || d.match(k) != nil || d.x.given[d.toks[k].Text] {
		return false
	}
	w := d.toks[k].Text
	if k+1 < len(d.toks) && d.toks[k+1].Text == "-" || hasAnyPrefix(w, "تش", "يون", "يو") {
		return false // مون تشونغ-إن، كيم يونغ: an East Asian given name
	}
	return (strings.HasPrefix(w, "ي") || strings.HasPrefix(w, "ت")) && utf8.RuneCountInString(w) >= 4
}

// bareGivenName reports whether a short name is a common given name with no title before it
// or honorific (عبدالله الربيعة): anyone may bear it; it names the gazetteer's person only after
// a title or an honorific (الملك عبدالله، الشيخ تميم) or once the article has named him in full
// (see linkSurnames).
func (d *doc) bareGivenName(m *mention, p *Match) bool {
	ppl, short := personItems(p)
	if m.counterpart || !d.givenOnly(p) {
		return false
	}
	if !d.oneGivenName(p) {
		// محمد حسن الحارثي: given names only, the gazetteer's bearer of them named only when in
		// office at the time of the article
		return !d.pub.IsZero() && !slices.ContainsFunc(ppl, func(i int) bool { return d.inOffice(i, d.pub) })
	}
	if !short && p.To == p.From+1 {
		return false
	}
	if m.office >= 0 {
		// الملك عبدالله: the title must be one he held (المستشار عبدالله الربيعة is not the king)
		role := d.x.lx.Offices[m.office].Role
		if role == "leader" || role == "minister" || role == "official" {
			role = ""
		}
		ppl, _ := personItems(p)
		return !slices.ContainsFunc(ppl, func(i int) bool { return d.heldIn(i, m.country, role) })
	}
	for k := m.from; k < p.From; k++ {
		if d.toks[k].Kind == Word && !civilHonorifics[d.toks[k].Text] {
			return false // الشيخ تميم، الأمير محمد: a royal's usual short name
		}
	}
	// (أمير قطر تميم بن حمد ... وقبل ترامب، كان تميم في لقاء مع ماتيس: the one the article has
	// named in full)
	return !d.namedInFullBefore(ppl, m.from)
}

// namedInFullBefore reports whether one of the people ppl is named in full (not by a short
// name) by a mention before token k.
func (d *doc) namedInFullBefore(ppl []int, k int) bool {
	for _, pm := range d.mentions {
		if pm.to <= k && !pm.short && len(pm.people) == 1 && slices.Contains(ppl, pm.people[0]) {
			return true
		}
	}
	return false
}

// oneGivenName reports whether match p is one given name, in one word or two (عبدالله، عبد الله).
func (d *doc) oneGivenName(p *Match) bool {
	joined := ""
	for k := p.From; k < p.To; k++ {
		joined += d.toks[k].Text
	}
	return d.x.given[joined]
}

// givenOnly reports whether the words of match p are given names only (عبد الله، محمد حسن):
// many bear them, so alone they name no one in particular.
func (d *doc) givenOnly(p *Match) bool {
	if d.oneGivenName(p) {
		return true
	}
	for k := p.From; k < p.To; k++ {
		if !d.x.given[d.toks[k].Text] {
			return false
		}
	}
	return true
}

// foreignShortName reports whether a short name after a title of a state names no one who ever
// served that state (مدير المخابرات المصرية اللواء عباس كامل is not Mahmoud Abbas): it is
// the first word of someone else's name.
func (d *doc) foreignShortName(m *mention, p *Match) bool {
	ppl, short := personItems(p)
	return short && m.office >= 0 && m.country != "" && !m.pronoun &&
		!slices.ContainsFunc(ppl, func(i int) bool { return d.heldIn(i, m.country, "") })
}

// otherGivenName reports whether a surname alone comes right after a given name that the match
// did not take as its own (ميلانيا ترامب, إيفانكا ترامب): someone else of that surname.
func (d *doc) otherGivenName(p *Match) bool {
	ppl, short := personItems(p)
	if short && p.From > 1 && d.foreignGivenAt(p.From-1) {
		return true // الصحافي كريس والاس: a given name the lexicon does not know, not Ben Wallace's
	}
	if !short || p.From == 0 || !d.x.given[d.toks[p.From-1].Text] || prepositions[d.toks[p.From-1].Text] {
		return false // (ضغط على ترامب: the fold makes على the given name علي)
	}
	prev := d.toks[p.From-1].Text
	return !slices.ContainsFunc(ppl, func(i int) bool {
		for _, name := range d.x.people[i].Arabic {
			if w := strings.Fields(Key(name)); len(w) > 1 && w[0] == prev {
				return true // تيريزا ماي spelled another way than the gazetteer's full name
			}
		}
		return false
	})
}

// foreignGivenAt reports whether token k reads as a given name the lexicon does not know, after a
// word of profession (الصحافي كريس): no lexicon word covers it, it is no common word, and it
// carries neither the article nor a clitic.
func (d *doc) foreignGivenAt(k int) bool {
	w := d.toks[k].Text
	if d.toks[k].Kind != Word || d.covered[k] || d.x.common[w] || hasAnyPrefix(w, "ال", "و", "ف", "ب", "ل") {
		return false
	}
	return professions[d.bare(k-1)]
}

// professions name what someone is who is not an official: الصحافي، الكاتب، المحلل.
var professions = map[string]bool{
	"الصحافي": true, "الصحفي": true, "الصحافيه": true, "الصحفيه": true, "الكاتب": true, "الكاتبه": true,
	"المحلل": true, "المحلله": true, "الباحث": true, "الباحثه": true, "المذيع": true, "المذيعه": true,
	"الاعلامي": true, "الاعلاميه": true, "المراسل": true, "المراسله": true, "الناشط": true, "الناشطه": true,
	"الفنان": true, "الفنانه": true, "المخرج": true, "الممثل": true, "الممثله": true, "اللاعب": true, "المدرب": true,
	"المورخ": true, "الخبير": true, "الاكاديمي": true, "البروفيسور": true, "الروائي": true, "الشاعر": true,
}

// familyName extends a name over the family name at token j that ends one of the names of the
// people it may be (صباح الأحمد الصباح: a spelling that leaves out الجابر).
func (d *doc) familyName(ppl []int, j int) int {
	if j >= len(d.toks) || d.toks[j].Kind != Word || !strings.HasPrefix(d.toks[j].Text, "ال") {
		return j
	}
	for _, i := range ppl {
		for _, name := range d.x.people[i].Arabic {
			if w := strings.Fields(Key(name)); len(w) > 2 && w[len(w)-1] == d.toks[j].Text {
				return j + 1
			}
		}
	}
	return j
}

// civilHonorifics come before anyone's name: a doctor, an engineer, Mr. They do not make a given
// name the short name of a royal.
var civilHonorifics = map[string]bool{"د": true, "الدكتور": true, "الدكتوره": true, "الاستاذ": true, "الاستاذه": true, "المهندس": true, "المهندسه": true, "السيد": true, "السيده": true, "م": true,
	"معالي": true, "سعاده": true, "اللواء": true, "العميد": true, "العقيد": true, "الفريق": true} // (معالي الدكتور عبدالله is a minister, not the king)

func (d *doc) inMention(i int) bool {
	return i < len(d.mentioned) && d.mentioned[i]
}

// markMentioned records which tokens lie inside the mentions found so far.
func (d *doc) markMentioned() {
	d.mentioned = make([]bool, len(d.toks))
	for _, m := range d.mentions {
		for i := m.from; i < m.to; i++ {
			d.mentioned[i] = true
		}
	}
}

// mergeMentions merges two lists of mentions into text order.
func mergeMentions(a, b []*mention) []*mention {
	out := make([]*mention, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		if j >= len(b) || i < len(a) && a[i].from < b[j].from {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	return out
}

// untitledPrep returns the preposition before a title the lexicon cannot tie to a state, when a
// name follows it after a comma (مع رئيس المؤتمر الوطني العام الليبي، نوري أبو سهمين): the name
// is that title's holder, and the preposition marks it. "" when none.
func (d *doc) untitledPrep(from int) string {
	if from < 3 || d.toks[from-1].Text != "," {
		return ""
	}
	for k := from - 2; k >= 0 && k >= from-9; k-- {
		if d.toks[k].Kind != Word || d.inMention(k) {
			return ""
		}
		p := d.match(k)
		if p != nil && p.Has(ItemTrigger) {
			return ""
		}
		if p == nil || !d.isOffice(p) || p.From != k {
			continue
		}
		if c := strings.TrimPrefix(strings.TrimPrefix(p.Clitic, "و"), "ف"); c != "" {
			return c // برئيس المؤتمر، X
		}
		if k > 0 && (d.toks[k-1].Text == "مع" || d.toks[k-1].Text == "الي" || d.toks[k-1].Text == "من") {
			return d.toks[k-1].Text
		}
		return ""
	}
	return ""
}

// predecessorNouns name someone by whom he came after or before in an office (سلفه، خليفته).
// (Not خلفه, which unvowelled is as often "behind him".)
var predecessorNouns = map[string]bool{"سلفه": true, "سلفها": true, "خليفته": true, "خليفتها": true}

// markContext records what the words before a mention say about its part: a preposition that
// makes it an object, or a cue that makes it a bystander.
func (d *doc) markContext(m *mention) {
	first := d.match(m.from)
	if first != nil && first.Clitic != "" {
		c := strings.TrimPrefix(strings.TrimPrefix(first.Clitic, "و"), "ف")
		if c != "" {
			m.prep = c
		}
	} else if first == nil && m.from < len(d.toks) {
		// a surname mention: its clitic is read off the word itself
		if t := d.toks[m.from].Text; strings.HasPrefix(t, "ب") || strings.HasPrefix(t, "ل") {
			if _, ok := d.local[t]; !ok {
				m.prep = t[:2]
			}
		}
	}
	k := m.from - 1
	for k >= 0 && connectors[d.toks[k].Text] {
		k-- // مع ولد مرزوك: the preposition stands before the name's particle
	}
	if k >= 1 && predecessorNouns[d.toks[k].Text] && prepositions[d.toks[k-1].Text] && m.prep == "" {
		k-- // تحدث أوستن مع سلفه سيرغي شويغو: the one named is whom he spoke with
	}
	if k >= 0 && prepositions[d.toks[k].Text] && m.prep == "" {
		m.prep = d.toks[k].Text
	}
	if m.pair && strings.HasPrefix(d.toks[m.from].Text, "بين") {
		m.prep = "بين" // بينهما
	}
	if m.prep == "" {
		m.prep = d.untitledPrep(m.from)
	}
	if m.from > 0 && regimeNouns[d.bare(m.from-1)] {
		m.aside = true // حكومة هادي، إدارة ترامب، نظام الأسد: his government, not him
	}
	if m.from > 0 && m.nameFrom == m.nameTo && postWords[d.bare(m.from-1)] {
		m.aside = true // الذي يشغل منصب وزير الدفاع: an office, not a person
	}
	if m.from > 0 && d.toks[m.from-1].Text == "ضد" {
		m.aside = true // حملة إعلامية ضد ترامب: the one opposed takes no part
	}
	// a bystander: present (بحضور) or only related (المقرب من، صهر ومستشار)
	for k := m.from - 1; k >= 0 && k >= m.from-3; k-- {
		if d.toks[k].Kind == Punct || d.toks[k].Kind == Newline {
			break
		}
		if p := d.match(k); p != nil && (d.isCue(p, "presence") || d.isCue(p, "associate") && !d.aideNamed(m)) && p.To >= m.from-1 {
			m.aside = true
		}
	}
}

// aideNamed reports whether the name of a titled mention after a word of kinship or service is
// not the titled one's but the aide's (مساعد الرئيس الروسي يوري أوشاكوف: Ushakov was never
// president): the aide is named, and takes part.
func (d *doc) aideNamed(m *mention) bool {
	if m.office < 0 || len(m.people) == 0 {
		return false
	}
	role := d.x.lx.Offices[m.office].Role
	for _, i := range m.people {
		if d.heldIn(i, m.country, role) {
			return false
		}
		// (زعيم كوريا الشمالية كيم جونغ أون: the leader's title and his office's name differ)
		for _, pos := range d.x.people[i].Positions {
			if (heads[role] || role == "leader") && heads[pos.Role] && (m.country == "" || pos.Country == m.country) {
				return false
			}
		}
	}
	return true
}

// genericAfterBetween reports whether the dual at token i is a generic one (الجانبين، الطرفين)
// after بين: "between the two sides" names sides of anything, not the people last mentioned.
func (d *doc) genericAfterBetween(i int) bool {
	t := d.toks[i].Text
	generic := strings.Contains(t, "جانب") || strings.Contains(t, "طرف")
	return generic && i > 0 && d.toks[i-1].Text == "بين"
}

// verbTriggerEndsAt reports whether a trigger verb (not a contact noun, which الأخيرة would
// only qualify: القمة الأخيرة) ends right before token k.
func (d *doc) verbTriggerEndsAt(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if p := d.match(j); p != nil {
			it, ok := p.Item(ItemTrigger)
			return ok && p.To == k && d.x.lx.Triggers[it.Ref].Class != "event"
		}
	}
	return false
}

// indefiniteNounEndsAt reports whether an indefinite contact noun ends right before token k (عقب
// لقاء الأخير بالعاهل: its genitive, where القمة الأخيرة would be an adjective).
func (d *doc) indefiniteNounEndsAt(k int) bool {
	if k == 0 {
		return false
	}
	p := d.match(k - 1)
	if p == nil || p.To != k || p.From != k-1 {
		return false
	}
	it, ok := p.Item(ItemTrigger)
	if !ok {
		return false
	}
	tr := d.x.lx.Triggers[it.Ref]
	// (not a visit: أثناء زيارة الأخير إلى واشنطن frames the contact, and the visitor is its party
	// already; nor a noun with a pronoun: زيارته الأخيرة)
	return tr.Class == "event" && tr.Mode != readout.Visit && !d.pronounAt(k-1) && !strings.HasPrefix(strings.TrimPrefix(d.toks[k-1].Text, p.Clitic), "ال")
}

// greetedOnly reports whether mention i is the one greeted by a verb of congratulating or
// condoling (هنأ، عزى) that names no call or message within the twelve tokens after it in its
// sentence: a greeting whose means the text does not tell (a statement, a post) is no contact,
// and the one greeted is no party of the next verb of a chronicle (وهنأ رئيس سريلانكا ...، وعقد
// جلسة مباحثات). Of two people right after the verb, the first is the one who greets (هنأ
// الملك سلمان رئيسة ليتوانيا).
func (d *doc) greetedOnly(i int) bool {
	m := d.mentions[i]
	g := d.greetVerbBefore(m.from)
	if g >= 0 && i+1 < len(d.mentions) && d.mentions[i+1].from == m.to {
		return false // the one who greets, named first
	}
	if g < 0 && i > 0 && d.mentions[i-1].to == m.from {
		g = d.greetVerbBefore(d.mentions[i-1].from)
	}
	if g < 0 {
		return false
	}
	for k := g + 1; k < len(d.toks) && k <= g+12; k++ {
		if d.toks[k].Kind == Punct && (d.toks[k].Text != "," || k+1 < len(d.toks) && !mediumPrepositions[d.toks[k+1].Text]) {
			break // (a comma goes on to the means, هنأ تبون، في برقية، الرئيس; not to the next act)
		}
		if p := d.match(k); p != nil {
			if it, ok := p.Item(ItemTrigger); ok {
				if mode := d.x.lx.Triggers[it.Ref].Mode; mode == readout.Message || mode == readout.Phone || mode == readout.Video {
					return false
				}
			}
			if d.isCue(p, "phone") || d.isCue(p, "video") {
				return false // هنأه هاتفيا
			}
		}
	}
	return true
}

// greetVerbBefore returns the verb of congratulating or condoling that ends right before token k
// (a comma aside), or -1.
func (d *doc) greetVerbBefore(k int) int {
	g := k - 1
	if g >= 0 && d.toks[g].Text == "," {
		g--
	}
	if p := d.match(max(g, 0)); g < 0 || p == nil || p.To != g+1 || !d.isCue(p, "greet") {
		return -1
	}
	return g
}
