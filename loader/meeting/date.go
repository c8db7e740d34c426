package meeting

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

var (
	// A written date, the year optional, 日 optional before a time of day:
	// "2022年3月11日", "8月10日", "10月20下午" (dev 206), "12月29日上午".
	dateRe = regexp.MustCompile(`(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})(日|号)?([上中下]午|晚|早|凌晨|至|-|—|,|，|\s)?`)
	// The same with Chinese numerals, the month possibly in digits: "三月一日",
	// "二〇二二年三月一日", "4月十二日".
	hanDateRe = regexp.MustCompile(`(?:([〇零一二三四五六七八九]{4})年)?([一二三四五六七八九十]{1,2}|\d{1,2})月([一二三四五六七八九十]{1,3})日`)
	// A lead that gives no day: "连日来", "近日", "日前" (dev 209, 214).
	vagueDateRe = regexp.MustCompile(`连日来|近日|日前|近期|前不久|近来|昨天|昨日|今天|今日`)
	// A day with no month, as wire reports write it: "福建省高级人民法院22日在福州召开…"
	// (407). The day must not follow a month, a digit or a numeral.
	dayOnlyRe = regexp.MustCompile(`(?:^|[^\d月〇零一二三四五六七八九十])(\d{1,2})(?:日|号)`)
	// The same in Chinese numerals, as Hong Kong and Macao papers write it:
	// "珠海市中級人民法院十二日召開…" (a day 1–31 read by hanNum).
	hanDayOnlyRe = regexp.MustCompile(`(?:^|[^\d月〇零一二三四五六七八九十第周星期礼拜每])([一二三四五六七八九十]{1,3})(?:日|号)`)
	// A wire dateline before a 今天 lead: "(中央社记者林宜君上海13日电)上海海事法院今天召开…",
	// "本报北京3月5日电 …今日召开…": the meeting is on the dateline's day.
	datelineRe = regexp.MustCompile(`(?:(\d{1,2})月)?(\d{1,2})日(?:电)`)
	todayRe    = regexp.MustCompile(`今天|今日`)
	pubRe      = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})$`)
	// A full date in a header line the page cleaner left in the title:
	// "人民法院报 2022年09月16日 第04版", "2023-11-23 06:00:00 香港文匯報".
	headerDateRe = regexp.MustCompile(`(?:^|[^\d])(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})(?:[^\d]|$)`)
	// The verb of a headline that names the meeting held: "通化中院召开…推进会".
	// todayBeforeRe ends the text before a site banner's date of today.
	todayBeforeRe = regexp.MustCompile(`(?:今天|今日)(?:是)?\s*[:：]?\s*$`)
	titleVerbRe   = regexp.MustCompile(`召开|举行`)
)

// written is a date as the text gives it.
type written struct {
	year, month, day int // year 0 when the text omits it
	text             string
	pos              int // rune offset into the searched string
}

// nameYearRe is a year that dates the meeting itself inside its name: the
// year of a numbered sitting ("领导小组2021年第一次全体会议", "2024年第7次党组(扩大)会议")
// or a year opening a meeting of a whole jurisdiction ("2007年全国法院民事审判工作座谈会").
// A year of the work reviewed or planned is not one: "2019年全年审判执行质效点评会议"
// is held in 2020, "暨2016年立案信访工作推进会" in 2015.
var nameYearRe = regexp.MustCompile(`(\d{4})年(?:第[0-9一二三四五六七八九十]+次)|^(\d{4})年(?:全国|全省|全市|全区|全州|全盟|全院|全兵团)`)

// nameYear returns the year the meeting's name gives it, 0 when none.
// It comes before the publication date: a page republished years later
// still dates a "2012年全省法院院长会议" in 2012.
func nameYear(name string) int {
	m := nameYearRe.FindStringSubmatch(name)
	if m == nil {
		return 0
	}
	y, _ := strconv.Atoi(m[1] + m[2])
	if y < 1949 || y > 2100 {
		return 0
	}
	return y
}

// findDate returns the first date in s.
func findDate(s string) (written, bool) {
	best := written{pos: -1}
	for _, m := range dateRe.FindAllStringSubmatchIndex(s, -1) {
		// "3月3" with neither 日 nor a time or break after it is a count, not a date.
		if m[8] < 0 && m[10] < 0 && m[1] < len(s) {
			continue
		}
		end := m[7]
		if m[8] >= 0 {
			end = m[9]
		}
		best = written{year: atoi(s, m[2], m[3]), month: atoi(s, m[4], m[5]), day: atoi(s, m[6], m[7]),
			text: s[m[0]:end], pos: len([]rune(s[:m[0]]))}
		break
	}
	if m := hanDateRe.FindStringSubmatchIndex(s); m != nil {
		pos := len([]rune(s[:m[0]]))
		if best.pos < 0 || pos < best.pos {
			y := 0
			if m[2] >= 0 {
				y = hanYear(s[m[2]:m[3]])
			}
			month := hanNum(s[m[4]:m[5]])
			if month == 0 {
				month = atoi(s, m[4], m[5])
			}
			best = written{year: y, month: month, day: hanNum(s[m[6]:m[7]]), text: s[m[0]:m[1]], pos: pos}
		}
	}
	if best.pos < 0 || best.month < 1 || best.month > 12 || best.day < 1 || best.day > 31 {
		return written{}, false
	}
	return best, true
}

// findDay returns the first day-only date in s ("22日", "十二日"), month 0.
func findDay(s string) (written, bool) {
	best := written{pos: -1}
	if m := dayOnlyRe.FindStringSubmatchIndex(s); m != nil {
		best = written{day: atoi(s, m[2], m[3]), text: s[m[2]:m[1]], pos: len([]rune(s[:m[2]]))}
	}
	if m := hanDayOnlyRe.FindStringSubmatchIndex(s); m != nil {
		if pos := len([]rune(s[:m[2]])); best.pos < 0 || pos < best.pos {
			best = written{day: hanNum(s[m[2]:m[3]]), text: s[m[2]:m[1]], pos: pos}
		}
	}
	if best.pos < 0 || best.day < 1 || best.day > 31 {
		return written{}, false
	}
	return best, true
}

// headerDate returns the first full date in the title's lines as
// YYYY-MM-DD, the publication date when the page header was not recognised
// as one ("人民法院报 2022年09月16日 第04版"), or "".
func headerDate(title string) string {
	loc := headerDateRe.FindStringSubmatchIndex(title)
	if loc == nil || todayBeforeRe.MatchString(title[:loc[2]]) {
		return "" // "今天是2025-11-20": the reader's day, not the publication's
	}
	m := headerDateRe.FindStringSubmatch(title)
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	if y < 1949 || mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
}

// resolve gives the ISO date of w. A year the text omits is taken from the
// publication date (the year before when the month and day fall after it:
// a 12月29日 meeting published on 2016-01-04); without either it stays "".
func resolve(w written, publishedAt string) string {
	if w.month == 0 {
		return resolveDay(w.day, publishedAt)
	}
	y := w.year
	if y == 0 {
		py, pm, pd, ok := pubDate(publishedAt)
		if !ok {
			return ""
		}
		if y = py; w.month > pm || w.month == pm && w.day > pd {
			y--
		}
	}
	if w.day > daysIn(y, w.month) {
		return "" // 2月29日 of a year that has none: no such date
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, w.month, w.day)
}

// resolveDay dates a day-only date by the publication date: its month when
// the day is not after the publication day (22日, published 2018-11-23 →
// 2018-11-22), else the month before (28日, published 2018-12-02 →
// 2018-11-28). Without a publication date, or for a day that month lacks,
// it stays "".
func resolveDay(day int, publishedAt string) string {
	y, pm, pd, ok := pubDate(publishedAt)
	if !ok {
		return ""
	}
	if day > pd {
		if pm--; pm == 0 {
			pm, y = 12, y-1
		}
	}
	if day > daysIn(y, pm) {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, pm, day)
}

// pubDate splits a YYYY-MM-DD publication date.
func pubDate(publishedAt string) (y, m, d int, ok bool) {
	p := pubRe.FindStringSubmatch(publishedAt)
	if p == nil {
		return 0, 0, 0, false
	}
	y, _ = strconv.Atoi(p[1])
	m, _ = strconv.Atoi(p[2])
	d, _ = strconv.Atoi(p[3])
	return y, m, d, true
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func atoi(s string, a, b int) int {
	if a < 0 {
		return 0
	}
	n, _ := strconv.Atoi(s[a:b])
	return n
}

var hanDigit = map[rune]int{'〇': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

// hanNum reads 1–31 written in Chinese numerals: 三, 十, 十二, 二十, 三十一.
func hanNum(s string) int {
	rs := []rune(s)
	i := strings.IndexRune(s, '十')
	if i < 0 {
		if len(rs) != 1 {
			return 0
		}
		return hanDigit[rs[0]]
	}
	n := 0
	pre, post := []rune(s[:i]), []rune(s[i+len("十"):])
	switch len(pre) {
	case 0:
		n = 10
	case 1:
		n = hanDigit[pre[0]] * 10
	default:
		return 0
	}
	if len(post) == 1 {
		n += hanDigit[post[0]]
	} else if len(post) > 1 {
		return 0
	}
	return n
}

// hanYear reads a year digit by digit: 二〇二二 → 2022.
func hanYear(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + hanDigit[r]
	}
	return n
}
