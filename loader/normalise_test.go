package loader

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestNormalise checks the fold of each family of characters.
func TestNormalise(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"أحمد إبراهيم آل", "احمد ابراهيم ال"}, // hamza and madda on alef
		{"ٱلله", "الله"},             // alef wasla
		{"مؤتمر رئيس", "موتمر رييس"}, // hamza on waw and yeh
		{"مصطفى", "مصطفي"},           // alef maqsura
		{"مدينة", "مدينه"},           // teh marbuta
		{"مُحَمَّدٌ", "محمد"},        // harakat, shadda, tanween
		{"رحمٰن", "رحمن"},            // superscript alef
		{"جـــديد", "جديد"},          // tatweel
		{"یک گل پژوهش ڤيينا چین", "يك كل بزوهش فيينا جين"}, // Persian letters
		{"٣-٤-٢٠٢٤ ۱۴۰۲", "3-4-2024 1402"},                 // Arabic-Indic and Persian digits
		{"«قال» “ذلك” ‘هنا’", `"قال" "ذلك" 'هنا'`},         // quotes
		{"أ–ب—ج", "ا-ب-ج"},                                 // dashes
		{"كلمة\u200cكلمة\u200fأخرى", "كلمهكلمهاخري"},       // zero-width and direction marks
		{"ﻻ ﷲ", "لا الله"},                                 // presentation forms and ligatures
		{"Sébastien LECORNU", "sebastien lecornu"},         // Latin accents and case
		{"a\tb\u00a0c", "a b c"},                           // spaces
		{"سطر\nسطر", "سطر\nسطر"},                           // line breaks stay
		{"، ؛ ؟ ٪", ", ; ? %"},                             // Arabic punctuation
		{"الخارجي ة الأميركي ة.", "الخارجيه الاميركيه."},   // a stray teh marbuta joins its word
		{"1436 ة و ة", "1436 ه و ه"},                       // but not after a digit or a letter alone
	} {
		if got := Normalise(c.in).Text; got != c.want {
			t.Errorf("Normalise(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestNormaliseOffsets checks that every folded byte points into the character it came from,
// so that findings on the folded text come back to the original exactly.
func TestNormaliseOffsets(t *testing.T) {
	in := "قال الرئيس إيمانويل ماكرون، الثلاثاء ٣ نيسان: «نعم»."
	n := Normalise(in)
	i := strings.Index(n.Text, "ايمانويل ماكرون")
	a, b := n.Span(i, i+len("ايمانويل ماكرون"))
	if got := in[a:b]; got != "إيمانويل ماكرون" {
		t.Errorf("span maps back to %q", got)
	}
	for k := range n.Text {
		if o := n.Orig[k]; o < 0 || int(o) >= len(in) || !utf8.RuneStart(in[o]) {
			t.Fatalf("byte %d maps to %d, not the start of a character", k, o)
		}
	}
}

// TestNormaliseInvalidUTF8 checks that bytes that are not UTF-8 become spaces and keep offsets.
func TestNormaliseInvalidUTF8(t *testing.T) {
	n := Normalise("ab\xffcd")
	if n.Text != "ab cd" || n.Orig[2] != 2 || n.Orig[3] != 3 {
		t.Errorf("got %q %v", n.Text, n.Orig)
	}
}

// TestKey checks that keys collapse spaces and fold like text.
func TestKey(t *testing.T) {
	if got := Key("  سيرغي   شويغو "); got != "سيرغي شويغو" {
		t.Errorf("Key = %q", got)
	}
	if Key("عبدالله") == Key("عبد الله") {
		t.Errorf("keys must not merge words: the matcher lists both spellings")
	}
}

// FuzzNormalise checks, on any input, that the fold is idempotent, never yields invalid UTF-8,
// and that its offset map is monotonic and inside the input.
func FuzzNormalise(f *testing.F) {
	for _, s := range []string{"أجرى الرئيس اتصالا", "٣-٤-٢٠٢٤", "ﻻ\u200c\xff", "Sébastien", "\u0654\u0627", "﹎Ａ＃"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalise(s)
		if !utf8.ValidString(n.Text) {
			t.Fatalf("invalid UTF-8 out of %q", s)
		}
		if again := Normalise(n.Text).Text; again != n.Text {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, n.Text, again)
		}
		for k := range n.Text {
			if int(n.Orig[k]) >= len(s) || int(n.OrigEnd[k]) > len(s) || n.Orig[k] >= n.OrigEnd[k] || k > 0 && n.Orig[k] < n.Orig[k-1] {
				t.Fatalf("bad offsets at %d for %q", k, s)
			}
		}
	})
}
