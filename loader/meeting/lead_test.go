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
