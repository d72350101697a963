package readout

import (
	"slices"
	"time"
)

// Kind is what an entity is.
type Kind string

// The kinds of entity.
const (
	Person       Kind = "person"
	Country      Kind = "country"
	Organisation Kind = "organisation"
)

// Entity is a person, state or organisation. Its ID is the Wikidata QID when known, a country or
// organisation code, or else a slug made from the name the entity was first seen under.
type Entity struct {
	ID        string
	Kind      Kind
	Name      string   // the display name: English when known, else Arabic
	Names     []string // every name and alias seen, Arabic and English, sorted
	Country   string   // the state or organisation a person acts for, or a country's own code
	Wikidata  string   // QID, "" when unknown
	Positions []Position
}

// Position is an office held between two dates (To zero while still held).
type Position struct {
	Role    string
	Country string
	From    time.Time
	To      time.Time
}

// Holds reports whether the position was held on day t, or, for a zero t, ever.
func (p Position) Holds(t time.Time) bool {
	if t.IsZero() {
		return true
	}
	return (p.From.IsZero() || !t.Before(p.From)) && (p.To.IsZero() || !t.After(p.To))
}

// RoleAt returns the position the entity held in country on day t with the given role, or the
// first position held at t when role is "".
func (e *Entity) RoleAt(t time.Time, role, country string) (Position, bool) {
	for _, p := range e.Positions {
		if p.Holds(t) && (role == "" || p.Role == role) && (country == "" || p.Country == country) {
			return p, true
		}
	}
	return Position{}, false
}

// AddNames merges names into the entity's sorted set of names.
func (e *Entity) AddNames(names ...string) {
	for _, n := range names {
		if n == "" {
			continue
		}
		if i, found := slices.BinarySearch(e.Names, n); !found {
			e.Names = slices.Insert(e.Names, i, n)
		}
	}
}

// roleLabels name the role IDs of positions in English, as users read them.
var roleLabels = map[string]string{
	"president": "president", "vice-president": "vice president", "king": "king", "emir": "emir",
	"sultan": "sultan", "crown-prince": "crown prince", "prime-minister": "prime minister",
	"deputy-prime-minister": "deputy prime minister", "chancellor": "chancellor",
	"supreme-leader": "supreme leader", "foreign-minister": "minister of foreign affairs",
	"defence-minister": "minister of defence", "interior-minister": "minister of the interior",
	"secretary-general": "secretary-general", "high-representative": "high representative for foreign affairs",
	"commission-president": "president of the European Commission",
	"council-president":    "president of the European Council", "speaker": "speaker of parliament",
	"envoy": "envoy", "ambassador": "ambassador", "minister": "minister", "official": "official",
	"spokesperson": "spokesperson", "regional-head": "head of a regional government",
}

// RoleLabel returns the English name of a role ID, or the ID itself when it has none.
func RoleLabel(role string) string {
	if l, ok := roleLabels[role]; ok {
		return l
	}
	return role
}
