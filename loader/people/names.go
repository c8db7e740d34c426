package people

import (
	"strings"

	"courtql/loader/segment"

	"courtql/loader/court"
	"courtql/loader/text"
)

// nameEndWords may follow a person's name: role verbs, prepositions and
// adverbs that open the predicate (院长胡国林|作重要讲话, 院长王勇|,
// 副院长皮修雁|率队, 副院长孙广澍|书面传达, 代表徐学军|上台作了经验介绍, 教授洪思琦|应邀出席).
var nameEndWords = strings.Fields(`同志 主持 出席 参加 列席 讲话 指出 强调 要求 表示 介绍 通报 传达 总结 致辞 汇报 交流 认为 发言 宣读
	在 于 就 对 向 为 率 带 一行 等 和 与 及 同 的 也 还 并 分别 代表 书面 首先 随后 从 围绕 结合 针对 以 将 提出 深入 到
	关于 对于 针对 莅临 来 赴 陪同 会见 听取 参观 检查 调研 视察 担任 是 又 再 作 做 进行 主讲 发表 亲自 带队 专程 一同 先后 希望 说 称 坦言 接受 上台 登台
	应邀 受邀`)

// roleVerbsAfterName are the verbs that make a bare name (no post) a speaker:
// 贺荣主持, 周强强调, 张春和表示.
var roleVerbsAfterName = strings.Fields(`同志 主持 出席 参加 列席 讲话 指出 强调 要求 表示 介绍 通报 传达 总结 致辞 汇报 交流 认为 发言 宣读 希望 作重要讲话 做重要讲话 到会 莅临`)

// leftBoundary are runes after which a name may start when no post precedes
// it: punctuation, prepositions and conjunctions (会议由|王勇|主持,
// 與法庭干警、|城中街道人大主席…), and the last rune of a court's short
// name when the court scanner did not read it (金華中院|黃美園副院長).
var leftBoundary = setOf([]rune("。,;:!?、“”‘’()《》\"' \t\n由与和及在对向同跟给请让邀院庭"))

// postGlueRunes end a post noun; right after a post they lengthen it
// (书记|员, 审判|长, 法|官), they do not open a name.
var postGlueRunes = setOf([]rune("员长官"))

// functionTails are prepositions and verb starts that follow a name rather
// than end it: 程丽|在主持会议时指出, 王敏|作报告, 李强|对…提出. A three-character
// reading ending in one of them gives way to the two-character one.
var functionTails = setOf([]rune("在于就对向从到作做为把将与和同等也还都均又亦"))

// adverbialPreps open an adverbial between a name and its role verb:
// 朴美兰|结合分管工作作交流发言, 王强|围绕执行工作作了发言, 李明|就下一步工作提出要求,
// 曾丽|关于1至5月审判运行态势的通报. A name never runs into them (曾丽, not 曾丽关).
var adverbialPreps = strings.Fields("关于 对于 围绕 结合 针对 按照 根据 通过 就 对")

// adverbsAfterName are adverbs that follow a subject and its post only: 院长拉毛措|分别就…作了交流发言,
// 教授索朗|应邀出席.
var adverbsAfterName = strings.Fields("分别 先后 一同 共同 相继 依次 一起 应邀 受邀")

// weakFunctionTails also end given names (张大同, 李为): the shorter reading
// wins only when that name is read elsewhere in the text.
var weakFunctionTails = setOf([]rune("为和同于"))

// skipParaPrefixes open paragraphs that are credits or photo captions, never
// meeting text: 上图:…, (图/赵赢 文/杨帆), 责任编辑:…
var skipParaPrefixes = strings.Fields(`上图 下图 图为 图: 图片 (图 (摄 责任编辑 实习编辑 编辑: 编辑 作者 来源 通讯员 摄影 记者: 审核 校对 供稿 撰稿 文/ 图/`)

// nonNameWords never stand in a person's name; 区 and 市 are surnames, so
// without them 区人大常委会主任罗德明 would read a person 区人大, and
// 法院院长和全市两级… a person 和全市 (和 is a surname).
var nonNameWords = strings.Fields("人大 政协 全市 全省 全区 全县 全州 全院 全国 两级")

// mention is one place the text names a person.
type mention struct {
	name       string // as written
	key        string // folded name: mentions of one person share it
	start, end int    // the name
	cstart     int    // first rune of the post chain or court before the name (= start when none)
	cend       int    // last rune of a post written after the name (= end when none)
	ustart     int    // first rune of the court written before the chain (= cstart when none)
	titles     []string
	court      *court.Court // court written right before the chain or name
	gap        string       // folded text between the previous mention and this one, when short
	roles      []string
	roleEnd    int
	ref        bool   // surname + post (胡院长): refers to a person named before
	tribunal   bool   // a tribunal the court scanner did not read precedes the post (城关法庭庭长)
	tunit      string // that tribunal, folded (城关法庭)
	group      bool   // listed after a group label (院领导A、B): a leader of the host court
	outside    bool   // listed after an outside delegate label (企业家代表A、B): no court's
	byline     bool   // the byline of a speech transcript: the speaker of the whole text
	remark     bool   // X表示,…: the 讲话 read is a report of what X said
}

