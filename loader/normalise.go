package loader

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalised is a text folded for matching, with a map from every byte of the folded text back
// to the bytes of the original: Orig[i] is where the original character that produced Text[i]
// starts, OrigEnd[i] where it ends. Findings are made on Text and reported on the original.
type Normalised struct {
	Text    string
	Orig    []int32
	OrigEnd []int32
}

// Span maps the folded byte range [a, b) back to the original text.
func (n *Normalised) Span(a, b int) (int, int) {
	if len(n.Orig) == 0 || a >= b {
		return 0, 0
	}
	return int(n.Orig[a]), int(n.OrigEnd[b-1])
}

// Normalise folds s for matching. The fold, applied to each character:
//   - compatibility decomposition (NFKD: presentation forms and ligatures become letters) with
//     every combining mark dropped: harakat, shadda, sukun, superscript alef, and the hamza and
//     madda that the decomposition separates from أ إ آ ؤ ئ (so they become ا ا ا و ي);
//   - ٱ→ا, ى→ي, ة→ه; the Persian and Urdu letters ی ک گ پ ڤ چ ژ ە → ي ك ك ب ف ج ز ه;
//   - tatweel and zero-width characters removed; Arabic-Indic and Persian digits → 0-9;
//   - Arabic punctuation ، ؛ ؟ ٪ → , ; ? %; quotes → " or '; dashes → -; spaces → one space
//     (line breaks kept, they end paragraphs), as are _ and # (hashtags: #الملك_سلمان); Latin
//     letters lower-cased;
//   - bytes that are not UTF-8 become a space;
//   - a ة standing alone after a word joins it (الخارجي ة → الخارجيه), as some pages split it.
//
// The fold is idempotent: Normalise(Normalise(s).Text).Text == Normalise(s).Text.
func Normalise(s string) Normalised {
	out := make([]byte, 0, len(s))
	orig := make([]int32, 0, len(s))
	end := make([]int32, 0, len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 {
			r = ' '
		}
		if r == 'ة' && strayTehMarbuta(out, s[i+size:]) {
			// "الخارجي ة": some outlets' pages split the last letter off; it is the word's
			out, orig, end = out[:len(out)-1], orig[:len(orig)-1], end[:len(end)-1]
		}
		f := fold(r)
		for j := 0; j < len(f); j++ {
			out = append(out, f[j])
			orig = append(orig, int32(i))
			end = append(end, int32(i+size))
		}
		i += size
	}
	return Normalised{Text: string(out), Orig: orig, OrigEnd: end}
}

// strayTehMarbuta reports whether a ة stands alone after a word, with the folded text so far
// ending in two letters and a space and no letter after it: the word's own last letter.
func strayTehMarbuta(out []byte, rest string) bool {
	if len(out) < 3 || out[len(out)-1] != ' ' {
		return false
	}
	prev, n := utf8.DecodeLastRune(out[:len(out)-1])
	before, _ := utf8.DecodeLastRune(out[:len(out)-1-n])
	next, _ := utf8.DecodeRuneInString(rest)
	return prev >= 0x600 && unicode.IsLetter(prev) && unicode.IsLetter(before) && !unicode.IsLetter(next)
}

// Key folds s as Normalise does and collapses runs of spaces, for lexicon and index keys.
func Key(s string) string {
	return strings.Join(strings.Fields(Normalise(s).Text), " ")
}

// foldTable caches fold results for the Basic Multilingual Plane; it is built once.
var (
	foldTable []string
	foldOnce  sync.Once
)

func fold(r rune) string {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		if r == '\t' || r == '\r' || r == '\f' || r == '\v' || r == '_' || r == '#' {
			r = ' ' // hashtags (#الملك_سلمان) are words
		}
		return asciiStrings[r]
	}
	if r <= 0xFFFF {
		foldOnce.Do(buildFoldTable)
		return foldTable[r]
	}
	return foldRune(r)
}

var asciiStrings = func() (t [utf8.RuneSelf]string) {
	for i := range t {
		t[i] = string(rune(i))
	}
	return t
}()

func buildFoldTable() {
	foldTable = make([]string, 0x10000)
	for r := rune(0); r <= 0xFFFF; r++ {
		foldTable[r] = foldRune(r)
	}
}

// letterMap maps what NFKD leaves to readout's one spelling.
var letterMap = map[rune]string{
	'ٱ': "ا", 'ى': "ي", 'ة': "ه", 'ی': "ي", 'ې': "ي", 'ێ': "ي", 'ک': "ك", 'گ': "ك", 'ڭ': "ك",
	'پ': "ب", 'ڤ': "ف", 'ڥ': "ف", 'چ': "ج", 'ژ': "ز", 'ە': "ه", 'ہ': "ه", 'ھ': "ه", 'ۀ': "ه",
	'ـ': "", '،': ",", '؛': ";", '؟': "?", '٪': "%", '٫': ".", '٬': ",", '۔': ".",
	'“': `"`, '”': `"`, '„': `"`, '«': `"`, '»': `"`, '‹': `"`, '›': `"`, '″': `"`, '＂': `"`,
	'‘': "'", '’': "'", '‚': "'", '′': "'", '`': "'",
	'‐': "-", '‑': "-", '‒': "-", '–': "-", '—': "-", '―': "-", '−': "-", '⁃': "-",
	'\u200b': "", '\u200c': "", '\u200d': "", '\u200e': "", '\u200f': "", '\ufeff': "",
	'\u2060': "", '\u061c': "", '\u202a': "", '\u202b': "", '\u202c': "", '\u202d': "", '\u202e': "",
	'\u2028': "\n", '\u2029': "\n", '\u0085': "\n",
}

// foldRune computes the fold of one character (see Normalise).
func foldRune(r rune) string {
	switch {
	case r >= '٠' && r <= '٩':
		return string('0' + (r - '٠'))
	case r >= '۰' && r <= '۹':
		return string('0' + (r - '۰'))
	}
	if m, ok := letterMap[r]; ok {
		return m
	}
	if unicode.IsSpace(r) {
		return " "
	}
	if unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) || unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cs, r) {
		return ""
	}
	var b strings.Builder
	for _, d := range norm.NFKD.String(string(r)) {
		if unicode.Is(unicode.Mn, d) || unicode.Is(unicode.Me, d) {
			continue
		}
		switch {
		case d < utf8.RuneSelf:
			b.WriteString(fold(d)) // ﹎ → _ → a space, Ａ → a, as ASCII folds
		case d == r:
			b.WriteRune(unicode.ToLower(d))
		default:
			b.WriteString(foldRune(d))
		}
	}
	return b.String()
}
