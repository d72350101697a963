package graph

import (
	"context"
	"strings"
	"time"

	"readout"
	"readout/graph/model"
	"readout/store"
)

// maxPage bounds the size of a page of results.
const maxPage = 100

func clamp(n int) int {
	switch {
	case n < 1:
		return 1
	case n > maxPage:
		return maxPage
	}
	return n
}

// filter turns query arguments into a store filter.
func filter(mode *model.Mode, status *model.Status, topic, from, to *string) (store.Filter, error) {
	var f store.Filter
	if mode != nil {
		f.Mode = readout.Mode(strings.ToLower(string(*mode)))
	}
	if status != nil {
		f.Status = readout.Status(strings.ToLower(string(*status)))
	}
	if topic != nil {
		f.Topic = *topic
	}
	var err error
	if f.From, err = day("from", from); err != nil {
		return f, err
	}
	f.To, err = day("to", to)
	return f, err
}

// day reads an optional YYYY-MM-DD argument.
func day(name string, s *string) (time.Time, error) {
	if s == nil || *s == "" {
		return time.Time{}, nil
	}
	t, err := readout.ParseDay(*s)
	if err != nil {
		return t, readout.Errorf("argument "+name, readout.Invalid, "%q is not a day (want YYYY-MM-DD)", *s)
	}
	return t, nil
}

// addSides resolves names and adds them to the filter as participants or states. A name that
// several entities bear is an error.
func (r *Resolver) addSides(f *store.Filter, names ...string) error {
	for _, n := range names {
		s, err := r.side(n)
		switch {
		case err != nil:
			return err
		case s.country != "":
			f.Countries = append(f.Countries, s.country)
		case len(s.entities) > 1:
			return r.ambiguous(s)
		default:
			f.Participants = append(f.Participants, s.entities[0])
		}
	}
	return nil
}

// last answers lastContact. When a name fits several entities, each is tried: if only one of
// them has a contact with the other side, that is the answer; otherwise the name is ambiguous.
func (r *Resolver) last(f store.Filter, a, b string) (*readout.Contact, error) {
	sa, err := r.side(a)
	if err != nil {
		return nil, err
	}
	sb, err := r.side(b)
	if err != nil {
		return nil, err
	}
	var found *readout.Contact
	for _, x := range sa.options() {
		for _, y := range sb.options() {
			g := f
			for _, s := range []side{x, y} {
				if s.country != "" {
					g.Countries = append(g.Countries, s.country)
				} else {
					g.Participants = append(g.Participants, s.entities[0])
				}
			}
			c, err := r.Store.Last(g)
			if err != nil {
				return nil, err
			}
			if c == nil {
				continue
			}
			if found != nil && found.ID != c.ID {
				if len(sa.entities) > 1 {
					return nil, r.ambiguous(sa)
				}
				return nil, r.ambiguous(sb)
			}
			found = c
		}
	}
	return found, nil
}

// options splits a side into one side per entity it may be.
func (s side) options() []side {
	if s.country != "" || len(s.entities) <= 1 {
		return []side{s}
	}
	out := make([]side, 0, len(s.entities))
	for _, e := range s.entities {
		if len(out) == 10 {
			break
		}
		out = append(out, side{name: s.name, entities: []string{e}})
	}
	return out
}

// page runs a contacts query.
func (r *Resolver) page(f store.Filter, first *int, after *string) (*model.ContactConnection, error) {
	n, cursor := 20, ""
	if first != nil {
		n = clamp(*first)
	}
	if after != nil {
		cursor = *after
	}
	p, err := r.Store.Contacts(f, n, cursor)
	if err != nil {
		return nil, err
	}
	return connection(p), nil
}

// entity loads one entity through the request's loader.
func (r *Resolver) entity(ctx context.Context, id string) (*model.Entity, error) {
	e, err := r.loadersFrom(ctx).entities.Load(ctx, id)
	if err != nil {
		return nil, err
	}
	return entity(e), nil
}

// documents loads documents through the request's loader.
func (r *Resolver) documents(ctx context.Context, ids []string) ([]*model.Document, error) {
	ds, err := r.loadersFrom(ctx).documents.LoadAll(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]*model.Document, 0, len(ds))
	for _, d := range ds {
		if d != nil {
			out = append(out, document(d))
		}
	}
	return out, nil
}
