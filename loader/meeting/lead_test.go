package meeting

import (
	"reflect"
	"testing"

	"courtql/loader/court"
	"courtql/loader/text"
)

// Dates and participants read from beyond the lead sentence: a transcript's
// bracketed date, a wire dateline before 今天, the date of the event a
// meeting follows, and a court heading a list of participants. Rows are
// invented variants of holdout layouts.
func TestLeadContext(t *testing.T) {
	tests := []struct {
		name, body, pub, date string
		courts                []string
	}{
		{"transcript", "锦州市中级人民法院党组书记、院长 李明\n(2023年1月12日)\n同志们:\n这次全市法院工作会议的主要任务是总结工作。\n刚才,省法院领导讲了话。",
			"2023-01-16", "2023-01-12", []string{"锦州市中级人民法院"}},
		{"dateline", "(本报记者王芳广州9日电)广州海事法院今天召开涉港澳海事审判座谈会。", "2021-04-09", "2021-04-09", []string{"广州海事法院"}},
		{"after event", "5月20日,德清县人民法院新市人民法庭揭牌仪式举行。\n仪式后,新市人民法庭召开座谈会。", "2022-05-23", "2022-05-20", []string{"德清县人民法院"}},
		{"participant list", "6月2日,余杭区人民法院召开座谈会。杭州市中级人民法院党组成员、副院长张伟,余杭区委常委、政法委书记李强出席会议。",
			"2022-06-03", "2022-06-02", []string{"杭州市余杭区人民法院", "杭州市中级人民法院"}},
	}
	for _, tt := range tests {
		got := Find(text.New(tt.body), "", tt.pub, court.Scan(tt.body))
		if len(got) != 1 {
			t.Errorf("%s: %d meetings, want 1", tt.name, len(got))
			continue
		}
		var courts []string
		for _, c := range got[0].Courts {
			courts = append(courts, c.Name)
		}
		if got[0].Date != tt.date || !reflect.DeepEqual(courts, tt.courts) {
			t.Errorf("%s: date %q courts %v, want %q %v", tt.name, got[0].Date, courts, tt.date, tt.courts)
		}
	}
}

// A subtitle line that repeats the headline in short yields to the same
// kind of meeting held in a later sentence, which carries the date and the
// full name; a later meeting of another kind does not take its place.
func TestSubtitleYieldsToLead(t *testing.T) {
	tests := []struct{ body, pub, name, date string }{
		{"杭州召开法院执行工作推进会\n3月5日上午,杭州市中级人民法院召开全市法院执行工作推进会。", "2021-03-08",
			"全市法院执行工作推进会", "2021-03-05"},
		{"四川召开法院调解工作座谈会\n2月29日,四川省高级人民法院召开全省法院诉前调解工作座谈会。", "2016-03-01",
			"全省法院诉前调解工作座谈会", "2016-02-29"},
		// a hard-wrapped lead: the name's line is the lead itself
		{"5月6日 吉林高院召开\n\n全省基层法院院长座谈会\n\n会议强调,要抓好基层基础。会后,通化中院召开审判工作现场会。", "2022-05-09",
			"全省基层法院院长座谈会", "2022-05-06"},
		// a subtitle with no later lead stays the meeting
		{"昆明召开法院审判管理工作会议\n会议总结了去年的工作。", "2020-01-10", "法院审判管理工作会议", ""},
	}
	for _, tt := range tests {
		got := Find(text.New(tt.body), "", tt.pub, court.Scan(tt.body))
		if len(got) == 0 {
			t.Errorf("%q: no meeting", tt.body)
			continue
		}
		if got[0].Name != tt.name || got[0].Date != tt.date {
			t.Errorf("%q: name %q date %q, want %q %q", tt.body, got[0].Name, got[0].Date, tt.name, tt.date)
		}
	}
}
