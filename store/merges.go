package store

import (
	"errors"
	"fmt"
	"strings"

	badger "github.com/dgraph-io/badger/v4"

	"readout"
)

// maxMergeChain bounds how many merge records canonical follows (a longer chain is a cycle).
const maxMergeChain = 16

// canonical follows merge records from id to the entity it now is.
func canonical(txn *badger.Txn, id string) (string, error) {
	for range maxMergeChain {
		item, err := txn.Get(key(kindMerged, id))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return id, nil
		}
		if err != nil {
			return "", err
		}
		next, err := item.ValueCopy(nil)
		if err != nil {
			return "", err
		}
		id = string(next)
	}
	return "", fmt.Errorf("merge records of %q form a cycle", id)
}

// canonicalContacts rewrites participants to the entities they were merged into; a contact
// whose participants become one entity is dropped.
func canonicalContacts(txn *badger.Txn, cs []readout.Contact) ([]readout.Contact, error) {
	out := cs[:0]
	for _, c := range cs {
		ok, err := canonicalContact(txn, &c)
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, c)
		}
	}
	return out, nil
}

// canonicalContact rewrites one contact's participants and initiator; it reports false when
// fewer than two participants are left.
func canonicalContact(txn *badger.Txn, c *readout.Contact) (bool, error) {
	for i := range c.Participants {
		id, err := canonical(txn, c.Participants[i].Entity)
		if err != nil {
			return false, err
		}
		c.Participants[i].Entity = id
	}
	if c.Initiator != nil && c.Initiator.Entity != "" {
		id, err := canonical(txn, c.Initiator.Entity)
		if err != nil {
			return false, err
		}
		c.Initiator.Entity = id
	}
	c.SortParticipants()
	return len(c.Participants) >= 2, nil
}

// MergeEntities records that entity from is entity into (two spellings of one person that
// readout could not tie, a person the gazetteer learned later): every contact of from becomes a
// contact of into, and the record keeps applying to documents loaded later. It fails when either
// entity is unknown.
func (s *Store) MergeEntities(from, into string) error {
	err := s.db.Update(func(txn *badger.Txn) error { return s.merge(txn, from, into) })
	if err != nil {
		return &readout.Error{Op: "merge entities", Kind: readout.KindOf(err), Err: err}
	}
	return nil
}

// merge does MergeEntities in txn.
func (s *Store) merge(txn *badger.Txn, from, into string) error {
	from, err := canonical(txn, from)
	if err != nil {
		return err
	}
	if into, err = canonical(txn, into); err != nil {
		return err
	}
	if from == into {
		return nil
	}
	var fe, ie readout.Entity
	if err := getJSON(txn, key(kindEntity, from), &fe); err != nil {
		return err
	}
	if err := getJSON(txn, key(kindEntity, into), &ie); err != nil {
		return err
	}
	if err := txn.Set(key(kindMerged, from), []byte(into)); err != nil {
		return err
	}
	if err := s.dropEntity(txn, fe); err != nil {
		return err
	}
	ie.AddNames(fe.Names...)
	if err := s.writeEntity(txn, ie); err != nil {
		return err
	}
	return s.moveReports(txn, from)
}

// moveReports rewrites the reports of every document that names entity from (already merged)
// and resolves the groups they leave and join.
func (s *Store) moveReports(txn *badger.Txn, from string) error {
	var groups []string
	for _, k := range keysWithPrefix(txn, prefix(kindDocEntity, from)) {
		doc := lastPart(k)
		var reports []readout.Report
		if err := getJSON(txn, key(kindReports, doc), &reports); err != nil {
			return err
		}
		kept := reports[:0]
		for _, r := range reports {
			old := r.Contact.GroupKey()
			groups = append(groups, old)
			if err := txn.Delete(key(kindGroupDoc, old, doc)); err != nil {
				return err
			}
			ok, err := canonicalContact(txn, &r.Contact)
			if err != nil {
				return err
			}
			if ok {
				kept = append(kept, r)
			}
		}
		if err := s.indexReports(txn, doc, kept); err != nil {
			return err
		}
		for _, r := range kept {
			groups = append(groups, r.Contact.GroupKey())
		}
		if err := txn.Delete(k); err != nil {
			return err
		}
	}
	return s.resolveGroups(txn, groups)
}

// autoMerge ties a person captured by pattern (an n- ID) to a gazetteer person with a name in
// common, acting for the same state, in the same office when the capture had one: either may
// have been stored first, so both sides look for the other.
func (s *Store) autoMerge(txn *badger.Txn, e readout.Entity) error {
	captured := strings.HasPrefix(e.ID, "n-")
	if e.Kind != readout.Person {
		return nil
	}
	for _, n := range e.Names {
		k := s.Key(n)
		if k == "" {
			continue
		}
		kind := byte(kindCaptured) // a gazetteer person looks among captured names
		if captured {
			kind = kindAlias // a captured person looks among all names
		}
		for _, ak := range keysWithPrefix(txn, prefix(kind, k)) {
			other := lastPart(ak)
			if other == e.ID || strings.HasPrefix(other, "n-") == captured {
				continue
			}
			from, into := other, e.ID
			if captured {
				from, into = e.ID, other
			}
			if ok, err := sameOffice(txn, from, into); err != nil || !ok {
				if err != nil {
					return err
				}
				continue
			}
			return s.merge(txn, from, into)
		}
	}
	return nil
}

// sameOffice reports whether a captured person and a gazetteer person can be one: the same
// state, and the captured title (if any besides a generic one) among the gazetteer's offices.
func sameOffice(txn *badger.Txn, capturedID, gazetteerID string) (bool, error) {
	var c, g readout.Entity
	if err := getJSON(txn, key(kindEntity, capturedID), &c); err != nil {
		return false, ignoreMissing(err)
	}
	if err := getJSON(txn, key(kindEntity, gazetteerID), &g); err != nil {
		return false, ignoreMissing(err)
	}
	role := ""
	if len(c.Positions) > 0 {
		role = c.Positions[0].Role
	}
	for _, p := range g.Positions {
		if p.Country == c.Country && (role == "" || role == "minister" || role == "official" || p.Role == role) {
			return true, nil
		}
	}
	return false, nil
}

func ignoreMissing(err error) error {
	if isNotFound(err) {
		return nil
	}
	return err
}

// Merges returns the merge records: entity ID -> the entity it was merged into.
func (s *Store) Merges() (map[string]string, error) {
	out := map[string]string{}
	err := s.db.View(func(txn *badger.Txn) error {
		opts := badger.DefaultIteratorOptions
		opts.Prefix = []byte{kindMerged}
		it := txn.NewIterator(opts)
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			v, err := it.Item().ValueCopy(nil)
			if err != nil {
				return err
			}
			out[string(it.Item().Key()[1:])] = string(v)
		}
		return nil
	})
	return out, err
}
