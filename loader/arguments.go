package loader

import (
	"slices"
	"strings"
	"time"

	"readout"
)

// toPlaceAt reports whether إلى and a state, capital or place stand at token k (إلى بريطانيا),
// or such a place with لـ (للإمارات).
func (d *doc) toPlaceAt(k int) bool {
	if k >= len(d.toks) {
		return false
	}
	if d.bare(k) == "الي" {
		k++
	} else if p := d.match(k); p == nil || p.Clitic != "ل" {
		return false // (للإمارات: لـ on the place itself)
	}
	p := d.match(k)
	return p != nil && (p.Has(ItemCountry) || p.Has(ItemPlace)) && !p.Has(ItemPerson)
}

// visitOfUnnamed reports whether the word at k names the visit's makers as a body no one names
// (زيارة لوفد، زيارة وفد): لـ or nothing before one of unnamedBodies.
func (d *doc) visitOfUnnamed(k int) bool {
	if k >= len(d.toks) || d.inMention(k) {
		return false
	}
	w := d.bare(k)
	return unnamedBodies[w] || unnamedBodies[strings.TrimPrefix(w, "ل")] || unnamedBodies["ال"+strings.TrimPrefix(w, "لل")]
}

// nobody reports whether a mention is a bare title with no name and no state (الرئيس، وزير
// الدفاع) that points back to no one: it names no one and takes no slot.
func (d *doc) nobody(m *mention) bool {
	if m.nameFrom != m.nameTo || m.country != "" || m.counterpart || m.pair || m.pronoun || m.latter {
		return false
	}
	_, ok := d.antecedent(m, d.pub)
	return !ok
}

func (d *doc) isSpokesperson(m *mention) bool {
	return m.office >= 0 && d.x.lx.Offices[m.office].Role == "spokesperson"
}

