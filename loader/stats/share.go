package stats

import (
	"regexp"
	"strings"
)

// Rules for figures whose metric is not the text just before the number:
// shares (占55%) and lists paired with values (A、B分别为X%和Y%).

// shareRe splits a share clause at its verb (the last 占): the text before it
// (group 1) and the whole the share is of (group 2). "民事案件占全部案件的55%",
// "占比28.4%", "约占55%", "占基层法院受理案件总数的38.6%".
var shareRe = regexp.MustCompile(`^(.*?)(?:占)(?:比|到|据)?((?:[^用地有领][^占]*)?)$`)

// shareNotVerb end the text before 占 when 占 is part of a word: 侵占, 霸占, 抢占.
const shareNotVerb = "侵霸强强抢抢独独攻"

// shareApprox before 占 make the share approximate ("约占55%"); shareOnly
// before it leave it exact ("仅占5%").
var (
	shareApprox = []string{"大约", "约", "近"}
	shareOnly   = []string{"仅", "只", "共", "分别"}
)

// shareWholeTail ends the whole a share is of: "受理案件总数的", "全部案件的比重为".
var shareWholeTail = regexp.MustCompile(`(?:的|之)?(?:比重|比例|份额)?(?:为|达|是)?$`)

// readShare reads the metric of a percentage whose clause is a share:
//
//	share = [item] ["约"|"仅"] ("占"|"占比"|"占到") [whole ["的"]] number "%"
//
// The metric is the item; with no item it is the metric of the figure just
// before in the sentence, the count the share belongs to ("其中民事案件6789件,
// 占55%" → 民事案件 55%), else the whole. vague reports an approximate share
// (约占55%).
func readShare(before, prevMetric string) (metric string, vague, ok bool) {
	m := shareRe.FindStringSubmatch(strings.TrimSpace(before))
	if m == nil {
		return "", false, false
	}
	item := m[1]
	if r := []rune(item); len(r) > 0 && strings.ContainsRune(shareNotVerb, r[len(r)-1]) {
		return "", false, false
	}
	for _, w := range shareApprox {
		if strings.HasSuffix(item, w) {
			item, vague = strings.TrimSuffix(item, w), true
			break
		}
	}
	for _, w := range shareOnly {
		item = strings.TrimSuffix(item, w)
	}
	item = cleanMetric(item)
	if _, lead := hasPrefixAny(item, metricLead); lead && len([]rune(item)) <= 2 {
		item = "" // "其中占55%"
	}
	whole := cleanMetric(shareWholeTail.ReplaceAllString(m[2], ""))
	switch {
	case item != "":
		metric = item
	case prevMetric != "":
		metric = prevMetric
	case whole != "":
		metric = whole
	default:
		return "", false, false
	}
	return metric, vague, true
}

// distribRe matches a list of metrics distributed over the values after it:
// "一审服判息诉率、调解撤诉率分别为", "收案、结案和执行到位金额分别是", "分別達到".
var distribRe = regexp.MustCompile(`^(.+?)` + distribTail.String())

// distribTail is 分别 with its copula at the end of a list: "分别为", "分別達到".
var distribTail = regexp.MustCompile(`(?:分别)(?:为|是|达到|达|有|计)?$`)

// listSep splits a list of metrics: 、 always, 和/及/与/以及 when the 、 alone
// give too few items ("收案、结案和执行到位金额").
var (
	listComma = regexp.MustCompile(`[、,，]`)
	listAll   = regexp.MustCompile(`[、,，]|以及|和|及|与`)
)

// distribMetrics returns the metrics listed before 分别 when there are
// exactly n of them, in order; nil otherwise.
//
//	distrib = metric {("、"|"和"|"及"|"与") metric} "分别" ["为"|"是"|"达到"] value {joiner value}
//
// "一审服判息诉率、调解撤诉率分别为91.36%和42.18%" → [一审服判息诉率 调解撤诉率].
func distribMetrics(before string, n int) []string {
	m := distribRe.FindStringSubmatch(strings.TrimSpace(before))
	if m == nil || n < 2 {
		return nil
	}
	list := cleanMetric(m[1])
	for _, sep := range []*regexp.Regexp{listComma, listAll} {
		parts := sep.Split(list, -1)
		if len(parts) != n {
			continue
		}
		out := make([]string, 0, n)
		for _, p := range parts {
			if p = cleanMetric(p); p == "" {
				return nil
			}
			out = append(out, p)
		}
		return out
	}
	return nil
}

// joinedRun counts the tokens from toks[0] on that are joined one to the
// next only by 和/、/及 ("91.36%和42.18%" → 2).
func joinedRun(rs []rune, toks []token) int {
	n := 1
	for n < len(toks) && isJoiner(string(rs[toks[n-1].unitEnd:toks[n].start])) {
		n++
	}
	return n
}

// elidedUnits gives a count the unit the next one spells out when the list
// drops it: "同比分别提高1.2个和3.5个百分点" → 1.2个百分点.
func elidedUnits(rs []rune, toks []token) {
	for k := len(toks) - 2; k >= 0; k-- {
		a, b := &toks[k], toks[k+1]
		if a.unit != b.unit && strings.HasPrefix(b.unit, a.unit) && strings.Contains(b.unit, "百分") &&
			isJoiner(string(rs[a.unitEnd:b.start])) {
			a.unit = b.unit
		}
	}
}

// changeList splits the metric before 分别 and a change verb into the n
// metrics the n changes after it belong to, or nil: "收案数和结案数" (2). Items
// before the last take the head noun the last one adds to a word they share
// with it: "民商事案件、刑事案件结案率" → 民商事案件结案率, 刑事案件结案率.
func changeList(m string, n int) []string {
	if n < 2 {
		return nil
	}
	for _, sep := range []*regexp.Regexp{listComma, listAll} {
		parts := sep.Split(m, -1)
		if len(parts) != n {
			continue
		}
		for _, p := range parts {
			if strings.TrimSpace(p) == "" {
				return nil
			}
		}
		last := []rune(parts[n-1])
		for k := 0; k < n-1; k++ {
			pr := []rune(parts[k])
			if len(pr) < 2 {
				continue
			}
			tail := string(pr[len(pr)-2:])
			if i := strings.LastIndex(string(last), tail); i >= 0 {
				head := string(last)[i+len(tail):]
				if head != "" && !strings.HasSuffix(parts[k], head) {
					parts[k] += head
				}
			}
		}
		return parts
	}
	return nil
}
