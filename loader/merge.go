package loader

import (
	"slices"

	"readout"
)

// mergeDrafts merges the reports of one contact within an article: the same people, compatible
// modes, the same status and dates that can be the same time. The merged date is the narrowest
// the reports allow together; sources, topics and claims are pooled.
//
// Dated reports are merged first, the main ones before the background ones, so that an undated
// report (a headline) joins the contact the article is about rather than one it recalls.
func mergeDrafts(drafts []*draft) []*draft {
	order := make([]*draft, 0, len(drafts))
	for _, pass := range []func(*draft) bool{
		func(dr *draft) bool { return !dr.bg && dr.c.Date.IsKnown() },
		func(dr *draft) bool { return dr.bg && dr.c.Date.IsKnown() },
		func(dr *draft) bool { return !dr.bg && !dr.c.Date.IsKnown() },
		func(dr *draft) bool { return dr.bg && !dr.c.Date.IsKnown() },
	} {
		for _, dr := range drafts {
			if pass(dr) {
				order = append(order, dr)
			}
		}
	}
	var out []*draft
	for _, dr := range order {
		if o := firstSame(out, dr); o != nil {
			absorb(o, dr)
		} else {
			out = append(out, dr)
		}
	}
	slices.SortStableFunc(out, func(a, b *draft) int { return a.sentence - b.sentence })
	return out
}

// firstSame returns the first merged contact that dr can be a report of, preferring a main
// contact to a background one.
func firstSame(out []*draft, dr *draft) *draft {
	var bg *draft
	for _, o := range out {
		if before(o, dr) || before(dr, o) {
			continue // في أول لقاء بينهما منذ يوليو 2018: the contact is not the earlier one it counts from
		}
		if main := mainOf(o, dr); main != nil && main.told && !(o.c.Date.IsExact() && dr.c.Date.IsExact()) {
			// التقى ترامب بوتين في هلسنكي. وكان الرئيسان قد التقيا آخر مرة في يوليو: an earlier
			// contact than the one told, unless on the same day (but خلال استضافة ميركل names
			// again the one recalled)
			continue
		}
		if sameContact(&o.c, &dr.c) || (o.named || dr.named) && o.c.GroupKey() == dr.c.GroupKey() && o.c.Mode.Compatible(dr.c.Mode) ||
			aimHeld(o, dr) || aimHeld(dr, o) {
			if !o.bg {
				return o
			}
			if bg == nil {
				bg = o
			}
		}
	}
	return bg
}

// mainOf returns, of a contact in the background and one not, the one not; nil when both or
// neither are.
func mainOf(a, b *draft) *draft {
	switch {
	case a.bg && !b.bg:
		return b
	case b.bg && !a.bg:
		return a
	}
	return nil
}

// before reports whether background contact b is the earlier one contact a is the first since.
func before(a, b *draft) bool {
	if a.c.FirstSince == nil || !b.bg {
		return false
	}
	_, ok := a.c.FirstSince.Intersect(b.c.Date)
	return ok
}

// sameContact reports whether two reports of one article can be of one contact. A denial
// and a report of the contact it denies are one (نفى الكرملين أن يكون ... بعد تقرير أفاد بأن
// الرجلين تحدثا الخميس): the article's contact is denied.
func sameContact(a, b *readout.Contact) bool {
	if a.GroupKey() != b.GroupKey() || !compatibleStatus(a.Status, b.Status) || !a.Mode.Compatible(b.Mode) {
		return false
	}
	_, ok := a.Date.Intersect(b.Date)
	return ok
}

// aimHeld reports whether a is planned only as the aim of an act and b tells the same people's
// contact as held on a day a allows, or with no day when the act was a journey already made.
func aimHeld(a, b *draft) bool {
	if !a.purpose || b.c.Status != readout.Occurred || a.c.GroupKey() != b.c.GroupKey() || !a.c.Mode.Compatible(b.c.Mode) {
		return false
	}
	if !b.c.Date.IsKnown() {
		return a.arrived // وصل نتانياهو إلى موسكو لإجراء محادثات ... خلال اجتماع في موسكو
	}
	_, ok := a.c.Date.Intersect(b.c.Date)
	return ok
}

