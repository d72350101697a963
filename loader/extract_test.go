package loader

import (
	"os"
	"testing"

	"readout"
)

// checkInvariants checks what every extraction must hold: evidence is the text at its offsets,
// participants are sorted and distinct and act for at least two states, dates are ordered.
func checkInvariants(t *testing.T, d *readout.Document, r Result) {
	t.Helper()
	ents := map[string]bool{}
	for _, e := range r.Entities {
		ents[e.ID] = true
	}
	for _, c := range r.Contacts {
		for _, s := range c.Sources {
			if s.Start < 0 || s.End > len(d.Text) || s.Start > s.End || d.Text[s.Start:s.End] != s.Evidence {
				t.Fatalf("evidence %q is not the text at %d:%d", s.Evidence, s.Start, s.End)
			}
		}
		states := map[string]bool{}
		for i, p := range c.Participants {
			if i > 0 && c.Participants[i-1].Entity >= p.Entity {
				t.Fatalf("participants not sorted and distinct: %v", c.EntityIDs())
			}
			if !ents[p.Entity] {
				t.Fatalf("participant %s has no entity", p.Entity)
			}
			states[p.Country] = true
		}
		if len(states) < 2 {
			t.Fatalf("contact within one state: %v", c.Participants)
		}
		if !c.Date.Start.IsZero() && !c.Date.End.IsZero() && c.Date.End.Before(c.Date.Start) {
			t.Fatalf("date %s ends before it starts", c.Date)
		}
	}
}

// TestExtractInvariants runs the extractor over the seeds and the sample corpus and checks the
// invariants of every result.
func TestExtractInvariants(t *testing.T) {
	x := testExtractor(t)
	paths := []string{"../examples/corpus"}
	if _, err := os.Stat("../../shared/seeds"); err == nil {
		paths = append(paths, "../../shared/seeds")
	}
	n := 0
	Read(paths, func(d *readout.Document, err error) {
		if err != nil {
			t.Fatal(err)
		}
		r := x.Extract(d)
		n += len(r.Contacts)
		checkInvariants(t, d, r)
	})
	if n == 0 {
		t.Fatal("no contacts at all")
	}
}

// FuzzExtract checks that the extractor never panics and keeps its invariants on any text.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع نظيره الفرنسي إيمانويل ماكرون الثلاثاء.",
		"استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، ولي العهد، سفير فرنسا لدى المملكة.",
		"اقرأ أيضا:\nبوتين يلتقي ترامب",
		"نفى الكرملين أن يكون بوتين التقى بايدن، بينهما، الرئيسان (وزير الدفاع) منذ 2022",
		"\xff\x00،،، ؟ بين و و و نظيره نظيريه الروسي والإيراني",
	} {
		f.Add(s)
	}
	x := testExtractor(f)
	f.Fuzz(func(t *testing.T, s string) {
		d := &readout.Document{ID: "f", Text: s, Published: readout.CivilDay(2024, 4, 4)}
		checkInvariants(t, d, x.Extract(d))
	})
}

// TestExtractCutShort runs the extractor over every word-prefix of the golden articles: a text
// may end anywhere (a title, a preposition, a verb waiting for its object), and no reading may
// look past its last word.
func TestExtractCutShort(t *testing.T) {
	x := testExtractor(t)
	for _, f := range goldenFiles(t) {
		_, doc, _, _ := readGolden(t, f)
		text := doc.Text
		for i := 0; i <= len(text); i++ {
			if i < len(text) && text[i] != ' ' && text[i] != '\n' {
				continue
			}
			d := *doc
			d.Text = text[:i]
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Fatalf("%s cut after %q: panic %v", f, d.Text[max(0, len(d.Text)-60):], r)
					}
				}()
				checkInvariants(t, &d, x.Extract(&d))
			}()
		}
	}
}
