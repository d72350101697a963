package loader

import (
	"fmt"
	"hash/fnv"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"readout"
)

// party is a mention resolved to an entity at the date of a contact.
type party struct {
	entity  string
	role    string
	country string
	prep    string
	m       *mention
}

// heads are the roles a dual like الرئيسان or الزعيمان refers to.
var heads = map[string]bool{"president": true, "king": true, "emir": true, "sultan": true, "prime-minister": true, "chancellor": true, "crown-prince": true, "supreme-leader": true, "leader": true}

// leaderRoles are the offices "the leader" (الزعيم) of a state can be, the first held wins.
var leaderRoles = []string{"supreme-leader", "king", "emir", "sultan", "president", "chancellor", "prime-minister"}

// governedByCabinet are the parliamentary states whose head of government, not the monarch or
// the president, is the one "the leaders" of a summit name (قادة كندا وبريطانيا وألمانيا
// واليابان); cabinetLeaderRoles is their order of offices.
var (
	governedByCabinet = map[string]bool{
		"GB": true, "JP": true, "DE": true, "IT": true, "ES": true, "NL": true, "BE": true, "SE": true,
		"NO": true, "DK": true, "CA": true, "AU": true, "NZ": true, "IN": true, "IL": true, "IQ": true,
		"PK": true, "GR": true, "AT": true, "IE": true, "PT": true, "HU": true, "CZ": true, "MY": true,
		"TH": true, "LU": true, "ET": true, "BD": true, "NP": true, "SG": true, "KH": true, "AM": true,
	}
	cabinetLeaderRoles = []string{"prime-minister", "chancellor", "president", "king"}
)

// resolve links a mention to an entity as of day t (zero when unknown): a gazetteer name, a
// captured name, or a title whose holder at t the gazetteer knows. anchor is the office of the
// person a counterpart (نظيره) is paired with. It reports false when the mention cannot be tied
// to one entity acting for a known state.
func (d *doc) resolve(m *mention, t time.Time, anchor string) (party, bool) {
	role, country := "", m.country
	if m.office >= 0 {
		role = d.x.lx.Offices[m.office].Role
	}
	if m.regional && role != "" {
		role = "regional-head" // رئيس جمهورية الشيشان is not Russia's president
	}
	if m.counterpart && (role == "" || role == "minister") && anchor != "" {
		role = anchor
		if _, same := d.holder(anchor, country, t); heads[anchor] && !same {
			// the counterpart of a president is a president where the state has one; of the
			// North Korean leader, Russia's head of state
			role = "leader"
		}
	}
	if m.pronoun && country == "" && m.his {
		country = d.stateOfPersonBefore(m, t) // التقى أردوغان ووزير خارجيته
	}
	if m.pronoun && country == "" {
		country = d.stateBefore(m.from)
	}
	if m.pronoun && len(m.people) > 0 && !slices.ContainsFunc(m.people, func(i int) bool { return d.heldIn(i, country, "") }) {
		country = "" // قمة في سنغافورة بين زعيمها كيم جونغ أون: the name says whose leader he is
	}
	if m.former {
		role = "" // the former minister, the president-elect: not the office at the time
	}
	switch {
	case m.guest:
		return d.guestOf(m, t)
	case m.latter:
		p, ok := d.lastPersonBefore(m.from, 0, t, func(pm *mention) bool { return !pm.guest && !pm.pair && !pm.latter }, func(party) bool { return true })
		p.prep, p.m = m.prep, m
		return p, ok
	case len(m.people) > 0:
		i, ok := d.pickPerson(m.people, role, country, t)
		if !ok {
			return party{}, false
		}
		r, c := d.positionAt(i, t, role, country)
		return party{entity: d.x.people[i].ID, role: r, country: c, prep: m.prep, m: m}, c != ""
	case m.captured != "" && country != "":
		return d.capturedParty(m, role, country, t), true
	case role != "" && country != "" && !t.IsZero() && !m.former:
		i, ok := d.holder(role, country, t)
		if !ok || postedRoles[role] {
			// a state has many ambassadors and envoys, and the gazetteer few: السفير السعودي
			// في الخرطوم is not the one it lists in Washington
			return d.envoyBefore(m, role, country, t)
		}
		if role == "leader" {
			role, _ = d.positionAt(i, t, "", country) // الزعيم الكوري الشمالي: his actual office
		}
		return party{entity: d.x.people[i].ID, role: role, country: country, prep: m.prep, m: m}, true
	case m.office >= 0 && !m.counterpart && country == "" && !m.former:
		if a, ok := d.antecedent(m, t); ok {
			if m.captured != "" {
				// a title with a name of its own (الرئيس كيم داي جونغ) is not the last president
				// named, but of the same state; unless that one is named in the same sentence, as
				// the other side (قال غني لماتيس ... ووزير الدفاع طارق شاه بهرامي)
				if a.m != nil && d.sentenceBreaks(a.m.to, m.from) == 0 {
					return party{}, false
				}
				if d.postOfAnother(m.from) && d.otherThanHolder(m.captured, role, a.country, t) {
					// رئيس الأركان بمكتب وزير الدفاع إريك روزينباخ: the minister is another
					// man, so the title is the genitive of the name's own post
					return party{}, false
				}
				return d.capturedParty(m, role, a.country, t), true
			}
			a.prep, a.m = m.prep, m
			return a, true
		}
	}
	return party{}, false
}

