package readout_test

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"testing"
	"time"

	"readout"
)

// TestAddNames checks that names are merged into a sorted set: no repeats, no empty names,
// Arabic and Latin alike.
func TestAddNames(t *testing.T) {
	tests := []struct {
		name string
		have []string
		add  []string
		want []string
	}{
		{"into nothing", nil, []string{"Vladimir Putin", "بوتين", "Putin"}, []string{"Putin", "Vladimir Putin", "بوتين"}},
		{"repeats dropped", []string{"Putin"}, []string{"Putin", "Putin", "بوتين", "بوتين"}, []string{"Putin", "بوتين"}},
		{"empty names skipped", []string{"Putin"}, []string{"", "Vladimir Putin", ""}, []string{"Putin", "Vladimir Putin"}},
		{"in the middle", []string{"A", "C"}, []string{"B"}, []string{"A", "B", "C"}},
		{"nothing added", []string{"A"}, nil, []string{"A"}},
	}
	for _, tt := range tests {
		e := readout.Entity{Names: slices.Clone(tt.have)}
		e.AddNames(tt.add...)
		if !slices.Equal(e.Names, tt.want) {
			t.Errorf("%s: Names = %q, want %q", tt.name, e.Names, tt.want)
		}
	}
}

// TestPositionHolds checks that a position is held from its first to its last day inclusive,
// with open ends, and that a zero day asks whether it was ever held.
func TestPositionHolds(t *testing.T) {
	held := readout.Position{Role: "foreign-minister", Country: "RU", From: day("2004-03-09"), To: day("2025-01-01")}
	open := readout.Position{Role: "president", Country: "RU", From: day("2012-05-07")}
	always := readout.Position{Role: "king"}
	tests := []struct {
		name string
		p    readout.Position
		t    time.Time
		want bool
	}{
		{"first day", held, day("2004-03-09"), true},
		{"day before", held, day("2004-03-08"), false},
		{"last day", held, day("2025-01-01"), true},
		{"day after", held, day("2025-01-02"), false},
		{"zero day", held, time.Time{}, true},
		{"still held", open, day("2030-01-01"), true},
		{"before an open position", open, day("2008-01-01"), false},
		{"no dates", always, day("1950-01-01"), true},
	}
	for _, tt := range tests {
		if got := tt.p.Holds(tt.t); got != tt.want {
			t.Errorf("%s: Holds(%s) = %v, want %v", tt.name, readout.FormatDay(tt.t), got, tt.want)
		}
	}
}

// TestRoleAt checks that RoleAt picks a position held on the day, narrowed by role and country.
func TestRoleAt(t *testing.T) {
	e := readout.Entity{Positions: []readout.Position{
		{Role: "prime-minister", Country: "RU", From: day("2008-05-08"), To: day("2012-05-07")},
		{Role: "president", Country: "RU", From: day("2012-05-07")},
	}}
	tests := []struct {
		t             time.Time
		role, country string
		want          string // the role found, "" for none
	}{
		{day("2010-01-01"), "", "", "prime-minister"},
		{day("2020-01-01"), "", "", "president"},
		{day("2012-05-07"), "", "", "prime-minister"},
		{day("2012-05-07"), "president", "", "president"},
		{day("2010-01-01"), "president", "", ""},
		{day("2020-01-01"), "", "FR", ""},
		{day("2000-01-01"), "", "", ""},
	}
	for _, tt := range tests {
		p, ok := e.RoleAt(tt.t, tt.role, tt.country)
		if ok != (tt.want != "") || p.Role != tt.want {
			t.Errorf("RoleAt(%s, %q, %q) = %q, %v; want %q", readout.FormatDay(tt.t), tt.role, tt.country, p.Role, ok, tt.want)
		}
	}
}

// TestRoleLabel checks that role IDs read as English offices and that an unknown ID is
// returned as it is.
func TestRoleLabel(t *testing.T) {
	tests := map[string]string{
		"foreign-minister":     "minister of foreign affairs",
		"crown-prince":         "crown prince",
		"secretary-general":    "secretary-general",
		"commission-president": "president of the European Commission",
		"president":            "president",
		"astronaut":            "astronaut",
		"":                     "",
	}
	for role, want := range tests {
		if got := readout.RoleLabel(role); got != want {
			t.Errorf("RoleLabel(%q) = %q, want %q", role, got, want)
		}
	}
}

// TestErrorString checks that an Error reads "doc:line: op: message", leaving out what is
// empty and falling back on the kind when there is no message.
func TestErrorString(t *testing.T) {
	cause := errors.New("not UTF-8")
	tests := []struct {
		e    *readout.Error
		want string
	}{
		{&readout.Error{Op: "load", Doc: "a.txt", Err: cause}, "a.txt: load: not UTF-8"},
		{&readout.Error{Op: "load", Doc: "b.jsonl", Line: 7, Err: cause}, "b.jsonl:7: load: not UTF-8"},
		{&readout.Error{Op: "load", Line: 7, Err: cause}, "load: not UTF-8"},
		{&readout.Error{Doc: "a.txt", Err: cause}, "a.txt: not UTF-8"},
		{&readout.Error{Err: cause}, "not UTF-8"},
		{&readout.Error{Op: "get", Kind: readout.NotFound}, "get: not found"},
		{&readout.Error{Doc: "c.txt", Line: 2, Kind: readout.Invalid}, "c.txt:2: invalid"},
		{readout.Errorf("contacts", readout.Invalid, "bad cursor %q", "x"), `contacts: bad cursor "x"`},
	}
	for _, tt := range tests {
		if got := tt.e.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
}

// TestKindOf checks that KindOf finds the kind of an Error through wrapping and that other
// errors are Internal; and that errors.Is sees through an Error to its cause.
func TestKindOf(t *testing.T) {
	notFound := &readout.Error{Op: "get", Kind: readout.NotFound, Err: io.EOF}
	tests := []struct {
		name string
		err  error
		want readout.ErrorKind
	}{
		{"bare", notFound, readout.NotFound},
		{"wrapped", fmt.Errorf("resolving: %w", notFound), readout.NotFound},
		{"wrapped twice", fmt.Errorf("a: %w", fmt.Errorf("b: %w", notFound)), readout.NotFound},
		{"joined", errors.Join(io.ErrUnexpectedEOF, notFound), readout.NotFound},
		{"outer kind wins", &readout.Error{Kind: readout.Invalid, Err: notFound}, readout.Invalid},
		{"Errorf", readout.Errorf("auth", readout.Unauthorized, "no token"), readout.Unauthorized},
		{"plain error", io.EOF, readout.Internal},
		{"nil", nil, readout.Internal},
		{"no kind", &readout.Error{Op: "x", Err: io.EOF}, readout.Internal},
	}
	for _, tt := range tests {
		if got := readout.KindOf(tt.err); got != tt.want {
			t.Errorf("%s: KindOf = %q, want %q", tt.name, got, tt.want)
		}
	}
	if !errors.Is(fmt.Errorf("x: %w", notFound), io.EOF) {
		t.Error("errors.Is does not reach the cause of an Error")
	}
}
