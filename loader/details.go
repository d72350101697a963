package loader

import (
	"slices"
	"strconv"
	"strings"

	"readout"
)

// details fills in what a clause says about a new contact: its evidence, initiator, duration and
// topics.
func (d *doc) details(dr *draft, c, s span, class string, group, subj []party, at int, own []trigger) {
	dr.c.Sources = []readout.Source{d.source(s)}
	by := d.attribution(s)
	if init, basis, cue, ok := d.initiatorOf(c, s, class, group, subj, at, own); ok {
		d.setInitiator(dr, init, basis, by, cue)
	}
	d.addDuration(dr, c, by, own)
	d.addTopics(dr, c, by)
	d.addDenial(dr, s)
}

// restates reports whether a clause of mode m that refers back can tell more of a contact of
// mode o: compatible modes, or a call told again of a video call (إن الاتصال جاء بطلب من
// واشنطن), which reports of one contact from several articles do not merge on.
func restates(m, o readout.Mode) bool {
	return m.Compatible(o) || m == readout.Phone && o == readout.Video
}

// refine adds to the contact last reported what a clause that refers back to it says (الاتصال
// الذي استمر ساعة، وتأتي هذه المحادثة بمبادرة من باريس): a source, a date it lacked, the
// initiator, duration and topics.
func (d *doc) refine(dr *draft, c, s span, date readout.Date, mode readout.Mode) {
	if !restates(mode, dr.c.Mode) {
		return
	}
	if dr.c.Status == readout.Occurred && !date.Start.IsZero() && !d.pub.IsZero() && date.Start.After(d.pub) {
		return // سوف يتم اختبارها غدا في الاجتماع: a contact to come, not the one told as done
	}
	dr.c.Sources = addSource(dr.c.Sources, d.source(s))
	// a contact still to come takes no day already past from a clause about something else
	past := dr.c.Status == readout.Planned && !date.End.IsZero() && !d.pub.IsZero() && date.End.Before(d.pub)
	if date.Narrower(dr.c.Date) && !past {
		if nd, ok := date.Intersect(dr.c.Date); ok {
			dr.c.Date = nd
		}
	}
	by := d.attribution(s)
	if init, basis, cue, ok := d.initiatorOf(c, s, "event", dr.parties, nil, -1, nil); ok {
		d.setInitiator(dr, init, basis, by, cue)
	}
	d.addDuration(dr, c, by, nil)
	d.addTopics(dr, c, by)
	d.addDenial(dr, s)
}

// addDenial records a side's denial of what the sentence reports (وهو ما نفته باريس على
// الفور) as a claim: the contact stays as reported, and the claim makes it disputed.
func (d *doc) addDenial(dr *draft, s span) {
	if dr.c.Status == readout.Denied {
		return
	}
	for k := s.from; k < s.to; k++ {
		p := d.match(k)
		if p == nil || !d.isCue(p, "denied") {
			continue
		}
		for j := p.To; j < s.to && j < p.To+3; j++ {
			if q := d.match(j); q != nil && (q.Has(ItemCountry) || q.Has(ItemPlace) || q.Has(ItemDemonym)) {
				dr.c.AddClaim(readout.Claim{Field: readout.ClaimStatus, Value: string(readout.Denied), By: placeCode(q),
					Basis: d.original(k, q.To), Documents: []string{d.d.ID}})
				return
			}
		}
	}
}

// source is the sentence as evidence, with its byte offsets in the original text.
func (d *doc) source(s span) readout.Source {
	to := s.to
	for to > s.from && d.toks[to-1].Kind == Newline {
		to--
	}
	a, b := d.n.Span(d.toks[s.from].Start, d.toks[to-1].End)
	return readout.Source{Document: d.d.ID, Evidence: d.d.Text[a:b], Start: a, End: b,
		Key: Hash(d.n.Text[d.toks[s.from].Start:d.toks[to-1].End])[:16]}
}

// setInitiator records who initiated, both as the contact's initiator and as a claim made by the
// side the article attributes it to.
func (d *doc) setInitiator(dr *draft, init party, basis, by string, cue bool) {
	switch {
	case !cue && dr.initCue:
		return // أجرى بوتين اتصالا ... بمبادرة من الجانب الألماني: the words that say who asked win
	case cue && !dr.initCue:
		dropInitiator(dr)
	}
	dr.initCue = cue
	if dr.c.Initiator == nil {
		dr.c.Initiator = &readout.Initiator{Entity: init.entity, Country: init.country}
	}
	dr.c.AddClaim(readout.Claim{Field: readout.ClaimInitiator, Value: init.country, By: by, Basis: basis, Documents: []string{d.d.ID}})
}

