package loader

import (
	"slices"
	"strings"
	"testing"

	"readout"
)

// TestMentionPeople checks who a mention may name before any contact is read: the gazetteer
// people a name or title points to, or none when the words do not tie it to one.
func TestMentionPeople(t *testing.T) {
	x := testExtractor(t)
	for _, c := range []struct {
		text, mention string
		want          string // the gazetteer ID, "" for a mention that names no one
		country       string
	}{
		// a surname alone after a foreign general's rank is not the leader who shares it
		{"التقى الزعيم الكوري الشمالي كيم جونغ أون وفدا. واستقبل مون الجنرال كيم الأحد.", "الجنرال كيم", "", ""},
		// a rank of the region's own armies still links the surname
		{"وقال المشير السيسي إن الجيش مستعد.", "المشير السيسي", "Q307871", ""},
		// a title with a state after a titled name is the same person's
		{"التقى الملك الرئيس عمر البشير رئيس جمهورية السودان.", "الرئيس عمر البشير رئيس جمهورية السودان", "Q57265", "SD"},
	} {
		dc := x.prepare(&readout.Document{ID: "t", Text: c.text, Published: readout.CivilDay(2018, 2, 27)})
		dc.findMentions()
		var found *mention
		for _, m := range dc.mentions {
			if strings.TrimSpace(dc.original(m.from, m.to)) == c.mention {
				found = m
			}
		}
		if found == nil {
			var got []string
			for _, m := range dc.mentions {
				got = append(got, dc.original(m.from, m.to))
			}
			t.Errorf("%s: no mention %q among %q", c.text, c.mention, got)
			continue
		}
		var ids []string
		for _, i := range found.people {
			ids = append(ids, x.people[i].ID)
		}
		if got := strings.Join(ids, ","); got != c.want || found.country != c.country {
			t.Errorf("%s: %q names %q of %q, want %q of %q", c.text, c.mention, got, found.country, c.want, c.country)
		}
	}
}

// TestSpellingsOf checks that the words of a person's spellings are mixed only where every
// place holds spellings of one word.
func TestSpellingsOf(t *testing.T) {
	for _, c := range []struct {
		names []string
		want  []string // spellings beyond the names given
	}{
		{[]string{"سيرغي شويغو", "سيرجي شويجو"}, []string{"سيرجي شويغو", "سيرغي شويجو"}},
		{[]string{"عبد الله الثاني", "عبدالله بن الحسين"}, nil}, // two names, not two spellings
		{[]string{"أرانتشا غونزاليس لايا", "أرانشا غونزاليث لايا", "أرانتشا لايا"}, []string{"أرانتشا غونزاليث لايا", "أرانشا غونزاليس لايا"}},
	} {
		got := spellingsOf(c.names)[len(c.names):]
		slices.Sort(got)
		if !slices.Equal(got, c.want) {
			t.Errorf("spellingsOf(%q) added %q, want %q", c.names, got, c.want)
		}
	}
}
