package lexicon

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"readout"
)

// lineReader walks the records of one file, collecting errors that name the file and line.
type lineReader struct {
	file  string
	lines []string
	n     int // the 1-based number of the current line
	errs  []error
}

func newLineReader(file, data string) *lineReader {
	return &lineReader{file: file, lines: strings.Split(data, "\n")}
}

// next returns the fields of the next record line, or false at the end of the file.
func (r *lineReader) next() ([]string, bool) {
	for r.n < len(r.lines) {
		line := strings.TrimSpace(r.lines[r.n])
		r.n++
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "|")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		return fields, true
	}
	return nil, false
}

func (r *lineReader) pos() Pos { return Pos(fmt.Sprintf("%s:%d", r.file, r.n)) }

func (r *lineReader) errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Errorf("%s: %s", r.pos(), fmt.Sprintf(format, args...)))
}

// want checks the number of fields (min to max) and reports a mistake.
func (r *lineReader) want(fields []string, min, max int) bool {
	if len(fields) < min || len(fields) > max {
		if min == max {
			r.errorf("%d fields, want %d separated by |", len(fields), min)
		} else {
			r.errorf("%d fields, want %d to %d separated by |", len(fields), min, max)
		}
		return false
	}
	return true
}

// field returns fields[i], or "" when the line has fewer fields.
func field(fields []string, i int) string {
	if i < len(fields) {
		return fields[i]
	}
	return ""
}

// phrases reads a file of one phrase per line.
func (r *lineReader) phrases() []Phrase {
	var out []Phrase
	for f, ok := r.next(); ok; f, ok = r.next() {
		if r.want(f, 1, 1) {
			out = append(out, Phrase{Text: f[0], Pos: r.pos()})
		}
	}
	return out
}

var (
	qidRE  = regexp.MustCompile(`^Q[1-9][0-9]*$`)
	slugRE = regexp.MustCompile(`^x-[a-z0-9]+(-[a-z0-9]+)*$`)
	codeRE = regexp.MustCompile(`^[A-Z][A-Z0-9]{1,8}$`)
	roleRE = regexp.MustCompile(`^[a-z]+(-[a-z]+)*$`)
)

// readPeople reads `QID | English | Arabic | short | positions`.
func (lx *Lexicon) readPeople(r *lineReader) {
	for f, ok := r.next(); ok; f, ok = r.next() {
		if !r.want(f, 5, 5) {
			continue
		}
		p := Person{ID: f[0], English: list(f[1]), Arabic: list(f[2]), Short: list(f[3]), Pos: r.pos()}
		switch {
		case qidRE.MatchString(p.ID):
			p.Wikidata = p.ID
		case !slugRE.MatchString(p.ID):
			r.errorf("ID %q is neither a QID (Q123) nor a slug (x-first-last)", p.ID)
			continue
		}
		if len(p.English) == 0 || len(p.Arabic) == 0 {
			r.errorf("%s: an English and an Arabic name are required", p.ID)
			continue
		}
		p.Positions = r.positions(f[4])
		lx.People = append(lx.People, p)
	}
}

// positions reads `CC role FROM..TO; ...`.
func (r *lineReader) positions(field string) []readout.Position {
	var out []readout.Position
	for _, s := range strings.Split(field, ";") {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		parts := strings.Fields(s)
		if len(parts) != 3 || !strings.Contains(parts[2], "..") {
			r.errorf("position %q: want `CC role FROM..TO`", s)
			continue
		}
		p := readout.Position{Country: parts[0], Role: parts[1]}
		if !codeRE.MatchString(p.Country) {
			r.errorf("position %q: bad code %q", s, p.Country)
			continue
		}
		if !Roles[p.Role] {
			r.errorf("position %q: unknown role %q", s, p.Role)
			continue
		}
		from, to, _ := strings.Cut(parts[2], "..")
		var err error
		if from != "" {
			if p.From, err = parseDate(from, false); err != nil {
				r.errorf("position %q: %v", s, err)
				continue
			}
		}
		if to != "" {
			if p.To, err = parseDate(to, true); err != nil {
				r.errorf("position %q: %v", s, err)
				continue
			}
		}
		if !p.From.IsZero() && !p.To.IsZero() && p.To.Before(p.From) {
			r.errorf("position %q: ends before it starts", s)
			continue
		}
		out = append(out, p)
	}
	return out
}

// readCountries reads `CODE | English | Arabic | demonyms | capitals | seats [| regions]`.
func (lx *Lexicon) readCountries(r *lineReader) {
	for f, ok := r.next(); ok; f, ok = r.next() {
		if c, ok := r.country(f, 6, 7); ok {
			c.Capitals, c.Seats, c.Regions = list(f[4]), list(f[5]), list(field(f, 6))
			lx.Countries = append(lx.Countries, c)
		}
	}
}

// readOrganisations reads `CODE | English | Arabic | adjectives | seats`.
func (lx *Lexicon) readOrganisations(r *lineReader) {
	for f, ok := r.next(); ok; f, ok = r.next() {
		if c, ok := r.country(f, 5, 5); ok {
			c.Seats = list(f[4])
			lx.Organisations = append(lx.Organisations, c)
		}
	}
}

