package evaluate_test

import (
	"math"
	"strings"
	"testing"
	"time"

	"readout"
	"readout/evaluate"
)

// key stands in for the extractor's normalisation: lower case, single spaces.
func key(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }

// People of the hand-made cases: entity ID, state and names (normalised with key).
var (
	macron = party{"Q3052772", "FR", []string{"Emmanuel Macron", "إيمانويل ماكرون", "ماكرون"}}
	putin  = party{"Q7747", "RU", []string{"Vladimir Putin", "فلاديمير بوتين", "بوتين"}}
	lavrov = party{"Q58217", "RU", []string{"Sergey Lavrov", "لافروف"}}
	faisal = party{"Q72099398", "SA", []string{"Faisal bin Farhan", "فيصل بن فرحان"}}
	xi     = party{"Q15031", "CN", []string{"Xi Jinping", "شي جين بينغ"}}
)

type party struct {
	id, country string
	names       []string
}

// gp is the gold annotation of a party by its English name.
func (p party) gp() evaluate.GoldParticipant {
	return evaluate.GoldParticipant{En: p.names[0], Country: p.country}
}

// contact is a found contact between parties in an article.
func contact(article string, mode readout.Mode, status readout.Status, date readout.Date, ps ...party) evaluate.Found {
	f := evaluate.Found{Article: article, Contact: readout.Contact{Mode: mode, Status: status, Date: date}}
	for _, p := range ps {
		f.Contact.Participants = append(f.Contact.Participants, readout.Participant{Entity: p.id, Country: p.country})
		var names []string
		for _, n := range p.names {
			names = append(names, key(n))
		}
		f.Names = append(f.Names, names)
	}
	return f
}

// gold is a required gold contact between participants in an article.
func gold(article, id, mode, status, date string, ps ...evaluate.GoldParticipant) evaluate.Gold {
	g := evaluate.Gold{Article: article, ID: id, Mode: mode, Status: status, Participants: ps}
	if date != "" {
		g.Date = &date
	}
	return g
}

// optional makes a gold contact optional.
func optional(g evaluate.Gold) evaluate.Gold {
	no := false
	g.Required = &no
	return g
}

// day is the found date of one day.
func day(y int, m time.Month, d int) readout.Date {
	return readout.DayDate(readout.CivilDay(y, m, d), "")
}

// near compares scores computed in floating point.
func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// TestScoreArithmetic checks the counts and precision, recall and F1 over two articles, one
// annotated as having no contact.
func TestScoreArithmetic(t *testing.T) {
	golds := []evaluate.Gold{
		gold("a.txt", "E1", "phone", "occurred", "2025-07-01", macron.gp(), putin.gp()),
		gold("a.txt", "E2", "meeting", "occurred", "2021-01-14", lavrov.gp(), faisal.gp()),
		gold("a.txt", "E3", "video", "occurred", "2022-12-30", putin.gp(), xi.gp()),
		{Article: "b.txt", None: true},
	}
	found := []evaluate.Found{
		contact("a.txt", readout.Phone, readout.Occurred, day(2025, 7, 1), macron, putin),
		contact("a.txt", readout.Meeting, readout.Occurred, day(2021, 1, 14), faisal, lavrov),
		contact("a.txt", readout.Phone, readout.Occurred, day(2025, 7, 1), macron, xi),
		contact("b.txt", readout.Meeting, readout.Occurred, day(2021, 1, 14), faisal, lavrov),
	}
	r := evaluate.Score(golds, nil, found, key)
	want := evaluate.Scores{Articles: 2, Required: 3, Found: 4, TruePositives: 2, FalsePositives: 2, Missed: 1,
		Precision: 0.5, Recall: 2.0 / 3, F1: 4.0 / 7, ModeAccuracy: 1, DateAccuracy: 1}
	checkScores(t, r.Scores, want)
	if len(r.Misses) != 1 || r.Misses[0].ID != "E3" || r.Misses[0].Article != "a.txt" {
		t.Errorf("misses = %+v, want E3 in a.txt", r.Misses)
	}
	if len(r.False) != 2 || r.False[0].Article != "a.txt" || r.False[1].Article != "b.txt" {
		t.Errorf("false contacts = %+v", r.False)
	}
}