// dropInitiator forgets the initiator a draft read from the form of its report (أجرى X اتصالا
// بـY), when words of the article say who asked for the contact.
func dropInitiator(dr *draft) {
	dr.c.Initiator = nil
	dr.c.Claims = slices.DeleteFunc(dr.c.Claims, func(cl readout.Claim) bool { return cl.Field == readout.ClaimInitiator })
}

// initiatorOf finds who initiated the contact a clause reports:
//   - a cue (بمبادرة من، بناء على طلب، بدعوة من) followed by a person or a state;
//   - a state or person before بادر (فرنسا هي التي بادرت بها);
//   - for a call or a message sent, the subject, when it is one person (أجرى X وY اتصالا
//     names no caller);
//   - for a call or a message received, or an invitation or a message handed over, the
//     party after من.
//
// The cues are read in the whole sentence (التي قالت موسكو إن فرنسا هي التي بادرت بها), the
// subject and object in the clause.
func (d *doc) initiatorOf(c, s span, class string, group, subj []party, at int, own []trigger) (init party, basis string, cue, ok bool) {
	for k := s.from; k < s.to; k++ {
		p := d.match(k)
		if p == nil || !d.isCue(p, "initiated-by") {
			continue
		}
		if at >= 0 && (at < k && d.otherTriggerIn(at+1, k, own) || at > k && d.otherTriggerIn(p.To, at, own)) {
			// (بحث بوتين مع أردوغان في اتصال هاتفي بمبادرة من تركيا: the call is the same contact)
			continue // المحادثات ... بطلب من بيونغ يانغ التي اقترحت الاجتماع ... للقاء: the cue is another contact's
		}
		// (one of the sides: استجابة لدعوة من كيم in a call between Moon and Trump is the
		// invitation of another contact)
		if who, ok := d.sideAt(p.To, s.to, group); ok && slices.ContainsFunc(group, func(g party) bool { return g.country == who.country }) {
			return who, d.original(k, min(p.To+2, s.to)), true, true
		}
	}
	for k := s.from; k < s.to; k++ {
		if t := d.toks[k].Text; t == "بادر" || t == "بادرت" || t == "بادرا" {
			for j := k - 1; j >= max(s.from, k-4); j-- {
				if p := d.match(j); p != nil && (p.Has(ItemCountry) || p.Has(ItemPlace)) {
					return party{country: placeCode(p)}, d.original(j, k+1), true, true
				}
				for _, g := range group {
					if g.m != nil && g.m.to >= j && g.m.to <= k && d.initiativeOf(k, class) {
						return g, d.original(g.m.from, k+1), true, true // محمد بن سلمان هو من بادر بالاتصال
					}
				}
			}
		}
	}
	if a := d.acceptedBy(at, s); class == "invite" && a >= 0 && len(subj) == 1 && len(group) == 2 {
		// قبل ترامب دعوة لمقابلة كيم: the one who accepted was invited; the other asked
		for _, p := range group {
			if p.entity != subj[0].entity && p.m != nil {
				return p, d.original(a, at), false, true
			}
		}
	}
	if class == "invite" || class == "send" {
		for _, p := range group {
			if p.prep == "من" && p.m != nil {
				return p, d.original(p.m.from, p.m.to), false, true // دعوة من نظيره الفرنسي
			}
		}
	}
	if (class == "send" || class == "invite") && len(subj) == 1 && subj[0].m != nil {
		for _, p := range group {
			if p.prep == "" && p.m != nil && p.m.to <= subj[0].m.from && d.handedBy(p.m, subj[0].m) {
				// سلم السيسي الأمير محمد رسالة إلى الملك: the one who handed it over sent it, not
				// the one he handed it to, who carries it on; دعا السيسي الملك لزيارة مصر: the
				// one who invited, not the one invited
				return p, d.original(p.m.from, p.m.to), false, true
			}
		}
	}
	if m := d.callerAfterWithHim(c); m != nil {
		// أكد بوتين، في اتصال هاتفي أجراه معه الرئيس الفرنسي: the one named after معه made it
		for _, p := range group {
			if p.m == m {
				return p, d.original(m.from-2, m.to), false, true
			}
		}
	}
	switch class {
	case "call", "send", "invite":
		if len(subj) == 1 && !subj[0].m.pair && slices.ContainsFunc(group, func(p party) bool { return p.entity == subj[0].entity }) {
			return subj[0], d.original(subj[0].m.from, subj[0].m.to), false, true
		}
		if c := oneState(subj); c != "" && !subj[0].m.pair && slices.ContainsFunc(group, func(p party) bool { return p.country != c }) {
			// بعث الملك سلمان، ونائبه الأمير محمد بن نايف، برقيتين: their state sent them
			return party{country: c}, d.original(subj[0].m.from, subj[len(subj)-1].m.to), false, true
		}
	case "called", "sent":
		for _, p := range group {
			if p.prep == "من" {
				return p, d.original(p.m.from, p.m.to), false, true
			}
		}
		if class == "called" && len(subj) == 1 && len(group) == 2 && slices.ContainsFunc(group, func(p party) bool { return p.entity == subj[0].entity }) {
			// تلقى الملك اتصالين من ملك الأردن، وملك البحرين: one call from each, the second
			// of them named with no من of its own
			for _, p := range group {
				if p.entity != subj[0].entity && p.m != nil {
					return p, d.original(p.m.from, p.m.to), false, true
				}
			}
		}
	}
	if k := d.fromHimAfterReceived(c); k >= 0 && len(subj) == 1 && len(group) == 2 {
		// أكد السيسي لنظيره الأمريكي خلال اتصال تلقاه منه: the other one called
		for _, p := range group {
			if p.entity != subj[0].entity && p.m != nil {
				return p, d.original(k-1, k+1), false, true
			}
		}
	}
	return party{}, "", false, false
}

