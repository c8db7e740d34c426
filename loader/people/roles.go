package people

import (
	"regexp"
	"strings"
)

// Normalised roles.
const (
	RoleSpeech   = "讲话"
	RoleChair    = "主持"
	RoleSummary  = "总结"
	RoleReport   = "通报"
	RoleRelay    = "传达"
	RoleExchange = "交流发言"
	RoleAttend   = "出席"
)

// roleWords maps the verbs read after a name (folded text) to a normalised
// role, longest first where one contains another.
var roleWords = []struct{ word, role string }{
	{"作重要讲话", RoleSpeech}, // 院长胡国林作重要讲话
	{"发表讲话", RoleSpeech},
	{"工作报告", RoleSpeech}, // 院长马强作工作报告
	{"主题报告", RoleSpeech}, // 院长康为民作主题报告
	{"宣讲报告", RoleSpeech}, // 副院长…作宣讲报告
	{"专题报告", RoleSpeech}, // 党组书记…作专题报告
	{"讲话", RoleSpeech},   // 出席会议并讲话
	{"致辞", RoleSpeech},   // 参加会议并致辞
	{"指出", RoleSpeech},   // 张学群指出,…
	{"强调", RoleSpeech},   // 周强强调,要…
	{"表示", RoleSpeech},   // 赵红表示,…
	{"认为", RoleSpeech},   // 張永偉院長認為…
	{"要求", RoleSpeech},   // 张海波要求,… (verb only, see verbYaoqiu)
	{"主持", RoleChair},    // 会议由…梁炳扬主持
	{"总结", RoleSummary},  // 在会议总结时指出
	{"通报", RoleReport},   // 副院长唐斌通报前三季度…
	{"宣读", RoleReport},   // 宣读表彰决定
	{"点评", RoleReport},   // 顾霞就…审判绩效进行点评分析
	{"反馈", RoleReport},   // 副院长…反馈了评查情况
	{"传达", RoleRelay},    // 副院长周明传达学习了…
	{"汇报", RoleExchange}, // 林慧君副院長匯報了…
	{"介绍", RoleExchange}, // 主持会议并介绍…
	{"交流", RoleExchange}, // 大理市法院院长张宁交流了…
	{"发言", RoleExchange}, // 作经验交流发言
	{"出席", RoleAttend},   // 出席会议并讲话
	{"参加", RoleAttend},   // 参加会议并致辞
	{"列席", RoleAttend},   // 蚌埠市人民检察院副检察长郑凯列席会议
	{"参会", RoleAttend},
	{"座谈", RoleAttend}, // 與…站前社區書記陳燕進行了座談 (only right after the name)
	{"到会", RoleAttend}, // 副院长王建华到会指导并讲话
	{"莅临", RoleAttend}, // 市委常委赵平莅临会议并讲话
	{"到场", RoleAttend}, // 县委书记钱峰到场指导
}

// leadClause is a clause after a comma that goes on with the subject's
// instruction: ,要求全院干警…; ,并强调:….
var leadClause = regexp.MustCompile(`^(?:并|同时|还|也|随后)?(?:要求|强调|指出)[^的]`)

// inOwnSpeech opens what a speaker does inside his own speech or report:
// 在报告中介绍, 在讲话中通报, 在工作报告中回顾 (not 在报告会上介绍).
var inOwnSpeech = regexp.MustCompile(`^在(?:工作|主题|专题)?(?:报告|讲话)(?:中|里)`)

// leadVerbs open reported speech: the words after them are what was said,
// not more roles.
var leadVerbs = setOfStrings(strings.Fields("指出 强调 表示 认为 要求"))

// proposeRe words: 提出…要求/意见 is a speech (梁炳扬院长就…提出了“六个持续”具体要求).
var proposeObjects = strings.Fields("要求 意见 建议 希望")

