package main

import (
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sort"
	"strings"
)

// runEntities is `readout entities merge FROM INTO` (two entities are one person: every contact
// of FROM becomes a contact of INTO, now and for documents loaded later) and `readout entities
// merges` (the merges recorded). Through a running server with --server and --token.
func runEntities(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("entities", "[--db DIR | --server URL --token T] merge FROM INTO | merges", stderr)
	var c common
	c.register(fs)
	server := fs.String("server", "", "act through a running server at this URL")
	token := fs.String("token", "", "the server's token (with --server)")
	if fs.Parse(args) != nil {
		return 2
	}
	a := fs.Args()
	switch {
	case len(a) == 3 && a[0] == "merge" && *server != "":
		return mergeRemote(*server, *token, a[1], a[2], stdout, stderr)
	case len(a) == 3 && a[0] == "merge":
		s, err := c.openStore()
		if err == nil {
			defer s.Close()
			err = s.MergeEntities(a[1], a[2])
		}
		if err != nil {
			fmt.Fprintln(stderr, "readout entities:", err)
			return 1
		}
		fmt.Fprintf(stdout, "merged %s into %s\n", a[1], a[2])
		return 0
	case len(a) == 1 && a[0] == "merges":
		s, err := c.openStore()
		if err != nil {
			fmt.Fprintln(stderr, "readout entities:", err)
			return 1
		}
		defer s.Close()
		ms, err := s.Merges()
		if err != nil {
			fmt.Fprintln(stderr, "readout entities:", err)
			return 1
		}
		from := make([]string, 0, len(ms))
		for f := range ms {
			from = append(from, f)
		}
		sort.Strings(from)
		for _, f := range from {
			fmt.Fprintf(stdout, "%s\t%s\n", f, ms[f])
		}
		return 0
	}
	fs.Usage()
	return 2
}

// mergeRemote asks a running server to merge two entities.
func mergeRemote(server, token, from, into string, stdout, stderr io.Writer) int {
	u := strings.TrimRight(server, "/") + "/entities/merge?" + url.Values{"from": {from}, "into": {into}}.Encode()
	req, err := http.NewRequest(http.MethodPost, u, nil)
	if err != nil {
		fmt.Fprintln(stderr, "readout entities:", err)
		return 1
	}
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		fmt.Fprintln(stderr, "readout entities:", err)
		return 1
	}
	defer resp.Body.Close()
	msg, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	if resp.StatusCode != http.StatusOK {
		fmt.Fprintf(stderr, "readout entities: server: %s: %s\n", resp.Status, strings.TrimSpace(string(msg)))
		return 1
	}
	fmt.Fprint(stdout, string(msg))
	return 0
}
