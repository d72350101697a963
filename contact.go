// Package readout holds the domain of readout: diplomatic contacts between officials, the
// entities that take part in them, the documents that report them and the dates they happened.
// It has no dependencies; store/, loader/ and graph/ adapt it to Badger, text and GraphQL.
package readout

import (
	"slices"
	"strconv"
	"strings"
)

// Mode is how a contact took place.
type Mode string

// The modes of contact, as in eval/GUIDE.md.
const (
	Phone   Mode = "phone"
	Video   Mode = "video"
	Meeting Mode = "meeting"
	Visit   Mode = "visit"
	Talks   Mode = "talks"   // talks whose mode the text does not make clear
	Message Mode = "message" // a letter, cable or message sent or handed over
)

// Modes lists every mode in a stable order.
var Modes = []Mode{Phone, Video, Meeting, Visit, Talks, Message}

// Compatible reports whether two reports of modes m and o can describe the same contact: equal
// modes, or one of them is the unspecific Talks, or a visit and the meeting held during it.
func (m Mode) Compatible(o Mode) bool {
	switch {
	case m == o, m == Talks, o == Talks:
		return true
	case (m == Visit && o == Meeting) || (m == Meeting && o == Visit):
		return true
	}
	return false
}

// Status says whether a contact happened.
type Status string

// The statuses of a contact.
const (
	Occurred Status = "occurred"
	Planned  Status = "planned"
	Denied   Status = "denied"
)

// Contact is one interaction between officials acting for states or organisations, with every
// source that reports it.
type Contact struct {
	ID              string
	Mode            Mode
	Status          Status
	Date            Date
	Participants    []Participant // ordered by entity ID
	Initiator       *Initiator    // nil when no source says who asked for it
	DurationMinutes int           // 0 when unknown
	Topics          []string      // topic IDs from the controlled list, sorted
	FirstSince      *Date         // "the first call since ..." as a source states it
	Sources         []Source
	Claims          []Claim // what sources assert about the contact, with who asserts it
	Reports         int     // independent reports: documents that share a passage count once
}

// Participant is an entity taking part in a contact, with the office it held at the time.
type Participant struct {
	Entity  string // entity ID
	Role    string // role ID (see loader/lexicon), "" when unknown
	Country string // the state or organisation the participant acted for
}

// Initiator is the side that made the call or asked for the contact.
type Initiator struct {
	Entity  string // entity ID, "" when only the side is known
	Country string
}

// Source ties a contact to the words of one document that report it.
type Source struct {
	Document string
	Evidence string // the sentence, as written
	Start    int    // byte offset of the evidence in the document's text
	End      int    // byte offset just past the evidence
	// Key fingerprints the evidence as normalised text: the same wire copy republished by two
	// outlets gives the same key.
	Key string `json:",omitempty"`
}

// Claim fields: what a claim is about.
const (
	ClaimInitiator = "initiator"
	ClaimDuration  = "duration"
	ClaimTopic     = "topic"
	ClaimDate      = "date"
	ClaimStatus    = "status"
)

// Claim is one assertion about a contact, made by a source or by a side the source quotes.
type Claim struct {
	Field     string   // one of the Claim* fields
	Value     string   // e.g. "FR", "60", "ukraine", "2024-04-03", "denied"
	Qualifier string   // how the value is hedged: "about", "more than", "" (durations)
	By        string   // the state or organisation the source attributes it to, "" when the source states it
	Basis     string   // the words that make the claim, as written
	Documents []string // the documents that report the claim, sorted
}

// Key identifies a claim regardless of which documents report it.
func (c Claim) Key() string {
	return c.Field + "\x00" + c.Value + "\x00" + c.Qualifier + "\x00" + c.By
}

// Disputed reports whether the sources disagree: two claims on one field with values that
// cannot both be true (two initiators, durations far apart), or a side denying a contact
// reported as held.
func (c *Contact) Disputed() bool {
	for i, a := range c.Claims {
		if a.Field == ClaimStatus && a.Value != string(c.Status) {
			return true
		}
		for _, b := range c.Claims[i+1:] {
			if a.Field == b.Field && a.Value != b.Value && a.Field != ClaimTopic && !closeDurations(a, b) {
				return true
			}
		}
	}
	return false
}

// closeDurations reports whether two duration claims are within a quarter of each other.
func closeDurations(a, b Claim) bool {
	if a.Field != ClaimDuration {
		return false
	}
	x, _ := strconv.Atoi(a.Value)
	y, _ := strconv.Atoi(b.Value)
	return 4*abs(x-y) <= max(x, y)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// EntityIDs returns the participants' entity IDs in order.
func (c *Contact) EntityIDs() []string {
	ids := make([]string, len(c.Participants))
	for i, p := range c.Participants {
		ids[i] = p.Entity
	}
	return ids
}

// GroupKey identifies the set of participants of a contact: contacts between the same entities
// share it.
func (c *Contact) GroupKey() string { return strings.Join(c.EntityIDs(), "+") }

// SortParticipants orders participants by entity ID and drops repeats.
func (c *Contact) SortParticipants() {
	slices.SortFunc(c.Participants, func(a, b Participant) int { return strings.Compare(a.Entity, b.Entity) })
	c.Participants = slices.CompactFunc(c.Participants, func(a, b Participant) bool { return a.Entity == b.Entity })
}

// Countries returns the distinct countries of the participants, sorted.
func (c *Contact) Countries() []string {
	var cs []string
	for _, p := range c.Participants {
		if p.Country != "" {
			cs = append(cs, p.Country)
		}
	}
	slices.Sort(cs)
	return slices.Compact(cs)
}

// Documents returns the distinct documents among the sources, sorted.
func (c *Contact) Documents() []string {
	var ds []string
	for _, s := range c.Sources {
		ds = append(ds, s.Document)
	}
	slices.Sort(ds)
	return slices.Compact(ds)
}
