package graph

import (
	"encoding/json"
	"html"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// get serves a GET of target through h.
func get(h http.Handler, target string) *httptest.ResponseRecorder {
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, target, nil))
	return w
}

// TestGraphiQLRedirect checks that GET / sends the user to GraphiQL with the first example
// query in the URL.
func TestGraphiQLRedirect(t *testing.T) {
	w := get(shared(t).handler, "/")
	if w.Code != http.StatusFound {
		t.Fatalf("status %d, want 302", w.Code)
	}
	loc, err := url.Parse(w.Header().Get("Location"))
	if err != nil || loc.Path != "/" {
		t.Fatalf("Location %q", w.Header().Get("Location"))
	}
	if q := loc.Query().Get("query"); q != Examples[0].Query {
		t.Errorf("query in the URL %q, want the first example %q", q, Examples[0].Query)
	}
}

// TestGraphiQLPage checks that GET /?query= serves the GraphiQL page with the script that moves
// to the offline console when GraphiQL's scripts do not load, and that other paths are 404.
func TestGraphiQLPage(t *testing.T) {
	h := shared(t).handler
	w := get(h, "/?query="+url.QueryEscape(Examples[1].Query))
	body := w.Body.String()
	if w.Code != http.StatusOK || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/html") {
		t.Fatalf("status %d, Content-Type %q", w.Code, w.Header().Get("Content-Type"))
	}
	if !strings.Contains(strings.ToLower(body), "graphiql") || !strings.Contains(body, "/graphql") {
		t.Error("the page is not GraphiQL on /graphql")
	}
	i := strings.Index(body, `location.replace("/console" + location.search)`)
	if i < 0 || strings.Count(body, fallbackScript) != 1 || !strings.Contains(body[i:], "</body>") {
		t.Errorf("the offline fallback script is missing or misplaced:\n%s", body)
	}
	if w := get(h, "/nowhere"); w.Code != http.StatusNotFound {
		t.Errorf("GET /nowhere: status %d, want 404", w.Code)
	}
}

// TestConsole checks that /console serves the offline console: every example, the query of
// the URL in the box, and no outside resources.
func TestConsole(t *testing.T) {
	h := shared(t).handler
	w := get(h, "/console")
	body := w.Body.String()
	if w.Code != http.StatusOK || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/html") {
		t.Fatalf("status %d, Content-Type %q", w.Code, w.Header().Get("Content-Type"))
	}
	for _, e := range Examples {
		if !strings.Contains(body, html.EscapeString(e.Title)) {
			t.Errorf("console lacks the example %q", e.Title)
		}
	}
	if !strings.Contains(body, html.EscapeString(Examples[0].Query)) {
		t.Error("the query box does not hold the first example")
	}
	for _, outside := range []string{`src="http`, `href="http`, "<link"} {
		if strings.Contains(body, outside) {
			t.Errorf("console loads an outside resource (%s)", outside)
		}
	}
	q := `{ searchEntities(name: "<Putin>") { id } }`
	body = get(h, "/console?query="+url.QueryEscape(q)).Body.String()
	if !strings.Contains(body, html.EscapeString(q)) || strings.Contains(body, "<Putin>") {
		t.Error("the console does not hold the URL's query, escaped")
	}
}

// TestHealthz checks the health route.
func TestHealthz(t *testing.T) {
	w := get(shared(t).handler, "/healthz")
	if w.Code != http.StatusOK || w.Body.String() != "ok\n" {
		t.Errorf("status %d, body %q", w.Code, w.Body.String())
	}
}

// TestGraphQLOverGET checks that /graphql answers GET requests too.
func TestGraphQLOverGET(t *testing.T) {
	w := get(shared(t).handler, "/graphql?query="+url.QueryEscape(`{ entity(id: "FR") { name } }`))
	if w.Code != http.StatusOK || !strings.Contains(w.Body.String(), `"name":"France"`) {
		t.Errorf("status %d, body %s", w.Code, w.Body.String())
	}
}

