package store

import (
	"errors"
	"slices"
	"testing"

	"readout"
)

// graphStore holds eight contacts, each reported by its own document named after it:
//
//	c1 Macron–Putin  phone   occurred 2025-07-01 (topic ukraine)
//	c2 Macron–Putin  phone   occurred 2022-09
//	c3 Macron–Xi     meeting occurred 2024-05-06
//	c4 Putin–Xi      video   occurred 2025-05-08
//	c5 Macron–Putin  visit   planned  2025-09
//	c6 Erdoğan–Putin phone   occurred on or before 2025-03-01 (undated)
//	c7 Lavrov–Barrot phone   occurred 2025-06-01 (France and Russia, other people)
//	c8 Erdoğan–Xi    talks   occurred 2025-07-01..2025-07-02
func graphStore(t *testing.T) *Store {
	s := newStore(t)
	c1 := link(readout.Phone, readout.Occurred, day("2025-07-01"), "macron", "putin")
	c1.Topics = []string{"ukraine"}
	put(t, s, document("c1", "c1", "2025-07-02"), c1)
	put(t, s, document("c2", "c2", "2022-10-01"), link(readout.Phone, readout.Occurred, month("2022-09"), "macron", "putin"))
	put(t, s, document("c3", "c3", "2024-05-07"), link(readout.Meeting, readout.Occurred, day("2024-05-06"), "macron", "xi"))
	put(t, s, document("c4", "c4", "2025-05-09"), link(readout.Video, readout.Occurred, day("2025-05-08"), "putin", "xi"))
	put(t, s, document("c5", "c5", "2025-07-03"), link(readout.Visit, readout.Planned, month("2025-09"), "macron", "putin"))
	put(t, s, document("c6", "c6", "2025-03-01"), link(readout.Phone, readout.Occurred, span("", "2025-03-01"), "erdogan", "putin"))
	put(t, s, document("c7", "c7", "2025-06-02"), link(readout.Phone, readout.Occurred, day("2025-06-01"), "lavrov", "barrot"))
	put(t, s, document("c8", "c8", "2025-07-03"), link(readout.Talks, readout.Occurred, span("2025-07-01", "2025-07-02"), "erdogan", "xi"))
	return s
}

