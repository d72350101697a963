// Command readout reads diplomatic contacts out of news articles into a knowledge graph and
// answers questions about them over GraphQL.
//
//	readout load   [--db DIR] [--lexicon DIR] [--server URL --token T] PATH...
//	readout serve  [--db DIR] [--addr HOST:PORT] [--load PATH]... [--token T]
//	readout export [--db DIR] --format jsonl
//	readout eval   --gold FILE [--negatives FILE] PATH...
//	readout entities [--db DIR | --server URL --token T] merge FROM INTO | merges
//
// PATH is a .txt or .md article, a directory of them (with an optional meta.jsonl), a .jsonl or
// .jsonl.gz file with one article per line, or "-" for JSONL on standard input.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"readout/loader"
	"readout/loader/lexicon"
	"readout/store"
)

// defaultDB is the store directory when neither --db nor READOUT_DB says otherwise.
const defaultDB = "data/readout"

const usage = `readout — a knowledge graph of diplomatic contacts read from news articles

Commands:
  load    read articles, extract contacts and store them
  serve   serve GraphQL (and GraphiQL) over a store
  export  write every contact as JSON lines
  eval    measure extraction against hand annotations
  entities  merge two entities that are one person, list the merges
Run "readout COMMAND -h" for a command's flags.
`

func main() {
	if len(os.Args) < 2 {
		fmt.Fprint(os.Stderr, usage)
		os.Exit(2)
	}
	cmds := map[string]func([]string, io.Writer, io.Writer) int{
		"load": runLoad, "serve": runServe, "export": runExport, "eval": runEval, "entities": runEntities,
	}
	run, ok := cmds[os.Args[1]]
	if !ok {
		fmt.Fprint(os.Stderr, usage)
		os.Exit(2)
	}
	os.Exit(run(os.Args[2:], os.Stdout, os.Stderr))
}

// common are the flags every command that touches a store or the lexicon shares.
type common struct {
	db      string
	lexicon string
}

func (c *common) register(fs *flag.FlagSet) {
	def := os.Getenv("READOUT_DB")
	if def == "" {
		def = defaultDB
	}
	fs.StringVar(&c.db, "db", def, "store directory (env READOUT_DB)")
	fs.StringVar(&c.lexicon, "lexicon", "", "directory of extra lexicon files (see loader/lexicon/README.md)")
}

// extractor builds the extractor from the built-in lexicon and the user's additions.
func (c *common) extractor() (*loader.Extractor, error) {
	lx, err := lexicon.Load(c.lexicon)
	if err != nil {
		return nil, err
	}
	return loader.NewExtractor(lx), nil
}

// openStore opens the store, explaining the one-process lock when a server holds it.
func (c *common) openStore() (*store.Store, error) {
	if err := os.MkdirAll(c.db, 0o755); err != nil {
		return nil, err
	}
	s, err := store.Open(c.db)
	if err != nil {
		if strings.Contains(err.Error(), "lock") {
			return nil, errors.New("store " + c.db + " is in use by another process (a running server?): " +
				"load through it with --server URL --token T, or stop it")
		}
		return nil, err
	}
	s.Key = loader.Key
	return s, nil
}

// newFlagSet makes a command's flag set, printing its usage to stderr.
func newFlagSet(name, args string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: readout %s %s\n", name, args)
		fs.PrintDefaults()
	}
	return fs
}
