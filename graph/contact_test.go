package graph

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

// contactFields asks for every field of a contact.
const contactFields = `id mode status date { start end granularity text }
	participants { entity { id name } role country } initiator { country entity { id } }
	durationMinutes topics firstSince { start end granularity }
	sources { document { id outlet text } evidence start end }
	claims { field value qualifier by basis documents { id } }
	disputed documentCount outletCount independentReports`

// TestContactFields checks every field of the Macron-Putin call of 2025-07-01, reported by two
// documents of two outlets that agree on the caller and the length.
func TestContactFields(t *testing.T) {
	f := shared(t)
	var resp struct{ LastContact *contactJ }
	f.query(t, `{ lastContact(a: "Putin", b: "ماكرون") { `+contactFields+` } }`, &resp)
	c := resp.LastContact
	if c == nil {
		t.Fatal("no contact")
	}
	if c.Mode != "PHONE" || c.Status != "OCCURRED" || str(c.Date.Start) != "2025-07-01" || str(c.Date.End) != "2025-07-01" || c.Date.Granularity != "DAY" {
		t.Errorf("contact %s %s %+v", c.Mode, c.Status, c.Date)
	}
	var parts []string
	for _, p := range c.Participants {
		parts = append(parts, fmt.Sprintf("%s %s %s", p.Entity.ID, str(p.Role), str(p.Country)))
	}
	if want := []string{"Q3052772 president FR", "Q7747 president RU"}; !slices.Equal(parts, want) {
		t.Errorf("participants %q, want %q", parts, want)
	}
	if c.Initiator == nil || c.Initiator.Country != "FR" || c.Initiator.Entity == nil || c.Initiator.Entity.ID != "Q3052772" {
		t.Errorf("initiator %+v, want Macron for FR", c.Initiator)
	}
	if c.DurationMinutes == nil || *c.DurationMinutes != 120 {
		t.Errorf("durationMinutes %v, want 120", c.DurationMinutes)
	}
	if c.FirstSince == nil || str(c.FirstSince.Start) != "2022-09-01" || str(c.FirstSince.End) != "2022-09-30" || c.FirstSince.Granularity != "MONTH" {
		t.Errorf("firstSince %+v, want September 2022", c.FirstSince)
	}
	if !slices.Contains(c.Topics, "ukraine") {
		t.Errorf("topics %q lack ukraine", c.Topics)
	}
	docs := map[string]bool{}
	for _, s := range c.Sources {
		docs[s.Document.ID] = true
	}
	if len(docs) != 2 || !docs["07-macron-putin-call.txt"] || !docs["08-macron-putin-call-levant.txt"] {
		t.Errorf("sources from %v, want documents 07 and 08", docs)
	}
	if c.DocumentCount != 2 || c.OutletCount != 2 || c.IndependentReports != 2 || c.Disputed {
		t.Errorf("documentCount %d outletCount %d independentReports %d disputed %v; want 2 2 2 false",
			c.DocumentCount, c.OutletCount, c.IndependentReports, c.Disputed)
	}
	fields := map[string][]string{}
	for _, cl := range c.Claims {
		fields[cl.Field] = append(fields[cl.Field], cl.Value)
		if len(cl.Documents) == 0 || str(cl.Basis) == "" {
			t.Errorf("claim %+v has no document or basis", cl)
		}
		if cl.Field == "initiator" && (cl.Value != "FR" || len(cl.Documents) != 2) {
			t.Errorf("initiator claim %+v, want FR from both documents", cl)
		}
	}
	if !slices.Equal(fields["initiator"], []string{"FR"}) || len(fields["duration"]) == 0 || slices.ContainsFunc(fields["duration"], func(v string) bool { return v != "120" }) {
		t.Errorf("claims %v, want initiator FR and durations of 120", fields)
	}
}

// TestContactClaims checks the initiator, duration and claims of other contacts of the corpus:
// a call received, and a call a side denied.
func TestContactClaims(t *testing.T) {
	f := shared(t)
	var resp struct{ A, B *contactJ }
	f.query(t, `{ a: lastContact(a: "Q6892571", b: "Zelensky") { `+contactFields+` }
		b: lastContact(a: "Putin", b: "Trump", status: DENIED) { `+contactFields+` } }`, &resp)
	if a := resp.A; a == nil || a.Initiator == nil || a.Initiator.Country != "UA" || a.Initiator.Entity == nil || a.Initiator.Entity.ID != "Q3874799" || a.DurationMinutes != nil {
		t.Errorf("MBS-Zelensky call %+v, want Zelensky calling and no duration", a)
	}
	b := resp.B
	if b == nil || b.Initiator != nil || b.DocumentCount != 1 || b.Disputed {
		t.Fatalf("Putin-Trump denial %+v", b)
	}
	if !slices.ContainsFunc(b.Claims, func(cl claimJ) bool { return cl.Field == "status" && cl.Value == "denied" && str(cl.By) == "RU" }) {
		t.Errorf("claims %+v lack the Kremlin's denial", b.Claims)
	}
}

// TestSourcesQuoteDocuments checks that every source of every contact names a stored document
// and that its offsets cut its evidence out of the document's text.
func TestSourcesQuoteDocuments(t *testing.T) {
	f := shared(t)
	var resp struct{ Contacts connJ }
	f.query(t, `{ contacts(first: 100) { edges { node { id sources { document { id text } evidence start end } } } } }`, &resp)
	n := 0
	for _, e := range resp.Contacts.Edges {
		if len(e.Node.Sources) == 0 {
			t.Errorf("%s has no source", e.Node.ID)
		}
		for _, s := range e.Node.Sources {
			n++
			text := s.Document.Text
			if s.Evidence == "" || s.Start < 0 || s.End > len(text) || s.Start >= s.End || text[s.Start:s.End] != s.Evidence {
				t.Errorf("%s: source in %s at %d..%d does not quote %q", e.Node.ID, s.Document.ID, s.Start, s.End, s.Evidence)
			}
		}
	}
	if n == 0 {
		t.Fatal("no sources")
	}
}

