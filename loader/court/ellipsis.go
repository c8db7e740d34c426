package court

import (
	"strings"
	"unicode"
)

// An elliptical list names several courts of one level with one suffix:
//
//	list    = item { sep item } [等] count [个|家|所] [level] court
//	sep     = 、 | 和 | 及 | 与
//	count   = 两 | 二 … 十九 | digits      (must equal the number of items)
//	level   = 县 | 区 | 市 | 旗 | 县区 | 区县 | 县市 | 市县
//	court   = 人民法院 | 法院 | 基层法院 | 中级人民法院 | 中级法院 | 中院
//
// "共和、同德、贵德、兴海、贵南五县法院院长…参加会议" (five county courts),
// "城关、七里河两区法院", "甲、乙两个中院". Each item is a short place name
// resolved against the document's context; the level word picks the kind
// of division (县 → counties, 区 → districts, 市 → county-level cities).

// ellipsisCourt is a court word shared by the items of a list; inter marks
// those that name intermediate courts.
type ellipsisCourt struct {
	text  string
	inter bool
}

// ellipsisCourts are the shared suffixes, longest first.
var ellipsisCourts = []ellipsisCourt{
	{"中级人民法院", true}, {"中级法院", true}, {"中院", true},
	{"基层人民法院", false}, {"基层法院", false}, {"人民法院", false}, {"法院", false},
}

// ellipsisLevels are the level words before the suffix, longest first.
var ellipsisLevels = []string{"县区", "区县", "县市", "市县", "县", "区", "市", "旗", ""}

// ellipsisSeps join the last two items of a list (、 separates the others).
var ellipsisSeps = runeSet("、和及与")

const maxEllipsisItem = 8 // runes of one place name in a list

// hanCount reads a small count: 两, 二…九, 十, 十一…十九, or digits.
func hanCount(rs []rune) int {
	s := string(rs)
	if s == "" {
		return 0
	}
	if s == "两" {
		return 2
	}
	allDigits := true
	n := 0
	for _, r := range rs {
		if !unicode.IsDigit(r) || r > unicode.MaxASCII {
			allDigits = false
			break
		}
		n = n*10 + int(r-'0')
	}
	if allDigits {
		return n
	}
	digit := func(r rune) int { return strings.IndexRune("一二三四五六七八九", r)/len("一") + 1 }
	switch {
	case len(rs) == 1 && rs[0] == '十':
		return 10
	case len(rs) == 1 && ordinals[rs[0]]:
		return digit(rs[0])
	case len(rs) == 2 && rs[0] == '十' && ordinals[rs[1]]:
		return 10 + digit(rs[1])
	}
	return 0
}

// ellipsis reads an elliptical list ending at end (just after 院) and
// returns one mention per item, the last one running to the suffix's end.
// It fails unless the count matches and at least two items resolve.
func (sc *scanner) ellipsis(end int) ([]mention, bool) {
	s := sc.s
	if ec, start, ok := sc.listSuffix(end); ok {
		for _, lv := range ellipsisLevels {
			if ec.inter && lv != "" {
				continue
			}
			lvEnd := start
			lvStart := lvEnd - len([]rune(lv))
			if lvStart < 0 || lvStart < sc.lastEnd || string(s[lvStart:lvEnd]) != lv {
				continue
			}
			if ms, ok := sc.ellipsisList(lvStart, end, lv, ec.inter); ok {
				return ms, true
			}
		}
	}
	return nil, false
}

// listSuffix finds the court word that closes a list ending at end (法院,
// 中院, 人民法院 …) and where it starts, after the last mention read.
func (sc *scanner) listSuffix(end int) (ellipsisCourt, int, bool) {
	for _, ec := range ellipsisCourts {
		start := end - len([]rune(ec.text))
		if start >= 0 && start >= sc.lastEnd && string(sc.s[start:end]) == ec.text {
			return ec, start, true
		}
	}
	return ellipsisCourt{}, 0, false
}

// ellipsisList reads "items count [个]" ending at pos: the count (listCount),
// the items before it (listPieces), then each item resolved (listItems).
func (sc *scanner) ellipsisList(pos, end int, level string, inter bool) ([]mention, bool) {
	pos, count, uncounted, ok := sc.listCount(pos)
	if !ok {
		return nil, false
	}
	pieces := sc.listPieces(pos, count, level, inter)
	if uncounted {
		count = len(pieces)
	}
	if len(pieces) < count || count < 2 {
		return nil, false
	}
	out, ok := sc.listItems(pieces[len(pieces)-count:], end, level, inter, uncounted)
	if !ok || len(out) < 2 {
		return nil, false
	}
	return out, true
}

