package loader

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
	"time"

	"readout"
)

// Result is what one article yields: its contacts, each with one source per passage that reports
// it, and the entities they involve.
type Result struct {
	Contacts []readout.Contact
	Entities []readout.Entity
}

// doc is the state of one extraction: the article's normalised text, its tokens, the lexicon
// matches and what has been found so far.
type doc struct {
	x         *Extractor
	d         *readout.Document
	n         Normalised
	toks      []Token
	at        []*Match // at[i]: the lexicon phrase starting at token i, or nil
	covered   []bool   // token i is inside a lexicon phrase
	body      []bool   // token i belongs to the article, not to page furniture
	dates     []*dateExpr
	sents     []span // the article's sentences, once found
	resolved  []resolvedDate
	mentions  []*mention
	mentioned []bool           // token i lies inside a mention
	local     map[string][]int // surnames seen in full names in this article -> gazetteer people
	pub       time.Time
	// carried: the subject of the sentence just before, which a verb with no subject of its own
	// and an object marked by مع or بـ takes (وبعد لقاء جمعه أمس مع نظيره العراقي)
	carried *chain
	// chronicle[i]: the index in resolved of the day line a timeline sets above token i, or -1;
	// nil when the text is no timeline (see chronicle.go)
	chronicle []int
}

// Extract finds the contacts an article reports.
func (x *Extractor) Extract(d *readout.Document) Result {
	dc := x.prepare(d)
	dc.findMentions()
	dc.parseDates()
	return dc.findContacts()
}

// prepare normalises and tokenises the text, matches the lexicon and marks the article body.
func (x *Extractor) prepare(d *readout.Document) *doc {
	dc := &doc{x: x, d: d, n: Normalise(d.Text), pub: d.Published}
	dc.toks = Tokenise(dc.n.Text)
	dc.at = make([]*Match, len(dc.toks))
	dc.covered = make([]bool, len(dc.toks))
	for _, m := range x.phrases.scan(dc.toks, x.cliticReadings) {
		m := m
		dc.at[m.From] = &m
		for i := m.From; i < m.To; i++ {
			dc.covered[i] = true
		}
	}
	dc.markHomographs()
	dc.markBody()
	return dc
}

// pronounHomographs are honorifics ending in the pronoun ه that the fold of ة makes one with
// another word: شقيقه (his brother, as monarchs address each other) and شقيقة (sister).
var pronounHomographs = map[string]bool{"شقيقه": true}

// markHomographs drops the honorific reading of a word written with ة where the honorific
// ends in the pronoun ه: شقيقة الزعيم الكوري is his sister, not "his brother the leader".
func (d *doc) markHomographs() {
	for i, m := range d.at {
		if m == nil || m.To != i+1 || !m.Has(ItemHonorific) || !pronounHomographs[strings.TrimPrefix(d.toks[i].Text, m.Clitic)] ||
			!strings.HasSuffix(d.spelledAt(i), "ة") {
			continue
		}
		kept := *m
		kept.Items = slices.DeleteFunc(slices.Clone(m.Items), func(it Item) bool { return it.Kind == ItemHonorific })
		d.at[i] = &kept
	}
}

// match returns the lexicon phrase starting at token i, or nil (also past the end).
func (d *doc) match(i int) *Match {
	if i < 0 || i >= len(d.at) {
		return nil
	}
	return d.at[i]
}

// original returns the original text of tokens [from, to).
func (d *doc) original(from, to int) string {
	if from >= to {
		return ""
	}
	a, b := d.n.Span(d.toks[from].Start, d.toks[to-1].End)
	return d.d.Text[a:b]
}

// Hash returns the hex SHA-256 of a text, the content key of documents.
func Hash(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:])
}
