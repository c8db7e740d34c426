package court

import (
	"regexp"
	"sort"
	"strings"

	"courtql/model"

	"courtql/loader/script"
)

// docContext is what a text tells about where it is: the first province and
// prefecture-level city it names (directly or through a court) and every
// province and city it names. Short forms (省高院, 市中院, 婺城法院) resolve
// against it.
type docContext struct {
	prov, city    *place
	provs, cities map[*place]bool
	cityOrder     []*place
	inter         []string // distinct intermediate courts named, for a bare 中院
	// detached maps X of a specialised court's tribunal seen in full
	// (武汉海事法院宜昌法庭) to that court, for its bare mentions (宜昌法庭).
	detached map[string]Court
	// onlySpecial is the one specialised court with detached tribunals the
	// text names when it names no basic court: its bare X法庭 are its own.
	onlySpecial *Court
	// areas are the county-level divisions the text and page name in full
	// or through their courts; true marks those the page context names.
	// A bare 区法院/县法院 resolves against them (bare.go).
	areas map[*place]bool
}

func newContext() *docContext {
	return &docContext{provs: map[*place]bool{}, cities: map[*place]bool{}, detached: map[string]Court{},
		areas: map[*place]bool{}}
}

// placeAt is a place named at a rune offset; the first province and the
// first city (of that province) become the context.
type placeAt struct {
	pos        int
	prov, city *place
	area       *place // the county-level division of a court, if any
	page       bool   // named by the page context
}

// buildContext gathers the places named in s (full names such as 云南省,
// 承德市, 延边朝鲜族自治州, and province short names such as 云南) and the
// places of the first pass's court mentions.
// Places of the page context (pagePlaces) come after all of the text's.
func buildContext(s []rune, ms []mention, page ...placeAt) *docContext {
	g := theGazetteer()
	var at []placeAt
	for i := 0; i < len(s); i++ {
		if p, n := g.contextNames.longest(s[i:]); p != nil {
			at = append(at, placeAt{pos: i, prov: p.prov, city: p.city})
			i += n - 1
		}
	}
	for _, m := range ms {
		if m.prov != nil {
			at = append(at, placeAt{pos: m.start, prov: m.prov, city: m.city, area: m.area})
		}
	}
	sort.SliceStable(at, func(i, j int) bool { return at[i].pos < at[j].pos })
	at = append(at, page...)
	c := newContext()
	c.detachedFrom(ms)
	for _, a := range at {
		if a.area != nil {
			c.areas[a.area] = c.areas[a.area] || a.page
		}
		if c.prov == nil {
			c.prov = a.prov
		}
		c.provs[a.prov] = true
		if a.city != nil {
			if c.city == nil && a.city.prov == c.prov {
				c.city = a.city
			}
			if !c.cities[a.city] {
				c.cityOrder = append(c.cityOrder, a.city)
			}
			c.cities[a.city] = true
		}
	}
	if c.prov == nil {
		c.placeByArea(s)
	}
	c.namedAreas(s)
	return c
}

// detachedFrom records the specialised courts' tribunals of the first pass
// and the one specialised court of a text that names no basic court.
func (c *docContext) detachedFrom(ms []mention) {
	special := map[string]Court{}
	basic := false
	for _, m := range ms {
		switch {
		case m.court.Level == model.LevelBasic:
			basic = true
		case m.court.Level == model.LevelTribunal && m.court.Parent != "" && strings.HasSuffix(m.court.Name, "法庭") &&
			!strings.HasSuffix(m.court.Name, "人民法庭") && strings.HasPrefix(m.court.Name, m.court.Parent):
			if p, ok := special[m.court.Parent]; ok { // named right before it
				c.detached[strings.TrimSuffix(strings.TrimPrefix(m.court.Name, p.Name), "法庭")] = p
			}
		case isDetachedKind(m.court):
			special[m.court.Name] = m.court
		}
	}
	if len(special) == 1 && !basic {
		for _, s := range special {
			c.onlySpecial = &s
		}
	}
}

// narrow picks among ambiguous readings of a place name: those in the
// context city, then the context province, then any city or province the
// text names. A filter that would leave nothing is skipped.
func (c *docContext) narrow(fs []form) []form {
	if len(fs) <= 1 || c == nil {
		return fs
	}
	filters := []func(p *place) bool{
		func(p *place) bool { return c.city != nil && (p == c.city || p.city == c.city) },
		func(p *place) bool { return c.prov != nil && p.prov == c.prov },
		func(p *place) bool { return c.cities[p] || (p.city != nil && c.cities[p.city]) },
		func(p *place) bool { return c.provs[p.prov] },
	}
	for _, keep := range filters {
		var out []form
		for _, f := range fs {
			if keep(f.p) {
				out = append(out, f)
			}
		}
		if len(out) > 0 {
			fs = out
		}
		if len(fs) == 1 {
			break
		}
	}
	return fs
}

// pagePlaces reads the provinces and prefecture-level cities a page's
// furniture names: through its courts ("重庆市第五中级人民法院", "主办单位:
// 福州市中级人民法院") and through place names, short ones included, since a
// site calls itself by its city ("福州法院网", "南通法院网"). Address fields
// ("地址:太原市迎泽区…") locate the host's building, not the site's courts,
// and are skipped.
func pagePlaces(context string) []placeAt {
	if context == "" {
		return nil
	}
	s := script.SimplifyRunes([]rune(addressRe.ReplaceAllString(context, " ")))
	var at []placeAt
	for _, m := range scanPass(s, newContext()) {
		if m.prov != nil {
			at = append(at, placeAt{pos: m.start, prov: m.prov, city: m.city, area: m.area})
		}
	}
	g := theGazetteer()
	for i := 0; i < len(s); i++ {
		for n := min(g.maxLen, len(s)-i); n >= 2; n-- {
			if p := cityOrProvince(g.forms[string(s[i:i+n])]); p != nil {
				at = append(at, placeAt{pos: i, prov: p.prov, city: p.city})
				i += n - 1
				break
			}
		}
	}
	sort.SliceStable(at, func(i, j int) bool { return at[i].pos < at[j].pos })
	for i := range at {
		at[i].page = true
	}
	return at
}

// addressRe is an address field up to the next gap: "地址:太原市迎泽区府东街".
var addressRe = regexp.MustCompile(`(?:地址|地点|通讯地址)\s*[:：]\s*\S*`)

// cityOrProvince returns the one province or prefecture-level city a form
// names, or nil when it names none or several.
func cityOrProvince(fs []form) *place {
	var out *place
	for _, f := range fs {
		if f.p.kind == kindArea {
			continue
		}
		if out != nil {
			return nil
		}
		out = f.p
	}
	return out
}
