package store

import (
	"bytes"
	"slices"
	"testing"
	"time"

	"readout"
)

// civil is the UTC midnight of a YYYY-MM-DD day.
func civil(s string) time.Time {
	t, err := readout.ParseDay(s)
	if err != nil {
		panic(err)
	}
	return t
}

// splitKey inverts key: the kind byte and the parts between separators.
func splitKey(k []byte) (byte, []string) {
	var parts []string
	for _, p := range bytes.Split(k[1:], []byte{sep}) {
		parts = append(parts, string(p))
	}
	return k[0], parts
}

// TestKeyKindsDistinct checks that no two kinds of key share their prefix byte.
func TestKeyKindsDistinct(t *testing.T) {
	kinds := []byte{kindDocument, kindHash, kindReports, kindGroupDoc, kindDocEntity, kindContact,
		kindGroup, kindPair, kindTimeline, kindStatePair, kindState, kindByDate, kindFirst,
		kindEntity, kindAlias, kindWord, kindCaptured, kindMerged, kindMaxSpan}
	seen := map[byte]bool{}
	for _, k := range kinds {
		if seen[k] {
			t.Errorf("kind %q used twice", k)
		}
		seen[k] = true
	}
}

// TestKeyRoundTrip checks, for every kind of plain key, that key writes the kind byte and the
// parts joined by 0x00, that splitting inverts it and that lastPart gives the ID at its end.
func TestKeyRoundTrip(t *testing.T) {
	tests := []struct {
		kind  byte
		parts []string
		want  string
	}{
		{kindDocument, []string{"corpus/07-macron.txt"}, "dcorpus/07-macron.txt"},
		{kindHash, []string{"9f86d081884c7d65"}, "h9f86d081884c7d65"},
		{kindReports, []string{"feed.jsonl#12"}, "rfeed.jsonl#12"},
		{kindGroupDoc, []string{"Q3052772+Q7747", "a.txt"}, "gQ3052772+Q7747\x00a.txt"},
		{kindDocEntity, []string{"Q7747", "a.txt"}, "DQ7747\x00a.txt"},
		{kindContact, []string{"c0123456789abcdef"}, "cc0123456789abcdef"},
		{kindGroup, []string{"Q3052772+Q7747", "c01"}, "GQ3052772+Q7747\x00c01"},
		{kindFirst, []string{"c01"}, "fc01"},
		{kindEntity, []string{"Q7747"}, "eQ7747"},
		{kindAlias, []string{"vladimir putin", "Q7747"}, "avladimir putin\x00Q7747"},
		{kindAlias, []string{"بوتين", "Q7747"}, "aبوتين\x00Q7747"},
		{kindWord, []string{"putin", "Q7747"}, "wputin\x00Q7747"},
		{kindCaptured, []string{"جان نويل", "n-jan-nwyl"}, "Cجان نويل\x00n-jan-nwyl"},
		{kindMerged, []string{"n-jan-nwyl"}, "Mn-jan-nwyl"},
	}
	for _, tt := range tests {
		k := key(tt.kind, tt.parts...)
		if string(k) != tt.want {
			t.Errorf("key(%q, %q) = %q, want %q", tt.kind, tt.parts, k, tt.want)
		}
		kind, parts := splitKey(k)
		if kind != tt.kind || !slices.Equal(parts, tt.parts) {
			t.Errorf("split(%q) = %q %q, want %q %q", k, kind, parts, tt.kind, tt.parts)
		}
		if got := lastPart(k); len(tt.parts) > 1 && got != tt.parts[len(tt.parts)-1] {
			t.Errorf("lastPart(%q) = %q, want %q", k, got, tt.parts[len(tt.parts)-1])
		}
		if p := prefix(tt.kind, tt.parts[:len(tt.parts)-1]...); len(tt.parts) > 1 && !bytes.HasPrefix(k, p) {
			t.Errorf("key %q is not under prefix %q", k, p)
		}
	}
}

// TestPrefixStopsAtSeparator checks that the prefix of one ID does not cover keys of a longer
// ID that starts with it, and that a kind alone is one byte.
func TestPrefixStopsAtSeparator(t *testing.T) {
	p := prefix(kindTimeline, "Q1")
	if string(p) != "tQ1\x00" {
		t.Errorf("prefix = %q", p)
	}
	if bytes.HasPrefix(timelineKey(prefix(kindTimeline, "Q12"), civil("2025-07-01"), civil("2025-07-01"), "c1"), p) {
		t.Error("the timeline of Q12 is under the prefix of Q1")
	}
	if !bytes.HasPrefix(timelineKey(prefix(kindTimeline, "Q1"), civil("2025-07-01"), civil("2025-07-01"), "c1"), p) {
		t.Error("the timeline of Q1 is not under its own prefix")
	}
	if got := key(kindByDate); !bytes.Equal(got, []byte{kindByDate}) {
		t.Errorf("key with no parts = %q", got)
	}
}

