package clean

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
)

const (
	headerLines   = 12 // the header (headline, date, bars) sits in the first lines
	maxTitleRunes = 60
	maxTitleLines = 4
)

var (
	// ISO-like dates: "2022-09-05 09:02:41", "2010/06/17", "2019年10月17日", "2017.08.16".
	ymdRe = regexp.MustCompile(`(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})`)
	// Day-first dates some CMSs print: "16.08.2017  21:12".
	dmyRe = regexp.MustCompile(`(?:^|[^\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?:$|[^\d.])`)
	// Words that mark a metadata line: "发布时间:2022-09-05", "更新时间:2021-03-03 已浏览:32410".
	// A reporter's byline beside the date is metadata too: "2024年3月23日 星期六 10:26  大公報記者 何敏".
	metaWordRe = regexp.MustCompile(`发布|更新|时间|日期|来源|作者|浏览|点击|编辑|字号|字体|字级|打印|發布|發佈|時間|來源|瀏覽|點擊|編輯|字體|字級|记者|記者|星期[一二三四五六日天]`)
	// A WeChat post's account line: account, date, time and the poster's
	// province, "十堰中院 2024-04-12 18:30 湖北", "成都中院 2023年5月6日 09:10".
	accountDateRe = regexp.MustCompile(`^[\p{Han}A-Za-z0-9]{2,20}\s+\d{4}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s+\d{1,2}:\d{2})?(?:\s+\p{Han}{2,8})?$`)
	// What may stand beside a bare date on its own line: clock times, brackets, spaces.
	bareDateRest = regexp.MustCompile(`^[\s\x{a0}\x{3000}\d:：【】\[\]()（）•·|]*$`)
	// A body sentence ends with one of these; headlines do not.
	sentencePunct = regexp.MustCompile(`[。!?;!?;]`)
	// A line ending like a lead-in is no headline: "同志们:", "会议要求,".
	leadInEnd = regexp.MustCompile(`[:：,，、]$`)
	// A line opening with a date is the body's lead, not a headline: "8月20日 辽宁高院召开".
	// todayBeforeRe ends the text before a banner's date of today: "今天是", "今日:".
	todayBeforeRe = regexp.MustCompile(`(?:今天|今日|今天是|今日是)\s*[:：]?\s*$`)
	dateLeadRe    = regexp.MustCompile(`^\d{1,2}月\d{1,2}日|^\d{4}年`)
)

// parseHeaderDate returns the date a header line carries as YYYY-MM-DD, and
// whether the line is a date/metadata line at all.
func parseHeaderDate(line string) (string, bool) {
	var y, m, d int
	var loc []int
	if mm := ymdRe.FindStringSubmatchIndex(line); mm != nil {
		y, _ = strconv.Atoi(line[mm[2]:mm[3]])
		m, _ = strconv.Atoi(line[mm[4]:mm[5]])
		d, _ = strconv.Atoi(line[mm[6]:mm[7]])
		loc = mm[:2]
	} else if mm := dmyRe.FindStringSubmatchIndex(line); mm != nil {
		d, _ = strconv.Atoi(line[mm[2]:mm[3]])
		m, _ = strconv.Atoi(line[mm[4]:mm[5]])
		y, _ = strconv.Atoi(line[mm[6]:mm[7]])
		loc = []int{mm[2], mm[7]}
	} else {
		return "", false
	}
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1949 || y > 2100 {
		return "", false
	}
	// "今天是2025年11月20日 星期四": the reader's day in a site banner, not
	// the publication date (isBanner drops the line as furniture)
	if todayBeforeRe.MatchString(line[:loc[0]]) {
		return "", false
	}
	rest := line[:loc[0]] + line[loc[1]:]
	if !metaWordRe.MatchString(line) && !bareDateRest.MatchString(strings.TrimSuffix(rest, "日")) && !accountDateRe.MatchString(line) {
		return "", false
	}
	if len([]rune(line)) > 100 || sentencePunct.MatchString(line) {
		return "", false
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d), true
}

// isTitleLine reports whether a line can be (part of) a headline: short, with
// no sentence punctuation, not a lead-in and not opening with a date.
func isTitleLine(line string) bool {
	return len([]rune(line)) <= maxTitleRunes && !sentencePunct.MatchString(line) &&
		!leadInEnd.MatchString(line) && !dateLeadRe.MatchString(line)
}

