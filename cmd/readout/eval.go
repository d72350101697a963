package main

import (
	"encoding/json"
	"fmt"
	"io"

	"readout"
	"readout/evaluate"
	"readout/ingest"
	"readout/loader"
	"readout/store"
)

// runEval is `readout eval`: it loads the annotated articles of PATH into a temporary store,
// compares each article's contacts with the gold annotations, and prints precision, recall, F1,
// the accuracy of modes, dates and initiators, and every miss and false contact.
func runEval(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("eval", "--gold FILE [--negatives FILE] [--json] PATH...", stderr)
	var c common
	c.register(fs)
	goldPath := fs.String("gold", "", "gold annotations (JSONL, the format of eval/dev/gold.jsonl)")
	negPath := fs.String("negatives", "", "annotated non-contacts (JSONL, the format of eval/dev/negatives.jsonl)")
	asJSON := fs.Bool("json", false, "print the scores as JSON instead of the report")
	quiet := fs.Bool("quiet", false, "print the scores only, not every miss and false contact")
	if fs.Parse(args) != nil {
		return 2
	}
	if *goldPath == "" || fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	rep, err := evaluatePaths(&c, *goldPath, *negPath, fs.Args(), stderr)
	if err != nil {
		fmt.Fprintln(stderr, "readout eval:", err)
		return 1
	}
	if *asJSON {
		json.NewEncoder(stdout).Encode(rep.Scores)
		return 0
	}
	rep.Print(stdout, !*quiet)
	return 0
}

// evaluatePaths loads the gold articles found under paths into an in-memory store and scores
// each article's reports.
func evaluatePaths(c *common, goldPath, negPath string, paths []string, stderr io.Writer) (*evaluate.Report, error) {
	gold, err := evaluate.ReadGold(goldPath)
	if err != nil {
		return nil, err
	}
	var negs []evaluate.Negative
	if negPath != "" {
		if negs, err = evaluate.ReadNegatives(negPath); err != nil {
			return nil, err
		}
	}
	wanted := map[string]bool{}
	for _, g := range gold {
		for _, a := range g.Articles() {
			wanted[a] = true
		}
	}
	x, err := c.extractor()
	if err != nil {
		return nil, err
	}
	s, err := store.Open("")
	if err != nil {
		return nil, err
	}
	defer s.Close()
	s.Key = loader.Key
	var loaded []string
	p := &ingest.Pipeline{Extractor: x, Store: s, OnError: func(err error) { fmt.Fprintln(stderr, err) },
		OnStored: func(d *readout.Document) { loaded = append(loaded, d.ID) }}
	p.Run(func(visit loader.Visit) {
		loader.Read(paths, func(d *readout.Document, err error) {
			if err != nil || wanted[d.ID] {
				visit(d, err)
			}
		})
	})
	found, err := foundIn(s, loaded)
	if err != nil {
		return nil, err
	}
	return evaluate.Score(gold, negs, found, loader.Key), nil
}

// foundIn returns the reports of the documents with the normalised names of their participants.
func foundIn(s *store.Store, docs []string) ([]evaluate.Found, error) {
	var out []evaluate.Found
	for _, d := range docs {
		reports, err := s.Reports(d)
		if err != nil {
			return nil, err
		}
		for _, r := range reports {
			ents, err := s.Entities(r.Contact.EntityIDs())
			if err != nil {
				return nil, err
			}
			f := evaluate.Found{Article: d, Contact: r.Contact}
			for _, e := range ents {
				var names []string
				if e != nil {
					for _, n := range e.Names {
						names = append(names, loader.Key(n))
					}
				}
				f.Names = append(f.Names, names)
			}
			out = append(out, f)
		}
	}
	return out, nil
}