// oneState returns the state of ps when they are several, all of one state and all named, or "".
func oneState(ps []party) string {
	if len(ps) < 2 {
		return ""
	}
	for _, p := range ps {
		if p.m == nil || p.country == "" || p.country != ps[0].country {
			return ""
		}
	}
	return ps[0].country
}

// callerAfterWithHim returns the person named right after a verb of making with the call as
// its object and معه (أجراه معه الرئيس الفرنسي) in clause c, or nil: the verb's subject, who
// made the call to the one the pronoun stands for.
func (d *doc) callerAfterWithHim(c span) *mention {
	for k := c.from + 1; k+1 < c.to; k++ {
		if w := d.toks[k].Text; (w == "معه" || w == "معها") && madeIt[d.bare(k-1)] {
			return d.mentionStarting(k + 1)
		}
	}
	return nil
}

// madeIt are the forms of أجرى with the call as object pronoun.
var madeIt = map[string]bool{"اجراه": true, "اجرته": true, "اجراها": true}

// fromHimAfterReceived returns the token of منه or منها right after a verb of receiving with its
// object pronoun (تلقاه منه، تلقته منها) in clause c, or -1: the caller is the one named before.
func (d *doc) fromHimAfterReceived(c span) int {
	for k := c.from + 1; k < c.to; k++ {
		if w := d.toks[k].Text; (w == "منه" || w == "منها") && receivedIt[d.bare(k-1)] {
			return k
		}
	}
	return -1
}

// initiativeOf reports whether بادر at k took the initiative of a contact like the one of class:
// of a contact noun after it (بادر بالاتصال), or of an invitation for a contact invited (بادر
// بدوره بدعوته لزيارة روسيا), بدوره or بنفسه aside.
func (d *doc) initiativeOf(k int, class string) bool {
	j := k + 1
	for j < len(d.toks) && (d.toks[j].Text == "بدوره" || d.toks[j].Text == "بنفسه") {
		j++
	}
	p := d.match(j)
	return p != nil && (p.Has(ItemTrigger) || class == "invite" && d.isCue(p, "invite"))
}

// otherTriggerIn reports whether a trigger other than own starts in tokens [from, to).
func (d *doc) otherTriggerIn(from, to int, own []trigger) bool {
	for k := from; k < to; k++ {
		if d.triggerIn(k, k+1) && !slices.ContainsFunc(own, func(t trigger) bool { return k >= t.at && k < t.to }) {
			return true
		}
	}
	return false
}

// sideAt reads the side named right after an initiator cue: a party of the contact, or a state
// by its name, capital, seat or demonym.
func (d *doc) sideAt(j, end int, group []party) (party, bool) {
	whose := j > 0 && d.toks[j-1].Text == "من" || d.wordIn(whoseWords, j, min(end, j+3))
	for k := j; k < end && k < j+3; k++ {
		for _, p := range group {
			if p.m.from == k {
				return p, true
			}
		}
		if p := d.match(k); p != nil && (p.Has(ItemCountry) || p.Has(ItemPlace) || p.Has(ItemDemonym) || p.Has(ItemOrg)) {
			return party{country: placeCode(p)}, true
		}
		for _, m := range d.mentions {
			if m.from == k && len(m.people) == 1 {
				i := m.people[0]
				_, c := d.positionAt(i, d.pub, "", m.country)
				return party{entity: d.x.people[i].ID, country: c}, c != ""
			}
		}
		if w := d.bare(k); w == "الجانب" || w == "الطرف" {
			continue // بناء على طلب الجانب الصيني: the side, then its state
		}
		if !whose && !d.isHonorific(k) && !d.inMention(k) {
			// بطلب مشترك إلى منظمة: a request of another kind, with no من (or وجهتها) to say
			// whose (but تلبية لدعوة كريمة من الملك: an adjective before it)
			return party{}, false
		}
	}
	return party{}, false
}

