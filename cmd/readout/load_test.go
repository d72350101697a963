package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoadBadInput feeds one bad document of each kind among good ones: each gives one error
// line naming it (file:line for JSONL), the rest loads, and the command fails with a summary.
func TestLoadBadInput(t *testing.T) {
	dir := t.TempDir()
	good := "استقبل الرئيس المصري عبد الفتاح السيسي اليوم الاثنين وزير الخارجية الأمريكي أنتوني بلينكن في القاهرة.\n"
	files := map[string]string{
		"good.txt":    good,
		"empty.txt":   "  \n",
		"binary.txt":  "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00",
		"invalid.txt": "استقبل \xff\xfe الرئيس",
		"articles.jsonl": `{"id": "j1", "text": "` + strings.TrimSpace(good) + `", "published": "2023-10-16"}` + "\n" +
			"this is not json\n" +
			`{"id": "j3", "title": "no text here"}` + "\n" +
			`{"id": "j4", "text": "` + strings.TrimSpace(good) + `", "published": "2023-10-16"}` + "\n",
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(t.TempDir(), "db")
	code, out, errs := run(t, runLoad, "--db", db, dir)
	if code == 0 {
		t.Errorf("exit 0 with bad input")
	}
	lines := strings.Split(strings.TrimSpace(errs), "\n")
	if len(lines) != 5 {
		t.Errorf("%d error lines, want 5:\n%s", len(lines), errs)
	}
	for _, want := range []string{"empty.txt: read: empty document", "binary.txt: read: binary file", "invalid.txt: read: invalid UTF-8",
		"articles.jsonl:2: read: not a JSON object", `articles.jsonl:3: read: no "text"`} {
		if !strings.Contains(errs, want) {
			t.Errorf("no error line %q in:\n%s", want, errs)
		}
	}
	if !strings.Contains(out, "read 3 documents: 3 stored, 0 unchanged, 5 failed") {
		t.Errorf("summary = %q", out)
	}
	// what loaded is there and whole: the three good reports are one contact
	_, exp, _ := run(t, runExport, "--db", db)
	contacts := decodeExport(t, exp)
	if len(contacts) != 1 || len(contacts[0].Sources) != 3 {
		t.Errorf("export = %d contacts, want 1 with 3 sources:\n%s", len(contacts), exp)
	}
}

// TestLoadThroughServer loads into a running server (which owns the store) with its token.
func TestLoadThroughServer(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	base := server(t, "--db", db, "--token", "s3cret")
	if code, _, errs := run(t, runLoad, "--db", db, "../../examples/corpus"); code == 0 || !strings.Contains(errs, "in use") {
		t.Errorf("a second process opened the server's store: exit %d, %s", code, errs)
	}
	if code, _, errs := run(t, runLoad, "--server", base, "--token", "wrong", "../../examples/corpus"); code == 0 {
		t.Errorf("wrong token accepted: %s", errs)
	}
	code, out, errs := run(t, runLoad, "--server", base, "--token", "s3cret", "../../examples/corpus")
	if code != 0 || !strings.Contains(out, "12 stored") {
		t.Fatalf("load through server: exit %d\n%s%s", code, out, errs)
	}
	var got struct {
		LastContact struct{ Date struct{ Start string } }
	}
	query(t, base, `{ lastContact(a: "Putin", b: "Macron") { date { start } } }`, &got)
	if got.LastContact.Date.Start != "2025-07-01" {
		t.Errorf("lastContact after remote load = %+v", got)
	}
}
