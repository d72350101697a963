package loader

// Other senses: words that spell a trigger but name no contact where they stand (هاتفه the
// telephone, not "phoned him"; التقيا على ضرورة, agreeing, not meeting).

// agreedOn are what two may meet on in the sense of agreeing (التقيا على ضرورة، تلتقي الدولتان
// على أهمية): not على هامش, على مأدبة, على انفراد, which tell a meeting.
var agreedOn = map[string]bool{
	"ضروره": true, "اهميه": true, "رفض": true, "دعم": true, "موقف": true, "هدف": true, "قواسم": true,
	"الموقف": true, "الهدف": true, "مواقف": true, "راي": true, "الراي": true, "رويه": true, "الرويه": true,
}

// phoneDevice reports whether the word هاتف at i (the verb "phoned" in هاتف الرئيس نظيره) is
// the noun, the telephone: after a preposition or a verb that governs it (عن هاتفه، يستخدم
// هاتف), or before what tells its make or kind (كان هاتفه من طراز آيفون، هاتفه الخاص). After
// كان alone it is the verb in the pluperfect: وكان هاتف الرئيس نظيره.
func (d *doc) phoneDevice(i int) bool {
	if i > 0 {
		prev := d.bare(i - 1)
		if prepositions[prev] || deviceGovernors[prev] {
			return true
		}
	}
	if i+1 < len(d.toks) {
		next := d.bare(i + 1)
		if deviceWords[next] || next == "من" && i+2 < len(d.toks) && deviceWords[d.bare(i+2)] {
			return true
		}
	}
	return false
}

// deviceGovernors are verbs and nouns before which هاتف is the device: يستخدم هاتف، رقم هاتف.
var deviceGovernors = map[string]bool{
	"يستخدم": true, "تستخدم": true, "استخدم": true, "استخدام": true, "يحمل": true,
	"حمل": true, "رقم": true, "شاشه": true, "اغلق": true, "اغلاق": true, "صادر": true, "مصادره": true, "سرقه": true,
}

// deviceWords tell the make or kind of a telephone: هاتف آيفون، هاتف من نوع، هاتف محمول.
var deviceWords = map[string]bool{
	"ايفون": true, "سامسونغ": true, "سامسونج": true, "نوع": true, "طراز": true, "محمول": true, "نقال": true,
	"ذكي": true, "المحمول": true, "النقال": true, "الذكي": true, "جوال": true, "الجوال": true, "الخاص": true,
}
