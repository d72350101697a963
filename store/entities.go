package store

import (
	"bytes"
	"strings"

	badger "github.com/dgraph-io/badger/v4"

	"readout"
)

// putEntity adds an entity or merges it into the stored one: names are pooled, and the stored
// display name, QID and positions give way to those of the gazetteer when it knows more.
func (s *Store) putEntity(txn *badger.Txn, e readout.Entity) error {
	var old readout.Entity
	err := getJSON(txn, key(kindEntity, e.ID), &old)
	switch {
	case err == nil:
		old.AddNames(e.Names...)
		if e.Wikidata != "" {
			old.Wikidata, old.Name, old.Positions = e.Wikidata, e.Name, e.Positions
		}
		if old.Country == "" {
			old.Country = e.Country
		}
		e = old
	case !isNotFound(err):
		return err
	}
	if err := setJSON(txn, key(kindEntity, e.ID), e); err != nil {
		return err
	}
	for _, n := range e.Names {
		k := s.Key(n)
		if k == "" {
			continue
		}
		if err := txn.Set(key(kindAlias, k, e.ID), nil); err != nil {
			return err
		}
		for _, w := range strings.Fields(k) {
			if len([]rune(w)) >= 3 && strings.Contains(k, " ") {
				if err := txn.Set(key(kindWord, w, e.ID), nil); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// Entity returns a stored entity, following a merge to the entity it became.
func (s *Store) Entity(id string) (*readout.Entity, error) {
	var e readout.Entity
	err := s.db.View(func(txn *badger.Txn) error { return getJSON(txn, key(kindEntity, id), &e) })
	if err != nil {
		return nil, err
	}
	return &e, nil
}

// Entities returns the stored entities with the given IDs, in order; a missing one is nil.
func (s *Store) Entities(ids []string) ([]*readout.Entity, error) {
	out := make([]*readout.Entity, len(ids))
	err := s.db.View(func(txn *badger.Txn) error {
		for i, id := range ids {
			var e readout.Entity
			if err := getJSON(txn, key(kindEntity, id), &e); err == nil {
				out[i] = &e
			} else if !isNotFound(err) {
				return err
			}
		}
		return nil
	})
	return out, err
}

// EntitiesNamed returns the IDs of the entities one of whose names is name (normalised), or,
// when none is, of those with a name that has name as one of its words ("Putin").
func (s *Store) EntitiesNamed(name string) ([]string, error) {
	k := s.Key(name)
	if k == "" {
		return nil, nil
	}
	var ids []string
	err := s.db.View(func(txn *badger.Txn) error {
		for _, kind := range []byte{kindAlias, kindWord} {
			for _, ak := range keysWithPrefix(txn, prefix(kind, k)) {
				ids = append(ids, lastPart(ak))
			}
			if len(ids) > 0 {
				break
			}
		}
		return nil
	})
	return sortedUnique(ids), err
}

// SearchEntities returns up to limit entities with a name that starts with name (normalised),
// or, for names of several words, contains each of them as a word start; exact names first.
func (s *Store) SearchEntities(name string, limit int) ([]*readout.Entity, error) {
	k := s.Key(name)
	if k == "" {
		return nil, nil
	}
	exact, _ := s.EntitiesNamed(name)
	ids := append([]string{}, exact...)
	seen := map[string]bool{}
	for _, id := range ids {
		seen[id] = true
	}
	err := s.db.View(func(txn *badger.Txn) error {
		opts := badger.DefaultIteratorOptions
		opts.PrefetchValues = false
		pfx := key(kindAlias, k)
		opts.Prefix = []byte{kindAlias}
		it := txn.NewIterator(opts)
		defer it.Close()
		// names starting with the query, then names with a later word starting with it
		for it.Seek(pfx); it.ValidForPrefix(pfx) && len(ids) < limit; it.Next() {
			addID(&ids, seen, lastPart(it.Item().Key()))
		}
		for it.Rewind(); it.Valid() && len(ids) < limit; it.Next() {
			kk := it.Item().Key()
			alias := string(kk[1:bytes.IndexByte(kk, sep)])
			if strings.Contains(" "+alias, " "+k) {
				addID(&ids, seen, lastPart(kk))
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(ids) > limit {
		ids = ids[:limit]
	}
	es, err := s.Entities(ids)
	out := es[:0]
	for _, e := range es {
		if e != nil {
			out = append(out, e)
		}
	}
	return out, err
}

func addID(ids *[]string, seen map[string]bool, id string) {
	if !seen[id] {
		seen[id] = true
		*ids = append(*ids, id)
	}
}
