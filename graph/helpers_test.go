package graph

import (
	"encoding/json"
	"fmt"
	"net/http"
	"path/filepath"
	"sync"
	"testing"

	"github.com/99designs/gqlgen/client"

	"readout/ingest"
	"readout/loader"
	"readout/loader/lexicon"
	"readout/store"
)

// corpus is the sample corpus the README's examples answer on.
var corpus = filepath.Join("..", "examples", "corpus")

// fixture is a server over an in-memory store holding the sample corpus (or nothing).
type fixture struct {
	store   *store.Store
	handler http.Handler
	client  *client.Client
}

// load builds an in-memory store, loads the sample corpus through the real pipeline (unless
// empty is set) and wraps Server.Handler (with token guarding /ingest) in a gqlgen client.
func load(token string, empty bool) (*fixture, error) {
	lx, err := lexicon.Builtin()
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	x := loader.NewExtractor(lx)
	s, err := store.Open("")
	if err != nil {
		return nil, err
	}
	s.Key = loader.Key
	var errs []error
	p := &ingest.Pipeline{Extractor: x, Store: s, OnError: func(err error) { errs = append(errs, err) }}
	if !empty {
		sum := p.Run(func(visit loader.Visit) { loader.Read([]string{corpus}, visit) })
		if sum.Failed > 0 || sum.Stored != 12 {
			s.Close()
			return nil, fmt.Errorf("loading %s: %+v, errors %v", corpus, sum, errs)
		}
	}
	p.OnError = nil
	srv := &Server{Resolver: NewResolver(s, x), Token: token, Ingest: p}
	h := srv.Handler()
	return &fixture{store: s, handler: h, client: client.New(h, client.Path("/graphql"))}, nil
}

// newFixture is a fixture of the test's own, with the sample corpus unless empty is set,
// closed when the test ends.
func newFixture(t *testing.T, token string, empty bool) *fixture {
	t.Helper()
	f, err := load(token, empty)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.store.Close() })
	return f
}

var (
	sharedOnce sync.Once
	sharedFix  *fixture
	sharedErr  error
)

// shared is one fixture for the tests that only read (loading the corpus takes a while); it
// lives as long as the test binary.
func shared(t *testing.T) *fixture {
	t.Helper()
	sharedOnce.Do(func() { sharedFix, sharedErr = load("", false) })
	if sharedErr != nil {
		t.Fatal(sharedErr)
	}
	return sharedFix
}

// The shapes of answers, for decoding any subset of the fields a query asks for (the client
// matches JSON keys to field names regardless of case).
type (
	dateJ struct {
		Start, End  *string
		Granularity string
		Text        *string
	}
	entityJ struct {
		ID, Kind, Name    string
		Names             []string
		Country, Wikidata *string
		Positions         []struct {
			Role, Country string
			From, To      *string
		}
		Timeline *connJ
	}
	participantJ struct {
		Entity        entityJ
		Role, Country *string
	}
	initiatorJ struct {
		Entity  *entityJ
		Country string
	}
	documentJ struct {
		ID, Text                      string
		Title, URL, Outlet, Published *string
		Lang, LoadedAt                *string
	}
	sourceJ struct {
		Document   documentJ
		Evidence   string
		Start, End int
	}
	claimJ struct {
		Field, Value         string
		Qualifier, By, Basis *string
		Documents            []documentJ
	}
	contactJ struct {
		ID, Mode, Status                               string
		Date                                           dateJ
		Participants                                   []participantJ
		Initiator                                      *initiatorJ
		DurationMinutes                                *int
		Topics                                         []string
		FirstSince                                     *dateJ
		Sources                                        []sourceJ
		Claims                                         []claimJ
		Disputed                                       bool
		DocumentCount, OutletCount, IndependentReports int
	}
	connJ struct {
		Edges []struct {
			Cursor string
			Node   contactJ
		}
		PageInfo struct {
			HasNextPage bool
			EndCursor   *string
		}
	}
)

// gqlError is one error of a GraphQL answer.
type gqlError struct {
	Message    string
	Path       []any
	Extensions map[string]any
}

// query runs q (with variables) and decodes its data into v; any error fails the test.
func (f *fixture) query(t *testing.T, q string, v any, opts ...client.Option) {
	t.Helper()
	if err := f.client.Post(q, v, opts...); err != nil {
		t.Fatalf("%s\n-> %v", q, err)
	}
}

// errors runs q and returns the errors of its answer, failing the test when there are none.
func (f *fixture) errors(t *testing.T, q string) []gqlError {
	t.Helper()
	resp, err := f.client.RawPost(q)
	if err != nil {
		t.Fatalf("%s\n-> %v", q, err)
	}
	var errs []gqlError
	if len(resp.Errors) > 0 {
		if err := json.Unmarshal(resp.Errors, &errs); err != nil {
			t.Fatalf("decoding errors %s: %v", resp.Errors, err)
		}
	}
	if len(errs) == 0 {
		t.Fatalf("%s\n-> no error, data %v", q, resp.Data)
	}
	return errs
}

// ids returns the IDs of a connection's nodes, in order.
func (c connJ) ids() []string {
	var out []string
	for _, e := range c.Edges {
		out = append(out, e.Node.ID)
	}
	return out
}

// entityIDs returns the entity IDs of a contact's participants, in order.
func (c contactJ) entityIDs() []string {
	var out []string
	for _, p := range c.Participants {
		out = append(out, p.Entity.ID)
	}
	return out
}

// str reads an optional string, "" for null.
func str(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
