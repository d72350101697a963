package loader

import (
	"fmt"
	"strings"

	"readout"
)

// FormatContacts writes contacts one per line in the compact form of the golden tests and of
// `readout extract`:
//
//	mode status date | participant; participant | init=CC | dur=N | since=DATE
//
// A participant is its entity ID, state and role (ID CC role); the date is a day, a month, a
// year, "a/b" for an interval (".." for an open side) or "unknown". Fields after the
// participants appear only when known.
func FormatContacts(cs []readout.Contact) string {
	var b strings.Builder
	for _, c := range cs {
		var ps []string
		for _, p := range c.Participants {
			ps = append(ps, strings.TrimSpace(fmt.Sprintf("%s %s %s", p.Entity, p.Country, p.Role)))
		}
		fmt.Fprintf(&b, "%s %s %s | %s", c.Mode, c.Status, c.Date, strings.Join(ps, "; "))
		if c.Initiator != nil {
			fmt.Fprintf(&b, " | init=%s", c.Initiator.Country)
		}
		if c.DurationMinutes > 0 {
			fmt.Fprintf(&b, " | dur=%d", c.DurationMinutes)
		}
		if c.FirstSince != nil {
			fmt.Fprintf(&b, " | since=%s", *c.FirstSince)
		}
		b.WriteString("\n")
	}
	return b.String()
}
