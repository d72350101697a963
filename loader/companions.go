package loader

import (
	"strings"
	"time"

	"readout"
)

// Companions: the people a contact has besides the two sides its trigger names: the host who
// invited a visit, those who take part (بمشاركة), the ones who carried a message.

// inviter returns the person a clause names as having invited the contact (بدعوة من نظيره
// الفرنسي), resolved at day at (a counterpart holds the anchor office), with the preposition من
// that makes them the host.
func (d *doc) inviter(c span, at time.Time, anchor string) []party {
	for _, ch := range d.chains(c) {
		for k := ch.from - 1; k >= c.from && k >= ch.from-2; k-- {
			if p := d.match(k); p != nil && d.isCue(p, "initiated-by") && p.To >= ch.from-1 {
				ps := d.resolveChain(&ch, at, anchor, nil)
				for i := range ps {
					ps[i].prep = "من"
				}
				return ps
			}
		}
	}
	return nil
}

// participants returns the chains a participation cue after the trigger names (بمشاركة X،
// الذي سيشارك فيه أيضا X), within twelve words of it besides names: they take part in the
// contact too, unlike those present (بحضور).
func (d *doc) participants(cs []chain, t trigger) []*chain {
	var out []*chain
	for k := t.to; k < len(d.toks) && d.wordsBetween(t.to, k) < 12; k++ {
		p := d.match(k)
		if p == nil || !d.isCue(p, "participation") {
			continue
		}
		for i := range cs {
			if gap := cs[i].from - p.To; gap >= 0 && gap <= 2 {
				out = append(out, &cs[i])
			}
		}
		break
	}
	return out
}

// tookPartIn reports whether the definite contact noun t follows a verb of taking part that
// opens clause c (وشارك في الاجتماع، كما شاركت في القمة): the people named are more people of
// the contact just told.
func (d *doc) tookPartIn(t trigger, c span) bool {
	if t.class != "event" || t.at < 2 || !strings.HasPrefix(strings.TrimPrefix(d.toks[t.at].Text, "و"), "ال") {
		return false
	}
	if v := t.at - 2; v != c.from && !(v == c.from+1 && (d.bare(c.from) == "كما" || d.bare(c.from) == "قد")) {
		return false // (the verb opens its clause: not وسيناتور شارك في الاجتماع, of another)
	}
	p := d.match(t.at - 2)
	return p != nil && p.To == t.at && d.isCue(p, "participation")
}

// carryVerbs hand a message over: سلمها له، حملها إليه، نقلها.
var carryVerbs = map[string]bool{"سلمها": true, "حملها": true, "نقلها": true, "سلمه": true, "حمله": true, "نقله": true, "يحملها": true, "ينقلها": true}

// carriers returns the people who carried a message, besides its sender and its recipient: the
// one it was received from before the noun (تسلم من الجنرال كيم يونغ شول رسالة من كيم), and
// the one a verb of carrying names after it (رسالة ... حملها إليه وزير الخارجية). They are
// parties of the message, as eval/GUIDE.md counts them.
func (d *doc) carriers(cs []chain, t trigger, sc, oc *chain) []*chain {
	var out []*chain
	for i := range cs {
		ch := &cs[i]
		if ch == sc || ch == oc {
			continue
		}
		// تسلم من Y رسالة; سلم Y الرئيس X دعوة من Z (Y, the subject of the verb of handing, before
		// the one who received it)
		before := ch.to <= t.at && ((ch.prep == "من" || ch.prep == "عبر") && (sc == nil || ch.from > sc.from) ||
			ch.prep == "" && sc != nil && ch.to <= sc.from && t.class == "send")
		after := ch.from >= t.to && ch.prep == "" && d.carriedBy(t.to, ch.from)
		if before || after {
			out = append(out, ch)
		}
	}
	return out
}

// carriedBy reports whether a verb of carrying stands in tokens [from, to) with at most four
// words between it and to.
func (d *doc) carriedBy(from, to int) bool {
	for k := max(from, to-5); k < to; k++ {
		if carryVerbs[d.toks[k].Text] {
			return true
		}
	}
	return false
}

// addressee returns the one a message is addressed to when its object is its sender: in سلم
// لافروف رسالة من بوتين إلى الأسد the object chain (من بوتين) is followed right away by the
// recipient (إلى الأسد، للأسد), or the noun is preceded by him (سلم للأسد رسالة من بوتين); he
// is as much a party as the sender.
func (d *doc) addressee(cs []chain, t trigger, oc *chain) *chain {
	if t.mode != readout.Message || oc.prep != "من" || oc.from < t.to {
		return nil
	}
	for i := range cs {
		// وسيسلم لترامب رسالة من كيم: the addressee before the noun
		if ch := &cs[i]; ch.to >= t.at-1 && ch.to <= t.at && (ch.prep == "ل" || ch.prep == "الي") {
			return ch
		}
	}
	for i := range cs {
		if ch := &cs[i]; ch.from >= oc.to {
			if ch.from-oc.to <= 1 && (ch.prep == "الي" || ch.prep == "ل") {
				return ch
			}
			return nil
		}
	}
	return nil
}

// attendees returns, for a meeting noun that names no side of its own (اختتمت أعمال قمة السلام
// بحضور ترامب والسيسي وأمير قطر), the people the presence cue after it lists, when they are of
// two states or more: with no one else at the table, those present are its participants.
func (d *doc) attendees(t trigger, c span, at time.Time) []party {
	if t.class != "event" || t.mode != readout.Meeting {
		return nil
	}
	cue := -1
	for k := t.to; k < c.to && k < t.to+6; k++ {
		if p := d.match(k); p != nil && d.isCue(p, "presence") {
			cue = p.To
			break
		}
		if d.inMention(k) || d.triggerIn(k, k+1) {
			return nil
		}
	}
	if cue < 0 {
		return nil
	}
	var out []party
	states := map[string]bool{}
	next := cue
	for _, m := range d.mentions {
		if m.from < next {
			continue
		}
		if m.from >= c.to || m.from > next+1 || m.from == next+1 && d.toks[next].Text != "," {
			break // (only the run of people right after the cue, joined by و or a comma)
		}
		if p, ok := d.resolve(m, at, ""); ok {
			p.prep = ""
			out = append(out, p)
			states[p.country] = true
		}
		next = m.to
	}
	if len(states) < 2 {
		return nil
	}
	return out
}
