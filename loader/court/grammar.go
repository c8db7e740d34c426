package court

import (
	"context"
	"regexp"
	"strings"
	"unicode"

	"courtql/model"
)

// sufKind is what the tail of a court name says about the court.
type sufKind int

const (
	sSupreme       sufKind = iota // 最高人民法院, 最高法院, 最高院
	sHigh                         // X高级人民法院, X高院
	sInter                        // X中级人民法院, X中院, X第一中级人民法院
	sRailInter                    // X铁路运输中级法院
	sRailInterAbbr                // C铁中院 (哈铁中院)
	sRail                         // X铁路运输法院
	sRailAbbr                     // C铁法院 (齐铁法院)
	sSpecial                      // X海事法院, X知识产权法院, X互联网法院, X金融法院
	sMilitary                     // X军事法院
	sPeople                       // X人民法院
	sCourt                        // X法院
	sProvAbbr                     // 省院
	sTribunal                     // X人民法庭, X法庭
	sBranch                       // 生产建设兵团分院, 兵团分院
)

// suffixes are matched at the end of a candidate, longest first; when one
// cannot be resolved the next shorter one is tried.
var suffixes = func() (out []suffix) {
	for _, s := range []struct {
		text string
		kind sufKind
	}{
		{"生产建设兵团分院", sBranch}, {"兵团分院", sBranch},
		{"最高人民法院", sSupreme}, {"最高法院", sSupreme}, {"最高院", sSupreme},
		{"铁路运输中级人民法院", sRailInter}, {"铁路运输中级法院", sRailInter}, {"铁路中级法院", sRailInter}, {"铁中院", sRailInterAbbr},
		{"高级人民法院", sHigh}, {"高级法院", sHigh}, {"高院", sHigh},
		{"中级人民法院", sInter}, {"中级法院", sInter}, {"中院", sInter},
		{"铁路运输法院", sRail}, {"铁路法院", sRail}, {"铁法院", sRailAbbr},
		{"海事法院", sSpecial}, {"知识产权法院", sSpecial}, {"互联网法院", sSpecial}, {"金融法院", sSpecial},
		{"军事法院", sMilitary},
		{"人民法院", sPeople}, {"法院", sCourt}, {"省院", sProvAbbr},
		{"人民法庭", sTribunal}, {"法庭", sTribunal},
	} {
		out = append(out, suffix{[]rune(s.text), s.text, s.kind})
	}
	return out
}()

type suffix struct {
	runes []rune
	text  string
	kind  sufKind
}

// maxPrefix bounds how far back a place name is looked for.
const maxPrefix = 14

// Characters that make a bare 省/市/区/州/中院 generic: 全省法院, 各市中院,
// 我省法院, 三家中院, 各市州中级法院.
// A redacted name (XX市中院, ×省高院) is no mention either.
var genericBefore = runeSet("全各本该外我两多跨分兄弟级等每邻同非这那此其诸几家个所市县区省州地某Xx×*＊")

// Characters after 最高法 that make it a word, not the court: 最高法定刑.
var notSupremeAfter = runeSet("定律规典治条令官庭制")

// Characters after 省院 that make it another word: 省院校, 省院士.
var notProvAbbrAfter = runeSet("校系士长")

// Ordinals of numbered intermediate courts: 北京市第一中级人民法院, 上海二中院.
var ordinals = runeSet("一二三四五六七八九")

// Seats of specialised courts that are not divisions:
// 海南自由贸易港知识产权法院 (also 海南自贸港…), 成渝金融法院.
var specialSeats = []struct{ written, seat, place string }{
	{"海南自由贸易港", "海南自由贸易港", "46"},
	{"海南自贸港", "海南自由贸易港", "46"},
	{"成渝", "成渝", "50"},
}

// Military court prefixes: 中国人民解放军南部战区军事法院, 海军军事法院.
var militaryPrefix = regexp.MustCompile(`(?:中国人民解放军)?(?:\p{Han}{2}战区|\p{Han}{2}军区|海军|空军|陆军|火箭军|战略支援部队|联勤保障部队|武警部队|总直属队)?$`)

// Short area names that are also words before 法院 (平安法院, 和平法院):
// taken only when the text's province confirms them.
var wordLikeShorts = map[string]bool{"平安": true, "和平": true, "红旗": true, "文明": true, "光明": true,
	"民主": true, "团结": true, "胜利": true, "解放": true, "新华": true, "前进": true, "东风": true, "向阳": true,
	"先锋": true, "城关": true, "城区": true, "郊区": true, "矿区": true, "新区": true, "东方": true, "长安": true, "永安": true, "安全": true}

