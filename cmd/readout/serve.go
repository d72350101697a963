package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"readout/graph"
	"readout/ingest"
	"readout/loader"
)

// runServe is `readout serve`: GraphQL at /graphql and GraphiQL at /, optionally after loading
// articles (--load) so that one command takes a fresh machine to a working API. It serves until
// SIGINT or SIGTERM.
func runServe(args []string, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return serve(ctx, args, stdout, stderr)
}

// serve runs the server until ctx ends, then shuts down so that the store closes cleanly.
func serve(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("serve", "[--db DIR] [--addr HOST:PORT] [--load PATH]... [--token T]", stderr)
	var c common
	c.register(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	token := fs.String("token", os.Getenv("READOUT_TOKEN"), "token that enables POST /ingest (env READOUT_TOKEN)")
	var loads multiFlag
	fs.Var(&loads, "load", "load this path before serving (repeatable)")
	if fs.Parse(args) != nil {
		return 2
	}
	x, err := c.extractor()
	if err != nil {
		fmt.Fprintln(stderr, "readout serve:", err)
		return 1
	}
	s, err := c.openStore()
	if err != nil {
		fmt.Fprintln(stderr, "readout serve:", err)
		return 1
	}
	defer s.Close()
	pipeline := &ingest.Pipeline{Extractor: x, Store: s}
	if len(loads) > 0 {
		p := *pipeline
		p.OnError = func(err error) { fmt.Fprintln(stderr, err) }
		sum := p.Run(func(visit loader.Visit) { loader.Read(loads, visit) })
		fmt.Fprintf(stdout, "loaded %d documents: %d stored, %d unchanged, %d failed\n", sum.Read, sum.Stored, sum.Unchanged, sum.Failed)
	}
	srv := &graph.Server{Resolver: graph.NewResolver(s, x), Token: *token, Ingest: pipeline}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(stderr, "readout serve:", err)
		return 1
	}
	fmt.Fprintf(stdout, "readout: GraphQL at http://%s/graphql, GraphiQL at http://%s/ (store %s)\n", ln.Addr(), ln.Addr(), c.db)
	return serveUntil(ctx, ln, srv.Handler(), stderr)
}

// serveUntil serves until ctx ends.
func serveUntil(ctx context.Context, ln net.Listener, h http.Handler, stderr io.Writer) int {
	hs := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		if !errors.Is(err, http.ErrServerClosed) {
			fmt.Fprintln(stderr, "readout serve:", err)
			return 1
		}
	case <-ctx.Done():
		shut, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		hs.Shutdown(shut)
	}
	return 0
}

// multiFlag is a repeatable string flag.
type multiFlag []string

func (m *multiFlag) String() string     { return fmt.Sprint(*m) }
func (m *multiFlag) Set(s string) error { *m = append(*m, s); return nil }