// slots finds the two sides of the contact a trigger reports:
//   - the subject: the nearest chain before the trigger with no preposition (X التقى، قال X في
//     اتصال), or else the first such chain after it (التقى X، مكالمة X مع Y);
//   - the object: the first other chain after the trigger and the subject (مع Y، بـ Y, or a
//     direct object: استقبل X Y), or else the nearest chain before the trigger with a
//     preposition (قال X لـ Y في اتصال هاتفي).
//
// Other people in the clause are not parties. outer is the subject of the clause before, which
// a clause after أن may take as its own (قبل أن يلتقي Y: the subject is the one who meets).
func (d *doc) slots(cs []chain, t trigger, outer *chain) (subj, obj *chain) {
	if outer != nil && d.quotedOtherPerson(t, outer) {
		// قال X "... والقنصل على اتصال دائم، والتقى مؤخرا المقداد": one quoted speaks of
		// himself in the first person; a verb of the third is about someone else
		outer = nil
	}
	if pair := d.dualPair(cs, t); pair != nil {
		return pair, nil
	}
	if v := d.chairedAt(t); v >= 0 {
		// جلسة مباحثات ترأسها من الجانب المصري الرئيس السيسي ومن الجانب الإماراتي الشيخ محمد
		// بن زايد: those who chaired it for each side are its sides
		for i := range cs {
			if cs[i].from > v && i+1 < len(cs) {
				return &cs[i], &cs[i+1]
			}
		}
	}
	if t.mode == readout.Visit && t.class == "event" && d.visitOfUnnamed(t.to) {
		return nil, nil // تنظيم زيارة لوفد من رجال الأعمال إلى طهران: the visitors are no one named
	}
	if t.mode == readout.Visit && t.class == "event" {
		// نرى اللافتات المعادية لزيارة أمير قطر إلى بريطانيا: the visitor and a country; whoever
		// speaks of the visit is no side of it
		for i := range cs {
			if cs[i].from >= t.to && cs[i].from <= t.to+2 && (cs[i].prep == "" || cs[i].prep == "ل") && d.toPlaceAt(cs[i].to) {
				return &cs[i], nil // (وصف قرقاش الزيارة التاريخية للرئيس الصيني للإمارات)
			}
		}
	}
	if q := d.firstPersonQuoted(t); q >= 0 {
		// قال "لقد التقيت صباح اليوم وزير التجارة الأميركي": the one who speaks met, and the one
		// named after the verb is whom he met
		speaker := outer
		for i := range cs {
			if cs[i].to <= q && cs[i].prep == "" {
				speaker = &cs[i] // قال هولاند "التقيت ...": named in the clause, before the quotation
			}
		}
		for i := range cs {
			if cs[i].from >= t.to {
				return speaker, &cs[i]
			}
		}
		return speaker, nil
	}
	if called, by := d.calledTo(cs, t); called != nil {
		return by, called // دعا الأمين العام وزراء الخارجية إلى القاهرة لمباحثات: talks with the one who called them
	}
	if by, to := d.invitationFrom(cs, t); by != nil {
		return by, to
	}
	// people after the next trigger are its own: زيارة لافروف قبيل قمة بين ترمب وكيم
	if limit := d.nextTrigger(t.to); limit >= 0 {
		// (but a visit is made to a place, not with someone: اجتمع X، في إطار الزيارة التي
		// يقوم بها إلى إسبانيا، مع نظيره: the one met is the verb's)
		visitBetween := (t.class == "meet" || t.class == "talk") && d.visitIn(limit, limit+1)
		for i := range cs {
			if cs[i].from >= limit && !(visitBetween && cs[i].prep == "مع") {
				cs = cs[:i]
				break
			}
		}
	}
	// بين X و Y right after the trigger names both sides
	for i := range cs {
		if cs[i].from >= t.to {
			if cs[i].prep == "بين" && cs[i].many() && !d.wordIn(topicPrepositions, t.to, cs[i].from) {
				return &cs[i], nil // بين X و Y، بينهما
			}
			if cs[i].prep == "بين" && t.class == "event" && cs[i].from-t.to <= 3 && d.unnamedAfter(cs[i].to) {
				// اجتماع الأربعاء بين بومبيو ومسؤول كوري شمالي كبير: the other side is unnamed,
				// not someone named before the noun
				return &cs[i], nil
			}
			break
		}
	}
	if d.statesBetweenAfter(t) && !slices.ContainsFunc(cs, func(c chain) bool {
		return c.to <= t.at && c.prep == "" || c.from >= t.to && (c.prep == "مع" || c.prep == "ب")
	}) {
		// «ستقدم الخطة إلى الأمين العام بعد استكمال مناقشات مفصلة بين طهران ودمشق»: the
		// sides are states, whom no subject of the clause (تعهد مون وكيم ... في أول قمة بين
		// الكوريتين) or person after مع (قمة بين الكوريتين مع الرئيس الكوري الشمالي) names
		return nil, nil
	}
	if h := d.headsAfterBetween(t); h >= 0 {
		// محادثات بين الوفدين الأمريكي والروسي برئاسة روبيو ولافروف: the heads of the two sides
		for i := range cs {
			if cs[i].from == h && cs[i].many() {
				return &cs[i], nil
			}
		}
	}
	if g := d.gatheringAfter(t.at); t.class == "event" && g >= 0 && gatherVerbs[d.toks[g].Text] && !gatherObject(d.toks[g].Text) {
		// في اتصال هاتفي جمع الرئيسين، لقاء جمعت الملك بالرئيس: the verb names the noun's
		// people after it, whoever the clause's subject is
		for i := range cs {
			// (a title the lexicon does not know may open the first: ضم رئيس حكومة الوفاق فايز
			// السراج والمشير خليفة حفتر)
			if (cs[i].from == g+1 || cs[i].from > g+1 && cs[i].from <= g+4 && !d.punctIn(g, cs[i].from)) && cs[i].prep == "" && cs[i].many() {
				return &cs[i], d.hostOf(cs, t) // (استضاف ماكرون اجتماعا ضم ...: and the host)
			}
			if cs[i].from == g+1 && cs[i].prep == "" && i+1 < len(cs) && cs[i+1].from == cs[i].to && (cs[i+1].prep == "ب" || cs[i+1].prep == "مع") {
				return &cs[i], &cs[i+1]
			}
		}
	}
	if g := d.greetingBefore(t); g >= 0 {
		// هنأ الملك محمد السادس الرئيس التونسي قيس سعيد في برقية: the verb's subject sent the
		// message, its object is whom it was sent to
		var between []int
		for i := range cs {
			if cs[i].from > g && cs[i].to <= t.at && cs[i].prep == "" {
				between = append(between, i)
			}
		}
		if len(between) == 2 {
			return &cs[between[0]], &cs[between[1]]
		}
	}
	if t.class == "event" && d.unnamedBetween(cs, t) {
		// لقاء مهم في مكتبي بين شخصيتين مهمتين: sides the gazetteer cannot name, and no one
		// named before
		return nil, nil
	}
	if d.untitledSubjectAfter(t) {
		return nil, nil
	}
	if t.relative > 0 {
		// ظريف اجتمع بغوتيريش الذي أجرى مؤخرا اجتماعا مع ولي العهد: Guterres met him
		for i := range cs {
			if end := cs[i].to; end == t.relative || end == t.relative-1 && d.toks[end].Text == "," {
				subj = &cs[i]
				for j := i + 1; j < len(cs); j++ {
					if cs[j].from >= t.to && subj.many() && d.punctIn(t.to, cs[j].from) {
						return subj, nil // الوزيرين اللذين التقيا الجمعة، ... أعلن فيه ترامب: they met each other
					}
					if cs[j].from >= t.to {
						return subj, &cs[j]
					}
				}
				return subj, nil
			}
		}
	}
	if k := d.relativeDoer(t); k >= 0 {
		// اللقاءات التي أجراها كوفي أنان في سوريا، الزيارة الأولى التي يقوم بها وزير الخارجية
		// السوري: the one who held or makes it is named after the verb, whoever the clause spoke
		// of before; the one he held it with may follow (مع، بـ)
		for i := range cs {
			if cs[i].from == k && cs[i].prep == "" {
				if i+1 < len(cs) && (cs[i+1].prep == "مع" || cs[i+1].prep == "ب") {
					return &cs[i], &cs[i+1]
				}
				return &cs[i], nil
			}
		}
	}
	if v := d.visitorOfRelative(cs, t); v != nil {
		// الزعيم الكوري الذي قام بزيارة إلى بكين التقى خلالها الرئيس الصيني: the visitor met
		for j := range cs {
			if cs[j].from >= t.to {
				return v, &cs[j]
			}
		}
		return v, nil
	}
	if t.gather {
		// القمة التي تجمع الرئيس الأمريكي بالزعيم الكوري: the first chain after the verb is
		// its subject, whoever the clause's subject is; the next one its object
		for i := range cs {
			if cs[i].from >= t.to && cs[i].prep == "" {
				if i+1 < len(cs) {
					return &cs[i], &cs[i+1]
				}
				return &cs[i], nil
			}
		}
		if si := d.sentenceOf(t.at); si >= 0 && d.gatheredNoun(t.at, d.sents[si].from) < 0 {
			// مباراة جمعت بين ألمانيا وتركيا: with no contact noun before it and no one after it,
			// the verb gathers something else, and whoever is named before is not its party
			return nil, nil
		}
	}
	for i := range cs {
		// قبل لقاء المستشارة ميركل والرئيس ماكرون: the genitive names both sides
		if t.genitive && (!t.purpose || i == 0 || d.dashJoined(&cs[i])) && cs[i].from == t.to && cs[i].prep == "" && len(cs[i].ms) >= 2 {
			// (but وصل بومبيو للقاء الملك وولي العهد: the genitive of a purpose after its subject
			// is whom he meets, unless a dash joins its people: للتحضير لقمة ترمب-كيم)
			return &cs[i], nil
		}
	}
	for i := range cs {
		// لقاء الملك عبد العزيز بالرئيس روزفلت: a noun with its own genitive and object names
		// both sides, whoever the clause's subject is
		if t.class == "event" && !t.purpose && !d.possessive(t) && cs[i].from == t.to && cs[i].prep == "" &&
			i+1 < len(cs) && cs[i+1].from-cs[i].to <= 1 && (cs[i+1].prep == "ب" || cs[i+1].prep == "مع") {
			return &cs[i], &cs[i+1]
		}
	}
	if t.class == "receive" && receptionNouns[d.bare(t.at)] && t.at > 0 && hostTimeWords[d.bare(t.at-1)] {
		// إثر استضافة الرئيس الفرنسي لوفد قسد، استقبال الملك للرئيس: with لـ after it, the
		// noun's genitive is the host, the one after لـ the guest, and whoever is named before
		// it no party
		for i := range cs {
			if cs[i].from != t.to || cs[i].prep != "" || cs[i].to >= len(d.toks) {
				continue
			}
			if w, ok := strings.CutPrefix(d.toks[cs[i].to].Text, "ل"); !ok || !unnamedGroups[w] && !(i+1 < len(cs) && cs[i+1].from == cs[i].to) {
				continue // (يعتزم ترمب استقبال بوتين لمحادثات: the genitive is the guest)
			}
			if i+1 < len(cs) && cs[i+1].from == cs[i].to && cs[i+1].prep == "ل" {
				return &cs[i], &cs[i+1]
			}
			return &cs[i], nil
		}
	}
	if t.mode == readout.Visit && t.class == "event" && !t.held && !t.purpose && !d.possessive(t) {
		for i := range cs {
			if cs[i].from == t.to && cs[i].prep == "" {
				// وصف الوزير زيارة الأمير لبلاده: the genitive is the visitor, and the one named
				// before the noun is not its party; the visited may follow (زيارة X لـY)
				if i+1 < len(cs) && cs[i+1].from-cs[i].to <= 1 && (cs[i+1].prep == "ل" || cs[i+1].prep == "الي") {
					return &cs[i], &cs[i+1]
				}
				return &cs[i], nil
			}
		}
	}
	if g := d.gatheringAfter(t.at); t.class == "event" && g >= 0 && gatherObject(d.bare(g)) && gatherPresent[d.bare(g)] {
		// أنباء عن قمة تجمعه بالرئيس الروسي: the verb, whose pronoun is a party, reports it,
		// and the people before the noun are not its subject
		return nil, nil
	}
	if t.class == "event" && t.at > 0 && topicPrepositions[d.bare(t.at-1)] && !d.possessive(t) && d.spokeBefore(t.at-1) {
		// تحدثنا بشأن الاجتماع مع كيم: what they spoke about, whose people are its own, named
		// after it (its genitive, then مع or بـ), not those who spoke of it
		return d.ownChains(cs, t)
	}
	if t.at > 0 && passiveVerbs[d.bare(t.at-1)] {
		// كما تم عقد مباحثات ثنائية: a passive, whose people are only those it names after it
		return d.ownChains(cs, t)
	}
	personSubject := t.class != "event" && t.class != "receive" || t.to >= len(d.toks) || !d.stateAt(t.to)
	if vs := d.voicedIn(cs, t); vs != nil {
		subj, personSubject = vs, false // بعد اتصال هاتفي مساء الأربعاء أكد فيه الرئيس ماكرون
	}
	for i := len(cs) - 1; i >= 0 && personSubject; i-- {
		// استضافة موسكو للجبير: the noun's subject is a state, not a person named before
		if cs[i].to <= t.at && (cs[i].prep == "" || d.subjectWithPrep(&cs[i])) {
			if t.together && d.singularPronoun(t.at) && len(cs[i].ms) > 1 && i > 0 {
				continue // التقى كيم الرئيس الصيني، ورئيس كوريا الجنوبية ... قمة تجمعه: one man
			}
			if t.class == "event" && d.ownedByMany(t) && !cs[i].many() {
				// استقبل الأمير الوزراء، الذين يزورون قطر لحضور اجتماعهم مع كيري: their
				// meeting is not his
				continue
			}
			if d.ownedByOne(t) && cs[i].many() && !d.andAfterPronoun(cs[i].from) {
				// لقاء كوشنر وغرينبلات مع الملك بعد يوم على استقباله نتانياهو: his reception,
				// not theirs
				continue
			}
			if d.purposeObjectAt(cs[i].from) {
				// جولته التي بدأها من برلين للقاء المستشارة ميركل، ... حيث يلتقي ماكرون: the one
				// a purpose noun names is met, and meets no one else
				continue
			}
			if t.class == "event" && i > 0 && d.afterTimePreposition(t.at) && d.triggerEndsAt(cs[i].from) {
				// أكد ترامب اعتزامه لقاء كيم خلال محادثة هاتفية مع مون: Kim is the other
				// noun's genitive; the call is the one who spoke's
				continue
			}
			subj = &cs[i]
			if i > 0 && cs[i-1].prep == "" && cs[i-1].to == cs[i].from && !d.triggerIn(cs[i-1].from, cs[i].to) && cs[i].ms[0].counterpart {
				// أبلغ الرئيس الفرنسي ماكرون نظيره الأميركي ترامب في اتصال هاتفي: a verb's subject
				// and its object, the counterpart, side by side
				return &cs[i-1], &cs[i]
			}
			if vs := d.verbSubject(cs, i, t); vs != nil {
				subj = vs
			} else if rs := d.reporterOf(cs, i, t); rs != nil {
				subj = rs
			}
			if t.class == "invite" && i > 0 && d.inviteToPronoun(t) && !d.triggerIn(cs[i].to, t.at) {
				// والتقى ولي العهد الرئيس الفرنسي، ووجه له دعوة لزيارة المملكة: the pronoun is the
				// one invited, named last; the one who invites is the clause's subject, first
				for j := 0; j < i; j++ {
					if cs[j].prep == "" {
						return &cs[j], &cs[i]
					}
				}
			}
			if t.class == "invite" && i > 0 && cs[i-1].prep == "" && !d.triggerIn(cs[i-1].to, t.at) &&
				(i+1 == len(cs) || cs[i+1].from >= t.to) {
				// دعا السيسي الملك سلمان لزيارة مصر: the one invited goes, the one who invited
				// receives him (unless another is named between as the inviter: سلم فابيوس
				// روحاني دعوة من هولاند لزيارة باريس)
				return subj, &cs[i-1]
			}
			break
		}
	}
	// a noun's subject after it is its genitive, right after it (مكالمة وزير الجيوش ...)
	near := func(c *chain, after int) bool { return t.class != "event" || c.from-after <= 3 }
	if subj == nil && (d.unnamedSubjectAt(t) || d.unnamedSubjectBefore(t)) {
		return nil, nil // أن يلتقي الوفد بوزير الخارجية لافروف: a delegation no one names
	}
	if subj == nil {
		for i := range cs {
			if cs[i].from >= t.to && cs[i].prep == "" && near(&cs[i], t.to) {
				if t.class == "event" && d.sendVerbIn(t.to, cs[i].from) {
					break // محطات الزيارة ونقل تحيات الرئيس العراقي: the genitive of another act
				}
				if t.class == "event" && d.possessive(t) && cs[i].from == t.to && d.fronted(t) && d.opensSentence(t.at) {
					// وخلال لقائه نظيره النيجيري محمد بخاري، سيبحث ماكرون: the one met; its
					// owner, the pronoun, is the subject the next clause names
					return nil, &cs[i]
				}
				subj = &cs[i]
				break
			}
		}
		if subj != nil && outer == nil && t.class != "event" && t.at > 0 && d.pronounComplementizer(t.at-1) {
			return nil, subj // أوضح جبريل أنه التقى نصرالله والرئيسين: someone unnamed met them
		}
	}
	if subj != nil && subj.from > t.to && d.fronted(t) {
		// وخلال اتصالات هاتفية مع إردوغان دعا بوتين وماي: the one the fronted noun names with
		// مع is the other side of the subject after it
		for i := range cs {
			if c := &cs[i]; c.from >= t.to && c.to <= subj.from && (c.prep == "مع" || c.prep == "ب") && subj.from-c.to <= 2 {
				return subj, c
			}
		}
	}
	for i := range cs {
		c := &cs[i]
		if c != subj && c.from >= t.to && (subj == nil || subj.to <= t.at || c.from > subj.from) {
			// a noun's object is marked (مع، بـ، إلى، بين) or follows its subject, or, for a
			// purpose or possessive noun whose subject came before, is its genitive (يتوجه X
			// للقاء Y، قال X عقب لقائه Y)
			right := c.from == t.to
			if e := d.dateEndingAt(c.from); e != nil && e.from == t.to {
				right = true // خلال لقائه اليوم المبعوث الأممي: a day between
			}
			purposeObj := (t.purpose || d.possessive(t) || d.byMeans(t)) && subj != nil && subj.to <= t.at && right
			if t.class == "event" && c.prep == "" && (subj == nil || !near(c, subj.to)) && !purposeObj {
				break
			}
			if t.class == "event" && c.prep == "" && subj != nil && subj.from >= t.to && d.punctIn(subj.to, c.from) && strings.HasSuffix(d.spelledAt(c.from-1), "ة") {
				// لمقابلة المشير حفتر، لدعم مبادرة رئيس الجمهورية: past a comma, the genitive of
				// a noun (one in ة) is another phrase's, not the one met (but خلال لقائه نظيره،
				// سيتطرق ماكرون: a verb's subject)
				break
			}
			if t.class == "event" && c.prep == "ل" && !near(c, t.to) {
				break // مجريات المحادثات، يظل القرار للجنرال سليماني: لـ of another word
			}
			if t.class == "event" && c.prep != "" && c.from-t.to > 10 && d.punctIn(t.to, c.from) {
				break // هذه الزيارة ولم ألتق ... ، ولقد انتهى زمن الإملاءات سواء مع الرئيس مرسي
			}
			if (t.class == "meet" || t.class == "receive") && subj != nil && subj.from >= t.to && d.unnamedObjectAfter(subj.to) && d.punctIn(subj.to, c.from) {
				break // استقبل الملك وفدا عسكريا باكستانيا، وهنأ رئيس سريلانكا: the delegation was received
			}
			if t.class == "invite" && (d.punctIn(t.to, c.from) || c.from-t.to > 6) {
				// (nor far on: لزيارة المركز ... في إطار التوجيهات السامية من خادم الحرمين)
				break // الاجتماع الذي دعا له الملك لبحث دعم الأردن، داخليا يواصل الرزاز: another clause
			}
			if t.class == "talk" && c.prep == "ل" && c.from-t.to > 3 {
				break // تحدث الوزير عن مأساة الشعب ... بألا مستقبل للأسد: لـ of another word
			}
			if (t.class == "meet" || t.class == "receive") && c.from-t.to > 6 && d.relativeBetween(t.to, c.from) &&
				(!d.punctIn(d.lastRelative(t.to, c.from), c.from) || d.triggerIn(d.lastRelative(t.to, c.from), c.from)) {
				// التقى شتاينماير لاعبي المنتخب بعد الضجة التي أثارتها صور لهما مع الرئيس
				// التركي: مع of a relative clause about something else; التقى أردوغان برؤساء
				// المنظمات التي لعبت دورا في قرار ترامب: a genitive in one (but استقبال الزعيم
				// الآخر الذي يجاهر ترامب بصداقته، رئيس الوزراء الياباني: past a comma, the one
				// the relative clause was about, named)
				break
			}
			if c.prep == "" && subj != nil && subj.to <= t.at && subj.many() && d.punctIn(t.to, c.from) {
				// ميركل وترامب أجريا مكالمة الجمعة، أعربا خلالها عن قلقهما إثر خطاب ألقاه بوتين،
				// الوزيرين اللذين التقيا الجمعة، ... أعلن فيه ترامب: two who called or met each
				// other; the one named clauses on is no party
				break
			}
			obj = c
			break
		}
	}
	// the nearest chain before with a preposition (قال X لـ Y في اتصال هاتفي), unless a purpose
	// noun has a genitive of its own the gazetteer does not know (مستعدا للقاء آبي), or the
	// trigger is a verb of talks, whose other side follows it (بحث مع) and whose forms are
	// often other verbs (لم تُحدث فرقا)
	// (nor when the purpose noun's genitive is named: اتصل بالسيسي وتوجه للقاء بوتفليقة)
	purposeGenitive := t.purpose && t.class == "event" && t.to < len(d.toks) && (d.toks[t.to].Kind == Word && !d.inMention(t.to) || subj != nil && subj.from == t.to)
	if obj == nil && t.class != "talk" && !purposeGenitive {
		for i := len(cs) - 1; i >= 0; i-- {
			if c := &cs[i]; c != subj && c.to <= t.at && c.prep != "" {
				// القمة الأولى بين الزعيمين ... جولة محادثات: the people of another trigger
				// (nor the one another contact noun is held with: القمة مع زعيم كوريا الشمالية
				// ستعقد في موعدها بعد محادثات استمرت ساعة)
				ownedByNoun := (c.prep == "مع" || c.prep == "ب") && (d.eventNounEndsAt(c.from-1) || d.eventNounEndsAt(c.from))
				// (nor across a relative clause: نقاشا بين لافروف وبومبيو عن القضايا التي طرأت في
				// الاجتماع الرئاسي في هلسنكي)
				if !d.triggerIn(c.to, t.at) && !(c.prep == "بين" && d.eventNounIn(max(0, c.from-3), c.from)) && !ownedByNoun && !(c.prep == "بين" && d.relativeBetween(c.to, t.at)) {
					obj = c
				}
				break
			}
		}
	}
	if subj == nil && obj != nil && obj.from >= t.to && d.fronted(t) {
		// وخلال قمة في سنغافورة مع ترامب، بدا كيم ...: a fronted adjunct's contact is the
		// subject's, who follows it after a comma
		for i := range cs {
			// (or one verb between and no comma: في لقاء مع ظريف أقر جنتيلوني)
			verbBetween := false
			if cs[i].from-obj.to == 1 && d.toks[obj.to].Kind == Word {
				q := d.match(obj.to)
				verbBetween = q == nil || !q.Has(ItemTrigger) && !q.Has(ItemPerson) && !d.isOffice(q)
			}
			if cs[i].from > obj.to && cs[i].prep == "" && (d.toks[obj.to].Text == "," && cs[i].from-obj.to <= 3 || verbBetween) {
				return &cs[i], obj
			}
			if cs[i].from > obj.to {
				break
			}
		}
	}
	// كما سيلتقي وزراء خارجية بريطانيا وفرنسا وألمانيا: كما goes on with the subject before
	likewise := t.at > 0 && (d.toks[t.at-1].Text == "كما" || strings.HasPrefix(d.toks[t.at].Text, "كما"))
	// (and any Y after the pronoun of أنه: قال ماكرون إنه التقى بوتين وميركل, he met both)
	heSaid := t.at > 0 && d.pronounComplementizer(t.at-1)
	if obj == nil && subj != nil && subj.from >= t.to && (len(subj.ms) == 1 || likewise || heSaid) && outer != nil && t.class != "event" &&
		!d.unnamedObjectAfter(subj.to) {
		// أن يلتقي Y: Y is the object of the outer subject's meeting (but not when an object
		// no one names follows Y: واستقبل أمير قطر أمس وزراء خارجية دول المجلس)
		return outer, subj
	}
	if obj == nil && subj != nil && subj.from == t.to && subj.prep == "" && outer != nil && (d.possessive(t) || t.purpose && t.mode == readout.Meeting && d.ownJourneyBefore(t.at)) && outer.from != subj.from {
		// (أن يعزز العلاقات خلال جولته التي بدأها من برلين للقاء المستشار: the one whose
		// journey it is, the one who spoke before)
		// أكد X أن بلاده ستبدأ ... خلال لقائه Y: the pronoun is the one who spoke before, the
		// genitive the one he met
		return outer, subj
	}
	if obj == nil && subj != nil && outer != nil && subj.to <= t.at && d.andAfterPronoun(subj.from) {
		// قال كارتر إنه والملك سلمان أكدا خلال المحادثات: the pronoun and the one joined to it
		both := chain{ms: append(append([]*mention{}, outer.ms...), subj.ms...), from: subj.from, to: subj.to}
		return &both, nil
	}
	if obj == nil && subj != nil && outer != nil && subj.from < t.at && d.afterPronounVerb(subj.from) {
		// قال X إنه أبلغ Y خلال اتصال هاتفي: the pronoun on إنه is the verb's subject, the one
		// who spoke before; Y after the verb is its object
		return outer, subj
	}
	if subj == nil && obj != nil && obj.from >= t.to && obj.prep != "" && outer == nil && d.carried != nil && t.class != "event" && t.class != "invite" &&
		len(d.carried.ms) == 1 && d.onlyAdjunctsBetween(t.to, obj.from) && d.opensClause(t) {
		// وصل كارتر إلى أربيل. وبعد لقاء جمعه أمس مع نظيره العراقي: the subject of the sentence
		// just before, who is not named again
		return d.carried, obj
	}
	if subj == nil && obj != nil && outer != nil {
		if t.class == "event" && obj.from > t.to && d.mentionStarting(t.to) != nil {
			// وأضاف: «لقاء جلالة الملك مع الأمير»: the noun's own genitive, though no one
			// can say who it is, is its subject, not the one who speaks of it
			return nil, obj
		}
		return outer, obj // أكد X أن ما عرضه على Y خلال لقائهما: the subject is X's
	}
	return subj, obj
}

