package readout

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Report is one contact as one document tells it: the extractor's finding, with what is known of
// the document that matters for merging reports across documents.
type Report struct {
	Contact   Contact   // its sources all come from Document
	Document  string    // the reporting document's ID
	Index     int       // the report's position among the document's reports
	Published time.Time // the document's publication day, zero when unknown
}

// Merge resolves the reports of one group of participants (the same GroupKey) into contacts. It
// is a function of the set of reports only, so loading documents in any order gives the same
// contacts. Reports are taken from the most precisely dated to the least; each joins the
// contact it can be a report of (same status, compatible mode, overlapping dates) and narrows
// its date, or starts a new contact. A report that fits several contacts joins the one closest
// before its document's publication.
func Merge(reports []Report) []Contact {
	sorted := slices.Clone(reports)
	slices.SortFunc(sorted, compareReports)
	var out []Contact
	for _, r := range sorted {
		if i := bestContact(out, r); i >= 0 {
			mergeInto(&out[i], r.Contact)
			continue
		}
		c := r.Contact
		c.Participants = slices.Clone(c.Participants)
		c.Sources = slices.Clone(c.Sources)
		c.Claims = slices.Clone(c.Claims)
		c.Topics = slices.Clone(c.Topics)
		out = append(out, c)
	}
	for i := range out {
		finish(&out[i])
	}
	assignIDs(out)
	return out
}

// compareReports orders reports by precision (fewest days first), then by date, document and
// index, so that merging does not depend on load order.
func compareReports(a, b Report) int {
	if sa, sb := a.Contact.Date.Span(), b.Contact.Date.Span(); sa != sb {
		return sa - sb
	}
	if c := a.Contact.Date.Start.Compare(b.Contact.Date.Start); c != 0 {
		return c
	}
	if c := strings.Compare(a.Document, b.Document); c != 0 {
		return c
	}
	return a.Index - b.Index
}

// bestContact returns the index of the contact r can be a report of, or -1.
func bestContact(cs []Contact, r Report) int {
	best := -1
	for i := range cs {
		c := &cs[i]
		if c.Status != r.Contact.Status || !c.Mode.Compatible(r.Contact.Mode) {
			continue
		}
		if _, ok := c.Date.Intersect(r.Contact.Date); !ok {
			continue
		}
		if best < 0 || closer(c.Date, cs[best].Date, r.Published) {
			best = i
		}
	}
	return best
}

// closer reports whether date a is a better guess than b for an undated report of a document
// published on pub: the latest that starts on or before pub.
func closer(a, b Date, pub time.Time) bool {
	aOK := pub.IsZero() || !a.Start.After(pub)
	bOK := pub.IsZero() || !b.Start.After(pub)
	if aOK != bOK {
		return aOK
	}
	return a.Start.After(b.Start)
}

// mergeInto adds report r to contact c: the date narrows to what both allow, the mode to the
// more telling one, and sources, topics and claims are pooled.
func mergeInto(c *Contact, r Contact) {
	if d, ok := c.Date.Intersect(r.Date); ok {
		c.Date = d
	}
	if r.Mode.Rank() > c.Mode.Rank() {
		c.Mode = r.Mode
	}
	c.Sources = append(c.Sources, r.Sources...)
	c.Topics = append(c.Topics, r.Topics...)
	for _, cl := range r.Claims {
		c.AddClaim(cl)
	}
	if c.FirstSince == nil {
		c.FirstSince = r.FirstSince
	}
	for i, p := range c.Participants {
		if p.Role == "" {
			c.Participants[i].Role = roleOf(r.Participants, p.Entity)
		}
	}
}

func roleOf(ps []Participant, entity string) string {
	for _, p := range ps {
		if p.Entity == entity {
			return p.Role
		}
	}
	return ""
}

// modeRanks order modes by how much they tell: a video or phone call says more than talks.
var modeRanks = map[Mode]int{Video: 6, Phone: 5, Message: 4, Meeting: 3, Visit: 2, Talks: 1}

