package lexicon_test

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"readout/loader/lexicon"
)

// TestBuiltin checks that the embedded lexicon loads without error and that every kind of
// record is there.
func TestBuiltin(t *testing.T) {
	lx, err := lexicon.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for name, n := range map[string]int{
		"people": len(lx.People), "countries": len(lx.Countries), "organisations": len(lx.Organisations),
		"offices": len(lx.Offices), "honorifics": len(lx.Honorifics), "triggers": len(lx.Triggers),
		"cues": len(lx.Cues), "topics": len(lx.Topics), "calendar": len(lx.Calendar), "furniture": len(lx.Furniture),
	} {
		if n == 0 {
			t.Errorf("no %s", name)
		}
	}
	months := map[int]bool{}
	for _, c := range lx.Calendar {
		if c.Kind == "month" {
			months[c.Value] = true
		}
	}
	if len(months) != 12 {
		t.Errorf("calendar has %d of the 12 months", len(months))
	}
	fr := findCountry(lx.Countries, "FR")
	if fr == nil || !slices.Contains(fr.English, "France") || !slices.Contains(fr.Arabic, "فرنسا") || !strings.HasPrefix(string(fr.Pos), "lexicon/countries.txt:") {
		t.Errorf("FR = %+v", fr)
	}
	if findCountry(lx.Organisations, "UN") == nil {
		t.Error("no UN among the organisations")
	}
}

// TestBuiltinPeople checks that every person ID is unique, in the loaded lexicon and across the
// built-in people files (where a repeat would silently replace the earlier record), and that
// each person has names and a position.
func TestBuiltinPeople(t *testing.T) {
	lx, err := lexicon.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]lexicon.Pos{}
	for _, p := range lx.People {
		if pos, ok := seen[p.ID]; ok {
			t.Errorf("%s: %s again (first at %s)", p.Pos, p.ID, pos)
		}
		seen[p.ID] = p.Pos
		if len(p.English) == 0 || len(p.Arabic) == 0 || len(p.Positions) == 0 {
			t.Errorf("%s: %s lacks a name or a position", p.Pos, p.ID)
		}
		if strings.HasPrefix(p.ID, "Q") != (p.Wikidata == p.ID) {
			t.Errorf("%s: ID %s, Wikidata %q", p.Pos, p.ID, p.Wikidata)
		}
	}
	files, _ := filepath.Glob(filepath.Join("data", "people", "*.txt"))
	if len(files) == 0 {
		t.Fatal("no data/people/*.txt")
	}
	lines := map[string]string{}
	for _, file := range files {
		f, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for n := 1; sc.Scan(); n++ {
			line := strings.TrimSpace(sc.Text())
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			id := strings.TrimSpace(strings.Split(line, "|")[0])
			at := filepath.Base(file) + ":" + strconv.Itoa(n)
			if first, ok := lines[id]; ok {
				t.Errorf("%s: %s is already at %s", at, id, first)
			}
			lines[id] = at
		}
		f.Close()
	}
	if len(lines) != len(lx.People) {
		t.Errorf("%d IDs in the files, %d people loaded", len(lines), len(lx.People))
	}
}

// TestBuiltinPositionsDoNotOverlap checks that no person holds one role for one state twice at
// the same time: two such positions are one term written twice, usually with different dates.
func TestBuiltinPositionsDoNotOverlap(t *testing.T) {
	lx, err := lexicon.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	forever := time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)
	for _, p := range lx.People {
		for i, a := range p.Positions {
			for _, b := range p.Positions[i+1:] {
				aTo, bTo := a.To, b.To
				if aTo.IsZero() {
					aTo = forever
				}
				if bTo.IsZero() {
					bTo = forever
				}
				if a.Country == b.Country && a.Role == b.Role && !a.From.After(bTo) && !b.From.After(aTo) {
					t.Errorf("%s: %s is %s %s twice: %s..%s and %s..%s", p.Pos, p.ID, a.Country, a.Role, day(a.From), day(a.To), day(b.From), day(b.To))
				}
			}
		}
	}
}

