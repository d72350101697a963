package store

import (
	"slices"

	badger "github.com/dgraph-io/badger/v4"

	"readout"
)

// resolveGroups resolves each group of participants once, in key order.
func (s *Store) resolveGroups(txn *badger.Txn, groups []string) error {
	slices.Sort(groups)
	for _, g := range slices.Compact(groups) {
		if err := s.resolveGroup(txn, g); err != nil {
			return err
		}
	}
	return nil
}

// resolveGroup merges every stored report of a group of participants into contacts and
// replaces the group's previous contacts, with all their index entries.
func (s *Store) resolveGroup(txn *badger.Txn, group string) error {
	var reports []readout.Report
	for _, k := range keysWithPrefix(txn, prefix(kindGroupDoc, group)) {
		var rs []readout.Report
		if err := getJSON(txn, key(kindReports, lastPart(k)), &rs); err != nil {
			return err
		}
		for _, r := range rs {
			if r.Contact.GroupKey() == group {
				reports = append(reports, r)
			}
		}
	}
	for _, k := range keysWithPrefix(txn, prefix(kindGroup, group)) {
		var old readout.Contact
		if err := getJSON(txn, key(kindContact, lastPart(k)), &old); err != nil {
			return err
		}
		for _, ik := range append(indexKeys(&old), key(kindContact, old.ID)) {
			if err := txn.Delete(ik); err != nil {
				return err
			}
		}
	}
	for _, c := range readout.Merge(reports) {
		if err := setJSON(txn, key(kindContact, c.ID), c); err != nil {
			return err
		}
		if err := noteSpan(txn, c.Date); err != nil {
			return err
		}
		for _, ik := range indexKeys(&c) {
			if err := txn.Set(ik, nil); err != nil {
				return err
			}
		}
	}
	return nil
}

// noteSpan keeps the longest span of any contact's known interval, which bounds how far back a
// date-range query must look (contacts are indexed by their first day).
func noteSpan(txn *badger.Txn, d readout.Date) error {
	if d.Start.IsZero() || d.End.IsZero() {
		return nil
	}
	span := d.Span()
	if span <= maxSpan(txn) {
		return nil
	}
	return setJSON(txn, []byte{kindMaxSpan}, span)
}

// maxSpan returns the longest span noted, in days (a year at least).
func maxSpan(txn *badger.Txn) int {
	n := 366
	var stored int
	if err := getJSON(txn, []byte{kindMaxSpan}, &stored); err == nil && stored > n {
		n = stored
	}
	return n
}

// indexKeys returns every key that indexes a contact (its record itself excepted).
func indexKeys(c *readout.Contact) [][]byte {
	start, end := c.Date.Start, c.Date.End
	ids := c.EntityIDs()
	out := [][]byte{
		key(kindGroup, c.GroupKey(), c.ID),
		timelineKey([]byte{kindByDate}, start, end, c.ID),
	}
	if c.FirstSince != nil {
		out = append(out, key(kindFirst, c.ID))
	}
	for i, a := range ids {
		out = append(out, timelineKey(prefix(kindTimeline, a), start, end, c.ID))
		for _, b := range ids[i+1:] {
			x, y := ordered(a, b)
			out = append(out, timelineKey(prefix(kindPair, x, y), start, end, c.ID))
		}
	}
	states := c.Countries()
	for i, a := range states {
		out = append(out, timelineKey(prefix(kindState, a), start, end, c.ID))
		for _, b := range states[i+1:] {
			out = append(out, timelineKey(prefix(kindStatePair, a, b), start, end, c.ID))
		}
	}
	return out
}

// Contact returns a stored contact.
func (s *Store) Contact(id string) (*readout.Contact, error) {
	var c readout.Contact
	if err := s.db.View(func(txn *badger.Txn) error { return getJSON(txn, key(kindContact, id), &c) }); err != nil {
		return nil, err
	}
	return &c, nil
}

// EachContact calls fn with every contact, by date then ID, stopping at fn's first error.
func (s *Store) EachContact(fn func(*readout.Contact) error) error {
	return s.db.View(func(txn *badger.Txn) error {
		pfx := []byte{kindByDate}
		for _, k := range keysWithPrefix(txn, pfx) {
			_, id, ok := parseTimelineKey(pfx, k)
			if !ok {
				continue
			}
			var c readout.Contact
			if err := getJSON(txn, key(kindContact, id), &c); err != nil {
				return err
			}
			if err := fn(&c); err != nil {
				return err
			}
		}
		return nil
	})
}

// Counts reports how many documents, contacts and entities the store holds.
func (s *Store) Counts() (docs, contacts, entities int) {
	_ = s.db.View(func(txn *badger.Txn) error {
		docs = len(keysWithPrefix(txn, []byte{kindDocument}))
		contacts = len(keysWithPrefix(txn, []byte{kindContact}))
		entities = len(keysWithPrefix(txn, []byte{kindEntity}))
		return nil
	})
	return
}

// sortedUnique sorts and compacts a list of strings.
func sortedUnique(xs []string) []string {
	slices.Sort(xs)
	return slices.Compact(xs)
}
