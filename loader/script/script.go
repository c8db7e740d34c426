// Package script converts traditional-script Chinese to simplified rune for
// rune, so every extractor can match one script while spans and the text
// users see keep the script the article uses.
package script

import (
	"sync"
	"unicode"

	"github.com/longbridgeapp/opencc"
)

var (
	t2sOnce sync.Once
	t2sConv *opencc.OpenCC // nil if the dictionaries failed to load
	t2sRune sync.Map       // rune → rune: OpenCC's conversion of one character
)

// Simplify converts s to simplified script rune for rune: the result has
// as many runes as s, each at the same offset.
func Simplify(s string) string {
	return string(SimplifyRunes([]rune(s)))
}

// SimplifyRunes converts text to simplified script rune for rune, so offsets in
// the result are offsets in text. A run of Han characters that holds a
// traditional character is converted by OpenCC as a whole (phrase
// dictionaries first); if that changes the run's length, its characters are
// converted one at a time instead. Runs without one are left alone, so
// simplified text costs only map look-ups.
func SimplifyRunes(text []rune) []rune {
	t2sOnce.Do(func() { t2sConv, _ = opencc.New("t2s") })
	out := make([]rune, len(text))
	copy(out, text)
	if t2sConv == nil {
		return out
	}
	for i := 0; i < len(text); {
		if !unicode.Is(unicode.Han, text[i]) {
			i++
			continue
		}
		j, changed := i, false
		for ; j < len(text) && unicode.Is(unicode.Han, text[j]); j++ {
			if out[j] = simplifyRune(text[j]); out[j] != text[j] {
				changed = true
			}
		}
		if changed {
			if s, err := t2sConv.Convert(string(text[i:j])); err == nil {
				if r := []rune(s); len(r) == j-i {
					copy(out[i:j], r)
				}
			}
		}
		i = j
	}
	return out
}

// simplifyRune is OpenCC's conversion of one character, memoised.
func simplifyRune(r rune) rune {
	if v, ok := t2sRune.Load(r); ok {
		return v.(rune)
	}
	out := r
	if s, err := t2sConv.Convert(string(r)); err == nil {
		if rs := []rune(s); len(rs) == 1 {
			out = rs[0]
		}
	}
	t2sRune.Store(r, out)
	return out
}
