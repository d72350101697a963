package readout

import "time"

// Document is one article as loaded: its text and what is known about where it came from.
type Document struct {
	ID        string    // the file name or the JSONL id
	Title     string    // "" when unknown
	URL       string    // "" when unknown
	Outlet    string    // "" when unknown
	Lang      string    // BCP 47, "ar" by default
	Published time.Time // the outlet's local day of publication, zero when unknown
	Text      string
	Hash      string    // hex SHA-256 of Text
	LoadedAt  time.Time // when readout first stored it
}