// scanRoles reads the roles of the person named at m from the words after
// the name up to stop (the next person, the end of the sentence): role
// words (see roleWordAt) and 提出…要求 (see proposalAt), until a lead verb
// opens what was said or a clause ends after a role.
//
// crossed are the starts of mentions inside the predicate that do not act
// themselves; nominal role words after them are theirs and are skipped.
func (x *extractor) scanRoles(m *mention, stop int, crossed []int) {
	f := x.f
	i := m.cend
	for i < stop && f[i] == '同' && hasPrefixAt(f, i, "同志") {
		i += 2
	}
	rs := roleScan{m: m, start: i, crossed: crossed}
	for i < stop {
		r := f[i]
		if r == ',' && len(m.roles) > 0 && leadClause.MatchString(string(f[i+1:stop])) {
			// 霍精锐介绍了…情况,要求全院干警…: the same subject goes on to
			// instruct, a speech besides the act.
			m.roles = addRole(m.roles, RoleSpeech)
			break
		}
		if r == ',' && len(m.roles) > 0 && i+1 < stop && f[i+1] == '并' {
			// 出席,并作了题为《…》的工作报告: 并 goes on with the same subject's acts.
			i++
			continue
		}
		if r == '。' || r == ';' || r == '!' || r == '?' || r == '\n' || r == ',' && len(m.roles) > 0 {
			break
		}
		if r == '在' {
			if loc := inOwnSpeech.FindStringIndex(string(f[i:min(stop, i+12)])); loc != nil {
				// 尚德明在报告中介绍,…: what the speech or report goes on
				// to do is that speech, no role of its own.
				m.roles = addRole(m.roles, RoleSpeech)
				return
			}
		}
		if r == '《' {
			// a title names a document, it holds no act: 《…讲话精神》
			i = titleEnd(f, i, stop)
			continue
		}
		if next, done, ok := x.roleWordAt(&rs, i); ok {
			if done {
				return
			}
			i = next
			continue
		}
		if hasPrefixAt(f, i, "提出的") {
			if len(crossed) > 0 && crossed[0] < i {
				i += 3
				continue
			}
			return
		}
		if x.proposalAt(&rs, i, stop) {
			return
		}
		i++
	}
}

// roleScan is the state of one scanRoles.
type roleScan struct {
	m       *mention
	start   int   // first rune after the name (and 同志)
	crossed []int // see scanRoles
	summary bool  // 总结 read: later lead verbs are the summary's
}

// roleWordAt reads the role word at i, if any (ok). It returns where to go
// on, and done when the scan ends (a lead verb opens what was said, or the
// name only modifies a noun: 黄克院长重要讲话精神).
func (x *extractor) roleWordAt(rs *roleScan, i int) (next int, done, ok bool) {
	f, m := x.f, rs.m
	for _, rw := range roleWords {
		if !hasPrefixAt(f, i, rw.word) {
			continue
		}
		e := i + len([]rune(rw.word))
		if x.nominalRole(i, e, rw.word) {
			if len(rs.crossed) > 0 && rs.crossed[0] < i || len(m.roles) > 0 {
				// 介绍了…来院交流的情况: a noun in the object of an act already read.
				return e, false, true
			}
			return e, true, true
		}
		if x.notAnActHere(rs, rw.word, rw.role, i, e) {
			return e, false, true
		}
		role := rw.role
		if rw.role == RoleSummary {
			rs.summary = true
		}
		if rw.role == RoleSpeech && rs.summary && (leadVerbs[rw.word] || rw.word == "讲话") {
			// 在会议总结时指出, 在总结讲话中要求: the remarks are the summary.
			role = ""
		}
		if rw.role == RoleSpeech && leadVerbs[rw.word] && x.afterSpeakingUp(i) {
			// 在座谈中发言表示, 发言时指出: the remarks are the 发言.
			role = ""
		}
		if role != "" {
			m.remark = rw.word == "表示" && len(m.roles) == 0
			m.roles = addRole(m.roles, role)
			m.roleEnd = e
		}
		return e, leadVerbs[rw.word], true
	}
	return i, false, false
}

// notAnActHere reports whether the role word at [i,e) is no act of the
// person here: 在座谈中发言 (the time of the act), 主持座谈会 (the
// meeting's name), the noun 要求 (按照省院要求), 听取…汇报 (the person
// listens).
func (x *extractor) notAnActHere(rs *roleScan, word, role string, i, e int) bool {
	f := x.f
	switch {
	case word == "座谈":
		return i-rs.start > 6 || len(rs.m.roles) > 0 || hasPrefixAt(f, e, "会") || hasSuffixAt(f, i, "在")
	case word == "要求":
		return !x.verbYaoqiu(i, rs.start)
	case role == RoleExchange:
		return hasSuffixAt(f, i, "听取") || hasSuffixAt(f, i, "听")
	}
	return false
}

