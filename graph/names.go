package graph

import (
	"fmt"
	"strings"

	"readout"
	"readout/loader"
	"readout/loader/lexicon"
)

// lexiconPlace is a state or organisation with all its names.
type lexiconPlace struct {
	code  string
	names []string
}

func places(cs []lexicon.Country) []lexiconPlace {
	out := make([]lexiconPlace, len(cs))
	for i, c := range cs {
		out[i] = lexiconPlace{code: c.Code, names: append(append([]string{}, c.English...), c.Arabic...)}
	}
	return out
}

// side is what a name in a query stands for: entities that bear the name, or a state or
// organisation.
type side struct {
	name     string
	entities []string
	country  string
}

// side reads a name given in a query: an entity ID, a state (code, English or Arabic name), or
// the name or alias of entities ("Putin", "بوتين"). A name no entity bears is an error.
func (r *Resolver) side(name string) (side, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return side{}, readout.Errorf("resolve name", readout.Invalid, "empty name")
	}
	if e, err := r.Store.Entity(name); err == nil {
		return side{name: name, entities: []string{e.ID}}, nil
	}
	if code, ok := r.place(name); ok {
		return side{name: name, country: code}, nil
	}
	ids, err := r.Store.EntitiesNamed(name)
	if err != nil {
		return side{}, err
	}
	if len(ids) == 0 {
		return side{}, readout.Errorf("resolve name", readout.NotFound, "no entity or state is named %q", name)
	}
	return side{name: name, entities: ids}, nil
}

// ambiguous is the error for a name several entities bear: it lists them, so that the user
// can pick an ID.
func (r *Resolver) ambiguous(s side) error {
	es, _ := r.Store.Entities(s.entities)
	var cands []string
	for _, e := range es {
		if e != nil {
			cands = append(cands, fmt.Sprintf("%s (%s)", e.ID, e.Name))
		}
	}
	return readout.Errorf("resolve name", readout.Ambiguous, "%q names %d entities, use an ID: %s", s.name, len(s.entities), strings.Join(cands, ", "))
}

// place returns the code of the state or organisation a name or code stands for.
func (r *Resolver) place(name string) (string, bool) {
	if code, ok := r.places[strings.ToLower(name)]; ok {
		return code, true
	}
	code, ok := r.places[loader.Key(name)]
	return code, ok
}

// placeEntity makes the entity of a state or organisation from the lexicon.
func (r *Resolver) placeEntity(code string) (*readout.Entity, bool) {
	name, names, ok := r.Extractor.PlaceName(code)
	if !ok {
		return nil, false
	}
	kind := readout.Country
	for _, o := range r.Extractor.Lexicon().Organisations {
		if o.Code == code {
			kind = readout.Organisation
		}
	}
	e := &readout.Entity{ID: code, Kind: kind, Name: name, Country: code}
	e.AddNames(names...)
	return e, true
}
