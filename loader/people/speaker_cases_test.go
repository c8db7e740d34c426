package people

import "testing"

// TestSpeakerRoles: role verbs as gold normalises them (作主题报告 → 讲话,
// 点评分析 → 通报), a lead verb after the act's comma, and a pronoun that
// goes on with a role of its own.
func TestSpeakerRoles(t *testing.T) {
	host := testHost.Name
	for _, tc := range []pageCase{
		{name: "作主题报告 is a speech",
			in:       "省法院党组书记、院长程立新作主题报告,副院长邱红主持会议。",
			speakers: []speakerWant{{name: "程立新", court: "-", roles: []string{"讲话"}}, {name: "邱红", court: "-", roles: []string{"主持"}}}},
		{name: "出席,并作…工作报告 goes on with the same subject",
			in:       "副院长邱红出席,并作了题为《稳中求进 提升审判质效》的工作报告。",
			speakers: []speakerWant{{name: "邱红", court: host, roles: []string{"出席", "讲话"}}}},
		{name: "出席,并就…讲话",
			in:       "副院长邱红出席会议,并就下一步工作讲话。",
			speakers: []speakerWant{{name: "邱红", court: host, roles: []string{"出席", "讲话"}}}},
		{name: "a title holds no act",
			in:       "副院长邱红主持学习《关于加强交流发言工作的意见》。",
			speakers: []speakerWant{{name: "邱红", court: host, roles: []string{"主持"}}}},
		{name: "作宣讲报告 is a speech",
			in:       "副院长祁海燕作宣讲报告。",
			speakers: []speakerWant{{name: "祁海燕", court: host, roles: []string{"讲话"}}}},
		{name: "就…进行点评分析 is a report",
			in:       "副院长陶慧主持会议并讲话。各法庭负责人汇报了工作,陶慧就各法庭审判绩效进行点评分析。",
			speakers: []speakerWant{{name: "陶慧", court: host, roles: []string{"主持", "讲话", "通报"}}}},
		{name: "介绍…,要求… adds a speech",
			in:       "副院长岑建平介绍了外地法院来院交流的情况,要求全院干警对质效工作常抓不懈。",
			speakers: []speakerWant{{name: "岑建平", court: host, roles: []string{"交流发言", "讲话"}}},
			dirs:     []dirWant{{"常抓不懈", "岑建平", 0}}},
		{name: "随后,他…进行了通报 adds a report",
			in:       "副院长岑建平介绍了情况。随后,他对全年案件收结存情况进行了通报。",
			speakers: []speakerWant{{name: "岑建平", court: host, roles: []string{"交流发言", "通报"}}}},
		{name: "她又简要传达 adds a relay",
			in:       "副院长祁海燕主持会议。最后,她又简要传达了上级会议精神。",
			speakers: []speakerWant{{name: "祁海燕", court: host, roles: []string{"主持", "传达"}}}},
		{name: "在报告中介绍 is the report already given",
			in:       "副院长邱红主持会议并作工作报告。邱红在报告中介绍,全年共审结案件1.2万件。",
			speakers: []speakerWant{{name: "邱红", court: host, roles: []string{"主持", "讲话"}}}},
		{name: "在讲话中通报 is the speech",
			in:       "院长程立新出席会议。程立新在讲话中通报了上半年审判执行情况。",
			speakers: []speakerWant{{name: "程立新", court: host, roles: []string{"出席", "讲话"}}}},
		{name: "在工作报告中回顾 with no other role is a speech",
			in:       "院长程立新在工作报告中介绍了过去一年的工作。",
			speakers: []speakerWant{{name: "程立新", court: host, roles: []string{"讲话"}}}},
		{name: "在报告会上介绍 is not inside a report",
			in:       "副院长邱红在报告会上介绍了经验。",
			speakers: []speakerWant{{name: "邱红", court: host, roles: []string{"交流发言"}}}},
		{name: "surname + post refers back with a rarer surname",
			in:       "院长茅立新出席会议。会上,茅院长传达了全省会议精神。",
			speakers: []speakerWant{{name: "茅立新", court: host, roles: []string{"出席", "传达"}}}},
	} {
		checkPageCase(t, tc)
	}
}

