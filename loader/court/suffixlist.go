package court

import "unicode"

// A shared-suffix list names several courts whose places are each written
// in full, with their own administrative suffix, before one court suffix:
//
//	list  = item { 、 item } [ (和|及|与) item ] court
//	item  = a suffixed division name (顺庆区, 阆中市, 通化县; a city for 中院)
//	court = 人民法院 | 法院 | 中级人民法院 | 中级法院 | 中院
//
// "顺庆区、高坪区、阆中市人民法院…参加会议" (three courts), "梅河口市、集安市、
// 辉南县法院及东昌区、二道江区法院设分会场" (two lists joined by 及). Unlike an
// elliptical list (ellipsis.go) there is no count: every item must resolve
// on its own, the first one possibly after words of the sentence ("及东昌区").

const maxSuffixedItem = 10 // runes of one full division name (鄂温克族自治旗)

// suffixedList reads a shared-suffix list ending at end (just after 院).
func (sc *scanner) suffixedList(end int) ([]mention, bool) {
	ec, start, ok := sc.listSuffix(end)
	if !ok || ec.text == "基层人民法院" || ec.text == "基层法院" {
		return nil, false
	}
	return sc.suffixedItems(start, end, ec.inter)
}

// suffixedItems collects the items before pos, last first, while they resolve.
func (sc *scanner) suffixedItems(pos, end int, inter bool) ([]mention, bool) {
	s := sc.s
	var rev []mention
	itemEnd := pos
	for itemEnd > sc.lastEnd {
		from := itemEnd
		for from > sc.lastEnd && itemEnd-from < maxSuffixedItem+2 && unicode.Is(unicode.Han, s[from-1]) {
			from--
		}
		m, whole, ok := sc.suffixedItem(from, itemEnd, inter)
		if !ok {
			break
		}
		rev = append(rev, m)
		if !whole {
			// "东昌区和二道江区": a joined pair reads as two items; anything
			// else before the item ends the list.
			if k := m.start - 1; k > from && ellipsisSeps[s[k]] {
				if p, w, ok := sc.suffixedItem(from, k, inter); ok {
					rev = append(rev, p)
					if w && from > sc.lastEnd && s[from-1] == '、' {
						itemEnd = from - 1
						continue
					}
				}
			}
			break
		}
		if from == sc.lastEnd || s[from-1] != '、' {
			break
		}
		itemEnd = from - 1
	}
	if len(rev) < 2 {
		return nil, false
	}
	out := make([]mention, len(rev))
	for i, m := range rev {
		out[len(rev)-1-i] = m
	}
	out[len(out)-1].end = end
	return out, true
}

// suffixedItem resolves the longest tail of s[from:to] that is one suffixed
// division name; whole reports that the tail is all of it.
func (sc *scanner) suffixedItem(from, to int, inter bool) (m mention, whole, ok bool) {
	for k := from; k+2 <= to; k++ {
		if to-k > maxSuffixedItem {
			continue
		}
		var fs []form
		for _, f := range sc.g.forms[string(sc.s[k:to])] {
			if f.suffixed && (inter && f.p.kind == kindCity || !inter && f.p.kind == kindArea) {
				fs = append(fs, f)
			}
		}
		if len(fs) == 0 {
			continue
		}
		fs = sc.ctx.narrow(fs)
		if len(fs) != 1 {
			return mention{}, false, false
		}
		p := fs[0].p
		c := basicCourt(p)
		if inter {
			c = intermediateCourt(p)
		}
		return placeMention(k, to, c, p), k == from, true
	}
	return mention{}, false, false
}
