package court

import (
	"regexp"
	"strings"

	"courtql/model"
)

// Words before a tribunal's own name that show it is one: 参观了婺北法庭,
// 到阜蒙县法院王府人民法庭, “老哥”冯家法庭.
var tribunalLead = []string{"了", "到", "在", "赴", "至", "莅临", "来到", "走进", "深入", "走访", "调研", "视察", "考察"}

// Tribunal "names" that are kinds, not places: 基层法庭, 中心法庭, 各个人民法庭.
var tribunalGeneric = runeSet("个各级的该本些等层所全这那其在对为与和到了是将把被从向召开组织推进加强设立")
var tribunalGenericWords = map[string]bool{"基层": true, "中心": true, "特色": true, "科技": true, "旅游": true,
	"巡回": true, "派出": true, "专业": true, "智慧": true, "数字": true, "家事": true, "少年": true, "环境": true,
	"人民": true, "新型": true, "示范": true, "现代": true, "标准": true, "枫桥": true, "新时代": true, "共享": true,
	"海事": true, "知识产权": true, "知产": true, "金融": true, "互联网": true, "铁路": true, "铁路运输": true}

// circuitName is the name of a circuit tribunal of the supreme court before
// 法庭: "最高人民法院第三巡回法庭", "最高法第一巡回法庭", "第六巡回法庭".
var circuitName = regexp.MustCompile(`第[一二三四五六七八九十]{1,2}巡回$`)

// detachedKinds are the specialised courts whose detached tribunals (派出法庭)
// are named after their seat: "武汉海事法院宜昌法庭", "上海海事法院洋山深水港法庭".
var detachedKinds = []string{"海事法院", "知识产权法院", "铁路运输法院", "金融法院", "互联网法院"}

// tribunal: <basic court>X法庭 | <lead word>X(人民)法庭 with X 1–4 characters.
// 桓仁县法院华来法庭; 一行到阜蒙县法院王府人民法庭; 参观了婺北法庭.
func (sc *scanner) tribunal(pre []rune, lo, start, end int) (mention, bool) {
	// A circuit tribunal is part of the supreme court, like a division:
	// "最高人民法院审判委员会委员、第三巡回法庭庭长周海涛出席会议".
	if loc := circuitName.FindStringIndex(string(pre)); loc != nil {
		return mention{start: lo + len([]rune(string(pre)[:loc[0]])), end: end, court: supreme()}, true
	}
	if m, ok := sc.detached(pre, lo, start, end); ok {
		return m, true
	}
	// A tribunal named on its own belongs to the basic court named before
	// only when that is certain: the text has named just one basic court, and
	// no court of another city since (婺城法院 … 参观了婺北法庭). Otherwise the
	// nearest is a guess (seed 003's 冯家法庭 comes under a 阜新 heading,
	// after 本溪县法院).
	var parent *mention
	for i := len(sc.out) - 1; i >= 0; i-- {
		m := &sc.out[i]
		if m.court.Level != model.LevelBasic {
			continue
		}
		if parent == nil {
			parent = m
		} else if m.court.Name != parent.court.Name {
			parent = nil
			break
		}
	}
	if parent != nil && !onlyCity(sc.out, parent) {
		parent = nil
	}
	// Right after a basic court: its tribunal for certain.
	if n := len(sc.out); n > 0 && sc.out[n-1].court.Level == model.LevelBasic && lo == sc.out[n-1].end {
		if x := string(pre); len(pre) >= 1 && len(pre) <= 4 && !genericTribunal(x) {
			p := &sc.out[n-1]
			return mention{start: lo, end: end, court: tribunal(x, &p.court), prov: p.prov, city: p.city}, true
		}
	}
	for n := 2; n <= 4 && n <= len(pre); n++ {
		x, before := string(pre[len(pre)-n:]), pre[:len(pre)-n]
		if genericTribunal(x) || !tribunalLeads(sc.s, before, start-n) {
			continue
		}
		m := mention{start: start - n, end: end}
		if parent != nil {
			m.court, m.prov, m.city = tribunal(x, &parent.court), parent.prov, parent.city
		} else {
			m.court = tribunal(x, nil)
		}
		return m, true
	}
	return mention{}, false
}