// TestDelegatesAndStationedPosts: people named after what they represent
// (…代表A、B) speak with no title; a post held in the court for an outside
// body is kept whole; a post is not a name before 组长.
func TestDelegatesAndStationedPosts(t *testing.T) {
	host := testHost.Name
	for _, tc := range []pageCase{
		{name: "delegates listed after a division head share the act",
			in: "会上,刑一团队负责人裴军和调解能手代表韦丽、鲁建国上台作了经验交流。",
			speakers: []speakerWant{{name: "裴军", court: host, titles: []string{"刑一团队负责人"}, roles: []string{"交流发言"}},
				{name: "韦丽", court: host, titles: []string{}, roles: []string{"交流发言"}},
				{name: "鲁建国", court: host, titles: []string{}, roles: []string{"交流发言"}}}},
		{name: "delegates of firms are no court's",
			in: "座谈中,企业家代表于海波、隋美华先后发言,希望法院进一步缩短审理周期。",
			speakers: []speakerWant{{name: "于海波", court: "", titles: []string{}, roles: []string{"交流发言"}},
				{name: "隋美华", court: "", titles: []string{}, roles: []string{"交流发言"}}},
			dirs: []dirWant{}},
		{name: "delegates of lawyers and the public are no court's",
			in: "律师代表严立、群众代表龙芳作了发言。",
			speakers: []speakerWant{{name: "严立", court: "", titles: []string{}, roles: []string{"交流发言"}},
				{name: "龙芳", court: "", titles: []string{}, roles: []string{"交流发言"}}}},
		{name: "delegates alone",
			in:       "新任法官代表芦婷、简一鸣作表态发言。",
			speakers: []speakerWant{{name: "芦婷", court: host, titles: []string{}, roles: []string{"交流发言"}}, {name: "简一鸣", court: host, titles: []string{}, roles: []string{"交流发言"}}}},
		{name: "人大代表 stays a post",
			in:       "市人大代表房立明出席会议。",
			speakers: []speakerWant{{name: "房立明", court: "", titles: []string{"市人大代表"}, roles: []string{"出席"}}}},
		{name: "stationed inspector before a court post",
			in:       "安溪县纪委监委派驻县法院纪检监察组组长、县法院党组成员卓文彬传达了通知精神。",
			speakers: []speakerWant{{name: "卓文彬", court: "-", titles: []string{"安溪县纪委监委派驻县法院纪检监察组组长", "党组成员"}, roles: []string{"传达"}}},
			absent:   []string{"纪检"}},
		{name: "township party posts with 政法书记",
			in:       "会议特别邀请城关镇党委副书记、政法书记龙海波出席并讲话。",
			speakers: []speakerWant{{name: "龙海波", court: "", titles: []string{"城关镇党委副书记", "政法书记"}, roles: []string{"出席", "讲话"}}}},
		{name: "a pinyin gloss inside the unit stays as written",
			in:       "白沙乡(xiāng)党委书记伍立平出席会议。",
			speakers: []speakerWant{{name: "伍立平", court: "", titles: []string{"白沙乡(xiāng)党委书记"}, roles: []string{"出席"}}}},
		{name: "执行局长 is a court post, whole after 党组成员",
			in:       "中院党组成员、执行局长马立强讲话。",
			speakers: []speakerWant{{name: "马立强", court: host, titles: []string{"党组成员", "执行局长"}, roles: []string{"讲话"}}}},
		{name: "执行副局长",
			in:       "执行副局长孔德明通报了执行工作情况。",
			speakers: []speakerWant{{name: "孔德明", court: host, titles: []string{"执行副局长"}, roles: []string{"通报"}}}},
		{name: "院 before a chain after a comma is the host court, the comma list goes on",
			in: "院长李自强出席并讲话,市司法局副局长王志刚,院党组成员、执行局长朱宏伟出席会议。",
			speakers: []speakerWant{{name: "王志刚", court: "", titles: []string{"市司法局副局长"}, roles: []string{"出席"}},
				{name: "朱宏伟", court: host, titles: []string{"党组成员", "执行局长"}, roles: []string{"出席"}}}},
		{name: "本院 before a chain",
			in:       "区司法局局长何伟,本院党组成员、副院长邹敏出席会议。",
			speakers: []speakerWant{{name: "何伟", court: "", titles: []string{"区司法局局长"}, roles: []string{"出席"}}, {name: "邹敏", court: host, titles: []string{"党组成员", "副院长"}, roles: []string{"出席"}}}},
		{name: "stationed inspector alone",
			in:       "中纪委驻最高人民法院纪检组组长谭振东出席会议。",
			speakers: []speakerWant{{name: "谭振东", court: "-", titles: []string{"中纪委驻最高人民法院纪检组组长"}, roles: []string{"出席"}}}},
	} {
		checkPageCase(t, tc)
	}
}

// TestPostNotes: a note in brackets between a post and the name says how
// the post is held; the name follows it and keeps the post and court.
func TestPostNotes(t *testing.T) {
	host := testHost.Name
	for _, tc := range []pageCase{
		{name: "(主持工作) after a chain",
			in:       "党组副书记、副院长(主持工作)杜立明主持会议。",
			speakers: []speakerWant{{name: "杜立明", court: host, titles: []string{"党组副书记", "副院长"}, roles: []string{"主持"}}}},
		{name: "(代) after 院长",
			in:       "院长(代)蒋文华出席会议并讲话。",
			speakers: []speakerWant{{name: "蒋文华", court: host, titles: []string{"院长"}, roles: []string{"出席", "讲话"}}}},
		{name: "a gloss in pinyin is no note",
			in:     "院长(yuàn)蒋文华出席会议。",
			absent: []string{"yuàn"}},
	} {
		checkPageCase(t, tc)
	}
}
