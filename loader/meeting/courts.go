package meeting

import (
	"regexp"
	"strings"
	"unicode"

	"courtql/loader/court"
)

var (
	// joinVerb after a court (within a sentence) makes it a participant:
	// "鄂尔多斯市中院党组书记、院长苏利军参加会议并致辞", "元阳县法院院长李永明介绍…",
	// "市中院设主会场,各基层法院设分会场", "在婺城法院張永偉院長、林慧君副院長的陪同下", "市中院党组成员、副院长林振华到会指导",
	// "区法院党组书记、院长韦晓丽作专项工作报告" (reporting to a congress).
	joinVerb = regexp.MustCompile(`作[^,，。;；]{0,6}(?:报告)|书面交流|表态发言|经验分享|参加|出席|列席|与会|参会|汇报|介绍|交流发言|经验交流|作交流|交流了|发言|致辞|讲话|主持|陪同|到会指导|莅临指导|分会场|主会场|指出|强调|表示`)
	// passing words between a court and the verb show a citation, not a participant:
	// "自治区高院党组书记、院长黄克在…党组扩大会议上的重要讲话精神" (dev 200).
	passingWords = regexp.MustCompile(`精神|部署|文件|通知|《|转发|提出的|的讲话|会议上|大会上`)
	// verbNoun: a verb used as a noun ("的讲话", "讲话精神") reports another meeting.
	verbNounBefore = regexp.MustCompile(`(?:的|上的)$`)
	verbNounAfter  = regexp.MustCompile(`^(?:精神|要求|内容|稿)`)
)

// personClause is one item of a list of participants: posts then a name,
// "党组成员、副院长沈国强", "安吉县委常委、政法委书记陆建平".
var personClause = regexp.MustCompile(`^[\p{Han}、]{0,24}(?:长|书记|委员|常委|主任|主席|代表|法官|审判员|检察官)[\p{Han}•·]{2,5}$`)

const maxListClauses = 6 // person clauses between a court and the list's verb

const joinWindow = 32 // runes from a court to its participation verb

// participants lists the courts taking part in a meeting held in [from,to):
// host first, then visited courts, report headings ("本溪市中级人民法院" alone on
// a line, seed 003) and courts whose people take part (joinVerb).
func participants(rs []rune, mentions []court.Mention, host *court.Court, extra []court.Court, from, to int) []court.Court {
	var out []court.Court
	seen := map[string]bool{}
	add := func(c court.Court) {
		c = c.Institution()
		if c.Name == "" || seen[c.Name] {
			return
		}
		seen[c.Name] = true
		out = append(out, c)
	}
	if host != nil {
		add(*host)
	}
	for _, c := range extra {
		add(c)
	}
	for _, m := range mentions {
		if m.Start < from || m.End > to {
			continue
		}
		if isHeading(rs, m) || joins(rs, m) {
			add(m.Court)
		}
	}
	return out
}

// isHeading reports a mention that is a line of its own (optionally with a
// colon). It reads no further than the first rune that is neither a space
// nor that colon, so a long line costs nothing per mention.
func isHeading(rs []rune, m court.Mention) bool {
	if m.Start > 0 && rs[m.Start-1] != '\n' {
		return false
	}
	colon := false
	for i := m.End; i < len(rs) && rs[i] != '\n'; i++ {
		switch {
		case unicode.IsSpace(rs[i]):
		case !colon && (rs[i] == ':' || rs[i] == '：'):
			colon = true
		default:
			return false
		}
	}
	return true
}

// joins reports a participation verb after the court in its sentence: within
// joinWindow runes, or anywhere in the court's clause, so that a list of
// courts and their officers ends in one verb:
// "会上,杭州市西湖区人民法院院长周某、…、淳安县人民法院院长方某先后作交流发言".
func joins(rs []rune, m court.Mention) bool {
	if referringClause.MatchString(clauseBefore(rs, m.Start)) {
		return false
	}
	if listJoins(rs, m) {
		return true
	}
	end := max(sentenceEndWithin(rs, m.End, joinWindow), clauseEnd(rs, m.End))
	window := string(rs[m.End:end])
	for _, loc := range joinVerb.FindAllStringIndex(window, -1) {
		between := window[:loc[0]]
		if passingWords.MatchString(between) {
			return false
		}
		if verbNounBefore.MatchString(between) || verbNounAfter.MatchString(window[loc[1]:]) {
			continue
		}
		return true
	}
	return false
}

// maxClause bounds the clauses read around a mention: text that runs on
// for longer without a break is not read as one clause, and a line with no
// punctuation at all costs a bounded amount per mention.
const maxClause = 200

// clauseEnd returns the offset of the first clause break at or after pos,
// at most maxClause runes on.
func clauseEnd(rs []rune, pos int) int {
	end := min(len(rs), pos+maxClause)
	for i := pos; i < end; i++ {
		if strings.ContainsRune(",。;!?，；！？\n", rs[i]) {
			return i
		}
	}
	return end
}

// listJoins reports a court whose officer heads a list of participants,
// each a clause of posts and a name, that ends in a participation verb:
// "湖州市中级人民法院党组成员、副院长沈国强,安吉县委常委、政法委书记陆建平,
// 安吉县人民法院党组书记、院长钱丽华出席仪式并共同为法庭揭牌".
func listJoins(rs []rune, m court.Mention) bool {
	pos := m.End
	if !personClause.MatchString(string(rs[pos:clauseEnd(rs, pos)])) {
		return false
	}
	for n := 0; n <= maxListClauses; n++ {
		e := clauseEnd(rs, pos)
		if e >= len(rs) || (rs[e] != ',' && rs[e] != '，') {
			return false
		}
		pos = e + 1
		clause := string(rs[pos:clauseEnd(rs, pos)])
		if loc := joinVerb.FindStringIndex(clause); loc != nil {
			return !passingWords.MatchString(clause[:loc[0]])
		}
		if !personClause.MatchString(clause) {
			return false
		}
	}
	return false
}
