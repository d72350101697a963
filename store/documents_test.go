package store

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"readout"
)

// TestPutDocumentRoundTrip checks that a stored document reads back with every field, its load
// time set from the clock (UTC, whole seconds), and that missing documents are NotFound or nil.
func TestPutDocumentRoundTrip(t *testing.T) {
	s := newStore(t)
	a := document("a.txt", "اتصال هاتفي بين ماكرون وبوتين", "2025-07-01")
	a.URL = "https://example.com/a"
	if !put(t, s, a, link(readout.Phone, readout.Occurred, day("2025-07-01"), "macron", "putin")) {
		t.Fatal("PutDocument of a new document reported no change")
	}
	b := document("b.txt", "نص آخر", "")
	put(t, s, b)

	got, err := s.Document("a.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := *a
	want.LoadedAt = time.Date(2025, 7, 2, 9, 30, 15, 0, time.UTC)
	if !reflect.DeepEqual(*got, want) {
		t.Errorf("Document = %+v\nwant %+v", *got, want)
	}
	if _, err := s.Document("missing.txt"); readout.KindOf(err) != readout.NotFound {
		t.Errorf("Document(missing) error %v, want NotFound", err)
	}
	ds, err := s.Documents([]string{"b.txt", "missing.txt", "a.txt", "b.txt"})
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 4 || ds[0] == nil || ds[0].ID != "b.txt" || ds[1] != nil || ds[2] == nil || ds[2].ID != "a.txt" || ds[3] == nil || ds[3].ID != "b.txt" {
		t.Errorf("Documents = %+v, want b.txt, nil, a.txt, b.txt", ds)
	}
	if ds, err := s.Documents(nil); err != nil || len(ds) != 0 {
		t.Errorf("Documents(nil) = %v, %v", ds, err)
	}
}

// TestReports checks that a document's reports are its contacts in order, with their index,
// the document and its publication day, participants sorted by entity ID.
func TestReports(t *testing.T) {
	s := newStore(t)
	doc := document("a.txt", "text", "2025-07-02")
	put(t, s, doc,
		link(readout.Phone, readout.Occurred, day("2025-07-01"), "putin", "macron"),
		link(readout.Meeting, readout.Planned, month("2025-09"), "xi", "putin"))
	rs, err := s.Reports("a.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 2 {
		t.Fatalf("%d reports, want 2", len(rs))
	}
	wantGroups := []string{id("macron") + "+" + id("putin"), id("xi") + "+" + id("putin")}
	if id("xi") > id("putin") {
		wantGroups[1] = id("putin") + "+" + id("xi")
	}
	for i, r := range rs {
		if r.Index != i || r.Document != "a.txt" || !r.Published.Equal(civil("2025-07-02")) {
			t.Errorf("report %d: index %d, document %q, published %v", i, r.Index, r.Document, r.Published)
		}
		if g := r.Contact.GroupKey(); g != wantGroups[i] {
			t.Errorf("report %d: group %q, want %q", i, g, wantGroups[i])
		}
		if len(r.Contact.Sources) != 1 || r.Contact.Sources[0].Document != "a.txt" {
			t.Errorf("report %d: sources %+v", i, r.Contact.Sources)
		}
	}
	if rs[1].Contact.Status != readout.Planned || rs[1].Contact.Date.String() != "2025-09" {
		t.Errorf("second report %s %s, want planned 2025-09", rs[1].Contact.Status, rs[1].Contact.Date)
	}
	if _, err := s.Reports("missing.txt"); readout.KindOf(err) != readout.NotFound {
		t.Errorf("Reports(missing) error %v, want NotFound", err)
	}
}

// TestPutSameDocumentAgain checks that loading a document whose ID and text are stored reports
// false and changes nothing, whatever else the new load carries.
func TestPutSameDocumentAgain(t *testing.T) {
	s := newStore(t)
	put(t, s, document("a.txt", "text", "2025-07-02"), link(readout.Phone, readout.Occurred, day("2025-07-01"), "macron", "putin"))
	before := dump(t, s)

	defer func(saved time.Time) { now = saved }(now)
	now = now.Add(48 * time.Hour)
	again := document("a.txt", "text", "2025-08-01")
	again.Title = "another title"
	if put(t, s, again, link(readout.Video, readout.Occurred, day("2025-05-08"), "xi", "putin")) {
		t.Error("PutDocument of an unchanged document reported a change")
	}
	if after := dump(t, s); !reflect.DeepEqual(after, before) {
		t.Errorf("the store changed: %d keys before, %d after", len(before), len(after))
	}
}

// TestChangedTextReplacesReports checks that a document whose text changed replaces its
// reports: its old contacts and every index entry of them disappear, its load time is kept.
func TestChangedTextReplacesReports(t *testing.T) {
	s := newStore(t)
	v1 := document("a.txt", "version one", "2025-07-02")
	put(t, s, v1,
		link(readout.Phone, readout.Occurred, day("2025-07-01"), "macron", "putin"),
		link(readout.Video, readout.Occurred, day("2025-05-08"), "putin", "xi"))
	var old []string
	if err := s.EachContact(func(c *readout.Contact) error { old = append(old, c.ID); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(old) != 2 {
		t.Fatalf("%d contacts after the first version, want 2", len(old))
	}

	defer func(saved time.Time) { now = saved }(now)
	now = now.Add(48 * time.Hour)
	v2 := document("a.txt", "version two", "2025-08-02")
	if !put(t, s, v2, link(readout.Phone, readout.Occurred, day("2025-08-01"), "erdogan", "putin")) {
		t.Fatal("PutDocument of a changed document reported no change")
	}

	d, err := s.Document("a.txt")
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != "version two" || !d.LoadedAt.Equal(time.Date(2025, 7, 2, 9, 30, 15, 0, time.UTC)) {
		t.Errorf("document %q loaded at %v, want version two loaded at the first load", d.Text, d.LoadedAt)
	}
	rs, err := s.Reports("a.txt")
	if err != nil || len(rs) != 1 || rs[0].Contact.GroupKey() != id("putin")+"+"+id("erdogan") && rs[0].Contact.GroupKey() != id("erdogan")+"+"+id("putin") {
		t.Errorf("reports %+v, %v; want the Erdoğan–Putin call alone", rs, err)
	}
	filters := []Filter{
		{},
		{Participants: []string{id("macron"), id("putin")}},
		{Participants: []string{id("putin"), id("xi")}},
		{Participants: []string{id("macron")}},
		{Participants: []string{id("xi")}},
		{Participants: []string{id("putin")}},
		{Countries: []string{"FR", "RU"}},
		{Countries: []string{"CN"}},
		{Countries: []string{"FR"}},
		{Countries: []string{"RU"}},
	}
	for _, f := range filters {
		page, err := s.Contacts(f, 10, "")
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range page.Contacts {
			if slices.Contains(old, c.ID) || slices.Contains(c.EntityIDs(), id("macron")) || slices.Contains(c.EntityIDs(), id("xi")) {
				t.Errorf("filter %+v still returns an old contact %s %v", f, c.ID, c.EntityIDs())
			}
		}
	}
	if _, contacts, _ := s.Counts(); contacts != 1 {
		t.Errorf("%d contacts, want 1", contacts)
	}
	for _, oldID := range old {
		if _, err := s.Contact(oldID); readout.KindOf(err) != readout.NotFound {
			t.Errorf("Contact(%s) error %v, want NotFound", oldID, err)
		}
	}
	for k := range dump(t, s) {
		for _, oldID := range old {
			if strings.Contains(k, oldID) {
				t.Errorf("key %q of an old contact is left", k)
			}
		}
		if k[0] == kindGroupDoc && (strings.Contains(k, id("macron")) || strings.Contains(k, id("xi"))) ||
			k[0] == kindDocEntity && (strings.HasPrefix(k[1:], id("macron")) || strings.HasPrefix(k[1:], id("xi"))) {
			t.Errorf("index entry %q of an old report is left", k)
		}
	}
}

// TestChangedTextDropsOldHash checks that the hash index no longer names a document for the
// text it replaced.
func TestChangedTextDropsOldHash(t *testing.T) {
	s := newStore(t)
	v1, v2 := document("a.txt", "version one", ""), document("a.txt", "version two", "")
	put(t, s, v1)
	put(t, s, v2)
	keys := dump(t, s)
	if _, ok := keys[string(key(kindHash, v2.Hash, "a.txt"))]; !ok {
		t.Error("no hash entry for the new text")
	}
	if _, ok := keys[string(key(kindHash, v1.Hash, "a.txt"))]; ok {
		t.Error("the replaced text's hash still names a.txt")
	}
}

// TestChangedTextKeepsSharedHash checks that replacing a document's text leaves the hash entry
// of that text when another document (a republished wire copy) still has it.
func TestChangedTextKeepsSharedHash(t *testing.T) {
	s := newStore(t)
	wire := document("a.txt", "the same wire copy", "")
	put(t, s, wire)
	copyB := document("b.txt", "the same wire copy", "")
	put(t, s, copyB)
	put(t, s, document("a.txt", "a.txt rewritten", ""))
	keys := dump(t, s)
	if _, ok := keys[string(key(kindHash, wire.Hash, "b.txt"))]; !ok {
		t.Error("the wire copy lost b.txt's hash entry")
	}
	if _, ok := keys[string(key(kindHash, wire.Hash, "a.txt"))]; ok {
		t.Error("the wire copy's hash still names the rewritten a.txt")
	}
}

// TestChangedTextKeepsOtherSources checks that replacing a document leaves a contact that
// another document also reports, now sourced from that document alone.
func TestChangedTextKeepsOtherSources(t *testing.T) {
	s := newStore(t)
	call := link(readout.Phone, readout.Occurred, day("2025-07-01"), "macron", "putin")
	put(t, s, document("a.txt", "one", ""), call)
	put(t, s, document("b.txt", "two", ""), call)
	last, err := s.Last(Filter{Participants: []string{id("macron"), id("putin")}})
	if err != nil || last == nil || !slices.Equal(last.Documents(), []string{"a.txt", "b.txt"}) {
		t.Fatalf("Last = %+v, %v; want the call reported by a.txt and b.txt", last, err)
	}
	put(t, s, document("a.txt", "one, corrected", ""))
	last, err = s.Last(Filter{Participants: []string{id("macron"), id("putin")}})
	if err != nil || last == nil || !slices.Equal(last.Documents(), []string{"b.txt"}) {
		t.Fatalf("Last = %+v, %v; want the call reported by b.txt alone", last, err)
	}
	if _, contacts, _ := s.Counts(); contacts != 1 {
		t.Errorf("%d contacts, want 1", contacts)
	}
}

// TestPutMergesAcrossDocuments checks that reports of one contact from two documents become
// one contact with the narrower date, whichever document is loaded first.
func TestPutMergesAcrossDocuments(t *testing.T) {
	load := func(order ...string) []readout.Contact {
		s := newStore(t)
		for _, doc := range order {
			d := day("2025-07-01")
			if doc == "month.txt" {
				d = month("2025-07")
			}
			put(t, s, document(doc, "text of "+doc, "2025-07-02"), link(readout.Phone, readout.Occurred, d, "putin", "macron"))
		}
		var out []readout.Contact
		if err := s.EachContact(func(c *readout.Contact) error { out = append(out, *c); return nil }); err != nil {
			t.Fatal(err)
		}
		return out
	}
	ab, ba := load("month.txt", "day.txt"), load("day.txt", "month.txt")
	if len(ab) != 1 || ab[0].Date.String() != "2025-07-01" || !slices.Equal(ab[0].Documents(), []string{"day.txt", "month.txt"}) {
		t.Fatalf("contacts %+v, want one call on 2025-07-01 from both documents", ab)
	}
	if !reflect.DeepEqual(ab, ba) {
		t.Errorf("load order changed the contacts:\n%+v\n%+v", ab, ba)
	}
}

// TestContactOfThree checks that a contact of three people is on the timeline of each pair of
// them and of each pair of their states.
func TestContactOfThree(t *testing.T) {
	s := newStore(t)
	put(t, s, document("summit", "summit", ""), link(readout.Meeting, readout.Occurred, day("2025-07-01"), "xi", "putin", "macron"))
	for _, f := range []Filter{
		{Participants: []string{id("macron"), id("putin")}},
		{Participants: []string{id("xi"), id("putin")}},
		{Participants: []string{id("xi"), id("macron")}},
		{Participants: []string{id("putin"), id("macron"), id("xi")}},
		{Countries: []string{"CN", "FR"}},
		{Countries: []string{"RU", "CN"}},
		{Countries: []string{"FR", "RU"}},
	} {
		if c, err := s.Last(f); err != nil || c == nil || len(c.Participants) != 3 {
			t.Errorf("Last(%+v) = %+v, %v; want the summit", f, c, err)
		}
	}
}
