package graph

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestLastContact checks that lastContact reads people and states by any name (English, Arabic,
// alias, spelling variant, QID, state code) and honours the status and mode filters.
func TestLastContact(t *testing.T) {
	f := shared(t)
	macronPutin := []string{"Q3052772", "Q7747"}
	tests := []struct {
		name, a, b, args string
		mode, status     string
		start, gran      string // start "" with gran "" means no contact
		ids              []string
	}{
		{"English surname and Arabic short name", "Putin", "ماكرون", "", "PHONE", "OCCURRED", "2025-07-01", "DAY", macronPutin},
		{"full English names", "Emmanuel Macron", "Vladimir Putin", "", "PHONE", "OCCURRED", "2025-07-01", "DAY", macronPutin},
		{"Arabic full names in another spelling", "فلاديمير بوتن", "إمانويل ماكرون", "", "PHONE", "OCCURRED", "2025-07-01", "DAY", macronPutin},
		{"entity IDs", "Q7747", "Q3052772", "", "PHONE", "OCCURRED", "2025-07-01", "DAY", macronPutin},
		{"states by English and Arabic name", "Russia", "فرنسا", "", "PHONE", "OCCURRED", "2025-07-01", "DAY", macronPutin},
		{"state codes", "FR", "RU", "", "PHONE", "OCCURRED", "2025-07-01", "DAY", macronPutin},
		{"a lower-case state code", "fr", "ru", "", "PHONE", "OCCURRED", "2025-07-01", "DAY", macronPutin},
		{"a person and a state", "Macron", "Russia", "", "PHONE", "OCCURRED", "2025-07-01", "DAY", macronPutin},
		{"a shared name settled by the other side", "Salman", "Zelensky", "", "PHONE", "OCCURRED", "2022-10-14", "DAY", []string{"Q3874799", "Q6892571"}},
		{"denied on request", "بوتين", "Trump", "status: DENIED", "PHONE", "DENIED", "2024-11-07", "DAY", []string{"Q22686", "Q7747"}},
		{"denied not counted by default", "Putin", "Trump", "", "", "", "", "", nil},
		{"planned on request", "Guterres", "Putin", "status: PLANNED", "MEETING", "PLANNED", "2022-04-26", "DAY", []string{"Q311440", "Q7747"}},
		{"mode filter that fits", "Putin", "Xi Jinping", "mode: VIDEO", "VIDEO", "OCCURRED", "2022-12-30", "DAY", []string{"Q15031", "Q7747"}},
		{"mode filter that does not fit", "Putin", "Xi Jinping", "mode: PHONE", "", "", "", "", nil},
		{"the later of two dated contacts", "Blinken", "Wang Yi", "", "MEETING", "OCCURRED", "2024-02-01", "MONTH", []string{"Q701801", "Q7821917"}},
		{"an undated contact when there is no dated one", "King Salman", "Erdogan", "", "MESSAGE", "OCCURRED", "", "RANGE", []string{"Q367825", "Q39259"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := fmt.Sprintf("a: %q, b: %q", tt.a, tt.b)
			if tt.args != "" {
				args += ", " + tt.args
			}
			var resp struct{ LastContact *contactJ }
			f.query(t, `{ lastContact(`+args+`) { id mode status date { start end granularity } participants { entity { id } } } }`, &resp)
			c := resp.LastContact
			if tt.gran == "" {
				if c != nil {
					t.Fatalf("got %+v, want no contact", *c)
				}
				return
			}
			if c == nil {
				t.Fatal("no contact")
			}
			if c.Mode != tt.mode || c.Status != tt.status || str(c.Date.Start) != tt.start || c.Date.Granularity != tt.gran {
				t.Errorf("got %s %s %s %s, want %s %s %s %s", c.Mode, c.Status, str(c.Date.Start), c.Date.Granularity, tt.mode, tt.status, tt.start, tt.gran)
			}
			if got := c.entityIDs(); !slices.Equal(got, tt.ids) {
				t.Errorf("participants %v, want %v", got, tt.ids)
			}
		})
	}
}

// TestQueryErrors checks that bad names and arguments give an error whose extensions.code says
// what is wrong, with a message the user can act on.
func TestQueryErrors(t *testing.T) {
	f := shared(t)
	tests := []struct {
		name, q, code string
		says          []string
	}{
		{"unknown name", `{ lastContact(a: "Nobody Atall", b: "Putin") { id } }`, "NOT_FOUND", []string{`"Nobody Atall"`}},
		{"unknown name in contacts", `{ contacts(participant: "زيد عمرو بكر") { edges { cursor } } }`, "NOT_FOUND", []string{"زيد عمرو بكر"}},
		{"a name two people bear, both with contacts", `{ lastContact(a: "Salman", b: "Erdogan") { id } }`, "AMBIGUOUS", []string{"Q367825", "Q6892571"}},
		{"the same name on the other side", `{ lastContact(a: "Erdogan", b: "Salman") { id } }`, "AMBIGUOUS", []string{"Q367825", "Q6892571"}},
		{"a name two people bear in contacts", `{ contacts(participant: "Salman") { edges { cursor } } }`, "AMBIGUOUS", []string{"Q367825", "Q6892571"}},
		{"empty name", `{ lastContact(a: " ", b: "Putin") { id } }`, "INVALID", []string{"empty"}},
		{"a day that is not one", `{ contacts(from: "2023-13-01") { edges { cursor } } }`, "INVALID", []string{"2023-13-01"}},
		{"a cursor that is not one", `{ contacts(after: "!!!") { edges { cursor } } }`, "INVALID", nil},
		{"unknown contact", `{ contact(id: "c0000") { id } }`, "NOT_FOUND", nil},
		{"unknown entity", `{ entity(id: "Q1") { id } }`, "NOT_FOUND", []string{"Q1"}},
		{"unknown document", `{ document(id: "nope.txt") { id } }`, "NOT_FOUND", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			errs := f.errors(t, tt.q)
			if code := errs[0].Extensions["code"]; code != tt.code {
				t.Errorf("code %v, want %s (%s)", code, tt.code, errs[0].Message)
			}
			for _, s := range tt.says {
				if !strings.Contains(errs[0].Message, s) {
					t.Errorf("message %q does not say %q", errs[0].Message, s)
				}
			}
		})
	}
}

