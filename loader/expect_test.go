package loader

import (
	"fmt"
	"strings"

	"readout"
)

// expectation is one hand-written line of a golden file's -- expect -- section.
type expectation struct {
	line         string
	mode, status string
	date         string
	participants []string // "Q7747 RU president", "Q7747 RU", or "~RU"
	fields       map[string]string
	optional     bool // "? " before the line: counted when found, not missed when absent
}

// parseExpect reads an -- expect -- section.
func parseExpect(data string) ([]expectation, error) {
	var out []expectation
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rest, optional := strings.CutPrefix(line, "? ")
		parts := strings.Split(rest, "|")
		head := strings.Fields(parts[0])
		if len(parts) < 2 || len(head) != 3 {
			return nil, fmt.Errorf("bad expect line %q (want: mode status date | participants ...)", line)
		}
		e := expectation{line: line, mode: head[0], status: head[1], date: head[2], fields: map[string]string{}, optional: optional}
		for _, p := range strings.Split(parts[1], ";") {
			if p = strings.TrimSpace(p); p != "" {
				e.participants = append(e.participants, p)
			}
		}
		for _, f := range parts[2:] {
			k, v, ok := strings.Cut(strings.TrimSpace(f), "=")
			if !ok {
				return nil, fmt.Errorf("bad field %q in %q", f, line)
			}
			e.fields[k] = v
		}
		out = append(out, e)
	}
	return out, nil
}

// matches reports whether contact c is what e expects.
func (e expectation) matches(c *readout.Contact) bool {
	if string(c.Mode) != e.mode || string(c.Status) != e.status || c.Date.String() != e.date || len(c.Participants) != len(e.participants) {
		return false
	}
	used := make([]bool, len(c.Participants))
	for _, want := range e.participants {
		found := false
		for i, p := range c.Participants {
			if !used[i] && participantMatches(want, p) {
				used[i], found = true, true
				break
			}
		}
		if !found {
			return false
		}
	}
	checks := map[string]string{}
	if c.Initiator != nil {
		checks["init"] = c.Initiator.Country
	}
	if c.DurationMinutes > 0 {
		checks["dur"] = fmt.Sprint(c.DurationMinutes)
	}
	if c.FirstSince != nil {
		checks["since"] = c.FirstSince.String()
	}
	for k, v := range e.fields {
		if checks[k] != v {
			return false
		}
	}
	return true
}

// participantMatches compares an expected participant ("Q7747 RU president", "Q7747", "~RU")
// with a found one.
func participantMatches(want string, p readout.Participant) bool {
	f := strings.Fields(want)
	if strings.HasPrefix(f[0], "~") {
		return strings.HasPrefix(p.Entity, "n-") && p.Country == strings.TrimPrefix(f[0], "~")
	}
	if f[0] != p.Entity {
		return false
	}
	return (len(f) < 2 || f[1] == p.Country) && (len(f) < 3 || f[2] == p.Role)
}

// checkExpect returns one message per expected contact not found and per contact not expected.
func checkExpect(want []expectation, got []readout.Contact) []string {
	var msgs []string
	matched := make([]bool, len(got))
	for _, e := range want {
		found := false
		for i := range got {
			if !matched[i] && e.matches(&got[i]) {
				matched[i], found = true, true
				break
			}
		}
		if !found && !e.optional {
			msgs = append(msgs, "missed: "+e.line)
		}
	}
	for i := range got {
		if !matched[i] {
			msgs = append(msgs, "not expected: "+strings.TrimSpace(FormatContacts(got[i:i+1])))
		}
	}
	return msgs
}