// scopeShorts are short area names that are also a scope word, 全 + a
// division: before 法院 they mean every court of that division.
var scopeShorts = map[string]bool{"全州": true, "全县": true, "全区": true, "全市": true, "全省": true, "全盟": true}

func runeSet(s string) map[rune]bool {
	m := map[rune]bool{}
	for _, r := range s {
		m[r] = true
	}
	return m
}

// mention is a court found by one pass, with its places for the context.
type mention struct {
	start, end int
	court      Court
	prov, city *place
	area       *place // the county-level division of a basic court
	bareInter  bool   // a bare 中院, resolved after the pass
}

// scanner runs one pass over simplified text.
type scanner struct {
	g       *gazetteer
	s       []rune
	ctx     *docContext
	out     []mention
	lastEnd int
}

func scanPass(s []rune, ctx *docContext) []mention {
	ms, _ := scanPassCtx(context.Background(), s, ctx)
	return ms
}

// cancelCheck is how many runes the scan reads between looks at its context.
const cancelCheck = 4096

// scanPassCtx is scanPass stopping with ctx.Err() once ctx is done.
func scanPassCtx(cx context.Context, s []rune, ctx *docContext) ([]mention, error) {
	sc := &scanner{g: theGazetteer(), s: s, ctx: ctx}
	for i := 0; i < len(s); i++ {
		if i%cancelCheck == 0 {
			if err := cx.Err(); err != nil {
				return nil, err
			}
		}
		switch s[i] {
		case '院', '庭':
			sc.at(i + 1)
		case '法':
			// 最高法 as a name: 最高法发布…, not 最高法院 or 最高法定刑.
			if i >= 2 && i-2 >= sc.lastEnd && s[i-2] == '最' && s[i-1] == '高' &&
				(i+1 == len(s) || (s[i+1] != '院' && !notSupremeAfter[s[i+1]])) {
				sc.emit(mention{start: i - 2, end: i + 1, court: supreme()})
			}
		}
	}
	return sc.out, nil
}

func (sc *scanner) emit(m mention) {
	sc.out = append(sc.out, m)
	sc.lastEnd = m.end
}

// at tries every suffix ending at end.
func (sc *scanner) at(end int) {
	if ms, ok := sc.ellipsis(end); ok {
		for _, m := range ms {
			sc.emit(m)
		}
		return
	}
	if ms, ok := sc.suffixedList(end); ok {
		for _, m := range ms {
			sc.emit(m)
		}
		return
	}
	for _, suf := range suffixes {
		start := end - len(suf.runes)
		if start < sc.lastEnd || string(sc.s[start:end]) != suf.text {
			continue
		}
		lo := max(sc.lastEnd, start-maxPrefix)
		for k := start - 1; k >= lo; k-- {
			if !unicode.Is(unicode.Han, sc.s[k]) {
				lo = k + 1
				break
			}
		}
		if m, ok := sc.resolve(suf, sc.s[lo:start], lo, start, end); ok {
			sc.emit(m)
			return
		}
	}
}

// resolve reads the prefix pre (s[lo:start]) before a suffix s[start:end].
func (sc *scanner) resolve(suf suffix, pre []rune, lo, start, end int) (mention, bool) {
	switch suf.kind {
	case sSupreme:
		return mention{start: start, end: end, court: supreme()}, true
	case sHigh:
		return sc.high(pre, lo, start, end)
	case sInter:
		return sc.intermediate(suf, pre, lo, start, end)
	case sRail, sRailInter:
		kind := "铁路运输法院"
		if suf.kind == sRailInter {
			kind = "铁路运输中级法院"
		}
		// X a city or a municipality: 齐齐哈尔铁路运输法院, 上海铁路运输法院.
		if k, fs := sc.places(pre, isRailSeat); k >= 0 && len(fs) == 1 {
			p := fs[0].p
			return placeMention(lo+k, end, specializedCourt(p.short, p, kind), p), true
		}
	case sRailAbbr, sRailInterAbbr:
		return sc.railAbbr(suf, pre, start, end)
	case sSpecial:
		return sc.special(suf, pre, lo, start, end)
	case sMilitary:
		loc := militaryPrefix.FindStringIndex(string(pre))
		if loc == nil || loc[0] == loc[1] {
			return mention{}, false
		}
		unit := string(pre)[loc[0]:loc[1]]
		c := Court{Name: unit + suf.text, Level: model.LevelSpecialized}
		return mention{start: start - len([]rune(unit)), end: end, court: c}, true
	case sPeople, sCourt:
		return sc.basic(suf, pre, lo, start, end)
	case sProvAbbr:
		if end < len(sc.s) && notProvAbbrAfter[sc.s[end]] {
			return mention{}, false
		}
		if k, fs := sc.places(pre, isProvince); k >= 0 {
			return placeMention(lo+k, end, highCourt(fs[0].p), fs[0].p), true
		}
		if start > 0 && genericBefore[sc.s[start-1]] {
			return mention{}, false
		}
		if p := sc.ctx.prov; p != nil {
			return placeMention(start, end, highCourt(p), p), true
		}
	case sTribunal:
		return sc.tribunal(pre, lo, start, end)
	case sBranch:
		return sc.branch(pre, lo, start, end)
	}
	return mention{}, false
}

