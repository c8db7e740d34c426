package people

import "testing"

// TestCommaListsAndPostTailsCases holds invented pages for comma-separated
// lists of outside participants with long unit names, later reports of a
// 发言 (就…提出了意见建议), and post tails glued to a following noun
// (书记员轮岗).
func TestCommaListsAndPostTailsCases(t *testing.T) {
	ex := []string{"出席", "交流发言"}
	cases := []pageCase{
		{name: "comma list: every item attends and speaks, long unit keeps its first rune",
			in: "某市中级人民法院召开座谈会。院长李建国出席会议并讲话。某省证监局副局长孟凡荣,中证中小投资者服务中心有限责任公司副总经理郭思远,某市律师协会证券专业委员会主任邵丽萍出席会议并发言。",
			speakers: []speakerWant{
				{name: "孟凡荣", court: "", titles: []string{"某省证监局副局长"}, roles: ex},
				{name: "郭思远", court: "", titles: []string{"中证中小投资者服务中心有限责任公司副总经理"}, roles: ex},
				{name: "邵丽萍", court: "", roles: ex},
			}},
		{name: "comma list with other names and units",
			in: "某区人民法院召开联席会议。市司法局副局长王志军,中国银行股份有限公司北京市分行副行长陈晓梅出席会议并发言。王志军表示,希望双方加强协作。",
			speakers: []speakerWant{
				{name: "王志军", court: "", roles: ex},
				{name: "陈晓梅", court: "", titles: []string{"中国银行股份有限公司北京市分行副行长"}, roles: ex},
			},
			dirs: []dirWant{}},
		{name: "proposals after a 发言 add no speech",
			in: "律师协会会长赵明华、某公司总经理钱丽君出席会议并发言。赵明华、钱丽君结合各自工作实际,就诉讼费用负担等问题提出了意见建议。",
			speakers: []speakerWant{
				{name: "赵明华", court: "", roles: ex},
				{name: "钱丽君", court: "", roles: ex},
			}},
		{name: "a single proposal after a 发言 adds no speech",
			in:       "香港律師會委員何美玲出席並發言。何美玲就法律查明問題提出了建議。",
			speakers: []speakerWant{{name: "何美玲", court: "", roles: ex}},
		},
		{name: "no name from a post tail glued to a noun",
			in:       "院长孙立新强调,要落实法官助理、书记员轮岗交流机制,健全审判长选任制度。",
			speakers: []speakerWant{{name: "孙立新", court: "-", roles: []string{"讲话"}}},
			absent:   []string{"员轮岗", "员轮", "长选任", "长选"}},
	}
	for _, tc := range cases {
		checkPageCase(t, tc)
	}
}