// TestContactsFilters checks that each filter, read through each index (two people, one
// person, two states, one state, none), returns the contacts it admits, newest first by the
// first day their date allows, contacts of unknown date last.
func TestContactsFilters(t *testing.T) {
	s := graphStore(t)
	macron, putin, xi, erdogan := id("macron"), id("putin"), id("xi"), id("erdogan")
	tests := []struct {
		name string
		f    Filter
		want []string
	}{
		{"everything", Filter{}, []string{"c5", "c8", "c1", "c7", "c4", "c3", "c2", "c6"}},
		{"two people", Filter{Participants: []string{macron, putin}}, []string{"c5", "c1", "c2"}},
		{"two people the other way", Filter{Participants: []string{putin, macron}}, []string{"c5", "c1", "c2"}},
		{"one person", Filter{Participants: []string{putin}}, []string{"c5", "c1", "c4", "c2", "c6"}},
		{"one person, other", Filter{Participants: []string{xi}}, []string{"c8", "c4", "c3"}},
		{"two states", Filter{Countries: []string{"RU", "FR"}}, []string{"c5", "c1", "c7", "c2"}},
		{"one state", Filter{Countries: []string{"CN"}}, []string{"c8", "c4", "c3"}},
		{"one state, undated last", Filter{Countries: []string{"TR"}}, []string{"c8", "c6"}},
		{"person and state", Filter{Participants: []string{putin}, Countries: []string{"CN"}}, []string{"c4"}},
		{"person and absent state", Filter{Participants: []string{macron}, Countries: []string{"TR"}}, []string{}},
		{"unknown person", Filter{Participants: []string{"Q0"}}, []string{}},
		{"two people apart", Filter{Participants: []string{macron, erdogan}}, []string{}},
		{"mode", Filter{Mode: readout.Video}, []string{"c4"}},
		{"mode on a person", Filter{Participants: []string{putin}, Mode: readout.Phone}, []string{"c1", "c2", "c6"}},
		{"status", Filter{Status: readout.Planned}, []string{"c5"}},
		{"status on two people", Filter{Participants: []string{macron, putin}, Status: readout.Occurred}, []string{"c1", "c2"}},
		{"topic", Filter{Topic: "ukraine"}, []string{"c1"}},
		{"topic nobody has", Filter{Topic: "gaza"}, []string{}},
		{"date range", Filter{From: civil("2025-01-01"), To: civil("2025-06-30")}, []string{"c7", "c4"}},
		{"range inside a month", Filter{From: civil("2022-09-15"), To: civil("2022-09-20")}, []string{"c2"}},
		{"until", Filter{To: civil("2024-12-31")}, []string{"c3", "c2"}},
		{"until a start day", Filter{To: civil("2025-07-01")}, []string{"c8", "c1", "c7", "c4", "c3", "c2"}},
		{"from", Filter{From: civil("2025-07-02")}, []string{"c5", "c8"}},
		{"from on two people", Filter{Participants: []string{macron, putin}, From: civil("2025-01-01")}, []string{"c5", "c1"}},
		{"undated excluded by a range", Filter{Participants: []string{erdogan, putin}, To: civil("2025-12-31")}, []string{}},
	}
	for _, tt := range tests {
		page, err := s.Contacts(tt.f, 20, "")
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if got := labels(page.Contacts); !slices.Equal(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
		if page.HasNext || len(page.Cursors) != len(page.Contacts) {
			t.Errorf("%s: HasNext %v with %d cursors for %d contacts", tt.name, page.HasNext, len(page.Cursors), len(page.Contacts))
		}
		for _, c := range page.Contacts {
			if !tt.f.Match(&c) {
				t.Errorf("%s: returned %s, which the filter does not match", tt.name, c.Sources[0].Document)
			}
		}
	}
}

// TestContactsLongRange checks that a date range finds a contact whose interval meets it even
// when the interval starts more than a year before the range.
func TestContactsLongRange(t *testing.T) {
	s := newStore(t)
	put(t, s, document("long", "long", ""), link(readout.Talks, readout.Occurred, span("2022-01-01", "2024-12-31"), "macron", "putin"))
	put(t, s, document("old", "old", ""), link(readout.Phone, readout.Occurred, day("2021-03-01"), "macron", "putin"))
	for _, f := range []Filter{
		{From: civil("2024-06-01")},
		{From: civil("2024-06-01"), Participants: []string{id("putin")}},
	} {
		page, err := s.Contacts(f, 10, "")
		if err != nil {
			t.Fatal(err)
		}
		if got := labels(page.Contacts); !slices.Equal(got, []string{"long"}) {
			t.Errorf("Contacts(from %s) = %v, want [long]", f.From.Format("2006-01-02"), got)
		}
	}
}

// TestContactsPagination checks that following the cursors page by page gives every contact
// once, in the order of a single page, with HasNext on every page but the last.
func TestContactsPagination(t *testing.T) {
	s := graphStore(t)
	filters := []Filter{
		{},
		{Participants: []string{id("putin")}},
		{Countries: []string{"FR", "RU"}},
		{To: civil("2025-07-01")},
		{Mode: readout.Phone},
	}
	for _, f := range filters {
		all, err := s.Contacts(f, 100, "")
		if err != nil {
			t.Fatal(err)
		}
		want := labels(all.Contacts)
		for size := 1; size <= len(want)+1; size++ {
			var got []string
			after := ""
			for pages := 0; ; pages++ {
				if pages > len(want)+1 {
					t.Fatalf("filter %+v, size %d: the pages do not end", f, size)
				}
				page, err := s.Contacts(f, size, after)
				if err != nil {
					t.Fatal(err)
				}
				if len(page.Contacts) > size {
					t.Errorf("filter %+v: page of %d contacts for size %d", f, len(page.Contacts), size)
				}
				got = append(got, labels(page.Contacts)...)
				if !page.HasNext {
					break
				}
				if len(page.Cursors) == 0 {
					t.Fatalf("filter %+v, size %d: HasNext without a cursor", f, size)
				}
				after = page.Cursors[len(page.Cursors)-1]
			}
			if !slices.Equal(got, want) {
				t.Errorf("filter %+v, pages of %d: %v, want %v", f, size, got, want)
			}
		}
	}
}

// TestContactsBadCursor checks that a cursor that is not one of ours is an Invalid error.
func TestContactsBadCursor(t *testing.T) {
	s := graphStore(t)
	if _, err := s.Contacts(Filter{}, 10, "not a cursor!"); readout.KindOf(err) != readout.Invalid {
		t.Errorf("error %v, want Invalid", err)
	}
}

// TestLast checks that Last returns the newest contact a filter admits, an undated one only
// when no dated one passes, and nil when none does.
func TestLast(t *testing.T) {
	s := graphStore(t)
	macron, putin, erdogan := id("macron"), id("putin"), id("erdogan")
	tests := []struct {
		name string
		f    Filter
		want string // "" for none
	}{
		{"two people", Filter{Participants: []string{macron, putin}}, "c5"},
		{"two people, occurred", Filter{Participants: []string{putin, macron}, Status: readout.Occurred}, "c1"},
		{"two people, phone until 2025", Filter{Participants: []string{macron, putin}, Mode: readout.Phone, To: civil("2024-12-31")}, "c2"},
		{"undated only", Filter{Participants: []string{erdogan, putin}}, "c6"},
		{"two states", Filter{Countries: []string{"FR", "RU"}, Status: readout.Occurred}, "c1"},
		{"everything", Filter{}, "c5"},
		{"none", Filter{Participants: []string{macron, erdogan}}, ""},
		{"none in range", Filter{Participants: []string{erdogan, putin}, From: civil("2025-01-01")}, ""},
	}
	for _, tt := range tests {
		c, err := s.Last(tt.f)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		got := ""
		if c != nil {
			got = c.Sources[0].Document
		}
		if got != tt.want {
			t.Errorf("%s: Last = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestEachContact checks that EachContact visits every contact oldest first (open start first,
// then by first and last day) and stops at the first error of its callback, returning it.
func TestEachContact(t *testing.T) {
	s := graphStore(t)
	var got []string
	err := s.EachContact(func(c *readout.Contact) error {
		got = append(got, c.Sources[0].Document)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"c6", "c2", "c3", "c4", "c7", "c1", "c8", "c5"}; !slices.Equal(got, want) {
		t.Errorf("EachContact visits %v, want %v", got, want)
	}
	stop := errors.New("stop")
	n := 0
	err = s.EachContact(func(*readout.Contact) error {
		if n++; n == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 3 {
		t.Errorf("EachContact returned %v after %d calls, want stop after 3", err, n)
	}
}

// TestContactByID checks that a contact read by its ID is the one the timelines return.
func TestContactByID(t *testing.T) {
	s := graphStore(t)
	last, err := s.Last(Filter{Participants: []string{id("putin"), id("xi")}})
	if err != nil || last == nil {
		t.Fatalf("Last = %v, %v", last, err)
	}
	c, err := s.Contact(last.ID)
	if err != nil {
		t.Fatal(err)
	}
	if c.ID != last.ID || c.Mode != readout.Video || c.Date.String() != "2025-05-08" || !slices.Equal(c.Countries(), []string{"CN", "RU"}) {
		t.Errorf("Contact(%s) = %+v", last.ID, c)
	}
	if _, err := s.Contact("c0000000000000000"); readout.KindOf(err) != readout.NotFound {
		t.Errorf("Contact(missing) error %v, want NotFound", err)
	}
}

// TestCounts checks the numbers of documents, contacts and entities, before and after loading.
func TestCounts(t *testing.T) {
	if docs, contacts, entities := newStore(t).Counts(); docs != 0 || contacts != 0 || entities != 0 {
		t.Errorf("empty store counts %d, %d, %d", docs, contacts, entities)
	}
	docs, contacts, entities := graphStore(t).Counts()
	if docs != 8 || contacts != 8 || entities != 6 {
		t.Errorf("Counts = %d documents, %d contacts, %d entities; want 8, 8, 6", docs, contacts, entities)
	}
}