// checkScores compares every figure, floats to within rounding.
func checkScores(t *testing.T, got, want evaluate.Scores) {
	t.Helper()
	floats := [][3]any{{"precision", got.Precision, want.Precision}, {"recall", got.Recall, want.Recall}, {"F1", got.F1, want.F1},
		{"mode accuracy", got.ModeAccuracy, want.ModeAccuracy}, {"date accuracy", got.DateAccuracy, want.DateAccuracy},
		{"initiator accuracy", got.InitAccuracy, want.InitAccuracy}}
	for _, f := range floats {
		if !near(f[1].(float64), f[2].(float64)) {
			t.Errorf("%s = %.4f, want %.4f", f[0], f[1], f[2])
		}
	}
	got.Precision, got.Recall, got.F1, got.ModeAccuracy, got.DateAccuracy, got.InitAccuracy = 0, 0, 0, 0, 0, 0
	want.Precision, want.Recall, want.F1, want.ModeAccuracy, want.DateAccuracy, want.InitAccuracy = 0, 0, 0, 0, 0, 0
	if got != want {
		t.Errorf("counts\n got %+v\nwant %+v", got, want)
	}
}

// TestScoreOptional checks that an optional gold contact counts when found and is not missed
// when absent, and that required contacts are matched before optional ones.
func TestScoreOptional(t *testing.T) {
	golds := []evaluate.Gold{
		gold("a.txt", "R1", "phone", "occurred", "2025-07-01", macron.gp(), putin.gp()),
		optional(gold("a.txt", "O1", "meeting", "occurred", "2021-01-14", lavrov.gp(), faisal.gp())),
		optional(gold("a.txt", "O2", "video", "occurred", "2022-12-30", putin.gp(), xi.gp())),
	}
	found := []evaluate.Found{
		contact("a.txt", readout.Phone, readout.Occurred, day(2025, 7, 1), macron, putin),
		contact("a.txt", readout.Meeting, readout.Occurred, day(2021, 1, 14), faisal, lavrov),
	}
	r := evaluate.Score(golds, nil, found, key)
	checkScores(t, r.Scores, evaluate.Scores{Articles: 1, Required: 1, Optional: 2, Found: 2, TruePositives: 2, OptionalFound: 1,
		Precision: 1, Recall: 1, F1: 1, ModeAccuracy: 1, DateAccuracy: 1})

	// The optional call is listed first and has the found date, but the required one gets it.
	golds = []evaluate.Gold{
		optional(gold("a.txt", "O1", "phone", "occurred", "2022-09", macron.gp(), putin.gp())),
		gold("a.txt", "R1", "phone", "occurred", "2025-07-01", macron.gp(), putin.gp()),
	}
	found = []evaluate.Found{contact("a.txt", readout.Phone, readout.Occurred, readout.MonthDate(2022, 9, ""), macron, putin)}
	r = evaluate.Score(golds, nil, found, key)
	checkScores(t, r.Scores, evaluate.Scores{Articles: 1, Required: 1, Optional: 1, Found: 1, TruePositives: 1,
		Precision: 1, Recall: 1, F1: 1, ModeAccuracy: 1, DateAccuracy: 0})
}

// TestScoreIgnoresArticlesWithoutGold checks that contacts found in an article nobody annotated
// are neither counted nor false.
func TestScoreIgnoresArticlesWithoutGold(t *testing.T) {
	golds := []evaluate.Gold{gold("a.txt", "E1", "phone", "occurred", "2025-07-01", macron.gp(), putin.gp())}
	found := []evaluate.Found{
		contact("a.txt", readout.Phone, readout.Occurred, day(2025, 7, 1), macron, putin),
		contact("z.txt", readout.Meeting, readout.Occurred, day(2021, 1, 14), faisal, lavrov),
	}
	r := evaluate.Score(golds, nil, found, key)
	checkScores(t, r.Scores, evaluate.Scores{Articles: 1, Required: 1, Found: 1, TruePositives: 1,
		Precision: 1, Recall: 1, F1: 1, ModeAccuracy: 1, DateAccuracy: 1})
	if len(r.False) != 0 {
		t.Errorf("false contacts %+v", r.False)
	}
}

