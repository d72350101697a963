package evaluate_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"readout/evaluate"
)

// write puts lines in a temporary file and returns its path.
func write(t *testing.T, name string, lines ...string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestReadGold checks that ReadGold reads every field of good lines and skips blank and
// comment lines.
func TestReadGold(t *testing.T) {
	p := write(t, "gold.jsonl",
		`# a comment`,
		`{"article": "a.txt", "id": "E1", "required": true, "mode": "phone", "status": "occurred", "participants": [{"en": "Emmanuel Macron", "ar": ["ماكرون"], "country": "FR", "role": "president"}, {"en": "Vladimir Putin", "country": "RU"}], "date": "2025-07-01", "granularity": "day", "initiator": "FR", "duration_minutes": 120, "topics": ["ukraine"], "evidence": "هاتف ماكرون بوتين", "sources": ["a.txt", "b.txt"]}`,
		``,
		`{"article": "a.txt", "id": "E2", "required": false, "mode": "meeting", "status": "planned", "participants": [{"en": "", "ar": ["السفير الروسي"], "country": "RU"}], "date": null, "initiator": null}`,
		`{"article": "c.txt", "none": true}`,
	)
	gold, err := evaluate.ReadGold(p)
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) != 3 {
		t.Fatalf("read %d contacts, want 3", len(gold))
	}
	e1, e2, none := gold[0], gold[1], gold[2]
	if e1.ID != "E1" || e1.Mode != "phone" || e1.Status != "occurred" || !e1.IsRequired() {
		t.Errorf("E1 = %+v", e1)
	}
	if len(e1.Participants) != 2 || e1.Participants[0].En != "Emmanuel Macron" || e1.Participants[0].Ar[0] != "ماكرون" || e1.Participants[1].Country != "RU" {
		t.Errorf("E1 participants = %+v", e1.Participants)
	}
	if e1.Date == nil || *e1.Date != "2025-07-01" || e1.Initiator == nil || *e1.Initiator != "FR" || e1.Duration == nil || *e1.Duration != 120 {
		t.Errorf("E1 date, initiator, duration = %v %v %v", e1.Date, e1.Initiator, e1.Duration)
	}
	if got := e1.Articles(); strings.Join(got, ",") != "a.txt,b.txt" {
		t.Errorf("E1 articles = %v, want a.txt (once) and b.txt", got)
	}
	if e2.IsRequired() || e2.Date != nil || e2.Initiator != nil {
		t.Errorf("E2 = %+v, want optional with no date or initiator", e2)
	}
	if !none.None || none.Article != "c.txt" {
		t.Errorf("none line = %+v", none)
	}
}

// TestReadGoldErrors checks that a bad line stops ReadGold with an error naming the file and
// the line, comments and blank lines included in the count.
func TestReadGoldErrors(t *testing.T) {
	good := `{"article": "a.txt", "none": true}`
	tests := []struct {
		name, bad, says string
	}{
		{"not JSON", `{"article": "a.txt", "mode": `, "unexpected end"},
		{"no article", `{"id": "E1", "mode": "phone", "participants": [{"en": "A"}, {"en": "B"}]}`, `no "article"`},
		{"a required contact with one participant", `{"article": "a.txt", "mode": "phone", "participants": [{"en": "A"}]}`, "two participants"},
		{"a wrong type", `{"article": "a.txt", "none": "yes"}`, "none"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := write(t, "gold.jsonl", "# gold", good, "", tt.bad, good)
			_, err := evaluate.ReadGold(p)
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), p+":4:") || !strings.Contains(err.Error(), tt.says) {
				t.Errorf("error %q, want %s:4 and %q", err, p, tt.says)
			}
		})
	}
	if _, err := evaluate.ReadGold(filepath.Join(t.TempDir(), "missing.jsonl")); err == nil {
		t.Error("no error for a missing file")
	}
}

// TestReadNegatives checks that ReadNegatives reads good lines and names file and line of a bad
// one.
func TestReadNegatives(t *testing.T) {
	p := write(t, "negatives.jsonl",
		`{"file": "a.txt", "participants_any": ["Sergei Lavrov", "لافروف"], "why": "a teaser"}`,
		`# comment`,
		`{"file": "b.txt", "participants_any": ["Volodymyr Zelensky"], "why": "a press conference"}`,
	)
	negs, err := evaluate.ReadNegatives(p)
	if err != nil {
		t.Fatal(err)
	}
	if len(negs) != 2 || negs[0].File != "a.txt" || len(negs[0].ParticipantsAny) != 2 || negs[0].Why != "a teaser" || negs[1].File != "b.txt" {
		t.Errorf("negatives = %+v", negs)
	}
	bad := write(t, "negatives.jsonl", `{"file": "a.txt", "participants_any": ["X"]}`, `{"file": "b.txt", "participants_any": "X"}`)
	_, err = evaluate.ReadNegatives(bad)
	if err == nil || !strings.Contains(err.Error(), bad+":2:") {
		t.Errorf("error %v, want one naming %s:2", err, bad)
	}
}
