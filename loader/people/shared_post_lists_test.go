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

// TestOutsidePostsInAList: non-court participants listed with 、, each with
// a post of his own (a university, a bar, a company), are each a speaker.
func TestOutsidePostsInAList(t *testing.T) {
	both := []string{"出席", "交流发言"}
	cases := []pageCase{
		{name: "the last one a professor",
			in: "某区人民法院召开座谈会。省律师协会副会长罗一凡、市仲裁委员会秘书长甘立群、某大学法学院教授冼志成出席并发言。",
			speakers: []speakerWant{{name: "罗一凡", court: "", titles: []string{"省律师协会副会长"}, roles: both},
				{name: "甘立群", court: "", titles: []string{"市仲裁委员会秘书长"}, roles: both},
				{name: "冼志成", court: "", titles: []string{"某大学法学院教授"}, roles: both}}},
		{name: "a professor alone",
			in:       "某区人民法院召开座谈会。西南政法大学民商法学院教授欧阳明出席会议并发言。",
			speakers: []speakerWant{{name: "欧阳明", court: "", titles: []string{"西南政法大学民商法学院教授"}, roles: both}}},
		{name: "应邀 before the verb",
			in: "某区人民法院召开座谈会。市船东协会秘书长柯一帆、某大学法学院副教授洪思琦应邀出席并发言。",
			speakers: []speakerWant{{name: "柯一帆", court: "", titles: []string{"市船东协会秘书长"}, roles: both},
				{name: "洪思琦", court: "", titles: []string{"某大学法学院副教授"}, roles: both}}},
		{name: "应邀 after a name with no listed surname",
			in:       "某区人民法院召开座谈会。某大学法学院教授索朗扎西应邀出席并发言。",
			speakers: []speakerWant{{name: "索朗扎西", court: "", titles: []string{"某大学法学院教授"}, roles: both}}},
		{name: "洪 is a surname",
			in:       "某区人民法院召开党组会议。副院长洪立群主持会议。",
			speakers: []speakerWant{{name: "洪立群", court: "-", titles: []string{"副院长"}, roles: []string{"主持"}}}},
		{name: "院领导 A、B、C同志 with rarer surnames",
			in:       "某区人民法院召开院长办公会。院领导邹文杰、晏宁、卿立强同志参加会议。",
			speakers: []speakerWant{{name: "邹文杰", roles: []string{"出席"}, court: "-"}, {name: "晏宁", roles: []string{"出席"}, court: "-"}, {name: "卿立强", roles: []string{"出席"}, court: "-"}}},
		{name: "受邀 before the verb",
			in:       "某区人民法院召开座谈会。某大学法学院教授孔令达受邀参加会议并发言。",
			speakers: []speakerWant{{name: "孔令达", court: "", titles: []string{"某大学法学院教授"}, roles: []string{"出席", "交流发言"}}}},
		{name: "a researcher and a company manager",
			in: "某区人民法院召开座谈会。市社会科学院研究员鲁小川、某银行法律合规部总经理佟玲出席并发言。",
			speakers: []speakerWant{{name: "鲁小川", court: "", titles: []string{"市社会科学院研究员"}, roles: both},
				{name: "佟玲", court: "", titles: []string{"某银行法律合规部总经理"}, roles: both}}},
	}
	for _, tc := range cases {
		checkPageCase(t, tc)
	}
}
