package loader

import (
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"readout"
	"readout/loader/lexicon"
)

// Extractor finds contacts in articles. It is built once from a lexicon and is safe for
// concurrent use: Extract keeps its state per call.
type Extractor struct {
	lx        *lexicon.Lexicon
	phrases   phraseTrie      // every phrase of the lexicon that can occur in an article
	furniture phraseTrie      // page-furniture cues, matched at the start of a line
	common    map[string]bool // frequent words that are never part of a name
	whole     map[string]bool // words that look like proclitic + word but are one word
	given     map[string]bool // given names, which never stand alone for a person
	people    []*lexicon.Person
	byID      map[string]int   // person ID -> index into people
	skeletons map[string][]int // skeleton of a full Arabic name -> people (spelling variants)
	surnames  map[string][]int // last word of a full Arabic name -> people (الرئيس مرسي)
	holders   map[string][]int // "CC/role" -> indexes of people who held that office
	places    map[string]*lexicon.Country
}

// NewExtractor compiles a lexicon into an Extractor.
func NewExtractor(lx *lexicon.Lexicon) *Extractor {
	x := &Extractor{lx: lx, common: map[string]bool{}, whole: map[string]bool{}, given: map[string]bool{}, holders: map[string][]int{}, byID: map[string]int{}, skeletons: map[string][]int{}, surnames: map[string][]int{}, places: map[string]*lexicon.Country{}}
	x.addPlaces(lx.Countries, ItemCountry)
	x.addPlaces(lx.Organisations, ItemOrg)
	for i := range lx.People {
		x.addPerson(i, &lx.People[i])
	}
	for i, o := range lx.Offices {
		x.addOffice(i, o)
	}
	for _, h := range lx.Honorifics {
		x.phrases.add(h.Text, Item{Kind: ItemHonorific})
	}
	for i, t := range lx.Triggers {
		for _, f := range t.Forms {
			x.phrases.add(f, Item{Kind: ItemTrigger, Ref: i})
			if fut := futureForm(f); fut != "" {
				x.phrases.add(fut, Item{Kind: ItemTrigger, Ref: i, Code: "future"})
			}
		}
	}
	for _, c := range lx.Cues {
		for _, f := range c.Forms {
			x.phrases.add(f, Item{Kind: ItemCue, Code: c.Kind})
		}
	}
	for i, t := range lx.Topics {
		for _, f := range t.Keywords {
			x.phrases.add(f, Item{Kind: ItemTopic, Ref: i})
		}
	}
	for _, c := range lx.Calendar {
		kind := map[string]ItemKind{"month": ItemMonth, "hijri-month": ItemHijriMonth, "weekday": ItemWeekday, "relative": ItemRelative, "ordinal": ItemOrdinal}[c.Kind]
		for _, f := range c.Forms {
			x.phrases.add(f, Item{Kind: kind, Ref: c.Value})
		}
	}
	for _, c := range lx.Furniture {
		for _, f := range c.Forms {
			x.furniture.add(f, Item{Kind: ItemCue, Code: c.Kind})
		}
	}
	for _, w := range lx.CommonWords {
		x.common[Key(w.Text)] = true
	}
	for _, w := range lx.WholeWords {
		x.whole[Key(w.Text)] = true
	}
	for _, w := range lx.GivenNames {
		x.given[Key(w.Text)] = true
	}
	return x
}

// addPlaces files states or organisations: names, demonyms in every form, capitals and seats.
func (x *Extractor) addPlaces(cs []lexicon.Country, name ItemKind) {
	for i := range cs {
		c := &cs[i]
		x.places[c.Code] = c
		for _, n := range c.Arabic {
			x.phrases.add(n, Item{Kind: name, Code: c.Code})
		}
		for _, dm := range c.Demonyms {
			for _, f := range demonymForms(dm) {
				x.phrases.add(f, Item{Kind: ItemDemonym, Code: c.Code})
			}
		}
		for _, p := range slices.Concat(c.Capitals, c.Seats, c.Regions) {
			x.phrases.add(p, Item{Kind: ItemPlace, Code: c.Code})
		}
		for _, p := range c.Regions {
			x.phrases.add(p, Item{Kind: ItemRegion, Code: c.Code})
		}
	}
}

