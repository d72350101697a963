package loader

import (
	"strings"
	"unicode/utf8"
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
	prep             string // the preposition before the mention ("مع", "ب", "من", ...), "" for a subject
	aside            bool   // attending (بحضور) or merely associated (المقرب من): not a party
	former           bool   // the title is a former or future one (السابق، المنتخب)
	pair             bool   // a dual (الرئيسان، بينهما) standing for people already mentioned
	dual             bool   // one of the two counterparts of نظيريه X والـY, met together
}

// connectors may stand inside a captured name: بن، آل، عبد، أبو ...
var connectors = map[string]bool{
	"بن": true, "ابن": true, "بنت": true, "ال": true, "ابو": true, "ابي": true, "عبد": true, "ولد": true,
	"دي": true, "دو": true, "فون": true, "فان": true, "دا": true, "دل": true, "-": true,
}

// particles are short function words that never belong to a name: نيكي هيلي إن ...
var particles = map[string]bool{
	"ان": true, "انه": true, "انها": true, "قد": true, "لقد": true, "لم": true, "لن": true, "في": true, "من": true,
	"عن": true, "او": true, "ثم": true, "لا": true, "ما": true, "مع": true, "الي": true,
	"علي": true, "كما": true, "اذ": true, "اذا": true, "حيث": true, "بعد": true, "قبل": true, "لدي": true,
}

// lineage words join a name to a father's or family's name.
var lineage = map[string]bool{"بن": true, "ابن": true, "بنت": true, "ال": true}

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
			d.mentions = append(d.mentions, m)
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
		// a bystander's coordinated neighbour is a bystander too: بحضور ولي العهد ووزير الخارجية
		if i > 0 && d.mentions[i-1].aside && m.from-d.mentions[i-1].to <= 1 && d.startsWithAnd(m.from) {
			m.aside = true
		}
	}
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
	if len(out) < 2 {
		return nil
	}
	return out
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
			m.to, m.nameFrom, m.nameTo, m.pair = p.To, i, i, true
			return m
		}
	}
	j := d.skipHonorifics(i)
	if p := d.match(j); p != nil && d.isCue(p, "counterpart") {
		m.counterpart = true
		j = p.To
		j = d.stateAfter(m, j, true)
	}
	if p := d.match(j); p != nil && d.isOffice(p) && d.isCue(p, "associate") && m.office < 0 && !m.counterpart {
		if q := d.match(p.To); q != nil && d.isOffice(q) {
			return nil // مستشار المرشد الإيراني علي خامنئي: his adviser, named elsewhere if at all
		}
	}
	for {
		p := d.match(j)
		if p == nil || !d.isOffice(p) {
			break
		}
		next := d.office(m, p)
		if next <= j {
			break
		}
		j = d.skipHonorifics(next)
	}
	m.nameFrom = j
	if p := d.match(j); p != nil && p.Has(ItemPerson) && !d.otherName(p) {
		m.people, m.short = personItems(p)
		j = d.patronymic(p.To)
	} else if ppl := d.titledSurname(m, j); len(ppl) > 0 {
		m.people, m.short = ppl, true
		j++
	} else if m.office >= 0 || m.counterpart {
		j = d.captureName(m, j)
	}
	m.nameTo = j
	if m.nameTo == m.nameFrom && m.office >= 0 {
		j = d.nameAfterComma(m, j)
	}
	if m.nameTo == m.nameFrom && m.office >= 0 && m.country != "" {
		d.nameBefore(m) // تيان تشي السفير الصيني: a name the gazetteer lacks, before its title
	}
	if m.nameTo == m.nameFrom && m.office < 0 && !m.counterpart {
		return d.honouredName(m, i, j)
	}
	// the titles after a name: all of them for a bare name, and for a captured name whose title
	// named no state (فخامة الرئيس رمضان قاديروف رئيس جمهورية الشيشان), the one that does
	if m.nameTo > m.nameFrom && (m.office < 0 || m.captured != "" && m.country == "") {
		j = d.apposition(m, j)
	}
	m.to = j
	return m
}

