package loader

import "strings"

// Teasers: the ledes of other stories that some outlets' pages append after the article, one
// line each (أعلنت مصر، الخميس، إرسال مساعدات ... / استقبل العاهل السعودي، الثلاثاء، ...). Each
// opens a story of its own: a verb with no و before it, one sentence, often cut off mid-word. A
// run of them closing the page is not the article's. Only pages whose dateline furniture.txt
// names (kind "ledes") are read so: elsewhere such lines are the article's own (عقب ذلك عقد
// الأمير اجتماعا موسعا).

// minTeaserRun is how many such lines must close the page: one alone may be the article's last
// paragraph.
const minTeaserRun = 2

// teaserStart returns the index of the first line of the run of teaser lines that closes the
// page, or len(lines) when there is none. The first line is the article's own.
func (d *doc) teaserStart(lines [][2]int) int {
	if len(lines) < 2 || !d.ledesDateline(lines[0]) {
		return len(lines)
	}
	start := len(lines)
	for i := len(lines) - 1; i >= 1; i-- {
		from, to := lines[i][0], lines[i][1]
		if from == to {
			continue
		}
		if !d.ledeLike(from, to) {
			break
		}
		start = i
	}
	run := 0
	for i := start; i < len(lines); i++ {
		if lines[i][0] < lines[i][1] {
			run++
		}
	}
	if run < minTeaserRun {
		return len(lines)
	}
	return start
}

// ledesDateline reports whether the first line's first words hold a bracketed dateline of
// furniture.txt's kind "ledes" ((CNN)): a page of an outlet that appends other stories' ledes.
func (d *doc) ledesDateline(first [2]int) bool {
	for k := first[0]; k+2 < first[1] && k < first[0]+15; k++ {
		if d.toks[k].Text != "(" {
			continue
		}
		if kind, n := d.furnitureAt(k + 1); kind == "ledes" && k+1+n < first[1] && d.toks[k+1+n].Text == ")" {
			return true
		}
	}
	return false
}

// ledeLike reports whether line [from, to) reads as the lede of a story of its own: at least
// eight words, one sentence (a full stop only at its end, or none where the page cut it), and
// an opening word that goes on no story before it (no و or ف, no كما or يذكر، no article, no
// number or quotation mark) nor sets it in one told before (بعدها، وقتها).
func (d *doc) ledeLike(from, to int) bool {
	if to-from < 8 || d.toks[from].Kind != Word {
		return false
	}
	w := d.toks[from].Text
	if strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف") || strings.HasPrefix(w, "ال") || goOnWords[w] {
		return false
	}
	for k := from; k < to-1; k++ {
		if t := d.toks[k].Text; (t == "." || t == "!" || t == "?") && !d.abbreviation(k) {
			return false
		}
	}
	for k := from; k < to && k < from+4; k++ {
		if narrativeWords[d.toks[k].Text] {
			return false
		}
	}
	return true
}

// goOnWords open a paragraph that goes on with the story told before it.
var goOnWords = map[string]bool{
	"كما": true, "يذكر": true, "ياتي": true, "يشار": true, "تجدر": true, "جدير": true, "يجدر": true, "من": true,
	"في": true, "الي": true, "لكن": true, "لكنه": true, "لكنها": true, "غير": true, "ثم": true, "اما": true, "بينما": true,
	"حيث": true, "هذا": true, "ذلك": true, "بدوره": true, "بدورها": true, "اذ": true, "كذلك": true, "ايضا": true,
	"بعد": true, "قبل": true, "منذ": true, "خلال": true, "على": true, "علي": true, "عن": true, "مع": true, "اضاف": true,
	"اضافت": true, "تابع": true, "تابعت": true, "اوضح": true, "اوضحت": true, "لفت": true, "لفتت": true, "اشار": true, "اشارت": true,
}

// narrativeWords set an act in a story already told: سلمت بعدها الكويت.
var narrativeWords = map[string]bool{"بعدها": true, "وقتها": true, "حينها": true, "انذاك": true, "عندها": true}
