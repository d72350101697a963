package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"time"

	badger "github.com/dgraph-io/badger/v4"

	"readout"
)

// Store is readout's graph on Badger. Badger lets one process own a directory: a running server
// owns its store, and loads go through it. Each exported method is one transaction.
type Store struct {
	db *badger.DB
	// Key normalises a name for the alias index (set by the caller: loader.Key).
	Key func(string) string
	// Now returns the current time (injected for tests).
	Now func() time.Time
}

// Open opens the store in dir, creating it if needed; dir "" keeps it in memory.
func Open(dir string) (*Store, error) {
	opts := badger.DefaultOptions(dir).WithLogger(quietLogger{}).WithCompactL0OnClose(true)
	if dir == "" {
		opts = opts.WithInMemory(true)
	}
	db, err := badger.Open(opts)
	if err != nil {
		return nil, &readout.Error{Op: "open store", Kind: readout.Internal, Doc: dir, Err: err}
	}
	return &Store{db: db, Key: func(s string) string { return s }, Now: time.Now}, nil
}

// Close flushes and closes the store.
func (s *Store) Close() error { return s.db.Close() }

// quietLogger keeps Badger's routine messages off the terminal and passes its errors on.
type quietLogger struct{}

func (quietLogger) Errorf(f string, a ...any)   { log.Printf("badger: "+f, a...) }
func (quietLogger) Warningf(f string, a ...any) {}
func (quietLogger) Infof(f string, a ...any)    {}
func (quietLogger) Debugf(f string, a ...any)   {}

// getJSON reads the JSON value at k into v; it returns readout.NotFound when k is absent.
func getJSON(txn *badger.Txn, k []byte, v any) error {
	item, err := txn.Get(k)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return &readout.Error{Op: "get", Kind: readout.NotFound, Err: fmt.Errorf("%q not found", k[1:])}
	}
	if err != nil {
		return err
	}
	return item.Value(func(b []byte) error { return json.Unmarshal(b, v) })
}

// setJSON writes v as JSON at k.
func setJSON(txn *badger.Txn, k []byte, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return txn.Set(k, b)
}

// keysWithPrefix returns every key under pfx, in order.
func keysWithPrefix(txn *badger.Txn, pfx []byte) [][]byte {
	opts := badger.DefaultIteratorOptions
	opts.PrefetchValues = false
	opts.Prefix = pfx
	it := txn.NewIterator(opts)
	defer it.Close()
	var out [][]byte
	for it.Seek(pfx); it.ValidForPrefix(pfx); it.Next() {
		out = append(out, it.Item().KeyCopy(nil))
	}
	return out
}

// isNotFound reports whether err says something is absent.
func isNotFound(err error) bool { return readout.KindOf(err) == readout.NotFound }
