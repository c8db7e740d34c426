package people

import "courtql/loader/text"

// minWraps is how many line breaks inside sentences make a page read as
// hard-wrapped; one or two are headlines and captions without a stop.
const minWraps = 3

// lineEnders end a line that is no wrap: a sentence or clause stop, or a
// closing quote or bracket.
var lineEnders = setOf([]rune("。!?;:,、”’」』)】"))

// clauseMarks show that a line holds running text, not a headline.
var clauseMarks = setOf([]rune("。,;:!?"))

// unwrap returns d with its hard wraps joined. A page is hard-wrapped when
// at least minWraps line breaks fall inside running text: between two Han
// characters, after a line that holds clause punctuation but does not end
// with a stop. On such a page every break between two Han characters after
// a line not ending with a stop is a wrap. Such pages come from legacy
// court sites whose keywords were links cut onto lines of their own:
//
//	…深圳中院召开全市\n法院民事\n审判工作会议,总结回顾了…
//
// A headline over several lines on an ordinary page stays apart
// (…在辽宁考察时\n的重要讲话精神\n研究部署…). Each joined break becomes
// a space, so rune offsets stay those of d and paragraphs, sentences and
// enumerations run across the wraps.
func unwrap(d *text.Doc) *text.Doc {
	rs := d.Runes
	var wraps []int
	strong, lineStart := 0, 0
	for i, r := range rs {
		if r != '\n' {
			continue
		}
		if i > 0 && i+1 < len(rs) && isHan(rs[i-1]) && !lineEnders[rs[i-1]] && isHan(rs[i+1]) {
			wraps = append(wraps, i)
			if containsAny(rs[lineStart:i], clauseMarks) {
				strong++
			}
		}
		lineStart = i + 1
	}
	if strong < minWraps {
		return d
	}
	out := make([]rune, len(rs))
	copy(out, rs)
	for _, i := range wraps {
		out[i] = ' '
	}
	return text.New(string(out))
}
