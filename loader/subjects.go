package loader

import "strings"

// Subjects left out or unnamed: a contact noun whose owner the clause does not name, a group no
// one names, a contact done by means of another act.

// byMeans reports whether a contact noun carries بـ (يبدأ جولته بلقاء الرئيس): what its
// subject does, whose genitive is the one met.
func (d *doc) byMeans(t trigger) bool {
	p := d.match(t.at)
	return t.class == "event" && p != nil && strings.TrimPrefix(p.Clitic, "و") == "ب"
}

// frameWords may stand between a clause's verb and a possessive contact noun: وشدد خلال لقائه،
// جاء ذلك خلال لقائه.
var frameWords = map[string]bool{
	"معاليه": true, "سموه": true, "فخامته": true, "جلالته": true, "سيادته": true, "دولته": true,
	"للصحفيين": true, "للصحافيين": true, "ذلك": true, "خلال": true, "اثناء": true, "اثر": true,
	"عقب": true, "بعد": true, "لدي": true, "في": true, "علي": true, ",": true,
}

// ownerUnnamed reports whether a possessive contact noun (لقائه) has its owner unnamed in its
// clause: the clause opens on a verb whose subject the sentence before named, only words of
// framing stand between, and the one person named after the noun, close to it, is the one met.
// (In وبعد لقائه ماتاريلا، كرر سالفيني the owner is named after; in وعبر المسؤول الأوروبي خلال
// لقائه he is named before, if unknown.)
func (d *doc) ownerUnnamed(c span, t trigger, cs []chain, sc *chain) bool {
	if !d.possessive(t) || sc.from < t.to || sc.from-t.to > 3 || sc != &cs[len(cs)-1] {
		return false
	}
	for k := c.from + 1; k < t.at; k++ {
		if !frameWords[d.bare(k)] {
			return false
		}
	}
	return t.at > c.from && !frameWords[d.bare(c.from)]
}

// headedBy introduce the head of a delegation or a side: وفد برئاسة الوزير، يترأسه.
var headedBy = map[string]bool{"برياسه": true, "يتراسه": true, "يراسه": true, "براسه": true}

// unnamedBodies are nouns of groups of people who act together without a name: a verb's subject
// right after it (التقى الوفد، اجتمع المسؤولون).
var unnamedBodies = map[string]bool{
	"الوفد": true, "وفد": true, "الوفدان": true, "الوفدين": true, "المسوولون": true, "مسوولون": true,
	"مسوولين": true, "المسوولين": true, "ممثلون": true, "ممثلين": true, "وفود": true, "خبراء": true,
	"المفاوضون": true, "الدبلوماسيون": true, "المبعوثون": true, "الخبراء": true, "المعارضه": true,
	"قوه": true, "القوه": true, "قوات": true, "القوات": true, // من المقرر أن تلتقي قوة يقودها العميد مع قوة أخرى
}

// unnamedSubjectAt reports whether a verb trigger has for subject, right after it, a group no
// one names, led by no one named either (not الوفد برئاسة الوزير ...).
func (d *doc) unnamedSubjectAt(t trigger) bool {
	if t.class == "event" || t.to >= len(d.toks) || !unnamedBodies[d.bare(t.to)] {
		return false
	}
	for k := t.to + 1; k < len(d.toks) && k <= t.to+4; k++ {
		if d.wordIn(headedBy, k, k+1) {
			return false
		}
	}
	return true
}

// unnamedSubjectBefore reports whether a verb trigger in the plural or dual (التقوا، اجتمعا) has
// for subject a group no one names, a few words before it with no one named between
// (دبلوماسيين رفيعي المستوى من البلدين التقوا الاثنين): those it names further on are not its
// sides.
func (d *doc) unnamedSubjectBefore(t trigger) bool {
	// (a verb of the dual or the plural, التقيا، اجتمعوا; not one with an object pronoun, التقاها)
	if w := d.bare(t.at); t.class == "event" || !strings.HasSuffix(w, "ا") || strings.HasSuffix(w, "ها") {
		return false
	}
	for k := t.at - 1; k >= 0 && k >= t.at-5; k-- {
		if d.toks[k].Kind == Punct || d.inMention(k) {
			return false
		}
		if w := d.bare(k); unnamedBodies[w] || unnamedSides[w] || unnamedGroups[w] {
			return true
		}
	}
	return false
}

// untitledSubjectAfter reports whether a verb whose object is a pronoun has for subject, right
// after it, a title that names no one (حيث يلتقيه رئيس بلدية القدس): the one met is the
// pronoun's, the one who meets him unnamed, whoever is named before.
func (d *doc) untitledSubjectAfter(t trigger) bool {
	if t.class == "event" || t.gather || t.to != t.at+1 || t.to >= len(d.toks) || d.inMention(t.to) {
		return false
	}
	if w := d.original(t.at, t.to); !strings.HasSuffix(w, "ه") && !strings.HasSuffix(w, "ها") {
		return false
	}
	p := d.match(t.to)
	if p == nil && d.nameWord(t.to) && !connectors[d.toks[t.to].Text] && (d.nameStart(t.to) || d.nisbaAt(t.to)) {
		return true // مكالمة أجراها المري مع الأمير: one the gazetteer does not know made it
	}
	return p != nil && d.isOffice(p) && p.Clitic == ""
}
