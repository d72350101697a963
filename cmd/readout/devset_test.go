package main

import (
	"encoding/json"
	"testing"
)

// TestCandidatesDevSet scores the extractor on 236 real articles of
// ../shared/corpus/contact-candidates.jsonl.gz that the team annotated by hand
// (evaluate/testdata/candidates-gold.jsonl, kept without the articles' text). The floors are a
// little under the figures measured when they were set, so that a change that makes extraction
// worse on real press fails here; raise them as extraction improves, never lower them to pass.
func TestCandidatesDevSet(t *testing.T) {
	corpus := shared(t, "corpus", "contact-candidates.jsonl.gz")
	code, out, errs := run(t, runEval, "--json", "--gold", "../../evaluate/testdata/candidates-gold.jsonl",
		"--negatives", "../../evaluate/testdata/candidates-negatives.jsonl", corpus)
	if code != 0 {
		t.Fatalf("eval: exit %d\n%s", code, errs)
	}
	var rep struct {
		Articles   int     `json:"articles"`
		Precision  float64 `json:"precision"`
		Recall     float64 `json:"recall"`
		F1         float64 `json:"f1"`
		WrongExact int     `json:"wrong_exact_dates"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("eval --json: %v\n%s", err, out)
	}
	t.Logf("%d articles: precision %.3f recall %.3f F1 %.3f, wrong exact dates %d", rep.Articles, rep.Precision, rep.Recall, rep.F1, rep.WrongExact)
	if rep.Articles != 236 {
		t.Errorf("scored %d articles, want the 236 annotated", rep.Articles)
	}
	if rep.Precision < 0.95 || rep.Recall < 0.825 || rep.F1 < 0.885 {
		t.Errorf("precision %.3f, recall %.3f, F1 %.3f: below the floors 0.95, 0.825, 0.885", rep.Precision, rep.Recall, rep.F1)
	}
	if rep.WrongExact > 0 {
		t.Errorf("%d contacts with a wrong exact day, want none", rep.WrongExact)
	}
}
