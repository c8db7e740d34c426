package meeting

import (
	"regexp"
	"strings"
)

var (
	// otherBody names a body other than a court that holds meetings of its
	// own: the party committee and its 政法委, the people's congress standing
	// committee, the government, the CPPCC, the procuratorate, the police.
	// "市委政法委员会全体会议召开", "区人大常委会举行第三十五次会议",
	// "省委召开全面依法治省工作会议". Text is simplified before it gets here.
	otherBody = regexp.MustCompile(`政法委员会|政法委|人大常委会|人民代表大会常务委员会|常委会|` +
		`(?:省|市|区|县|州|旗|盟|党)委|(?:省|市|区|县|州)(?:人民)?政府|政协|检察院|公安局|公安厅|司法局|司法厅`)
	// notBody follows a body word that names something else: a party school
	// (市委党校), a member or delegate of the body (政协委员, 人大代表),
	// an office of it used as a venue (市政府会议中心).
	notBody = regexp.MustCompile(`^(?:党校|委员|书记|常委|副书记|会议中心|大楼|礼堂|办公厅|办公室)`)
	// courtOwned ends the text before a body word that is the court's own:
	// "市中院机关党委召开党员大会".
	courtOwned = regexp.MustCompile(`(?:法院|中院|高院)\p{Han}{0,4}$`)
	// jointWithCourt ends a subject in which a court holds the meeting with
	// the body: "绍兴市中级人民法院与绍兴市人民检察院召开…法检联席会议",
	// "无锡中院与市检察院召开执行监督工作座谈会".
	jointWithCourt = regexp.MustCompile(`(?:法院|中院|高院|法庭)\p{Han}{0,4}(?:与|和|及|同|会同|联合)\p{Han}{0,14}$`)
	// courtWord in a meeting name makes it a meeting of the courts, whoever
	// else joins it: "全市法院与检察院联席会议", "中院党组全体会议".
	courtWord = regexp.MustCompile(`法院|法庭|中院|高院|审判`)
)

// bodyIn returns the end (rune offset in s) of the last body word in s that
// names a body rather than one of its members or buildings, or -1.
func bodyIn(s string) int {
	last := -1
	for _, loc := range otherBody.FindAllStringIndex(s, -1) {
		if notBody.MatchString(s[loc[1]:]) || courtOwned.MatchString(s[:loc[0]]) {
			continue
		}
		last = len([]rune(s[:loc[1]]))
	}
	return last
}

// heldByOtherBody reports a meeting that a body other than a court holds,
// so that no court is its host (the courts taking part are still listed):
//
//	name   = body … kind, with no court in it:
//	         "市委政法委员会全体会议", "云岩区第十八届人大常委会第三十五次会议"
//	subject = body [在 place] 召开|举行 name, the body nearer the verb than any
//	         court: "区人大常委会举行第三十五次会议", "市委召开全市政法工作会议".
func heldByOtherBody(rs []rune, c candidate, name string) bool {
	if !courtWord.MatchString(name) && bodyIn(name) >= 0 {
		return true
	}
	if c.trigger < 0 {
		return false
	}
	clause := []rune(clauseBefore(rs, c.trigger))
	if len(clause) > 25 {
		clause = clause[len(clause)-25:]
	}
	b := bodyIn(string(clause))
	if b < 0 || jointWithCourt.MatchString(string(clause[:b])) {
		return false
	}
	// A court named after the body is the subject ("市委政法委副书记…"
	// cannot occur here: 书记 is excluded), unless it is a venue after 在.
	rest := string(clause[b:])
	if i := strings.LastIndexAny(rest, "在于"); i >= 0 {
		rest = rest[:i]
	}
	return !courtWord.MatchString(rest)
}