// TestCorpusMatchesExpected checks that the API answers with exactly the contacts that
// examples/EXPECTED.txt lists for the sample corpus: mode, status, date, participants and their
// states, initiator, duration and first-since.
func TestCorpusMatchesExpected(t *testing.T) {
	f := shared(t)
	want := readExpected(t, filepath.Join("..", "examples", "EXPECTED.txt"))
	var resp struct{ Contacts connJ }
	f.query(t, `{ contacts(first: 100) { edges { node { mode status date { start end granularity }
		participants { entity { id } country } initiator { country } durationMinutes firstSince { start end granularity } } } } }`, &resp)
	var got []string
	for _, e := range resp.Contacts.Edges {
		c := e.Node
		var ps []string
		for _, p := range c.Participants {
			ps = append(ps, p.Entity.ID+" "+str(p.Country))
		}
		line := fmt.Sprintf("%s %s %s | %s", strings.ToLower(c.Mode), strings.ToLower(c.Status), dateString(c.Date), strings.Join(ps, "; "))
		if c.Initiator != nil {
			line += " | init=" + c.Initiator.Country
		}
		if c.DurationMinutes != nil {
			line += fmt.Sprintf(" | dur=%d", *c.DurationMinutes)
		}
		if c.FirstSince != nil {
			line += " | since=" + dateString(*c.FirstSince)
		}
		got = append(got, line)
	}
	sort.Strings(got)
	if !slices.Equal(got, want) {
		t.Errorf("contacts\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// readExpected reads EXPECTED.txt as sorted distinct lines, each participant reduced to its ID
// and state (the file gives role IDs, the API English labels), participants in ID order.
func readExpected(t *testing.T, path string) []string {
	t.Helper()
	file, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	seen := map[string]bool{}
	sc := bufio.NewScanner(file)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, " | ")
		var ps []string
		for _, p := range strings.Split(fields[1], "; ") {
			w := strings.Fields(p)
			ps = append(ps, w[0]+" "+w[1])
		}
		sort.Strings(ps) // the API orders participants by ID
		fields[1] = strings.Join(ps, "; ")
		seen[strings.Join(fields, " | ")] = true
	}
	var out []string
	for l := range seen {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}

// dateString writes a date as EXPECTED.txt does: a day, a month, a year or start/end with ..
// for an open side.
func dateString(d dateJ) string {
	start, end := str(d.Start), str(d.End)
	switch d.Granularity {
	case "DAY":
		return start
	case "MONTH":
		return start[:7]
	case "YEAR":
		return start[:4]
	}
	if start == "" {
		start = ".."
	}
	if end == "" {
		end = ".."
	}
	return start + "/" + end
}

// TestTimeline checks Entity.timeline for people, states and organisations: newest first, with
// mode, status and date filters, and pages that join up.
func TestTimeline(t *testing.T) {
	f := shared(t)
	tests := []struct {
		id, args string
		want     []string // start days, newest first
	}{
		{"Q3052772", "", []string{"2025-07-01", "2023-10-25", "2022-09-01"}},
		{"Q311440", "status: PLANNED", []string{"2022-04-28", "2022-04-26"}},
		{"Q311440", `from: "2022-04-26", to: "2022-04-27"`, []string{"2022-04-26"}},
		{"Q7747", "mode: PHONE", []string{"2025-07-01", "2024-11-07", "2022-09-01"}},
		{"RU", "mode: PHONE, status: OCCURRED", []string{"2025-07-01", "2022-09-01"}},
		{"FR", "", []string{"2025-07-01", "2023-10-25", "2022-09-01"}},
		{"UN", "", []string{"2022-04-28", "2022-04-26", "2022-04-25"}},
		{"SA", "mode: MESSAGE", []string{"", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.id+" "+tt.args, func(t *testing.T) {
			args := tt.args
			if args != "" {
				args = "(" + args + ")"
			}
			var resp struct{ Entity *entityJ }
			f.query(t, fmt.Sprintf(`{ entity(id: %q) { timeline%s { edges { node { date { start } } } pageInfo { hasNextPage } } } }`, tt.id, args), &resp)
			var got []string
			for _, e := range resp.Entity.Timeline.Edges {
				got = append(got, str(e.Node.Date.Start))
			}
			if !slices.Equal(got, tt.want) || resp.Entity.Timeline.PageInfo.HasNextPage {
				t.Errorf("timeline %q (more: %v), want %q", got, resp.Entity.Timeline.PageInfo.HasNextPage, tt.want)
			}
		})
	}
	var all, first, rest struct{ Entity entityJ }
	f.query(t, `{ entity(id: "Q7747") { timeline { edges { node { id } } } } }`, &all)
	f.query(t, `{ entity(id: "Q7747") { timeline(first: 2) { edges { node { id } } pageInfo { hasNextPage endCursor } } } }`, &first)
	if !first.Entity.Timeline.PageInfo.HasNextPage {
		t.Fatal("a first page of 2 of Putin's contacts says there is no more")
	}
	f.query(t, fmt.Sprintf(`{ entity(id: "Q7747") { timeline(after: %q) { edges { node { id } } } } }`, str(first.Entity.Timeline.PageInfo.EndCursor)), &rest)
	if got := append(first.Entity.Timeline.ids(), rest.Entity.Timeline.ids()...); !slices.Equal(got, all.Entity.Timeline.ids()) {
		t.Errorf("pages %v, want %v", got, all.Entity.Timeline.ids())
	}
}