func (r *lineReader) country(f []string, min, max int) (Country, bool) {
	if !r.want(f, min, max) {
		return Country{}, false
	}
	c := Country{Code: f[0], English: list(f[1]), Arabic: list(f[2]), Demonyms: list(f[3]), Pos: r.pos()}
	if !codeRE.MatchString(c.Code) {
		r.errorf("bad code %q (want upper-case letters)", c.Code)
		return c, false
	}
	if len(c.Arabic) == 0 {
		r.errorf("%s: no Arabic name", c.Code)
		return c, false
	}
	return c, true
}

// readOffices reads `role | English label | definite forms | construct forms | implied country
// | plural forms`.
func (lx *Lexicon) readOffices(r *lineReader) {
	for f, ok := r.next(); ok; f, ok = r.next() {
		if !r.want(f, 4, 6) {
			continue
		}
		o := Office{Role: f[0], Label: f[1], Definite: list(f[2]), Construct: list(f[3]), Country: field(f, 4), Plural: list(field(f, 5)), Pos: r.pos()}
		if !Roles[o.Role] {
			r.errorf("unknown role %q", o.Role)
			continue
		}
		if len(o.Definite)+len(o.Construct) == 0 {
			r.errorf("office %s has no Arabic form", o.Role)
			continue
		}
		lx.Offices = append(lx.Offices, o)
	}
}

// triggerClasses are the ways a trigger word relates the participants (see triggers.txt).
var triggerClasses = map[string]bool{
	"call": true, "called": true, "meet": true, "receive": true, "visit": true,
	"send": true, "sent": true, "talk": true, "event": true, "handed": true,
}

var modes = map[readout.Mode]bool{
	readout.Phone: true, readout.Video: true, readout.Meeting: true, readout.Visit: true,
	readout.Talks: true, readout.Message: true,
}

// readTriggers reads `mode | class | forms`.
func (lx *Lexicon) readTriggers(r *lineReader) {
	for f, ok := r.next(); ok; f, ok = r.next() {
		if !r.want(f, 3, 3) {
			continue
		}
		t := Trigger{Mode: readout.Mode(f[0]), Class: f[1], Forms: list(f[2]), Pos: r.pos()}
		switch {
		case !modes[t.Mode]:
			r.errorf("unknown mode %q", f[0])
		case !triggerClasses[t.Class]:
			r.errorf("unknown trigger class %q", t.Class)
		case len(t.Forms) == 0:
			r.errorf("no forms")
		default:
			lx.Triggers = append(lx.Triggers, t)
		}
	}
}

// cueKinds are the functions of cues.txt entries (documented in that file).
var cueKinds = map[string]bool{
	"planned": true, "planned-after": true, "future": true, "make-call": true, "make-send": true, "make-receive": true, "greet": true, "adjunct": true, "invite": true, "accept": true, "associate": true, "denied": true, "phone": true, "video": true, "initiated-by": true,
	"presence": true, "first-since": true, "last": true, "pair": true, "speech": true,
	"duration": true, "hour": true, "half-hour": true, "minute": true, "two-hours": true,
	"approx": true, "more-than": true, "attribution": true, "counterpart": true,
	"counterpart-pair": true, "posted-at": true, "since": true, "dialogue": true,
	"not-contact": true, "negation": true, "void": true, "offer": true, "intent": true, "rules-out": true, "participation": true, "other-sense": true, "unscheduled": true,
	"called-off": true,
}

// furnitureKinds are the kinds of page furniture (documented in furniture.txt).
var furnitureKinds = map[string]bool{"list": true, "line": true, "tail": true, "click": true, "cut": true, "ledes": true}

// cues reads `kind | forms`, checking kind against kinds.
func (r *lineReader) cues(kinds map[string]bool) []Cue {
	var out []Cue
	for f, ok := r.next(); ok; f, ok = r.next() {
		if !r.want(f, 2, 2) {
			continue
		}
		if !kinds[f[0]] {
			r.errorf("unknown kind %q", f[0])
			continue
		}
		out = append(out, Cue{Kind: f[0], Forms: list(f[1]), Pos: r.pos()})
	}
	return out
}

// readTopics reads `topic-id | English label | keywords`.
func (lx *Lexicon) readTopics(r *lineReader) {
	for f, ok := r.next(); ok; f, ok = r.next() {
		if !r.want(f, 3, 3) {
			continue
		}
		if !roleRE.MatchString(f[0]) {
			r.errorf("bad topic ID %q (want lower-case words joined by -)", f[0])
			continue
		}
		lx.Topics = append(lx.Topics, Topic{ID: f[0], Label: f[1], Keywords: list(f[2]), Pos: r.pos()})
	}
}

// calendarKinds bound the values of calendar.txt entries.
var calendarKinds = map[string][2]int{
	"month": {1, 12}, "hijri-month": {1, 12}, "weekday": {0, 6}, "relative": {-1000, 1000}, "ordinal": {1, 31},
}

// readCalendar reads `kind | value | forms`.
func (lx *Lexicon) readCalendar(r *lineReader) {
	for f, ok := r.next(); ok; f, ok = r.next() {
		if !r.want(f, 3, 3) {
			continue
		}
		bounds, known := calendarKinds[f[0]]
		v, err := strconv.Atoi(f[1])
		switch {
		case !known:
			r.errorf("unknown calendar kind %q", f[0])
		case err != nil || v < bounds[0] || v > bounds[1]:
			r.errorf("%s value %q out of range %d..%d", f[0], f[1], bounds[0], bounds[1])
		default:
			lx.Calendar = append(lx.Calendar, CalendarWord{Kind: f[0], Value: v, Forms: list(f[2]), Pos: r.pos()})
		}
	}
}