// proposalAt reads 提出…要求/意见/建议/希望 at i, a speech:
// 梁炳扬院长就…提出了“六个持续”具体要求. Like 表示, it reports what was
// said and adds nothing to an earlier 发言 (郭思远就…提出了意见建议); in a
// summary (在总结时提出要求:一是…) the remarks are the summary. It
// reports whether the scan ends.
func (x *extractor) proposalAt(rs *roleScan, i, stop int) bool {
	f, m := x.f, rs.m
	if !hasPrefixAt(f, i, "提出") {
		return false
	}
	for j := i + 2; j < stop && j < i+30 && !strings.ContainsRune("。;,:!?", f[j]); j++ {
		for _, o := range proposeObjects {
			if hasPrefixAt(f, j, o) && !hasPrefixAt(f, j+2, "的") {
				if !rs.summary {
					m.remark = len(m.roles) == 0
					m.roles = addRole(m.roles, RoleSpeech)
					m.roleEnd = j + 2
				}
				return true
			}
		}
	}
	return false
}

// speakingUpLeads may stand between 发言 and the lead verb of what was said:
// 发言表示, 发言时指出, 发言中强调.
var speakingUpLeads = strings.Fields("发言 发言时 发言中")

// afterSpeakingUp reports whether the lead verb at i directly follows 发言.
func (x *extractor) afterSpeakingUp(i int) bool {
	for _, w := range speakingUpLeads {
		if hasSuffixAt(x.f, i, w) {
			return true
		}
	}
	return false
}

// nominalRole reports whether the role word at [s,e) is used as a noun or
// modifier, not as the person's act at this meeting: 黄克…上的重要讲话精神,
// 陶凯元副院长提出的, 周强院长重要讲话要求.
func (x *extractor) nominalRole(s, e int, word string) bool {
	f := x.f
	if e < len(f) && (f[e] == '的' || f[e] == '人' && (word == "主持" || word == "到会" || word == "到场")) {
		return true
	}
	if word == "讲话" || word == "发言" {
		if hasPrefixAt(f, e, "精神") || hasPrefixAt(f, e, "要求") || hasPrefixAt(f, e, "内容") {
			return true
		}
		for k := s - 1; k >= 0 && k >= s-3; k-- {
			if f[k] == '的' {
				return true
			}
		}
	}
	return false
}

// yaoqiuAdverbs may stand between a subject and the verb 要求 (同时要求, 明确要求).
// It also follows the time or place of a speech: 在主持会议时要求, 在总结讲话中要求,
// 在会上要求.
var yaoqiuAdverbs = strings.Fields("同时 并 还 也 明确 特别 进一步 再次 严格 最后 首先 一再 反复 他 她 会议 同志 党组 又 均 都 随后 接着 因此 为此 时 讲话中 发言中 报告中 会上 会议上")

// verbYaoqiu reports whether 要求 at i is the verb "to require" rather than
// the noun "requirement" (按照省院要求设定…, 部署要求): it opens a clause,
// follows a subject start (the name just read), or an adverb.
func (x *extractor) verbYaoqiu(i, subjectEnd int) bool {
	f := x.f
	if i == subjectEnd || i <= x.lo {
		return true
	}
	if strings.ContainsRune("。,;:!?、“\n \t", f[i-1]) {
		return true
	}
	for _, a := range yaoqiuAdverbs {
		if hasSuffixAt(f, i, a) {
			return true
		}
	}
	if postEndingAt(f, i) > 0 {
		return true
	}
	return false
}

func addRole(roles []string, r string) []string {
	for _, o := range roles {
		if o == r {
			return roles
		}
	}
	return append(roles, r)
}

// titleEnd returns the position after the 》 closing the title opened at i,
// or i+1 when it is not closed before stop.
func titleEnd(f []rune, i, stop int) int {
	for j := i + 1; j < stop; j++ {
		if f[j] == '》' {
			return j + 1
		}
	}
	return i + 1
}