func genericTribunal(x string) bool {
	if tribunalGenericWords[x] || strings.HasSuffix(x, "产业") {
		return true
	}
	for _, r := range x {
		if tribunalGeneric[r] {
			return true
		}
	}
	return false
}

// tribunalLeads reports whether the text before a tribunal's name at xStart
// shows it to be a name: a lead word, a closing quote, or a line start. A name
// quoted alone (“旅游法庭”) is a kind of tribunal, not one.
func tribunalLeads(s, before []rune, xStart int) bool {
	if len(before) == 0 {
		return xStart == 0 || s[xStart-1] == '\n' || s[xStart-1] == '”'
	}
	b := string(before)
	for _, w := range tribunalLead {
		if strings.HasSuffix(b, w) {
			return true
		}
	}
	return false
}

// onlyCity reports whether every court mentioned after parent with a city
// lies in parent's city.
func onlyCity(out []mention, parent *mention) bool {
	after := false
	for i := range out {
		if &out[i] == parent {
			after = true
			continue
		}
		if after && out[i].court.City != "" && out[i].court.City != parent.court.City {
			return false
		}
	}
	return true
}

// detached: <specialised court>X法庭 | X法庭 in a text that names exactly
// one specialised court with detached tribunals and no basic court; the
// tribunal belongs to the specialised court (派出法庭), never to a basic
// court: "5月20日,武汉海事法院宜昌法庭召开…座谈会", "宜昌法庭庭长曾庆华主持会议".
// A bare X法庭 seen as "<court>X法庭" elsewhere in the text needs no lead word.
func (sc *scanner) detached(pre []rune, lo, start, end int) (mention, bool) {
	if string(sc.s[start:end]) != "法庭" {
		return mention{}, false // X人民法庭 is a basic court's
	}
	if n := len(sc.out); n > 0 && lo == sc.out[n-1].end && isDetachedKind(sc.out[n-1].court) {
		if x := string(pre); len(pre) >= 1 && len(pre) <= 6 && !genericTribunal(x) {
			p := &sc.out[n-1]
			return mention{start: lo, end: end, court: detachedTribunal(x, p.court), prov: p.prov, city: p.city}, true
		}
		return mention{}, false
	}
	for n := min(6, len(pre)); n >= 1; n-- {
		x, before := string(pre[len(pre)-n:]), pre[:len(pre)-n]
		if genericTribunal(x) {
			continue
		}
		if p, ok := sc.ctx.detached[x]; ok && (len(before) == 0 || tribunalLeads(sc.s, before, start-n)) {
			return mention{start: start - n, end: end, court: detachedTribunal(x, p)}, true
		}
		if p := sc.ctx.onlySpecial; p != nil && n >= 2 && n <= 4 && tribunalLeads(sc.s, before, start-n) {
			return mention{start: start - n, end: end, court: detachedTribunal(x, *p)}, true
		}
	}
	return mention{}, false
}

// isDetachedKind reports a specialised court that has detached tribunals.
func isDetachedKind(c Court) bool {
	if c.Level != model.LevelSpecialized {
		return false
	}
	for _, k := range detachedKinds {
		if strings.HasSuffix(c.Name, k) {
			return true
		}
	}
	return false
}

// detachedTribunal is a specialised court's tribunal, reported as the court
// itself (Institution): 武汉海事法院宜昌法庭.
func detachedTribunal(x string, parent Court) Court {
	return Court{Name: parent.Name + x + "法庭", Level: model.LevelTribunal, Province: parent.Province,
		City: parent.City, Parent: parent.Name}
}