// TestContactsPagination checks that walking contacts page by page with first/after gives every
// contact of one big page once, in the same newest-first order, with consistent pageInfo.
func TestContactsPagination(t *testing.T) {
	f := shared(t)
	for _, filter := range []string{"", `participant: "Putin", `, `participant: "Russia", `, `status: PLANNED, `} {
		var all struct{ Contacts connJ }
		f.query(t, `{ contacts(`+filter+`first: 100) { edges { node { id date { start } } } pageInfo { hasNextPage endCursor } } }`, &all)
		want := all.Contacts.ids()
		if len(want) < 2 || all.Contacts.PageInfo.HasNextPage {
			t.Fatalf("%s: %d contacts, hasNextPage %v", filter, len(want), all.Contacts.PageInfo.HasNextPage)
		}
		checkNewestFirst(t, all.Contacts)
		for _, size := range []int{1, 2, 3, len(want)} {
			t.Run(fmt.Sprintf("%s%d", filter, size), func(t *testing.T) {
				var got []string
				after := ""
				for page := 0; ; page++ {
					if page > len(want) {
						t.Fatalf("no end after %d pages: %v", page, got)
					}
					var resp struct{ Contacts connJ }
					q := fmt.Sprintf(`{ contacts(%sfirst: %d, after: %q) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`, filter, size, after)
					f.query(t, q, &resp)
					c := resp.Contacts
					if len(c.Edges) == 0 || len(c.Edges) > size {
						t.Fatalf("page %d has %d edges", page, len(c.Edges))
					}
					if last := c.Edges[len(c.Edges)-1].Cursor; str(c.PageInfo.EndCursor) != last {
						t.Errorf("endCursor %q, last cursor %q", str(c.PageInfo.EndCursor), last)
					}
					got = append(got, c.ids()...)
					if !c.PageInfo.HasNextPage {
						break
					}
					if len(c.Edges) != size {
						t.Errorf("page %d: %d edges and hasNextPage", page, len(c.Edges))
					}
					after = str(c.PageInfo.EndCursor)
				}
				if !slices.Equal(got, want) {
					t.Errorf("pages gave %v\nwant %v", got, want)
				}
			})
		}
	}
}

// checkNewestFirst fails when a connection is not ordered by start day, newest first, with
// contacts of an open start last.
func checkNewestFirst(t *testing.T, c connJ) {
	t.Helper()
	for i := 1; i < len(c.Edges); i++ {
		a, b := str(c.Edges[i-1].Node.Date.Start), str(c.Edges[i].Node.Date.Start)
		if b != "" && (a == "" || a < b) {
			t.Errorf("contact %d starts %q after contact %d, which starts %q", i, b, i-1, a)
		}
	}
}