// TestScoreGoldSources checks that a gold contact is expected in its article and in each of its
// sources.
func TestScoreGoldSources(t *testing.T) {
	g := gold("a.txt", "E1", "phone", "occurred", "2025-07-01", macron.gp(), putin.gp())
	g.Sources = []string{"a.txt", "b.txt"}
	found := []evaluate.Found{contact("a.txt", readout.Phone, readout.Occurred, day(2025, 7, 1), macron, putin)}
	r := evaluate.Score([]evaluate.Gold{g}, nil, found, key)
	if r.Articles != 2 || r.Required != 2 || r.TruePositives != 1 || r.Missed != 1 || r.Misses[0].Article != "b.txt" {
		t.Errorf("scores %+v, misses %+v; want 2 articles, 1 found, missed in b.txt", r.Scores, r.Misses)
	}
}

// TestScoreStatus checks that a found contact matches a gold one only with the same status.
func TestScoreStatus(t *testing.T) {
	golds := []evaluate.Gold{gold("a.txt", "E1", "meeting", "occurred", "2024-04-20/2024-04-28", lavrov.gp(), faisal.gp())}
	date := readout.RangeDate(readout.CivilDay(2024, 4, 20), readout.CivilDay(2024, 4, 28), "")
	for _, tt := range []struct {
		status readout.Status
		tp     int
	}{{readout.Occurred, 1}, {readout.Planned, 0}, {readout.Denied, 0}} {
		found := []evaluate.Found{contact("a.txt", readout.Meeting, tt.status, date, lavrov, faisal)}
		r := evaluate.Score(golds, nil, found, key)
		if r.TruePositives != tt.tp || r.FalsePositives != 1-tt.tp || r.Missed != 1-tt.tp {
			t.Errorf("%s: TP %d FP %d missed %d, want TP %d", tt.status, r.TruePositives, r.FalsePositives, r.Missed, tt.tp)
		}
	}
}

// TestScoreParticipants checks that gold participants match found ones by English name or an
// Arabic form through the key function, and a role-only annotation by state.
func TestScoreParticipants(t *testing.T) {
	en := func(s string) evaluate.GoldParticipant { return evaluate.GoldParticipant{En: s} }
	ar := func(country string, forms ...string) evaluate.GoldParticipant {
		return evaluate.GoldParticipant{Ar: forms, Country: country}
	}
	tests := []struct {
		name  string
		gold  []evaluate.GoldParticipant
		match bool
	}{
		{"English names", []evaluate.GoldParticipant{en("Emmanuel Macron"), en("Vladimir Putin")}, true},
		{"English names in the other order", []evaluate.GoldParticipant{en("Vladimir Putin"), en("Emmanuel Macron")}, true},
		{"English names as key folds them", []evaluate.GoldParticipant{en("emmanuel  MACRON"), en("VLADIMIR putin")}, true},
		{"Arabic forms", []evaluate.GoldParticipant{ar("FR", "ماكرون"), ar("RU", "الرئيس", "بوتين")}, true},
		{"an Arabic form when the English name is another spelling", []evaluate.GoldParticipant{{En: "Emanuel Macron", Ar: []string{"إيمانويل ماكرون"}}, en("Vladimir Putin")}, true},
		{"a role only, by state", []evaluate.GoldParticipant{ar("FR", "الرئيس الفرنسي"), en("Vladimir Putin")}, true},
		{"a role only of another state", []evaluate.GoldParticipant{ar("DE", "المستشار الألماني"), en("Vladimir Putin")}, false},
		{"a wrong English name of the right state", []evaluate.GoldParticipant{{En: "Jean Castex", Country: "FR"}, en("Vladimir Putin")}, false},
		{"one gold participant twice", []evaluate.GoldParticipant{en("Vladimir Putin"), en("Vladimir Putin")}, false},
		{"a third participant", []evaluate.GoldParticipant{en("Emmanuel Macron"), en("Vladimir Putin"), en("Xi Jinping")}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			golds := []evaluate.Gold{gold("a.txt", "E1", "phone", "occurred", "2025-07-01", tt.gold...)}
			found := []evaluate.Found{contact("a.txt", readout.Phone, readout.Occurred, day(2025, 7, 1), macron, putin)}
			r := evaluate.Score(golds, nil, found, key)
			if got := r.TruePositives == 1; got != tt.match {
				t.Errorf("matched %v, want %v (%+v)", got, tt.match, r.Scores)
			}
		})
	}
}