// header splits the leading lines into headline, date and body, and
// returns the page furniture it dropped (banner, navigation, date line,
// footer) for Page.Context.
// lines are trimmed and non-blank but still hold noise: the date often shares
// its line with a print bar or a view counter, so it is read before noise
// lines are dropped. The returned body is free of noise.
//
// With a date line among the first lines (the usual CMS layout):
//
//	site banner          福州法院网
//	headline line(s)
//	date line            发布时间:2022-09-05 09:02:41
//	body …
//
// the headline is every line above the date but the banner. Without one, up
// to maxTitleLines leading headline-like lines followed by a body paragraph
// are the headline (dev 208's four-line headline, dev 204's single line).
func header(lines []string) (title, date string, body, furniture []string) {
	limit := min(headerLines, len(lines))
	for i := 0; i < limit; i++ {
		if isBodyLine(lines[i]) {
			limit = i
			break
		}
	}
	for i := 0; i < limit; i++ {
		if dt, ok := parseHeaderDate(lines[i]); ok {
			head, dropped := dropBanners(lines[:i])
			head, signed := splitBylines(head)
			head, noise := dropNoise(head)
			furniture = append(append(dropped, noise...), lines[i])
			var tl []string
			for _, l := range head {
				if isTitleLine(l) {
					tl = append(tl, l)
				}
			}
			rest, noise := dropNoise(lines[i+1:])
			if len(tl) == 0 {
				tl, rest = titleBelow(rest)
			}
			tl, roleLines := splitRoleLines(tl)
			body = append(append(signed, roleLines...), rest...)
			return strings.Join(tl, "\n"), dt, body, append(furniture, noise...)
		}
	}
	lines, date, furniture = footerDate(lines)
	lines, noise := dropNoise(lines)
	furniture = append(furniture, noise...)
	n := 0
	for n < len(lines) && n < maxTitleLines+1 && isBanner(lines[n]) {
		n++
	}
	furniture, lines = append(furniture, lines[:n]...), lines[n:]
	n = 0
	for n < len(lines) && n < maxTitleLines+1 && isTitleLine(lines[n]) {
		n++
	}
	if n == 0 || n > maxTitleLines || n == len(lines) {
		return "", date, lines, furniture
	}
	tl, roleLines := splitRoleLines(lines[:n])
	return strings.Join(tl, "\n"), date, append(roleLines, lines[n:]...), furniture
}

// isBodyLine reports a line of running text, which ends the header: a long
// sentence, or a sentence opening with a date ("2月29日,…召开…会议。") or
// closed by 。 — a short article's lead is no headline, and a date line
// after it is the page's footer.
func isBodyLine(line string) bool {
	if !sentencePunct.MatchString(line) {
		return false
	}
	n := len([]rune(line))
	return n > maxTitleRunes || dateLeadRe.MatchString(line) || n > minBodyLine && strings.HasSuffix(line, "。")
}

// minBodyLine is the shortest line ending in 。 taken for body in the header.
const minBodyLine = 20

// footerLines is how many last lines may hold a footer's publication line.
const footerLines = 3

// pubWordRe names a publication date on a footer line: "发布时间:2013-03-02",
// "责任编辑:张三 发布日期:2018年09月10日".
var pubWordRe = regexp.MustCompile(`发布|發布|发表|發表|日期|时间|時間`)

// footerDate reads the publication date from a line among the last ones
// when the header gave none (a page that prints it under the text), and
// moves that line to the furniture.
//
// A line naming the publication (pubWordRe) wins; else any metadata line
// or bare date that parseHeaderDate takes: "(来源:临沂法院网 2019-03-06)",
// "编辑:王芳 2019年3月6日", a signature's "2019年3月6日", "[2019-03-06]".
func footerDate(lines []string) (kept []string, date string, furniture []string) {
	for _, named := range []bool{true, false} {
		for i := len(lines) - 1; i >= 0 && i >= len(lines)-footerLines; i-- {
			if named && !pubWordRe.MatchString(lines[i]) {
				continue
			}
			if !named && accountDateRe.MatchString(lines[i]) && !metaWordRe.MatchString(lines[i]) {
				continue // a related link with its date: "临沂中院召开执行工作推进会 2019-02-11"
			}
			if dt, ok := parseHeaderDate(strings.Trim(lines[i], "()（）")); ok {
				kept = append(append(kept, lines[:i]...), lines[i+1:]...)
				return kept, dt, []string{lines[i]}
			}
		}
	}
	return lines, "", nil
}

// titleBelow takes the headline from under the date line when the page
// shows none above it: "长沙市中级人民法院 / [2022-09-09] 【字体:大 中 小】 /
// 长沙中院召开全市法院执行工作会议 / 9月8日,长沙中院召开…". The first line must
// look like a headline, name an event (notBylineRe), and be followed by body.
func titleBelow(body []string) (title, rest []string) {
	if len(body) < 2 || !isTitleLine(body[0]) || !notBylineRe.MatchString(body[0]) || len([]rune(body[0])) < 8 {
		return nil, body
	}
	return body[:1], body[1:]
}