// TestContactsDateRange checks that from and to keep the contacts whose known interval meets
// the range, alone and with participants.
func TestContactsDateRange(t *testing.T) {
	f := shared(t)
	tests := []struct {
		name, args string
		want       []string // start day and participants of each contact, newest first
	}{
		{"a year", `from: "2023-01-01", to: "2023-12-31"`, []string{
			"2023-11-01 Q15031+Q6279", "2023-10-25 Q3052772+Q57464", "2023-10-15 Q307871+Q7821917"}},
		{"from only", `from: "2025-01-01"`, []string{"2025-07-01 Q3052772+Q7747"}},
		{"to only", `to: "2021-12-31"`, []string{"2021-01-14 Q58217+Q72099398"}},
		{"a month meeting the range at its end", `participant: "Putin", from: "2022-09-15", to: "2022-12-31"`, []string{
			"2022-12-30 Q15031+Q7747", "2022-09-01 Q3052772+Q7747"}},
		{"two states", `participant: "Russia", with: "France", from: "2022-01-01", to: "2022-12-31"`, []string{"2022-09-01 Q3052772+Q7747"}},
		{"planned in a week's range", `status: PLANNED, from: "2024-04-22", to: "2024-04-22"`, []string{"2024-04-20 Q701801+Q7821917"}},
		{"nothing in the range", `from: "2020-01-01", to: "2020-12-31"`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var resp struct{ Contacts connJ }
			f.query(t, `{ contacts(`+tt.args+`, first: 100) { edges { node { date { start } participants { entity { id } } } } } }`, &resp)
			var got []string
			for _, e := range resp.Contacts.Edges {
				got = append(got, str(e.Node.Date.Start)+" "+strings.Join(e.Node.entityIDs(), "+"))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestEntity checks that entity(id) gives states and organisations from the lexicon and people
// from the store, with their names, country and positions.
func TestEntity(t *testing.T) {
	f := shared(t)
	tests := []struct {
		id, kind, name, country, wikidata string
		names                             []string // some of the names
	}{
		{"FR", "COUNTRY", "France", "FR", "", []string{"France", "فرنسا"}},
		{"RU", "COUNTRY", "Russia", "RU", "", []string{"Russia", "روسيا"}},
		{"UN", "ORGANISATION", "United Nations", "UN", "", []string{"الأمم المتحدة"}},
		{"Q7747", "PERSON", "Vladimir Putin", "RU", "Q7747", []string{"Vladimir Putin", "بوتين", "فلاديمير بوتن"}},
		{"Q311440", "PERSON", "António Guterres", "UN", "Q311440", []string{"غوتيريش", "غوتيريس"}},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			var resp struct{ Entity *entityJ }
			f.query(t, fmt.Sprintf(`{ entity(id: %q) { id kind name names country wikidata positions { role country from to } } }`, tt.id), &resp)
			e := resp.Entity
			if e == nil {
				t.Fatal("no entity")
			}
			if e.ID != tt.id || e.Kind != tt.kind || e.Name != tt.name || str(e.Country) != tt.country || str(e.Wikidata) != tt.wikidata {
				t.Errorf("got %s %s %q %s %s, want %s %s %q %s %s", e.ID, e.Kind, e.Name, str(e.Country), str(e.Wikidata), tt.id, tt.kind, tt.name, tt.country, tt.wikidata)
			}
			for _, n := range tt.names {
				if !slices.Contains(e.Names, n) {
					t.Errorf("names %q lack %q", e.Names, n)
				}
			}
			if (tt.kind == "PERSON") != (len(e.Positions) > 0) {
				t.Errorf("%s has %d positions", tt.kind, len(e.Positions))
			}
		})
	}
	var resp struct{ Entity *entityJ }
	f.query(t, `{ entity(id: "Q7747") { positions { role country from to } } }`, &resp)
	found := false
	for _, p := range resp.Entity.Positions {
		found = found || p.Role == "president" && p.Country == "RU" && str(p.From) == "2012-05-07" && p.To == nil
	}
	if !found {
		t.Errorf("Putin's positions %+v lack RU president from 2012-05-07", resp.Entity.Positions)
	}
}

// TestSearchEntities checks that searchEntities finds an entity by any spelling or prefix,
// states from the lexicon first, and respects first.
func TestSearchEntities(t *testing.T) {
	f := shared(t)
	tests := []struct {
		name  string
		first int
		want  []string // the first IDs of the answer, in order; nil for none
	}{
		{"غوتيريش", 10, []string{"Q311440"}},
		{"غوتيريس", 10, []string{"Q311440"}},
		{"جوتيريش", 10, []string{"Q311440"}},
		{"Guterres", 10, []string{"Q311440"}},
		{"António Guterres", 10, []string{"Q311440"}},
		{"بوتن", 10, []string{"Q7747"}},
		{"Vlad", 10, []string{"Q7747"}},
		{"France", 10, []string{"FR"}},
		{"Vladimir Putin", 1, []string{"Q7747"}},
		{"Xyzzy Plugh", 10, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var resp struct{ SearchEntities []entityJ }
			f.query(t, fmt.Sprintf(`{ searchEntities(name: %q, first: %d) { id name } }`, tt.name, tt.first), &resp)
			var got []string
			for _, e := range resp.SearchEntities {
				got = append(got, e.ID)
			}
			if len(got) > tt.first {
				t.Errorf("%d results for first: %d", len(got), tt.first)
			}
			if len(got) < len(tt.want) || !slices.Equal(got[:len(tt.want)], tt.want) || tt.want == nil && got != nil {
				t.Errorf("got %v, want %v first", got, tt.want)
			}
		})
	}
	for first, want := range map[int]int{1: 1, 10: 2} {
		var resp struct{ SearchEntities []entityJ }
		f.query(t, fmt.Sprintf(`{ searchEntities(name: "Salman", first: %d) { id } }`, first), &resp)
		var got []string
		for _, e := range resp.SearchEntities {
			got = append(got, e.ID)
		}
		if len(got) != want || slices.ContainsFunc(got, func(id string) bool { return id != "Q367825" && id != "Q6892571" }) {
			t.Errorf("Salman, first %d: %v, want %d of King Salman and Mohammed bin Salman", first, got, want)
		}
	}
}