// otherThanHolder reports whether the gazetteer names who held the one-holder office role of
// country around day t (a month either side, for the days of a handover), and name fits none
// of them.
func (d *doc) otherThanHolder(name, role, country string, t time.Time) bool {
	if t.IsZero() || !singleHolder(role) {
		return false
	}
	known := false
	for _, at := range []time.Time{t.AddDate(0, -1, 0), t, t.AddDate(0, 1, 0)} {
		if i, ok := d.holder(role, country, at); ok {
			known = true
			if d.nameFits(i, name) {
				return false
			}
		}
	}
	return known
}

// postOfAnother reports whether the title at token k is the genitive of a post before it
// (رئيس الأركان بمكتب وزير الدفاع، مساعد وزير الخارجية): the name after it may be the post's.
func (d *doc) postOfAnother(k int) bool {
	if k == 0 || d.toks[k-1].Kind != Word {
		return false
	}
	for _, r := range d.x.cliticReadings(d.toks[k-1].Text) {
		if postNouns[r.stem] {
			return true
		}
	}
	return false
}

// postNouns are the posts and offices named after the minister or leader they serve.
var postNouns = map[string]bool{"مكتب": true, "ديوان": true, "مساعد": true, "نايب": true, "ممثل": true, "مستشار": true,
	"مبعوث": true, "موفد": true, "مدير": true, "امين": true, "متحدث": true, "الناطق": true, "ناطق": true}

// singleHolder reports whether a state gives office role to one person at a time: a head, its
// foreign or its defence minister.
func singleHolder(role string) bool {
	return heads[role] && role != "leader" || role == "foreign-minister" || role == "defence-minister"
}

// capturedParty is the party of a mention with a captured name, of the state given: the
// gazetteer person the name is another spelling of, else a person of the name's own ID.
func (d *doc) capturedParty(m *mention, role, country string, t time.Time) party {
	if i, ok := d.spelledLike(m.captured, role, country, t); ok {
		r, c := d.positionAt(i, t, role, country)
		return party{entity: d.x.people[i].ID, role: r, country: c, prep: m.prep, m: m}
	}
	return party{entity: capturedID(country, m.captured), role: role, country: country, prep: m.prep, m: m}
}

// spelledLike finds the gazetteer person a captured name is another spelling of: a person of
// the same state whose full name has the same skeleton (فيدريكا موجريني، فيديريكا موغيريني), or
// the holder of the titled office whose surname does.
func (d *doc) spelledLike(name, role, country string, t time.Time) (int, bool) {
	var found []int
	keys := []string{skeleton(name)}
	if w := strings.Fields(name); len(w) == 2 {
		keys = append(keys, skeleton(w[1]+" "+w[0])) // غابرييل زيغمار: the given name written last
	}
	for _, k := range keys {
		for _, i := range d.x.skeletons[k] {
			if d.heldIn(i, country, "") {
				found = appendUnique(found, i)
			}
		}
	}
	if len(found) == 1 {
		return found[0], true
	}
	if role == "" || len(found) > 1 {
		return 0, false
	}
	// the holder of the titled office on the day; in an article without a date, the one of
	// all who ever held it whose name fits
	var holders []int
	if !t.IsZero() {
		if i, ok := d.holder(role, country, t); ok {
			holders = []int{i}
		}
	} else if role != "leader" {
		holders = d.x.holders[country+"/"+role]
	}
	for _, i := range holders {
		if d.nameFits(i, name) {
			found = append(found, i)
		}
	}
	if len(found) == 1 {
		return found[0], true
	}
	return 0, false
}

