package court

import (
	"strings"

	"courtql/model"
)

// Basic courts the ordinary grammar misses: one-character abbreviations of
// counties and banners (莫旗法院), the numbered basic courts of cities that
// have no districts (东莞第一法院), and the suburban courts named after no
// division (三亚市城郊人民法院).

// Suffixes of divisions the press abbreviates to their first character:
// 莫力达瓦达斡尔族自治旗 → 莫旗.
var abbrevSuffixes = []string{"旗", "县"}

// specialBasicNames are basic courts named by a kind of area rather than a
// division, prefixed with their city: 三亚市城郊人民法院.
var specialBasicNames = []string{"城郊"}

// addAbbrevs indexes every county and banner by its first character and
// suffix (莫旗), unless that is the full name of some division (沛县).
func (g *gazetteer) addAbbrevs() {
	hasArea := map[*place]bool{}
	for _, p := range g.places {
		if p.kind != kindArea {
			continue
		}
		if p.city != nil && p.name != p.city.name {
			hasArea[p.city] = true
		}
		for _, suf := range abbrevSuffixes {
			if !strings.HasSuffix(p.name, suf) || len([]rune(p.short)) < 2 {
				continue
			}
			a := string([]rune(p.short)[:1]) + suf
			if _, real := g.forms[a]; !real {
				g.abbrevs[a] = append(g.abbrevs[a], p)
			}
		}
	}
	for _, p := range g.places {
		if p.kind == kindCity && !hasArea[p] {
			g.districtless[p] = true
		}
	}
}

// abbrev: C旗法院 | C县法院, C the first character of a county or banner of
// the context city (else province) and the only one there with that
// abbreviation: "满洲里市法院、莫旗法院作交流发言" (呼伦贝尔: 莫力达瓦达斡尔族自治旗).
// Without a context, or with two candidates, it stays unresolved.
func (sc *scanner) abbrev(pre []rune, lo, end int) (mention, bool) {
	if len(pre) < 2 || sc.ctx.prov == nil {
		return mention{}, false
	}
	ps := sc.g.abbrevs[string(pre[len(pre)-2:])]
	var in []*place
	for _, p := range ps {
		if sc.ctx.city != nil && p.city == sc.ctx.city || sc.ctx.city == nil && p.prov == sc.ctx.prov {
			in = append(in, p)
		}
	}
	if len(in) != 1 {
		return mention{}, false
	}
	return placeMention(lo+len(pre)-2, end, basicCourt(in[0]), in[0]), true
}

// numbered: <city>[市]第N[人民]法院 | 第N法院 in a districtless city's text, the
// numbered basic courts of a city with no districts: "東莞第一法院在會上作經驗交流"
// (东莞市第一人民法院), "中山市第二人民法院".
func (sc *scanner) numbered(pre []rune, lo, end int) (mention, bool) {
	n := len(pre)
	k := n
	for k > 0 && (ordinals[pre[k-1]] || pre[k-1] == '十') {
		k--
	}
	if k == n || k == 0 || pre[k-1] != '第' {
		return mention{}, false
	}
	ord, head := string(pre[k:]), pre[:k-1]
	city := sc.ctx.city
	start := lo + k - 1
	if j, fs := sc.places(head, isCity); j >= 0 {
		if len(fs) != 1 {
			return mention{}, false
		}
		city, start = fs[0].p, lo+j
	} else if j, _ := sc.places(head, anyPlace); j >= 0 {
		return mention{}, false // a place with no numbered courts: 北京第一法院
	} else if len(head) > 0 && !genericBefore[head[len(head)-1]] {
		city = sc.ctx.city // "第二法院" after a verb: the context city
	} else if len(head) > 0 {
		return mention{}, false
	}
	if city == nil || !sc.g.districtless[city] {
		return mention{}, false
	}
	c := Court{Name: city.name + "第" + ord + "人民法院", Level: model.LevelBasic,
		Province: city.prov.name, City: city.name, Parent: intermediateCourt(city).Name}
	return placeMention(start, end, c, city), true
}

// suburban: [<city>[市]]城郊[人民]法院, a basic court named after no division,
// of the named city or else the context city: "城郊法院主要负责人参加会议"
// (三亚中院's text: 三亚市城郊人民法院).
func (sc *scanner) suburban(pre []rune, lo, end int) (mention, bool) {
	for _, w := range specialBasicNames {
		if !strings.HasSuffix(string(pre), w) {
			continue
		}
		head := pre[:len(pre)-len([]rune(w))]
		city, start := sc.ctx.city, lo+len(head)
		if j, fs := sc.places(head, isCity); j >= 0 {
			if len(fs) != 1 {
				return mention{}, false
			}
			city, start = fs[0].p, lo+j
		} else if len(head) > 0 && genericBefore[head[len(head)-1]] {
			return mention{}, false
		}
		if city == nil {
			return mention{}, false
		}
		c := Court{Name: city.name + w + "人民法院", Level: model.LevelBasic,
			Province: city.prov.name, City: city.name, Parent: intermediateCourt(city).Name}
		return placeMention(start, end, c, city), true
	}
	return mention{}, false
}
