// Package ingest runs the load pipeline: documents are read, their contacts extracted on
// several cores, and the results written to the store by one writer (Badger transactions from
// one goroutine never conflict). Both `readout load` and the server's ingest endpoint use it.
package ingest

import (
	"runtime"
	"sync"

	"readout"
	"readout/loader"
	"readout/store"
)

// Pipeline loads documents into a store.
type Pipeline struct {
	Extractor *loader.Extractor
	Store     *store.Store
	Workers   int                     // extraction goroutines; 0 means one per CPU
	OnError   func(error)             // called with each error as it happens, may be nil
	OnStored  func(*readout.Document) // called after each document is stored, may be nil
}

// Summary counts what a load did.
type Summary struct {
	Read      int `json:"read"`      // documents read
	Stored    int `json:"stored"`    // new or changed documents stored
	Unchanged int `json:"unchanged"` // documents already stored with the same text
	Reports   int `json:"reports"`   // contact reports extracted from the stored documents
	Failed    int `json:"failed"`    // documents or lines that could not be read or stored
}

// Source calls visit with each document to load (loader.Read over paths, or a JSONL stream).
type Source func(visit loader.Visit)

// Run loads every document of src and returns the summary; errors go to OnError and are
// counted, and the load goes on after each.
func (p *Pipeline) Run(src Source) Summary {
	workers := p.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type job struct {
		doc *readout.Document
		res loader.Result
	}
	docs := make(chan *readout.Document, 4*workers)
	done := make(chan job, 4*workers)
	var sum Summary
	var mu sync.Mutex // guards sum and OnError between the reader and the writer
	fail := func(err error) {
		mu.Lock()
		defer mu.Unlock()
		sum.Failed++
		if p.OnError != nil {
			p.OnError(err)
		}
	}
	go func() {
		src(func(d *readout.Document, err error) {
			if err != nil {
				fail(err)
				return
			}
			mu.Lock()
			sum.Read++
			mu.Unlock()
			docs <- d
		})
		close(docs)
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for d := range docs {
				done <- job{d, p.Extractor.Extract(d)}
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()
	for j := range done {
		changed, err := p.Store.PutDocument(store.Put{Document: j.doc, Contacts: j.res.Contacts, Entities: j.res.Entities})
		if err != nil {
			fail(err)
			continue
		}
		mu.Lock()
		if changed {
			sum.Stored++
			sum.Reports += len(j.res.Contacts)
		} else {
			sum.Unchanged++
		}
		mu.Unlock()
		if p.OnStored != nil {
			p.OnStored(j.doc)
		}
	}
	return sum
}
