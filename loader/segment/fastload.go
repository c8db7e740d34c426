package segment

import (
	"strings"
	_ "unsafe" // go:linkname

	"github.com/go-ego/gse"
)

// gse's embedded Chinese dictionaries (simplified, traditional). They are
// unexported; linking to them saves shipping a second 8.6 MB copy.
//
//go:linkname gseZhS github.com/go-ego/gse.zhS
var gseZhS string

//go:linkname gseZhT github.com/go-ego/gse.zhT
var gseZhT string

// loadWords adds the "word freq [pos]" lines of dict to s's dictionary the
// way gse's LoadDictStr does (same frequency filter, first entry of a word
// kept), without LoadDictStr's final CalcToken: that pass computes the
// shortest-path distances and sub-segments of every word for gse's
// dictionary and search modes, a third of the load time, and Cut(text,
// true) (DAG + HMM, the only mode courtql uses) reads neither.
func loadWords(s *gse.Segmenter, dict string) {
	// One allocation for the token list instead of a doubling append.
	tokens := make([]gse.Token, len(s.Dict.Tokens), len(s.Dict.Tokens)+strings.Count(dict, "\n")+1)
	copy(tokens, s.Dict.Tokens)
	s.Dict.Tokens = tokens
	for len(dict) > 0 {
		line, rest, _ := strings.Cut(dict, "\n")
		dict = rest
		// The parsing below is LoadDictStr's, step for step.
		fields := strings.Split(line, s.DictSep+" ")
		text := strings.TrimSpace(fields[0])
		freqText := ""
		if len(fields) > 1 {
			freqText = strings.TrimSpace(fields[1])
		}
		freq := s.Size(len(fields), text, freqText)
		if freq == 0 {
			continue
		}
		pos := ""
		if len(fields) > 2 {
			pos = strings.TrimSpace(fields[2])
		}
		s.Dict.AddToken(s.ToToken(text, freq, pos))
	}
}
