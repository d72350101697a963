package loader

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"readout"
)

var update = flag.Bool("update", false, "rewrite the -- contacts -- section of testdata/*.txtar from the extractor's output")

// TestGolden runs the extractor over the articles of testdata/*.txtar and compares the contacts
// with each file's -- contacts -- section (see testdata/README.md). Run with -update to rewrite
// the sections, then review the diff.
func TestGolden(t *testing.T) {
	x := testExtractor(t)
	for _, f := range goldenFiles(t) {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".txtar"), func(t *testing.T) {
			ar, doc, want, expect := readGolden(t, f)
			contacts := x.Extract(doc).Contacts
			for _, msg := range checkExpect(expect, contacts) {
				t.Error(msg)
			}
			got := FormatContacts(contacts)
			if *update {
				setSection(ar, "contacts", got)
				if err := os.WriteFile(f, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if got != want {
				t.Errorf("-- contacts -- differs (run with -update and review the diff)\n--- want\n%s--- got\n%s", want, got)
			}
		})
	}
}

// goldenCase reads a golden file: its metadata, the article, the recorded contacts and the
// hand-written expectations.
// goldenFiles lists testdata/*.txtar, failing the test when there are none.
func goldenFiles(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("testdata/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden files: %v", err)
	}
	return files
}

// readGolden parses the golden file f into its archive, article, recorded contacts and
// expectations.
func readGolden(t *testing.T, f string) (*txtar.Archive, *readout.Document, string, []expectation) {
	t.Helper()
	ar, err := txtar.ParseFile(f)
	if err != nil {
		t.Fatal(err)
	}
	doc, want, expect, err := goldenCase(f, ar)
	if err != nil {
		t.Fatal(err)
	}
	return ar, doc, want, expect
}

func goldenCase(name string, ar *txtar.Archive) (*readout.Document, string, []expectation, error) {
	doc := &readout.Document{ID: filepath.Base(name)}
	var input, want, expect *string
	for i := range ar.Files {
		data := string(ar.Files[i].Data)
		switch ar.Files[i].Name {
		case "meta":
			for _, line := range strings.Split(data, "\n") {
				k, v, ok := strings.Cut(line, ":")
				if !ok {
					continue
				}
				switch strings.TrimSpace(k) {
				case "published":
					p, err := ParsePublished(strings.TrimSpace(v))
					if err != nil {
						return nil, "", nil, err
					}
					doc.Published = p
				case "id":
					doc.ID = strings.TrimSpace(v)
				}
			}
		case "input":
			input = &data
		case "contacts":
			want = &data
		case "expect":
			expect = &data
		}
	}
	if input == nil || expect == nil {
		return nil, "", nil, fmt.Errorf("%s: want sections -- input -- and -- expect --", name)
	}
	if want == nil {
		empty := ""
		want = &empty
	}
	exps, err := parseExpect(*expect)
	if err != nil {
		return nil, "", nil, fmt.Errorf("%s: %v", name, err)
	}
	doc.Text = *input
	return doc, *want, exps, nil
}

func setSection(ar *txtar.Archive, name, data string) {
	for i := range ar.Files {
		if ar.Files[i].Name == name {
			ar.Files[i].Data = []byte(data)
			return
		}
	}
	ar.Files = append(ar.Files, txtar.File{Name: name, Data: []byte(data)})
}
