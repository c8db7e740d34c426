package people

// The modals that make a sentence an instruction (要, 必须, 务必) and the
// uses of 要 that do not (重要, 要点, 但也要清醒看到).

import (
	"regexp"
	"strings"
)

// notModalBefore / notModalAfter: 要 in these words is not the modal "must"
// (重要, 主要, 需要, 要点, 纪要, 要素, 要务 …). 要求 is handled as a lead verb.
var (
	notModalBefore = setOf([]rune("重主需必首紧提概简扼显政机只纪摘想"))
	notModalAfter  = setOf([]rune("求点素件务闻害事案职员领义旨地塞么不约挟价是"))
)

// assessmentSees follow an assessment's 要 (但也要清醒看到, 同时也要看到,
// 要清醒认识到…存在的问题); assessmentBefore are the words before it.
var (
	assessmentSees   = regexp.MustCompile(`^要(?:清醒|清楚|充分|深刻)?地?(?:看到|认识到)`)
	assessmentBefore = strings.Fields("但 也 同时 然而 不过 但是")
)

// assessmentYao reports whether the 要 at i opens an assessment, not an
// instruction: 要 + (清醒)看到/认识到 after 但, 也 or 同时:
//
//	…稳中有进,但也要清醒看到,长期未结案件存量仍然较大
func assessmentYao(f []rune, i int) bool {
	end := min(len(f), i+8)
	if !assessmentSees.MatchString(string(f[i:end])) {
		return false
	}
	for _, w := range assessmentBefore {
		if hasSuffixAt(f, i, w) {
			return true
		}
	}
	return false
}

// mustWords are modals as strong as 要: 全省法院必须保持清醒头脑,正视问题.
// Not after 所/是/的 (所必须的, 是必须的) nor before 的 (必须的条件).
var mustWords = []string{"必须", "务必"}

// mustAt reports whether f[i:] opens the modal 必须 or 务必.
func mustAt(f []rune, i int) bool {
	for _, w := range mustWords {
		if !hasPrefixAt(f, i, w) {
			continue
		}
		if i > 0 && strings.ContainsRune("所是的", f[i-1]) || hasPrefixAt(f, i+2, "的") {
			return false
		}
		return true
	}
	return false
}

// assessmentLeads open an assessment; a 必须 after one closes the
// assessment when a problem is stated between them (会议指出,…仍存在…短板,
// 必须下大力气加以解决) and is no instruction. Without a problem stated the
// 必须 instructs: 会议指出,网络安全是生命线,必须始终绷紧这根弦.
var assessmentLeads = strings.Fields("指出 认为 分析 看到")

// problemWords state a shortcoming that an assessed 必须 answers.
var problemWords = strings.Fields("问题 短板 不足 差距 薄弱 存在 困难 矛盾 隐患 滞后 落后 靠后 不够 不高 不强 不到位 偏低 偏高 较低 下降")

// assessedBefore reports whether f[s:i] holds an assessmentLeads word and,
// after it, a problemWords word.
func assessedBefore(f []rune, s, i int) bool {
	t := string(f[s:i])
	for _, w := range assessmentLeads {
		k := strings.Index(t, w)
		if k < 0 {
			continue
		}
		if hasPrefixAt(f, i, "必须引起") {
			return true // …,必须引起高度重视: the assessment's own close
		}
		for _, p := range problemWords {
			if strings.Contains(t[k:], p) {
				return true
			}
		}
	}
	return false
}

// mustIn reports whether f[s:e] holds the modal 必须 or 务必.
func mustIn(f []rune, s, e int) bool {
	for i := s; i < e; i++ {
		if mustAt(f, i) {
			return true
		}
	}
	return false
}

// hasModal reports whether f[s:e] holds the modal 要 (各级法院要…, 一定要…).
func hasModal(f []rune, s, e int) bool {
	return firstModal(f, s, e) >= 0
}

func firstModal(f []rune, s, e int) int {
	for i := s; i < e; i++ {
		if f[i] != '要' {
			continue
		}
		if i > 0 && notModalBefore[f[i-1]] {
			continue
		}
		if i+1 < len(f) && notModalAfter[f[i+1]] {
			continue
		}
		if assessmentYao(f, i) || verbYao(f, i) {
			continue
		}
		return i
	}
	return -1
}
