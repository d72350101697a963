package graph

import (
	"testing"

	"readout"
	"readout/store"
)

// Two people of hand-made reports, stored as the extractor would store them.
var (
	testMacron = readout.Entity{ID: "Q3052772", Kind: readout.Person, Name: "Emmanuel Macron", Country: "FR", Wikidata: "Q3052772"}
	testPutin  = readout.Entity{ID: "Q7747", Kind: readout.Person, Name: "Vladimir Putin", Country: "RU", Wikidata: "Q7747"}
)

// report is one document's report of a Macron-Putin call on date, with the given claims and
// source fingerprint.
type report struct {
	doc, outlet, key string
	date             readout.Date
	claims           []readout.Claim
}

// put stores each report as a document of its own, as a load would.
func put(t *testing.T, f *fixture, reports ...report) {
	t.Helper()
	for _, r := range reports {
		text := "report " + r.doc
		c := readout.Contact{Mode: readout.Phone, Status: readout.Occurred, Date: r.date,
			Participants: []readout.Participant{{Entity: testMacron.ID, Country: "FR"}, {Entity: testPutin.ID, Country: "RU"}},
			Sources:      []readout.Source{{Document: r.doc, Evidence: text, Start: 0, End: len(text), Key: r.key}}}
		for _, cl := range r.claims {
			cl.Documents = []string{r.doc}
			c.Claims = append(c.Claims, cl)
		}
		doc := &readout.Document{ID: r.doc, Outlet: r.outlet, Text: text, Hash: r.doc}
		if _, err := f.store.PutDocument(store.Put{Document: doc, Contacts: []readout.Contact{c}, Entities: []readout.Entity{testMacron, testPutin}}); err != nil {
			t.Fatal(err)
		}
	}
}

// july1 is the day of the hand-made calls.
var july1 = readout.DayDate(readout.CivilDay(2025, 7, 1), "")

// TestDisputed checks that a contact is disputed when its sources claim values that cannot both
// be true (two callers, durations far apart), and not for close durations or several topics.
func TestDisputed(t *testing.T) {
	claim := func(field, value string) readout.Claim {
		return readout.Claim{Field: field, Value: value, Basis: value}
	}
	tests := []struct {
		name     string
		a, b     readout.Claim
		disputed bool
	}{
		{"two callers", claim("initiator", "FR"), claim("initiator", "RU"), true},
		{"one caller", claim("initiator", "FR"), claim("initiator", "FR"), false},
		{"an hour and two", claim("duration", "60"), claim("duration", "120"), true},
		{"an hour and seventy minutes", claim("duration", "60"), claim("duration", "70"), false},
		{"two topics", claim("topic", "ukraine"), claim("topic", "iran"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, "", true)
			put(t, f, report{doc: "a", date: july1, claims: []readout.Claim{tt.a}}, report{doc: "b", date: july1, claims: []readout.Claim{tt.b}})
			var resp struct{ LastContact *contactJ }
			f.query(t, `{ lastContact(a: "Q7747", b: "Q3052772") { disputed documentCount claims { field value documents { id } } } }`, &resp)
			c := resp.LastContact
			if c == nil || c.DocumentCount != 2 {
				t.Fatalf("contact %+v, want one contact of two documents", c)
			}
			if c.Disputed != tt.disputed {
				t.Errorf("disputed %v, want %v (claims %+v)", c.Disputed, tt.disputed, c.Claims)
			}
		})
	}
}

// TestReportCounts checks documentCount, outletCount and independentReports: two outlets'
// copies of one wire count as two documents and one report; one outlet counts once.
func TestReportCounts(t *testing.T) {
	tests := []struct {
		name                       string
		reports                    []report
		docs, outlets, independent int
	}{
		{"two outlets, two texts", []report{{doc: "a", outlet: "X", key: "k1", date: july1}, {doc: "b", outlet: "Y", key: "k2", date: july1}}, 2, 2, 2},
		{"one outlet, two texts", []report{{doc: "a", outlet: "X", key: "k1", date: july1}, {doc: "b", outlet: "X", key: "k2", date: july1}}, 2, 1, 2},
		{"two outlets, one wire copy", []report{{doc: "a", outlet: "X", key: "k1", date: july1}, {doc: "b", outlet: "Y", key: "k1", date: july1}}, 2, 2, 1},
		{"no outlet known", []report{{doc: "a", date: july1}}, 1, 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, "", true)
			put(t, f, tt.reports...)
			var resp struct{ LastContact *contactJ }
			f.query(t, `{ lastContact(a: "Q7747", b: "Q3052772") { documentCount outletCount independentReports } }`, &resp)
			c := resp.LastContact
			if c == nil || c.DocumentCount != tt.docs || c.OutletCount != tt.outlets || c.IndependentReports != tt.independent {
				t.Errorf("got %+v, want %d documents, %d outlets, %d independent reports", c, tt.docs, tt.outlets, tt.independent)
			}
		})
	}
}

// TestContactsLongInterval checks that a date range keeps a contact whose interval, longer than
// a year, starts well before the range and ends inside it: the schema promises the contacts
// whose date meets [from, to].
func TestContactsLongInterval(t *testing.T) {
	f := newFixture(t, "", true)
	long := readout.RangeDate(readout.CivilDay(2019, 1, 1), readout.CivilDay(2021, 12, 31), "between 2019 and 2021")
	put(t, f, report{doc: "a", date: long})
	for _, args := range []string{
		`from: "2021-06-01", to: "2021-06-30"`,
		`from: "2021-06-01"`,
		`participant: "Q7747", from: "2021-06-01", to: "2021-06-30"`,
		`participant: "Russia", with: "France", from: "2021-06-01"`,
	} {
		var resp struct{ Contacts connJ }
		f.query(t, `{ contacts(`+args+`) { edges { node { date { start end } } } } }`, &resp)
		if len(resp.Contacts.Edges) != 1 {
			t.Errorf("contacts(%s) gave %d contacts, want the 2019-2021 one", args, len(resp.Contacts.Edges))
		}
	}
	var resp struct{ Contacts connJ }
	f.query(t, `{ contacts(from: "2022-01-01") { edges { node { id } } } }`, &resp)
	if len(resp.Contacts.Edges) != 0 {
		t.Errorf("a range after the interval gave %d contacts", len(resp.Contacts.Edges))
	}
}
