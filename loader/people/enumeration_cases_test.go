package people

import "testing"

// TestEnumerationsMidSentence: 首先要/其次要/第三要 after a lead verb's
// comma and ;, the 要 sentences nested in an item, and a bare 提出要求.
func TestEnumerationsMidSentence(t *testing.T) {
	for _, tc := range []pageCase{
		{name: "首先要…;其次要…;第三要 after 要求,",
			in:   "院长邹立明要求,首先要提高政治站位,强化责任担当;其次要服务发展大局。要主动作为;第三要狠抓队伍建设。",
			dirs: []dirWant{{"提高政治站位", "邹立明", 1}, {"服务发展大局。要主动作为", "邹立明", 2}, {"狠抓队伍建设", "邹立明", 3}}},
		{name: "首先要 in its own sentence, 其次要 after ;",
			in:   "副院长柯文静指出,要统一思想。柯文静要求,首先要抓好结案;其次要抓好执行。",
			dirs: []dirWant{{"统一思想", "柯文静", 0}, {"抓好结案", "柯文静", 1}, {"抓好执行", "柯文静", 2}}},
		{name: "首先要 without 其次 is no enumeration",
			in:   "院长邹立明强调,首先要提高政治站位。",
			dirs: []dirWant{{"提高政治站位", "邹立明", 0}}},
		{name: "首先要/其次要 nested in a 第一 item stay in it",
			in:   "院长邹立明讲话。第一,要提高站位。首先要统一思想;其次要传导压力;最后要落实到人。\n第二,要突出问题导向。\n第三,要强化审判管理。",
			dirs: []dirWant{{"提高站位。首先要统一思想", "邹立明", 1}, {"突出问题导向", "邹立明", 2}, {"强化审判管理", "邹立明", 3}}},
		{name: "首先要/其次要 go on with 第三要",
			in:   "院长邹立明要求,首先要统一思想;其次要传导压力;第三要落实到人。",
			dirs: []dirWant{{"统一思想", "邹立明", 1}, {"传导压力", "邹立明", 2}, {"落实到人", "邹立明", 3}}},
		{name: "bare 提出明确要求 is no directive, what follows is",
			in:   "院长彭晓东就贯彻落实工作提出明确要求。要把思想统一到会议精神上来。",
			dirs: []dirWant{{"把思想统一到会议精神上来", "彭晓东", 0}}},
		{name: "bare 提出了具体要求 by the meeting",
			in:   "会议对下一阶段工作提出了具体要求。",
			dirs: []dirWant{}},
	} {
		checkPageCase(t, tc)
	}
}