// nameFits reports whether a captured name is another way of writing one of person i's names.
func (d *doc) nameFits(i int, name string) bool {
	last := func(s string) string { w := strings.Fields(s); return skeleton(w[len(w)-1]) }
	words := strings.Fields(skeleton(name))
	for _, n := range d.x.people[i].Arabic {
		k := Key(n)
		if last(k) == last(name) {
			return true
		}
		// الرئيس المصري عبد الفتاح السياسي: the holder's first names, and a misspelt
		// surname the capture stopped at
		if len(words) >= 2 && strings.HasPrefix(skeleton(k)+" ", strings.Join(words, " ")+" ") {
			return true
		}
		if sameWords(k, name) {
			return true // ولي العهد السعودي الأمير سلمان بن محمد: the holder's name, its parts swapped
		}
		// رئيس الوزراء الإسرائيلي بنيامين نيتياهو، نظيره الإسباني أرانتشا غونزاليث (of
		// أرانتشا غونزاليس لايا): the holder's names from the first, each word beginning alike and
		// a letter or two off, a typing slip or a foreign sound spelt otherwise
		if own := strings.Fields(skeleton(k)); len(words) >= 2 && len(words) <= len(own) && nearlyAlike(words, own[:len(words)]) {
			return true
		}
	}
	return false
}

// nearlyAlike reports whether two runs of skeletons of the same length match word for word:
// each word begins alike and is at most one letter off (two in a word of five letters or more:
// ستوتلنبرغ for ستولتنبرغ), as a foreign name is spelt by different hands.
func nearlyAlike(a, b []string) bool {
	for i := range a {
		limit := 1
		if min(utf8.RuneCountInString(a[i]), utf8.RuneCountInString(b[i])) >= 5 {
			limit = 2
		}
		if !lettersOff(a[i], b[i], limit) {
			return false
		}
	}
	return true
}

// lettersOff reports whether two skeletons begin alike and differ by at most limit letters
// added, dropped or changed.
func lettersOff(a, b string, limit int) bool {
	x, y := []rune(a), []rune(b)
	return len(x) > 0 && len(y) > 0 && x[0] == y[0] && editDistance(x, y) <= limit
}

// editDistance is the number of letters to add, drop or change to turn a into b.
func editDistance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

// sameWords reports whether two names of three words or more hold the same words in another
// order (محمد بن سلمان، سلمان بن محمد).
func sameWords(a, b string) bool {
	x, y := strings.Fields(a), strings.Fields(b)
	if len(x) < 3 || len(x) != len(y) {
		return false
	}
	slices.Sort(x)
	slices.Sort(y)
	return slices.Equal(x, y)
}

// antecedent resolves a bare title (الملك، الرئيس، ولي العهد) to the person last named in the
// article who holds that office: "وكان الملك قد تلقى" after "الملك عبدالله الثاني".
func (d *doc) antecedent(m *mention, t time.Time) (party, bool) {
	if m.office < 0 {
		return party{}, false
	}
	role := d.x.lx.Offices[m.office].Role
	if role == "minister" || role == "official" {
		return party{}, false // too general to point to one person
	}
	for k := len(d.mentions) - 1; k >= 0; k-- {
		a := d.mentions[k]
		if a.from >= m.from || len(a.people) == 0 && a.captured == "" {
			continue
		}
		p, ok := d.resolve(a, t, "")
		if ok && p.role == role {
			return p, true
		}
		if ok && role == "leader" && m.country == "" && heads[p.role] && m.to < len(d.toks) && d.demonymWord(d.toks[m.to].Text, p.country) {
			return p, true // الزعيم الشمالي، الزعيم الكوري: the head named last whose state the word fits
		}
	}
	return party{}, false
}

// pickPerson chooses among the gazetteer people a name may refer to: those who acted for the
// state the title names, then those in office at t, then those holding the titled office.
// It fails when more than one remains.
func (d *doc) pickPerson(cands []int, role, country string, t time.Time) (int, bool) {
	keep := func(f func(int) bool) {
		var out []int
		for _, c := range cands {
			if f(c) {
				out = append(out, c)
			}
		}
		if len(out) > 0 {
			cands = out
		}
	}
	if country != "" {
		keep(func(i int) bool { return d.heldIn(i, country, "") })
	}
	if !t.IsZero() && len(cands) > 1 {
		keep(func(i int) bool { return d.inOffice(i, t) })
	}
	if role != "" && len(cands) > 1 {
		keep(func(i int) bool { return d.heldIn(i, country, role) })
	}
	if len(cands) != 1 {
		return 0, false
	}
	return cands[0], true
}

