package graph

import (
	"context"
	"net/http"
	"time"

	"github.com/vikstrous/dataloadgen"

	"readout"
)

// loaders batch the entity and document lookups of one request: a page of contacts with their
// participants and sources costs two store reads, not one per field.
type loaders struct {
	entities  *dataloadgen.Loader[string, *readout.Entity]
	documents *dataloadgen.Loader[string, *readout.Document]
}

type loadersKey struct{}

// withLoaders gives every request its own loaders (their caches live as long as the request).
func (r *Resolver) withLoaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		l := &loaders{
			entities:  dataloadgen.NewLoader(r.fetchEntities, dataloadgen.WithWait(time.Millisecond)),
			documents: dataloadgen.NewLoader(r.fetchDocuments, dataloadgen.WithWait(time.Millisecond)),
		}
		next.ServeHTTP(w, req.WithContext(context.WithValue(req.Context(), loadersKey{}, l)))
	})
}

// loadersFrom returns the request's loaders, or fresh ones when the request has none (tests
// that call resolvers directly).
func (r *Resolver) loadersFrom(ctx context.Context) *loaders {
	if l, ok := ctx.Value(loadersKey{}).(*loaders); ok {
		return l
	}
	return &loaders{
		entities:  dataloadgen.NewLoader(r.fetchEntities),
		documents: dataloadgen.NewLoader(r.fetchDocuments),
	}
}

// fetchEntities loads entities by ID; a state or organisation code gives the lexicon's entity.
func (r *Resolver) fetchEntities(_ context.Context, ids []string) ([]*readout.Entity, []error) {
	es, err := r.Store.Entities(ids)
	errs := make([]error, len(ids))
	for i := range ids {
		switch {
		case err != nil:
			errs[i] = err
		case es[i] == nil:
			if e, ok := r.placeEntity(ids[i]); ok {
				es[i] = e
			} else {
				errs[i] = readout.Errorf("entity", readout.NotFound, "no entity %q", ids[i])
			}
		}
	}
	return es, errs
}

// fetchDocuments loads documents by ID.
func (r *Resolver) fetchDocuments(_ context.Context, ids []string) ([]*readout.Document, []error) {
	ds, err := r.Store.Documents(ids)
	errs := make([]error, len(ids))
	for i := range ids {
		switch {
		case err != nil:
			errs[i] = err
		case ds[i] == nil:
			errs[i] = readout.Errorf("document", readout.NotFound, "no document %q", ids[i])
		}
	}
	return ds, errs
}
