package readout_test

import (
	"slices"
	"testing"

	"readout"
)

// TestModeCompatible checks which pairs of modes can describe one contact: equal modes, Talks
// with anything, a visit with a meeting; and that the relation is symmetric.
func TestModeCompatible(t *testing.T) {
	compatible := map[[2]readout.Mode]bool{
		{readout.Visit, readout.Meeting}: true,
	}
	for _, m := range readout.Modes {
		compatible[[2]readout.Mode{m, m}] = true
		compatible[[2]readout.Mode{m, readout.Talks}] = true
	}
	for _, m := range readout.Modes {
		for _, o := range readout.Modes {
			want := compatible[[2]readout.Mode{m, o}] || compatible[[2]readout.Mode{o, m}]
			if got := m.Compatible(o); got != want {
				t.Errorf("%s.Compatible(%s) = %v, want %v", m, o, got, want)
			}
		}
	}
	// a few by name, so that the table above cannot drift into agreeing with a broken rule
	for _, tt := range []struct {
		m, o readout.Mode
		want bool
	}{
		{readout.Phone, readout.Video, false},
		{readout.Phone, readout.Meeting, false},
		{readout.Message, readout.Phone, false},
		{readout.Visit, readout.Meeting, true},
		{readout.Talks, readout.Message, true},
	} {
		if got := tt.m.Compatible(tt.o); got != tt.want {
			t.Errorf("%s.Compatible(%s) = %v, want %v", tt.m, tt.o, got, tt.want)
		}
	}
}

// TestModeRank checks the order of modes by how much they tell: video, phone, message,
// meeting, visit, talks, and an unknown mode below all.
func TestModeRank(t *testing.T) {
	order := []readout.Mode{readout.Video, readout.Phone, readout.Message, readout.Meeting,
		readout.Visit, readout.Talks, readout.Mode("smoke signal")}
	for i := 1; i < len(order); i++ {
		if a, b := order[i-1].Rank(), order[i].Rank(); a <= b {
			t.Errorf("%s.Rank() = %d, not above %s.Rank() = %d", order[i-1], a, order[i], b)
		}
	}
	if got := readout.Mode("").Rank(); got != 0 {
		t.Errorf("empty mode ranks %d, want 0", got)
	}
}

// TestAddClaim checks that an equal claim pools its documents (sorted, without repeats) and a
// claim differing in value, qualifier or attribution is kept apart.
func TestAddClaim(t *testing.T) {
	var c readout.Contact
	c.AddClaim(readout.Claim{Field: readout.ClaimInitiator, Value: "FR", Documents: []string{"d3"}})
	c.AddClaim(readout.Claim{Field: readout.ClaimInitiator, Value: "FR", Basis: "other words", Documents: []string{"d1", "d3"}})
	c.AddClaim(readout.Claim{Field: readout.ClaimInitiator, Value: "FR", By: "RU", Documents: []string{"d2"}})
	c.AddClaim(readout.Claim{Field: readout.ClaimInitiator, Value: "RU", Documents: []string{"d2"}})
	c.AddClaim(readout.Claim{Field: readout.ClaimDuration, Value: "60", Documents: []string{"d1"}})
	c.AddClaim(readout.Claim{Field: readout.ClaimDuration, Value: "60", Qualifier: "about", Documents: []string{"d2"}})
	c.AddClaim(readout.Claim{Field: readout.ClaimInitiator, Value: "FR", Documents: []string{"d2"}})

	want := []struct {
		key  readout.Claim
		docs []string
	}{
		{readout.Claim{Field: readout.ClaimInitiator, Value: "FR"}, []string{"d1", "d2", "d3"}},
		{readout.Claim{Field: readout.ClaimInitiator, Value: "FR", By: "RU"}, []string{"d2"}},
		{readout.Claim{Field: readout.ClaimInitiator, Value: "RU"}, []string{"d2"}},
		{readout.Claim{Field: readout.ClaimDuration, Value: "60"}, []string{"d1"}},
		{readout.Claim{Field: readout.ClaimDuration, Value: "60", Qualifier: "about"}, []string{"d2"}},
	}
	if len(c.Claims) != len(want) {
		t.Fatalf("%d claims, want %d: %+v", len(c.Claims), len(want), c.Claims)
	}
	for i, w := range want {
		got := c.Claims[i]
		if got.Key() != w.key.Key() || !slices.Equal(got.Documents, w.docs) {
			t.Errorf("claim %d = %q %v, want %q %v", i, got.Key(), got.Documents, w.key.Key(), w.docs)
		}
	}
	if c.Claims[0].Basis != "" {
		t.Errorf("pooling replaced the first claim's basis with %q", c.Claims[0].Basis)
	}
}

