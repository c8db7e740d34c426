package court

import (
	"regexp"
	"strings"

	"courtql/model"
)

// Courts outside the ordinary province–city–county chain: the Xinjiang
// Production and Construction Corps (兵团) courts and the basic courts of
// development zones (深圳前海合作区人民法院, 苏州工业园区人民法院).

const (
	xinjiangName = "新疆维吾尔自治区"
	// bingtuanBranchName is the high court's branch for the 兵团.
	bingtuanBranchName = xinjiangName + "高级人民法院生产建设兵团分院"
	bingtuanName       = "新疆生产建设兵团"
)

// zoneSuffixes end the name of a zone with its own basic court, longest
// first: 前海合作区, 工业园区, 经济技术开发区, 两江新区.
var zoneSuffixes = []string{"经济技术开发区", "高新技术产业开发区", "自由贸易试验区", "经济开发区", "自贸试验区",
	"综合实验区", "深度合作区", "工业园区", "合作区", "开发区", "高新区", "自贸区", "新区"}

// jointZone is the name of a zone run by two or more regions, written in
// full and named after them, not after its city: 横琴粤澳深度合作区 (粤, 澳),
// 前海深港现代服务业合作区 (深, 港). It is written in full in its court's
// name: "横琴粤澳深度合作区人民法院".
var jointZone = regexp.MustCompile(`^\p{Han}{2,4}[京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川蜀贵黔云滇陕秦甘陇青宁新藏桂蒙港澳台深穗]{2,3}\p{Han}{0,5}$`)

// zoneLead: words that may stand before a zone court's name written without
// its city: "到横琴粤澳深度合作区人民法院调研".
var zoneLead = []string{"在", "到", "赴", "至", "了", "和", "与", "及"}

// zoneGeneric: words that make X合作区/X新区 a kind of zone, not one:
// 各开发区, 全市新区, 本园区.
var zoneGeneric = runeSet("全各本该我多每这那此其所等个")

// bingtuanPrefix is what may stand before 兵团分院 or a division court:
// "新疆维吾尔自治区高级人民法院生产建设兵团分院", "新疆生产建设兵团第八师中级人民法院", "兵团八师中院".
var bingtuanDivision = regexp.MustCompile(`(?:新疆生产建设兵团|新疆兵团|生产建设兵团|兵团)?第?([一二三四五六七八九十]{1,3})师$`)

// bingtuanBranch is the 兵团分院 of the Xinjiang high court.
func bingtuanBranch(g *gazetteer) (Court, *place) {
	p := g.byCode["65"]
	return Court{Name: bingtuanBranchName, Level: model.LevelHigh, Province: xinjiangName,
		Parent: xinjiangName + "高级人民法院"}, p
}

// branch: [新疆高院|新疆维吾尔自治区高级人民法院]生产建设兵团分院 | 兵团分院.
// "各高级人民法院、新疆维吾尔自治区高级人民法院生产建设兵团分院设分会场".
// A high court mention right before the suffix is taken into it.
func (sc *scanner) branch(pre []rune, lo, start, end int) (mention, bool) {
	c, p := bingtuanBranch(sc.g)
	m := mention{start: start, end: end, court: c}
	if p != nil {
		m.prov = p
	}
	if n := len(sc.out); n > 0 && sc.out[n-1].end == start && sc.out[n-1].court.Level == model.LevelHigh {
		if sc.out[n-1].court.Province != xinjiangName {
			return mention{}, false
		}
		m.start = sc.out[n-1].start
		sc.out = sc.out[:n-1]
		return m, true
	}
	if strings.HasSuffix(string(pre), "新疆") {
		m.start -= 2
	}
	return m, true
}

// division: (新疆生产建设)兵团第N师中级人民法院 | N师中院.
// "新疆生产建设兵团第八师中级人民法院院长作交流发言".
func (sc *scanner) division(pre []rune, lo, end int) (mention, bool) {
	loc := bingtuanDivision.FindStringSubmatchIndex(string(pre))
	if loc == nil {
		return mention{}, false
	}
	ps := string(pre)
	c := Court{Name: bingtuanName + "第" + ps[loc[2]:loc[3]] + "师中级人民法院", Level: model.LevelIntermediate,
		Province: xinjiangName, Parent: bingtuanBranchName}
	return mention{start: lo + len([]rune(ps[:loc[0]])), end: end, court: c, prov: sc.g.byCode["65"]}, true
}

// zone: <city>X合作区|X新区|X开发区|X工业园区 人民法院, the basic court of a
// zone of the city, named by the city's short name and the zone's:
// "深圳前海合作区人民法院院长作经验分享", "苏州工业园区人民法院".
// Without a city the text's context city is taken.
func (sc *scanner) zone(pre []rune, lo, end int) (mention, bool) {
	ps := string(pre)
	suf := ""
	for _, z := range zoneSuffixes {
		if strings.HasSuffix(ps, z) {
			suf = z
			break
		}
	}
	if suf == "" {
		return mention{}, false
	}
	head := pre[:len(pre)-len([]rune(suf))]
	// The city: the earliest offset where a city's form starts and at most
	// six runes of the zone's own name follow it.
	for k := 0; k < len(head); k++ {
		for j := len(head); j >= k+2; j-- {
			var city *place
			for _, f := range sc.g.forms[string(head[k:j])] {
				if f.p.kind == kindCity {
					city = f.p
					break
				}
			}
			if city == nil {
				continue
			}
			own := head[j:]
			if len(own) > 6 {
				continue
			}
			c := Court{Name: city.short + string(own) + suf + "人民法院", Level: model.LevelBasic,
				Province: city.prov.name, City: city.name, Parent: intermediateCourt(city).Name}
			return placeMention(lo+k, end, c, city), true
		}
	}
	// No city, a joint zone: its name as written, with no city of its own.
	for n := 4; n <= len(head); n++ {
		own, before := head[len(head)-n:], head[:len(head)-n]
		if !jointZone.MatchString(string(own)) || !zoneLeads(before) {
			continue
		}
		c := Court{Name: string(own) + suf + "人民法院", Level: model.LevelBasic}
		return mention{start: lo + len(before), end: end, court: c}, true
	}
	// No city: a 2–4 rune zone name right after punctuation or a lead.
	for n := 2; n <= 4 && n <= len(head); n++ {
		own, before := head[len(head)-n:], head[:len(head)-n]
		if len(before) > 0 || zoneGeneric[own[0]] {
			continue
		}
		if _, fs := sc.places(own, anyPlace); fs != nil {
			return mention{}, false
		}
		c := Court{Name: string(own) + suf + "人民法院", Level: model.LevelBasic}
		if city := sc.ctx.city; city != nil {
			c.Name = city.short + c.Name
			c.Province, c.City, c.Parent = city.prov.name, city.name, intermediateCourt(city).Name
			return placeMention(lo+len(before), end, c, city), true
		}
		if p := sc.ctx.prov; p != nil && p.muni {
			c.Name, c.Province = p.short+c.Name, p.name
			return placeMention(lo+len(before), end, c, p), true
		}
		return mention{start: lo + len(before), end: end, court: c}, true
	}
	return mention{}, false
}

// zoneLeads reports whether before (the runes between a break and a zone's
// name) is empty or ends with a lead word.
func zoneLeads(before []rune) bool {
	if len(before) == 0 {
		return true
	}
	for _, w := range zoneLead {
		if strings.HasSuffix(string(before), w) {
			return true
		}
	}
	return false
}
