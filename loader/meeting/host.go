package meeting

import (
	"regexp"
	"strings"

	"courtql/loader/court"
	"courtql/model"
)

var (
	// visitVerb and visitAim frame an inspection visit, whose 座谈 the visiting
	// (higher) court hosts: "金華中院黃美園副院長一行到婺城法院檢查指導" (dev 207),
	// "海南省高级人民法院党组成员、副院长皮修雁率队到海口中院调研指导" (dev 201).
	visitVerb = regexp.MustCompile(`(?:到|赴|莅临|来到|深入)$`)
	visitAim  = regexp.MustCompile(`^[^,。;，；]{0,12}?(?:调研|检查|视察|指导|考察|督导|走访)`)
	// scopeRe reads whose courts a meeting gathers: 全国 → the supreme court,
	// 全省/全区 → the high court, 全市/全州/全盟 → the intermediate court
	// ("全市法院院长座谈会", seed 002).
	scopeRe = regexp.MustCompile(`^(?:第[一二三四五六七八九十百\d]+[次届])?(?:\d{4}年(?:度)?)?(全国|全省|全区|全自治区|全市|全州|全盟|全地区)`)
	// redactedCity is a city name the publisher replaced by XX: "推动实现XX法院高质量发展".
	redactedCity = regexp.MustCompile(`([XＸ×xｘ]{2,3})(?:市|法院)`)
)

// subjectBefore returns the court holding a meeting as the subject of its verb:
// the last mention ending before the verb in the same sentence, at most 25 runes
// away ("自治区高院在鄂尔多斯市召开", "市中院组织召开").
func subjectBefore(rs []rune, mentions []court.Mention, verb int) (court.Court, bool) {
	sentStart := sentenceStart(rs, verb)
	for i := len(mentions) - 1; i >= 0; i-- {
		m := mentions[i]
		if m.End > verb {
			continue
		}
		if m.Start < sentStart || verb-m.End > 25 {
			break
		}
		gap := string(rs[m.End:verb])
		if strings.ContainsAny(gap, ",，;；") {
			break
		}
		// "省高院在XX中院召开": the court after 在 is the venue, not the host.
		if m.Start > 0 && (rs[m.Start-1] == '在' || rs[m.Start-1] == '于') && i > 0 &&
			mentions[i-1].Start >= sentStart && m.Start-mentions[i-1].End <= 12 {
			return mentions[i-1].Court.Institution(), true
		}
		return m.Court.Institution(), true
	}
	return court.Court{}, false
}

// visit finds "A … 到 B 调研" in [from,to) and returns the visiting court A and
// the visited court B.
func visit(rs []rune, mentions []court.Mention, from, to int) (host, visited court.Court, ok bool) {
	for i, b := range mentions {
		if b.Start < from || b.End > to {
			continue
		}
		if !visitVerb.MatchString(string(rs[max(from, b.Start-3):b.Start])) ||
			!visitAim.MatchString(string(rs[b.End:min(len(rs), b.End+16)])) {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			a := mentions[j]
			if a.Start < from || b.Start-a.End > 30 {
				break
			}
			if strings.ContainsAny(string(rs[a.End:b.Start]), "。;；") {
				break
			}
			return a.Court.Institution(), b.Court.Institution(), true
		}
	}
	return court.Court{}, court.Court{}, false
}

// scopeCourt returns the court a 全省/全市/全国 meeting belongs to when no
// court is named as its host: a named court of that level, else one built
// from the province or city the mentions give, else from a redacted city
// (XX市中级人民法院, seed 002).
func scopeCourt(name, text string, mentions []court.Mention) (court.Court, bool) {
	m := scopeRe.FindStringSubmatch(name)
	if m == nil {
		return court.Court{}, false
	}
	var want model.CourtLevel
	switch m[1] {
	case "全国":
		return court.Court{Name: "最高人民法院", Level: model.LevelSupreme}, true
	case "全省", "全区", "全自治区":
		want = model.LevelHigh
	default:
		want = model.LevelIntermediate
	}
	for _, mm := range mentions {
		if levelOf(mm.Court) == want {
			return mm.Court, true
		}
	}
	for _, mm := range mentions {
		if want == model.LevelHigh && mm.Court.Province != "" {
			return court.Court{Name: mm.Court.Province + "高级人民法院", Level: want, Province: mm.Court.Province}, true
		}
		if want == model.LevelIntermediate && mm.Court.City != "" {
			return court.Court{Name: mm.Court.City + "中级人民法院", Level: want,
				Province: mm.Court.Province, City: mm.Court.City}, true
		}
	}
	if want == model.LevelIntermediate {
		if r := redactedCity.FindStringSubmatch(text); r != nil {
			return court.Court{Name: r[1] + "市中级人民法院", Level: want, City: r[1] + "市"}, true
		}
	}
	return court.Court{}, false
}

// levelOf trusts the grammar's level and falls back on the name's ending.
func levelOf(c court.Court) model.CourtLevel {
	if c.Level != "" && c.Level != model.LevelUnknown {
		return c.Level
	}
	switch {
	case c.Name == "最高人民法院":
		return model.LevelSupreme
	case strings.HasSuffix(c.Name, "高级人民法院"):
		return model.LevelHigh
	case strings.HasSuffix(c.Name, "中级人民法院"):
		return model.LevelIntermediate
	}
	return model.LevelUnknown
}

// sentenceStart returns the offset after the last sentence end before pos.
// A line break ends a sentence only after sentence punctuation, so a lead
// broken over short lines ("8月20日 辽宁高院召开\n全省中级法院院长座谈会") stays one.
func sentenceStart(rs []rune, pos int) int {
	for i := min(pos, len(rs)) - 1; i >= 0; i-- {
		switch rs[i] {
		case '。', '!', '?', '！', '？':
			return i + 1
		case '\n':
			if i > 0 && strings.ContainsRune("。!?！？”", rs[i-1]) || isLongLine(rs, i) {
				return i + 1
			}
		}
	}
	return 0
}

// isLongLine reports whether the line ending at the break at i is a paragraph
// (long) rather than a display line of a broken-up lead.
func isLongLine(rs []rune, i int) bool {
	n := 0
	for j := i - 1; j >= 0 && rs[j] != '\n'; j-- {
		n++
	}
	return n > 40
}

// sentenceEnd returns the offset just after the sentence holding pos.
func sentenceEnd(rs []rune, pos int) int {
	return sentenceEndWithin(rs, pos, len(rs))
}

// sentenceEndWithin is sentenceEnd reading at most limit runes from pos.
func sentenceEndWithin(rs []rune, pos, limit int) int {
	end := min(len(rs), pos+limit)
	for i := pos; i < end; i++ {
		switch rs[i] {
		case '。', '!', '?', '！', '？':
			return i + 1
		case '\n':
			if i > 0 && strings.ContainsRune("。!?！？", rs[i-1]) {
				return i
			}
		}
	}
	return end
}
