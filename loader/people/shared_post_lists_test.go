package people

import "testing"

// TestSeveralPeopleAfterOnePost: names listed with 、 after one post all
// hold it, the last one too, although its verb (出席, 讲话) is read first.
func TestSeveralPeopleAfterOnePost(t *testing.T) {
	vp := []string{"副院长"}
	cases := []pageCase{
		{name: "two names, the second before the verb",
			in:       "某区人民法院召开党组会议。副院长周海、刘洋出席会议。",
			speakers: []speakerWant{{name: "周海", court: "-", titles: vp}, {name: "刘洋", court: "-", titles: vp}}},
		{name: "three names, the last before the verb",
			in: "某区人民法院召开党组会议。副院长王小明、李大海、赵一鸣出席会议。",
			speakers: []speakerWant{{name: "王小明", court: "-", titles: vp}, {name: "李大海", court: "-", titles: vp},
				{name: "赵一鸣", court: "-", titles: vp}}},
		{name: "a chain of posts is shared",
			in: "某区人民法院召开党组会议。党组成员、副院长孙立、钱多多出席会议并讲话。",
			speakers: []speakerWant{{name: "孙立", court: "-", titles: []string{"党组成员", "副院长"}},
				{name: "钱多多", court: "-", titles: []string{"党组成员", "副院长"}, roles: []string{"出席", "讲话"}}}},
		{name: "a name with a post of its own keeps it",
			in: "某区人民法院召开党组会议。副院长周海、政治部主任刘洋出席会议。",
			speakers: []speakerWant{{name: "周海", court: "-", titles: vp},
				{name: "刘洋", court: "-", titles: []string{"政治部主任"}}}},
		{name: "the list ends at a comma before the next person's post",
			in: "某区人民法院召开党组会议。副院长曾红、王建国、李平,执行局局长刘小平出席会议。",
			speakers: []speakerWant{{name: "曾红", court: "-", titles: vp, roles: []string{"出席"}}, {name: "王建国", court: "-", titles: vp, roles: []string{"出席"}},
				{name: "李平", court: "-", titles: vp, roles: []string{"出席"}}, {name: "刘小平", court: "-", titles: []string{"执行局局长"}, roles: []string{"出席"}}}},
		{name: "the list ends at 和 before the next person's post",
			in: "某区人民法院召开党组会议。副院长曾红、周立和执行局局长刘小平出席会议。",
			speakers: []speakerWant{{name: "曾红", court: "-", titles: vp}, {name: "周立", court: "-", titles: vp},
				{name: "刘小平", court: "-", titles: []string{"执行局局长"}}},
			absent: []string{"周立和"}},
		{name: "a one-name list before a comma",
			in:       "某区人民法院召开党组会议。庭长吴平,副庭长郑立出席会议。",
			speakers: []speakerWant{{name: "吴平", court: "-", titles: []string{"庭长"}, roles: []string{"出席"}}, {name: "郑立", court: "-", titles: []string{"副庭长"}, roles: []string{"出席"}}}},
	}
	for _, tc := range cases {
		checkPageCase(t, tc)
	}
}
