package store

import (
	"encoding/base64"
	"slices"
	"time"

	badger "github.com/dgraph-io/badger/v4"

	"readout"
)

// Filter narrows a list of contacts. Zero fields do not filter.
type Filter struct {
	Mode         readout.Mode
	Status       readout.Status
	From, To     time.Time // the contact's known interval must meet [From, To]
	Participants []string  // entity IDs that must all take part
	Countries    []string  // states that must all take part
	Topic        string
}

// Match reports whether a contact passes the filter.
func (f Filter) Match(c *readout.Contact) bool {
	switch {
	case f.Mode != "" && c.Mode != f.Mode,
		f.Status != "" && c.Status != f.Status,
		f.Topic != "" && !slices.Contains(c.Topics, f.Topic):
		return false
	}
	if !f.From.IsZero() || !f.To.IsZero() {
		// a date range admits contacts whose known interval meets it
		if c.Date.Start.IsZero() || c.Date.End.IsZero() {
			return false
		}
		if !f.From.IsZero() && c.Date.End.Before(f.From) || !f.To.IsZero() && c.Date.Start.After(f.To) {
			return false
		}
	}
	ids, states := c.EntityIDs(), c.Countries()
	for _, p := range f.Participants {
		if !slices.Contains(ids, p) {
			return false
		}
	}
	for _, s := range f.Countries {
		if !slices.Contains(states, s) {
			return false
		}
	}
	return true
}

// Page is one page of contacts, newest first, with an opaque cursor after each.
type Page struct {
	Contacts []readout.Contact
	Cursors  []string
	HasNext  bool
}

// index picks the timeline that answers a filter with the fewest keys to read: a pair of
// people, one person, a pair of states, one state, or every contact.
func (f Filter) index() []byte {
	switch {
	case len(f.Participants) >= 2:
		a, b := ordered(f.Participants[0], f.Participants[1])
		return prefix(kindPair, a, b)
	case len(f.Participants) == 1:
		return prefix(kindTimeline, f.Participants[0])
	case len(f.Countries) >= 2:
		a, b := ordered(f.Countries[0], f.Countries[1])
		return prefix(kindStatePair, a, b)
	case len(f.Countries) == 1:
		return prefix(kindState, f.Countries[0])
	}
	return []byte{kindByDate}
}

// Contacts returns up to first contacts that pass the filter, newest first (by the first day
// their date allows; contacts of unknown date last), after the cursor when one is given.
func (s *Store) Contacts(f Filter, first int, after string) (Page, error) {
	var page Page
	pfx := f.index()
	cursor, err := base64.RawURLEncoding.DecodeString(after)
	if err != nil {
		return page, &readout.Error{Op: "contacts", Kind: readout.Invalid, Err: err}
	}
	err = s.db.View(func(txn *badger.Txn) error {
		opts := badger.DefaultIteratorOptions
		opts.PrefetchValues = false
		opts.Reverse = true
		opts.Prefix = pfx
		it := txn.NewIterator(opts)
		defer it.Close()
		// contacts are indexed by their first day: one that starts before From can still reach
		// it, as far back as the longest interval stored
		var oldest time.Time
		if !f.From.IsZero() {
			oldest = f.From.AddDate(0, 0, -maxSpan(txn))
		}
		for it.Seek(seekFrom(pfx, f.To, cursor)); it.ValidForPrefix(pfx); it.Next() {
			k := it.Item().Key()
			if len(cursor) > 0 && string(k) >= string(cursor) {
				continue
			}
			start, id, ok := parseTimelineKey(pfx, k)
			if !ok {
				continue
			}
			if !oldest.IsZero() && !start.IsZero() && start.Before(oldest) {
				break
			}
			var c readout.Contact
			if err := getJSON(txn, key(kindContact, id), &c); err != nil {
				return err
			}
			if !f.Match(&c) {
				continue
			}
			if len(page.Contacts) == first {
				page.HasNext = true
				break
			}
			page.Contacts = append(page.Contacts, c)
			page.Cursors = append(page.Cursors, base64.RawURLEncoding.EncodeToString(k))
		}
		return nil
	})
	return page, err
}

// seekFrom is where a newest-first scan starts: just after the cursor, or after the last key
// whose interval starts on or before to, or at the very end of the prefix.
func seekFrom(pfx []byte, to time.Time, cursor []byte) []byte {
	if len(cursor) > 0 {
		return cursor
	}
	k := append([]byte{}, pfx...)
	if !to.IsZero() {
		return append(append(k, dateBytes(to, time.Time{})[:4]...), 0xff)
	}
	return append(k, 0xff)
}

// Last returns the latest contact that passes the filter (nil when there is none): one reverse
// seek on the most selective timeline. Contacts of unknown date count only when no dated one
// passes.
func (s *Store) Last(f Filter) (*readout.Contact, error) {
	page, err := s.Contacts(f, 1, "")
	if err != nil || len(page.Contacts) == 0 {
		return nil, err
	}
	return &page.Contacts[0], nil
}

// Contradiction is a contact said to be the first since a date, and the stored contacts between
// the same people that happened in between.
type Contradiction struct {
	Contact readout.Contact
	Between []readout.Contact
}

// Contradictions checks every "first since" claim against the store: a contact said to be the
// first since a date is contradicted by a contact between the same people that happened after
// that date and before it.
func (s *Store) Contradictions(limit int) ([]Contradiction, error) {
	var claimed []readout.Contact
	err := s.db.View(func(txn *badger.Txn) error {
		for _, k := range keysWithPrefix(txn, []byte{kindFirst}) {
			var c readout.Contact
			if err := getJSON(txn, key(kindContact, string(k[1:])), &c); err != nil {
				return err
			}
			claimed = append(claimed, c)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	var out []Contradiction
	for _, c := range claimed {
		since := c.FirstSince
		if since.End.IsZero() || c.Date.Start.IsZero() || !since.End.Before(c.Date.Start) {
			continue
		}
		f := Filter{Participants: c.EntityIDs(), Status: readout.Occurred,
			From: since.End.AddDate(0, 0, 1), To: c.Date.Start.AddDate(0, 0, -1)}
		page, err := s.Contacts(f, 20, "")
		if err != nil {
			return nil, err
		}
		var between []readout.Contact
		for _, b := range page.Contacts {
			if b.ID != c.ID && b.Date.Within(readout.RangeDate(f.From, f.To, "")) {
				between = append(between, b)
			}
		}
		if len(between) > 0 {
			out = append(out, Contradiction{Contact: c, Between: between})
			if len(out) == limit {
				break
			}
		}
	}
	return out, nil
}