// demonymForms inflects a masculine nisba (روسي) into its feminine, dual and plural forms, each
// with and without the article. A form not ending in ي (روس) is taken as it is, with ال. In a
// two-word demonym every nisba is inflected and takes ال (الكورية الجنوبية); a first word that
// is a noun takes ال alone (الجنوب أفريقية).
func demonymForms(m string) []string {
	words := strings.Fields(m)
	last := words[len(words)-1]
	suffixes := []string{""}
	if strings.HasSuffix(last, "ي") {
		suffixes = append(suffixes, "ة", "ان", "ين", "ون", "ات", "تان", "تين")
	}
	var out []string
	for _, suf := range suffixes {
		bare, def, first := make([]string, len(words)), make([]string, len(words)), make([]string, len(words))
		for i, w := range words {
			nisba := strings.HasSuffix(w, "ي")
			bare[i], def[i], first[i] = w, w, w
			if nisba {
				bare[i], def[i], first[i] = w+suf, "ال"+w+suf, w+suf
			} else if i == 0 {
				def[i] = "ال" + w
			}
		}
		first[0] = "ال" + first[0] // الجنوب سوداني: the article on the first word only
		out = append(out, strings.Join(bare, " "), strings.Join(def, " "))
		if len(words) > 1 {
			out = append(out, strings.Join(first, " "))
		}
	}
	return out
}

// addPerson files a person's full and short Arabic names and the offices they held.
func (x *Extractor) addPerson(i int, p *lexicon.Person) {
	x.people = append(x.people, p)
	x.byID[p.ID] = i
	for _, n := range spellingsOf(p.Arabic) {
		x.phrases.add(n, Item{Kind: ItemPerson, Ref: i})
		if v := withoutArticle(n); v != "" {
			x.phrases.add(v, Item{Kind: ItemPerson, Ref: i}) // عادل جبير for عادل الجبير
		}
		sk := skeleton(Key(n))
		x.skeletons[sk] = appendUnique(x.skeletons[sk], i)
		if w := surname(n); w != "" {
			x.surnames[w] = appendUnique(x.surnames[w], i)
		}
	}
	for _, n := range p.Short {
		x.phrases.add(n, Item{Kind: ItemPerson, Ref: i, Short: true})
	}
	seen := map[string]bool{}
	for _, pos := range p.Positions {
		k := pos.Country + "/" + pos.Role
		if !seen[k] {
			seen[k] = true
			x.holders[k] = append(x.holders[k], i)
		}
	}
}

// maxSpellings bounds the names spellingsOf makes of one person's words.
const maxSpellings = 64