// TestBuiltinStateOfficesHaveOneHolder checks that no two people hold a state's presidency,
// premiership, foreign or defence ministry at once for more than a year: a title alone (الرئيس
// اليمني) must name one person, so rival or regional governments (Sanaa, eastern Libya, the
// Kurdistan Region) hold the role "official". Shorter overlaps are a year-only date or an
// acting term.
func TestBuiltinStateOfficesHaveOneHolder(t *testing.T) {
	lx, err := lexicon.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	forever := time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)
	type term struct {
		id       string
		from, to time.Time
	}
	terms := map[string][]term{}
	for _, p := range lx.People {
		for _, pos := range p.Positions {
			switch pos.Role {
			case "president", "prime-minister", "foreign-minister", "defence-minister":
				to := pos.To
				if to.IsZero() {
					to = forever
				}
				key := pos.Country + " " + pos.Role
				terms[key] = append(terms[key], term{p.ID, pos.From, to})
			}
		}
	}
	for key, ts := range terms {
		for i, a := range ts {
			for _, b := range ts[i+1:] {
				from, to := a.from, a.to
				if b.from.After(from) {
					from = b.from
				}
				if b.to.Before(to) {
					to = b.to
				}
				if a.id != b.id && to.Sub(from) > 366*24*time.Hour {
					t.Errorf("%s: %s and %s from %s to %s", key, a.id, b.id, day(from), day(to))
				}
			}
		}
	}
}

// TestLoadAddsAndReplaces checks that Load(dir) adds a user's person and that a user's record
// with a built-in QID replaces the built-in one, with dates and positions read as documented.
func TestLoadAddsAndReplaces(t *testing.T) {
	builtin, err := lexicon.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	put(t, dir, "people/extra.txt",
		"# officials the built-in gazetteer lacks",
		"",
		"x-test-envoy | Test Envoy, T. Envoy | مبعوث الاختبار, المبعوث التجريبي | | UN envoy 2020-03..2021; SA foreign-minister 2022..",
		"Q7747 | Vladimir Testovich | فلاديمير تستوفيتش | تستوفيتش | RU president 2012-05-07..",
	)
	put(t, dir, "triggers.txt", "phone | call | هاتفن")
	lx, err := lexicon.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(lx.People) != len(builtin.People)+1 {
		t.Errorf("%d people, want the %d built-in ones and one more", len(lx.People), len(builtin.People))
	}
	if n := len(lx.Triggers); n != len(builtin.Triggers)+1 {
		t.Errorf("%d triggers, want %d", n, len(builtin.Triggers)+1)
	}
	envoy := findPerson(lx.People, "x-test-envoy")
	if envoy == nil {
		t.Fatal("the added person is missing")
	}
	if envoy.Wikidata != "" || !slices.Equal(envoy.English, []string{"Test Envoy", "T. Envoy"}) ||
		!slices.Equal(envoy.Arabic, []string{"مبعوث الاختبار", "المبعوث التجريبي"}) || len(envoy.Short) != 0 {
		t.Errorf("added person = %+v", envoy)
	}
	if !strings.HasSuffix(string(envoy.Pos), filepath.Join("people", "extra.txt")+":3") {
		t.Errorf("added person read at %q, want people/extra.txt:3", envoy.Pos)
	}
	want := []struct {
		country, role, from, to string
	}{{"UN", "envoy", "2020-03-01", "2021-12-31"}, {"SA", "foreign-minister", "2022-01-01", ""}}
	if len(envoy.Positions) != len(want) {
		t.Fatalf("positions %+v", envoy.Positions)
	}
	for i, w := range want {
		p := envoy.Positions[i]
		if p.Country != w.country || p.Role != w.role || day(p.From) != w.from || day(p.To) != w.to {
			t.Errorf("position %d = %s %s %s..%s, want %+v", i, p.Country, p.Role, day(p.From), day(p.To), w)
		}
	}
	var putins []lexicon.Person
	for _, p := range lx.People {
		if p.ID == "Q7747" {
			putins = append(putins, p)
		}
	}
	if len(putins) != 1 || putins[0].English[0] != "Vladimir Testovich" || !strings.HasSuffix(string(putins[0].Pos), "extra.txt:4") {
		t.Errorf("Q7747 = %+v, want the user's record only", putins)
	}
	if lx2, err := lexicon.Load(""); err != nil || len(lx2.People) != len(builtin.People) {
		t.Errorf("Load(\"\") = %d people, %v; want the built-in lexicon", len(lx2.People), err)
	}
	if _, err := lexicon.Load(filepath.Join(dir, "missing")); err == nil {
		t.Error("Load of a missing directory gave no error")
	}
}