// titledSurname returns the gazetteer people a lone word after a title names by their surname,
// among those who held that office (in the title's state, when it names one): الرئيس مرسي،
// الوزير لافروف. A surname is not a name of its own (مرسي is also a harbour), so it needs the
// title, and stands alone: a name word after it means a name the gazetteer does not know.
func (d *doc) titledSurname(m *mention, j int) []int {
	if m.office < 0 || j >= len(d.toks) || d.toks[j].Kind != Word || d.match(j) != nil {
		return nil
	}
	if j+1 < len(d.toks) && d.toks[j+1].Kind == Word && d.nameWord(j+1) {
		return nil
	}
	role := d.x.lx.Offices[m.office].Role
	if role == "leader" || role == "minister" {
		role = ""
	}
	var out []int
	for _, i := range d.x.surnames[d.toks[j].Text] {
		if d.heldIn(i, m.country, role) {
			out = append(out, i)
		}
	}
	return out
}

// honouredName reads a name the gazetteer does not know between honorifics and a title that
// names a state: "معالي الفريق الركن الشيخ راشد بن عبدالله آل خليفة وزير الداخلية بمملكة
// البحرين". Without the honorifics before it or the state after it, the words may be anything.
func (d *doc) honouredName(m *mention, i, j int) *mention {
	if j == i {
		return nil
	}
	k := d.captureName(m, j)
	if k == j {
		return nil
	}
	m.nameFrom, m.nameTo = j, k
	end := d.apposition(m, k)
	if m.office < 0 || m.country == "" {
		return nil
	}
	m.to = end
	return m
}

// otherName reports whether a short name is part of something else: the first word of another
// person's name (كيم كارداشيان، كيم يونغ شول) or a word of time (صباح الثلاثاء).
func (d *doc) otherName(p *Match) bool {
	if _, short := personItems(p); !short || p.To >= len(d.toks) {
		return false
	}
	next := p.To
	if dayPrefixes[d.toks[p.From].Text] {
		if q := d.match(next); q != nil && (q.Has(ItemWeekday) || q.Has(ItemRelative)) {
			return true
		}
	}
	if q := d.match(next); q != nil && strings.HasPrefix(q.Clitic, "و") || strings.HasPrefix(d.toks[next].Text, "و") && !d.x.given[d.toks[next].Text] {
		return false // بين كيم ومون، لقاء لافروف وجبير: the next word joins another person
	}
	return d.toks[next].Kind == Word && d.nameStart(next) && d.nameWord(next) && !connectors[d.toks[next].Text]
}

// patronymic extends a name over the lineage that follows it (فيصل بن فرحان بن عبدالله, ...
// آل سعود), so that a father's name is not read as another person.
func (d *doc) patronymic(j int) int {
	for j+1 < len(d.toks) && (d.toks[j].Text == "بن" || d.toks[j].Text == "ابن" || d.toks[j].Text == "بنت" || d.toks[j].Text == "ال") && d.toks[j+1].Kind == Word {
		j += 2
		if j < len(d.toks) && d.toks[j-1].Text == "عبد" {
			j++ // بن عبد الله
		}
	}
	return j
}

// nameBefore reads a name the gazetteer does not know that stands right before a title (name
// then title, as in apposition): two or three name words after a comma, a verb or a date.
func (d *doc) nameBefore(m *mention) {
	k := m.from
	for k > 0 && k-m.from > -3 && d.toks[k-1].Kind == Word && !d.inMention(k-1) && d.nameWord(k-1) {
		k--
	}
	if m.from-k < 2 || !d.nameStart(k) {
		return
	}
	if k > 0 && d.toks[k-1].Kind == Word && d.match(k-1) == nil && !d.x.common[d.toks[k-1].Text] {
		return // the name may run further back than we can tell
	}
	var words []string
	for _, t := range d.toks[k:m.from] {
		words = append(words, t.Text)
	}
	m.captured = strings.Join(words, " ")
	m.nameFrom, m.nameTo, m.from = k, m.from, k
}

