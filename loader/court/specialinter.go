package court

import "courtql/model"

// specialInters are the intermediate courts that serve no prefecture-level
// city and so carry no city in their name: a province's court for a region
// or an industry (forestry, state farms). Only courts that exist are listed,
// with their official names; seat is the word before 中级(人民)法院 / 中院.
//
//	湖北省汉江中级人民法院 (汉江中院), 黑龙江省农垦中级法院 (农垦中院),
//	吉林省林区中级法院, 黑龙江省林区中级法院 (林区中院: the province decides).
var specialInters = []struct{ prov, seat, name string }{
	{"湖北省", "汉江", "湖北省汉江中级人民法院"},
	{"吉林省", "林区", "吉林省林区中级法院"},
	{"黑龙江省", "林区", "黑龙江省林区中级法院"},
	{"黑龙江省", "农垦", "黑龙江省农垦中级法院"},
}

// specialInter reads pre (s[lo:start]) as [province] seat before an
// intermediate suffix: "列席…汉江中级人民法院", "湖北省汉江中院",
// "黑龙江省林区中级法院". Without a province the seat must name one court,
// alone or within the document's province. A place other than a province
// right before the seat makes it part of that place's name (神农架林区).
func (sc *scanner) specialInter(pre []rune, lo, end int) (mention, bool) {
	var found *mention
	n := 0
	for _, si := range specialInters {
		seat := []rune(si.seat)
		k := len(pre) - len(seat)
		if k < 0 || string(pre[k:]) != si.seat {
			continue
		}
		head := pre[:k]
		from := lo + k
		var prov *place
		if j, fs := sc.places(head, anyPlace); j >= 0 {
			if len(fs) == 0 || !isProvince(fs[0]) {
				return mention{}, false
			}
			if fs[0].p.name != si.prov {
				continue
			}
			prov, from = fs[0].p, lo+j
		} else if p := sc.ctx.prov; p != nil && p.kind == kindProvince && p.name != si.prov {
			continue
		}
		if prov == nil {
			prov = sc.provinceNamed(si.prov)
		}
		c := Court{Name: si.name, Level: model.LevelIntermediate, Province: si.prov, Parent: si.prov + "高级人民法院"}
		found = &mention{start: from, end: end, court: c, prov: prov}
		n++
	}
	if n != 1 {
		return mention{}, false
	}
	return *found, true
}

// provinceNamed returns the gazetteer's province of that full name, or nil.
func (sc *scanner) provinceNamed(name string) *place {
	for _, f := range sc.g.forms[name] {
		if f.p.kind == kindProvince {
			return f.p
		}
	}
	return nil
}
