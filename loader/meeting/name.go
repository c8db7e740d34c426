package meeting

import (
	"regexp"
	"strings"
)

const (
	maxNameRunes = 45 // a meeting name rarely runs longer; stops runaway left extension
	maxTailRunes = 15 // "和中层干部会", "(西部片区)召开"
)

// conjunction joins two meetings held together: 党组扩大会和中层干部会.
var conjunction = map[rune]bool{'和': true, '及': true, '与': true, '暨': true}

// nameStop ends a name on its left: punctuation and line breaks.
var nameStop = map[rune]bool{',': true, '。': true, ';': true, ':': true, '!': true, '?': true, '、': true,
	'，': true, '；': true, '：': true, '！': true, '？': true, '\n': true, ' ': true, '\t': true, '\u3000': true,
	'《': true, '》': true, '【': true, '】': true}

// nameStopWords end a name on its left when they precede it:
// "召开全省中级法院院长座谈会", "参加了座谈会", "这次全市法院院长座谈会".
var nameStopWords = []string{"召开", "举行", "举办", "召集", "参加", "出席", "列席",
	"进行", "主持", "组织", "了", "的", "在", "于", "这次", "本次", "此次",
	"上午", "下午", "晚上", "今天", "近日", "日前", "连日来"}

// triggerBefore marks a meeting held by the subject before it:
// "云南省高级人民法院召开全省中级法院院长座谈会", "召开的", "这次全市法院院长座谈会".
var triggerBefore = regexp.MustCompile(`(?:召开|举行|举办|召集)(?:了|的)?[\s\x{3000}]*$|(?:这次|本次|此次|今天的)$`)

// triggerAfter marks a name standing before its verb:
// "第二十二次全国法院工作会议以视频方式召开", "全区法院知识产权审判工作调研会(西部片区)召开".
var triggerAfter = regexp.MustCompile(`^[^,。;!?，；！？\n]{0,12}?(?:召开|举行|开幕)`)

// notThisMeeting follows a meeting the article only refers to, or a kind word
// used as a modifier: "贯彻全国法院工作会议精神", "推进会召开以来",
// "在党组扩大会议上的重要讲话", "以视频会议形式召开", "通过视频会议系统".
var notThisMeeting = regexp.MustCompile(`^(?:[(（][^)）]*[)）])?(?:精神|召开以来|以来|上的|上讲话|纪要|决议|期间的|室|厅|记录|材料|通知|议程|形式|方式|系统|中心)`)

// citedUnlessHeld follows a meeting cited for its decisions ("落实全国法院工作会议部署")
// unless the text says it is held here ("召开全市法院工作会议部署今年重点工作").
var citedUnlessHeld = regexp.MustCompile(`^(?:[(（][^)）]*[)）])?(?:部署|要求|提出|作出)`)

// referringClause opens a clause that cites other meetings: "学习贯彻…会议精神".
var referringClause = regexp.MustCompile(`贯彻|学习|传达|落实|按照|根据|依照|围绕`)

// shortName is "(以下简称“协同机制”)" inside a name, dropped from it.
var shortName = regexp.MustCompile(`[(（](?:以下)?简称[^)）]*[)）]`)

// candidate is one place the text names a meeting.
type candidate struct {
	start, end int  // rune span of the name
	strong     bool // held here: 召开/举行 next to it
	trigger    int  // rune offset of the verb before the name, -1 when none
}

// findNames lists the meetings rs names, in order.
//
//	name    = prefix* kind ( conj prefix* kind )* ( "(" note ")" )?
//	prefix  = any rune but punctuation, stopping after 召开/举行/参加/了/的 …
//
// e.g. "召开全区知识产权审判工作专项调研会(西部片区)" → 全区知识产权审判工作专项调研会(西部片区).
func findNames(rs []rune) []candidate {
	var out []candidate
	for e := 1; e <= len(rs); e++ {
		n := kindEndingAt(rs, e)
		if n == 0 || extendsKind(rs, e) {
			continue
		}
		c := candidate{end: e, trigger: -1}
		c.start = extendLeft(rs, e-n)
		c.end = extendRight(rs, e)
		if c.start >= c.end {
			continue
		}
		if inBookTitle(rs, c.start) {
			continue
		}
		before := string(rs[max(0, c.start-8):c.start])
		after := string(rs[c.end:min(len(rs), c.end+maxTailRunes)])
		if notThisMeeting.MatchString(after) {
			e = c.end
			continue
		}
		if loc := triggerBefore.FindStringIndex(before); loc != nil {
			c.strong = true
			c.trigger = c.start - len([]rune(before[loc[0]:]))
		} else if triggerAfter.MatchString(after) {
			c.strong = true
		}
		if !c.strong && (referringClause.MatchString(clauseBefore(rs, c.start)) || citedUnlessHeld.MatchString(after)) {
			e = c.end
			continue
		}
		out = append(out, c)
		e = c.end
	}
	return out
}

// extendsKind reports a kind that is only the start of a longer one ending
// one or two runes later (座谈 in 座谈会, 工作会 in 工作会议).
func extendsKind(rs []rune, e int) bool {
	for k := 1; k <= 2 && e+k <= len(rs); k++ {
		if n := kindEndingAt(rs, e+k); n > k {
			return true
		}
	}
	return false
}

func extendLeft(rs []rune, s int) int {
	limit := max(0, s-maxNameRunes)
	for s > limit {
		if nameStop[rs[s-1]] {
			break
		}
		if s >= 2 && rs[s-1] == '日' && isDigit(rs[s-2]) {
			break
		}
		prefix := string(rs[max(0, s-3):s])
		stop := false
		for _, w := range nameStopWords {
			if strings.HasSuffix(prefix, w) {
				stop = true
				break
			}
		}
		if stop {
			break
		}
		s--
	}
	return s
}

func extendRight(rs []rune, e int) int {
	for e < len(rs) {
		switch {
		case conjunction[rs[e]]:
			next := 0
			for j := e + 2; j <= min(len(rs), e+maxTailRunes); j++ {
				if nameStop[rs[j-1]] {
					break
				}
				if kindEndingAt(rs, j) > 0 && !extendsKind(rs, j) {
					next = j
					break
				}
			}
			if next == 0 {
				return e
			}
			e = next
		case rs[e] == '(' || rs[e] == '（':
			for j := e + 1; j < min(len(rs), e+14); j++ {
				if rs[j] == ')' || rs[j] == '）' {
					if note := string(rs[e+1 : j]); strings.Contains(note, "简称") {
						return e
					}
					return j + 1
				}
			}
			return e
		default:
			return e
		}
	}
	return e
}

// clauseBefore returns the text from the last clause break up to s, at
// most maxClause runes.
func clauseBefore(rs []rune, s int) string {
	i := s
	for i > 0 && s-i < maxClause && !strings.ContainsRune(",。;!?，；！？\n", rs[i-1]) {
		i--
	}
	return string(rs[i:s])
}

// inBookTitle reports a position inside 《…》, a document's title.
func inBookTitle(rs []rune, s int) bool {
	for i := s - 1; i >= 0 && s-i < 80; i-- {
		switch rs[i] {
		case '》':
			return false
		case '《':
			return true
		}
	}
	return false
}

// cleanName drops an abbreviation note from a name: "…协同机制(以下简称“协同机制”)第三次联席会议".
func cleanName(name string) string {
	return strings.TrimSpace(shortName.ReplaceAllString(name, ""))
}

func isDigit(r rune) bool {
	return r >= '0' && r <= '9' || strings.ContainsRune("一二三四五六七八九十〇零", r)
}
