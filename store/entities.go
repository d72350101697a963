package store

import (
	"bytes"
	"strings"

	badger "github.com/dgraph-io/badger/v4"

	"readout"
)

// putEntity adds an entity or merges it into the stored one: names are pooled, and the stored
// display name, QID and positions give way to those of the gazetteer when it knows more. An
// entity merged into another adds its names to that one.
func (s *Store) putEntity(txn *badger.Txn, e readout.Entity) error {
	id, err := canonical(txn, e.ID)
	if err != nil {
		return err
	}
	var old readout.Entity
	err = getJSON(txn, key(kindEntity, id), &old)
	switch {
	case err == nil:
		old.AddNames(e.Names...)
		if e.Wikidata != "" && id == e.ID {
			old.Wikidata, old.Name, old.Positions = e.Wikidata, e.Name, e.Positions
		}
		if old.Country == "" {
			old.Country = e.Country
		}
		e = old
	case !isNotFound(err):
		return err
	}
	return s.writeEntity(txn, e)
}

// writeEntity writes an entity and its alias entries. A person captured by pattern (n- ID) is
// shown under the first of its names in sort order, so that the name does not depend on which
// article was loaded first.
func (s *Store) writeEntity(txn *badger.Txn, e readout.Entity) error {
	captured := strings.HasPrefix(e.ID, "n-")
	if captured && len(e.Names) > 0 {
		e.Name = e.Names[0]
	}
	if err := setJSON(txn, key(kindEntity, e.ID), e); err != nil {
		return err
	}
	for _, k := range s.entityKeys(e) {
		if err := txn.Set(k, nil); err != nil {
			return err
		}
	}
	return nil
}

// dropEntity deletes an entity and its alias entries.
func (s *Store) dropEntity(txn *badger.Txn, e readout.Entity) error {
	for _, k := range append(s.entityKeys(e), key(kindEntity, e.ID)) {
		if err := txn.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

// entityKeys returns the alias entries of an entity: each name, each word of a name of several
// words, and for a captured person its names in the captured index.
func (s *Store) entityKeys(e readout.Entity) [][]byte {
	var out [][]byte
	for _, n := range e.Names {
		k := s.Key(n)
		if k == "" {
			continue
		}
		out = append(out, key(kindAlias, k, e.ID))
		if strings.HasPrefix(e.ID, "n-") {
			out = append(out, key(kindCaptured, k, e.ID))
		}
		for _, w := range strings.Fields(k) {
			if len([]rune(w)) >= 3 && strings.Contains(k, " ") {
				out = append(out, key(kindWord, w, e.ID))
			}
		}
	}
	return out
}

// Entity returns a stored entity, following a merge to the entity it became.
func (s *Store) Entity(id string) (*readout.Entity, error) {
	var e readout.Entity
	err := s.db.View(func(txn *badger.Txn) error {
		id, err := canonical(txn, id)
		if err != nil {
			return err
		}
		return getJSON(txn, key(kindEntity, id), &e)
	})
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
			id, err := canonical(txn, id)
			if err != nil {
				return err
			}
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
		// names starting with the query, then names with a word starting with each query word
		words := strings.Fields(k)
		for it.Seek(pfx); it.ValidForPrefix(pfx) && len(ids) < limit; it.Next() {
			addID(&ids, seen, lastPart(it.Item().Key()))
		}
		for it.Rewind(); it.Valid() && len(ids) < limit; it.Next() {
			kk := it.Item().Key()
			alias := string(kk[1:bytes.IndexByte(kk, sep)])
			if startsWords(" "+alias, words) {
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

// startsWords reports whether each word begins a word of name (given with a leading space).
func startsWords(name string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(name, " "+w) {
			return false
		}
	}
	return true
}

func addID(ids *[]string, seen map[string]bool, id string) {
	if !seen[id] {
		seen[id] = true
		*ids = append(*ids, id)
	}
}