// nameAfterComma reads a name set off by commas after a title: "ولي ولي العهد وزير الدفاع
// السعودي، الأمير محمد بن سلمان،".
func (d *doc) nameAfterComma(m *mention, j int) int {
	// the title may run on in words the lexicon does not hold (وزير الشؤون الخارجية والتعاون
	// الإفريقي والمغاربة المقيمين بالخارج، ناصر بوريطة)
	c := j
	for c < len(d.toks) && c-j < 5 && d.toks[c].Kind == Word && d.titleTail(c) && !d.isHonorific(c) {
		c++
	}
	k := c
	if c < len(d.toks) && d.toks[c].Text == "," {
		k = c + 1
	} else if c == j {
		return j
	}
	k = d.skipHonorifics(k)
	p := d.match(k)
	if p == nil || !p.Has(ItemPerson) || p.Clitic != "" || d.otherName(p) {
		return j
	}
	m.nameFrom = k
	m.people, m.short = personItems(p)
	k = d.patronymic(p.To)
	m.nameTo = k
	if k < len(d.toks) && d.toks[k].Text == "," {
		k++
	}
	return k
}

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

// personItems returns the gazetteer people a name match may refer to, and whether the match is
// only a short form.
func personItems(p *Match) ([]int, bool) {
	var people []int
	short := true
	for _, it := range p.Items {
		if it.Kind == ItemPerson {
			people = append(people, it.Ref)
			short = short && it.Short
		}
	}
	return people, short
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
	}
	// the state of a later title in a chain is the person's too when the first named none:
	// نائبة رئيس الوزراء ووزيرة خارجية كرواتيا
	set := first || m.country == ""
	j := p.To
	switch it.Kind {
	case ItemOfficeDef:
		j = d.stateAfter(m, j, set)
	case ItemOfficeCons:
		k := d.stateAfter(m, j, set)
		if k == j && first {
			// a construct title must be followed by a state: "رئيس" alone is not a title
			if p2 := d.match(j); p2 != nil && d.isOffice(p2) {
				return j // سفير خادم الحرمين الشريفين: the next title names the state
			}
			m.office = -1
			return p.From
		}
		j = k
	case ItemOfficeOwn:
		if first && m.country == "" {
			m.pronoun = true
		}
	}
	j = d.officeModifiers(m, j)
	// where an ambassador or envoy serves (لدى المملكة، في الرياض، إلى اليمن), or, after a title
	// with no state yet, the state itself (وزير الجيوش في فرنسا)
	if j+1 < len(d.toks) && postings[d.toks[j].Text] {
		if p2 := d.match(j + 1); p2 != nil && (p2.Has(ItemCountry) || p2.Has(ItemPlace) || p2.Has(ItemOrg)) {
			if m.country == "" && d.toks[j].Text == "في" {
				m.country = placeCode(p2)
			} else {
				m.host = placeCode(p2)
			}
			return p2.To
		}
		// an envoy's posting the lexicon does not name: لدى المملكة، بشأن إيران
		if role := d.x.lx.Offices[m.office].Role; (role == "ambassador" || role == "envoy") && d.toks[j+1].Kind == Word && d.toks[j].Text != "في" {
			return j + 2
		}
	}
	return j
}

// postings introduce where or on what an official serves: لدى، في، إلى، بشأن، لشؤون.
var postings = map[string]bool{"لدي": true, "في": true, "الي": true, "بشان": true, "لشوون": true, "الخاص": true}

// formerCues say the title is not held at the time of the text (the former minister, the
// president-elect): the title then names no one by itself.
var formerCues = map[string]bool{"السابق": true, "السابقه": true, "الاسبق": true, "الاسبقه": true, "المنتخب": true, "المنتخبه": true, "الراحل": true, "الراحله": true}