// TestScoreDates checks date accuracy among matches and the count of exact days the gold does
// not give.
func TestScoreDates(t *testing.T) {
	open := readout.RangeDate(time.Time{}, readout.CivilDay(2023, 5, 29), "")
	tests := []struct {
		name, gold string
		found      readout.Date
		right      bool
		wrongExact int
	}{
		{"the same day", "2025-07-01", day(2025, 7, 1), true, 0},
		{"the same month", "2022-09", readout.MonthDate(2022, 9, ""), true, 0},
		{"the same year", "2023", readout.YearDate(2023, ""), true, 0},
		{"the same range", "2024-04-20/2024-04-28", readout.RangeDate(readout.CivilDay(2024, 4, 20), readout.CivilDay(2024, 4, 28), ""), true, 0},
		{"no date and an open interval", "", open, true, 0},
		{"another day", "2025-07-01", day(2025, 6, 30), false, 1},
		{"a day in the gold's month", "2022-09", day(2022, 9, 15), false, 1},
		{"a day where the gold has none", "", day(2023, 5, 29), false, 1},
		{"a month for a day", "2022-09-15", readout.MonthDate(2022, 9, ""), false, 0},
		{"an open interval for a month", "2023-05", open, false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			golds := []evaluate.Gold{gold("a.txt", "E1", "phone", "occurred", tt.gold, macron.gp(), putin.gp())}
			found := []evaluate.Found{contact("a.txt", readout.Phone, readout.Occurred, tt.found, macron, putin)}
			r := evaluate.Score(golds, nil, found, key)
			if r.TruePositives != 1 {
				t.Fatalf("no match: %+v", r.Scores)
			}
			if (r.DateAccuracy == 1) != tt.right || r.WrongExact != tt.wrongExact || len(r.Dates) != 1-btoi(tt.right) {
				t.Errorf("date accuracy %v, wrong exact %d, diffs %q; want right %v, wrong exact %d", r.DateAccuracy, r.WrongExact, r.Dates, tt.right, tt.wrongExact)
			}
		})
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestScoreInitiators checks initiator accuracy: counted among matches where the gold or the
// extractor names an initiator, right when the states agree.
func TestScoreInitiators(t *testing.T) {
	fr, ru := "FR", "RU"
	tests := []struct {
		a, b       party
		gold, said *string
	}{
		{macron, putin, &fr, &fr},  // right
		{lavrov, faisal, &ru, nil}, // missed
		{putin, xi, nil, nil},      // not counted
		{macron, xi, nil, &fr},     // invented
	}
	var golds []evaluate.Gold
	var found []evaluate.Found
	for i, tt := range tests {
		g := gold("a.txt", string(rune('A'+i)), "phone", "occurred", "2025-07-01", tt.a.gp(), tt.b.gp())
		g.Initiator = tt.gold
		golds = append(golds, g)
		f := contact("a.txt", readout.Phone, readout.Occurred, day(2025, 7, 1), tt.a, tt.b)
		if tt.said != nil {
			f.Contact.Initiator = &readout.Initiator{Entity: tt.a.id, Country: *tt.said}
		}
		found = append(found, f)
	}
	r := evaluate.Score(golds, nil, found, key)
	if r.TruePositives != 4 || !near(r.InitAccuracy, 1.0/3) || len(r.Initiators) != 2 {
		t.Errorf("TP %d, initiator accuracy %.3f, diffs %q; want 4, 1/3 and two diffs", r.TruePositives, r.InitAccuracy, r.Initiators)
	}
}

// TestScoreModes checks that a contact of another mode still matches (and lowers mode
// accuracy), and that the found contact of the gold's mode is preferred.
func TestScoreModes(t *testing.T) {
	golds := []evaluate.Gold{gold("a.txt", "E1", "phone", "occurred", "2025-07-01", macron.gp(), putin.gp())}
	found := []evaluate.Found{contact("a.txt", readout.Talks, readout.Occurred, day(2025, 7, 1), macron, putin)}
	r := evaluate.Score(golds, nil, found, key)
	if r.TruePositives != 1 || r.ModeAccuracy != 0 {
		t.Errorf("TP %d, mode accuracy %v; want a match of the wrong mode", r.TruePositives, r.ModeAccuracy)
	}
	found = []evaluate.Found{
		contact("a.txt", readout.Meeting, readout.Occurred, day(2025, 7, 1), macron, putin),
		contact("a.txt", readout.Phone, readout.Occurred, day(2025, 6, 1), macron, putin),
		contact("a.txt", readout.Phone, readout.Occurred, day(2025, 7, 1), macron, putin),
	}
	r = evaluate.Score(golds, nil, found, key)
	if r.TruePositives != 1 || r.ModeAccuracy != 1 || r.DateAccuracy != 1 || r.FalsePositives != 2 {
		t.Errorf("%+v; want the phone call of the right day matched", r.Scores)
	}
}

// TestScoreNegatives checks that a negative is hit when a contact found in its file involves one
// of its people, by English or Arabic name, whether or not the file has gold.
func TestScoreNegatives(t *testing.T) {
	negs := []evaluate.Negative{
		{File: "a.txt", ParticipantsAny: []string{"Xi Jinping", "Sergey Lavrov"}, Why: "a teaser"},
		{File: "a.txt", ParticipantsAny: []string{"Xi Jinping"}, Why: "not there"},
		{File: "b.txt", ParticipantsAny: []string{"لافروف"}, Why: "in Arabic"},
		{File: "c.txt", ParticipantsAny: []string{"Sergey Lavrov"}, Why: "nothing found in c"},
	}
	golds := []evaluate.Gold{gold("a.txt", "E1", "meeting", "occurred", "2021-01-14", lavrov.gp(), faisal.gp())}
	found := []evaluate.Found{
		contact("a.txt", readout.Meeting, readout.Occurred, day(2021, 1, 14), lavrov, faisal),
		contact("b.txt", readout.Meeting, readout.Occurred, day(2021, 1, 14), lavrov, faisal),
		contact("c.txt", readout.Phone, readout.Occurred, day(2025, 7, 1), macron, putin),
	}
	r := evaluate.Score(golds, negs, found, key)
	if r.NegativeHits != 2 || len(r.Negatives) != 2 {
		t.Fatalf("negative hits %d %q, want 2", r.NegativeHits, r.Negatives)
	}
	if !strings.HasPrefix(r.Negatives[0], "a.txt") || !strings.Contains(r.Negatives[0], "Sergey Lavrov") || !strings.Contains(r.Negatives[0], "a teaser") {
		t.Errorf("first hit %q", r.Negatives[0])
	}
	if !strings.HasPrefix(r.Negatives[1], "b.txt") || !strings.Contains(r.Negatives[1], "لافروف") {
		t.Errorf("second hit %q", r.Negatives[1])
	}
}

// TestPrint checks that the verbose report lists the figures, every miss and every false contact.
func TestPrint(t *testing.T) {
	golds := []evaluate.Gold{gold("a.txt", "E3", "video", "occurred", "2022-12-30", putin.gp(), xi.gp())}
	found := []evaluate.Found{contact("a.txt", readout.Phone, readout.Occurred, day(2025, 7, 1), macron, xi)}
	var b strings.Builder
	evaluate.Score(golds, nil, found, key).Print(&b, true)
	out := b.String()
	for _, want := range []string{"precision 0.000", "MISS a.txt E3 video occurred 2022-12-30 [Vladimir Putin, Xi Jinping]", "FALSE a.txt phone occurred 2025-07-01 [Q3052772, Q15031]"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
}