// spokeBefore reports whether a verb of talks (in any person) or the noun حديث stands in the
// four words before token k (تحدثنا حديثا مطولا بشأن، بحثا حول): two who talked of a contact with a third. (One
// who announces a meeting, أعلن عن اللقاء المرتقب مع لافروف, is usually its party.)
func (d *doc) spokeBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if d.toks[j].Kind != Word {
			return false
		}
		if hasAnyPrefix(d.bare(j), "حديث", "تحدث", "تباحث", "تشاور", "ناقش") {
			return true
		}
		if p := d.match(j); p != nil && p.From == j {
			if it, ok := p.Item(ItemTrigger); ok && d.x.lx.Triggers[it.Ref].Class == "talk" {
				return true
			}
		}
	}
	return false
}

// verbSubject returns the subject of the verb of contact whose object is cs[i], when the trigger
// t is a noun of meeting set after it by a preposition of time: استقبل بوتين عباس عقب لقاء
// بنتانياهو is Putin's meeting, not Abbas's, and التقى وليام عباس بعد يوم من لقائه نتانياهو
// William's. The verb's subject is the chain before it, or else the first after it; nil when
// that is cs[i] itself or no verb of contact stands within eight words before cs[i].
func (d *doc) verbSubject(cs []chain, i int, t trigger) *chain {
	reception := d.receptionPossessive(t) // بعد أيام على استقباله نتانياهو
	if t.class != "event" && !reception || t.mode == readout.Visit || !d.afterTimePreposition(t.at) && !d.afterTimeDistance(t.at) {
		return nil
	}
	if (d.possessive(t) || reception) && (!d.afterTimeDistance(t.at) || i+1 < len(cs) && cs[i+1].to <= t.at) {
		// عقب لقائه، قبل قمته: the pronoun may be the object's as well (زيارة مفاجئة لكيم قبل
		// قمته); only بعد يوم من لقائه right after the object is read as the subject's
		return nil
	}
	v := -1
	for k, words := cs[i].from-1, 0; k >= 0 && words < 8; k-- {
		if d.toks[k].Kind == Punct && d.toks[k].Text != "," {
			return nil // (a comma may set off the day and place: التقى بوتين السبت في موسكو، عباس)
		}
		if !d.inMention(k) {
			words++ // (the subject's name does not count)
		}
		if p := d.match(k); p != nil && p.From == k {
			if it, ok := p.Item(ItemTrigger); ok && d.x.lx.Triggers[it.Ref].Class != "event" {
				v = k
				break
			}
		}
	}
	if v < 0 {
		return nil
	}
	for j := i - 1; j >= 0; j-- {
		if cs[j].to <= v && cs[j].prep == "" {
			return &cs[j] // (عباس استقبله بوتين: the subject before the verb)
		}
	}
	for j := 0; j < i; j++ {
		if cs[j].from > v && cs[j].prep == "" {
			return &cs[j]
		}
	}
	return nil
}

