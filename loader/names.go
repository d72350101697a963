package loader

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Names: the gazetteer name, surname or captured name a mention holds, and the titles that
// follow a name in apposition.

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
	"بين": true, "حول": true, "خلال": true, "ضد": true, "نحو": true, "عند": true, "منذ": true, "دون": true,
	"تجاه": true, "حتي": true, "لكن": true, "ثان": true, "ثاني": true, "اخر": true, "جديد": true,
}

// lineage words join a name to a father's or family's name.
var lineage = map[string]bool{"بن": true, "ابن": true, "بنت": true, "ال": true}

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
	if d.otherLineage(p) {
		return true // ولي العهد الأمير سلمان بن محمد: not King Salman bin Abdulaziz
	}
	if _, short := personItems(p); !short || p.To >= len(d.toks) {
		return false
	}
	next := p.To
	if p.From > 0 && royalTitles[d.bare(p.From-1)] && d.x.given[d.toks[p.From].Text] && d.toks[next].Text != "بن" {
		return false // الملك سلمان أقام مأدبة: a royal's given name, and a verb after it
	}
	if d.surnameOnly(p) && !d.x.given[d.toks[next].Text] {
		// الرئيس أردوغان أعلنا: a surname ends a name; it begins no other (but اللواء عباس
		// مصطفى كامل: a given name after it makes it one too)
		return false
	}
	if dayPrefixes[d.toks[p.From].Text] {
		if q := d.match(next); q != nil && (q.Has(ItemWeekday) || q.Has(ItemRelative)) {
			return true
		}
	}
	if q := d.match(next); q != nil && strings.HasPrefix(q.Clitic, "و") || strings.HasPrefix(d.toks[next].Text, "و") && !d.x.given[d.toks[next].Text] {
		return false // بين كيم ومون، لقاء لافروف وجبير: the next word joins another person
	}
	if q := d.match(next); q != nil && q.Has(ItemPerson) && q.To > next+1 {
		return false // يلتقي ترامب فلاديمير بوتين: another person named in full starts there
	}
	w := d.toks[next].Text
	if dayPrefixes[w] && next+1 < len(d.toks) {
		if q := d.match(next + 1); q != nil && (q.Has(ItemWeekday) || q.Has(ItemRelative)) {
			return false // سيلتقي ترامب صباح الثلاثاء: a time of day, not the given name صباح
		}
	}
	if d.eastAsian(p) && d.syllableAt(next) {
		// كيم يو يونغ، مون جاي: an East Asian family name goes on with a given name of short
		// syllables; another person's
		return true
	}
	// a word of two letters after a surname is more often a verb (ماكرون حث ترامب) than the
	// rest of another name, unless it is a known given name
	if utf8.RuneCountInString(w) < 3 && !d.x.given[w] {
		return false
	}
	if utf8.RuneCountInString(w) > 4 && (strings.HasSuffix(w, "ها") || strings.HasSuffix(w, "هما") || strings.HasSuffix(w, "هم")) && !d.x.given[w] {
		return false // رسالة إلى ترمب سلمها له: a verb with its object pronoun, not a name
	}
	if lightVerbs[w] != "" || (strings.HasPrefix(w, "سي") || strings.HasPrefix(w, "ست")) && utf8.RuneCountInString(w) > 4 && !d.x.given[w] {
		return false // إن ترامب سيجري محادثات: a verb in the future, not a name
	}
	if d.toks[next].Kind == Word && d.nisbaAt(next) && !d.ownWord(p, w) {
		// السفير الكويتي نواف الشمري: a family name of the form الـ...ي that none of the
		// people the short name may be bears ends someone else's name
		return true
	}
	return d.toks[next].Kind == Word && d.nameStart(next) && d.nameWord(next) && !connectors[w]
}

// nisbaAt reports whether token k reads as a family name of the form الـ...ي (الشمري،
// العتيبي، الحارثي): with the article, ending in ي, no lexicon word (not الأمريكي) and none
// of the adjectives that follow a name (الحالي، الثاني). Some such names are frequent enough
// to be among the common words; after a given name they are still names.
func (d *doc) nisbaAt(k int) bool {
	w := d.toks[k].Text
	return d.toks[k].Kind == Word && strings.HasPrefix(w, "ال") && strings.HasSuffix(w, "ي") && utf8.RuneCountInString(w) >= 5 &&
		d.match(k) == nil && !adjectivesAfterNames[w] && !particles[w]
}

