package loader

import "strings"

// Relative clauses: what a clause opened by الذي، التي after a person or a contact noun says of
// the contact around it.

// aboutPerson reports whether the verb at i opens a relative clause whose antecedent is a
// person (ليبرمان الذي يزور موسكو), not a contact (المكالمة التي جمعت).
func (d *doc) aboutPerson(i int) bool {
	if i < 2 || !relativePronouns[d.toks[i-1].Text] {
		return false
	}
	for _, m := range d.mentions {
		if m.to == i-1 || m.to == i-2 && d.toks[i-2].Text == "," {
			return true
		}
	}
	return false
}

// relativeVerbAfter returns the tense and token of a verb that holds a contact (تعقد، جرت،
// تجمع) in a relative clause right after token j (القمة التي ستعقد، اللقاء الآخر الذي
// سيجمعه), or "" and -1.
func (d *doc) relativeVerbAfter(j int) (string, int) {
	if j+1 < len(d.toks) && strings.HasPrefix(d.toks[j].Text, "ال") && !relativePronouns[d.toks[j].Text] && !d.inMention(j) && !d.triggerIn(j, j+1) {
		j++ // one adjective between (القمة الأخيرة التي عقدها)
	}
	if j < len(d.toks) && d.toks[j].Text == "بين" {
		// للقمة بين الرئيسين التي عقدت الاثنين: the people of the noun between
		for j++; j < len(d.toks) && d.inMention(j); j++ {
		}
	} else if j < len(d.toks) && d.inMention(j) {
		// لقاء بوتين - الأسد الذي عقد منذ أيام: its people in the genitive, joined by a dash
		for ; j < len(d.toks) && (d.inMention(j) || d.toks[j].Text == "-"); j++ {
		}
	}
	if j+1 >= len(d.toks) || !relativePronouns[d.toks[j].Text] {
		return "", -1
	}
	// the verbs of gathering are light verbs too (see status.go)
	if tense := lightVerbs[d.toks[j+1].Text]; tense != "" {
		return tense, j + 1
	}
	if aspectPast[d.toks[j+1].Text] {
		return "past", j + 1 // المباحثات التي بدأت الخميس: they are under way
	}
	return "", -1
}

// aspectPast are verbs in the past that say a contact began, went on or ended.
var aspectPast = map[string]bool{
	"بدات": true, "بدا": true, "انطلقت": true, "انطلق": true, "استمرت": true, "استمر": true,
	"دامت": true, "دام": true, "انتهت": true, "انتهي": true, "اختتمت": true, "اختتم": true,
}

// ownPeopleAfter reports whether a trigger noun ending before token j names its own people in
// a relative clause of the present or future (خلال القمة التي تعقد بين ترامب وبوتين): it is a
// contact to come, not one reported before; or of the past, with بين after its time and place
// (خلال اللقاء الذي جرى اليوم في موسكو بين لافروف وتيلرسون): it is reported here. (After a past one, بعد اللقاء الذي جمعه بنظيره,
// the noun still dates what followed it; the verb of gathering reports the contact.)
func (d *doc) ownPeopleAfter(j int) bool {
	tense, v := d.relativeVerbAfter(j)
	if tense == "past" {
		// خلال اللقاء الذي جرى في وقت سابق من اليوم في موسكو بين لافروف وتيلرسون: its people,
		// after its time and place
		for k := v + 1; k+1 < len(d.toks) && k <= v+10 && d.toks[k].Kind != Punct; k++ {
			if d.toks[k].Text == "بين" && d.inMention(k+1) {
				return true
			}
		}
		return false
	}
	if tense != "present" && tense != "future" {
		return false
	}
	for k := v + 1; k < len(d.toks) && k <= v+3; k++ {
		if w := d.toks[k].Text; w == "بين" || w == "مع" || d.inMention(k) {
			return true
		}
		if d.toks[k].Kind == Punct {
			return false
		}
	}
	return false
}

// futurePredicate reports whether a verb of holding in the future is the predicate of the contact
// noun ending before token j, after its people (القمة التاريخية بين ترامب وكيم ستعقد في
// سنغافورة): the contact is yet to happen.
func (d *doc) futurePredicate(j int, c span) bool {
	for k, words := j, 0; k < c.to && words < 6; k++ {
		t := d.toks[k]
		if d.inMention(k) || t.Text == "," || t.Text == "بين" {
			continue
		}
		if lightVerbs[d.bare(k)] == "future" {
			return true
		}
		if d.bare(k) == "قد" && k+1 < c.to && lightVerbs[d.bare(k+1)] == "present" {
			return true // أن اجتماعا مع كيم قد يعقد خلال الأسابيع المقبلة: it may be held
		}
		if t.Kind == Punct || d.triggerIn(k, k+1) || relativePronouns[t.Text] {
			return false
		}
		words++
	}
	return false
}