// spellingsOf returns a person's full names and every other mix of their words: the lexicon
// writes each variant of a foreign name once (سيرغي شويغو، سيرجي شويجو), and the press mixes
// them (سيرجي شويغو). Words are mixed only among names of as many words whose words at each
// place are spellings of one another (a letter apart in skeleton), so that عبد الله الثاني and
// عبدالله بن الحسين are never crossed.
func spellingsOf(names []string) []string {
	out := slices.Clone(names)
	have := map[string]bool{}
	for _, n := range names {
		have[Key(n)] = true
	}
	byLen := map[int][][]string{}
	for _, n := range names {
		w := strings.Fields(n)
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	for _, size := range slices.Sorted(maps.Keys(byLen)) {
		group := byLen[size]
		if len(group) < 2 || size < 2 {
			continue
		}
		places := make([][]string, size)
		total := 1
		for j := range size {
			for _, w := range group {
				if !slices.Contains(places[j], w[j]) {
					places[j] = append(places[j], w[j])
				}
			}
			if !spellingsOfOne(places[j]) {
				total = 0
				break
			}
			total *= len(places[j])
		}
		if total <= len(group) || total > maxSpellings {
			continue
		}
		for k := range total {
			words := make([]string, size)
			for j, r := 0, k; j < size; j++ {
				words[j], r = places[j][r%len(places[j])], r/len(places[j])
			}
			if n := strings.Join(words, " "); !have[Key(n)] {
				have[Key(n)] = true
				out = append(out, n)
			}
		}
	}
	return out
}

// spellingsOfOne reports whether words are spellings of one word: alike in skeleton, or a
// letter apart.
func spellingsOfOne(words []string) bool {
	for a := range words {
		for b := a + 1; b < len(words); b++ {
			x, y := skeleton(Key(words[a])), skeleton(Key(words[b]))
			if !lettersOff(x, y, 1) {
				return false
			}
		}
	}
	return true
}

// withoutArticle returns a name of two or three words with the article dropped from its last
// word (عادل الجبير → عادل جبير), as the press often writes family names; "" when the last word
// has no article or the name has a lineage (بن، آل), whose family names keep it.
func withoutArticle(name string) string {
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 3 {
		return ""
	}
	last := words[len(words)-1]
	for _, w := range words {
		if connectors[Key(w)] {
			return ""
		}
	}
	if !strings.HasPrefix(last, "ال") || utf8.RuneCountInString(last) < 5 {
		return ""
	}
	words[len(words)-1] = strings.TrimPrefix(last, "ال")
	return strings.Join(words, " ")
}

// surname returns the last word of a full name that is neither a lineage (بن، آل) nor too short
// to tell people apart, "" for names of one word.
func surname(name string) string {
	words := strings.Fields(Key(name))
	if len(words) < 2 {
		return ""
	}
	last := words[len(words)-1]
	if utf8.RuneCountInString(last) < 3 || connectors[last] || connectors[words[len(words)-2]] {
		return ""
	}
	return last
}

// addOffice files an office's titles, and the possessive forms of its construct titles: وزير
// خارجية → وزير خارجيته، وزير خارجيتها (its foreign minister).
func (x *Extractor) addOffice(i int, o lexicon.Office) {
	for _, f := range o.Definite {
		x.phrases.add(f, Item{Kind: ItemOfficeDef, Ref: i, Code: o.Country})
	}
	for _, f := range o.Plural {
		x.phrases.add(f, Item{Kind: ItemOfficePlural, Ref: i})
	}
	for _, f := range o.Construct {
		x.phrases.add(f, Item{Kind: ItemOfficeCons, Ref: i, Code: o.Country})
		for _, suf := range []string{"ه", "ها", "هم", "هما"} {
			x.phrases.add(possessive(f, suf), Item{Kind: ItemOfficeOwn, Ref: i, Code: o.Country})
		}
	}
}

// possessive attaches a pronoun suffix to the last word of a title: ة becomes ت, and a final
// hamza after alef sits on a yeh (وزراء → وزرائها).
func possessive(title, suf string) string {
	switch {
	case strings.HasSuffix(title, "ة"):
		return strings.TrimSuffix(title, "ة") + "ت" + suf
	case strings.HasSuffix(title, "اء"):
		return strings.TrimSuffix(title, "ء") + "ئ" + suf
	}
	return title + suf
}

// futureForm returns the future (سـ) form of a trigger whose first word is a present-tense verb
// (يلتقي → سيلتقي), or "".
func futureForm(f string) string {
	if first := strings.Fields(Key(f)); len(first) > 0 && isPresent(first[0]) {
		return "س" + f
	}
	return ""
}

// Lexicon returns the lexicon the extractor was built from.
func (x *Extractor) Lexicon() *lexicon.Lexicon { return x.lx }

// PlaceName returns the display name of a state or organisation code: English when known.
func (x *Extractor) PlaceName(code string) (string, []string, bool) {
	c, ok := x.places[code]
	if !ok {
		return "", nil, false
	}
	names := append(append([]string{}, c.English...), c.Arabic...)
	if len(c.English) > 0 {
		return c.English[0], names, true
	}
	return c.Arabic[0], names, true
}

// personEntity builds the entity of a gazetteer person.
func (x *Extractor) personEntity(i int) readout.Entity {
	p := x.people[i]
	e := readout.Entity{ID: p.ID, Kind: readout.Person, Name: p.English[0], Wikidata: p.Wikidata, Positions: p.Positions}
	e.AddNames(p.English...)
	e.AddNames(p.Arabic...)
	e.AddNames(p.Short...)
	if n := len(p.Positions); n > 0 {
		e.Country = p.Positions[n-1].Country
	}
	return e
}
