package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	"readout"
	"readout/store"
)

// runExport is `readout export --format jsonl`: one contact per line, in date order, in the
// format documented in the README (research scripts depend on it: keep it stable).
func runExport(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("export", "[--db DIR] --format jsonl", stderr)
	var c common
	c.register(fs)
	format := fs.String("format", "jsonl", "output format (jsonl)")
	if fs.Parse(args) != nil {
		return 2
	}
	if *format != "jsonl" {
		fmt.Fprintf(stderr, "readout export: unknown format %q (want jsonl)\n", *format)
		return 2
	}
	s, err := c.openStore()
	if err != nil {
		fmt.Fprintln(stderr, "readout export:", err)
		return 1
	}
	defer s.Close()
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	if err := exportJSONL(s, w); err != nil {
		fmt.Fprintln(stderr, "readout export:", err)
		return 1
	}
	return 0
}

// exportContact is one line of the JSONL export.
type exportContact struct {
	ID              string              `json:"id"`
	Mode            readout.Mode        `json:"mode"`
	Status          readout.Status      `json:"status"`
	Date            exportDate          `json:"date"`
	Participants    []exportParticipant `json:"participants"`
	Initiator       *exportInitiator    `json:"initiator"`
	DurationMinutes *int                `json:"duration_minutes"`
	Topics          []string            `json:"topics"`
	Sources         []exportSource      `json:"sources"`
}

type exportDate struct {
	Start       *string             `json:"start"`
	End         *string             `json:"end"`
	Granularity readout.Granularity `json:"granularity"`
}

type exportParticipant struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Names    []string `json:"names"`
	Country  *string  `json:"country"`
	Role     *string  `json:"role"`
	Wikidata *string  `json:"wikidata"`
}

type exportInitiator struct {
	ID      *string `json:"id"`
	Country string  `json:"country"`
}

type exportSource struct {
	Document string `json:"document"`
	Evidence string `json:"evidence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
}

// exportJSONL writes every contact of the store.
func exportJSONL(s *store.Store, w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return s.EachContact(func(c *readout.Contact) error {
		ents, err := s.Entities(c.EntityIDs())
		if err != nil {
			return err
		}
		return enc.Encode(exportOf(c, ents))
	})
}

// exportOf builds the export line of a contact whose participants' entities are ents.
func exportOf(c *readout.Contact, ents []*readout.Entity) exportContact {
	g := c.Date.Granularity
	if g == "" {
		g = readout.Unknown
	}
	out := exportContact{ID: c.ID, Mode: c.Mode, Status: c.Status, Topics: c.Topics,
		Date: exportDate{Start: null(readout.FormatDay(c.Date.Start)), End: null(readout.FormatDay(c.Date.End)), Granularity: g}}
	if out.Topics == nil {
		out.Topics = []string{}
	}
	for i, p := range c.Participants {
		ep := exportParticipant{ID: p.Entity, Name: p.Entity, Names: []string{}, Country: null(p.Country), Role: null(readout.RoleLabel(p.Role))}
		if e := ents[i]; e != nil {
			ep.Name, ep.Names, ep.Wikidata = e.Name, e.Names, null(e.Wikidata)
		}
		out.Participants = append(out.Participants, ep)
	}
	if c.Initiator != nil {
		out.Initiator = &exportInitiator{ID: null(c.Initiator.Entity), Country: c.Initiator.Country}
	}
	if c.DurationMinutes > 0 {
		d := c.DurationMinutes
		out.DurationMinutes = &d
	}
	for _, s := range c.Sources {
		out.Sources = append(out.Sources, exportSource{Document: s.Document, Evidence: s.Evidence, Start: s.Start, End: s.End})
	}
	return out
}

// null returns nil for "", so that unknown values are null in the export.
func null(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
