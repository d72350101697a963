package graph

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/99designs/gqlgen/graphql/playground"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"readout"
	"readout/graph/model"
	"readout/ingest"
	"readout/loader"
)

// MaxComplexity bounds the cost of one query: every field costs 1 and a paginated list costs
// its fields times the page size, so deeply nested timelines are refused before they run.
const MaxComplexity = 20000

// maxIngest bounds the body of one ingest request.
const maxIngest = 256 << 20

// Server is readout's HTTP server: GraphQL at /graphql, GraphiQL at /, an offline query console
// at /console, and, when a token is set, ingestion of JSONL articles at /ingest and entity
// merges at /entities/merge.
type Server struct {
	Resolver *Resolver
	// Token guards /ingest ("Authorization: Bearer <token>"); empty disables ingestion.
	Token string
	// Ingest is the pipeline /ingest loads documents with.
	Ingest *ingest.Pipeline

	mu sync.Mutex // guards writes: one load or merge at a time
}

// Handler returns the server's routes.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/graphql", s.Resolver.withLoaders(s.graphql()))
	mux.HandleFunc("/console", serveConsole)
	mux.HandleFunc("/ingest", s.ingest)
	mux.HandleFunc("/entities/merge", s.mergeEntities)
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { io.WriteString(w, "ok\n") })
	mux.Handle("/", graphiql())
	return mux
}

// graphql builds the GraphQL handler: GET and POST transports, a query cache, introspection,
// the complexity limit and readout's error presenter.
func (s *Server) graphql() http.Handler {
	cfg := Config{Resolvers: s.Resolver}
	cfg.Complexity.Query.Contacts = func(child int, _, _, _ *string, _ *model.Mode, _ *model.Status, _, _, _ *string, first *int, _ *string) int {
		return child * pageSize(first)
	}
	cfg.Complexity.Entity.Timeline = func(child int, _ *model.Mode, _ *model.Status, _, _ *string, first *int, _ *string) int {
		return child * pageSize(first)
	}
	cfg.Complexity.Query.SearchEntities = func(child int, _ string, first *int) int { return child * pageSize(first) }
	srv := handler.New(NewExecutableSchema(cfg))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.Use(extension.Introspection{})
	srv.Use(extension.FixedComplexityLimit(MaxComplexity))
	srv.SetErrorPresenter(presentError)
	return srv
}

func pageSize(first *int) int {
	if first == nil {
		return 20
	}
	return clamp(*first)
}

// presentError gives every error a code users can act on: NOT_FOUND, INVALID, AMBIGUOUS or
// INTERNAL, from readout's error kinds.
func presentError(ctx context.Context, err error) *gqlerror.Error {
	gerr := graphql.DefaultErrorPresenter(ctx, err)
	var re *readout.Error
	if errors.As(err, &re) {
		if gerr.Extensions == nil {
			gerr.Extensions = map[string]any{}
		}
		gerr.Extensions["code"] = strings.ToUpper(strings.ReplaceAll(string(re.Kind), " ", "_"))
	}
	return gerr
}

// graphiql serves gqlgen's GraphiQL page, whose scripts come from a CDN. When they cannot load
// (no network), the page sends the user on to the offline console with the same query.
func graphiql() http.Handler {
	page := playground.Handler("readout", "/graphql", playground.WithGraphiqlPersistStateInURL(true))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		if r.URL.Query().Get("query") == "" {
			http.Redirect(w, r, "/?query="+urlQuery(Examples[0].Query), http.StatusFound)
			return
		}
		buf := &bufferedWriter{header: http.Header{}}
		page.ServeHTTP(buf, r)
		for k, v := range buf.header {
			w.Header()[k] = v
		}
		html := strings.Replace(buf.body.String(), "</body>", fallbackScript+"</body>", 1)
		io.WriteString(w, html)
	})
}

// fallbackScript moves to the offline console when GraphiQL's scripts did not load.
const fallbackScript = `<script>
setTimeout(function () {
  if (typeof GraphiQL === "undefined") { location.replace("/console" + location.search); }
}, 4000);
</script>
`

// bufferedWriter keeps a handler's response so it can be amended before it is sent.
type bufferedWriter struct {
	header http.Header
	body   strings.Builder
	status int
}

func (b *bufferedWriter) Header() http.Header         { return b.header }
func (b *bufferedWriter) Write(p []byte) (int, error) { return b.body.Write(p) }
func (b *bufferedWriter) WriteHeader(status int)      { b.status = status }

// authorized checks the bearer token, answering 401 when it is wrong.
func (s *Server) authorized(w http.ResponseWriter, r *http.Request) bool {
	got := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	if subtle.ConstantTimeCompare([]byte(got), []byte(s.Token)) != 1 {
		http.Error(w, "missing or wrong token", http.StatusUnauthorized)
		return false
	}
	return true
}

// mergeEntities records that entity ?from= is entity ?into= (see store.MergeEntities).
func (s *Server) mergeEntities(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "POST ?from=ID&into=ID", http.StatusMethodNotAllowed)
		return
	}
	if s.Token == "" {
		http.Error(w, "merging is off: start the server with --token", http.StatusForbidden)
		return
	}
	if !s.authorized(w, r) {
		return
	}
	from, into := r.URL.Query().Get("from"), r.URL.Query().Get("into")
	s.mu.Lock()
	err := s.Resolver.Store.MergeEntities(from, into)
	s.mu.Unlock()
	switch {
	case readout.KindOf(err) == readout.NotFound:
		http.Error(w, err.Error(), http.StatusNotFound)
	case err != nil:
		http.Error(w, err.Error(), http.StatusInternalServerError)
	default:
		fmt.Fprintf(w, "merged %s into %s\n", from, into)
	}
}

// ingest loads the JSONL articles of the request body (one per line, as `readout load` reads
// them) and answers with the load summary and every error, one line each.
func (s *Server) ingest(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "POST JSONL articles here", http.StatusMethodNotAllowed)
		return
	}
	if s.Token == "" || s.Ingest == nil {
		http.Error(w, "ingestion is off: start the server with --token", http.StatusForbidden)
		return
	}
	if !s.authorized(w, r) {
		return
	}
	name := r.URL.Query().Get("name")
	if name == "" {
		name = "request"
	}
	var errs []string
	s.mu.Lock()
	defer s.mu.Unlock()
	p := *s.Ingest
	p.OnError = func(err error) { errs = append(errs, err.Error()) }
	start := time.Now()
	sum := p.Run(func(visit loader.Visit) {
		loader.ReadJSONL(name, http.MaxBytesReader(w, r.Body, maxIngest), visit)
	})
	w.Header().Set("Content-Type", "application/json")
	if sum.Failed > 0 {
		w.WriteHeader(http.StatusUnprocessableEntity)
	}
	json.NewEncoder(w).Encode(struct {
		ingest.Summary
		Errors  []string `json:"errors"`
		Seconds float64  `json:"seconds"`
	}{sum, errs, time.Since(start).Seconds()})
}