// extractor holds one document while people are read from it.
type extractor struct {
	d        *text.Doc
	r, f     []rune // original and folded text
	lo, hi   int
	mentions []court.Mention
	host     *court.Court
	seg      *segment.Segmenter
	skip     []text.Span  // credit and caption paragraphs
	known    []mention    // people named outside [lo,hi) (another meeting of the article)
	atts     []Attendance // the speakers found, once known (for directives)
}

// courtEndingAt returns the court mention that ends at rune offset i.
func (x *extractor) courtEndingAt(i int) (*court.Court, bool) {
	for k := range x.mentions {
		if x.mentions[k].End == i {
			c := x.mentions[k].Court
			return &c, true
		}
	}
	return nil, false
}

func (x *extractor) inCourtMention(i int) bool {
	for _, m := range x.mentions {
		if m.Start <= i && i < m.End {
			return true
		}
	}
	return false
}

func (x *extractor) skipped(i int) bool {
	for _, s := range x.skip {
		if s.Start <= i && i < s.End {
			return true
		}
	}
	return false
}

// surnameLen returns the length of the surname at i (2 for 欧阳, 1 for 王), or 0.
func (x *extractor) surnameLen(i int) int {
	for _, cs := range compoundSurnames {
		if hasPrefixAt(x.f, i, cs) {
			return 2
		}
	}
	if i < len(x.f) && surnames[x.f[i]] {
		return 1
	}
	return 0
}

// endsName reports whether a name may end right before rune offset k.
func (x *extractor) endsName(k int) bool {
	if k >= x.hi || k >= len(x.f) {
		return true
	}
	if !isHan(x.f[k]) {
		return x.f[k] != '•'
	}
	for _, w := range nameEndWords {
		if hasPrefixAt(x.f, k, w) {
			return true
		}
	}
	return false
}

// endsStrong reports whether a role verb or punctuation follows at k.
func (x *extractor) endsStrong(k int) bool {
	if k >= x.hi || k >= len(x.f) || !isHan(x.f[k]) {
		return true
	}
	for _, w := range roleVerbsAfterName {
		if hasPrefixAt(x.f, k, w) {
			return true
		}
	}
	for _, w := range adverbsAfterName {
		if hasPrefixAt(x.f, k, w) {
			return true
		}
	}
	return x.adverbialRole(k) > 0
}

// adverbialRole returns the length of the adverbial preposition at k when a
// role verb follows it in the same clause (结合分管工作|作交流发言,
// 就下一步工作|提出要求), or 0.
//
//	adverbial := prep Han-or-quote{0,30} roleVerb
func (x *extractor) adverbialRole(k int) int {
	n := 0
	for _, p := range adverbialPreps {
		if hasPrefixAt(x.f, k, p) {
			n = len([]rune(p))
			break
		}
	}
	if n == 0 {
		return 0
	}
	for j := k + n; j < x.hi && j < k+n+30; j++ {
		if text.IsClauseEnd(x.f[j]) || x.f[j] == '\n' {
			return 0
		}
		if hasPrefixAt(x.f, j, "提出") || hasPrefixAt(x.f, j, "发言") {
			return n
		}
		for _, w := range roleVerbsAfterName {
			if w != "同志" && hasPrefixAt(x.f, j, w) {
				return n
			}
		}
	}
	return 0
}

// prepAfterName reports whether a two-character preposition starts at k, so
// that a name ends before it: 曾丽|关于…的通报 (not 曾丽关|于).
func (x *extractor) prepAfterName(k int) bool {
	for _, p := range adverbialPreps {
		if len([]rune(p)) == 2 && hasPrefixAt(x.f, k, p) {
			return true
		}
	}
	return false
}

// ordinaryWord reports whether gse knows runes [s,e) as a word that is not
// a person's or place's name (高度, 肯定; not 巴特尔, 乌兰).
func (x *extractor) ordinaryWord(s, e int) bool {
	if x.seg == nil {
		return false
	}
	freq, pos, ok := x.seg.Find(string(x.f[s:e]))
	return ok && freq > 0 && !strings.HasPrefix(pos, "nr") && !strings.HasPrefix(pos, "ns")
}

func containsAny(rs []rune, set map[rune]bool) bool {
	for _, r := range rs {
		if set[r] {
			return true
		}
	}
	return false
}

