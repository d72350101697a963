package store

import (
	"slices"

	badger "github.com/dgraph-io/badger/v4"

	"readout"
)

// Put is what loading one document adds: the document, the contacts it reports (each with
// sources from this document only) and the entities they involve.
type Put struct {
	Document *readout.Document
	Contacts []readout.Contact
	Entities []readout.Entity
}

// PutDocument stores a document with its reports and re-resolves the contacts of every group of
// participants it touches, in one transaction: a failure leaves nothing half-written. Loading a
// document whose ID and text are already stored changes nothing and reports false; a document
// whose text changed replaces the old version and its reports.
func (s *Store) PutDocument(p Put) (bool, error) {
	changed := false
	err := s.db.Update(func(txn *badger.Txn) error {
		var old readout.Document
		err := getJSON(txn, key(kindDocument, p.Document.ID), &old)
		switch {
		case err == nil && old.Hash == p.Document.Hash:
			return nil
		case err != nil && !isNotFound(err):
			return err
		}
		changed = true
		groups, err := s.dropReports(txn, p.Document.ID)
		if err != nil {
			return err
		}
		for _, e := range p.Entities {
			if err := s.putEntity(txn, e); err != nil {
				return err
			}
		}
		if p.Contacts, err = canonicalContacts(txn, slices.Clone(p.Contacts)); err != nil {
			return err
		}
		if err := s.putDocument(txn, p, old); err != nil {
			return err
		}
		for _, c := range p.Contacts {
			groups = append(groups, c.GroupKey())
		}
		for _, e := range p.Entities {
			if err := s.autoMerge(txn, e); err != nil {
				return err
			}
		}
		return s.resolveGroups(txn, groups)
	})
	if err != nil {
		return false, &readout.Error{Op: "store", Kind: readout.Internal, Doc: p.Document.ID, Err: err}
	}
	return changed, nil
}

// putDocument writes the document, its hash index and its reports.
func (s *Store) putDocument(txn *badger.Txn, p Put, old readout.Document) error {
	doc := *p.Document
	doc.LoadedAt = old.LoadedAt
	if doc.LoadedAt.IsZero() {
		doc.LoadedAt = s.Now().UTC().Truncate(1e9)
	}
	if err := setJSON(txn, key(kindDocument, doc.ID), doc); err != nil {
		return err
	}
	// keyed by document too, so that a rewritten text drops only its own entry and a wire
	// copy published by another outlet keeps its own
	if old.Hash != "" && old.Hash != doc.Hash {
		if err := txn.Delete(key(kindHash, old.Hash, doc.ID)); err != nil {
			return err
		}
	}
	if err := txn.Set(key(kindHash, doc.Hash, doc.ID), nil); err != nil {
		return err
	}
	reports := make([]readout.Report, len(p.Contacts))
	for i, c := range p.Contacts {
		reports[i] = readout.Report{Contact: c, Document: doc.ID, Index: i, Published: doc.Published}
	}
	return s.indexReports(txn, doc.ID, reports)
}

// indexReports writes a document's reports with their group and entity index entries.
func (s *Store) indexReports(txn *badger.Txn, doc string, reports []readout.Report) error {
	for _, r := range reports {
		if err := txn.Set(key(kindGroupDoc, r.Contact.GroupKey(), doc), nil); err != nil {
			return err
		}
		for _, id := range r.Contact.EntityIDs() {
			if err := txn.Set(key(kindDocEntity, id, doc), nil); err != nil {
				return err
			}
		}
	}
	return setJSON(txn, key(kindReports, doc), reports)
}

// dropReports removes a document's earlier reports (when its text changed) and returns the
// groups they belonged to, which must be resolved again.
func (s *Store) dropReports(txn *badger.Txn, doc string) ([]string, error) {
	var reports []readout.Report
	if err := getJSON(txn, key(kindReports, doc), &reports); err != nil {
		if isNotFound(err) {
			return nil, nil
		}
		return nil, err
	}
	var groups []string
	for _, r := range reports {
		g := r.Contact.GroupKey()
		groups = append(groups, g)
		if err := txn.Delete(key(kindGroupDoc, g, doc)); err != nil {
			return nil, err
		}
		for _, id := range r.Contact.EntityIDs() {
			if err := txn.Delete(key(kindDocEntity, id, doc)); err != nil {
				return nil, err
			}
		}
	}
	return groups, txn.Delete(key(kindReports, doc))
}

// Document returns a stored document.
func (s *Store) Document(id string) (*readout.Document, error) {
	var d readout.Document
	err := s.db.View(func(txn *badger.Txn) error { return getJSON(txn, key(kindDocument, id), &d) })
	if err != nil {
		return nil, err
	}
	return &d, nil
}

// Documents returns the stored documents with the given IDs, in the same order; a missing one
// is nil.
func (s *Store) Documents(ids []string) ([]*readout.Document, error) {
	out := make([]*readout.Document, len(ids))
	err := s.db.View(func(txn *badger.Txn) error {
		for i, id := range ids {
			var d readout.Document
			if err := getJSON(txn, key(kindDocument, id), &d); err == nil {
				out[i] = &d
			} else if !isNotFound(err) {
				return err
			}
		}
		return nil
	})
	return out, err
}

// Reports returns a document's reports: the contacts as that document alone tells them.
func (s *Store) Reports(doc string) ([]readout.Report, error) {
	var rs []readout.Report
	err := s.db.View(func(txn *badger.Txn) error { return getJSON(txn, key(kindReports, doc), &rs) })
	return rs, err
}