// whoseWords say whose request or invitation a cue names (بطلب من، بدعوة وجهتها), in their bare
// forms (وجهتها reads جهتها without its و).
var whoseWords = map[string]bool{"من": true, "جهتها": true, "جهها": true}

// attribution returns the state a sentence attributes its report to: the state, capital or seat
// after a verb of saying or بحسب (قالت موسكو، بحسب الإليزيه، أعلن الكرملين), or "".
func (d *doc) attribution(s span) string {
	for k := s.from; k < s.to; k++ {
		p := d.match(k)
		if p == nil || !d.isCue(p, "attribution") {
			continue
		}
		for j := p.To; j < s.to && j < p.To+4; j++ {
			if q := d.match(j); q != nil && (q.Has(ItemCountry) || q.Has(ItemPlace) || q.Has(ItemDemonym)) {
				return placeCode(q)
			}
		}
	}
	return ""
}

// numberWords are the Arabic words for small numbers used in durations.
var numberWords = map[string]int{
	"ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6,
	"سبع": 7, "سبعه": 7, "ثماني": 8, "ثمانيه": 8, "تسع": 9, "تسعه": 9, "عشر": 10, "عشره": 10,
	"عشرين": 20, "ثلاثين": 30, "اربعين": 40, "خمسين": 50, "ربع": 0,
}

// addDuration reads how long the contact lasted: a duration cue (استمر، دام، لمدة) followed by
// an optional qualifier (قرابة، أكثر من) and an amount of hours or minutes. Each reading is
// kept as a claim; the contact's duration is the first one read. A cue right after another
// contact noun is that one's (القمة ستعقد في موعدها بعد محادثات استمرت أكثر من ساعة: the talks
// lasted the hour), not own's.
func (d *doc) addDuration(dr *draft, c span, by string, own []trigger) {
	for k := c.from; k < c.to; k++ {
		p := d.match(k)
		if p == nil {
			continue
		}
		from := p.To
		if p.Clitic == "ل" && (d.isCue(p, "more-than") || d.isCue(p, "approx")) {
			from = k // تحدثا لأكثر من ساعة، لنحو ساعتين: لـ before the qualifier is لمدة
		} else if !d.isCue(p, "duration") {
			continue
		}
		if d.rivalBefore(k, c, own) {
			continue
		}
		// the amount may follow the subject: استمرت المكالمة أكثر من ساعتين
		minutes, end, qual := 0, 0, ""
		for j := from; j < c.to && minutes <= 0; j++ {
			minutes, end, qual = d.amount(j, c.to)
			if minutes <= 0 && (d.toks[j].Kind == Number || numberWords[d.toks[j].Text] > 0) {
				break // a number it cannot read: not "one minute" at the unit after it
			}
		}
		if minutes <= 0 {
			continue
		}
		if dr.c.DurationMinutes == 0 {
			dr.c.DurationMinutes = minutes
		}
		dr.c.AddClaim(readout.Claim{Field: readout.ClaimDuration, Value: strconv.Itoa(minutes), Qualifier: qual, By: by, Basis: d.original(k, end), Documents: []string{d.d.ID}})
		return
	}
}

// rivalBefore reports whether the trigger nearest before token k in clause c is none of own
// but an indefinite contact noun after بعد، عقب or قبل, another contact (بعد محادثات استمرت
// ساعة), and not one told again (الاجتماع الذي استغرق ساعتين).
func (d *doc) rivalBefore(k int, c span, own []trigger) bool {
	if own == nil {
		return false
	}
	for j := k - 1; j >= c.from; j-- {
		p := d.match(j)
		if p == nil || p.From != j {
			continue
		}
		it, ok := p.Item(ItemTrigger)
		if !ok || d.adverb(j, p) {
			continue // (تحدثا هاتفيا لأكثر من ساعة: the adverb of the verb before)
		}
		if triggerAt(own, j) {
			return false
		}
		// (one after بعد، عقب، قبل: another contact, before or after; في محادثات استمرت 40 دقيقة
		// اجتمع ترامب وكيم frames the meeting itself)
		w := ""
		if j > 0 {
			w = d.bare(j - 1)
		}
		return d.x.lx.Triggers[it.Ref].Class == "event" && !strings.HasPrefix(d.toks[j].Text, "ال") &&
			(sequenceWords[w] || w == "قبل" || w == "قبيل")
	}
	return false
}