func compatibleStatus(a, b readout.Status) bool {
	return a == b || a != readout.Planned && b != readout.Planned
}

// absorb merges report b into contact a.
func absorb(a, b *draft) {
	switch {
	case b.c.Status == readout.Denied:
		a.c.Status = readout.Denied
	case a.named && !b.named:
		a.c.Status = b.c.Status // the contact only named is the one told
	case a.purpose && b.c.Status == readout.Occurred:
		a.c.Status = readout.Occurred // the aim was met
	}
	a.purpose = a.purpose && b.purpose
	a.named = a.named && b.named
	if d, ok := a.c.Date.Intersect(b.c.Date); ok {
		a.c.Date = d
	}
	if b.c.Mode.Rank() > a.c.Mode.Rank() {
		a.c.Mode = b.c.Mode
	}
	for _, s := range b.c.Sources {
		a.c.Sources = addSource(a.c.Sources, s)
	}
	for _, t := range b.c.Topics {
		if !slices.Contains(a.c.Topics, t) {
			a.c.Topics = append(a.c.Topics, t)
		}
	}
	slices.Sort(a.c.Topics)
	if b.initCue && !a.initCue {
		dropInitiator(a)
		a.initCue = true
	}
	for _, cl := range b.c.Claims {
		if cl.Field == readout.ClaimInitiator && a.initCue && !b.initCue {
			continue // (the form of b's report says less than a's words about who asked)
		}
		a.c.AddClaim(cl)
	}
	if a.c.Initiator == nil && (b.initCue || !a.initCue) {
		a.c.Initiator = b.c.Initiator
	}
	if a.c.DurationMinutes == 0 {
		a.c.DurationMinutes = b.c.DurationMinutes
	}
	if a.c.FirstSince == nil {
		a.c.FirstSince = b.c.FirstSince
	}
}

// result turns the merged drafts into contacts and the entities they involve. A contact the
// text gives no time for is dated by what the publication allows: on or before it, or, when
// planned, on or after it; one told as done ends by publication.
func (d *doc) result(drafts []*draft) Result {
	var r Result
	index := map[string]int{}
	for _, dr := range drafts {
		c := dr.c
		if !c.Date.IsKnown() && !d.pub.IsZero() {
			if c.Status == readout.Planned {
				c.Date = readout.Date{Start: d.pub, Granularity: readout.Range}
			} else {
				c.Date = readout.Date{End: d.pub, Granularity: readout.Range}
			}
		} else if c.Status == readout.Occurred && c.Date.End.IsZero() && !c.Date.Start.IsZero() && !d.pub.IsZero() {
			// an aim met (وصل الأربعاء لإجراء محادثات ... خلال اجتماع): from the journey's day
			// to publication, nothing told as done coming after it
			if in, ok := c.Date.Intersect(readout.Date{End: d.pub, Granularity: readout.Range}); ok {
				c.Date = in
			}
		}
		r.Contacts = append(r.Contacts, c)
		for _, p := range dr.parties {
			e := d.entity(p)
			if i, ok := index[e.ID]; ok {
				r.Entities[i].AddNames(e.Names...)
				continue
			}
			index[e.ID] = len(r.Entities)
			r.Entities = append(r.Entities, e)
		}
	}
	return r
}

// addSource adds a source unless the same evidence from the same document is there already (a
// headline repeated on the page is one source).
func addSource(srcs []readout.Source, s readout.Source) []readout.Source {
	for _, o := range srcs {
		if o.Document == s.Document && o.Evidence == s.Evidence {
			return srcs
		}
	}
	return append(srcs, s)
}