func placeMention(start, end int, c Court, p *place) mention {
	m := mention{start: start, end: end, court: c, prov: p.prov, city: p.city}
	if p.kind == kindArea {
		m.area = p
	}
	return m
}

func isProvince(f form) bool { return f.p.kind == kindProvince }
func isCity(f form) bool     { return f.p.kind == kindCity }
func isSeat(f form) bool     { return f.p.kind == kindCity || f.p.kind == kindProvince }
func anyPlace(form) bool     { return true }

// isRailSeat accepts the seats of railway transport courts: prefecture-level
// cities and municipalities (上海铁路运输法院), not other provinces.
func isRailSeat(f form) bool { return isCity(f) || (isProvince(f) && f.p.muni) }

// places finds the longest tail pre[k:] that reads as a chain of place names
// of which some reading passes accept; it returns k and those readings,
// narrowed by the context, or -1.
func (sc *scanner) places(pre []rune, accept func(form) bool) (int, []form) {
	for k := 0; k+2 <= len(pre); k++ {
		var fs []form
		for _, f := range sc.g.parse(pre[k:]) {
			if accept(f) {
				fs = append(fs, f)
			}
		}
		if len(fs) > 0 {
			return k, sc.ctx.narrow(fs)
		}
	}
	return -1, nil
}

// bare returns the bare place word (省, 自治区, 区, 市, 州) that pre (which
// starts at s[lo]) ends with, or "" if there is none or it is generic (全省,
// 各市, 两级) or redacted (XX市).
func (sc *scanner) bare(pre []rune, lo int) string {
	for _, w := range []string{"自治区", "省", "区", "市", "州"} {
		n := len(pre) - len([]rune(w))
		if n < 0 || string(pre[n:]) != w {
			continue
		}
		if before := lo + n - 1; before >= 0 && genericBefore[sc.s[before]] {
			return ""
		}
		return w
	}
	return ""
}

// high: X高级人民法院 | X高院 | 省高院 | 自治区高院 | 区高院 | 市高院.
// 云南高院召开全省中级法院院长座谈会; 相关文件精神和自治区高院….
func (sc *scanner) high(pre []rune, lo, start, end int) (mention, bool) {
	if k, fs := sc.places(pre, isProvince); k >= 0 {
		return placeMention(lo+k, end, highCourt(fs[0].p), fs[0].p), true
	}
	p := sc.ctx.prov
	w := sc.bare(pre, lo)
	ok := p != nil && (w == "省" && strings.HasSuffix(p.name, "省") ||
		(w == "区" || w == "自治区") && strings.HasSuffix(p.name, "自治区") ||
		w == "市" && p.muni)
	if !ok {
		return mention{}, false
	}
	return placeMention(start-len([]rune(w)), end, highCourt(p), p), true
}