// plausible reports whether runes [s,e) can be a name: Han only, no post
// starting inside it, not an ordinary word (gse knows 强调, 全会, 明确 as
// words with a tag other than nr).
func (x *extractor) plausible(s, e int) bool {
	if s < x.lo || e > x.hi || e-s < 2 {
		return false
	}
	for i := s; i < e; i++ {
		if !isHan(x.f[i]) && x.f[i] != '•' {
			return false
		}
		if i > s && postStartingAt(x.f, i) > 0 {
			return false
		}
		if x.inCourtMention(i) {
			return false
		}
	}
	w := string(x.f[s:e])
	if strings.ContainsAny(w, "的了") || containsAnyWord(x.f[s:min(e+1, len(x.f))], nonNameWords) || x.overlapsMeetingNoun(s, e) {
		// …院长和全|市两级: nor may a name end inside one of nonNameWords.
		return false
	}
	for _, v := range roleVerbsAfterName {
		if strings.HasPrefix(w, v) {
			return false
		}
	}
	if x.seg != nil {
		if freq, pos, ok := x.seg.Find(w); ok && freq > 0 && !strings.HasPrefix(pos, "nr") {
			return false
		}
	}
	return true
}

// minorityName matches a name written with a middle dot starting at s
// (肉孜•司马义): Han{1,6} • Han{1,6}, returning its end.
func (x *extractor) minorityName(s int) int {
	i := s
	for i < x.hi && i-s < 6 && isHan(x.f[i]) {
		i++
	}
	if i == s || i >= x.hi || x.f[i] != '•' {
		return 0
	}
	j := i + 1
	for j < x.hi && j-i-1 < 6 && isHan(x.f[j]) && !x.nameStopsAt(j) {
		j++
	}
	if j == i+1 {
		return 0
	}
	return j
}

// nameStopsAt reports whether a role verb or post starts at j, ending a
// minority name (肉孜•司马义|强调).
func (x *extractor) nameStopsAt(j int) bool {
	for _, w := range roleVerbsAfterName {
		if hasPrefixAt(x.f, j, w) {
			return true
		}
	}
	return postStartingAt(x.f, j) > 0
}

// nameAfterPost reads the name that starts at s, right after a post.
//
//	name := minority | surname given{1,2} | Han{2,3} (with a role verb after it)
//
// The length is the one after which a name may end (院长王勇|指出 gives
// 王勇, 院长胡国林|作 gives 胡国林); three characters when nothing
// decides, the common length of Chinese names (副院长孙广澍书面传达).
func (x *extractor) nameAfterPost(s int) (int, bool) {
	if s >= x.hi || !isHan(x.f[s]) {
		return 0, false
	}
	if postGlueRunes[x.f[s]] && x.surnameLen(s) < 2 {
		// 法官助理、书记|员轮岗交流机制: the post runs on into a longer noun
		// (书记员, 审判长, 法官); a name never opens with its tail (长孙 does,
		// as a compound surname).
		return 0, false
	}
	if e := x.minorityName(s); e > 0 {
		return e, true
	}
	sl := x.surnameLen(s)
	if sl == 0 {
		// No surname (索达, 肉孜): only with a role verb or punctuation
		// right after it, and no particle inside.
		if x.endsName(s) {
			// 负责人|作表态发言: the predicate follows the post directly.
			return 0, false
		}
		// 院长买买提艾力|、: a transliterated name fused without its dot.
		if e := x.fusedName(s, 5); e > 0 {
			return e, true
		}
		// Tibetan, Mongolian and other names run to four characters
		// (院长才让多吉|出席, 副院长尕藏东主|通报); a four-character reading
		// must not open with an ordinary word (院长高度肯定,).
		for _, n := range []int{4, 3, 2} {
			if s+n <= x.hi && x.plausible(s, s+n) && !containsAny(x.f[s:s+n], unitStop) && x.endsStrong(s+n) {
				if n == 4 && x.ordinaryWord(s, s+2) {
					continue
				}
				return s + n, true
			}
		}
		return 0, false
	}
	if x.prepAfterName(s+sl+1) && x.plausible(s, s+sl+1) {
		// 审管办主任曾丽|关于…的通报: the preposition opens the predicate.
		return s + sl + 1, true
	}
	lens := []int{sl + 2, sl + 1}
	if x.functionTail(s, s+sl+2) && x.plausible(s, s+sl+1) {
		// 副院长程丽|在主持会议时…: the preposition opens the predicate.
		return s + sl + 1, true
	}
	for _, n := range lens {
		if x.plausible(s, s+n) && x.endsName(s+n) {
			return s + n, true
		}
	}
	// 索南达杰|出席: a four-character name opening with a listed surname,
	// when only its four-character reading meets a role verb.
	if e := s + 4; sl == 1 && e <= x.hi && x.plausible(s, e) && !containsAny(x.f[s:e], unitStop) &&
		x.endsStrong(e) && !x.ordinaryWord(s, s+2) {
		return e, true
	}
	// 副院长艾尔肯吾斯曼|分别…: a fused transliterated name that opens with
	// a listed surname is read whole, never cut after its surname reading.
	if e := x.fusedName(s, 5); e > 0 {
		return e, true
	}
	// Nothing after the name decides: take the longest plausible one whose
	// first two characters are not an ordinary word (院长高度重视).
	for _, n := range lens {
		if x.plausible(s, s+n) && x.plausible(s, s+sl+1) {
			return s + n, true
		}
	}
	return 0, false
}

