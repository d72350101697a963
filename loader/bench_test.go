package loader

import (
	"os"
	"testing"

	"readout"
)

// BenchmarkExtract measures extraction throughput on one goroutine over the real articles of
// ../shared/corpus/pool.jsonl.gz (59 k articles from many outlets): MB/s is bytes of article
// text per second. Run: go test ./loader -run XXX -bench Extract -benchtime 1x
func BenchmarkExtract(b *testing.B) {
	pool := "../../shared/corpus/pool.jsonl.gz"
	if _, err := os.Stat(pool); err != nil {
		if os.Getenv("CI") != "" {
			b.Fatalf("%s is missing", pool)
		}
		b.Skipf("%s is missing", pool)
	}
	var docs []*readout.Document
	size := 0
	Read([]string{pool}, func(d *readout.Document, err error) {
		if err == nil {
			docs = append(docs, d)
			size += len(d.Text)
		}
	})
	x := testExtractor(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	contacts := 0
	for range b.N {
		for _, d := range docs {
			contacts += len(x.Extract(d).Contacts)
		}
	}
	b.ReportMetric(float64(len(docs)), "docs/op")
	b.ReportMetric(float64(contacts)/float64(b.N), "contacts/op")
}