// adjectivesAfterNames end in ي like a family name but qualify the person or office before
// them: الرئيس الحالي، عبدالله الثاني.
var adjectivesAfterNames = map[string]bool{
	"الحالي": true, "الثاني": true, "الماضي": true, "التالي": true, "الانتقالي": true, "المستقبلي": true,
	"الفعلي": true, "الشرعي": true, "الرسمي": true, "الشخصي": true, "المحلي": true, "الاقليمي": true, "الدولي": true,
}

// ownWord reports whether w is a word of one of the names of a person match p may be.
func (d *doc) ownWord(p *Match, w string) bool {
	ppl, _ := personItems(p)
	for _, i := range ppl {
		for _, name := range d.x.people[i].Arabic {
			if slices.Contains(strings.Fields(Key(name)), w) {
				return true
			}
		}
	}
	return false
}

// eastAsian reports whether every person a short name match p may be is of a state whose
// names put the family name first.
func (d *doc) eastAsian(p *Match) bool {
	ppl, _ := personItems(p)
	for _, i := range ppl {
		ps := d.x.people[i].Positions
		if len(ps) == 0 || !familyNameFirst[ps[0].Country] {
			return false
		}
	}
	return len(ppl) > 0
}

// syllableAt reports whether token k reads as a syllable of an East Asian given name (يو، هو،
// جاي، يونغ): a short word no lexicon, list of common words or particles holds, with no
// proclitic or article.
func (d *doc) syllableAt(k int) bool {
	w := d.toks[k].Text
	n := utf8.RuneCountInString(w)
	return d.toks[k].Kind == Word && n >= 2 && n <= 4 && d.match(k) == nil && !d.x.common[w] && !particles[w] &&
		!hasAnyPrefix(w, "ال", "و", "ف", "ب", "ل", "ك") && !d.pronounAt(k)
}

// familyNameFirst are the states whose people's names begin with the family name.
var familyNameFirst = map[string]bool{"KP": true, "KR": true, "CN": true, "TW": true, "VN": true}

// givenAfter reports whether a one-word name match p is followed by a given name: عباس مصطفى
// كامل is someone the gazetteer's عباس is not.
func (d *doc) givenAfter(p *Match) bool {
	return p.To == p.From+1 && p.To < len(d.toks) && d.x.given[d.toks[p.To].Text]
}

// surnameOnly reports whether match p is one word that is the surname (the last word of a full
// name) of every person it may be, and no given name: not كيم or مون, which begin Korean names,
// nor عباس, which begins others.
func (d *doc) surnameOnly(p *Match) bool {
	w := d.toks[p.From].Text
	if p.To != p.From+1 || d.x.given[w] {
		return false
	}
	ppl, _ := personItems(p)
	for _, i := range ppl {
		if !slices.Contains(d.x.surnames[w], i) {
			return false
		}
	}
	return len(ppl) > 0
}

// otherLineage reports whether the name matched at p goes on with a father's name (بن X) that
// none of the people it may be has among his names: another person of the same given name.
func (d *doc) otherLineage(p *Match) bool {
	if p.To+1 >= len(d.toks) || d.toks[p.To].Text != "بن" || d.toks[p.To+1].Kind != Word {
		return false
	}
	father := d.toks[p.To+1].Text
	ppl, _ := personItems(p)
	if len(ppl) == 0 {
		return false
	}
	for _, i := range ppl {
		for _, name := range d.x.people[i].Arabic {
			w := strings.Fields(Key(name))
			for k := 0; k+1 < len(w); k++ {
				if w[k] == "بن" && strings.HasPrefix(w[k+1], father) || w[k] == "بن" && strings.HasPrefix(father, w[k+1]) {
					return false
				}
			}
			if len(w) > 0 && w[len(w)-1] == father {
				return false
			}
		}
		if !slices.ContainsFunc(d.x.people[i].Arabic, func(n string) bool { return strings.Contains(Key(n), " بن ") }) {
			return false // (a name the gazetteer keeps without its lineage says nothing of it)
		}
	}
	return true
}

