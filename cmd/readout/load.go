package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"readout"
	"readout/ingest"
	"readout/loader"
)

// runLoad is `readout load`: every bad document is one line on stderr naming it (file:line for
// JSONL), the load goes on, and the command ends with a summary and a non-zero status if
// anything failed.
func runLoad(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("load", "[--db DIR] [--lexicon DIR] [--server URL --token T] PATH...", stderr)
	var c common
	c.register(fs)
	server := fs.String("server", "", "load through a running server at this URL instead of opening the store")
	token := fs.String("token", "", "the server's ingest token (with --server)")
	workers := fs.Int("workers", 0, "extraction goroutines (0: one per CPU)")
	if fs.Parse(args) != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	start := time.Now()
	var sum ingest.Summary
	var err error
	if *server != "" {
		sum, err = loadRemote(*server, *token, fs.Args(), stderr)
	} else {
		sum, err = loadLocal(&c, *workers, fs.Args(), stderr)
	}
	if err != nil {
		fmt.Fprintln(stderr, "readout load:", err)
		return 1
	}
	fmt.Fprintf(stdout, "read %d documents: %d stored, %d unchanged, %d failed; %d contact reports (%.1fs)\n",
		sum.Read, sum.Stored, sum.Unchanged, sum.Failed, sum.Reports, time.Since(start).Seconds())
	if sum.Failed > 0 {
		return 1
	}
	return 0
}

// loadLocal loads into the store directory.
func loadLocal(c *common, workers int, paths []string, stderr io.Writer) (ingest.Summary, error) {
	x, err := c.extractor()
	if err != nil {
		return ingest.Summary{}, err
	}
	s, err := c.openStore()
	if err != nil {
		return ingest.Summary{}, err
	}
	defer s.Close()
	p := &ingest.Pipeline{Extractor: x, Store: s, Workers: workers, OnError: func(err error) { fmt.Fprintln(stderr, err) }}
	return p.Run(func(visit loader.Visit) { loader.Read(paths, visit) }), nil
}

// batchSize is how many documents one ingest request carries.
const batchSize = 500

// loadRemote reads documents locally and sends them, in JSONL batches, to a running server.
func loadRemote(server, token string, paths []string, stderr io.Writer) (ingest.Summary, error) {
	var sum ingest.Summary
	var batch bytes.Buffer
	n := 0
	var sendErr error
	flush := func() {
		if n == 0 || sendErr != nil {
			return
		}
		got, err := postBatch(server, token, &batch, stderr)
		if err != nil {
			sendErr = err
			return
		}
		sum.Read += got.Read
		sum.Stored += got.Stored
		sum.Unchanged += got.Unchanged
		sum.Reports += got.Reports
		sum.Failed += got.Failed
		batch.Reset()
		n = 0
	}
	loader.Read(paths, func(d *readout.Document, err error) {
		if err != nil {
			sum.Failed++
			fmt.Fprintln(stderr, err)
			return
		}
		line, _ := json.Marshal(map[string]string{"id": d.ID, "text": d.Text, "title": d.Title, "url": d.URL,
			"outlet": d.Outlet, "lang": d.Lang, "published": readout.FormatDay(d.Published)})
		batch.Write(append(line, '\n'))
		if n++; n == batchSize {
			flush()
		}
	})
	flush()
	return sum, sendErr
}

// postBatch sends one batch to the server's /ingest and prints the errors it reports.
func postBatch(server, token string, body io.Reader, stderr io.Writer) (ingest.Summary, error) {
	req, err := http.NewRequest(http.MethodPost, strings.TrimRight(server, "/")+"/ingest", body)
	if err != nil {
		return ingest.Summary{}, err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "application/x-ndjson")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return ingest.Summary{}, err
	}
	defer resp.Body.Close()
	var got struct {
		ingest.Summary
		Errors []string `json:"errors"`
	}
	if resp.StatusCode != http.StatusOK && resp.StatusCode != http.StatusUnprocessableEntity {
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 1000))
		return got.Summary, fmt.Errorf("server: %s: %s", resp.Status, strings.TrimSpace(string(msg)))
	}
	if err := json.NewDecoder(resp.Body).Decode(&got); err != nil {
		return got.Summary, fmt.Errorf("server: %v", err)
	}
	for _, e := range got.Errors {
		fmt.Fprintln(stderr, e)
	}
	return got.Summary, nil
}