// amount reads a duration at token j: [qualifier] (ساعة | ساعتين | نصف ساعة | N ساعات |
// N دقيقة) [ونصف], returning minutes, the token after it and the qualifier ("about", "more
// than" or ""), or 0.
func (d *doc) amount(j, end int) (int, int, string) {
	qual := ""
	if p := d.match(j); p != nil && d.isCue(p, "approx") {
		j, qual = p.To, "about"
	} else if p != nil && d.isCue(p, "more-than") {
		j, qual = p.To, "more than"
	}
	if qual != "" && j < end && d.toks[j].Text == "الساعه" && (j+1 >= end || d.toks[j+1].Kind != Number && !strings.HasPrefix(d.toks[j+1].Text, "ال")) {
		return 60, j + 1, qual // دام قرابة الساعة: an hour (but حتى الساعة الخامسة is the clock)
	}
	minutes, k := d.minutes(j, end)
	return minutes, k, qual
}

// minutes reads an amount of time at token j (see amount).
func (d *doc) minutes(j, end int) (int, int) {
	if j >= end {
		return 0, j
	}
	n, counted := 1, false
	if d.toks[j].Kind == Number {
		n, j, counted = d.num(j), j+1, true
	} else if v, ok := numberWords[d.toks[j].Text]; ok && v > 0 {
		n, j, counted = v, j+1, true
		if w, ok := strings.CutPrefix(d.toks[min(j, end-1)].Text, "و"); ok && j < end && numberWords[w] >= 20 {
			n, j = n+numberWords[w], j+1 // خمس وأربعين دقيقة
		}
	} else if d.toks[j].Text == "ربع" && j+1 < end {
		if p := d.match(j + 1); p != nil && d.isCue(p, "hour") {
			return 15, p.To
		}
	}
	p := d.match(j)
	if j >= end || p == nil {
		return 0, j
	}
	if !counted && (d.toks[j].Text == "ساعات" || d.toks[j].Text == "دقايق") {
		return 0, j // عدة ساعات، لساعات: hours, but how many the text does not say
	}
	minutes := 0
	switch {
	case d.isCue(p, "two-hours"):
		minutes = 120
	case d.isCue(p, "half-hour"):
		minutes = 30
	case d.isCue(p, "hour"):
		minutes = 60 * n
	case d.isCue(p, "minute"):
		minutes = n
		if d.toks[j].Text == "دقيقتين" {
			minutes = 2
		}
	default:
		return 0, j
	}
	j = p.To
	if j < end && (d.toks[j].Text == "ونصف" || d.toks[j].Text == "والنصف") {
		minutes += 30
		j++
	}
	return minutes, j
}

// addTopics adds the topics whose keywords the clause holds, each also as a claim of the side
// the sentence attributes it to (by), so that what the Kremlin and the Elysée each said the
// call was about stays apart.
func (d *doc) addTopics(dr *draft, c span, by string) {
	for k := c.from; k < c.to; k++ {
		if p := d.match(k); p != nil {
			for _, it := range p.Items {
				if it.Kind != ItemTopic {
					continue
				}
				id := d.x.lx.Topics[it.Ref].ID
				if !slices.Contains(dr.c.Topics, id) {
					dr.c.Topics = append(dr.c.Topics, id)
				}
				if by != "" {
					dr.c.AddClaim(readout.Claim{Field: readout.ClaimTopic, Value: id, By: by, Basis: d.original(p.From, p.To), Documents: []string{d.d.ID}})
				}
			}
		}
	}
	slices.Sort(dr.c.Topics)
}

// handedBy reports whether a verb of handing or inviting has a as its subject and b as its
// object: right before a (سلم السيسي الأمير محمد رسالة، دعا السيسي الملك لزيارة) or between the
// two, right before b (السيسي سلم الأمير محمد رسالة). A verb of sending has its subject after
// it (السيسي من جهته، بعث الأمير محمد برقية: the prince sent it).
func (d *doc) handedBy(a, b *mention) bool {
	verb := func(k int) bool { return k >= 0 && (handVerbs[d.bare(k)] || d.inviteWordAt(k)) }
	return verb(a.from-1) || b.from-1 >= a.to && verb(b.from-1)
}
