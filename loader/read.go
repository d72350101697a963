package loader

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"readout"
)

// maxLine is the longest JSONL line read (an article of several megabytes is still one line).
const maxLine = 64 << 20

// Visit is called for every document read, or with the error that kept one from being read.
// An error names the document (and line, for JSONL); reading goes on after it.
type Visit func(doc *readout.Document, err error)

// Read reads articles from paths: .txt and .md files, directories of them (with an optional
// meta.jsonl giving each file's metadata), and .jsonl or .jsonl.gz files with one article per
// line. "-" reads JSONL from standard input.
func Read(paths []string, visit Visit) {
	for _, p := range paths {
		if p == "-" {
			ReadJSONL("stdin", os.Stdin, visit)
			continue
		}
		info, err := os.Stat(p)
		switch {
		case err != nil:
			visit(nil, &readout.Error{Op: "read", Kind: readout.Invalid, Doc: p, Err: err})
		case info.IsDir():
			readDir(p, visit)
		case isJSONL(p):
			readJSONLFile(p, visit)
		default:
			readFile(p, filepath.Base(p), meta{}, visit)
		}
	}
}

func isJSONL(p string) bool {
	return strings.HasSuffix(p, ".jsonl") || strings.HasSuffix(p, ".jsonl.gz")
}

func isReadme(name string) bool {
	base := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(name, ".md"), ".txt"))
	return base == "readme"
}

func isArticle(p string) bool {
	return strings.HasSuffix(p, ".txt") || strings.HasSuffix(p, ".md")
}

// meta is a line of a directory's meta.jsonl, or the metadata fields of a JSONL article.
type meta struct {
	ID        string  `json:"id"`
	File      string  `json:"file"`
	Text      *string `json:"text"`
	Title     string  `json:"title"`
	URL       string  `json:"url"`
	Published string  `json:"published"`
	Outlet    string  `json:"outlet"`
	Lang      string  `json:"lang"`
}

// readDir reads a directory's articles in name order, recursively; IDs are paths relative to
// the directory. A meta.jsonl in a directory describes the files of that directory; a README.md
// or README.txt is left out.
func readDir(dir string, visit Visit) {
	var files []string
	metas := map[string]map[string]meta{}
	err := filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err != nil {
			visit(nil, &readout.Error{Op: "read", Kind: readout.Invalid, Doc: p, Err: err})
			return nil
		}
		switch {
		case e.IsDir():
		case e.Name() == "meta.jsonl":
			metas[filepath.Dir(p)] = readMeta(p, visit)
		case isReadme(e.Name()):
			// a corpus folder's README describes it; it is not an article
		case isArticle(p) || isJSONL(p):
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		visit(nil, &readout.Error{Op: "read", Kind: readout.Invalid, Doc: dir, Err: err})
	}
	sort.Strings(files)
	for _, f := range files {
		if isJSONL(f) {
			readJSONLFile(f, visit)
			continue
		}
		id, _ := filepath.Rel(dir, f)
		readFile(f, filepath.ToSlash(id), metas[filepath.Dir(f)][filepath.Base(f)], visit)
	}
}

// readMeta reads a meta.jsonl into a map from file name to metadata.
func readMeta(p string, visit Visit) map[string]meta {
	out := map[string]meta{}
	f, err := os.Open(p)
	if err != nil {
		visit(nil, &readout.Error{Op: "read", Kind: readout.Invalid, Doc: p, Err: err})
		return out
	}
	defer f.Close()
	eachLine(p, f, visit, func(line int, data []byte) {
		var m meta
		if err := json.Unmarshal(data, &m); err != nil || m.File == "" {
			if err == nil {
				err = fmt.Errorf(`no "file"`)
			}
			visit(nil, &readout.Error{Op: "read", Kind: readout.Invalid, Doc: p, Line: line, Err: err})
			return
		}
		out[m.File] = m
	})
	return out
}

// readFile reads one article file.
func readFile(p, id string, m meta, visit Visit) {
	data, err := os.ReadFile(p)
	if err != nil {
		visit(nil, &readout.Error{Op: "read", Kind: readout.Invalid, Doc: p, Err: err})
		return
	}
	doc, err := newDocument(id, data, m)
	if err != nil {
		visit(nil, &readout.Error{Op: "read", Kind: readout.Invalid, Doc: p, Err: err})
		return
	}
	visit(doc, nil)
}