// TestAddClaimCopiesDocuments checks that a stored claim does not share its document list with
// the caller's claim.
func TestAddClaimCopiesDocuments(t *testing.T) {
	docs := []string{"d1"}
	var c readout.Contact
	c.AddClaim(readout.Claim{Field: readout.ClaimTopic, Value: "gaza", Documents: docs})
	docs[0] = "changed"
	if got := c.Claims[0].Documents; !slices.Equal(got, []string{"d1"}) {
		t.Errorf("claim documents = %v after the caller changed its slice", got)
	}
}

// TestClaimKey checks that a claim's key ignores basis and documents but tells field, value,
// qualifier and attribution apart.
func TestClaimKey(t *testing.T) {
	base := readout.Claim{Field: readout.ClaimDuration, Value: "60", Qualifier: "about", By: "FR"}
	same := base
	same.Basis, same.Documents = "نحو ساعة", []string{"x"}
	if base.Key() != same.Key() {
		t.Error("basis or documents changed the key")
	}
	for _, other := range []readout.Claim{
		{Field: readout.ClaimTopic, Value: "60", Qualifier: "about", By: "FR"},
		{Field: readout.ClaimDuration, Value: "90", Qualifier: "about", By: "FR"},
		{Field: readout.ClaimDuration, Value: "60", Qualifier: "more than", By: "FR"},
		{Field: readout.ClaimDuration, Value: "60", Qualifier: "about", By: "RU"},
		{Field: readout.ClaimDuration, Value: "60about", By: "FR"},
	} {
		if other.Key() == base.Key() {
			t.Errorf("%+v has the key of %+v", other, base)
		}
	}
}

// TestDisputed checks that contradicting claims on one field make a contact disputed, while
// topics, close durations and a status claim matching the contact do not.
func TestDisputed(t *testing.T) {
	claim := func(field, value string) readout.Claim { return readout.Claim{Field: field, Value: value} }
	tests := []struct {
		name   string
		claims []readout.Claim
		want   bool
	}{
		{"none", nil, false},
		{"one initiator twice", []readout.Claim{claim(readout.ClaimInitiator, "FR"), {Field: readout.ClaimInitiator, Value: "FR", By: "RU"}}, false},
		{"two initiators", []readout.Claim{claim(readout.ClaimInitiator, "FR"), claim(readout.ClaimInitiator, "RU")}, true},
		{"two topics", []readout.Claim{claim(readout.ClaimTopic, "gaza"), claim(readout.ClaimTopic, "ukraine")}, false},
		{"close durations", []readout.Claim{claim(readout.ClaimDuration, "60"), claim(readout.ClaimDuration, "75")}, false},
		{"far durations", []readout.Claim{claim(readout.ClaimDuration, "30"), claim(readout.ClaimDuration, "120")}, true},
		{"denied by a side", []readout.Claim{claim(readout.ClaimStatus, "denied")}, true},
		{"confirmed by a side", []readout.Claim{claim(readout.ClaimStatus, "occurred")}, false},
	}
	for _, tt := range tests {
		c := readout.Contact{Status: readout.Occurred, Claims: tt.claims}
		if got := c.Disputed(); got != tt.want {
			t.Errorf("%s: Disputed() = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestContactParticipants checks the participant helpers: sorting drops repeated entities,
// the group key joins the sorted IDs, and countries and documents are distinct and sorted.
func TestContactParticipants(t *testing.T) {
	c := readout.Contact{
		Participants: []readout.Participant{
			{Entity: "Q7747", Country: "RU"}, {Entity: "Q3052772", Country: "FR"},
			{Entity: "Q7747", Country: "RU"}, {Entity: "Q1", Country: "FR"}, {Entity: "Q2"},
		},
		Sources: []readout.Source{{Document: "b"}, {Document: "a"}, {Document: "b"}},
	}
	c.SortParticipants()
	if got, want := c.EntityIDs(), []string{"Q1", "Q2", "Q3052772", "Q7747"}; !slices.Equal(got, want) {
		t.Errorf("EntityIDs() = %v, want %v", got, want)
	}
	if got, want := c.GroupKey(), "Q1+Q2+Q3052772+Q7747"; got != want {
		t.Errorf("GroupKey() = %q, want %q", got, want)
	}
	if got, want := c.Countries(), []string{"FR", "RU"}; !slices.Equal(got, want) {
		t.Errorf("Countries() = %v, want %v", got, want)
	}
	if got, want := c.Documents(), []string{"a", "b"}; !slices.Equal(got, want) {
		t.Errorf("Documents() = %v, want %v", got, want)
	}
}