// TestLoadErrors checks that a malformed record gives an error naming its file and line, comment
// and blank lines counted.
func TestLoadErrors(t *testing.T) {
	const person = "x-test-envoy | Test Envoy | مبعوث الاختبار | | "
	tests := []struct {
		name, file, line, says string
	}{
		{"a people line with 4 fields", "people/extra.txt", "x-test-envoy | Test Envoy | مبعوث الاختبار | UN envoy 2020..", "4 fields, want 5"},
		{"a people line with 6 fields", "people/extra.txt", person + "UN envoy 2020.. | extra", "6 fields"},
		{"an ID neither QID nor slug", "people/extra.txt", "Test Envoy | Test Envoy | مبعوث الاختبار | | UN envoy 2020..", "neither a QID"},
		{"no Arabic name", "people/extra.txt", "x-test-envoy | Test Envoy | | | UN envoy 2020..", "Arabic name"},
		{"an unknown role", "people/extra.txt", person + "UN tsar 2020..", `unknown role "tsar"`},
		{"a bad date", "people/extra.txt", person + "UN envoy 2020-13-01..", `bad date "2020-13-01"`},
		{"a position without dates", "people/extra.txt", person + "UN envoy", "want `CC role FROM..TO`"},
		{"a position ending before it starts", "people/extra.txt", person + "UN envoy 2021..2020", "ends before it starts"},
		{"an unknown country code in a position", "people/extra.txt", person + "ZZ envoy 2020..", `unknown state or organisation code "ZZ"`},
		{"a lower-case country code", "people/extra.txt", person + "fr president 2020..", `bad code "fr"`},
		{"an unknown trigger class", "triggers.txt", "phone | shout | صاح", `unknown trigger class "shout"`},
		{"an unknown trigger mode", "triggers.txt", "telegram | call | برق", `unknown mode "telegram"`},
		{"a month out of range", "calendar.txt", "month | 13 | شهر", "out of range 1..12"},
		{"a weekday out of range", "calendar.txt", "weekday | 7 | يوم", "out of range 0..6"},
		{"a calendar value not a number", "calendar.txt", "month | one | شهر", `"one"`},
		{"an unknown calendar kind", "calendar.txt", "season | 1 | الربيع", `unknown calendar kind "season"`},
		{"an office with an unknown role", "offices.txt", "tsar | tsar | القيصر | قيصر", `unknown role "tsar"`},
		{"an office implying an unknown state", "offices.txt", "king | king of Nowhere | ملك اللامكان | | ZZ", `unknown state code "ZZ"`},
		{"an unknown cue kind", "cues.txt", "maybe | ربما", `unknown kind "maybe"`},
		{"an unknown furniture kind", "furniture.txt", "banner | إعلان", `unknown kind "banner"`},
		{"a bad topic ID", "topics.txt", "Ukraine War | war | حرب", "bad topic ID"},
		{"a country without an Arabic name", "countries.txt", "ZZ | Zedland | | | | ", "no Arabic name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			put(t, dir, tt.file, "# a user's file", "", tt.line, "")
			_, err := lexicon.Load(dir)
			if err == nil {
				t.Fatal("no error")
			}
			at := filepath.Join(dir, tt.file) + ":3: "
			if !strings.Contains(err.Error(), at) || !strings.Contains(err.Error(), tt.says) {
				t.Errorf("error %q\nwant %q and %q", err, at, tt.says)
			}
		})
	}
}

// TestLoadReportsEveryError checks that every bad line of every file is reported, not just the
// first.
func TestLoadReportsEveryError(t *testing.T) {
	dir := t.TempDir()
	put(t, dir, "people/a.txt", "x-one | One | واحد | | UN tsar 2020..", "x-two | Two | اثنان")
	put(t, dir, "calendar.txt", "month | 0 | صفر")
	_, err := lexicon.Load(dir)
	if err == nil {
		t.Fatal("no error")
	}
	for _, at := range []string{"people/a.txt:1:", "people/a.txt:2:", "calendar.txt:1:"} {
		if !strings.Contains(err.Error(), filepath.FromSlash(at)) {
			t.Errorf("error %q does not name %s", err, at)
		}
	}
}

// put writes lines to a file under dir, making its directory.
func put(t *testing.T, dir, name string, lines ...string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
}

func findPerson(ps []lexicon.Person, id string) *lexicon.Person {
	for i := range ps {
		if ps[i].ID == id {
			return &ps[i]
		}
	}
	return nil
}

func findCountry(cs []lexicon.Country, code string) *lexicon.Country {
	for i := range cs {
		if cs[i].Code == code {
			return &cs[i]
		}
	}
	return nil
}

// day writes a date as YYYY-MM-DD, "" for the zero time.
func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}