// afterTimeDistance reports whether the trigger at i follows a distance in time from it: بعد
// يوم من لقائه، بعد أيام على استقباله، قبل ساعات قليلة من الاتصال.
func (d *doc) afterTimeDistance(i int) bool {
	if i < 3 || d.toks[i-1].Text != "من" && d.toks[i-1].Text != "علي" {
		return false
	}
	for k := i - 3; k >= 0 && k >= i-5; k-- {
		if w := d.bare(k); w == "بعد" || w == "قبل" {
			return !d.inMention(k + 1)
		}
	}
	return false
}

// receptionPossessive reports whether the trigger is a noun of reception with a possessive
// pronoun (استقباله، استضافتها): its owner is the host.
func (d *doc) receptionPossessive(t trigger) bool {
	if t.class != "receive" || t.to != t.at+1 {
		return false
	}
	w := d.original(t.at, t.to)
	return (strings.HasPrefix(d.bare(t.at), "استقبال") || strings.HasPrefix(d.bare(t.at), "استضاف")) &&
		(strings.HasSuffix(w, "ه") || strings.HasSuffix(w, "ها"))
}

// outcomeNouns name what came of a contact: its content, results, details.
var outcomeNouns = map[string]bool{"فحوي": true, "نتايج": true, "تفاصيل": true, "مضمون": true, "حصيله": true}

