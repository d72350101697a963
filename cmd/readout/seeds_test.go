package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"readout/evaluate"
	"readout/loader"
)

// TestSeedsEndToEnd loads the five seed articles and asks the questions of the issue that
// built readout: the last contact between two people, by any of their names.
func TestSeedsEndToEnd(t *testing.T) {
	seeds := shared(t, "seeds")
	db := filepath.Join(t.TempDir(), "db")
	if code, out, errs := run(t, runLoad, "--db", db, seeds); code != 0 {
		t.Fatalf("load: exit %d\n%s%s", code, out, errs)
	}
	base := server(t, "--db", db)
	for _, c := range []struct{ a, b, start, end, gran string }{
		{"Putin", "ماكرون", "2025-07-01", "2025-07-01", "DAY"},
		{"شويغو", "Lecornu", "2024-04-03", "2024-04-03", "DAY"},
		{"لافروف", "Blinken", "2023-04-01", "2023-04-30", "MONTH"},
		{"Russia", "فرنسا", "2025-07-01", "2025-07-01", "DAY"},
	} {
		var got struct {
			LastContact struct {
				Date    struct{ Start, End, Granularity string }
				Sources []struct {
					Document struct{ ID string }
					Evidence string
				}
			}
		}
		query(t, base, fmt.Sprintf(`{ lastContact(a: %q, b: %q) { date { start end granularity } sources { document { id } evidence } } }`, c.a, c.b), &got)
		d := got.LastContact.Date
		if d.Start != c.start || d.End != c.end || d.Granularity != c.gran {
			t.Errorf("lastContact(%s, %s) = %+v, want %s..%s %s", c.a, c.b, d, c.start, c.end, c.gran)
		}
		if len(got.LastContact.Sources) == 0 || got.LastContact.Sources[0].Evidence == "" {
			t.Errorf("lastContact(%s, %s) has no evidence", c.a, c.b)
		}
	}
}

// TestSeedsExportHasGold exports the seeds and checks that every required contact of
// eval/dev/gold.jsonl is there, with its date and granularity.
func TestSeedsExportHasGold(t *testing.T) {
	seeds := shared(t, "seeds")
	gold, err := evaluate.ReadGold(shared(t, "eval", "dev", "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "db")
	if code, _, errs := run(t, runLoad, "--db", db, seeds); code != 0 {
		t.Fatalf("load: %s", errs)
	}
	code, out, errs := run(t, runExport, "--db", db, "--format", "jsonl")
	if code != 0 {
		t.Fatalf("export: %s", errs)
	}
	lines := decodeExport(t, out)
	for _, g := range gold {
		if !g.IsRequired() {
			continue
		}
		if !exportHas(lines, g) {
			t.Errorf("export lacks gold contact %s (%s %s %v)", g.ID, g.Mode, *g.Date, g.Participants)
		}
	}
}

// TestLoadTwiceSameExport loads the seeds twice: the second load changes nothing.
func TestLoadTwiceSameExport(t *testing.T) {
	seeds := shared(t, "seeds")
	db := filepath.Join(t.TempDir(), "db")
	export := func() string {
		if code, _, errs := run(t, runLoad, "--db", db, seeds); code != 0 {
			t.Fatalf("load: %s", errs)
		}
		_, out, _ := run(t, runExport, "--db", db)
		return out
	}
	first, second := export(), export()
	if first == "" || first != second {
		t.Errorf("exports differ after a second load:\n%s\n---\n%s", first, second)
	}
	_, out, _ := run(t, runLoad, "--db", db, seeds)
	if !strings.Contains(out, "0 stored, 5 unchanged") {
		t.Errorf("third load summary = %q, want 0 stored, 5 unchanged", out)
	}
}

// exportLine is the part of an export line the tests read.
type exportLine struct {
	ID     string
	Mode   string
	Status string
	Date   struct {
		Start, End  *string
		Granularity string
	}
	Participants []struct {
		ID, Name string
		Names    []string
		Country  *string
	}
	Initiator *struct{ Country string }
	Sources   []struct {
		Document, Evidence string
		Start, End         int
	}
}

func decodeExport(t *testing.T, out string) []exportLine {
	t.Helper()
	var lines []exportLine
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if l == "" {
			continue
		}
		var e exportLine
		if err := json.Unmarshal([]byte(l), &e); err != nil {
			t.Fatalf("export line %q: %v", l, err)
		}
		lines = append(lines, e)
	}
	return lines
}

// exportHas reports whether a line matches a gold contact: its participants by name, and its
// date and granularity.
func exportHas(lines []exportLine, g evaluate.Gold) bool {
	for _, l := range lines {
		if len(l.Participants) != len(g.Participants) || g.Date == nil || dateOf(l) != *g.Date || l.Date.Granularity != g.Granularity {
			continue
		}
		all := true
		for _, gp := range g.Participants {
			found := false
			for _, p := range l.Participants {
				for _, n := range p.Names {
					if loader.Key(n) == loader.Key(gp.En) {
						found = true
					}
				}
			}
			all = all && found
		}
		if all {
			return true
		}
	}
	return false
}

// dateOf writes an export date as the gold does: a day, a month (YYYY-MM) or a year.
func dateOf(l exportLine) string {
	if l.Date.Start == nil {
		return ""
	}
	s := *l.Date.Start
	switch l.Date.Granularity {
	case "month":
		return s[:7]
	case "year":
		return s[:4]
	}
	return s
}
