package people

import (
	"regexp"
	"strings"
)

// groupLabel names a group of court leaders, not a post: the people listed
// after it are given no title (院领导杨志远、潘文秀、龚德林,各庭室负责人在主会场参加会议).
var groupLabel = regexp.MustCompile(`(?:院领导班子成员|院班子成员|领导班子成员|班子成员|院党组成员|其他院领导|在家院领导|院领导)`)

// groupAttendVerb is the verb that makes such a list an attendance: 参加会议,
// 出席会议, 列席.
var groupAttendVerb = regexp.MustCompile(`(?:参加|出席|列席)`)

// delegateLabel names people by what they represent, not by a post: the
// names after it get no title (办案标兵代表吕品、徐学军上台作了经验介绍).
// 人大代表 and 党代表 are posts and are read as such.
var delegateLabel = regexp.MustCompile(`[\p{Han}]{2,6}代表`)

// outsideDelegate is a delegate label of people from outside the courts:
// 企业家代表, 律师代表, 群众代表, 专家学者代表 (法官代表 and 办案标兵代表 are the court's).
var outsideDelegate = regexp.MustCompile(`企业|律师|群众|当事人|专家|学者|市民|村民|居民|商会|媒体|记者|家长|学生|志愿者`)

// delegateVerb is the act that makes a delegate list speakers: they speak
// in the exchange or report (…上台作了经验介绍, …作交流发言).
var delegateVerb = regexp.MustCompile(`^[^。;]{0,12}?(?:发言|介绍|汇报|交流|表态)`)

// listSeparators join the names of a group list.
var listSeparators = setOf([]rune("、和及"))

// groupMentions reads the names listed right after a group label when the
// sentence's verb is 参加/出席:
//
//	group := label name ( (、|和|及) name )*  … (参加|出席|列席)
//
// e.g. 院领导杨志远、潘文秀、龚德林,各庭室负责人在主会场参加会议.
func (x *extractor) groupMentions() []mention {
	var out []mention
	for _, p := range x.d.Paras {
		if p.End <= x.lo || p.Start >= x.hi {
			continue
		}
		for _, st := range p.Sentences {
			s, e := max(st.Start, x.lo), min(st.End, x.hi)
			if s >= e {
				continue
			}
			str := string(x.f[s:e])
			for _, loc := range groupLabel.FindAllStringIndex(str, -1) {
				j := s + len([]rune(str[:loc[1]]))
				list := x.nameList(j, e, s+len([]rune(str[:loc[0]])))
				if len(list) == 0 {
					continue
				}
				rest := string(x.f[list[len(list)-1].end:e])
				if v := groupAttendVerb.FindStringIndex(rest); v == nil || strings.ContainsAny(rest[:v[0]], "。;") {
					continue
				}
				out = append(out, list...)
			}
			for _, loc := range delegateLabel.FindAllStringIndex(str, -1) {
				j := s + len([]rune(str[:loc[1]]))
				if hasSuffixAt(x.f, j, "人大代表") || hasSuffixAt(x.f, j, "党代表") {
					continue
				}
				list := x.nameList(j, e, j)
				if len(list) == 0 {
					continue
				}
				if rest := string(x.f[list[len(list)-1].end:e]); delegateVerb.MatchString(rest) {
					if outsideDelegate.MatchString(str[loc[0]:loc[1]]) {
						for k := range list {
							list[k].outside = true
						}
					}
					out = append(out, list...)
				}
			}
		}
	}
	return out
}

// nameList reads bare names joined by listSeparators from j up to e; the
// first one's chain starts at label.
func (x *extractor) nameList(j, e, label int) []mention {
	var out []mention
	for j < e {
		sl := x.surnameLen(j)
		if sl == 0 {
			break
		}
		end := 0
		for _, n := range []int{sl + 2, sl + 1} {
			k := j + n
			if k > e || !x.plausible(j, k) || x.functionTail(j, k) {
				continue
			}
			if k == e || !isHan(x.f[k]) || listSeparators[x.f[k]] || x.f[k] == '等' || x.endsName(k) {
				end = k
				break
			}
		}
		if end == 0 {
			break
		}
		m := mention{start: j, end: end, cstart: j, cend: end, group: true}
		if len(out) == 0 {
			m.cstart = label
		}
		out = append(out, m)
		if end >= e || !listSeparators[x.f[end]] {
			break
		}
		j = end + 1
	}
	return out
}