func (d *doc) heldIn(i int, country, role string) bool {
	for _, p := range d.x.people[i].Positions {
		if (country == "" || p.Country == country) && (role == "" || p.Role == role) {
			return true
		}
	}
	return false
}

func (d *doc) inOffice(i int, t time.Time) bool {
	for _, p := range d.x.people[i].Positions {
		if p.Holds(t) {
			return true
		}
	}
	return false
}

// positionAt returns the role and state of person i at t: the titled office when they held it
// then, else the position they held at t in the titled state (a generic title such as الوزير
// gives way to the office), else the state of their latest position.
func (d *doc) positionAt(i int, t time.Time, role, country string) (string, string) {
	ps := d.x.people[i].Positions
	order := make([]int, len(ps))
	for k := range order {
		order[k] = k
	}
	if t.IsZero() {
		// no day to read the office at: the latest held first (أردوغان is president, not the
		// prime minister he was before 2014)
		slices.SortStableFunc(order, func(a, b int) int { return ps[b].From.Compare(ps[a].From) })
	}
	var atT, inState *readout.Position
	for _, k := range order {
		p := &ps[k]
		if !p.Holds(t) {
			continue
		}
		if (role == "" || p.Role == role) && (country == "" || p.Country == country) {
			return p.Role, p.Country
		}
		if atT == nil {
			atT = p
		}
		if inState == nil && (country == "" || p.Country == country) {
			inState = p
		}
	}
	switch {
	case inState != nil:
		return inState.Role, inState.Country
	case atT != nil:
		return firstNonEmpty(role, atT.Role), firstNonEmpty(country, atT.Country)
	case len(ps) > 0 && t.IsZero():
		return firstNonEmpty(role, ps[len(ps)-1].Role), firstNonEmpty(country, ps[len(ps)-1].Country)
	case len(ps) > 0:
		// out of office at t (the president-elect, a former minister): the state, and the
		// title only if the text gives one
		return role, firstNonEmpty(country, homeState(ps))
	}
	return role, country
}

// homeState is the state a person held most offices for, the first of them on a tie: Luigi Di
// Maio out of office is Italian, though his last post was the EU's.
func homeState(ps []readout.Position) string {
	count := map[string]int{}
	best := ""
	for _, p := range ps {
		count[p.Country]++
		if best == "" || count[p.Country] > count[best] {
			best = p.Country
		}
	}
	return best
}

