package loader

import (
	"sync"
	"testing"

	"readout/loader/lexicon"
)

var (
	sharedExtractor *Extractor
	extractorOnce   sync.Once
	extractorErr    error
)

// testExtractor returns an extractor over the built-in lexicon, built once per test binary.
func testExtractor(t testing.TB) *Extractor {
	t.Helper()
	extractorOnce.Do(func() {
		lx, err := lexicon.Builtin()
		if err != nil {
			extractorErr = err
			return
		}
		sharedExtractor = NewExtractor(lx)
	})
	if extractorErr != nil {
		t.Fatal(extractorErr)
	}
	return sharedExtractor
}
