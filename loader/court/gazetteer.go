package court

//go:generate go run ./internal/gazgen -version 2.7.0 -out gazetteer_data.go

import (
	"strings"
	"sync"
)

// Suffixes of division names, longest first: stripping one gives the short
// name the press uses (延边朝鲜族自治州 → 延边, 大通回族土族自治县 → 大通).
var divisionSuffixes = []string{"特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "特区", "省", "市", "州", "盟", "县", "区", "旗"}

// Minority peoples whose names stand between a place and 自治区/州/县/旗.
var peoples = strings.Fields(`蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳
	佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒
	乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺`)

// Pseudo-cities of the data: their areas hang directly under the province.
var pseudoCities = map[string]bool{"市辖区": true, "县": true, "省直辖县级行政区划": true, "自治区直辖县级行政区划": true}

// Level of a division.
type divKind int

const (
	kindProvince divKind = iota
	kindCity             // prefecture level: 市, 自治州, 地区, 盟
	kindArea             // county level: 区, 县, 县级市, 自治县, 旗
)

// place is one administrative division of the gazetteer.
type place struct {
	code, name string
	short      string // name without suffix and peoples; == name if that would leave one character
	kind       divKind
	prov       *place // the province (itself for a province)
	city       *place // the prefecture-level city (itself for a city); nil for a province or a directly administered area
	muni       bool   // province-level municipality (北京市) or an area of one
}

// form is one way to write a place; suffixed says the form ends in its
// administrative suffix (云南省, 元阳县) rather than being a bare short name.
type form struct {
	p        *place
	suffixed bool
}

// gazetteer indexes the divisions by every written form.
type gazetteer struct {
	places []*place
	byCode map[string]*place
	forms  map[string][]form
	maxLen int // longest form in runes
	// cityByFirst lists prefecture-level cities by the first character of
	// their name, for abbreviations such as 齐铁法院.
	cityByFirst map[rune][]*place
	// contextNames holds the names that set a text's context: provinces
	// (full or short: 云南省, 云南) and prefecture-level cities written in
	// full (承德市, 延边朝鲜族自治州, 延边州).
	contextNames *trie
	// abbrevs holds the one-character short forms of counties and banners
	// (莫旗 for 莫力达瓦达斡尔族自治旗), resolved only inside a context
	// (abbrev.go); they are not forms, as they are ambiguous nationwide.
	abbrevs map[string][]*place
	// districtless marks the prefecture-level cities with no county-level
	// division of their own (东莞市, 中山市), whose basic courts are numbered.
	districtless map[*place]bool
}

// trie maps rune sequences to places, for a longest match at each offset.
type trie struct {
	next  map[rune]*trie
	place *place
}

func (t *trie) insert(s string, p *place) {
	for _, r := range s {
		if t.next == nil {
			t.next = map[rune]*trie{}
		}
		c := t.next[r]
		if c == nil {
			c = &trie{}
			t.next[r] = c
		}
		t = c
	}
	if t.place == nil {
		t.place = p
	}
}

// longest returns the place of the longest name s starts with, and its length.
func (t *trie) longest(s []rune) (*place, int) {
	var best *place
	n := 0
	for i, r := range s {
		t = t.next[r]
		if t == nil {
			break
		}
		if t.place != nil {
			best, n = t.place, i+1
		}
	}
	return best, n
}

var (
	gazOnce sync.Once
	gaz     *gazetteer
)

// theGazetteer builds the index once per process.
func theGazetteer() *gazetteer {
	gazOnce.Do(func() { gaz = buildGazetteer(gazetteerData + abolishedData) })
	return gaz
}

func buildGazetteer(data string) *gazetteer {
	g := &gazetteer{byCode: map[string]*place{}, forms: map[string][]form{}, cityByFirst: map[rune][]*place{}, contextNames: &trie{},
		abbrevs: map[string][]*place{}, districtless: map[*place]bool{}}
	for _, line := range strings.Split(data, "\n") {
		code, name, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		p := &place{code: code, name: name}
		switch len(code) {
		case 2:
			p.kind, p.prov = kindProvince, p
			p.muni = strings.HasSuffix(name, "市")
		case 4:
			p.kind, p.prov = kindCity, g.byCode[code[:2]]
			if p.prov == nil || pseudoCities[name] {
				g.byCode[code] = &place{code: code, name: name, kind: kindCity, prov: p.prov} // kept only as a parent key
				continue
			}
			p.city = p
		case 6:
			p.kind, p.prov = kindArea, g.byCode[code[:2]]
			if c := g.byCode[code[:4]]; c != nil && c.city != nil {
				p.city = c
			}
			if p.prov == nil || strings.ContainsAny(name, "（(") || !hasDivisionSuffix(name) {
				continue
			}
			p.muni = p.prov.muni
		default:
			continue
		}
		p.short = shortName(name)
		g.byCode[code] = p
		g.places = append(g.places, p)
		g.addForms(p)
		if p.kind == kindCity {
			first := []rune(p.name)[0]
			g.cityByFirst[first] = append(g.cityByFirst[first], p)
		}
	}
	g.addNewAreaShorts()
	for code, seat := range zoneSeats {
		if p := g.byCode[code]; p != nil {
			g.add(seat, p, true)
		}
	}
	g.addAbbrevs()
	for s, fs := range g.forms {
		for _, f := range fs {
			if f.p.kind == kindProvince || (f.p.kind == kindCity && f.suffixed) {
				g.contextNames.insert(s, f.p)
				break
			}
		}
	}
	return g
}

func hasDivisionSuffix(name string) bool {
	for _, s := range divisionSuffixes {
		if strings.HasSuffix(name, s) && len([]rune(name)) > len([]rune(s)) {
			return true
		}
	}
	return false
}

// shortName strips the administrative suffix and any peoples' names:
// 新疆维吾尔自治区 → 新疆, 大通回族土族自治县 → 大通, 官渡区 → 官渡. Names whose
// short form would be one character (和县, 城区) keep their full name.
func shortName(name string) string {
	s := name
	for _, suf := range divisionSuffixes {
		if strings.HasSuffix(s, suf) {
			s = strings.TrimSuffix(s, suf)
			break
		}
	}
	for changed := true; changed; {
		changed = false
		for _, p := range peoples {
			for _, w := range []string{p + "族", p} {
				if strings.HasSuffix(s, w) && len([]rune(s)) > len([]rune(w))+1 {
					s, changed = strings.TrimSuffix(s, w), true
					break
				}
			}
		}
	}
	if len([]rune(s)) < 2 {
		return name
	}
	return s
}

// addForms indexes a place by its full name, its short name and the
// suffixed short forms the press uses: 延边州, 大通县, 阜蒙县 (阜新蒙古族自治县:
// first characters of place and people), 关岭自治县 (自治 without the
// peoples), 新疆自治区.
func (g *gazetteer) addForms(p *place) {
	g.add(p.name, p, true)
	if p.short == p.name {
		return
	}
	g.add(p.short, p, false)
	rest := strings.TrimPrefix(p.name, p.short)
	for _, a := range []string{"自治州", "自治县", "自治旗"} {
		// 关岭自治县, 红河自治州: 自治 kept, the peoples dropped.
		if strings.HasSuffix(rest, a) && rest != a {
			g.add(p.short+a, p, true)
		}
	}
	switch {
	case strings.HasSuffix(rest, "自治州"):
		g.add(p.short+"州", p, true)
	case strings.HasSuffix(rest, "自治县"):
		g.add(p.short+"县", p, true)
		if people := []rune(strings.TrimSuffix(rest, "自治县")); len(people) > 0 {
			g.add(string([]rune(p.short)[:1])+string(people[:1])+"县", p, true)
		}
	case strings.HasSuffix(rest, "自治旗"):
		g.add(p.short+"旗", p, true)
	case strings.HasSuffix(rest, "自治区"):
		g.add(p.short+"自治区", p, true)
		g.add(p.short+"区", p, true)
	case p.kind == kindArea && len([]rune(rest)) > 1:
		// A district named with its people: 管城回族区 → 管城区.
		g.add(p.short+string([]rune(rest)[len([]rune(rest))-1:]), p, true)
	}
	// A place whose short name is a people's name keeps 族 in it (鄂温克族自治旗
	// → 鄂温克族); the press drops it: 鄂温克旗.
	if base, ok := strings.CutSuffix(p.short, "族"); ok && p.kind == kindArea && isPeople(base) {
		g.add(base, p, false)
		if strings.HasSuffix(p.name, "旗") || strings.HasSuffix(p.name, "县") {
			g.add(base+string([]rune(p.name)[len([]rune(p.name))-1:]), p, true)
		}
	}
}

// newAreaSuffix ends the names of districts called new areas: 浦东新区.
const newAreaSuffix = "新区"

// addNewAreaShorts indexes a new-area district by its name without 新区, as
// the press shortens it: 浦东法院 (上海市浦东新区人民法院), like 徐汇法院. The
// short form is added only where no other division is written that way (兰州
// is the city, not 兰州新区; 滨海 is also 滨海县), so it never makes a
// reading ambiguous; 滨海新区法院 resolves through the full name.
func (g *gazetteer) addNewAreaShorts() {
	for _, p := range g.places {
		x, ok := strings.CutSuffix(p.name, newAreaSuffix)
		if !ok || p.kind != kindArea || len([]rune(x)) < 2 || len(g.forms[x]) > 0 {
			continue
		}
		g.add(x, p, false)
	}
}

func isPeople(s string) bool {
	for _, p := range peoples {
		if p == s {
			return true
		}
	}
	return false
}

func (g *gazetteer) add(s string, p *place, suffixed bool) {
	for _, f := range g.forms[s] {
		if f.p == p {
			return
		}
	}
	g.forms[s] = append(g.forms[s], form{p, suffixed})
	if n := len([]rune(s)); n > g.maxLen {
		g.maxLen = n
	}
}

// isAncestor reports whether a contains b (a province its cities and areas,
// a city its areas).
func isAncestor(a, b *place) bool {
	switch a.kind {
	case kindProvince:
		return b.prov == a && b != a
	case kindCity:
		return b.kind == kindArea && b.city == a
	}
	return false
}

// parse reads s as a chain of place forms, each inside the one before
// (云南省昆明市官渡区, 昆明官渡, 延边州), and returns the innermost places of
// every reading, with whether the last form carried its suffix.
func (g *gazetteer) parse(s []rune) (out []form) {
	// reach[i]: readings of s[:i]; the zero form starts a chain.
	reach := make([][]form, len(s)+1)
	reach[0] = []form{{}}
	for i := 0; i < len(s); i++ {
		if len(reach[i]) == 0 {
			continue
		}
		for j := i + 2; j <= len(s) && j-i <= g.maxLen; j++ {
			for _, f := range g.forms[string(s[i:j])] {
				for _, prev := range reach[i] {
					if prev.p == nil || isAncestor(prev.p, f.p) {
						reach[j] = appendForm(reach[j], f)
						break
					}
				}
			}
		}
	}
	return reach[len(s)]
}

func appendForm(fs []form, f form) []form {
	for _, x := range fs {
		if x.p == f.p {
			return fs
		}
	}
	return append(fs, f)
}