// refreshRoles gives each party the text left without a title the office it held on day t,
// the day the contact was finally dated (a clause may name an earlier year that titles were
// first read at: الاتفاق المبرم عام 2015).
func (d *doc) refreshRoles(ps []party, t time.Time) {
	if t.IsZero() {
		return
	}
	for k := range ps {
		if i, ok := d.x.byID[ps[k].entity]; ok && ps[k].role == "" {
			if r, c := d.positionAt(i, t, "", ps[k].country); r != "" && c == ps[k].country {
				ps[k].role = r
			}
		}
	}
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// matchRoles gives a person of several offices the one the other side holds: a Qatari deputy
// prime minister and foreign minister meeting a French foreign minister meets him as foreign
// minister. A head's office stays, even if he held a ministry too, when the text names it
// (رئيس الوزراء الإسرائيلي نتنياهو) or names no office at all (استقبل نتنياهو بومبيو): a head
// acts as the head unless called by the other title.
func (d *doc) matchRoles(ps []party, t time.Time) {
	if t.IsZero() {
		return // (with no day, any office ever held would match: أردوغان was prime minister once)
	}
	for i := range ps {
		i0, ok := d.x.byID[ps[i].entity]
		if !ok || heads[ps[i].role] && (ps[i].m == nil || ps[i].m.office < 0 || d.x.lx.Offices[ps[i].m.office].Role == ps[i].role) {
			continue
		}
		for j := range ps {
			if j != i && ps[j].role != ps[i].role && ps[j].role != "" && d.holds(i0, ps[j].role, ps[i].country, t) {
				ps[i].role = ps[j].role
				break
			}
		}
	}
}

// holds reports whether person i held role for country on day t.
func (d *doc) holds(i int, role, country string, t time.Time) bool {
	for _, p := range d.x.people[i].Positions {
		if p.Role == role && p.Country == country && p.Holds(t) {
			return true
		}
	}
	return false
}

// holder returns the one gazetteer person who held role for country on day t; for "leader",
// the holder of the highest of leaderRoles.
func (d *doc) holder(role, country string, t time.Time) (int, bool) {
	if role == "leader" {
		roles := leaderRoles
		if governedByCabinet[country] {
			roles = cabinetLeaderRoles
		}
		for _, r := range roles {
			if i, ok := d.holder(r, country, t); ok {
				return i, true
			}
		}
		return 0, false
	}
	found, n := 0, 0
	for _, i := range d.x.holders[country+"/"+role] {
		for _, p := range d.x.people[i].Positions {
			if p.Role == role && p.Country == country && p.Holds(t) {
				found, n = i, n+1
				break
			}
		}
	}
	return found, n == 1
}

// stateBefore returns the state last named before token i in the same paragraph (the owner of
// a possessive title: قالت روسيا إن وزير دفاعها).
func (d *doc) stateBefore(i int) string {
	for k := i - 1; k >= 0 && d.toks[k].Kind != Newline; k-- {
		if p := d.match(k); p != nil && (p.Has(ItemCountry) || p.Has(ItemPlace) || p.Has(ItemOrg)) {
			return placeCode(p)
		}
	}
	return ""
}

// guestOf resolves الضيف الإثيوبي to the last person of that state named in the three sentences
// before it.
func (d *doc) guestOf(m *mention, t time.Time) (party, bool) {
	p, ok := d.lastPersonBefore(m.from, 3, t, func(pm *mention) bool { return !pm.guest && !pm.pair },
		func(p party) bool { return p.country == m.country })
	p.prep, p.m = m.prep, m
	return p, ok
}

// postedRoles are the offices of people sent abroad, whom the gazetteer does not list, and the
// ministries it does not tell apart (minister stands for every portfolio but three): a bare
// title of one (المبعوث الكوري الشمالي، السفير الروسي، الوزير الأميركي) points back to the one
// named before, never to the one holder the gazetteer happens to list.
var postedRoles = map[string]bool{"envoy": true, "ambassador": true, "minister": true, "official": true}

// ministerRoles are the ministries a bare "minister" of a state (الوزير الأميركي) may head.
var ministerRoles = map[string]bool{"minister": true, "foreign-minister": true, "defence-minister": true, "interior-minister": true}

// envoyBefore resolves a bare title of a posted office with its state to the last person of that
// state named in the three sentences before it who held that office, no office the gazetteer
// knows, or an unnamed official one:
// "وفد برئاسة كيم يونغ شول ... وسلم المبعوث الكوري الشمالي رسالة".
func (d *doc) envoyBefore(m *mention, role, country string, t time.Time) (party, bool) {
	if !postedRoles[role] {
		return party{}, false
	}
	back := 3
	if role == "minister" {
		back = 1000 // الوزير الفرنسي: the French minister the article is about, named in its lede
	}
	p, ok := d.lastPersonBefore(m.from, back, t, func(pm *mention) bool {
		return (len(pm.people) > 0 || pm.captured != "") && (pm.host == "" || m.host == "" || pm.host == m.host)
	},
		func(p party) bool {
			// (الوزير الأميركي: the American minister named last, whatever his ministry; a
			// name with no office is one captured, not a royal the gazetteer gives none)
			noOffice := p.role == "" && p.m != nil && p.m.captured != ""
			return p.country == country && (p.role == role || noOffice || p.role == "official" || role == "minister" && ministerRoles[p.role])
		})
	p.prep, p.m = m.prep, m
	return p, ok
}

// lastPersonBefore returns the last person named before token at, at most sentences sentence
// ends back, among the mentions use accepts and whose resolution at day t want accepts.
func (d *doc) lastPersonBefore(at, sentences int, t time.Time, use func(*mention) bool, want func(party) bool) (party, bool) {
	for k := len(d.mentions) - 1; k >= 0; k-- {
		pm := d.mentions[k]
		if pm.from >= at || !use(pm) {
			continue
		}
		if d.sentenceBreaks(pm.to, at) > sentences {
			break
		}
		if p, ok := d.resolve(pm, t, ""); ok && want(p) {
			return p, true
		}
	}
	return party{}, false
}

// stateOfPersonBefore returns the state of the person named last before m in its sentence, or
// "".
func (d *doc) stateOfPersonBefore(m *mention, t time.Time) string {
	for k := len(d.mentions) - 1; k >= 0; k-- {
		pm := d.mentions[k]
		if pm.from >= m.from || pm.pronoun {
			continue
		}
		if d.sentenceBreaks(pm.to, m.from) > 0 {
			return ""
		}
		if p, ok := d.resolve(pm, t, ""); ok {
			return p.country
		}
	}
	return ""
}

// capturedID makes the entity ID of a person the gazetteer does not know: n-, the state, and the
// consonant skeleton of the name in ASCII with a short hash of it, so that the usual spelling
// variants of one name (غ/ج/ق for g, vowel letters written or not, the article or not) give
// one ID whatever article comes first.
func capturedID(country, name string) string {
	sk := skeleton(name)
	h := fnv.New32a()
	h.Write([]byte(country + "/" + sk))
	return fmt.Sprintf("n-%s-%s-%06x", strings.ToLower(country), translit(sk), h.Sum32()&0xffffff)
}

// skeleton reduces a normalised name to what its spellings share: each word without the
// article, its long vowels after the first letter and a final ه, with غ ق ج written ج.
func skeleton(name string) string {
	var words []string
	for _, w := range strings.Fields(name) {
		w = strings.TrimPrefix(w, "ال")
		var b strings.Builder
		for i, r := range []rune(w) {
			switch {
			case i > 0 && (r == 'ا' || r == 'و' || r == 'ي'):
				continue
			case r == 'غ' || r == 'ق':
				r = 'ج'
			}
			b.WriteRune(r)
		}
		words = append(words, strings.TrimSuffix(b.String(), "ه"))
	}
	return strings.Join(words, " ")
}

var translitMap = map[rune]string{
	'ا': "a", 'ب': "b", 'ت': "t", 'ث': "th", 'ج': "j", 'ح': "h", 'خ': "kh", 'د': "d", 'ذ': "dh",
	'ر': "r", 'ز': "z", 'س': "s", 'ش': "sh", 'ص': "s", 'ض': "d", 'ط': "t", 'ظ': "z", 'ع': "a",
	'غ': "gh", 'ف': "f", 'ق': "q", 'ك': "k", 'ل': "l", 'م': "m", 'ن': "n", 'ه': "h", 'و': "w",
	'ي': "y", 'ء': "", ' ': "-",
}

// translit writes a normalised Arabic name in ASCII letters for readable IDs.
func translit(s string) string {
	var b strings.Builder
	for _, r := range s {
		if t, ok := translitMap[r]; ok {
			b.WriteString(t)
		} else if r < 128 && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
			b.WriteRune(r)
		}
	}
	out := strings.Trim(b.String(), "-")
	if len(out) > 40 {
		out = out[:40]
	}
	return out
}

