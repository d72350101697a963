package loader

import (
	"unicode"
	"unicode/utf8"
)

// TokenKind classifies a token.
type TokenKind uint8

// The kinds of token.
const (
	Word    TokenKind = iota // letters, perhaps with digits
	Number                   // digits only
	Punct                    // one punctuation character
	Newline                  // a line break: ends a paragraph
)

// Token is one word, number or punctuation mark of a normalised text. Start and End are byte
// offsets into the normalised text.
type Token struct {
	Text       string
	Start, End int
	Kind       TokenKind
}

// Tokenise splits a normalised text into tokens. Spaces separate tokens and are dropped; every
// punctuation character is a token of its own, so that lexicon entries written with punctuation
// ("10 داونينغ ستريت", "نيسان (أبريل)") are matched token by token.
func Tokenise(text string) []Token {
	toks := make([]Token, 0, len(text)/5)
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			toks = append(toks, Token{Text: "\n", Start: i, End: i + 1, Kind: Newline})
			i++
		case r == ' ':
			i++
		case isWordRune(r):
			// a run of digits and a run of letters are separate tokens: 2024م → 2024 م
			digits := isDigit(r)
			j := i
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if !isWordRune(r2) || isDigit(r2) != digits {
					break
				}
				j += s2
			}
			kind := Word
			if digits {
				kind = Number
			}
			toks = append(toks, Token{Text: text[i:j], Start: i, End: j, Kind: kind})
			i = j
		default:
			toks = append(toks, Token{Text: text[i : i+size], Start: i, End: i + size, Kind: Punct})
			i += size
		}
	}
	return toks
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

func isWordRune(r rune) bool {
	return r < utf8.RuneSelf && ('a' <= r && r <= 'z' || '0' <= r && r <= '9') ||
		r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
}
