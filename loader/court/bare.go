package court

import (
	"strings"
)

// areaMarks are the bare division words before 法院 that a basic court's own
// pages use for it ("区法院党组书记、院长韦晓丽作专项工作报告"), with the
// suffix the division's full name must end in.
var areaMarks = map[rune]string{'区': "区", '县': "县", '旗': "旗", '市': "市"}

// minAreaName is the shortest full area name taken from running text: two
// runes (城区, 郊区) are words too often.
const minAreaName = 3

// namedAreas adds the county-level divisions s names in full ("云岩区第十八届
// 人大常委会"), read in the context's city, else its province; a name with
// several readings there is skipped.
func (c *docContext) namedAreas(s []rune) {
	if c.prov == nil {
		return
	}
	g := theGazetteer()
	for j := range s {
		if _, ok := areaMarks[s[j]]; !ok {
			continue
		}
		for n := min(g.maxLen, j+1); n >= minAreaName; n-- {
			var in []*place
			for _, f := range g.forms[string(s[j+1-n:j+1])] {
				p := f.p
				if !f.suffixed || p.kind != kindArea {
					continue
				}
				if c.city != nil && p.city == c.city || c.city == nil && p.prov == c.prov {
					in = append(in, p)
				}
			}
			if len(in) == 1 {
				if _, seen := c.areas[in[0]]; !seen {
					c.areas[in[0]] = false
				}
				break
			}
		}
	}
}

// placeByArea sets the context of a text that names no province, city or
// court of its own from the first county-level division it names in full
// that has one reading in all China: "市中院召开会议…固安县法院…" or "…服务固安县
// 经济社会发展大局" places 市中院 in 廊坊 and 县法院 in 固安县. A division name
// several provinces share (城关区, 朝阳区) places nothing.
func (c *docContext) placeByArea(s []rune) {
	g := theGazetteer()
	for j := range s {
		if _, ok := areaMarks[s[j]]; !ok {
			continue
		}
		for n := min(g.maxLen, j+1); n >= minAreaName; n-- {
			var only *place
			count := 0
			for _, f := range g.forms[string(s[j+1-n:j+1])] {
				if f.suffixed && f.p.kind == kindArea && f.p.prov != nil {
					only, count = f.p, count+1
				}
			}
			if count == 0 {
				continue
			}
			if count == 1 {
				c.prov, c.city = only.prov, only.city
				c.provs[only.prov] = true
				if only.city != nil && !c.cities[only.city] {
					c.cities[only.city] = true
					c.cityOrder = append(c.cityOrder, only.city)
				}
				return
			}
			break
		}
	}
}

// bareArea: 区法院 | 县法院 | 旗法院 | 市法院 (and …人民法院), a basic court's
// own short name for itself, resolved to the one district (county, banner,
// county-level city) of that kind its page names: "来源:云岩区人民法院" …
// "区法院共受理执行案件1.36万件" → 贵阳市云岩区人民法院. A bare 市法院 may be
// the intermediate court, so it needs the page context itself to name the
// county-level city; with none, it is the intermediate court of the one city
// whose districts and counties the text names (prefectureOverAreas). With no
// such division or several, it stays unresolved.
func (sc *scanner) bareArea(pre []rune, lo, start, end int) (mention, bool) {
	if len(pre) == 0 || sc.ctx == nil {
		return mention{}, false
	}
	last := pre[len(pre)-1]
	suffix, ok := areaMarks[last]
	if !ok {
		return mention{}, false
	}
	if before := lo + len(pre) - 2; before >= 0 && (genericBefore[sc.s[before]] || isHanPlace(sc.s[before])) {
		return mention{}, false
	}
	var only *place
	for a, page := range sc.ctx.areas {
		if !strings.HasSuffix(a.name, suffix) || suffix == "区" && strings.HasSuffix(a.name, "林区") {
			continue
		}
		if suffix == "市" && !page {
			continue
		}
		if only != nil {
			return mention{}, false
		}
		only = a
	}
	if only == nil {
		if suffix == "市" {
			if city := sc.ctx.prefectureOverAreas(); city != nil {
				return placeMention(lo+len(pre)-1, end, intermediateCourt(city), city), true
			}
		}
		return mention{}, false
	}
	return placeMention(lo+len(pre)-1, end, basicCourt(only), only), true
}

// prefectureOverAreas returns the one prefecture-level city whose districts
// and counties the text names, at least two of them and no county-level city
// (市法院召开…。蒸湘区法院、石鼓区法院、衡山县法院作表态发言 → 衡阳): a bare 市法院
// set over them is its intermediate court. A county-level city named may be
// the 市法院 itself, and divisions of two cities place nothing.
func (c *docContext) prefectureOverAreas() *place {
	var city *place
	n := 0
	for a := range c.areas {
		if strings.HasSuffix(a.name, "市") || a.city == nil {
			return nil
		}
		if city != nil && a.city != city {
			return nil
		}
		city = a.city
		n++
	}
	if n < 2 {
		return nil
	}
	return city
}

// isHanPlace reports a rune that would make the division word part of a
// longer name the grammar could not read (某某区法院, 自治区法院): only a
// bare word after punctuation, a space or a function word stands alone.
func isHanPlace(r rune) bool {
	return !strings.ContainsRune("的、,，。;；:：“”\"（）()在和与及由向对将把是为被请了上下后前中 \t\n\u3000", r) &&
		r >= 0x4e00 && r <= 0x9fff && !verbLike[r]
}

// verbLike runes commonly stand right before a bare 区法院 as the end of a
// verb or noun phrase: "审议区法院", "听取区法院", "感谢区法院".
var verbLike = runeSet("议取谢到赴访察导请送交给据于从同跟至即持促求示督查视责")
