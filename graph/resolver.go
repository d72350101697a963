// Package graph serves readout's GraphQL API (schema.graphqls) over the store: resolvers of a few
// lines that turn arguments into store queries, per-request loaders for entities and documents,
// and the HTTP server with GraphiQL and the ingest endpoint.
package graph

import (
	"strings"

	"readout/loader"
	"readout/store"
)

// Resolver holds what the resolvers need: the store and the lexicon's states and
// organisations (to read "France" or "فرنسا" as a state).
type Resolver struct {
	Store     *store.Store
	Extractor *loader.Extractor
	places    map[string]string // normalised name or code -> state or organisation code
}

// NewResolver builds the resolver of a store, indexing the names of every state and
// organisation of the extractor's lexicon.
func NewResolver(s *store.Store, x *loader.Extractor) *Resolver {
	r := &Resolver{Store: s, Extractor: x, places: map[string]string{}}
	lx := x.Lexicon()
	for _, cs := range [][]lexiconPlace{places(lx.Countries), places(lx.Organisations)} {
		for _, c := range cs {
			r.places[strings.ToLower(c.code)] = c.code
			for _, n := range c.names {
				r.places[loader.Key(n)] = c.code
			}
		}
	}
	return r
}
