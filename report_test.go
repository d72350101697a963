package readout_test

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"readout"
)

const (
	macron = "Q3052772"
	putin  = "Q7747"
)

// report is doc's report (index 0) of a contact between Macron and Putin; pub may be "".
func report(doc, pub string, mode readout.Mode, status readout.Status, d readout.Date) readout.Report {
	var p time.Time
	if pub != "" {
		p = day(pub)
	}
	return readout.Report{
		Document:  doc,
		Published: p,
		Contact: readout.Contact{
			Mode: mode, Status: status, Date: d,
			Participants: []readout.Participant{{Entity: macron, Country: "FR"}, {Entity: putin, Country: "RU"}},
			Sources:      []readout.Source{{Document: doc, Evidence: "evidence of " + doc, Start: 10, End: 40}},
		},
	}
}

// phone is an occurred phone call reported by doc, published on pub.
func phone(doc, pub string, d readout.Date) readout.Report {
	return report(doc, pub, readout.Phone, readout.Occurred, d)
}

// summary writes each contact as "mode status date docs", sorted.
func summary(cs []readout.Contact) []string {
	var out []string
	for _, c := range cs {
		out = append(out, fmt.Sprintf("%s %s %s %s", c.Mode, c.Status, c.Date, strings.Join(c.Documents(), ",")))
	}
	slices.Sort(out)
	return out
}

// undated is the date the loader gives a report with no time expression: on or before pub.
func undated(pub string) readout.Date {
	return readout.Date{End: day(pub), Granularity: readout.Range}
}