// nameBefore reads a name ending at e when no post precedes it (黃美園|副院長,
// 周强|强调): a surname at its start and a boundary before it.
func (x *extractor) nameBefore(e int) (int, bool) {
	// minority names: scan back over Han•Han.
	if e-1 > x.lo {
		i := e
		for i > x.lo && e-i < 6 && isHan(x.f[i-1]) {
			i--
		}
		if i > x.lo && x.f[i-1] == '•' {
			j := i - 1
			for j > x.lo && i-1-j < 6 && isHan(x.f[j-1]) && !x.leftOK(j) {
				j--
			}
			if j < i-1 && x.leftOK(j) {
				return j, true
			}
		}
	}
	for _, n := range []int{3, 2, 4} {
		s := e - n
		if s < x.lo {
			continue
		}
		sl := x.surnameLen(s)
		if sl == 0 || n-sl < 1 || n-sl > 2 || (n == 4 && sl != 2) {
			continue
		}
		if x.leftOK(s) && x.plausible(s, e) {
			if n == sl+2 && x.functionTail(s, e) {
				// 程丽在|主持会议时: the name is 程丽, 在 opens the predicate.
				continue
			}
			return s, true
		}
	}
	return 0, false
}

// functionTail reports whether the name reading [s,e) ends in a preposition
// or verb start that belongs to the predicate (程丽在|主持, 王敏作|报告):
// always for 在/就/对/向/从/到/作/做/把/将/与, and for 为/和/同/于 (which
// also end given names) only when the shorter name is written elsewhere
// without it.
func (x *extractor) functionTail(s, e int) bool {
	if e > x.hi || e-s < 3 || !functionTails[x.f[e-1]] {
		return false
	}
	if !weakFunctionTails[x.f[e-1]] {
		return true
	}
	short := string(x.f[s : e-1])
	for i := x.lo; i+e-1-s <= x.hi; i++ {
		if hasPrefixAt(x.f, i, short) && (i+e-1-s >= x.hi || x.f[i+e-1-s] != x.f[e-1]) {
			return true
		}
	}
	return false
}

// leftOK reports whether a name may start at s: at the start of a
// paragraph, after a boundary rune or right after a court mention.
func (x *extractor) leftOK(s int) bool {
	if s <= x.lo {
		return true
	}
	if _, ok := x.courtEndingAt(s); ok {
		return true
	}
	for _, p := range x.d.Paras {
		if p.Start == s {
			return true
		}
	}
	if x.bulletParaStart(s) {
		// ▶|白振川对…给予充分肯定: a list mark opens the paragraph.
		return true
	}
	return leftBoundary[x.f[s-1]]
}

// courtTextBefore returns where the court written right before rune offset
// i starts: a court mention, or a run of Han characters ending in 法院, 高院
// or 中院 that the court scanner did not read; i when there is none.
func (x *extractor) courtTextBefore(i int) int {
	// A court mention may itself follow its parent court (平遥县法院|古陶法庭|
	// 庭长王建军): the court text starts at the first of the adjacent run.
	start := i
	for found := true; found; {
		found = false
		for _, m := range x.mentions {
			if m.End == start && m.Start < start {
				start, found = m.Start, true
				break
			}
		}
	}
	if start < i {
		return start
	}
	// 院党组成员、执行局长王宏伟 after a comma: 院 (本院, 该院) is the
	// host court written short, the unit of the chain.
	for _, own := range []string{"本院", "该院", "院"} {
		if j := i - len([]rune(own)); j >= x.lo && hasSuffixAt(x.f, i, own) && (j == 0 || strings.ContainsRune(",;:。、\n", x.f[j-1])) {
			return j
		}
	}
	for _, ce := range []string{"法院", "高院", "中院"} {
		if !hasSuffixAt(x.f, i, ce) {
			continue
		}
		j := i - 2
		for j > x.lo && i-j < 14 && isHan(x.f[j-1]) && !unitStop[x.f[j-1]] {
			j--
		}
		return j
	}
	return i
}

func sortMentions(ms []mention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].start < ms[j-1].start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}