// officeModifiers skips the words that may follow a title before the name: حينها، آنذاك،
// الجديد، المكلف، بالوكالة، السابق، المنتخب (these last two make the title a former or future
// one).
func (d *doc) officeModifiers(m *mention, j int) int {
	for j < len(d.toks) {
		switch t := d.toks[j].Text; {
		case formerCues[t]:
			m.former = true
		case t == "حينها" || t == "انذاك" || t == "الجديد" || t == "الجديده" || t == "المكلف" || t == "المكلفه" ||
			t == "بالوكاله" || t == "بالانابه" || t == "الموقت" || t == "الموقته" || t == "الخاص" || t == "الخاصه" ||
			t == "المفدي" || t == "المعظم":
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

// captureName reads a name the gazetteer does not know, after a title: two to five words that
// are neither lexicon phrases nor common words, with connectors (بن، آل، عبد) inside.
func (d *doc) captureName(m *mention, j int) int {
	if j >= len(d.toks) || !d.nameStart(j) {
		return j
	}
	k := j
	for k < len(d.toks) && k-j < 5 && d.body[k] && d.nameWord(k) {
		k++
	}
	for k > j && connectors[d.toks[k-1].Text] {
		k--
	}
	if k-j < 2 {
		return j
	}
	var words []string
	for _, t := range d.toks[j:k] {
		words = append(words, t.Text)
	}
	m.captured = strings.Join(words, " ")
	return k
}

// nameStart reports whether token j can begin a captured name: names do not begin with the
// article (السادس عشر) and rarely with a word ending in ة (مأدبة), unless it is a given name.
func (d *doc) nameStart(j int) bool {
	w := d.toks[j].Text
	if w == "علي" && j+1 < len(d.toks) && strings.HasPrefix(d.toks[j+1].Text, "ال") {
		return false // على الـ...: the preposition, which the fold writes like the name علي
	}
	if d.x.given[w] {
		return true
	}
	return !strings.HasPrefix(w, "ال") && !strings.HasSuffix(w, "ه")
}

// nameWord reports whether token k can be part of a captured name.
func (d *doc) nameWord(k int) bool {
	t := d.toks[k]
	if connectors[t.Text] {
		return true
	}
	if p := d.match(k); p != nil && p.Has(ItemPerson) && d.otherName(p) {
		return true // كيم in كيم سونغ هو: a short name that is part of another name
	}
	if t.Kind != Word || d.covered[k] && !d.x.given[t.Text] || len(t.Text) < 4 || particles[t.Text] {
		return false
	}
	for _, art := range []string{"بال", "وال", "فال", "كال", "لل"} {
		if strings.HasPrefix(t.Text, art) {
			return false // a preposition or conjunction with the article: بالمساعي، والرئيس
		}
	}
	for _, r := range d.x.cliticReadings(t.Text) {
		if d.x.common[r.stem] {
			return false
		}
		if r.clitic != "" && d.x.phrases.root.child(r.stem) != nil {
			return false // a proclitic on a lexicon word: وبحث، والوزير
		}
	}
	return true
}

// apposition reads the titles after a name: "سيرغي شويغو، وزير الدفاع الروسي"، "محمد بن سلمان،
// ولي العهد رئيس مجلس الوزراء،".
func (d *doc) apposition(m *mention, j int) int {
	k := j
	if k < len(d.toks) && d.toks[k].Text == "," {
		k++
	}
	p := d.match(k)
	if p == nil || !d.isOffice(p) || p.Clitic != "" {
		return j
	}
	saved := *m
	end := d.office(m, p)
	if m.office < 0 || !d.fitsTitle(m) {
		*m = saved // ماكرون رئيس الحكومة الإيطالية ...: the title starts someone else's name
		return j
	}
	for {
		p := d.match(end)
		if p == nil || !d.isOffice(p) || p.Clitic != "" {
			return end
		}
		next := d.office(m, p)
		if next <= end {
			return end
		}
		end = next
	}
}

// fitsTitle reports whether a named person can hold the title read after the name: a gazetteer
// person must have acted for the title's state.
func (d *doc) fitsTitle(m *mention) bool {
	if len(m.people) == 0 || m.country == "" {
		return true
	}
	for _, i := range m.people {
		if d.heldIn(i, m.country, "") {
			return true
		}
	}
	return false
}

// linkSurnames finds, among the words no phrase covers, the surnames of people named in full
// earlier in the article (شويغو after سيرغي شويغو), and records them as mentions.
func (d *doc) linkSurnames() {
	d.local = map[string][]int{}
	for _, m := range d.mentions {
		if len(m.people) == 1 && !m.short {
			for _, name := range d.x.people[m.people[0]].Arabic {
				for _, s := range d.aliases(name) {
					d.local[s] = appendUnique(d.local[s], m.people[0])
				}
			}
		}
	}
	if len(d.local) == 0 {
		return
	}
	var extra []*mention
	for i, t := range d.toks {
		if !d.body[i] || d.covered[i] && !d.weakMatch(i) || t.Kind != Word || d.inMention(i) {
			continue
		}
		for _, r := range d.x.cliticReadings(t.Text) {
			if ppl, ok := d.local[r.stem]; ok {
				extra = append(extra, &mention{from: i, to: i + 1, nameFrom: i, nameTo: i + 1, people: ppl, short: true, office: -1})
				break
			}
		}
	}
	d.mentions = mergeMentions(d.mentions, extra)
}

// weakMatch reports whether token i is covered only by a one-word calendar or topic phrase that
// no date uses, which a surname seen in the article outweighs (ماي after تيريزا ماي).
func (d *doc) weakMatch(i int) bool {
	p := d.match(i)
	if p == nil || p.To != i+1 {
		return false
	}
	for _, it := range p.Items {
		switch it.Kind {
		case ItemMonth, ItemTopic, ItemHijriMonth:
		default:
			return false
		}
	}
	// a month next to a number is a date (3 ماي، ماي 2018)
	near := func(k int) bool { return k >= 0 && k < len(d.toks) && d.toks[k].Kind == Number }
	return !near(i-1) && !near(i+1)
}

// aliases returns the words of a full name that can stand for the person later in the same
// article: the last word (شويغو after سيرغي شويغو) and the first (كيم after كيم جونغ أون, مون
// after مون جيه إن), each of three letters or more, neither a given name (عادل in عادل
// الجبير) nor a common word. Names built with بن/آل give none: their words are shared by many.
func (d *doc) aliases(name string) []string {
	words := strings.Fields(Key(name))
	if len(words) < 2 {
		return nil
	}
	for _, w := range words {
		if w == "بن" || w == "ابن" || w == "ال" || w == "بنت" {
			return nil
		}
	}
	var out []string
	last, first := words[len(words)-1], words[0]
	if len([]rune(last)) >= 3 && !d.x.common[last] && !connectors[last] {
		out = append(out, last) // a surname, even one that is also a given name (قيس سعيد)
		if bare := strings.TrimPrefix(last, "ال"); bare != last && len([]rune(bare)) >= 3 && !d.x.common[bare] && !d.x.given[bare] {
			out = append(out, bare) // جبير after عادل الجبير
		}
	}
	if len([]rune(first)) >= 3 && !d.x.given[first] && !d.x.common[first] && !connectors[first] {
		out = append(out, first)
	}
	return out
}

func appendUnique(xs []int, v int) []int {
	for _, x := range xs {
		if x == v {
			return xs
		}
	}
	return append(xs, v)
}

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
	if k >= 0 && prepositions[d.toks[k].Text] && m.prep == "" {
		m.prep = d.toks[k].Text
	}
	if m.pair && strings.HasPrefix(d.toks[m.from].Text, "بين") {
		m.prep = "بين" // بينهما
	}
	// a bystander: present (بحضور) or only related (المقرب من، صهر ومستشار)
	for k := m.from - 1; k >= 0 && k >= m.from-3; k-- {
		if d.toks[k].Kind == Punct || d.toks[k].Kind == Newline {
			break
		}
		if p := d.match(k); p != nil && (d.isCue(p, "presence") || d.isCue(p, "associate")) && p.To >= m.from-1 {
			m.aside = true
		}
	}
}

// genericAfterBetween reports whether the dual at token i is a generic one (الجانبين، الطرفين)
// after بين: "between the two sides" names sides of anything, not the people last mentioned.
func (d *doc) genericAfterBetween(i int) bool {
	t := d.toks[i].Text
	generic := strings.Contains(t, "جانب") || strings.Contains(t, "طرف")
	return generic && i > 0 && d.toks[i-1].Text == "بين"
}
