// Package store keeps readout's graph in Badger: documents, the contacts their reports resolve
// to, entities, and the indexes that make the questions users ask one seek: the last contact
// between two people or two states, an entity's timeline, contacts in a date range. It is the
// only package that imports Badger.
package store

import (
	"bytes"
	"encoding/binary"
	"time"
)

// Every key starts with one byte naming its kind. Strings inside keys are separated by 0x00,
// which no ID or normalised name contains; numbers are big-endian so that keys sort in order.
// A date in a key is 8 bytes: the first and last day as days since 1900-01-01 (0 when open), so
// that timelines sort by the start of the interval the text supports.
//
//	d <doc>                              -> Document (JSON)
//	h <sha256 hex> 0 <doc>               -> (none): documents with that text (wire copies share it)
//	r <doc>                              -> the document's reports (JSON)
//	g <group> 0 <doc>                    -> (none): a document reports contacts of a group
//	D <entity> 0 <doc>                   -> (none): a document's reports name an entity
//	c <contact>                          -> Contact (JSON)
//	G <group> 0 <contact>                -> (none): the contacts of a group of participants
//	p <entity a> 0 <entity b> 0 <date> <contact>  -> (none): pair timeline, a < b
//	t <entity> 0 <date> <contact>        -> (none): an entity's timeline
//	y <state a> 0 <state b> 0 <date> <contact>    -> (none): state-pair timeline, a < b
//	k <state> 0 <date> <contact>         -> (none): a state's timeline
//	x <date> <contact>                   -> (none): every contact by date
//	f <contact>                          -> (none): a contact said to be the first since a date
//	e <entity>                           -> Entity (JSON)
//	a <name key> 0 <entity>              -> (none): alias index, names normalised for matching
//	w <word key> 0 <entity>              -> (none): each word of a name (a surname: "Putin")
//	C <name key> 0 <entity>              -> (none): names of people captured by pattern (n- IDs)
//	M <entity>                           -> the entity ID it was merged into
//	S                                    -> the longest span of a stored contact's date, in days
const (
	kindDocument  = 'd'
	kindHash      = 'h'
	kindReports   = 'r'
	kindGroupDoc  = 'g'
	kindDocEntity = 'D'
	kindContact   = 'c'
	kindGroup     = 'G'
	kindPair      = 'p'
	kindTimeline  = 't'
	kindStatePair = 'y'
	kindState     = 'k'
	kindByDate    = 'x'
	kindFirst     = 'f'
	kindEntity    = 'e'
	kindAlias     = 'a'
	kindWord      = 'w'
	kindCaptured  = 'C'
	kindMerged    = 'M'
	kindMaxSpan   = 'S'
)

const sep = 0x00

// key joins a kind byte and parts, separated by 0x00.
func key(kind byte, parts ...string) []byte {
	b := []byte{kind}
	for i, p := range parts {
		if i > 0 {
			b = append(b, sep)
		}
		b = append(b, p...)
	}
	return b
}

// prefix is key(kind, parts...) followed by a separator: every key under those parts.
func prefix(kind byte, parts ...string) []byte {
	return append(key(kind, parts...), sep)
}

// epoch is day 1 of key dates; earlier days are clamped to it.
var epoch = time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)

// dayNumber encodes a civil day as days since 1900-01-01 plus one, 0 for an open bound.
func dayNumber(t time.Time) uint32 {
	if t.IsZero() {
		return 0
	}
	n := int((t.Unix()-epoch.Unix())/86400) + 1 // not t.Sub: a Duration overflows past 2192
	if n < 1 {
		n = 1
	}
	return uint32(n)
}

// dayOf inverts dayNumber.
func dayOf(n uint32) time.Time {
	if n == 0 {
		return time.Time{}
	}
	return epoch.AddDate(0, 0, int(n)-1)
}

// dateBytes encodes an interval's first and last days.
func dateBytes(start, end time.Time) []byte {
	b := make([]byte, 8)
	binary.BigEndian.PutUint32(b, dayNumber(start))
	binary.BigEndian.PutUint32(b[4:], dayNumber(end))
	return b
}

// timelineKey is prefix followed by the date and the contact ID.
func timelineKey(pfx []byte, start, end time.Time, contact string) []byte {
	k := append(append([]byte{}, pfx...), dateBytes(start, end)...)
	return append(k, contact...)
}

// parseTimelineKey returns the start day and the contact ID of a timeline key under pfx.
func parseTimelineKey(pfx, k []byte) (time.Time, string, bool) {
	if !bytes.HasPrefix(k, pfx) || len(k) < len(pfx)+8 {
		return time.Time{}, "", false
	}
	rest := k[len(pfx):]
	return dayOf(binary.BigEndian.Uint32(rest)), string(rest[8:]), true
}

// lastPart returns what follows the last separator of a key (the ID in g, G and a keys).
func lastPart(k []byte) string {
	return string(k[bytes.LastIndexByte(k, sep)+1:])
}

// ordered returns a and b in byte order.
func ordered(a, b string) (string, string) {
	if b < a {
		return b, a
	}
	return a, b
}
