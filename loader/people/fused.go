package people

import "strings"

// fusedNameMin and fusedNameMax bound a transliterated name written without
// its middle dot (买买提艾力, 阿布都热合曼吐尔逊).
const (
	fusedNameMin = 4
	fusedNameMax = 10
)

// fusedWordFreq is the gse frequency from which a word inside a fused
// reading marks it as ordinary text (工作 66367, 会上 2076, 主持 5153);
// fusedVerbFreq the lower one for verbs, adverbs, adjectives and function
// words, which names rarely hold (韩立军应邀|出席: 应邀 364 v). The
// dictionary also holds rare fragments of transliterated names (热合 2 v,
// 买买 3 v, 买买提 272 n) that must not reject a name.
const (
	fusedWordFreq = 500
	fusedVerbFreq = 50
)

// fusedStops are runes that never stand inside a fused name: particles,
// prepositions and conjunctions that open a predicate (王勇在会上…); not
// 都, common in transliterations (阿布都, 阿不都).
var fusedStops = setOf([]rune("的了在于就对向从到作做为把将与和同及并等也还均又"))

// fusedName reads a Uyghur, Kazakh or other transliterated name written
// without a separator right after a post, returning its end or 0:
//
//	fused := Han{4,10}   (post before it; role verb or punctuation after it;
//	                      no common word, post, role verb or particle inside)
//
// 院长阿布都热合曼吐尔逊|出席会议并讲话, 法院院长买买提艾力|、,
// 副院长艾尔肯吾斯曼|分别作交流发言. The longest such reading wins, so a
// name is never cut inside (艾尔肯|吾斯曼 is one name). minLen lets a
// caller that already tried the shorter readings start higher.
func (x *extractor) fusedName(s, minLen int) int {
	if minLen < fusedNameMin {
		minLen = fusedNameMin
	}
	max := s
	for max < x.hi && max-s < fusedNameMax && isHan(x.f[max]) && !fusedStops[x.f[max]] {
		if max > s && (postStartingAt(x.f, max) > 0 || x.nameStopsAt(max) || x.inCourtMention(max)) {
			break
		}
		max++
	}
	for e := max; e-s >= minLen; e-- {
		if x.endsStrong(e) && x.plausible(s, e) && !containsAny(x.f[s:e], unitStop) && !x.commonWordInside(s, e) {
			return e
		}
	}
	return 0
}

// commonWordInside reports whether gse knows a word of two or more runes
// inside [s,e), other than a person's or place's name, with a frequency of
// fusedWordFreq or more, fusedVerbFreq for a verb or adverb (李建国主持:
// 主持; 张三作工作报告: 工作; 王德贵应邀: 应邀).
func (x *extractor) commonWordInside(s, e int) bool {
	if x.seg == nil {
		return false
	}
	for i := s; i < e; i++ {
		for j := i + 2; j <= e; j++ {
			freq, pos, ok := x.seg.Find(string(x.f[i:j]))
			if !ok || strings.HasPrefix(pos, "nr") || strings.HasPrefix(pos, "ns") {
				continue
			}
			if freq >= fusedWordFreq || freq >= fusedVerbFreq && pos != "" && strings.ContainsRune("vdpcua", rune(pos[0])) {
				return true
			}
		}
	}
	return false
}
