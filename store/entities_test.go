package store

import (
	"reflect"
	"slices"
	"testing"

	"readout"
)

// entityStore holds the test people and France.
func entityStore(t *testing.T) *Store {
	s := newStore(t)
	putEntities(t, s, "macron", "putin", "xi", "salman", "mbs", "mbz", "france")
	return s
}

// TestEntityRoundTrip checks that stored entities read back whole, in the order asked, with
// nil for a missing one, and that Entity of a missing ID is NotFound.
func TestEntityRoundTrip(t *testing.T) {
	s := entityStore(t)
	got, err := s.Entity(id("putin"))
	if err != nil {
		t.Fatal(err)
	}
	if want := people["putin"]; !reflect.DeepEqual(*got, want) {
		t.Errorf("Entity = %+v, want %+v", *got, want)
	}
	if _, err := s.Entity("Q0"); readout.KindOf(err) != readout.NotFound {
		t.Errorf("Entity(Q0) error %v, want NotFound", err)
	}
	es, err := s.Entities([]string{id("xi"), "Q0", "FR"})
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 3 || es[0] == nil || es[0].ID != id("xi") || es[1] != nil || es[2] == nil || es[2].Name != "France" {
		t.Errorf("Entities = %+v, want Xi, nil, France", es)
	}
}

// TestPutEntityPoolsNames checks that storing a known entity again adds its new names (sorted,
// no repeats) and keeps what it had, and that the new name is found.
func TestPutEntityPoolsNames(t *testing.T) {
	s := entityStore(t)
	more := people["macron"]
	more.Names = []string{"Macron", "ماكرون"}
	more.Country = ""
	if _, err := s.PutDocument(Put{Document: document("more.txt", "more", ""), Entities: []readout.Entity{more}}); err != nil {
		t.Fatal(err)
	}
	e, err := s.Entity(id("macron"))
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Emmanuel Macron", "Macron", "ماكرون"}; !slices.Equal(e.Names, want) {
		t.Errorf("names %q, want %q", e.Names, want)
	}
	if e.Country != "FR" || e.Name != "Emmanuel Macron" {
		t.Errorf("country %q name %q, want FR, Emmanuel Macron", e.Country, e.Name)
	}
	if ids, _ := s.EntitiesNamed("macron"); !slices.Equal(ids, []string{id("macron")}) {
		t.Errorf("EntitiesNamed(macron) = %v after adding the alias", ids)
	}
	if _, _, entities := s.Counts(); entities != 7 {
		t.Errorf("%d entities, want 7", entities)
	}
}

// TestEntitiesNamed checks name lookup: full names and aliases in any case and script first,
// else the words (three letters or more) of names of several words.
func TestEntitiesNamed(t *testing.T) {
	s := entityStore(t)
	tests := []struct {
		name string
		want []string
	}{
		{"Vladimir Putin", []string{id("putin")}},
		{"VLADIMIR PUTIN", []string{id("putin")}},
		{"بوتين", []string{id("putin")}},
		{"Putin", []string{id("putin")}},
		{"vladimir", []string{id("putin")}},
		{"Jinping", []string{id("xi")}},
		{"Xi", nil},
		{"mohammed", []string{id("mbz"), id("mbs")}},
		{"bin", []string{id("mbz"), id("salman"), id("mbs")}},
		{"Salman", []string{id("salman")}}, // the exact name wins over the word of MBS's name
		{"فرنسا", []string{"FR"}},
		{"Putin Vladimir", nil},
		{"nobody", nil},
		{"", nil},
	}
	for _, tt := range tests {
		got, err := s.EntitiesNamed(tt.name)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("EntitiesNamed(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestSearchEntities checks search by the start of a name or of one of its words: exact names
// first, at most limit results, nothing for a string inside a word.
func TestSearchEntities(t *testing.T) {
	s := entityStore(t)
	tests := []struct {
		name  string
		limit int
		want  []string
	}{
		{"vlad", 10, []string{id("putin")}},
		{"Pu", 10, []string{id("putin")}},
		{"ماك", 10, []string{id("macron")}},
		{"Salman", 10, []string{id("salman"), id("mbs")}},
		{"moh", 10, []string{id("mbs"), id("mbz")}},
		{"moh", 1, []string{id("mbs")}},
		{"bin s", 10, []string{id("mbs"), id("salman")}}, // words in any order: Salman bin …
		{"tin", 10, nil},
		{"jinping", 10, []string{id("xi")}},
		{"", 10, nil},
	}
	for _, tt := range tests {
		es, err := s.SearchEntities(tt.name, tt.limit)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range es {
			got = append(got, e.ID)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("SearchEntities(%q, %d) = %v, want %v", tt.name, tt.limit, got, tt.want)
		}
	}
}

// TestSearchEntitiesWordsInAnyOrder checks the documented rule for names of several words: a
// name matches when it contains each of them as a word start, in any order.
func TestSearchEntitiesWordsInAnyOrder(t *testing.T) {
	s := entityStore(t)
	for _, q := range []string{"Putin Vladimir", "salman moh"} {
		es, err := s.SearchEntities(q, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(es) == 0 {
			t.Errorf("SearchEntities(%q) found nothing", q)
		}
	}
}