// TestComplexityLimit checks that a query whose cost is over MaxComplexity is refused before it
// runs, and that the same shape with small pages runs.
func TestComplexityLimit(t *testing.T) {
	f := shared(t)
	nested := func(n int) string {
		return `{ contacts(first: ` + itoa(n) + `) { edges { node { participants { entity {
			timeline(first: 100) { edges { node { id } } } } } } } } }`
	}
	body, _ := json.Marshal(map[string]string{"query": nested(100)})
	req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(string(body)))
	req.Header.Set("Content-Type", "application/json")
	w := httptest.NewRecorder()
	f.handler.ServeHTTP(w, req)
	var resp struct {
		Data   any
		Errors []gqlError
	}
	if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil {
		t.Fatalf("status %d, body %s", w.Code, w.Body.String())
	}
	// gqlgen answers 200 (a user error, whatever its comment on the extension says): what
	// matters is that nothing ran.
	if resp.Data != nil || len(resp.Errors) != 1 || resp.Errors[0].Extensions["code"] != "COMPLEXITY_LIMIT_EXCEEDED" ||
		!strings.Contains(resp.Errors[0].Message, "exceeds the limit of 20000") {
		t.Errorf("status %d, answer %s; want no data and COMPLEXITY_LIMIT_EXCEEDED", w.Code, w.Body.String())
	}
	var small struct{ Contacts connJ }
	f.query(t, nested(2), &small)
	if len(small.Contacts.Edges) != 2 {
		t.Errorf("the small query gave %d contacts", len(small.Contacts.Edges))
	}
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// TestIngest checks POST /ingest: refused without a configured token (403), with a missing or
// wrong token (401) and for other methods (405); with the right token, a JSONL body loads its
// good lines, reports each bad one by line and answers 422 with the summary when any failed.
func TestIngest(t *testing.T) {
	article := `{"id": "new-1", "published": "2025-09-02", "outlet": "test", "text": "أجرى الرئيس الفرنسي إيمانويل ماكرون، اليوم الثلاثاء، اتصالاً هاتفياً بنظيره الروسي فلاديمير بوتين."}`
	body := article + "\n" + `{"id": "new-2", "text": ` + "\n"
	off := shared(t).handler
	on := newFixture(t, "s3cret", false)
	tests := []struct {
		name, method, auth, body string
		h                        http.Handler
		status                   int
	}{
		{"no token configured", http.MethodPost, "Bearer s3cret", article, off, http.StatusForbidden},
		{"no token given", http.MethodPost, "", article, on.handler, http.StatusUnauthorized},
		{"a wrong token", http.MethodPost, "Bearer wrong", article, on.handler, http.StatusUnauthorized},
		{"a token without Bearer", http.MethodPost, "wrong", article, on.handler, http.StatusUnauthorized},
		{"GET", http.MethodGet, "Bearer s3cret", "", on.handler, http.StatusMethodNotAllowed},
		{"the right token, a bad line", http.MethodPost, "Bearer s3cret", body, on.handler, http.StatusUnprocessableEntity},
		{"the same article again", http.MethodPost, "Bearer s3cret", article, on.handler, http.StatusOK},
	}
	for _, tt := range tests {
		req := httptest.NewRequest(tt.method, "/ingest?name=batch.jsonl", strings.NewReader(tt.body))
		if tt.auth != "" {
			req.Header.Set("Authorization", tt.auth)
		}
		w := httptest.NewRecorder()
		tt.h.ServeHTTP(w, req)
		if w.Code != tt.status {
			t.Errorf("%s: status %d, want %d (%s)", tt.name, w.Code, tt.status, w.Body.String())
		}
		if tt.status != http.StatusOK && tt.status != http.StatusUnprocessableEntity {
			continue
		}
		var sum struct {
			Read, Stored, Unchanged, Reports, Failed int
			Errors                                   []string
		}
		if err := json.Unmarshal(w.Body.Bytes(), &sum); err != nil {
			t.Fatalf("%s: answer %q is not JSON: %v", tt.name, w.Body.String(), err)
		}
		switch tt.status {
		case http.StatusUnprocessableEntity:
			if sum.Read != 1 || sum.Stored != 1 || sum.Failed != 1 || sum.Reports < 1 || len(sum.Errors) != 1 || !strings.Contains(sum.Errors[0], "batch.jsonl:2") {
				t.Errorf("%s: summary %+v, want 1 stored with a report and 1 failed at batch.jsonl:2", tt.name, sum)
			}
		case http.StatusOK:
			if sum.Read != 1 || sum.Stored != 0 || sum.Unchanged != 1 || sum.Failed != 0 || len(sum.Errors) != 0 {
				t.Errorf("%s: summary %+v, want 1 unchanged", tt.name, sum)
			}
		}
	}
	var resp struct {
		Document    *documentJ
		LastContact *contactJ
	}
	on.query(t, `{ document(id: "new-1") { id outlet published } lastContact(a: "Putin", b: "Macron") { date { start } sources { document { id } } } }`, &resp)
	if resp.Document == nil || str(resp.Document.Outlet) != "test" || str(resp.Document.Published) != "2025-09-02" {
		t.Errorf("ingested document %+v", resp.Document)
	}
	if c := resp.LastContact; c == nil || str(c.Date.Start) != "2025-09-02" || len(c.Sources) != 1 || c.Sources[0].Document.ID != "new-1" {
		t.Errorf("last Putin-Macron contact %+v, want the ingested call of 2025-09-02", c)
	}
}