// reporterOf returns the first unmarked chain of the clause when the trigger is a possessive
// noun after a noun of outcome and cs[i], the chain nearest before it, is not that first one:
// أطلع بومبيو ترامب على فحوى اجتماعه بالملك is Pompeo's meeting, told to Trump.
func (d *doc) reporterOf(cs []chain, i int, t trigger) *chain {
	if !d.possessive(t) || t.at < 2 || !outcomeNouns[d.toks[t.at-1].Text] && !outcomeNouns[d.toks[t.at-2].Text] {
		return nil
	}
	for j := 0; j < i; j++ {
		if cs[j].prep == "" {
			return &cs[j]
		}
	}
	return nil
}

// hostTimeWords set a reception as the event something followed or preceded (إثر استضافة).
var hostTimeWords = map[string]bool{"اثر": true, "بعد": true, "عقب": true, "قبل": true, "قبيل": true, "منذ": true}

// receptionNouns are the verbal nouns of receiving without a pronoun: their genitive is the host.
var receptionNouns = map[string]bool{"استقبال": true, "استضافه": true}

// passiveVerbs make the contact noun after them the subject of a passive (تم عقد مباحثات، جرى
// بحث): whoever is named before does not hold it.
var passiveVerbs = map[string]bool{"تم": true, "يتم": true, "سيتم": true}