// bannerRe is a site's name on a line of its own above the headline:
// "福州法院网", "重庆市第五中级人民法院", "襄阳市中级人民法院欢迎您!".
var bannerRe = regexp.MustCompile(`^\p{Han}{2,16}(?:法院网|法院網|法院网站|法院網站|法院|人民法院)(?:欢迎您|歡迎您)?[!！]?$`)

// isBanner reports a site banner line.
func isBanner(line string) bool {
	return bannerRe.MatchString(line) || len([]rune(line)) <= 60 && todayLineRe.MatchString(line)
}

// todayLineRe is a site banner giving the reader's day: "今天是2025年11月20日 星期四",
// "遂宁法院网  今日:2024-06-01".
var todayLineRe = regexp.MustCompile(`^[^。,，]{0,20}?(?:今天|今日)是?\s*[:：]?\s*\d{4}\s*[-/.年]`)

// dropBanners removes the site banners from the header lines above a date.
func dropBanners(lines []string) (kept, dropped []string) { return partition(lines, isBanner) }

// dropRepeatedTitle drops a first body line that repeats the headline, as
// many CMSs print it again above the text ("五中院召开2020年党风廉政建设工作会议"
// under the same headline); spaces and punctuation are ignored, and the
// line may repeat the whole headline or one of its lines.
func dropRepeatedTitle(title string, body []string) []string {
	if title == "" || len(body) == 0 {
		return body
	}
	first := bareText(body[0])
	if first == "" {
		return body
	}
	if first == bareText(title) {
		return body[1:]
	}
	for _, l := range strings.Split(title, "\n") {
		if first == bareText(l) {
			return body[1:]
		}
	}
	return body
}

// bareText keeps letters and digits only.
func bareText(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}

// roleLine is a subtitle that only says who played a part: "贺荣主持",
// "张军出席并讲话" under a headline (dev 208). It is content, not headline.
var roleLine = regexp.MustCompile(`^[\p{Han}•·]{2,6}(?:主持|出席|讲话|出席并讲话|致辞|主持会议|出席会议)$`)

var (
	// speakerBylineRe is a speech's byline under its headline: a court, the
	// speaker's posts and name, "铁岭市中级人民法院党组书记、院长  孙立军".
	speakerBylineRe = regexp.MustCompile(`^\p{Han}{2,20}(?:法院|中院|高院)[\p{Han}、]{0,24}(?:院长|庭长|书记|委员|主任|局长|审判员|法官|院長|書記|委員)\s*[\p{Han}•·]{2,6}$`)
	// notBylineRe: a headline naming a meeting is no byline, "云南高院召开全省中级法院院长座谈会".
	notBylineRe = regexp.MustCompile(`会|會|召开|召開|举行|舉行|开展|開展|组织|組織|调研|調研|出席|参加|參加`)
	// speechDateRe is the date line of a transcript under its headline:
	// "(2022年2月18日)".
	speechDateRe = regexp.MustCompile(`^[(（]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]$`)
)

// splitBylines takes a transcript's byline and bracketed date line out of
// the header lines above the date line: they are content (the speaker, the
// meeting's date) and go to the head of the body. Only lines after a
// headline line qualify, and a line naming a meeting is a headline.
func splitBylines(head []string) (kept, signed []string) {
	titled := false // a headline line came before
	for _, l := range head {
		if titled && (speakerBylineRe.MatchString(l) && !notBylineRe.MatchString(l) || speechDateRe.MatchString(l)) {
			signed = append(signed, l)
			continue
		}
		titled = titled || (isTitleLine(l) && !isNoise(l))
		kept = append(kept, l)
	}
	return kept, signed
}

// splitRoleLines moves the headline's trailing role lines to the body, so
// the people they name are read as speakers.
func splitRoleLines(title []string) (headline, roleLines []string) {
	n := len(title)
	for n > 1 && roleLine.MatchString(title[n-1]) {
		n--
	}
	return title[:n], append([]string(nil), title[n:]...)
}

// dropNoise splits lines into content and noise.
func dropNoise(lines []string) (kept, noise []string) { return partition(lines, isNoise) }

// partition splits lines into those drop rejects and those it picks out.
func partition(lines []string, drop func(string) bool) (kept, dropped []string) {
	for _, l := range lines {
		if drop(l) {
			dropped = append(dropped, l)
		} else {
			kept = append(kept, l)
		}
	}
	return kept, dropped
}
