// Package model holds the GraphQL types of readout's API: most are generated from
// schema.graphqls into models_gen.go; the ones here carry the IDs that their lazily resolved
// fields (an entity, a document) are loaded from.
package model

// Participant is a participant of a contact; its entity is loaded by ID.
type Participant struct {
	EntityID string
	Role     *string
	Country  *string
}

// Initiator is the side that initiated a contact; its entity, when known, is loaded by ID.
type Initiator struct {
	EntityID string
	Country  string
}

// Source is a passage reporting a contact; its document is loaded by ID.
type Source struct {
	DocumentID string
	Evidence   string
	Start      int
	End        int
}

// Claim is an assertion about a contact; its documents are loaded by ID.
type Claim struct {
	Field       string
	Value       string
	Qualifier   *string
	By          *string
	Basis       *string
	DocumentIDs []string
}