func readJSONLFile(p string, visit Visit) {
	f, err := os.Open(p)
	if err != nil {
		visit(nil, &readout.Error{Op: "read", Kind: readout.Invalid, Doc: p, Err: err})
		return
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(p, ".gz") {
		gz, err := gzip.NewReader(f)
		if err != nil {
			visit(nil, &readout.Error{Op: "read", Kind: readout.Invalid, Doc: p, Err: err})
			return
		}
		defer gz.Close()
		r = gz
	}
	ReadJSONL(p, r, visit)
}

// ReadJSONL reads one article per line: id, text, and optional title, url, published, outlet,
// lang. Every bad line is reported with its number and reading goes on.
func ReadJSONL(name string, r io.Reader, visit Visit) {
	eachLine(name, r, visit, func(line int, data []byte) {
		fail := func(err error) {
			visit(nil, &readout.Error{Op: "read", Kind: readout.Invalid, Doc: name, Line: line, Err: err})
		}
		if !utf8.Valid(data) {
			fail(fmt.Errorf("invalid UTF-8"))
			return
		}
		var m meta
		if err := json.Unmarshal(data, &m); err != nil {
			fail(fmt.Errorf("not a JSON object: %v", err))
			return
		}
		if m.Text == nil {
			fail(fmt.Errorf(`no "text"`))
			return
		}
		id := m.ID
		if id == "" {
			id = "sha256:" + Hash(*m.Text)[:16]
		}
		doc, err := newDocument(id, []byte(*m.Text), m)
		if err != nil {
			fail(fmt.Errorf("%s: %v", id, err))
			return
		}
		visit(doc, nil)
	})
}

// eachLine calls fn with every non-blank line and its 1-based number.
func eachLine(name string, r io.Reader, visit Visit, fn func(int, []byte)) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), maxLine)
	n := 0
	for sc.Scan() {
		n++
		if line := bytes.TrimSpace(sc.Bytes()); len(line) > 0 {
			fn(n, line)
		}
	}
	if err := sc.Err(); err != nil {
		visit(nil, &readout.Error{Op: "read", Kind: readout.Invalid, Doc: name, Line: n + 1, Err: err})
	}
}

// newDocument checks an article's text and builds the document: the text must be non-empty,
// valid UTF-8 and not binary.
func newDocument(id string, data []byte, m meta) (*readout.Document, error) {
	if err := checkText(data); err != nil {
		return nil, err
	}
	doc := &readout.Document{ID: id, Title: m.Title, URL: m.URL, Outlet: m.Outlet, Lang: m.Lang, Text: string(data)}
	if doc.Lang == "" {
		doc.Lang = "ar"
	}
	doc.Hash = Hash(doc.Text)
	if m.Published != "" {
		t, err := ParsePublished(m.Published)
		if err != nil {
			return nil, err
		}
		doc.Published = t
	}
	return doc, nil
}

// checkText rejects what is not an article: nothing but spaces, bytes that are not UTF-8, or a
// binary file (NUL bytes or control characters in numbers no text has; a stray one is kept).
func checkText(data []byte) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return fmt.Errorf("empty document")
	}
	if nul := bytes.Count(data, []byte{0}); nul > 0 && nul*100 >= len(data) {
		return fmt.Errorf("binary file (NUL bytes), not text")
	}
	if !utf8.Valid(data) {
		i := 0
		for i < len(data) {
			r, size := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			i += size
		}
		return fmt.Errorf("invalid UTF-8 at byte %d", i)
	}
	control := 0
	for _, b := range data {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' {
			control++
		}
	}
	if control*10 > len(data) {
		return fmt.Errorf("binary file (control characters), not text")
	}
	return nil
}

// ParsePublished reads a publication date, keeping the outlet's local day: "2024-04-03",
// "2017-06-10T15:41:00+01:00" and "2015-08-07 12:00" all give their first ten characters.
func ParsePublished(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("bad published date %q (want YYYY-MM-DD...)", s)
}
