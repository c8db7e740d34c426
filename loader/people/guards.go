package people

// meetingNouns name a meeting or the body that holds it. A person's name
// never overlaps one: in 审判委员会会议 the post 委员 is followed by 会会议,
// which is no name (the 会 closes 委员会, 会议 is the meeting).
var meetingNouns = []string{"会议", "委员会", "会会", "座谈会", "推进会", "审委会"}

// bullets open a paragraph as list marks, before the subject of its first
// sentence: ▶白振川强调, ●院长李明指出.
var bullets = setOf([]rune("▶►▷▸●◆◇★☆■□▪•·○◎◉❖✦✧➤➢→√✔✅📌👉🔹🔸🔺"))

// overlapsMeetingNoun reports whether runes [s,e) overlap a meeting noun
// written around them (审判委员|会会议| is no name).
func (x *extractor) overlapsMeetingNoun(s, e int) bool {
	for _, w := range meetingNouns {
		n := len([]rune(w))
		for p := max(0, s-n+1); p < e && p+n <= len(x.f); p++ {
			if hasPrefixAt(x.f, p, w) {
				return true
			}
		}
	}
	return false
}

// afterBullets reports whether only list marks and blanks stand between
// rune offset start and s (▶|白振川强调:…).
func (x *extractor) afterBullets(start, s int) bool {
	if start >= s {
		return false
	}
	seen := false
	for i := start; i < s; i++ {
		r := x.f[i]
		switch {
		case bullets[r] || r == 0xFE0F:
			seen = true
		case isBlank(r):
		default:
			return false
		}
	}
	return seen
}

// bulletParaStart reports whether s follows the list marks that open its
// paragraph.
func (x *extractor) bulletParaStart(s int) bool {
	for _, p := range x.d.Paras {
		if p.Start < s && s < p.End {
			return x.afterBullets(p.Start, s)
		}
	}
	return false
}
