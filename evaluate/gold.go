// Package evaluate measures the extractor against hand annotations in the format of
// eval/dev/gold.jsonl (see eval/GUIDE.md): precision, recall and F1 of contacts per article,
// and the accuracy of modes, dates and initiators among the contacts found. Users annotate
// their own corpora in the same format.
package evaluate

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

// Gold is one annotated contact, or an article annotated as having none.
type Gold struct {
	Article      string            `json:"article"`
	ID           string            `json:"id"`
	None         bool              `json:"none"`
	Required     *bool             `json:"required"`
	Mode         string            `json:"mode"`
	Status       string            `json:"status"`
	Participants []GoldParticipant `json:"participants"`
	Date         *string           `json:"date"`
	Granularity  string            `json:"granularity"`
	Initiator    *string           `json:"initiator"`
	Duration     *float64          `json:"duration_minutes"`
	Topics       []string          `json:"topics"`
	Evidence     string            `json:"evidence"`
	Sources      []string          `json:"sources"`
}

// GoldParticipant is an annotated participant: an English name (or ""), the Arabic forms as
// written, the state and the office.
type GoldParticipant struct {
	En      string   `json:"en"`
	Ar      []string `json:"ar"`
	Country string   `json:"country"`
	Role    string   `json:"role"`
}

// Negative is an annotated non-contact: no contact of the file may involve these people.
type Negative struct {
	File            string   `json:"file"`
	ParticipantsAny []string `json:"participants_any"`
	Why             string   `json:"why"`
}

// IsRequired reports whether the contact must be found (all participants named in the text);
// an optional one counts when found and is not missed when absent.
func (g *Gold) IsRequired() bool { return g.Required == nil || *g.Required }

// Articles returns the articles a gold contact is expected in: its article and every source.
func (g *Gold) Articles() []string {
	out := []string{g.Article}
	for _, s := range g.Sources {
		if s != g.Article {
			out = append(out, s)
		}
	}
	return out
}

// ReadGold reads a gold file; every bad line is an error naming file and line.
func ReadGold(path string) ([]Gold, error) {
	var out []Gold
	err := eachJSON(path, func(line int, data []byte) error {
		var g Gold
		if err := json.Unmarshal(data, &g); err != nil {
			return err
		}
		if g.Article == "" {
			return fmt.Errorf(`no "article"`)
		}
		if !g.None && g.IsRequired() && len(g.Participants) < 2 {
			return fmt.Errorf("a required contact needs two participants")
		}
		out = append(out, g)
		return nil
	})
	return out, err
}

// ReadNegatives reads a negatives file.
func ReadNegatives(path string) ([]Negative, error) {
	var out []Negative
	err := eachJSON(path, func(line int, data []byte) error {
		var n Negative
		if err := json.Unmarshal(data, &n); err != nil {
			return err
		}
		out = append(out, n)
		return nil
	})
	return out, err
}

func eachJSON(path string, fn func(int, []byte) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(n, []byte(line)); err != nil {
			return fmt.Errorf("%s:%d: %v", path, n, err)
		}
	}
	return sc.Err()
}