// TestDayNumber checks the day encoding: 0 for an open side, 1 for 1900-01-01, clamped before
// it, consecutive for consecutive days, and inverted by dayOf.
func TestDayNumber(t *testing.T) {
	tests := []struct {
		t    time.Time
		want uint32
	}{
		{time.Time{}, 0},
		{civil("1900-01-01"), 1},
		{civil("1900-01-02"), 2},
		{civil("1900-12-31"), 365},
		{civil("1901-01-01"), 366},
		{civil("1899-12-31"), 1},
		{civil("1066-10-14"), 1},
		{civil("2025-07-01"), 45838},
	}
	for _, tt := range tests {
		if got := dayNumber(tt.t); got != tt.want {
			t.Errorf("dayNumber(%s) = %d, want %d", readout.FormatDay(tt.t), got, tt.want)
		}
	}
	if !dayOf(0).IsZero() {
		t.Errorf("dayOf(0) = %v, want the zero time", dayOf(0))
	}
	prev := uint32(0)
	for d := civil("1900-01-01"); d.Year() < 2101; d = d.AddDate(0, 0, 1) {
		n := dayNumber(d)
		if n != prev+1 {
			t.Fatalf("dayNumber(%s) = %d after %d", readout.FormatDay(d), n, prev)
		}
		if back := dayOf(n); !back.Equal(d) || back.Location() != time.UTC {
			t.Fatalf("dayOf(dayNumber(%s)) = %v", readout.FormatDay(d), back)
		}
		prev = n
	}
}

// TestTimelineKeyRoundTrip checks that parseTimelineKey gives back the start day and contact ID
// of timelineKey under every timeline kind, open sides included, and rejects other keys.
func TestTimelineKeyRoundTrip(t *testing.T) {
	prefixes := [][]byte{
		{kindByDate},
		prefix(kindTimeline, "Q7747"),
		prefix(kindPair, "Q3052772", "Q7747"),
		prefix(kindState, "RU"),
		prefix(kindStatePair, "FR", "RU"),
	}
	dates := []struct{ start, end time.Time }{
		{civil("2025-07-01"), civil("2025-07-01")},
		{civil("2022-09-01"), civil("2022-09-30")},
		{time.Time{}, civil("2025-03-01")},
		{civil("2024-04-01"), time.Time{}},
		{time.Time{}, time.Time{}},
	}
	for _, pfx := range prefixes {
		for _, d := range dates {
			for _, id := range []string{"c0123456789abcdef", ""} {
				k := timelineKey(pfx, d.start, d.end, id)
				if len(k) != len(pfx)+8+len(id) {
					t.Errorf("key %q has length %d", k, len(k))
				}
				start, got, ok := parseTimelineKey(pfx, k)
				if !ok || !start.Equal(d.start) || got != id {
					t.Errorf("parseTimelineKey(%q) = %v %q %v, want %v %q", k, start, got, ok, d.start, id)
				}
			}
		}
	}
	k := timelineKey(prefix(kindTimeline, "Q1"), civil("2025-07-01"), time.Time{}, "c1")
	if _, _, ok := parseTimelineKey(prefix(kindTimeline, "Q2"), k); ok {
		t.Error("parsed a key under another prefix")
	}
	if _, _, ok := parseTimelineKey([]byte{kindByDate}, []byte{kindByDate, 0, 0, 1}); ok {
		t.Error("parsed a key too short to hold a date")
	}
}

// TestTimelineKeysSortByDate checks that timeline keys sort by first day (open first), then last
// day, then contact ID, so a prefix scan reads a timeline in date order.
func TestTimelineKeysSortByDate(t *testing.T) {
	pfx := prefix(kindPair, "Q3052772", "Q7747")
	inOrder := [][]byte{
		timelineKey(pfx, time.Time{}, civil("2025-03-01"), "c9"),
		timelineKey(pfx, civil("1899-06-01"), civil("1900-01-01"), "c1"),
		timelineKey(pfx, civil("2022-09-01"), civil("2022-09-30"), "c5"),
		timelineKey(pfx, civil("2025-06-30"), civil("2025-06-30"), "c8"),
		timelineKey(pfx, civil("2025-07-01"), civil("2025-07-01"), "c2"),
		timelineKey(pfx, civil("2025-07-01"), civil("2025-07-01"), "c3"),
		timelineKey(pfx, civil("2025-07-01"), civil("2025-07-31"), "c0"),
		timelineKey(pfx, civil("2025-07-02"), time.Time{}, "c0"),
		timelineKey(pfx, civil("2100-01-01"), civil("2100-01-01"), "c0"),
	}
	for i := 1; i < len(inOrder); i++ {
		if bytes.Compare(inOrder[i-1], inOrder[i]) >= 0 {
			t.Errorf("key %d %q does not sort before key %d %q", i-1, inOrder[i-1], i, inOrder[i])
		}
	}
}

// TestOrdered checks that ordered puts two IDs in byte order.
func TestOrdered(t *testing.T) {
	tests := []struct{ a, b, x, y string }{
		{"Q7747", "Q3052772", "Q3052772", "Q7747"},
		{"Q3052772", "Q7747", "Q3052772", "Q7747"},
		{"FR", "FR", "FR", "FR"},
		{"RU", "", "", "RU"},
	}
	for _, tt := range tests {
		if x, y := ordered(tt.a, tt.b); x != tt.x || y != tt.y {
			t.Errorf("ordered(%q, %q) = %q, %q; want %q, %q", tt.a, tt.b, x, y, tt.x, tt.y)
		}
	}
}

// TestDayNumberFarDays checks that days long after 1900 still get their own number and round
// trip (a time.Duration spans only about 292 years).
func TestDayNumberFarDays(t *testing.T) {
	for _, s := range []string{"2192-01-01", "2200-01-01", "2500-06-30"} {
		d := civil(s)
		if back := dayOf(dayNumber(d)); !back.Equal(d) {
			t.Errorf("dayOf(dayNumber(%s)) = %s", s, readout.FormatDay(back))
		}
	}
}