// entity builds the entity of a party, with the name as the article writes it.
func (d *doc) entity(p party) readout.Entity {
	m := p.m
	surface := ""
	if m != nil && !m.pair {
		surface = d.original(m.nameFrom, m.nameTo)
	}
	// (a captured name spelledLike resolved is the gazetteer person, with all their names)
	if i, ok := d.x.byID[p.entity]; ok {
		e := d.x.personEntity(i)
		e.AddNames(surface)
		return e
	}
	if m != nil && m.captured != "" {
		e := readout.Entity{ID: p.entity, Kind: readout.Person, Name: surface, Country: p.country,
			Positions: []readout.Position{{Role: p.role, Country: p.country}}}
		e.AddNames(surface)
		return e
	}
	return readout.Entity{ID: p.entity, Kind: readout.Person, Name: p.entity}
}

// demonymWord reports whether word w (الشمالي، الكوري) is one word of a demonym of the state
// code (كوري شمالي), with or without ال and the feminine ending.
func (d *doc) demonymWord(w, code string) bool {
	w = strings.TrimSuffix(strings.TrimPrefix(w, "ال"), "ه")
	for _, c := range d.x.lx.Countries {
		if c.Code != code {
			continue
		}
		for _, dm := range c.Demonyms {
			if slices.Contains(strings.Fields(Key(dm)), w) {
				return true
			}
		}
	}
	return false
}
