// Package lexicon reads readout's lexicons: the data files that say which words name officials,
// offices, countries, contact triggers, dates and topics (see README.md for every format). The
// built-in files under data/ are embedded in the binary; users add their own with Load(dir).
package lexicon

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
	"time"

	"readout"
)

//go:embed data
var builtin embed.FS

// Lexicon is everything the extractor knows, as read from the data files.
type Lexicon struct {
	People        []Person
	Countries     []Country
	Organisations []Country // organisations have the same shape: code, names, adjectives, seats
	Offices       []Office
	Honorifics    []Phrase
	Triggers      []Trigger
	Cues          []Cue
	Topics        []Topic
	Calendar      []CalendarWord
	Furniture     []Cue
	CommonWords   []Phrase
	WholeWords    []Phrase
	GivenNames    []Phrase
}

// Pos is where a record was read: "file:line".
type Pos string

// Phrase is one lexicon string with where it was read.
type Phrase struct {
	Text string
	Pos  Pos
}

// Person is an official of the gazetteer.
type Person struct {
	ID        string // QID or x- slug
	Wikidata  string // QID, "" for a slug
	English   []string
	Arabic    []string
	Short     []string
	Positions []readout.Position
	Pos       Pos
}

// Country is a state (or an organisation, which has the same fields).
type Country struct {
	Code     string
	English  []string
	Arabic   []string
	Demonyms []string // masculine singular nisbas and irregular forms; adjectives for organisations
	Capitals []string // empty for organisations
	Seats    []string
	Regions  []string // sub-national governments whose heads act for the state abroad (كيبيك)
	Pos      Pos
}

// Office maps the Arabic titles of one office to a role ID.
type Office struct {
	Role      string
	Label     string   // the English name of the office, e.g. "minister of foreign affairs"
	Definite  []string // forms followed by a demonym: وزير الخارجية (الروسي)
	Construct []string // forms followed by a country name: وزير خارجية (روسيا)
	Country   string   // the state the title alone implies (خادم الحرمين الشريفين: SA), or ""
	Plural    []string // forms naming holders in several states, before a list of states
	Pos       Pos
}

// Trigger is a group of words that report a contact of one mode, used in one way (its class).
type Trigger struct {
	Mode  readout.Mode
	Class string // see triggerClasses
	Forms []string
	Pos   Pos
}

// Cue is a group of words with one function (a status cue, an initiator cue, furniture, ...).
type Cue struct {
	Kind  string
	Forms []string
	Pos   Pos
}

// Topic is one topic ID of the controlled list with the keywords that signal it.
type Topic struct {
	ID       string
	Label    string
	Keywords []string
	Pos      Pos
}

// CalendarWord names a month, weekday or relative day.
type CalendarWord struct {
	Kind  string // month, hijri-month, weekday, relative, ordinal
	Value int    // month 1-12, weekday 0 (Sunday) to 6, or a relative code (see calendar.txt)
	Forms []string
	Pos   Pos
}

// Builtin reads the embedded lexicon.
func Builtin() (*Lexicon, error) {
	sub, err := fs.Sub(builtin, "data")
	if err != nil {
		return nil, err
	}
	lx := &Lexicon{}
	return lx, lx.read(sub, "lexicon")
}

// Load reads the embedded lexicon and then every file of dir laid out the same way, so that a
// user's files add to the built-in ones; a user's record with the key of a built-in one (a QID,
// a country code, a role) replaces it.
func Load(dir string) (*Lexicon, error) {
	lx, err := Builtin()
	if err != nil || dir == "" {
		return lx, err
	}
	if _, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	return lx, lx.read(os.DirFS(dir), dir)
}

