package loader

import (
	"strings"
)

// ItemKind is what a lexicon phrase names.
type ItemKind uint8

// The kinds of lexicon item a phrase can match.
const (
	ItemPerson       ItemKind = iota + 1 // Ref: index into Extractor.people
	ItemCountry                          // Code: a state's name
	ItemDemonym                          // Code: a state's or organisation's adjective (الروسي)
	ItemPlace                            // Code: a capital or seat of power used for the state
	ItemOrg                              // Code: an organisation's name
	ItemOfficeDef                        // Ref: index into offices; followed by a demonym
	ItemOfficeCons                       // Ref: index into offices; followed by a state's name
	ItemOfficeOwn                        // Ref: index into offices; with a possessive (وزير خارجيتها)
	ItemOfficePlural                     // Ref: index into offices; holders in several states
	ItemHonorific                        //
	ItemTrigger                          // Ref: index into triggers
	ItemCue                              // Code: the cue kind
	ItemTopic                            // Ref: index into topics
	ItemMonth                            // Ref: 1-12
	ItemHijriMonth                       // Ref: 1-12
	ItemWeekday                          // Ref: 0-6
	ItemRelative                         // Ref: the relative code of calendar.txt
	ItemOrdinal                          // Ref: 1-31, a day of the month written as an ordinal
	ItemRegion                           // Code: a region whose government acts for the state abroad (كيبيك)
)

// Item is one meaning of a lexicon phrase.
type Item struct {
	Kind  ItemKind
	Ref   int
	Code  string
	Short bool // for ItemPerson: a short name (surname alone)
}

// trieNode is one token of a phrase trie; items are the meanings of the phrase ending here.
type trieNode struct {
	next  map[string]*trieNode
	items []Item
}

func (n *trieNode) child(tok string) *trieNode {
	if n.next == nil {
		return nil
	}
	return n.next[tok]
}

// phraseTrie maps token sequences (normalised) to items.
type phraseTrie struct{ root trieNode }

// add files item under phrase, which is normalised and tokenised the way article text is.
// Phrases that normalise to nothing are ignored.
func (t *phraseTrie) add(phrase string, item Item) {
	toks := Tokenise(Normalise(phrase).Text)
	if len(toks) == 0 {
		return
	}
	n := &t.root
	for _, tok := range toks {
		if n.next == nil {
			n.next = map[string]*trieNode{}
		}
		c := n.next[tok.Text]
		if c == nil {
			c = &trieNode{}
			n.next[tok.Text] = c
		}
		n = c
	}
	for _, it := range n.items {
		if it == item {
			return
		}
	}
	n.items = append(n.items, item)
}

// Match is a lexicon phrase found in a text: tokens [From, To) with its meanings. Clitic is a
// proclitic the first token carried (و, ف, ب, ل, ك or a combination), "" when none.
type Match struct {
	From, To int
	Items    []Item
	Clitic   string
}

// Has reports whether the match has an item of kind k.
func (m *Match) Has(k ItemKind) bool {
	_, ok := m.Item(k)
	return ok
}

// Item returns the first item of kind k.
func (m *Match) Item(k ItemKind) (Item, bool) {
	for _, it := range m.Items {
		if it.Kind == k {
			return it, true
		}
	}
	return Item{}, false
}

// longest finds the longest phrase starting at toks[i], trying the token as written first and
// then without each proclitic it may carry. It returns the match and whether there was one.
func (t *phraseTrie) longest(toks []Token, i int, readings func(string) []cliticReading) (Match, bool) {
	best := Match{}
	for _, c := range readings(toks[i].Text) {
		n := t.root.child(c.stem)
		if n == nil {
			continue
		}
		end, items := 0, []Item(nil)
		if len(n.items) > 0 {
			end, items = i+1, n.items
		}
		for j := i + 1; j < len(toks) && n != nil; j++ {
			next := n.child(toks[j].Text)
			if next == nil && toks[j].Text == "-" && j+1 < len(toks) && toks[j+1].Kind == Word {
				// كيم جونغ-أون، مون جي-إن: a hyphen inside a name stands for a space
				j++
				next = n.child(toks[j].Text)
			}
			if n = next; n != nil && len(n.items) > 0 {
				end, items = j+1, n.items
			}
		}
		if end > best.To {
			best = Match{From: i, To: end, Items: items, Clitic: c.clitic}
		}
	}
	return best, best.To > 0
}

// Stems returns the words w may be read as once its proclitics are taken off (وبالرئيس →
// بالرئيس, الرئيس), without w itself.
func Stems(w string) []string {
	var out []string
	for _, r := range splitClitics(w) {
		if r.clitic != "" {
			out = append(out, r.stem)
		}
	}
	return out
}

// cliticReading is one way to read a word: its stem and the proclitics taken off.
type cliticReading struct{ clitic, stem string }

// cliticReadings returns the readings of a word: as written, and without the conjunctions و/ف,
// the prepositions ب/ل/ك, and لل (ل + ال, whose alef is dropped in writing), alone or combined.
// A stem keeps at least two letters.
func (x *Extractor) cliticReadings(w string) []cliticReading {
	if x.whole[w] {
		return []cliticReading{{"", w}}
	}
	return splitClitics(w)
}

// splitClitics returns every reading of w, ignoring the list of whole words.
func splitClitics(w string) []cliticReading {
	out := []cliticReading{{"", w}}
	rest, conj := w, ""
	for _, c := range []string{"و", "ف"} {
		if strings.HasPrefix(w, c) && len(w) >= len(c)+4 {
			conj, rest = c, w[len(c):]
			out = append(out, cliticReading{conj, rest})
			break
		}
	}
	// لل is ل before the article (للرئيس) or before a stem that starts with ل (للقاء)
	if strings.HasPrefix(rest, "لل") && len(rest) >= 8 {
		out = append(out, cliticReading{conj + "ل", "ال" + rest[len("لل"):]})
	}
	if hasAnyPrefix(rest, "ب", "ل", "ك") && len(rest) >= 6 {
		out = append(out, cliticReading{conj + rest[:2], rest[2:]})
	}
	return out
}

func hasAnyPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// scan matches the lexicon greedily left to right: at each token the longest phrase wins and
// matching resumes after it. Tokens no phrase covers are left out.
func (t *phraseTrie) scan(toks []Token, readings func(string) []cliticReading) []Match {
	var out []Match
	for i := 0; i < len(toks); {
		if toks[i].Kind == Word || toks[i].Kind == Punct {
			if m, ok := t.longest(toks, i, readings); ok {
				out = append(out, m)
				i = m.To
				continue
			}
		}
		i++
	}
	return out
}

func hasAnySuffix(s string, suffixes ...string) bool {
	for _, p := range suffixes {
		if strings.HasSuffix(s, p) {
			return true
		}
	}
	return false
}