// unnamedBetween reports whether بين follows the noun at t within four words with people no
// one names right after it (بين شخصيتين مهمتين، بين مسؤولين).
func (d *doc) unnamedBetween(cs []chain, t trigger) bool {
	// (عما يدور بينه وبين زعماء العالم من محادثات: a side before the noun no one names)
	for k := t.at - 1; k > 0 && k >= t.at-8 && d.toks[k].Kind != Punct; k-- {
		if w := d.toks[k-1].Text; (w == "بين" || w == "وبين") && !d.inMention(k) && (unnamedSides[d.toks[k].Text] || unnamedGroups[d.toks[k].Text]) {
			return true
		}
	}
	for k := t.to; k < len(d.toks) && k < t.to+4; k++ {
		if d.toks[k].Kind == Punct {
			return false
		}
		if d.toks[k].Text != "بين" {
			continue
		}
		for _, c := range cs {
			if c.from == k+1 || c.from == k {
				return false
			}
		}
		return k+1 < len(d.toks) && !d.inMention(k+1) && unnamedSides[d.toks[k+1].Text]
	}
	return false
}

// unnamedSides are the nouns of people with no name that بين may join: two figures, officials,
// delegations.
var unnamedSides = map[string]bool{
	"شخصيتين": true, "شخصين": true, "مسوولين": true, "ممثلين": true, "وفدين": true, "وفود": true,
	"الوفدين": true, "مبعوثين": true, "دبلوماسيين": true, "خبراء": true, "مفاوضين": true,
}

// unnamedAfter reports whether the words at token k join an official no one names to the one
// before (ومسؤول كوري شمالي، ووفد من الحوثيين).
func (d *doc) unnamedAfter(k int) bool {
	if k < len(d.toks) && d.toks[k].Text == "," {
		k++
	}
	if k >= len(d.toks) {
		return false
	}
	w, ok := strings.CutPrefix(d.toks[k].Text, "و")
	return ok && (genericSpeakers[w] || unnamedGroups[w])
}

// unnamedGroups are the nouns of officials or delegations with no name.
var unnamedGroups = map[string]bool{"وفد": true, "وفدا": true, "ممثل": true, "ممثلين": true, "ممثلي": true, "قاده": true, "زعماء": true}

// unnamedObjectAfter reports whether officials no one names (وزراء خارجية دول المجلس، وفدا) come
// right after token j, a day or a place aside.
func (d *doc) unnamedObjectAfter(j int) bool {
	for k := j; k < len(d.toks) && k < j+4; k++ {
		w, raw := d.bare(k), d.toks[k].Text
		if unnamedBodies[w] || unnamedGroups[w] || unnamedBodies[raw] || strings.HasPrefix(raw, "وزراء") || raw == "وفدا" {
			return true
		}
		if d.toks[k].Kind == Punct || d.inMention(k) {
			return false
		}
	}
	return false
}

// ownChains returns the people a contact noun names after it: its genitive right after it, and
// the one marked by مع or بـ after that (or right after the noun).
func (d *doc) ownChains(cs []chain, t trigger) (subj, obj *chain) {
	for i := range cs {
		c := &cs[i]
		if c.from < t.to || c.from-t.to > 3 {
			continue
		}
		if c.prep == "" && subj == nil {
			subj = c
			continue
		}
		if c.prep == "مع" || c.prep == "ب" {
			obj = c
		}
		break
	}
	return subj, obj
}

// triggerIn reports whether a trigger phrase starts in tokens [from, to).
func (d *doc) triggerIn(from, to int) bool {
	for k := from; k < to; k++ {
		if p := d.match(k); p != nil && p.Has(ItemTrigger) {
			return true
		}
	}
	return false
}

// eventNounIn reports whether a noun naming a contact (لقاء، القمة) starts in tokens [from, to).
func (d *doc) eventNounIn(from, to int) bool {
	for k := from; k < to; k++ {
		if p := d.match(k); p != nil {
			if it, ok := p.Item(ItemTrigger); ok && d.x.lx.Triggers[it.Ref].Class == "event" {
				return true
			}
		}
	}
	return false
}

// stateAt reports whether a state or its capital stands at token k (استضافة موسكو).
func (d *doc) stateAt(k int) bool {
	p := d.match(k)
	return p != nil && p.Clitic == "" && (p.Has(ItemCountry) || p.Has(ItemPlace))
}

// singularPronoun reports whether the verb at k carries the pronoun of one person (تجمعه،
// جمعها), which cannot stand for two people named together.
func (d *doc) singularPronoun(k int) bool {
	w := d.bare(k)
	return gatherObject(w) && !strings.HasSuffix(w, "هما") && !strings.HasSuffix(w, "هم")
}

// opensWithIn reports whether the trigger at k follows في (وفي) that opens its sentence: في لقاء
// مع ظريف أقر جنتيلوني.
func (d *doc) opensWithIn(k int) bool {
	si := d.sentenceOf(k)
	if si < 0 || k < 1 || d.toks[k-1].Text != "في" && d.toks[k-1].Text != "وفي" {
		return false
	}
	from := d.sents[si].from
	if n := d.placeNameAt(from); n > 0 && from+n < k-1 && d.toks[from+n].Text == "-" {
		from += n + 1 // مسقط - في اتصال هاتفي: after the dateline
	}
	return k-1 == from
}

// topicPrepositions introduce what is talked about: a بين after one belongs to the topic
// (يتحدث عن العلاقات بينهما), not to the talk.
var topicPrepositions = map[string]bool{"عن": true, "حول": true, "بشان": true, "بخصوص": true, "تجاه": true, "ازاء": true}

