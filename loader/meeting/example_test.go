package meeting_test

import (
	"fmt"

	"courtql/loader/meeting"
	"courtql/loader/text"
)

func ExampleFind() {
	d := text.New("3月3日,某某法院召开工作会议,副院长主持会议。")
	for _, m := range meeting.Find(d, "", "", nil) {
		fmt.Printf("%s / %s / date %q written %q\n", m.Name, m.Kind, m.Date, m.DateText)
	}
	// Output:
	// 工作会议 / 工作会议 / date "" written "3月3日"
}