// listCount reads the count before a list's court word ending at pos
// ("五县", "等三家", "等"), and returns where the items end. A list closed
// by 等 without a count ("管城区、惠济区、巩义市等法院设分会场") is uncounted:
// it names as many courts as it has items, and every item must resolve.
func (sc *scanner) listCount(pos int) (itemsEnd, count int, uncounted, ok bool) {
	s := sc.s
	if pos > sc.lastEnd && strings.ContainsRune("个家所", s[pos-1]) {
		pos--
	}
	cEnd := pos
	for pos > sc.lastEnd && (ordinals[s[pos-1]] || s[pos-1] == '十' || s[pos-1] == '两' ||
		(s[pos-1] >= '0' && s[pos-1] <= '9')) {
		pos--
	}
	count = hanCount(s[pos:cEnd])
	uncounted = pos == cEnd && pos > sc.lastEnd && s[pos-1] == '等'
	if !uncounted && (count < 2 || count > 20) {
		return 0, 0, false, false
	}
	if pos > sc.lastEnd && s[pos-1] == '等' {
		pos--
	}
	if uncounted {
		count = 20
	}
	return pos, count, uncounted, true
}

// listPieces splits the run of Han characters and 、 before pos into
// items, at most count of them of maxEllipsisItem runes each.
func (sc *scanner) listPieces(pos, count int, level string, inter bool) [][2]int {
	s := sc.s
	from := pos
	for from > sc.lastEnd && pos-from < count*(maxEllipsisItem+1) &&
		(unicode.Is(unicode.Han, s[from-1]) || s[from-1] == '、') {
		from--
	}
	var pieces [][2]int
	st := from
	for i := from; i <= pos; i++ {
		if i == pos || s[i] == '、' {
			pieces = append(pieces, [2]int{st, i})
			st = i + 1
		}
	}
	// "三中院、朝阳、海淀等法院": the list goes on from a court just read.
	if len(pieces) > 1 && pieces[0][0] == pieces[0][1] && from == sc.lastEnd && from > 0 {
		pieces = pieces[1:]
	}
	// "元阳、红河和绿春": the last piece may join two items with 和/及/与.
	if n := len(pieces); n > 0 {
		last := pieces[n-1]
		if _, ok := sc.ellipsisItem(s[last[0]:last[1]], level, inter); !ok {
			for i := last[1] - 2; i > last[0]+1; i-- {
				if ellipsisSeps[s[i]] {
					pieces = append(pieces[:n-1], [2]int{last[0], i}, [2]int{i + 1, last[1]})
					break
				}
			}
		}
	}
	return pieces
}

// listItems resolves each piece of a list to a court, the last one running
// to the list's end. The first piece may hold words before the place
// ("会议由城关"). An uncounted list fails on an item that does not resolve;
// a counted one skips it. A list of no level may hold a municipality's
// numbered intermediate courts (一中, 二中院; see numberedItem).
func (sc *scanner) listItems(pieces [][2]int, end int, level string, inter, uncounted bool) ([]mention, bool) {
	s := sc.s
	var out []mention
	for i, it := range pieces {
		if it[1]-it[0] < 2 || it[1]-it[0] > maxEllipsisItem && i > 0 {
			return nil, false
		}
		var m mention
		ok := false
		for k := it[0]; k+2 <= it[1] && (k == it[0] || i == 0); k++ {
			if m, ok = sc.ellipsisItem(s[k:it[1]], level, inter); ok {
				m.start, m.end = k, it[1]
				break
			}
			if level != "" || inter {
				continue
			}
			if m, ok = sc.numberedItem(s[k:it[1]]); ok {
				m.start, m.end = k, it[1]
				break
			}
		}
		if !ok {
			if uncounted {
				return nil, false
			}
			continue
		}
		if i == len(pieces)-1 {
			m.end = end
		}
		out = append(out, m)
	}
	return out, true
}

// ellipsisItem resolves one short place name of a list at the list's level.
func (sc *scanner) ellipsisItem(name []rune, level string, inter bool) (mention, bool) {
	var fs []form
	for _, f := range sc.g.forms[string(name)] {
		if inter {
			if f.p.kind == kindCity {
				fs = append(fs, f)
			}
			continue
		}
		if f.p.kind != kindArea {
			continue
		}
		if level == "" || strings.ContainsRune(level, []rune(f.p.name)[len([]rune(f.p.name))-1]) ||
			(strings.Contains(level, "县") && strings.HasSuffix(f.p.name, "旗")) {
			fs = append(fs, f)
		}
	}
	fs = sc.ctx.narrow(fs)
	if len(fs) != 1 {
		return mention{}, false
	}
	p := fs[0].p
	if !fs[0].suffixed && !sc.plausibleShort(p, string(name)) && sc.ctx.prov != nil {
		return mention{}, false
	}
	if inter {
		return placeMention(0, 0, intermediateCourt(p), p), true
	}
	return placeMention(0, 0, basicCourt(p), p), true
}

// numberedItem resolves an item of a 等 list that is a numbered intermediate
// court of the context municipality, written as its ordinal and 中 or 中院:
// "一中、二中、浦东、徐汇等法院" or "一中、二中、浦东、闵行等四家法院" in 上海's
// text (上海市第一中级人民法院). Only
// municipalities number their intermediate courts so; elsewhere it fails.
func (sc *scanner) numberedItem(name []rune) (mention, bool) {
	p := sc.ctx.prov
	if p == nil || !p.muni || len(name) < 2 || !ordinals[name[0]] {
		return mention{}, false
	}
	if rest := string(name[1:]); rest != "中" && rest != "中院" {
		return mention{}, false
	}
	return placeMention(0, 0, numberedIntermediateCourt(p, string(name[0])), p), true
}