// TestMerge checks how reports of one group resolve into contacts: a report joins a contact of
// the same status, compatible mode and overlapping date and narrows its date; otherwise it
// starts its own; an undated report joins the contact closest before its publication.
func TestMerge(t *testing.T) {
	jan10, mar10 := readout.DayDate(day("2025-01-10"), ""), readout.DayDate(day("2025-03-10"), "")
	tests := []struct {
		name    string
		reports []readout.Report
		want    []string
	}{
		{"a day inside a month narrows to the day",
			[]readout.Report{phone("a", "", july), phone("b", "", jul1)},
			[]string{"phone occurred 2025-07-01 a,b"}},
		{"a month inside a year narrows to the month",
			[]readout.Report{phone("a", "", y2025), phone("b", "", july)},
			[]string{"phone occurred 2025-07 a,b"}},
		{"overlapping ranges narrow to what both allow",
			[]readout.Report{phone("a", "", rng("2025-07-01", "2025-07-10")), phone("b", "", rng("2025-07-05", "2025-07-20"))},
			[]string{"phone occurred 2025-07-05/2025-07-10 a,b"}},
		{"a planned and an occurred report stay apart",
			[]readout.Report{phone("a", "", jul1), report("b", "", readout.Phone, readout.Planned, jul1)},
			[]string{"phone occurred 2025-07-01 a", "phone planned 2025-07-01 b"}},
		{"disjoint days stay apart",
			[]readout.Report{phone("a", "", jul1), phone("b", "", aug1)},
			[]string{"phone occurred 2025-07-01 a", "phone occurred 2025-08-01 b"}},
		{"a day outside a month stays apart",
			[]readout.Report{phone("a", "", july), phone("b", "", aug1)},
			[]string{"phone occurred 2025-07 a", "phone occurred 2025-08-01 b"}},
		{"a phone call and a meeting stay apart",
			[]readout.Report{phone("a", "", jul1), report("b", "", readout.Meeting, readout.Occurred, jul1)},
			[]string{"meeting occurred 2025-07-01 b", "phone occurred 2025-07-01 a"}},
		{"a visit and its meeting join as a meeting",
			[]readout.Report{report("a", "", readout.Visit, readout.Occurred, july), report("b", "", readout.Meeting, readout.Occurred, jul1)},
			[]string{"meeting occurred 2025-07-01 a,b"}},
		{"talks take the more telling mode",
			[]readout.Report{report("a", "", readout.Talks, readout.Occurred, jul1), phone("b", "", jul1)},
			[]string{"phone occurred 2025-07-01 a,b"}},
		{"an undated report joins the contact closest before publication",
			[]readout.Report{phone("a", "", jan10), phone("b", "", mar10), phone("c", "2025-03-01", undated("2025-03-01"))},
			[]string{"phone occurred 2025-01-10 a,c", "phone occurred 2025-03-10 b"}},
		{"a later undated report joins the later contact",
			[]readout.Report{phone("a", "", jan10), phone("b", "", mar10), phone("c", "2025-04-01", undated("2025-04-01"))},
			[]string{"phone occurred 2025-01-10 a", "phone occurred 2025-03-10 b,c"}},
		{"a report of unknown date joins the contact closest before publication",
			[]readout.Report{phone("a", "", jan10), phone("b", "", mar10), phone("c", "2025-03-01", unknown)},
			[]string{"phone occurred 2025-01-10 a,c", "phone occurred 2025-03-10 b"}},
		{"an undated report with no contact before publication stays apart",
			[]readout.Report{phone("b", "", mar10), phone("c", "2025-03-01", undated("2025-03-01"))},
			[]string{"phone occurred ../2025-03-01 c", "phone occurred 2025-03-10 b"}},
		{"a month fitting two days joins the one closest before publication",
			[]readout.Report{phone("a", "", jul1), phone("b", "", readout.DayDate(day("2025-07-20"), "")), phone("c", "2025-07-25", july)},
			[]string{"phone occurred 2025-07-01 a", "phone occurred 2025-07-20 b,c"}},
		{"no reports, no contacts", nil, nil},
	}
	for _, tt := range tests {
		if got := summary(readout.Merge(tt.reports)); !slices.Equal(got, tt.want) {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

// TestMergeDerivedFields checks what a merged contact settles from its reports: sorted and
// deduplicated sources and topics, pooled claims, the initiator and duration they support,
// roles filled from any report, "first since", and independent reports.
func TestMergeDerivedFields(t *testing.T) {
	a := phone("a", "", july)
	a.Contact.Participants[1].Role = "president"
	a.Contact.Topics = []string{"ukraine", "gaza"}
	a.Contact.Sources[0].Key = "wire"
	a.Contact.Claims = []readout.Claim{{Field: readout.ClaimInitiator, Value: "FR", Documents: []string{"a"}}}
	b := phone("b", "", jul1)
	b.Contact.Participants[0].Role = "president"
	b.Contact.Topics = []string{"ukraine"}
	b.Contact.Sources = append(b.Contact.Sources, b.Contact.Sources[0], readout.Source{Document: "b", Start: 0, End: 9})
	b.Contact.Sources[0].Key = "wire"
	b.Contact.Claims = []readout.Claim{
		{Field: readout.ClaimInitiator, Value: "FR", Documents: []string{"b"}},
		{Field: readout.ClaimDuration, Value: "120", Documents: []string{"b"}},
	}
	c := phone("c", "", jul1)
	since := readout.MonthDate(2022, time.September, "")
	c.Contact.FirstSince = &since
	c.Contact.Claims = []readout.Claim{{Field: readout.ClaimDuration, Value: "120", Documents: []string{"c"}}}

	cs := readout.Merge([]readout.Report{c, a, b})
	if len(cs) != 1 {
		t.Fatalf("%d contacts, want 1: %q", len(cs), summary(cs))
	}
	got := cs[0]
	var srcs []string
	for _, s := range got.Sources {
		srcs = append(srcs, fmt.Sprintf("%s@%d", s.Document, s.Start))
	}
	if want := []string{"a@10", "b@0", "b@10", "c@10"}; !slices.Equal(srcs, want) {
		t.Errorf("sources %v, want %v", srcs, want)
	}
	if want := []string{"gaza", "ukraine"}; !slices.Equal(got.Topics, want) {
		t.Errorf("topics %v, want %v", got.Topics, want)
	}
	var claims []string
	for _, cl := range got.Claims {
		claims = append(claims, cl.Field+"="+cl.Value+" "+strings.Join(cl.Documents, ","))
	}
	if want := []string{"duration=120 b,c", "initiator=FR a,b"}; !slices.Equal(claims, want) {
		t.Errorf("claims %v, want %v", claims, want)
	}
	if got.Initiator == nil || *got.Initiator != (readout.Initiator{Entity: macron, Country: "FR"}) {
		t.Errorf("initiator %+v, want Macron for FR", got.Initiator)
	}
	if got.DurationMinutes != 120 {
		t.Errorf("duration %d, want 120", got.DurationMinutes)
	}
	if got.Participants[0].Role != "president" || got.Participants[1].Role != "president" {
		t.Errorf("participants %+v, want both roles filled", got.Participants)
	}
	if got.FirstSince == nil || got.FirstSince.String() != "2022-09" {
		t.Errorf("first since %v, want 2022-09", got.FirstSince)
	}
	if got.Reports != 2 {
		t.Errorf("%d independent reports, want 2 (a and b share a wire copy)", got.Reports)
	}
	if !got.Date.IsExact() || got.Date.String() != "2025-07-01" {
		t.Errorf("date %v, want 2025-07-01", got.Date)
	}
}

// TestMergeInitiatorOutsideParticipants checks that an initiator claim naming a state no
// participant acts for gives a side without an entity, and that no claim gives no initiator.
func TestMergeInitiatorOutsideParticipants(t *testing.T) {
	a := phone("a", "", jul1)
	a.Contact.Initiator = &readout.Initiator{Entity: macron, Country: "FR"} // not backed by a claim
	if cs := readout.Merge([]readout.Report{a}); cs[0].Initiator != nil {
		t.Errorf("initiator %+v without any claim", cs[0].Initiator)
	}
	a.Contact.Claims = []readout.Claim{{Field: readout.ClaimInitiator, Value: "US", Documents: []string{"a"}}}
	cs := readout.Merge([]readout.Report{a})
	if cs[0].Initiator == nil || *cs[0].Initiator != (readout.Initiator{Country: "US"}) {
		t.Errorf("initiator %+v, want the side US without an entity", cs[0].Initiator)
	}
}

// TestMergeMajorityDuration checks that the duration reported by more documents wins, even when
// those documents word it differently (a plain and an "about" claim of the same minutes).
func TestMergeMajorityDuration(t *testing.T) {
	var rs []readout.Report
	for _, cl := range []readout.Claim{
		{Field: readout.ClaimDuration, Value: "30", Documents: []string{"a"}},
		{Field: readout.ClaimDuration, Value: "60", Documents: []string{"b"}},
		{Field: readout.ClaimDuration, Value: "60", Qualifier: "about", Documents: []string{"c"}},
	} {
		r := phone(cl.Documents[0], "", jul1)
		r.Contact.Claims = []readout.Claim{cl}
		rs = append(rs, r)
	}
	cs := readout.Merge(rs)
	if len(cs) != 1 {
		t.Fatalf("%d contacts, want 1: %q", len(cs), summary(cs))
	}
	if cs[0].DurationMinutes != 60 {
		t.Errorf("duration %d, want 60 (two documents against one)", cs[0].DurationMinutes)
	}
}

// TestMergeIDs checks that contacts get IDs of the form c + 16 hex digits that differ within a
// group even when status and date are the same, and that equal input gives equal IDs.
func TestMergeIDs(t *testing.T) {
	rs := []readout.Report{phone("a", "", jul1), report("b", "", readout.Meeting, readout.Occurred, jul1), phone("c", "", aug1)}
	cs := readout.Merge(rs)
	if len(cs) != 3 {
		t.Fatalf("%d contacts, want 3", len(cs))
	}
	seen := map[string]bool{}
	for _, c := range cs {
		if len(c.ID) != 17 || c.ID[0] != 'c' || strings.Trim(c.ID[1:], "0123456789abcdef") != "" {
			t.Errorf("ID %q is not c + 16 hex digits", c.ID)
		}
		if seen[c.ID] {
			t.Errorf("ID %q given twice", c.ID)
		}
		seen[c.ID] = true
	}
	again := readout.Merge([]readout.Report{phone("x", "", aug1)})
	for _, c := range cs {
		if c.Date.String() == "2025-08-01" && c.ID != again[0].ID {
			t.Errorf("the Aug 1 call has ID %q here and %q alone", c.ID, again[0].ID)
		}
	}
}

// TestMergeLeavesInputAlone checks that Merge does not change the reports it is given.
func TestMergeLeavesInputAlone(t *testing.T) {
	build := func() []readout.Report {
		a := phone("a", "", jul1) // taken first: the contact starts from it
		b := phone("b", "", july)
		b.Contact.Participants[1].Role = "president"
		b.Contact.Claims = []readout.Claim{{Field: readout.ClaimTopic, Value: "gaza", Documents: []string{"b"}}}
		return []readout.Report{a, b}
	}
	rs, want := build(), build()
	readout.Merge(rs)
	for i := range rs {
		if !reflect.DeepEqual(rs[i], want[i]) {
			t.Errorf("Merge changed report %s:\n got %+v\nwant %+v", rs[i].Document, rs[i].Contact, want[i].Contact)
		}
	}
}

// shuffleSet is a set of reports of one group that exercises every rule of Merge: days, months,
// a year, ranges, undated reports, statuses, modes, claims, topics, roles and two reports of
// one document.
func shuffleSet() []readout.Report {
	claim := func(field, value, by, doc string) readout.Claim {
		return readout.Claim{Field: field, Value: value, By: by, Documents: []string{doc}}
	}
	a := phone("a", "2025-07-02", jul1)
	a.Contact.Claims = []readout.Claim{claim(readout.ClaimInitiator, "FR", "", "a"), claim(readout.ClaimDuration, "60", "", "a")}
	a.Contact.Topics = []string{"ukraine"}
	a.Contact.Sources[0].Key = "wire1"
	b := phone("b", "2025-07-03", july)
	b.Contact.Claims = []readout.Claim{claim(readout.ClaimInitiator, "FR", "", "b"), claim(readout.ClaimInitiator, "RU", "RU", "b")}
	b.Contact.Participants[1].Role = "president"
	c := report("c", "2025-07-05", readout.Talks, readout.Occurred, undated("2025-07-05"))
	c.Contact.Sources[0].Key = "wire1"
	c.Contact.Topics = []string{"gaza"}
	d := report("d", "2025-07-01", readout.Meeting, readout.Occurred, jul1)
	e := phone("e", "2022-10-01", readout.MonthDate(2022, time.September, ""))
	f := phone("f", "2022-09-16", readout.DayDate(day("2022-09-15"), ""))
	f.Contact.Claims = []readout.Claim{{Field: readout.ClaimDuration, Value: "90", Qualifier: "about", Documents: []string{"f"}}}
	g := report("g", "2025-06-20", readout.Phone, readout.Planned, jul1)
	h := phone("h", "2025-07-04", rng("2025-07-01", "2025-07-03"))
	since := readout.MonthDate(2022, time.September, "")
	h.Contact.FirstSince = &since
	i := phone("i", "2023-01-01", unknown)
	j := report("j", "2025-12-31", readout.Visit, readout.Occurred, y2025)
	j.Contact.Participants[0].Role = "president"
	k0 := phone("k", "2025-08-11", jul1)
	k1 := phone("k", "2025-08-11", readout.DayDate(day("2025-08-10"), ""))
	k1.Index = 1
	k1.Contact.Sources[0].Start, k1.Contact.Sources[0].End = 50, 80
	return []readout.Report{a, b, c, d, e, f, g, h, i, j, k0, k1}
}

// TestMergeOrderFree checks that Merge gives the same contacts (IDs, order, sources, claims,
// initiator, duration and all) however its reports are ordered: 20 shuffles with a fixed seed.
func TestMergeOrderFree(t *testing.T) {
	base := readout.Merge(shuffleSet())
	want := []string{
		"meeting occurred 2025-07-01 d,j",
		"phone occurred 2022-09-15 e,f,i",
		"phone occurred 2025-07-01 a,b,c,h,k",
		"phone occurred 2025-08-10 k",
		"phone planned 2025-07-01 g",
	}
	if got := summary(base); !slices.Equal(got, want) {
		t.Fatalf("contacts of the set:\n got %q\nwant %q", got, want)
	}
	r := rand.New(rand.NewPCG(2025, 7))
	for n := range 20 {
		rs := shuffleSet()
		r.Shuffle(len(rs), func(i, j int) { rs[i], rs[j] = rs[j], rs[i] })
		if got := readout.Merge(rs); !reflect.DeepEqual(got, base) {
			t.Fatalf("shuffle %d gives other contacts:\n got %+v\nwant %+v", n, got, base)
		}
	}
}
