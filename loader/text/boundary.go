package text

// Sentence and clause boundaries, the one place extractors read them from:
// a sentence ends at 。, ! or ? (the semicolon does not: Chinese reports
// chain the clauses of one instruction with it); a clause ends at those and
// at , ; : in either width. Extractors that need more stops (a figure's
// window also stops at parentheses and spaces) add them to these.

// sentenceEnd holds the runes that close a sentence.
var sentenceEnd = map[rune]bool{'。': true, '\uff01': true, '\uff1f': true, '!': true, '?': true}

// clauseEnd holds the runes that close a clause.
var clauseEnd = map[rune]bool{
	'。': true, '!': true, '?': true, '\uff01': true, '\uff1f': true,
	',': true, '，': true, ';': true, '；': true, ':': true, '：': true,
}

// IsSentenceEnd reports whether r closes a sentence: 。 ! ?.
func IsSentenceEnd(r rune) bool { return sentenceEnd[r] }

// IsClauseEnd reports whether r closes a clause: a sentence end or , ; :.
func IsClauseEnd(r rune) bool { return clauseEnd[r] }

// Clauses cuts the paragraphs' text inside within at every clause end;
// paragraph ends close a clause too. Empty clauses are left out.
func (d *Doc) Clauses(within Span) []Span {
	var out []Span
	for _, p := range d.Paras {
		if p.End <= within.Start || p.Start >= within.End {
			continue
		}
		s, e := max(p.Start, within.Start), min(p.End, within.End)
		for i := s; i <= e; i++ {
			if i == e || clauseEnd[d.Runes[i]] {
				if i > s {
					out = append(out, Span{Start: s, End: i})
				}
				s = i + 1
			}
		}
	}
	return out
}

// ClauseEndAt returns the offset of the first clause end or line break at or
// after i (len of the text when none).
func (d *Doc) ClauseEndAt(i int) int {
	for j := max(i, 0); j < len(d.Runes); j++ {
		if clauseEnd[d.Runes[j]] || d.Runes[j] == '\n' {
			return j
		}
	}
	return len(d.Runes)
}
