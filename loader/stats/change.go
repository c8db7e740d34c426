package stats

import "strings"

// changeVerbs end the text before a number that states a change, with its
// sign: "同比增加52481件", "上升15.56%", "同比下降8个百分点", "比去年同期分别增长XX%".
// Single-character verbs count only after a comparison ("同比增5%").
var changeVerbs = []struct {
	word string
	sign float64
}{
	{"增加", 1}, {"增长", 1}, {"增长", 1}, {"上升", 1}, {"上升", 1}, {"提高", 1}, {"提升", 1}, {"上涨", 1}, {"上涨", 1},
	{"增幅", 1}, {"多出", 1},
	{"减少", -1}, {"减少", -1}, {"下降", -1}, {"降低", -1}, {"回落", -1}, {"下滑", -1}, {"缩短", -1}, {"缩短", -1},
	{"减幅", -1}, {"降幅", -1}, {"减", -1}, {"减", -1}, {"降", -1}, {"增", 1}, {"升", 1},
}

// changeVerb reports whether before ends with a change verb (optionally
// followed by 了), returning the sign and the text before the verb.
func changeVerb(before string) (sign float64, prefix string, ok bool) {
	s := strings.TrimSuffix(strings.TrimSpace(before), "了")
	for _, v := range changeVerbs {
		if !strings.HasSuffix(s, v.word) {
			continue
		}
		p := strings.TrimSuffix(s, v.word)
		if len([]rune(v.word)) == 1 && !changeBase.MatchString(p) {
			continue
		}
		return v.sign, p, true
	}
	return 0, "", false
}

// isBaseline reports whether the clause before a number names the
// comparison base it is: "较去年同期的2890件", "比上年的", "与2012年的".
func isBaseline(before string) bool {
	b := strings.TrimSpace(before)
	if !strings.HasSuffix(b, "的") {
		return false
	}
	b = strings.TrimSuffix(b, "的")
	loc := changeBase.FindStringIndex(b)
	return loc != nil && loc[0] == 0 && (strings.HasPrefix(b, "比") || strings.HasPrefix(b, "较") || strings.HasPrefix(b, "与"))
}

// isBarePrefix reports whether the text before a change verb names no metric
// of its own ("同比", "比去年同期分别", ""), so the change belongs to the
// figure before it.
func isBarePrefix(p string) bool {
	p = strings.Trim(p, "、，, ")
	if p == "" {
		return true
	}
	loc := changeBase.FindStringIndex(p)
	return loc != nil && loc[0] == 0
}

// mergeChanges gives a change stated on its own to the figure it updates:
// one read earlier in the document with the same metric and scope and no
// change yet. "全院 | 结案率 89.04%" then "全院结案率同比提高3.2个百分点"
// → 结案率 89.04% with Change 3.2个百分点, not a second figure.
func mergeChanges(figs []Figure) []Figure {
	out := figs[:0]
	for _, f := range figs {
		if f.Value != nil || f.Redacted || f.Change == nil && f.ChangeRate == nil {
			out = append(out, f)
			continue
		}
		merged := false
		for k := len(out) - 1; k >= 0; k-- {
			g := &out[k]
			if g.Value == nil || g.Metric != f.Metric || g.Scope != f.Scope || g.Change != nil || g.ChangeRate != nil || g.ChangeUnit != "" {
				continue
			}
			g.Change, g.ChangeUnit, g.ChangeRate = f.Change, f.ChangeUnit, f.ChangeRate
			merged = true
			break
		}
		if !merged {
			out = append(out, f)
		}
	}
	return out
}