// TestIntroSentences: the sentence before an enumeration's first item is
// a directive of its own when a lead verb (指出, 强调) opens it and it holds
// the modal 要; a framing sentence without such a lead stays out.
func TestIntroSentences(t *testing.T) {
	for _, tc := range []pageCase{
		{name: "会议指出,…要… before 一要 is a directive",
			in:   "会议指出,规范化建设是基层工作的基础,各人民法庭要发挥扎根基层的优势,持续推进诉源治理。一要强化党建引领。二要深化多元解纷。",
			dirs: []dirWant{{"发挥扎根基层的优势", "", 0}, {"强化党建引领", "", 1}, {"深化多元解纷", "", 2}}},
		{name: "speaker 强调,…要… before 一是 is a directive",
			in:   "院长孟庆华出席会议并讲话。孟庆华强调,审判质效是生命线,全院要对标先进找差距。一是抓好结案。二是抓好执行。",
			dirs: []dirWant{{"全院要对标先进找差距", "孟庆华", 0}, {"抓好结案", "孟庆华", 1}, {"抓好执行", "孟庆华", 2}}},
		{name: "an instruction straight after 强调 only introduces the list",
			in:   "院长严立峰强调,全市法院要深刻把握新形势新要求。一是要在学深悟透上下功夫。二是要在服务大局上求实效。",
			dirs: []dirWant{{"学深悟透", "严立峰", 1}, {"服务大局", "严立峰", 2}}},
		{name: "announcing 两点 in its own sentence only introduces",
			in:   "会议强调,各院要抓好两点。一是抓好结案。二是抓好执行。",
			dirs: []dirWant{{"抓好结案", "", 1}, {"抓好执行", "", 2}}},
		{name: "a time adverbial before the instruction still only introduces",
			in:   "院长严立峰指出,临近年底,各院要全力冲刺。一要抓好结案;二要抓好稳定。",
			dirs: []dirWant{{"抓好结案", "严立峰", 1}, {"抓好稳定", "严立峰", 2}}},
		{name: "a relation of two things (离不开) then 必须 is a directive",
			in:   "会议指出,审判质效离不开队伍建设,必须站在全局高度,持续加强教育培训。一要强化政治建设。二要提升业务能力。",
			dirs: []dirWant{{"持续加强教育培训", "", 0}, {"强化政治建设", "", 1}, {"提升业务能力", "", 2}}},
		{name: "事关 then 务必 is a directive",
			in:   "院长孟庆华强调,执行工作事关群众切身利益,务必全力攻坚。一是抓好兑现。二是抓好惩戒。",
			dirs: []dirWant{{"务必全力攻坚", "孟庆华", 0}, {"抓好兑现", "孟庆华", 1}, {"抓好惩戒", "孟庆华", 2}}},
		{name: "必须 straight after 指出 only introduces the list",
			in:   "会议指出,必须抓好以下重点工作。一要强化党建引领。二要深化多元解纷。",
			dirs: []dirWant{{"强化党建引领", "", 1}, {"深化多元解纷", "", 2}}},
		{name: "指出 sentence announcing the list stays out",
			in:   "会议指出,要重点抓好以下三个方面工作。一要强化党建引领。二要深化多元解纷。",
			dirs: []dirWant{{"强化党建引领", "", 1}, {"深化多元解纷", "", 2}}},
	} {
		checkPageCase(t, tc)
	}
}

// TestReasonsForSuccess: a list introduced as what the work has done or why
// it succeeded (做到了, 关键在于, 得益于) reviews the past; its items are no
// directives, though they open like instructions (强化…).
func TestReasonsForSuccess(t *testing.T) {
	for _, tc := range []pageCase{
		{name: "关键在于做到了“三个坚持”",
			in:   "会议认为,全市法院工作稳步发展,关键在于做到了“三个坚持”:一是坚持党的领导,方向更坚定;二是坚持司法为民,服务更贴心;三是坚持改革创新,机制更完善。",
			dirs: []dirWant{}},
		{name: "得益于 four points",
			in:   "院长卢明远指出,过去一年各项工作取得突破,得益于以下几点:一是强化源头治理,纠纷化解更及时;二是强化审判管理,结案效率更高。",
			dirs: []dirWant{}},
		{name: "做到了 on its own",
			in:   "会议指出,全区法院始终做到了三个强化:一是强化政治建设;二是强化业务建设;三是强化作风建设。",
			dirs: []dirWant{}},
		{name: "做到 with no 了 still asks",
			in:   "会议要求,全区法院要做到三个强化:一是强化政治建设;二是强化业务建设。",
			dirs: []dirWant{{"强化政治建设", "", 1}, {"强化业务建设", "", 2}}},
		{name: "a requirement after the review asks",
			in:   "会议认为,成绩的取得关键在于做到了“两个坚持”。会议要求,下一步要重点抓好:一是强化政治建设;二是强化业务建设。",
			dirs: []dirWant{{"强化政治建设", "", 1}, {"强化业务建设", "", 2}}},
	} {
		checkPageCase(t, tc)
	}
}