// possessive reports whether a trigger noun carries a possessive pronoun (لقائه، اجتماعها): its
// owner is the subject, and a person right after it the one met.
func (d *doc) possessive(t trigger) bool {
	if t.class != "event" || t.to != t.at+1 {
		return false
	}
	return d.pronounAt(t.at)
}

// spelledAt returns token k as the article spells it, without its short vowels: the fold writes
// the ة of قمة like the pronoun ه, and the hamza of أ like ا.
func (d *doc) spelledAt(k int) string {
	return strings.TrimRight(d.original(k, k+1), "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652")
}

// pronounAt reports whether token k ends with the pronoun of a person (لقائه، استقبلها،
// جمعهما), on its original spelling.
func (d *doc) pronounAt(k int) bool {
	w := d.spelledAt(k)
	return strings.HasSuffix(w, "ه") || strings.HasSuffix(w, "ها") || strings.HasSuffix(w, "هما")
}

// setting reports whether the trigger at k only frames the contact of the one before: a
// gathering on whose sidelines it happens (على هامش قمة), the subject's own visit during which
// it happens (يلتقي ترامب خلال زيارته بريطانيا بالملكة), a verb in a relative clause about
// someone named (ليبرمان الذي يزور موسكو), or an adverb of the verb before (بحث هاتفيا مع).
func (d *doc) setting(k int, p *Match) bool {
	if k == 0 {
		return false
	}
	if d.toks[k-1].Text == "هامش" || relativePronouns[d.toks[k-1].Text] || d.adverb(k, p) {
		return true
	}
	if it, ok := p.Item(ItemTrigger); ok && d.x.lx.Triggers[it.Ref].Class == "event" && d.afterTimePreposition(k) {
		return d.isAdjunct(k, p) && !d.ownPeopleAfter(p.To) || d.possessive(trigger{at: k, to: p.To, class: "event"})
	}
	return false
}

// nextTrigger returns the token where the next trigger phrase after token from starts, in the
// same sentence, or -1. A trigger that only frames the contact (see setting) does not count.
func (d *doc) nextTrigger(from int) int {
	for k := from; k < len(d.toks); k++ {
		if t := d.toks[k].Text; t == "." || t == "\n" {
			return -1
		}
		if p := d.match(k); p != nil && p.Has(ItemTrigger) && !d.setting(k, p) {
			return k
		}
	}
	return -1
}

// subjectOf returns the subject a clause passes on to the next one: its first chain with no
// preposition (أكد X أن ...), the principal of a spokesperson who speaks for someone the
// gazetteer names (قال المتحدث باسم رئيسة الوزراء تيريزا ماي إنها ...), or the one it was given.
func (d *doc) subjectOf(c span, outer *chain) *chain {
	cs := d.chains(c)
	for i := len(cs) - 1; i > 0; i-- {
		// وزار سوه واشنطن عندما قال الرئيس الأميركي ترامب إنه سيجتمع: the one who speaks
		// last, right before what he says
		if k := cs[i].from - 1; cs[i].prep == "" && k >= c.from && cs[i].to == c.to && d.speechVerbAt(k) {
			return &cs[i]
		}
	}
	for _, ch := range cs {
		if (ch.prep == "" || d.subjectWithPrep(&ch)) && !d.metDuringIt(ch.from) {
			return &ch
		}
	}
	for _, m := range d.mentions {
		if m.from >= c.from && m.from < c.to && m.prep == "" && d.isSpokesperson(m) && len(m.people) > 0 && m.nameFrom > m.from {
			return &chain{ms: []*mention{m}, from: m.from, to: m.to}
		}
	}
	return outer
}

// ownedByMany reports whether trigger t ends in the plural pronoun of three owners or more
// (اجتماعهم، لقاءاتهم): one person named alone is not its subject. (The dual, لقائهما, may be
// the pronoun before and the one named: إنه تحدث ونظيره خلال لقائهما.)
func (d *doc) ownedByMany(t trigger) bool {
	return strings.HasSuffix(d.bare(t.to-1), "هم")
}

// ownedByOne reports whether trigger t, a noun or a verb, ends in the pronoun of one person
// (استقباله، لقائها).
func (d *doc) ownedByOne(t trigger) bool {
	return t.to-t.at == 1 && d.pronounAt(t.at) && !strings.HasSuffix(d.spelledAt(t.at), "هما")
}

// metDuringIt reports whether the chain at token k follows a verb of contact and خلالها
// (في زيارة خاطفة، يلتقي خلالها العاهل السعودي): the one met during the visit, whose visitor
// is still the subject told before.
func (d *doc) metDuringIt(k int) bool {
	if k < 2 || !inItWords[d.toks[k-1].Text] {
		return false
	}
	p := d.match(k - 2)
	if p == nil || p.To != k-1 {
		return false
	}
	it, ok := p.Item(ItemTrigger)
	return ok && d.x.lx.Triggers[it.Ref].Class != "event"
}

// andAfterPronoun reports whether the chain at token k is joined by و to the pronoun of the
// complementizer right before it (إنه والملك سلمان): the two are one subject.
func (d *doc) andAfterPronoun(k int) bool {
	return k >= 1 && d.startsWithAnd(k) && d.pronounComplementizer(k-1)
}

// afterPronounVerb reports whether the chain at token k follows a verb right after a
// complementizer that carries a pronoun (إنه أبلغ، أنها التقت): the pronoun is the verb's
// subject, so the chain is its object.
func (d *doc) afterPronounVerb(k int) bool {
	return k >= 2 && !d.inMention(k-1) && d.toks[k-1].Kind == Word && d.pronounComplementizer(k-2)
}

// pronounComplementizer reports whether token k is إن، أن or بأن carrying a pronoun (إنه،
// أنها، بأنهما), with or without و or ف.
func (d *doc) pronounComplementizer(k int) bool {
	w := strings.TrimLeft(d.toks[k].Text, "وف")
	return w != "ان" && w != "بان" && complementizers[w]
}

func (d *doc) speaker(ch *chain) bool {
	if ch.prep != "عن" {
		return false
	}
	k := ch.to
	if k < len(d.toks) && d.toks[k].Text == "," {
		k++
	}
	return k < len(d.toks) && (d.toks[k].Text == "قوله" || d.toks[k].Text == "قولها" || d.toks[k].Text == "قولهما")
}

// pronounObject finds who an object pronoun stands for: the last person named in the two
// sentences before the clause who is not in subj.
func (d *doc) pronounObject(c span, subj []party, at time.Time) (party, bool) {
	return d.lastPersonBefore(c.from, 2, at, func(m *mention) bool { return !m.pair && !m.aside },
		func(p party) bool {
			return !slices.ContainsFunc(subj, func(s party) bool { return s.entity == p.entity })
		})
}

