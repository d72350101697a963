package loader

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"readout"
)

// TestSampleCorpus checks the extractor against examples/EXPECTED.txt, the contacts the team's
// annotator lists for each article of the sample corpus (format of testdata/README.md).
func TestSampleCorpus(t *testing.T) {
	data, err := os.ReadFile("../examples/EXPECTED.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	file := ""
	for _, line := range strings.Split(string(data), "\n") {
		if name, ok := strings.CutPrefix(line, "# "); ok && strings.HasSuffix(name, ".txt") {
			file = strings.TrimSpace(name)
			want[file] = ""
			continue
		}
		want[file] += line + "\n"
	}
	x := testExtractor(t)
	seen := 0
	Read([]string{"../examples/corpus"}, func(d *readout.Document, err error) {
		if err != nil {
			t.Error(err)
			return
		}
		seen++
		exp, ok := want[filepath.Base(d.ID)]
		if !ok {
			t.Errorf("%s: not in EXPECTED.txt", d.ID)
			return
		}
		exps, err := parseExpect(exp)
		if err != nil {
			t.Fatal(err)
		}
		for _, msg := range checkExpect(exps, x.Extract(d).Contacts) {
			t.Errorf("%s: %s", d.ID, msg)
		}
	})
	if seen != len(want) {
		t.Errorf("read %d articles, EXPECTED.txt lists %d", seen, len(want))
	}
}