// TestSituationStatements: what stands after 强调/指出 and only states how
// things are is no instruction.
func TestSituationStatements(t *testing.T) {
	for _, tc := range []pageCase{
		{name: "机遇和挑战并存", in: "会议指出,当前全市法院工作面临的机遇和挑战并存。", dirs: []dirWant{}},
		{name: "定位没有变", in: "院长孙启明强调,人民法院服务大局的职能定位没有变。", dirs: []dirWant{}},
		{name: "任务依然艰巨", in: "会议指出,执行工作的任务依然艰巨。", dirs: []dirWant{}},
		{name: "a relation of two things (离不开)", in: "会议强调,司法现代化离不开信息化。", dirs: []dirWant{}},
		{name: "a relation of two things (事关)", in: "院长孙启明指出,审判质效事关司法公信。", dirs: []dirWant{}},
		{name: "a prospect (大有可为)", in: "院长欧阳平强调,司法改革进入新阶段,少年审判大有可为。", dirs: []dirWant{}},
		{name: "a prospect (大有作为)", in: "会议强调,人民法庭在基层治理中大有作为。", dirs: []dirWant{}},
		{name: "an overall state (总体平稳)", in: "会议强调,当前全区执行工作总体平稳。", dirs: []dirWant{}},
		{name: "an overall state (稳中向好)", in: "院长欧阳平强调,今年以来审判质效稳中向好。", dirs: []dirWant{}},
		{name: "a judgement of the state (不容乐观)", in: "会议强调,基层法院人案矛盾形势不容乐观。", dirs: []dirWant{}},
		{name: "unchanged with an adverb (没有根本改变)", in: "会议强调,案多人少的局面没有根本改变。", dirs: []dirWant{}},
		{name: "still happening (时有发生)", in: "会议强调,违反审判纪律的问题仍时有发生。", dirs: []dirWant{}},
		{name: "a gap still there (还有差距)", in: "会议强调,当前审判质效与群众期待还有差距。", dirs: []dirWant{}},
		{name: "room still left (还有提升空间)", in: "会议强调,部分指标还有较大提升空间。", dirs: []dirWant{}},
		{name: "still many (依然较多)", in: "会议强调,当前执行工作面临的困难依然较多。", dirs: []dirWant{}},
		{name: "a good start made (实现了良好开局), but room left",
			in: "会议强调,上半年各项工作实现了良好开局,但审判质效还有提升空间。", dirs: []dirWant{}},
		{name: "a carried sentence in a 强调 paragraph states the gap",
			in:   "院长欧阳平强调,执行是公平正义的最后一公里。当前,全市执行工作面临的困难依然较多,执行质效与群众期待还有差距。",
			dirs: []dirWant{}},
		{name: "an instruction to close the gap",
			in:   "会议强调,要正视与群众期待还有差距的问题,持续改进作风。",
			dirs: []dirWant{{"正视与群众期待", "", 0}}},
		{name: "at a stage (正处于…关键期)", in: "院长欧阳平强调,当前正处于全年工作承上启下的关键期,能否完成目标,关键在下半年。", dirs: []dirWant{}},
		{name: "at a stage with 正值", in: "会议强调,目前正值年底结案冲刺阶段。", dirs: []dirWant{}},
		{name: "a 要 sentence at a stage is an instruction",
			in:   "会议强调,当前正处于关键期,全院要咬定目标不放松。",
			dirs: []dirWant{{"全院要咬定目标不放松", "", 0}}},
		{name: "a 要 sentence with a prospect is an instruction",
			in:   "会议强调,要抓住机遇,让少年审判大有可为。",
			dirs: []dirWant{{"抓住机遇", "", 0}}},
		{name: "an instruction to keep a state",
			in:   "会议强调,确保全区执行工作总体平稳。",
			dirs: []dirWant{{"确保全区执行工作总体平稳", "", 0}}},
		{name: "a 要 sentence after a situation is an instruction",
			in:   "会议指出,挑战并存,全院要坚定信心。",
			dirs: []dirWant{{"全院要坚定信心", "", 0}}},
	} {
		checkPageCase(t, tc)
	}
}