// sentenceBreaks counts the sentence ends between tokens from and to; a run of them (a full
// stop and the line's end) is one.
func (d *doc) sentenceBreaks(from, to int) int {
	n, run := 0, false
	for k := from; k < to && k < len(d.toks); k++ {
		switch d.toks[k].Text {
		case ".", "\n", "!", "?":
			if !run {
				n++
			}
			run = true
		default:
			run = false
		}
	}
	return n
}

// chainAfter returns the chain right after oc in cs (a few words on: a comma, a day, an
// honorific), unmarked or marked as an object (مع، بـ), when t is a verb and no trigger stands
// between; else nil.
func (d *doc) chainAfter(cs []chain, oc *chain, t trigger) *chain {
	if t.class == "event" {
		return nil
	}
	limit := d.nextTrigger(t.to)
	for i := range cs {
		if cs[i].from != oc.from || i+1 == len(cs) {
			continue
		}
		next := &cs[i+1]
		if (limit >= 0 && next.from >= limit) || next.from-oc.to > 5 || !(next.prep == "" || next.prep == "مع" || next.prep == "ب") {
			return nil
		}
		return next
	}
	return nil
}

// sameParties reports whether every party of a is one of b.
func sameParties(a, b []party) bool {
	for _, p := range a {
		if !slices.ContainsFunc(b, func(q party) bool { return q.entity == p.entity }) {
			return false
		}
	}
	return len(b) > 0
}

// resolveChain resolves a chain's mentions at day t; duals expand into the people they stand
// for. anchor is the office a counterpart (نظيره) takes.
func (d *doc) resolveChain(c *chain, t time.Time, anchor string, drafts []*draft) []party {
	var out []party
	for _, m := range c.ms {
		if m.pair {
			out = append(out, d.pairOf(m, t, drafts)...)
			continue
		}
		if p, ok := d.resolve(m, t, anchor); ok {
			out = append(out, p)
			if anchor == "" {
				anchor = p.role // X ونظيره: the counterpart holds X's office
			}
		} else if p, ok := d.sideOfChain(m, out, t); ok {
			out = append(out, p)
		}
	}
	return out
}

// sideOfChain resolves a title with a name the gazetteer lacks and no state of its own by the
// state of the person before it in its chain: مع نائب الرئيس الأميركي مايك بنس، ومستشار الأمن
// القومي هربرت مكماستر. A list of one side's officials is of that side.
func (d *doc) sideOfChain(m *mention, before []party, t time.Time) (party, bool) {
	if m.office < 0 || m.country != "" || m.captured == "" || m.former || m.counterpart || len(before) == 0 {
		return party{}, false
	}
	role := d.x.lx.Offices[m.office].Role
	c := before[0].country
	if heads[role] || c == "" || slices.ContainsFunc(before, func(p party) bool { return p.country != c }) {
		// (موسفيني وكينياتا ورئيس الوزراء هايل مريام ديسالن: leaders of several states, each
		// one of his own)
		return party{}, false
	}
	return d.capturedParty(m, role, c, t), true
}

// sides resolves the subject and object of a trigger into parties. An unresolved mention still
// fills its slot (the contact is then left out rather than given the wrong people).
func (d *doc) sides(c span, t trigger, at time.Time, drafts []*draft, outer *chain) (subj, obj []party, subjChain *chain) {
	cs := d.chains(c)
	sc, oc := d.slots(cs, t, outer)
	if sc == nil && oc != nil && c.to > c.from && d.toks[c.to-1].Text == "," && d.onlyPlaceBetween(oc.to, c.to-1) && d.fronted(t) {
		// في اتصال هاتفي تلقاه من عراقجي، بحث البوسعيدي، وخلال لقائه بالرئيس الفرنسي في البيت
		// الأبيض، تحدث ترامب: the subject opens the next clause
		sc = d.subjectAfter(c)
	}
	anchor := ""
	if sc != nil {
		subj = d.resolveChain(sc, at, "", drafts)
		if len(subj) > 0 {
			anchor = subj[0].role
		}
	}
	if oc == nil && t.pronoun && len(subj) > 0 && (!d.guestFirst(t) || sc.from >= t.to) && d.dualPair(cs, t) == nil && !d.ownReception(t, sc) {
		// استقبله: the one received is the last person named before, not the subject (and in
		// وكان في استقباله، في مقدمة مستقبليه the pronoun is the guest, whose hosts are named
		// after it, or else not at all)
		if p, ok := d.pronounObject(c, subj, at); ok {
			return subj, []party{p}, sc
		}
	}
	if oc == nil && sc != nil && len(subj) > 0 && d.ownerUnnamed(c, t, cs, sc) {
		// وشدد خلال لقائه اليوم مبعوث الأمم المتحدة: the one named after the noun is met; its
		// owner, the sentence's unnamed subject, is the one named before
		if p, ok := d.pronounObject(c, subj, at); ok {
			return []party{p}, subj, sc
		}
	}
	if oc != nil {
		obj = d.resolveChain(oc, at, anchor, drafts)
		if next := d.chainAfter(cs, oc, t); next != nil && len(subj) == 1 && len(obj) > 0 && sameParties(obj, subj) {
			// التقى الأمين العام للمنظمة، الدكتور يوسف العثيمين، البابا فرنسيس: the name after
			// the title is the subject again; the one met comes next
			oc, obj = next, d.resolveChain(next, at, anchor, drafts)
		}
		if anchor == "" && len(obj) > 0 && sc != nil {
			subj = d.resolveChain(sc, at, obj[0].role, drafts)
		}
		if t.class == "event" && len(subj) == 1 && len(obj) == 1 && sameParties(obj, subj) && sc != nil {
			// خطة ماي تعرضت لانتقاد خلال مقابلة للرئيس ترامب، وهو موقف تراجع عنه خلال
			// اجتماع مع رئيسة الوزراء: the one met is not also the one who met; the person
			// named before her in the sentence is
			if other := d.otherBefore(cs, t, obj, at, drafts); other != nil {
				sc, subj = other, d.resolveChain(other, at, "", drafts)
			}
		}
		if to := d.addressee(cs, t, oc); to != nil {
			obj = append(obj, d.resolveChain(to, at, "", drafts)...)
		}
	}
	if len(subj)+len(obj) == 0 {
		if ps := d.attendees(t, c, at); len(ps) > 0 {
			return ps, nil, nil // اختتمت أعمال قمة السلام بحضور X وY وZ
		}
	}
	if len(subj)+len(obj) >= 2 {
		// اجتماع كيري مع لافروف الذي سيشارك فيه أيضا الجبير: one more at the same table
		for _, ch := range d.participants(cs, t) {
			obj = append(obj, d.resolveChain(ch, at, "", drafts)...)
		}
	}
	if t.mode == readout.Message && len(subj)+len(obj) >= 2 {
		for _, ch := range d.carriers(cs, t, sc, oc) {
			obj = append(obj, d.resolveChain(ch, at, "", drafts)...)
		}
	}
	return subj, obj, sc
}
