package people

import (
	"testing"
)

// TestMessyPageVariants holds invented variants of failure kinds seen on messy
// pages: tribunal heads listed with their courts, named leaders in an
// attendance line, pronoun leads, compound-surname references, ;要 clauses,
// assessments with 要看到, and an instruction before a list it announces.
func TestMessyPageVariants(t *testing.T) {
	type sp struct {
		name   string
		titles []string
		roles  []string
	}
	tests := []struct {
		name, in string
		speakers []sp // checked persons (titles nil = not checked)
		absent   []string
		dirs     []dirWant // nil = not checked; use noDirs for none
	}{
		{name: "tribunal heads listed with courts share 交流发言",
			in:       "会上,太谷区法院胡村法庭庭长刘建华、寿阳县法院平头法庭庭长何丽娟、灵石县法院静升法庭庭长曹志强作交流发言。",
			speakers: []sp{{"刘建华", []string{"庭长"}, []string{"交流发言"}}, {"何丽娟", []string{"庭长"}, []string{"交流发言"}}, {"曹志强", []string{"庭长"}, []string{"交流发言"}}}},
		{name: "court presidents listed with courts share 发言",
			in:       "会上,某县法院院长黄振宇、某区法院院长邵丽萍先后发言。",
			speakers: []sp{{"黄振宇", []string{"院长"}, []string{"交流发言"}}, {"邵丽萍", []string{"院长"}, []string{"交流发言"}}}},
		{name: "院领导 list attends",
			in:       "院长周海主持会议。院领导孙立伟、钱美玲、韩德胜,各部门负责人在主会场参加会议。",
			speakers: []sp{{"孙立伟", []string{}, []string{"出席"}}, {"钱美玲", []string{}, []string{"出席"}}, {"韩德胜", []string{}, []string{"出席"}}}},
		{name: "院党组成员 list attends",
			in:       "院党组成员冯立新、蒋雅琴出席会议。",
			speakers: []sp{{"冯立新", []string{}, []string{"出席"}}, {"蒋雅琴", []string{}, []string{"出席"}}}},
		{name: "院領導 list attends, traditional",
			in:       "院長鄭文傑主持會議。院領導馮立新、蔣雅琴和陸國華在主會場參加會議。",
			speakers: []sp{{"馮立新", []string{}, []string{"出席"}}, {"蔣雅琴", []string{}, []string{"出席"}}, {"陸國華", []string{}, []string{"出席"}}}},
		{name: "院领导 list without 参加 is no attendance",
			in:     "院领导孙立伟、钱美玲分别带队到基层调研。",
			absent: []string{"孙立伟", "钱美玲"}},
		{name: "他指出 after a named attendee is a speech",
			in:       "市中院副院长陈国栋到会指导。陈国栋对该院工作给予肯定。他指出,各院要抓好落实。",
			speakers: []sp{{"陈国栋", nil, []string{"出席", "讲话"}}}},
		{name: "她强调 is a speech",
			in:       "市中院副院长方晓燕到会指导。她强调,要抓好落实。",
			speakers: []sp{{"方晓燕", nil, []string{"出席", "讲话"}}}},
		{name: "compound surname + post refers back, 在主持时强调",
			in:       "党组成员、副院长欧阳明远主持会议。院长吕强出席会议并讲话。欧阳院长在主持时强调,要以此为契机,确保完成任务。",
			speakers: []sp{{"欧阳明远", nil, []string{"主持", "讲话"}}},
			dirs:     []dirWant{{"以此为契机", "欧阳明远", 0}}},
		{name: "司马 + post refers back",
			in:       "副院长司马文婷主持会议。院长吕强出席会议并讲话。司马院长强调,要压实责任。",
			speakers: []sp{{"司马文婷", nil, []string{"主持", "讲话"}}},
			dirs:     []dirWant{{"压实责任", "司马文婷", 0}}},
		{name: ";同时要 clause is a separate directive",
			in:   "院长宋立平指出,各院要狠抓结案;同时要防范廉政风险;加强督查。",
			dirs: []dirWant{{"狠抓结案", "宋立平", 0}, {"防范廉政风险;加强督查", "宋立平", 0}}},
		{name: "single surname + post, 在主持时强调",
			in:       "副院长谭明远主持会议。院长吕强出席会议并讲话。谭院长在主持时强调,要抓好落实。",
			speakers: []sp{{"谭明远", nil, []string{"主持", "讲话"}}},
			dirs:     []dirWant{{"抓好落实", "谭明远", 0}}},
		{name: ";要 clauses are separate directives",
			in:   "副院长宋立平出席会议。他指出,该院案件数量多,要主动对标先进,争创一流;要加强与上级法院的沟通,提升审判质量。",
			dirs: []dirWant{{"主动对标先进", "宋立平", 0}, {"加强与上级法院的沟通", "宋立平", 0}}},
		{name: "; clauses without their own 要 stay one directive",
			in:   "院长宋立平指出,要推广电子卷宗,提高效率;加大执行力度;坚持问题导向。",
			dirs: []dirWant{{"推广电子卷宗", "宋立平", 0}}},
		{name: "但也要清醒看到 is an assessment",
			in:   "院长黄振华指出,今年工作稳中有进,但也要清醒看到,积案存量仍然较大。黄振华要求,要狠抓积案清理;要加强分析研判。",
			dirs: []dirWant{{"狠抓积案清理", "黄振华", 0}, {"加强分析研判", "黄振华", 0}}},
		{name: "同时也要看到 is an assessment",
			in:   "院长黄振华指出,成绩来之不易,同时也要看到,短板依然存在。",
			dirs: []dirWant{}},
		{name: "要清醒认识到 in an assessment",
			in:   "院长黄振华指出,工作有进步,但要清醒认识到存在的问题。",
			dirs: []dirWant{}},
		{name: "instruction before a clause announcing the list",
			in:   "院长林海在报告中要求,全市法院要锚定争先目标,重点抓好三个方面工作:(一)坚持政治建院;(二)服务发展大局;(三)锻造过硬队伍。",
			dirs: []dirWant{{"全市法院要锚定争先目标", "林海", 0}, {"坚持政治建院", "林海", 1}, {"服务发展大局", "林海", 2}, {"锻造过硬队伍", "林海", 3}}},
		{name: "intro that only leads into the list stays excluded",
			in:   "院长林海要求全市各级法院从三个方面贯彻落实好会议精神,一要提高站位;二要压实责任;三要狠抓落实。",
			dirs: []dirWant{{"提高站位", "林海", 1}, {"压实责任", "林海", 2}, {"狠抓落实", "林海", 3}}},
		{name: "intro sentence with 要 before 一是要 stays excluded",
			in:   "院长林海讲话。下一步,我们要以更高的标准推动工作。一是要推进改革。二是要提升质效。",
			dirs: []dirWant{{"推进改革", "林海", 1}, {"提升质效", "林海", 2}}},
	}
	for _, tc := range tests {
		var want []speakerWant
		for _, w := range tc.speakers {
			want = append(want, speakerWant{name: w.name, court: "-", titles: w.titles, roles: w.roles})
		}
		checkPageCase(t, pageCase{tc.name, tc.in, want, tc.absent, tc.dirs})
	}
}