// Rank orders modes by how much they tell about a contact: video and phone first, talks last.
func (m Mode) Rank() int { return modeRanks[m] }

// finish settles the fields derived from sources and claims: sorted sources and topics, and the
// initiator and duration the claims support.
func finish(c *Contact) {
	slices.SortFunc(c.Sources, func(a, b Source) int {
		if x := strings.Compare(a.Document, b.Document); x != 0 {
			return x
		}
		return a.Start - b.Start
	})
	c.Sources = slices.CompactFunc(c.Sources, func(a, b Source) bool { return a.Document == b.Document && a.Start == b.Start })
	slices.Sort(c.Topics)
	c.Topics = slices.Compact(c.Topics)
	slices.SortFunc(c.Claims, func(a, b Claim) int { return strings.Compare(a.Key(), b.Key()) })
	c.Initiator, c.DurationMinutes = nil, 0
	if v := c.bestSupported(ClaimInitiator); v != "" {
		c.Initiator = &Initiator{Country: v}
	}
	if v := c.bestSupported(ClaimDuration); v != "" {
		c.DurationMinutes, _ = strconv.Atoi(v)
	}
	if c.Initiator != nil {
		for _, p := range c.Participants {
			if p.Country == c.Initiator.Country {
				c.Initiator.Entity = p.Entity
				break
			}
		}
	}
	c.Reports = independent(c.Sources)
}

// independent counts the independent reports among sources: documents that share a passage
// (the same wire copy republished by several outlets) count once.
func independent(srcs []Source) int {
	parent := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	byKey := map[string]string{}
	for _, s := range srcs {
		if _, ok := parent[s.Document]; !ok {
			parent[s.Document] = s.Document
		}
		if s.Key == "" {
			continue
		}
		if other, ok := byKey[s.Key]; ok {
			parent[find(s.Document)] = find(other)
		} else {
			byKey[s.Key] = s.Document
		}
	}
	roots := map[string]bool{}
	for d := range parent {
		roots[find(d)] = true
	}
	return len(roots)
}

// bestSupported returns the value of field that most documents support, summed over every claim
// of that value (by whoever and however hedged); ties go to the smaller value. "" when none.
func (c *Contact) bestSupported(field string) string {
	docs := map[string]map[string]bool{}
	for _, cl := range c.Claims {
		if cl.Field != field {
			continue
		}
		if docs[cl.Value] == nil {
			docs[cl.Value] = map[string]bool{}
		}
		for _, d := range cl.Documents {
			docs[cl.Value][d] = true
		}
	}
	best := ""
	for v, ds := range docs {
		if best == "" || len(ds) > len(docs[best]) || len(ds) == len(docs[best]) && v < best {
			best = v
		}
	}
	return best
}

// AddClaim adds a claim, pooling its documents with an equal claim already there.
func (c *Contact) AddClaim(cl Claim) {
	for i := range c.Claims {
		if c.Claims[i].Key() == cl.Key() {
			c.Claims[i].Documents = append(c.Claims[i].Documents, cl.Documents...)
			slices.Sort(c.Claims[i].Documents)
			c.Claims[i].Documents = slices.Compact(c.Claims[i].Documents)
			return
		}
	}
	cl.Documents = slices.Clone(cl.Documents)
	c.Claims = append(c.Claims, cl)
}

// assignIDs gives each contact an ID made from its participants, status and date, made unique
// within the group in the order of the contacts.
func assignIDs(cs []Contact) {
	seen := map[string]int{}
	for i := range cs {
		c := &cs[i]
		key := c.GroupKey() + "|" + string(c.Status) + "|" + c.Date.String()
		seen[key]++
		if n := seen[key]; n > 1 {
			key += "|" + strconv.Itoa(n)
		}
		h := sha256.Sum256([]byte(key))
		c.ID = "c" + hex.EncodeToString(h[:8])
	}
}