// royalTitles come before a royal's given name, which is how the press names him (الملك سلمان،
// الأمير محمد، الشيخ تميم).
var royalTitles = map[string]bool{"الملك": true, "الامير": true, "الشيخ": true, "السلطان": true, "الاميره": true, "الملكه": true}

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
	if p := d.match(m.from); p != nil && (hasAnyPrefix(strings.TrimPrefix(p.Clitic, "و"), "ل", "ب", "ك") || strings.HasPrefix(p.Clitic, "و")) {
		// برقية عزاء ومواساة لملك الأردن: no name stands before a title with a preposition;
		// لقاء مع ميركل ورئيس ألمانيا: nor before one joined by و, another person
		return
	}
	k := m.from
	for k > 0 && k-m.from > -3 && d.toks[k-1].Kind == Word && !d.inMention(k-1) && !d.inPersonName(k-1) && d.nameWord(k-1) {
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

// inPersonName reports whether token k lies inside a name the gazetteer knows (محمد بن سلمان):
// a name of its own, whatever title follows it.
func (d *doc) inPersonName(k int) bool {
	for j := k; j >= 0 && j >= k-4; j-- {
		if p := d.match(j); p != nil && p.Has(ItemPerson) && p.To > k {
			return true
		}
	}
	return false
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
	} else if c == j || !d.titleRun(j, c) {
		return j
	}
	k = d.skipHonorifics(k)
	p := d.match(k)
	longer := p != nil && p.Has(ItemPerson) && p.Clitic == "" && (d.otherName(p) || d.givenAfter(p))
	if (p == nil || longer) && k > c && m.office >= 0 && m.country != "" {
		// السفير البريطاني لدى اليمن، مايكل آرون،: a name the gazetteer lacks, set off by
		// commas after a title that names its state (or that begins like a name it knows:
		// مدير المخابرات في مصر، اللواء عباس مصطفى كامل)
		e := d.captureName(m, k)
		if e > k && e+1 < len(d.toks) && e-k < 4 && d.toks[e].Kind == Word && d.toks[e+1].Text == "," && !d.inMention(e) && d.match(e) == nil {
			// اللواء عباس مصطفى كامل،: between the commas, a last word that is also a common word
			m.captured += " " + d.toks[e].Text
			e++
		}
		if e > k && e < len(d.toks) && d.toks[e].Kind == Punct {
			m.nameFrom, m.nameTo = k, e
			if d.toks[e].Text == "," {
				e++
			}
			return e
		}
		m.captured = ""
		return j
	}
	if p == nil || !p.Has(ItemPerson) || p.Clitic != "" || d.otherName(p) || d.bareGivenName(m, p) {
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

// captureName reads a name the gazetteer does not know, after a title: two to five words that
// are neither lexicon phrases nor common words, with connectors (بن، آل، عبد) inside.
func (d *doc) captureName(m *mention, j int) int {
	if j >= len(d.toks) || !d.nameStart(j) {
		return j
	}
	k := j
	for k < len(d.toks) && k-j < 5 && d.body[k] && (d.nameWord(k) || k == j && d.givenAli(k) || k > j && d.demonymAsName(k) || k > j && d.nisbaAt(k) || k > j && d.idleSurnameAt(k)) {
		if w := d.toks[k].Text; k > j && strings.HasPrefix(w, "و") && utf8.RuneCountInString(w) > 4 && hasAnySuffix(w, "ه", "ها", "هم", "هما") {
			break // ويلبر روس وأبلغته: a verb with its object pronoun after the name (but كيونج-وها)
		}
		if k > j && circumstantial(d.toks[k].Text) {
			break // إلى الرئيس عون مهنئا: how he cabled, not the rest of a name
		}
		k++
		if k-1 > j && !d.nameWord(k-1) {
			break // a family name among the common words (نواف العتيبي) ends the name
		}
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

// idleSurnameAt reports whether token k is a short name the gazetteer gives only to people
// who held no office at publication (روبيو in 2015): in a name being captured (إجناثيو
// إبنياس روبيو) it is that name's last word, not a leader named after it.
func (d *doc) idleSurnameAt(k int) bool {
	p := d.match(k)
	if p == nil || p.From != k || p.To != k+1 || d.pub.IsZero() {
		return false
	}
	people, short := personItems(p)
	if !short || len(people) == 0 {
		return false
	}
	for _, i := range people {
		for _, pos := range d.x.people[i].Positions {
			if pos.Holds(d.pub) {
				return false
			}
		}
	}
	return true
}

// circumstantial reports whether w reads as an active participle in the accusative that says how
// something was done (مهنئا، معزيا، مشددا، متمنيا): مـ, a consonant, and a final ا. Names that
// start so (ماريا، مونيكا) have a long vowel after the م.
func circumstantial(w string) bool {
	r := []rune(w)
	if len(r) < 5 || r[0] != 'م' || r[len(r)-1] != 'ا' {
		return false
	}
	return r[1] != 'ا' && r[1] != 'ي' && r[1] != 'و'
}

// demonymAsName reports whether token k, after a first name word, is a bare plural demonym that
// is also a surname (ويلبر روس): without the article it qualifies no title.
func (d *doc) demonymAsName(k int) bool {
	p := d.match(k)
	return p != nil && p.From == k && p.To == k+1 && p.Clitic == "" && p.Has(ItemDemonym) && !p.Has(ItemPerson) &&
		!strings.HasPrefix(d.toks[k].Text, "ال")
}

// givenAli reports whether token k is the given name علي, which the fold writes like the
// preposition على: so it is when بن or another given name follows (علي بن سعيد عسيري).
func (d *doc) givenAli(k int) bool {
	return d.toks[k].Text == "علي" && k+1 < len(d.toks) && (d.toks[k+1].Text == "بن" || d.x.given[d.toks[k+1].Text])
}

// indefiniteDemonym reports whether the title that ends just before token j ends in a demonym
// without the article (أول رئيس أمريكي يخاطب): an office in general, which no name follows.
func (d *doc) indefiniteDemonym(j int) bool {
	for b := j - 1; b >= 0 && b >= j-3; b-- {
		if p := d.match(b); p != nil && p.To == j && p.Has(ItemDemonym) {
			return !strings.HasPrefix(strings.TrimPrefix(d.toks[b].Text, p.Clitic), "ال")
		}
	}
	return false
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
	// (nor with و, a conjunction before a verb or noun: وستعلن المواعيد)
	return !strings.HasPrefix(w, "ال") && !strings.HasSuffix(w, "ه") && !strings.HasPrefix(w, "و")
}

// nameWord reports whether token k can be part of a captured name.
func (d *doc) nameWord(k int) bool {
	t := d.toks[k]
	if connectors[t.Text] {
		return true
	}
	if k > 0 && (d.toks[k-1].Text == "عبد" || d.toks[k-1].Text == "ابو") && t.Kind == Word && strings.HasPrefix(t.Text, "ال") &&
		utf8.RuneCountInString(t.Text) >= 4 {
		return true // عبد الله، عبد الرحمن، أبو الغيط: the second half of a compound name
	}
	if p := d.match(k); p != nil && p.Has(ItemPerson) && (d.otherName(p) || d.givenAfter(p)) {
		// كيم in كيم سونغ هو، عباس in عباس مصطفى كامل: a short name that is part of another name
		return true
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
	associate := d.isCue(p, "associate")
	if q := d.match(end); !associate && q != nil && q.Has(ItemPerson) && q.Clitic == "" {
		*m = saved // سلف ترامب، الرئيس باراك أوباما: the title is the next person's
		return j
	}
	for {
		p := d.match(end)
		if p == nil || !d.isOffice(p) || p.Clitic != "" {
			break
		}
		next := d.office(m, p)
		if next <= end {
			break
		}
		end = next
	}
	// ولايتي، مستشار المرشد الإيراني علي خامنئي: the one he advises is named inside his title
	if q := d.match(end); associate && q != nil && q.Has(ItemPerson) && q.Clitic == "" {
		return d.patronymic(q.To)
	}
	return end
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

// termWords qualify a title by its holder's term: الرئيس المنتهية ولايته.
var termWords = map[string]bool{"ولايته": true, "ولايتها": true}

// titleRun reports whether tokens [from, to) can run a title on to a name with no comma
// between: definite nouns and adjectives (والتعاون الإفريقي، بالخارج، للشؤون), states and
// places (لسوريا), words of posting (لدى). Not a preposition or another noun: in رئيس الوزراء
// الإسرائيلي مع قدوم علي أكبر ولايتي the prime minister is not Velayati.
func (d *doc) titleRun(from, to int) bool {
	if to-from == 1 && d.nameWord(from) {
		return true // الرئيس الإريتري إيسايس أفورقي: a given name the lexicon spells otherwise
	}
	for k := from; k < to; k++ {
		p := d.match(k)
		place := p != nil && (p.Has(ItemDemonym) || p.Has(ItemCountry) || p.Has(ItemPlace))
		if !place && !postings[d.toks[k].Text] && !termWords[d.toks[k].Text] && !hasAnyPrefix(d.toks[k].Text, "ال", "وال", "بال", "لل", "ولل", "وبال") {
			return false
		}
	}
	return true
}
