package main

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"readout"
	"readout/ingest"
	"readout/loader"
	"readout/store"
)

// loadInOrder loads docs into a fresh in-memory store one at a time, in the given order, and
// returns the export.
func loadInOrder(t *testing.T, x *loader.Extractor, docs []*readout.Document) string {
	t.Helper()
	s, err := store.Open("")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s.Key = loader.Key
	p := &ingest.Pipeline{Extractor: x, Store: s, Workers: 1, OnError: func(err error) { t.Error(err) }}
	p.Run(func(visit loader.Visit) {
		for _, d := range docs {
			visit(d, nil)
		}
	})
	var b bytes.Buffer
	if err := exportJSONL(s, &b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func readDocs(t *testing.T, paths ...string) []*readout.Document {
	t.Helper()
	var docs []*readout.Document
	loader.Read(paths, func(d *readout.Document, err error) {
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	})
	return docs
}

// loadInMemory loads documents into a store in memory, closed when the test ends.
func loadInMemory(t *testing.T, docs []*readout.Document) *store.Store {
	t.Helper()
	s, err := store.Open("")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	s.Key = loader.Key
	(&ingest.Pipeline{Extractor: extractor(t), Store: s}).Run(func(visit loader.Visit) {
		for _, d := range docs {
			visit(d, nil)
		}
	})
	return s
}

func extractor(t *testing.T) *loader.Extractor {
	t.Helper()
	var c common
	x, err := c.extractor()
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// TestSeedsAnyOrder loads the seeds in 20 random orders: the exports are identical, because
// reports merge into contacts by a function of the set of reports.
func TestSeedsAnyOrder(t *testing.T) {
	docs := readDocs(t, shared(t, "seeds"))
	x := extractor(t)
	want := loadInOrder(t, x, docs)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 20 {
		order := slices.Clone(docs)
		rng.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
		if got := loadInOrder(t, x, order); got != want {
			t.Fatalf("order %d gives another export:\n%s\n---\n%s", i, got, want)
		}
	}
}

// TestSeedsMergedReports checks the seeds' two main calls as merged contacts: the April 2024
// call of the defence ministers from four articles with France as initiator and its claims,
// and the July 2025 call of the presidents with both duration claims.
func TestSeedsMergedReports(t *testing.T) {
	docs := readDocs(t, shared(t, "seeds"))
	s := loadInMemory(t, docs)
	april, err := s.Last(store.Filter{Participants: []string{"Q32024", "Q20089181"}, Status: readout.Occurred})
	if err != nil || april == nil {
		t.Fatalf("no Shoigu-Lecornu contact: %v", err)
	}
	if got := april.Documents(); len(got) != 4 || april.Date.String() != "2024-04-03" {
		t.Errorf("April 2024 call: %s from %v, want 2024-04-03 from 000, 002, 003, 004", april.Date, got)
	}
	if april.Initiator == nil || april.Initiator.Country != "FR" || april.DurationMinutes != 60 {
		t.Errorf("April 2024 call: initiator %+v, duration %d, want FR and 60", april.Initiator, april.DurationMinutes)
	}
	if !hasClaim(april, readout.ClaimInitiator, "FR", "RU") || !hasClaim(april, readout.ClaimStatus, "denied", "FR") || !april.Disputed() {
		t.Errorf("April 2024 call lacks Moscow's initiator claim or Paris's denial: %+v", april.Claims)
	}
	july, err := s.Last(store.Filter{Participants: []string{"Q7747", "Q3052772"}, Status: readout.Occurred})
	if err != nil || july == nil || july.Date.String() != "2025-07-01" || len(july.Documents()) != 2 {
		t.Fatalf("July 2025 call: %+v, %v", july, err)
	}
	var quals []string
	for _, cl := range july.Claims {
		if cl.Field == readout.ClaimDuration && cl.Value == "120" {
			quals = append(quals, cl.Qualifier)
		}
	}
	slices.Sort(quals)
	if fmt.Sprint(quals) != "[about more than]" {
		t.Errorf("July 2025 duration claims %v, want about and more than two hours", quals)
	}
}

func hasClaim(c *readout.Contact, field, value, by string) bool {
	return slices.ContainsFunc(c.Claims, func(cl readout.Claim) bool { return cl.Field == field && cl.Value == value && cl.By == by })
}

// TestMergeEntities merges two entities by hand: the contacts of the first become the second's,
// and the merge keeps applying when the documents are loaded again.
func TestMergeEntities(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	if code, _, errs := run(t, runLoad, "--db", db, "../../examples/corpus"); code != 0 {
		t.Fatal(errs)
	}
	// pretend Zelensky (Q3874799) and Erdogan (Q39259) were one person, to see contacts move
	if code, _, errs := run(t, runEntities, "--db", db, "merge", "Q3874799", "Q39259"); code != 0 {
		t.Fatal(errs)
	}
	if code, _, errs := run(t, runLoad, "--db", db, "../../examples/corpus"); code != 0 {
		t.Fatal(errs)
	}
	_, out, _ := run(t, runExport, "--db", db)
	if strings.Contains(out, `"id":"Q3874799"`) || !strings.Contains(out, `"id":"Q39259"`) {
		t.Errorf("contacts of the merged entity remain:\n%s", out)
	}
	_, merges, _ := run(t, runEntities, "--db", db, "merges")
	if strings.TrimSpace(merges) != "Q3874799\tQ39259" {
		t.Errorf("merges = %q", merges)
	}
	if code, _, _ := run(t, runEntities, "--db", db, "merge", "Q3874799", "nobody"); code == 0 {
		t.Errorf("merging into an unknown entity succeeded")
	}
}

// TestContradictions writes two short articles: a meeting in March 2023, and a later call said
// to be the first since January 2023, which the meeting contradicts.
func TestContradictions(t *testing.T) {
	docs := []*readout.Document{
		{ID: "a.txt", Published: readout.CivilDay(2023, 3, 11), Text: "التقى وزير الخارجية السعودي فيصل بن فرحان أمس الجمعة نظيره الإيراني حسين أمير عبداللهيان في بكين."},
		{ID: "b.txt", Published: readout.CivilDay(2023, 6, 14), Text: "تلقى وزير الخارجية السعودي فيصل بن فرحان اليوم الأربعاء اتصالا هاتفيا من نظيره الإيراني حسين أمير عبداللهيان، في أول اتصال بينهما منذ يناير 2023."},
	}
	for _, d := range docs {
		d.Hash = loader.Hash(d.Text)
	}
	s := loadInMemory(t, docs)
	cs, err := s.Contradictions(10)
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 1 || cs[0].Contact.Date.String() != "2023-06-14" || len(cs[0].Between) != 1 || cs[0].Between[0].Date.String() != "2023-03-10" {
		t.Errorf("contradictions = %+v", cs)
	}
}

// TestFiveWays loads one call reported five ways (two spellings, a full date, a weekday, a month,
// and one wire copy republished by two outlets): one contact from 5 documents and 5 outlets,
// counted as 4 independent reports.
func TestFiveWays(t *testing.T) {
	docs := readDocs(t, "../../examples/five-ways")
	if len(docs) != 5 {
		t.Fatalf("read %d articles, want 5 (the README is not one)", len(docs))
	}
	s := loadInMemory(t, docs)
	var all []readout.Contact
	if err := s.EachContact(func(c *readout.Contact) error { all = append(all, *c); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(all) != 1 {
		t.Fatalf("%d contacts, want 1: %+v", len(all), all)
	}
	c := all[0]
	if len(c.Documents()) != 5 || c.Reports != 4 || c.Date.String() != "2025-03-09" || c.Mode != readout.Phone {
		t.Errorf("contact: %s %s from %d documents, %d independent reports", c.Mode, c.Date, len(c.Documents()), c.Reports)
	}
	if c.Initiator == nil || c.Initiator.Country != "IR" || c.DurationMinutes != 60 {
		t.Errorf("initiator %+v, duration %d, want IR and 60", c.Initiator, c.DurationMinutes)
	}
}