// intermediate: X中级人民法院 | X中院 | X州中院 | 市中院 | 州中院 |
// X第N中级人民法院 | XN中院 | 中院 (bare).
// 湛江中院召开全市法院…; 要以市中院…; 北京市第一中级人民法院.
func (sc *scanner) intermediate(suf suffix, pre []rune, lo, start, end int) (mention, bool) {
	if m, ok := sc.division(pre, lo, end); ok {
		return m, true
	}
	if ord, n := ordinalOf(suf, pre); n > 0 {
		head := pre[:len(pre)-n]
		if k, fs := sc.places(head, isProvince); k >= 0 {
			return placeMention(lo+k, end, numberedIntermediateCourt(fs[0].p, ord), fs[0].p), true
		}
		if p := sc.ctx.prov; p != nil && p.muni && sc.bare(head, lo) == "市" {
			return placeMention(start-n-1, end, numberedIntermediateCourt(p, ord), p), true
		}
		if m, ok := sc.listedNumbered(head, ord, n, start, end); ok {
			return m, true
		}
		// A bare numbered court of the context municipality: "2月26日,五中院以视频形式召开…"
		// (重庆市第五中级人民法院); only municipalities number their intermediate courts.
		if p := sc.ctx.prov; p != nil && p.muni && suf.text == "中院" && bareOrdinal(head) {
			return placeMention(start-n, end, numberedIntermediateCourt(p, ord), p), true
		}
	}
	if m, ok := sc.specialInter(pre, lo, end); ok {
		return m, true
	}
	if k, fs := sc.places(pre, isCity); k >= 0 {
		if len(fs) != 1 {
			return mention{}, false
		}
		return placeMention(lo+k, end, intermediateCourt(fs[0].p), fs[0].p), true
	}
	if k, _ := sc.places(pre, anyPlace); k >= 0 {
		return mention{}, false // a place that has no intermediate court of that name
	}
	switch c := sc.ctx.city; sc.bare(pre, lo) {
	case "市":
		if c != nil {
			return placeMention(start-1, end, intermediateCourt(c), c), true
		}
		return mention{}, false
	case "州":
		if c != nil && strings.HasSuffix(c.name, "自治州") {
			return placeMention(start-1, end, intermediateCourt(c), c), true
		}
		return mention{}, false
	}
	if bareInterSuffix[suf.text] && (start == 0 || !genericBefore[sc.s[start-1]] && !appealBefore[sc.s[start-1]]) {
		return mention{start: start, end: end, bareInter: true}, true
	}
	return mention{}, false
}

// bareInterSuffix are the forms of an intermediate court that may stand
// without a place: "中院召开…", "中级法院召开…", "中级人民法院召开…". The
// court they name is the one intermediate court the text's other courts
// imply ("…永宁县法院、贺兰县法院…" → 银川市中级人民法院), else none.
var bareInterSuffix = map[string]bool{"中院": true, "中级法院": true, "中级人民法院": true}

// appealBefore makes a bare intermediate court any court of that level,
// as procedure names it: 向中级人民法院上诉, 由上一级中级法院审理.
var appealBefore = runeSet("向上")

// bareOrdinal reports whether the runes before an ordinal (五 of 五中院) leave
// it standing alone: nothing, or a word that is no number, place or generic
// determiner (十五中院, 各二中院 are not).
func bareOrdinal(head []rune) bool {
	if len(head) == 0 {
		return true
	}
	last := head[len(head)-1]
	return !ordinals[last] && last != '十' && last != '第' && !genericBefore[last]
}

// ordinalOf reads 第一 before 中级(人民)法院 or 一 before 中院.
func ordinalOf(suf suffix, pre []rune) (string, int) {
	n := len(pre)
	if n == 0 || !ordinals[pre[n-1]] {
		return "", 0
	}
	if suf.text != "中院" {
		if n >= 2 && pre[n-2] == '第' {
			return string(pre[n-1]), 2
		}
		return "", 0
	}
	return string(pre[n-1]), 1
}

// railAbbr: C铁法院 | C铁中院, C the first character of the seat's name:
// 齐铁法院 (齐齐哈尔铁路运输法院), 哈铁中院 (哈尔滨铁路运输中级法院). The
// city must be named in the text, lie in the context province, or be the only
// city of China whose name starts with C.
func (sc *scanner) railAbbr(suf suffix, pre []rune, start, end int) (mention, bool) {
	if len(pre) == 0 {
		return mention{}, false
	}
	c := pre[len(pre)-1]
	starts := func(p *place) bool { return []rune(p.short)[0] == c }
	var pick *place
	for _, p := range sc.ctx.cityOrder {
		if starts(p) {
			pick = p
			break
		}
	}
	if pick == nil {
		var inProv, all []*place
		for _, p := range sc.g.cityByFirst[c] {
			all = append(all, p)
			if p.prov == sc.ctx.prov {
				inProv = append(inProv, p)
			}
		}
		switch {
		case len(inProv) == 1:
			pick = inProv[0]
		case len(all) == 1:
			pick = all[0]
		}
	}
	if pick == nil {
		return mention{}, false
	}
	kind := "铁路运输法院"
	if suf.kind == sRailInterAbbr {
		kind = "铁路运输中级法院"
	}
	return placeMention(start-1, end, specializedCourt(pick.short, pick, kind), pick), true
}