// TestPageEnd: the headlines listed after a related-links label are other
// articles', not directives.
func TestPageEnd(t *testing.T) {
	for _, tc := range []pageCase{
		{name: "相关链接 headlines",
			in:   "院长龚立新强调,要抓好执行。\n相关链接:\n全市法院要加强诉源治理\n各级法院要狠抓审判质效",
			dirs: []dirWant{{"抓好执行", "龚立新", 0}}},
		{name: "【延伸阅读】 headlines",
			in:   "会议要求,各院要压实责任。\n【延伸阅读】\n法官要做群众的贴心人",
			dirs: []dirWant{{"压实责任", "", 0}}},
		{name: "上一篇 line",
			in:   "会议要求,各院要压实责任。\n上一篇:全区法院要深化改革",
			dirs: []dirWant{{"压实责任", "", 0}}},
		{name: "上一条/下一条 lines",
			in:   "会议要求,各院要压实责任。\n上一条:某县法院要加强审判管理\n下一条:全市法院要深化改革",
			dirs: []dirWant{{"压实责任", "", 0}}},
		{name: "a label with its first headline on the line",
			in:   "会议要求,各院要压实责任。\n相关报道:全市法院要持续优化营商环境",
			dirs: []dirWant{{"压实责任", "", 0}}},
		{name: "【往期回顾】 headlines",
			in:   "会议要求,各院要压实责任。\n【往期回顾】\n法官要做群众的贴心人",
			dirs: []dirWant{{"压实责任", "", 0}}},
	} {
		checkPageCase(t, tc)
	}
}

// TestHardWrappedPages: pages whose linked keywords were cut onto lines of
// their own read as if unwrapped; 一、 opens an item mid-paragraph too.
func TestHardWrappedPages(t *testing.T) {
	for _, tc := range []pageCase{
		{name: "items and speakers across hard wraps",
			in:       "5月8日,某某中院召开全市\n法院刑事\n审判工作会议。会议由副院长卢志刚主持。院长万晓东在讲话中就做好刑事\n审判工作提出两点意见:一、准确把握刑事\n审判工作的形势和任务。全市\n法院要提高认识。二、坚持宽严相济刑事政策,不断提高刑事\n审判质量。",
			speakers: []speakerWant{{name: "卢志刚", court: "-", roles: []string{"主持"}}, {name: "万晓东", court: "-", roles: []string{"讲话"}}},
			dirs:     []dirWant{{"形势和任务", "万晓东", 1}, {"坚持宽严相济", "万晓东", 2}}},
		{name: "a name does not end inside 全市",
			in:     "各基层\n法院院长和全市两级\n法院干警参加会议。院长万晓东主持会议。会议要求,各院要\n抓好落实。\n要强化\n执行。",
			absent: []string{"和全", "和全市"}},
		{name: "一、二审 is no marker",
			in:   "院长万晓东强调,要抓好结案。一、二审案件要同步推进。",
			dirs: []dirWant{{"抓好结案", "万晓东", 0}, {"一、二审案件要同步推进", "万晓东", 0}}},
	} {
		checkPageCase(t, tc)
	}
}

// TestFiguresInASpeech: in a paragraph a speaker's instruction opens, a
// sentence that reports figures is no instruction; one that instructs with
// a figure as its target still is.
func TestFiguresInASpeech(t *testing.T) {
	for _, tc := range []pageCase{
		{name: "a report of figures after 要求",
			in:   "院长杨立新主持会议。\n杨立新要求,全市法院要切实提高执行到位率。全市法院共新收执行案件8765件,执结7012件。",
			dirs: []dirWant{{"切实提高执行到位率", "杨立新", 0}}},
		{name: "rates reported after 强调",
			in:   "院长杨立新主持会议。\n杨立新强调,要狠抓审判质效。一季度全院结收案比94.38%,法官人均结案数52.3件。",
			dirs: []dirWant{{"狠抓审判质效", "杨立新", 0}}},
		{name: "an instruction with a target figure stays",
			in:   "院长杨立新主持会议。\n杨立新强调,要狠抓审判质效。进一步压降长期未结案件,力争结案率达到95%。",
			dirs: []dirWant{{"狠抓审判质效", "杨立新", 0}, {"力争结案率达到95%", "杨立新", 0}}},
	} {
		checkPageCase(t, tc)
	}
}
