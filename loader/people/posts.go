package people

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
)

// postsByLength is the post lexicon, longest first, so that the first entry
// found at a position is the longest one (常务副院长 before 副院长 before 院长).
var postsByLength = func() [][]rune {
	out := make([][]rune, 0, len(posts))
	for _, p := range posts {
		out = append(out, []rune(p))
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}()

// postsByFirst and postsByLast index the lexicon by a post's first and last
// rune, longest first, so a look-up at a position tries only the posts that
// can match there.
var postsByFirst, postsByLast = func() (map[rune][][]rune, map[rune][][]rune) {
	first, last := map[rune][][]rune{}, map[rune][][]rune{}
	for _, p := range postsByLength {
		first[p[0]] = append(first[p[0]], p)
		last[p[len(p)-1]] = append(last[p[len(p)-1]], p)
	}
	return first, last
}()

// unitStop are runes that cannot be part of a unit name written before a
// post: particles, prepositions and conjunctions ("听取了市委书记…" must not
// make 听取了市委 a unit).
var unitStop = setOf([]rune("了的在由与和及同向对是为把被将从经请据等并也还就到"))

// courtEndings end a court's written name; a unit name starts after them
// (自治区高院|知识产权审判庭负责人).
var courtEndings = strings.Fields("法院 高院 中院 该院 本院 我院")

// unitFillers are dropped from the front of a unit name: 院党组书记 is a
// 党组书记 of the court just named.
var unitFillers = strings.Fields("该院 本院 我院 院")

// unitMaxLen bounds the unit read before a post; a company's full name runs
// long (中证中小投资者服务中心有限责任公司|副总经理, 17 runes) and must keep its
// first rune.
const unitMaxLen = 24

// postEndingAt returns the length of the longest post that ends at rune
// offset i of the folded text, or 0.
func postEndingAt(f []rune, i int) int {
	if i <= 0 || i > len(f) {
		return 0
	}
	for _, p := range postsByLast[f[i-1]] {
		if hasSuffixAt(f, i, string(p)) {
			if ws := postWordStarts[string(p)]; ws != nil && i-len(p) > 0 && ws[f[i-len(p)-1]] {
				// 办|理事|项: the post's first rune ends a word.
				continue
			}
			// 常务|副县长: the executive prefix belongs to any 副 post.
			if p[0] == '副' && hasSuffixAt(f, i-len(p), executivePrefix) {
				return len(p) + len([]rune(executivePrefix))
			}
			return len(p)
		}
	}
	return 0
}

// postStartingAt returns the length of the longest post that starts at i.
func postStartingAt(f []rune, i int) int {
	if i < 0 || i >= len(f) {
		return 0
	}
	for _, p := range postsByFirst[f[i]] {
		if hasPrefixAt(f, i, string(p)) {
			if ws := postWordStarts[string(p)]; ws != nil && i > 0 && ws[f[i-1]] {
				continue
			}
			return len(p)
		}
	}
	return 0
}

// chain is a post chain read leftwards from a name.
type chain struct {
	start    int      // first rune of the chain (of its unit, when one was absorbed)
	titles   []string // as written, split on 、 and 兼
	unit     string   // folded unit absorbed into the first title, if any
	tribunal bool     // a tribunal the court scanner did not read opens the chain (城关法庭|庭长)
}

// tribunalDivisions open the name of a court division or a kind of
// tribunal, not a place: 民一庭, 少年法庭, 知识产权法庭 stay in the title.
var tribunalDivisions = regexp.MustCompile(`^(?:[民刑][一二三四五六七八九十]|民事|刑事|行政|商事|立案|执行|审判|速裁|少年|未成年|家事|家庭|知识产权|知产|环境|环资|资源|金融|破产|海事|互联网|涉外|劳动|交通|旅游|巡回|专业|中心|基层|派出|人民|综合|诉讼|特色|智慧|数字|共享|示范|新型|自贸|国际|清算|道路)`)

// tribunalLen returns the length of the people's tribunal that opens a
// unit (folded), or 0.
//
//	tribunal := X (人民)? 法庭    X = a place, 1–6 Han characters
//
// e.g. 嵩口人民法庭, 城关法庭; not 民二庭 nor 少年法庭.
func tribunalLen(unit []rune) int {
	s := string(unit)
	k := strings.Index(s, "法庭")
	if k < 0 {
		return 0
	}
	x := []rune(strings.TrimSuffix(s[:k], "人民"))
	if len(x) < 1 || len(x) > 6 || strings.ContainsRune(string(x), '庭') || tribunalDivisions.MatchString(string(x)) {
		return 0
	}
	return len([]rune(s[:k])) + 2
}

// chainBefore reads the posts written right before the name at rune offset
// e, leftwards, no further than lo.
//
//	chain := unit? post ( (、|兼) post )*
//
// e.g. 党组书记、院长|张学群, 党组成员、副院长|唐斌,
// 自治区检察院知识产权审判办公室主任|黄凯 (unit kept in the title, as
// written), 新獅街道司法所所長|戚信寵.
func (x *extractor) chainBefore(e, lo int) (chain, bool) {
	var c chain
	p := e
	for {
		n := postEndingAt(x.f, p)
		if n == 0 || p-n < lo {
			break
		}
		title := string(x.r[p-n : p])
		p -= n
		if us, unit := x.unitBefore(p, lo); us < p {
			// 城关法庭|庭长: a tribunal is the person's court unit, not part of
			// the post, as a court name is not (云南高院|院长); what follows it
			// stays (城关法庭|党支部书记).
			ts := us + tribunalLen([]rune(unit))
			title = string(x.r[ts:p]) + title
			c.tribunal = c.tribunal || ts > us
			p = us
			if c.unit == "" {
				c.unit = unit
			}
		}
		if k := x.chargeBefore(p, lo); k < p {
			// 兰山区法院|分管|副院长 keeps 分管副院长 as written;
			// 费县法院|分管执行工作的|副院长 is a 副院长 (the portfolio is no post).
			if k == p-len([]rune(chargeWord)) {
				title = string(x.r[k:p]) + title
			}
			p = k
		}
		c.titles = append([]string{title}, c.titles...)
		if s, e, own, ok := x.stationedPostBefore(p, lo); ok {
			// 纪委监委派驻县法院纪检组长: a post in the court held for an
			// outside body is written whole, court included.
			if own {
				c.titles[0] = string(x.r[s:e]) + c.titles[0]
			} else {
				c.titles = append([]string{string(x.r[s:e])}, c.titles...)
			}
			p = s
			break
		}
		if _, atCourt := x.courtEndingAt(p); atCourt {
			// 最高人民法院审判委员会委员、|第三巡回法庭|庭长: a tribunal the
			// court scanner read as its parent court, after a post of that
			// court, does not end the chain.
			ts := x.tribunalMentionEndingAt(p)
			if ts-1 > lo && x.f[ts-1] == '、' && postEndingAt(x.f, ts-1) > 0 {
				p = ts - 1
				continue
			}
			break
		}
		if p-1 > lo && (x.f[p-1] == '、' || x.f[p-1] == '兼') && postEndingAt(x.f, p-1) > 0 {
			p--
			continue
		}
		break
	}
	if len(c.titles) == 0 {
		return c, false
	}
	c.start = p
	return c, true
}

// tribunalMentionEndingAt returns the start of the court mention ending at
// p when its text is a tribunal (…法庭), else -1.
func (x *extractor) tribunalMentionEndingAt(p int) int {
	for _, m := range x.mentions {
		if m.End == p && hasSuffixAt(x.f, p, "法庭") {
			return m.Start
		}
	}
	return -1
}

// chargeWord opens a portfolio written between a court and a post.
const chargeWord = "分管"

// chargeBefore returns where a portfolio written right before the post at p
// starts, or p when there is none:
//
//	charge := 分管 | 分管 Han{1,10} 的
//
// e.g. 兰山区法院|分管|副院长, 费县法院|分管执行工作的|副院长.
func (x *extractor) chargeBefore(p, lo int) int {
	n := len([]rune(chargeWord))
	if hasSuffixAt(x.f, p, chargeWord) && p-n >= lo {
		return p - n
	}
	if p-1 <= lo || x.f[p-1] != '的' {
		return p
	}
	for j := p - 2; j >= lo && j >= p-2-10-n; j-- {
		if !isHan(x.f[j]) {
			return p
		}
		if hasPrefixAt(x.f, j, chargeWord) && j+n < p-1 {
			return j
		}
	}
	return p
}

// unitBefore reads the unit written before a post that starts at p: an
// unbroken run of Han characters after the last court name, ending in a unit
// suffix (知识产权审判庭|负责人) or naming another body
// (自治区检察院知识产权审判|办公室主任). It returns where the unit starts
// (p when there is none) and the unit, folded.
func (x *extractor) unitBefore(p, lo int) (int, string) {
	f := x.f
	if _, atCourt := x.courtEndingAt(p); atCourt {
		return p, ""
	}
	j := p
	for j > lo && p-j < unitMaxLen {
		if g := glossBefore(f, j, lo); g < j {
			// 新桥镇(zhèn)|党委副书记: a pinyin gloss stays in the unit as written.
			j = g
			continue
		}
		if !isHan(f[j-1]) || unitStop[f[j-1]] {
			break
		}
		if _, atCourt := x.courtEndingAt(j); atCourt {
			break
		}
		j--
	}
	run := f[j:p]
	for _, w := range unitCutWords {
		if k := strings.LastIndex(string(run), w); k >= 0 {
			run = []rune(string(run)[k+len(w):])
		}
	}
	for len(run) > 0 && (run[0] == '有' || run[0] == '即') {
		// 出席会议的有|市委常委…: the verb of a list, not part of a unit.
		run = run[1:]
	}
	// The unit starts after the last court name inside the run.
	cut := 0
	for k := len(run); k > 0 && cut == 0; k-- {
		for _, ce := range courtEndings {
			if hasSuffixAt(run, k, ce) && !hasSuffixAt(run, k, "检察院") {
				cut = k
				break
			}
		}
	}
	unit := run[cut:]
	for _, fl := range unitFillers {
		if hasPrefixAt(unit, 0, fl) && len(unit) > len([]rune(fl)) {
			unit = unit[len([]rune(fl)):]
			break
		}
	}
	// A department's modifier: 审判管理|办公室主任.
	deptPost := false
	for _, d := range deptLeads {
		if hasPrefixAt(f, p, d) {
			deptPost = true
		}
	}
	// A locality before its own head: 宜春市|市长, 自治旗|旗长.
	localityPost := false
	for _, h := range localityHeads {
		if hasPrefixAt(f, p, h) || hasPrefixAt(f, p, "副"+h) || hasPrefixAt(f, p, executivePrefix+"副"+h) {
			localityPost = true
		}
	}
	// A deputy keeps the level of his congress: 市|人大代表, 全国|政协委员.
	for _, d := range deputyPosts {
		if hasPrefixAt(f, p, d) && len(unit) > 0 && (localityStarts[unit[len(unit)-1]] || hasSuffixAt(unit, len(unit), "全国")) {
			return p - len(unit), string(unit)
		}
	}
	if localityPost && len(unit) > 1 && localityStarts[unit[len(unit)-1]] {
		return p - len(unit), string(unit)
	}
	if len(unit) == 0 || endsWithAny(unit, courtEndings) || !deptPost && !endsWithAny(unit, unitSuffixes) && !containsAnyWord(unit, nonCourtMarkers) {
		return p, ""
	}
	return p - len(unit), string(unit)
}

func containsAnyWord(rs []rune, words []string) bool {
	s := string(rs)
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func endsWithAny(rs []rune, list []string) bool {
	for _, s := range list {
		if hasSuffixAt(rs, len(rs), s) {
			return true
		}
	}
	return false
}

// isCourtTitle reports whether a title (folded) is a court post: a post of
// the court lexicon, or a court department and its head post
// (知识产权审判庭负责人, 审判管理办公室主任, 刑一庭副庭长), with no mark of
// another body (检察院, 街道 …) nor a locality opening it (市人社局局长).
//
//	title := courtPost | department deptHead
//	department := Han+ (庭|办公室|室|局|处|科|部|委员会|机关党委|支队|大队)
func isCourtTitle(t string) bool {
	if courtPosts[t] {
		return true
	}
	for _, m := range nonCourtMarkers {
		if strings.Contains(t, m) {
			return false
		}
	}
	rt := []rune(t)
	if otherBureau(rt) {
		return false
	}
	for _, p := range postsByLength {
		if hasSuffixAt(rt, len(rt), string(p)) {
			if courtPosts[string(p)] {
				return true
			}
			break
		}
	}
	for _, h := range deptHeads {
		if !hasSuffixAt(rt, len(rt), h) {
			continue
		}
		dept := rt[:len(rt)-len([]rune(h))]
		for _, fl := range unitFillers {
			if hasPrefixAt(dept, 0, fl) && len(dept) > len([]rune(fl)) {
				dept = dept[len([]rune(fl)):]
				break
			}
		}
		if len(dept) > 1 && !localityStarts[dept[0]] && endsWithAny(dept, courtDeptEndings) {
			return true
		}
	}
	return false
}

// otherBureau reports whether a title names a 局 other than a court's
// 执行局: 宜昌海事局副局长, 三峡通航管理局法规处处长 (the 局 of 局长 is the
// post itself, 执行局局长 a court post).
func otherBureau(rt []rune) bool {
	for i, r := range rt {
		if r != '局' || i+1 < len(rt) && rt[i+1] == '长' || hasSuffixAt(rt, i, "执行") {
			continue
		}
		return true
	}
	return false
}

// splitTitles splits a post phrase on 、 and 兼 (党组书记、院长 → 党组书记, 院长).
func splitTitles(s string) []string {
	var out []string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == '、' || r == '兼' }) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// addTitle appends t to titles unless it is there already, or only shortens
// or abbreviates a title already given (a later 张学群院长 adds nothing to
// 院长, 王彦凯专委 nothing to 审判委员会专职委员, 和副院长 nothing to 常务副院长).
func addTitle(titles []string, t string) []string {
	ft := string(fold([]rune(t)))
	for _, old := range titles {
		fo := string(fold([]rune(old)))
		if strings.HasSuffix(fo, ft) {
			return titles
		}
		for _, full := range abbreviations[ft] {
			if fo == full {
				return titles
			}
		}
	}
	return append(titles, t)
}

// stationedBy is an outside body stationing an inspector in a court, up
// to the court: 中纪委驻最高人民法院, 县纪委监委派驻县法院.
var stationedBy = regexp.MustCompile(`[\p{Han}]{0,8}(?:纪委|监委|纪检委)[\p{Han}]{0,6}?派?驻[\p{Han}]{0,10}?(?:法院|中院|高院)$`)

// stationedPostBefore reads a court post held for an outside body, written
// whole with the court (gold keeps it as written):
//
//	stationed := Han* (纪委|监委) Han* 派?驻 court post
//
// Either the post just read, starting at p, is one (…派驻县法院|纪检组长:
// own, the title grows leftwards to start), or one stands before a 、
// ahead of the court ending at p (固始县纪委监委派驻县法院纪检组长、|县法院|
// 党组成员熊志强: a title [start,end) comes first).
func (x *extractor) stationedPostBefore(p, lo int) (start, end int, own, ok bool) {
	if s, ok := x.stationedBefore(p, lo); ok {
		return s, p, true, true
	}
	cs := x.courtMentionEndingAt(p)
	if cs < 0 && (hasSuffixAt(x.f, p, "法院") || hasSuffixAt(x.f, p, "中院") || hasSuffixAt(x.f, p, "高院")) {
		// 、县法院|党组成员: a short form the court scanner left unread.
		for cs = p; cs > lo && isHan(x.f[cs-1]); cs-- {
		}
	}
	if cs-1 <= lo || x.f[cs-1] != '、' {
		return 0, 0, false, false
	}
	n := postEndingAt(x.f, cs-1)
	if n == 0 {
		return 0, 0, false, false
	}
	s, ok := x.stationedBefore(cs-1-n, lo)
	return s, cs - 1, false, ok
}

// stationedBefore returns where a stationedBy run ending at i starts.
func (x *extractor) stationedBefore(i, lo int) (int, bool) {
	from := max(lo, i-30)
	t := string(x.f[from:i])
	loc := stationedBy.FindStringIndex(t)
	if loc == nil {
		return 0, false
	}
	return from + len([]rune(t[:loc[0]])), true
}

// courtMentionEndingAt returns the start of the court mention ending at p, or -1.
func (x *extractor) courtMentionEndingAt(p int) int {
	for _, m := range x.mentions {
		if m.End == p {
			return m.Start
		}
	}
	return -1
}

// glossBefore returns where a pinyin gloss written right before j starts,
// or j: 镇(zhèn), 当(dāng).
//
//	gloss := ( latin-letter+ )
func glossBefore(f []rune, j, lo int) int {
	if j-1 <= lo || f[j-1] != ')' {
		return j
	}
	k := j - 2
	for k > lo && k > j-10 && unicode.IsLetter(f[k]) && f[k] < 0x2E80 {
		k--
	}
	if k < j-2 && f[k] == '(' && k > lo && isHan(f[k-1]) {
		return k
	}
	return j
}