// special: X海事法院 | X知识产权法院 | X互联网法院 | X金融法院.
// 北海海事法院党组召开扩大会议; 海南自贸港知识产权法院.
func (sc *scanner) special(suf suffix, pre []rune, lo, start, end int) (mention, bool) {
	kind := suf.text
	for _, z := range specialSeats {
		if strings.HasSuffix(string(pre), z.written) {
			p := sc.g.byCode[z.place]
			n := len([]rune(z.written))
			return placeMention(start-n, end, specializedCourt(z.seat, p, kind), p), true
		}
	}
	k, fs := sc.places(pre, isSeat)
	if k < 0 || len(fs) != 1 {
		return mention{}, false
	}
	p := fs[0].p
	return placeMention(lo+k, end, specializedCourt(p.short, p, kind), p), true
}

// basic: X人民法院 | X县法院 | X区法院 | X市法院 (county-level city) | X法院
// (X a county or district short name) | X省法院 | 省法院.
// 昆明市官渡区人民法院; 元阳县法院; 下午大通法院召开…; 认真落实省法院….
// A province's or prefecture's bare name before 法院 (湛江法院, 陕西法院)
// means all its courts and is no mention.
func (sc *scanner) basic(suf suffix, pre []rune, lo, start, end int) (mention, bool) {
	if k, fs := sc.places(pre, anyPlace); k >= 0 {
		tail := pre[k:]
		var areas []form
		for _, f := range fs {
			if f.p.kind == kindArea {
				areas = append(areas, f)
			}
		}
		last := tail[len(tail)-1]
		switch {
		case len(areas) == 0 && len(fs) == 1 && suf.kind == sCourt && (last == '省' || strings.HasSuffix(string(tail), "自治区")):
			return placeMention(lo+k, end, highCourt(fs[0].p.prov), fs[0].p), true
		case len(areas) != len(fs):
			return mention{}, false
		case len(areas) > 1:
			areas = preferCounty(areas)
			if len(areas) != 1 {
				return mention{}, false
			}
		}
		if a := areas[0]; !a.suffixed && !sc.plausibleShort(a.p, string(tail)) {
			return mention{}, false
		}
		return placeMention(lo+k, end, basicCourt(areas[0].p), areas[0].p), true
	}
	if m, ok := sc.zone(pre, lo, end); ok {
		return m, true
	}
	for _, rule := range []func([]rune, int, int) (mention, bool){sc.numbered, sc.suburban, sc.abbrev} {
		if m, ok := rule(pre, lo, end); ok {
			return m, true
		}
	}
	if m, ok := sc.bareArea(pre, lo, start, end); ok {
		return m, true
	}
	if suf.kind == sCourt && sc.bare(pre, lo) == "省" && sc.ctx.prov != nil && strings.HasSuffix(sc.ctx.prov.name, "省") {
		return placeMention(start-1, end, highCourt(sc.ctx.prov), sc.ctx.prov), true
	}
	return mention{}, false
}

// plausibleShort reports whether a bare short name before 法院 (婺城法院)
// names the area: it must lie in the text's province if the text names one;
// with no context, names that are also common words (平安法院建设) are not
// taken.
func (sc *scanner) plausibleShort(a *place, written string) bool {
	// "全州法院要抓好执行": all the courts of a 州, not 全州县 (Guangxi), even
	// in Guangxi; the county's own court is written 全州县法院.
	if scopeShorts[written] {
		return false
	}
	if p := sc.ctx.prov; p != nil {
		return a.prov == p
	}
	return !wordLikeShorts[written]
}

// preferCounty breaks a tie between a county and districts of the same short
// name (大通: 大通回族土族自治县, 淮南市大通区): the press writes a district's
// court as X区法院 more than as X法院.
func preferCounty(fs []form) []form {
	var out []form
	for _, f := range fs {
		if !f.suffixed && !strings.HasSuffix(f.p.name, "区") {
			out = append(out, f)
		}
	}
	return out
}
