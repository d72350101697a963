package graph

import (
	"strings"

	"readout"
	"readout/graph/model"
	"readout/store"
)

// contact converts a domain contact to its GraphQL model.
func contact(c *readout.Contact) *model.Contact {
	m := &model.Contact{
		ID: c.ID, Mode: model.Mode(strings.ToUpper(string(c.Mode))), Status: model.Status(strings.ToUpper(string(c.Status))),
		Date: dateInterval(c.Date), Topics: c.Topics, Disputed: c.Disputed(), DocumentCount: len(c.Documents()), IndependentReports: c.Reports,
	}
	if m.Topics == nil {
		m.Topics = []string{}
	}
	for _, p := range c.Participants {
		m.Participants = append(m.Participants, &model.Participant{EntityID: p.Entity, Role: optional(readout.RoleLabel(p.Role)), Country: optional(p.Country)})
	}
	if c.Initiator != nil {
		m.Initiator = &model.Initiator{EntityID: c.Initiator.Entity, Country: c.Initiator.Country}
	}
	if c.DurationMinutes > 0 {
		d := c.DurationMinutes
		m.DurationMinutes = &d
	}
	if c.FirstSince != nil {
		m.FirstSince = dateInterval(*c.FirstSince)
	}
	for _, s := range c.Sources {
		m.Sources = append(m.Sources, &model.Source{DocumentID: s.Document, Evidence: s.Evidence, Start: s.Start, End: s.End})
	}
	m.Claims = []*model.Claim{}
	for _, cl := range c.Claims {
		m.Claims = append(m.Claims, &model.Claim{Field: cl.Field, Value: cl.Value, Qualifier: optional(cl.Qualifier), By: optional(cl.By), Basis: optional(cl.Basis), DocumentIDs: cl.Documents})
	}
	return m
}

func dateInterval(d readout.Date) *model.DateInterval {
	g := d.Granularity
	if g == "" {
		g = readout.Unknown
	}
	return &model.DateInterval{
		Start: optional(readout.FormatDay(d.Start)), End: optional(readout.FormatDay(d.End)),
		Granularity: model.Granularity(strings.ToUpper(string(g))), Text: optional(d.Text),
	}
}

// entity converts a domain entity to its GraphQL model.
func entity(e *readout.Entity) *model.Entity {
	m := &model.Entity{ID: e.ID, Kind: model.EntityKind(strings.ToUpper(string(e.Kind))), Name: e.Name,
		Names: e.Names, Country: optional(e.Country), Wikidata: optional(e.Wikidata), Positions: []*model.Position{}}
	if m.Names == nil {
		m.Names = []string{}
	}
	for _, p := range e.Positions {
		m.Positions = append(m.Positions, &model.Position{Role: readout.RoleLabel(p.Role), Country: p.Country,
			From: optional(readout.FormatDay(p.From)), To: optional(readout.FormatDay(p.To))})
	}
	return m
}

// document converts a domain document to its GraphQL model.
func document(d *readout.Document) *model.Document {
	loaded := ""
	if !d.LoadedAt.IsZero() {
		loaded = d.LoadedAt.UTC().Format("2006-01-02T15:04:05Z")
	}
	return &model.Document{ID: d.ID, Title: optional(d.Title), URL: optional(d.URL), Outlet: optional(d.Outlet),
		Published: optional(readout.FormatDay(d.Published)), Lang: optional(d.Lang), Text: d.Text, LoadedAt: optional(loaded)}
}

// connection converts a page of contacts.
func connection(p store.Page) *model.ContactConnection {
	conn := &model.ContactConnection{Edges: []*model.ContactEdge{}, PageInfo: &model.PageInfo{HasNextPage: p.HasNext}}
	for i := range p.Contacts {
		conn.Edges = append(conn.Edges, &model.ContactEdge{Cursor: p.Cursors[i], Node: contact(&p.Contacts[i])})
	}
	if n := len(p.Cursors); n > 0 {
		conn.PageInfo.EndCursor = &p.Cursors[n-1]
	}
	return conn
}

// optional returns nil for "", so that empty values are null in the API.
func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
