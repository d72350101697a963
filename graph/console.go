package graph

import (
	"html/template"
	"net/http"
	"net/url"
)

// Example is a query shown to users in GraphiQL links, the offline console and the README.
type Example struct {
	Title string
	Query string
}

// Examples are the questions readout answers, as queries that run on the sample corpus.
var Examples = []Example{
	{"When did Putin and Macron last speak?", `{
  lastContact(a: "Putin", b: "ماكرون") {
    mode date { start end granularity }
    participants { entity { name } role country }
    sources { document { id title published } evidence }
  }
}`},
	{"Every contact between Russia and France, newest first", `{
  contacts(participant: "Russia", with: "France", first: 10) {
    edges { node { id mode status date { start end granularity }
      participants { entity { name } } initiator { country } durationMinutes documentCount } }
    pageInfo { hasNextPage endCursor }
  }
}`},
	{"Who initiated, and who says so?", `{
  lastContact(a: "شويغو", b: "Lecornu") {
    date { start granularity } initiator { country entity { name } }
    claims { field value by basis documents { id } } disputed
  }
}`},
	{"A minister's contacts in a year", `{
  contacts(participant: "Sergei Lavrov", from: "2023-01-01", to: "2023-12-31") {
    edges { node { mode date { start end granularity } participants { entity { name } } } }
  }
}`},
	{"Find an official by any spelling", `{
  searchEntities(name: "شويجو") { id name wikidata country positions { role country from to } }
}`},
}

func urlQuery(q string) string { return url.QueryEscape(q) }

// serveConsole serves the offline console: the examples, a query box and the JSON answer, in
// plain HTML and a few lines of script with no outside resources.
func serveConsole(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	consolePage.Execute(w, struct {
		Examples []Example
		Query    string
	}{Examples, r.URL.Query().Get("query")})
}

var consolePage = template.Must(template.New("console").Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>readout console</title>
<style>
body { font-family: sans-serif; margin: 1.5rem; max-width: 70rem; }
textarea { width: 100%; height: 16rem; font-family: monospace; }
pre { background: #f4f4f4; padding: 1rem; white-space: pre-wrap; direction: auto; }
li { margin: .2rem 0; }
</style></head>
<body>
<h1>readout</h1>
<p>Diplomatic contacts read from the news. This console works offline; the full GraphiQL
editor is at <a href="/">/</a> when its scripts can load. The schema is in schema.graphqls.</p>
<h2>Examples</h2>
<ul>{{range .Examples}}<li><a href="#" data-query="{{.Query}}" class="example">{{.Title}}</a>
 (<a href="/?query={{.Query}}">GraphiQL</a>)</li>{{end}}</ul>
<form id="f"><textarea id="q" spellcheck="false">{{if .Query}}{{.Query}}{{else}}{{(index .Examples 0).Query}}{{end}}</textarea>
<p><button type="submit">Run</button></p></form>
<pre id="out"></pre>
<script>
document.querySelectorAll("a.example").forEach(function (a) {
  a.addEventListener("click", function (e) { e.preventDefault(); document.getElementById("q").value = a.dataset.query; run(); });
});
function run() {
  var out = document.getElementById("out");
  out.textContent = "…";
  fetch("/graphql", { method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ query: document.getElementById("q").value }) })
    .then(function (r) { return r.json(); })
    .then(function (j) { out.textContent = JSON.stringify(j, null, 2); })
    .catch(function (e) { out.textContent = String(e); });
}
document.getElementById("f").addEventListener("submit", function (e) { e.preventDefault(); run(); });
</script>
</body></html>
`))
