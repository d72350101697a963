package store

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	badger "github.com/dgraph-io/badger/v4"

	"readout"
)

// now is the time the test stores see, moved on by tests that need a later load.
var now = time.Date(2025, 7, 2, 9, 30, 15, 500, time.UTC)

// newStore is an in-memory store with a lower-casing name normaliser and a fixed clock, closed
// when the test ends.
func newStore(t *testing.T) *Store {
	t.Helper()
	s, err := Open("")
	if err != nil {
		t.Fatal(err)
	}
	s.Key = strings.ToLower
	s.Now = func() time.Time { return now }
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Error(err)
		}
	})
	return s
}

// The people and states of the tests; names are sorted as Entity.Names requires.
var people = map[string]readout.Entity{
	"macron":  {ID: "Q3052772", Kind: readout.Person, Name: "Emmanuel Macron", Names: []string{"Emmanuel Macron", "ماكرون"}, Country: "FR", Wikidata: "Q3052772"},
	"putin":   {ID: "Q7747", Kind: readout.Person, Name: "Vladimir Putin", Names: []string{"Vladimir Putin", "بوتين"}, Country: "RU", Wikidata: "Q7747"},
	"xi":      {ID: "Q15031", Kind: readout.Person, Name: "Xi Jinping", Names: []string{"Xi Jinping"}, Country: "CN", Wikidata: "Q15031"},
	"erdogan": {ID: "Q39259", Kind: readout.Person, Name: "Recep Tayyip Erdoğan", Names: []string{"Recep Tayyip Erdoğan", "أردوغان"}, Country: "TR", Wikidata: "Q39259"},
	"lavrov":  {ID: "Q163511", Kind: readout.Person, Name: "Sergey Lavrov", Names: []string{"Sergey Lavrov"}, Country: "RU", Wikidata: "Q163511"},
	"barrot":  {ID: "Q3166919", Kind: readout.Person, Name: "Jean-Noël Barrot", Names: []string{"Jean-Noël Barrot"}, Country: "FR", Wikidata: "Q3166919"},
	"salman":  {ID: "Q367825", Kind: readout.Person, Name: "Salman of Saudi Arabia", Names: []string{"Salman", "Salman bin Abdulaziz"}, Country: "SA"},
	"mbs":     {ID: "Q6892412", Kind: readout.Person, Name: "Mohammed bin Salman", Names: []string{"Mohammed bin Salman"}, Country: "SA"},
	"mbz":     {ID: "Q1142417", Kind: readout.Person, Name: "Mohamed bin Zayed", Names: []string{"Mohammed bin Zayed"}, Country: "AE"},
	"france":  {ID: "FR", Kind: readout.Country, Name: "France", Names: []string{"France", "فرنسا"}, Country: "FR"},
}

// id is the entity ID of a test person.
func id(name string) string { return people[name].ID }

// link is a contact between test people (given by name), without sources.
func link(mode readout.Mode, status readout.Status, d readout.Date, names ...string) readout.Contact {
	c := readout.Contact{Mode: mode, Status: status, Date: d}
	for _, n := range names {
		c.Participants = append(c.Participants, readout.Participant{Entity: id(n), Country: people[n].Country})
	}
	return c
}

// document is a document with its text's hash, published on pub ("" for unknown).
func document(docID, text, pub string) *readout.Document {
	h := sha256.Sum256([]byte(text))
	d := &readout.Document{ID: docID, Title: "title of " + docID, Outlet: "outlet", Lang: "ar", Text: text, Hash: hex.EncodeToString(h[:])}
	if pub != "" {
		d.Published = civil(pub)
	}
	return d
}

// put stores a document reporting contacts, each given a source in the document, with the
// entities they name, and returns whether the store changed.
func put(t *testing.T, s *Store, doc *readout.Document, cs ...readout.Contact) bool {
	t.Helper()
	p := Put{Document: doc}
	seen := map[string]bool{}
	for i, c := range cs {
		c.Sources = []readout.Source{{Document: doc.ID, Evidence: fmt.Sprintf("sentence %d", i), Start: 100 * i, End: 100*i + 50}}
		p.Contacts = append(p.Contacts, c)
		for _, part := range c.Participants {
			for _, e := range people {
				if e.ID == part.Entity && !seen[e.ID] {
					seen[e.ID] = true
					p.Entities = append(p.Entities, e)
				}
			}
		}
	}
	slices.SortFunc(p.Entities, func(a, b readout.Entity) int { return strings.Compare(a.ID, b.ID) })
	changed, err := s.PutDocument(p)
	if err != nil {
		t.Fatalf("PutDocument(%s): %v", doc.ID, err)
	}
	return changed
}

// putEntities stores entities (by test name) through a document that reports no contact.
func putEntities(t *testing.T, s *Store, names ...string) {
	t.Helper()
	p := Put{Document: document("entities-"+strings.Join(names, "-"), strings.Join(names, " "), "")}
	for _, n := range names {
		p.Entities = append(p.Entities, people[n])
	}
	if _, err := s.PutDocument(p); err != nil {
		t.Fatal(err)
	}
}

// labels names contacts by the document of their first source.
func labels(cs []readout.Contact) []string {
	out := []string{}
	for _, c := range cs {
		out = append(out, c.Sources[0].Document)
	}
	return out
}

// dump returns every key and value in the store.
func dump(t *testing.T, s *Store) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := s.db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.DefaultIteratorOptions)
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			v, err := it.Item().ValueCopy(nil)
			if err != nil {
				return err
			}
			out[string(it.Item().Key())] = string(v)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// day is the Day date of a YYYY-MM-DD string.
func day(s string) readout.Date { return readout.DayDate(civil(s), "") }

// month is the Month date of a YYYY-MM string.
func month(s string) readout.Date {
	t := civil(s + "-01")
	return readout.MonthDate(t.Year(), t.Month(), "")
}

// span is the Range date between two YYYY-MM-DD days, "" leaving a side open.
func span(start, end string) readout.Date {
	var a, b time.Time
	if start != "" {
		a = civil(start)
	}
	if end != "" {
		b = civil(end)
	}
	return readout.Date{Start: a, End: b, Granularity: readout.Range}
}