// read adds the files of fsys to lx; name prefixes the file names in errors. Every error of every
// file is reported, joined.
func (lx *Lexicon) read(fsys fs.FS, name string) error {
	var errs []error
	files := map[string]func(*lineReader){
		"countries.txt":     lx.readCountries,
		"organisations.txt": lx.readOrganisations,
		"offices.txt":       lx.readOffices,
		"honorifics.txt":    func(r *lineReader) { lx.Honorifics = append(lx.Honorifics, r.phrases()...) },
		"triggers.txt":      lx.readTriggers,
		"cues.txt":          func(r *lineReader) { lx.Cues = append(lx.Cues, r.cues(cueKinds)...) },
		"furniture.txt":     func(r *lineReader) { lx.Furniture = append(lx.Furniture, r.cues(furnitureKinds)...) },
		"topics.txt":        lx.readTopics,
		"calendar.txt":      lx.readCalendar,
		"common-words.txt":  func(r *lineReader) { lx.CommonWords = append(lx.CommonWords, r.phrases()...) },
		"whole-words.txt":   func(r *lineReader) { lx.WholeWords = append(lx.WholeWords, r.phrases()...) },
		"given-names.txt":   func(r *lineReader) { lx.GivenNames = append(lx.GivenNames, r.phrases()...) },
	}
	names := make([]string, 0, len(files))
	for f := range files {
		names = append(names, f)
	}
	sort.Strings(names)
	for _, f := range names {
		data, err := fs.ReadFile(fsys, f)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		r := newLineReader(path.Join(name, f), string(data))
		files[f](r)
		errs = append(errs, r.errs...)
	}
	people, _ := fs.Glob(fsys, "people/*.txt")
	for _, f := range people {
		data, err := fs.ReadFile(fsys, f)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		r := newLineReader(path.Join(name, f), string(data))
		lx.readPeople(r)
		errs = append(errs, r.errs...)
	}
	lx.dedupe()
	errs = append(errs, lx.validate()...)
	return errors.Join(errs...)
}

// dedupe keeps the last record of each key, so that a user's file replaces a built-in record.
func (lx *Lexicon) dedupe() {
	lx.People = lastByKey(lx.People, func(p Person) string { return p.ID })
	lx.Countries = lastByKey(lx.Countries, func(c Country) string { return c.Code })
	lx.Organisations = lastByKey(lx.Organisations, func(c Country) string { return c.Code })
}

func lastByKey[T any](items []T, key func(T) string) []T {
	last := map[string]int{}
	for i, it := range items {
		last[key(it)] = i
	}
	out := items[:0]
	for i, it := range items {
		if last[key(it)] == i {
			out = append(out, it)
		}
	}
	return out
}

// validate checks what single lines cannot: that positions name known states and roles.
func (lx *Lexicon) validate() []error {
	codes := map[string]bool{}
	for _, c := range lx.Countries {
		codes[c.Code] = true
	}
	for _, o := range lx.Organisations {
		codes[o.Code] = true
	}
	var errs []error
	if len(codes) == 0 {
		return nil // a partial lexicon (tests) has nothing to check against
	}
	for _, p := range lx.People {
		for _, ps := range p.Positions {
			if !codes[ps.Country] {
				errs = append(errs, fmt.Errorf("%s: unknown state or organisation code %q", p.Pos, ps.Country))
			}
		}
	}
	for _, o := range lx.Offices {
		if o.Country != "" && !codes[o.Country] {
			errs = append(errs, fmt.Errorf("%s: unknown state code %q", o.Pos, o.Country))
		}
	}
	return errs
}

// Roles lists the role IDs positions and offices may use.
var Roles = map[string]bool{
	"president": true, "vice-president": true, "king": true, "emir": true, "sultan": true,
	"crown-prince": true, "deputy-crown-prince": true, "prime-minister": true, "deputy-prime-minister": true, "chancellor": true,
	"supreme-leader": true, "foreign-minister": true, "defence-minister": true,
	"interior-minister": true, "secretary-general": true, "high-representative": true,
	"commission-president": true, "council-president": true, "speaker": true, "envoy": true,
	"ambassador": true, "minister": true, "official": true, "spokesperson": true, "leader": true,
	"regional-head": true,
}

// parseDate reads YYYY, YYYY-MM or YYYY-MM-DD. A partial date means its first day, or, when end
// is set, its last day.
func parseDate(s string, end bool) (time.Time, error) {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		t, err := time.Parse(layout, s)
		if err != nil {
			continue
		}
		if end && layout == "2006-01" {
			t = t.AddDate(0, 1, -1)
		} else if end && layout == "2006" {
			t = t.AddDate(1, 0, -1)
		}
		return t, nil
	}
	return time.Time{}, fmt.Errorf("bad date %q (want YYYY, YYYY-MM or YYYY-MM-DD)", s)
}

// list splits a field on commas, trimming and dropping empty items.
func list(field string) []string {
	var out []string
	for _, s := range strings.Split(field, ",") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}
