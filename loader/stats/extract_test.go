package stats

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"courtql/loader/court"
	"courtql/loader/script"
	"courtql/loader/text"
)

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"零", 0, true}, {"一", 1, true}, {"二", 2, true}, {"两", 2, true}, {"三", 3, true}, {"四", 4, true},
		{"五", 5, true}, {"六", 6, true}, {"七", 7, true}, {"八", 8, true}, {"九", 9, true}, {"十", 10, true},
		{"十一", 11, true}, {"二十二", 22, true}, {"一百零五", 105, true}, {"三千", 3000, true},
		{"一万零十", 10010, true}, {"十二万五千", 125000, true}, {"两亿", 2e8, true}, {"五百", 500, true},
		{"12", 12, true}, {"73.89", 73.89, true}, {"３５", 35, true},
		{"3.5万", 35000, true}, {"二点三", 2.3, true}, {"九十五点六", 95.6, true}, {"零点七", 0.7, true}, {"1.2亿", 1.2e8, true}, {"10.14万", 101400, true},
		{"百", 0, false}, {"一二三", 0, false}, {"万", 0, false}, {"", 0, false}, {"3x", 0, false},
	}
	for _, tt := range tests {
		got, ok := ParseNumber(tt.in)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("ParseNumber(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestMatchUnit(t *testing.T) {
	tests := []struct{ in, want string }{
		{"件,同比", "件"}, {"万件;", "万件"}, {"亿元", "亿元"}, {"个百分点", "个百分点"}, {"%", "%"},
		{"‰", "‰"}, {"人(次)通过", "人(次)"}, {"人次", "人次"}, {"余件", "件"}, {"万余件", "万件"},
		{"个月", ""}, {"年", ""}, {"月", ""}, {"号", ""}, {"人民法院", ""}, {"家庭", ""}, {"条件", ""},
		{"个人民法庭", "个"}, {"點", ""}, {"項", "項"}, {"萬件", "萬件"},
	}
	for _, tt := range tests {
		got, _, _ := matchUnit([]rune(simp(tt.in)), 0)
		if got != simp(tt.want) {
			t.Errorf("matchUnit(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestFindPeriod(t *testing.T) {
	tests := []struct{ in, want string }{
		{"今年1至7月,全省法院受理案件", "今年1至7月"},
		{"前三季度,全省法院", "前三季度"},
		{"今年以来全省法院", "今年以来"},
		{"截至9月底,全院共受理", "截至9月底"},
		{"今年前X个月,全市法院", "今年前X个月"},
		{"目前已开课", "目前"},
		{"今年上半年,陕西三级法院", "今年上半年"},
		{"1-10月份,北海海事法院", "1-10月份"},
		{"全院审结案件", ""},
	}
	for _, tt := range tests {
		if got := findPeriod(tt.in); got != tt.want {
			t.Errorf("findPeriod(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

// fig renders a figure compactly for table tests.
func fig(f Figure) string {
	s := fmt.Sprintf("%s=%s%s", f.Metric, fv(f.Value), f.Unit)
	if f.Redacted {
		s += " redacted"
	}
	if f.Change != nil || f.ChangeUnit != "" {
		s += fmt.Sprintf(" change %s%s", fv(f.Change), f.ChangeUnit)
	}
	if f.ChangeRate != nil {
		s += fmt.Sprintf(" rate %s", fv(f.ChangeRate))
	}
	return s
}

// simp is the text contract of loader/extract: extractors read simplified
// script, so tests written in traditional script convert input and
// expectations alike.
var simp = script.Simplify

// extractAll reads s as loader/extract does: converted to simplified script.
func extractAll(s string) []Figure {
	s = simp(s)
	d := text.New(s)
	return Extract(d, text.Span{End: len(d.Runes)}, court.Scan(s))
}

func TestExtractSentences(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"counts with absolute and relative changes", "今年1至7月,全省法院受理案件389861件,同比增加52481件,上升15.56%;审、执结243272件,同比增加29736件,上升13.93%。",
			[]string{"受理案件=389861件 change 52481件 rate 15.56", "审执结=243272件 change 29736件 rate 13.93"}},
		{"invented decrease", "2023年1至9月,全市两级法院新收案件45210件,同比减少1203件,下降2.59%。",
			[]string{"新收案件=45210件 change -1203件 rate -2.59"}},
		{"change only", "前三季度,全区法院收案数同比上升8.35%,结案数同比下降3%。",
			[]string{"收案数=nil rate 8.35", "结案数=nil rate -3"}},
		{"percentage points", "一审案件改判发回率同比下降0.8个百分点。",
			[]string{"一审案件改判发回率=nil change -0.8个百分点"}},
		{"rate and comparison", "上半年,全县法院结案率92.5%,同比提高3.1个百分点,高于全市平均水平2个百分点,居全市第3位。",
			[]string{"结案率=92.5% change 3.1个百分点", "结案率高于全市平均水平=2个百分点"}},
		{"redacted", "全市法院共受理案件XX件,审执结XX件,比去年同期分别增长XX%和XX%;执行到位金额××亿元。",
			[]string{"受理案件=nil件 redacted", "审执结=nil件 redacted", "执行到位金额=nil亿元 redacted"}},
		{"distributed rates", "全省法院受理案件12万件,审结10万件,比去年同期分别增长5.2%和4.1%。",
			[]string{"受理案件=12万件 rate 5.2", "审结=10万件 rate 4.1"}},
		{"magnitudes kept in unit", "共审结各类案件10.14万件;执行到位金额3.5亿元。",
			[]string{"审结各类案件=10.14万件", "执行到位金额=3.5亿元"}},
		{"chinese numerals", "院领导带队开展调研走访十一次,召开专题会议两次。",
			[]string{"开展调研走访=11次", "召开专题会议=2次"}},
		{"count before noun", "组织召开了7次专门会议,4次两级法院推进会,将16个人民法庭调整为5个中心法庭。",
			[]string{"专门会议=7次", "两级法院推进会=4次", "人民法庭=16个", "中心法庭=5个"}},
		{"unit from neighbour", "截至9月底,全院共受理各类案件3120(旧存612件)审结2450件,结案率78.53%。",
			[]string{"受理各类案件=3120件", "旧存=612件", "审结=2450件", "结案率=78.53%"}},
		{"people", "该院首批员额法官、司法辅助人员共45人参加会议。", []string{"首批员额法官、司法辅助人员=45人"}},
		{"traditional", "今年以來,全市法院受理案件12,審結案件8765件,同比增長4.5%。", []string{"審結案件=8765件 rate 4.5"}},
		{"thousands separator", "2022年,该院共化解矛盾纠纷1,234件,共有干警120人。", []string{"化解矛盾纠纷=1234件", "干警=120人"}},
		{"permille", "案件发回改判率为1.5‰。", []string{"案件发回改判率=1.5‰"}},
		// a count before the subject of a figure is its scope, not a figure
		{"count qualifying the subject", "第二季度,五个人民法庭共审结案件1308件,调解撤诉率58.2%。",
			[]string{"审结案件=1308件", "调解撤诉率=58.2%"}},
		{"count qualifying the subject, digits", "今年以来,4家基层法院新收案件2.1万件,同比增长3.5%。",
			[]string{"新收案件=2.1万件 rate 3.5"}},
		// a vague figure keeps its change from drifting to the figure before it
		{"vague figure between exact ones", "全院审结案件2310件;执行到位金额近8000万元,同比增长12%;结案率91.2%。",
			[]string{"审结案件=2310件", "结案率=91.2%"}},
		{"vague change", "全市法院受理案件8120件,同比增加300余件,上升3.8%。",
			[]string{"受理案件=8120件 rate 3.8"}},
		{"change in days", "审理周期平均为38天,同比缩短4天。", []string{"审理周期平均=38天 change -4天"}},
		{"distributed rates after a vague count", "两级法院受理一审案件9.6万件,审结9.1万件,同比分别增长2.2%和1.7%。",
			[]string{"受理一审案件=9.6万件 rate 2.2", "审结=9.1万件 rate 1.7"}},
		{"report with a modal elsewhere", "今年以来全院受理案件1200件,同比增长5%,要巩固成绩。",
			[]string{"受理案件=1200件 rate 5"}},
		{"确保了 reports", "全院确保了执行工作平稳运行,执结案件3120件。", []string{"执结案件=3120件"}},
		{"纲要 is no modal", "学习贯彻纲要精神,培训干警86人次。", []string{"培训干警=86人次"}},
		// a share after an item's count belongs to that item (holdout3 404, 411)
		{"shares of the items", "其中民事案件6789件,占55%;刑事案件702件,占5.2%。",
			[]string{"民事案件=6789件", "民事案件=55%", "刑事案件=702件", "刑事案件=5.2%"}},
		{"share of a named total", "全县人民法庭共受理案件2,318件,占基层法院受理案件总数的41.2%。",
			[]string{"受理案件=2318件", "受理案件=41.2%"}},
		{"share with its item before 占", "今年以来,行政案件占全部案件的3.7%,同比下降0.4个百分点。",
			[]string{"行政案件=3.7% change -0.4个百分点"}},
		{"share with 占比", "其中,执行案件1,906件,占比28.4%。", []string{"执行案件=1906件", "执行案件=28.4%"}},
		{"仅占 with 占 inside the item", "其中职务侵占案件12件,仅占0.5%。", []string{"职务侵占案件=12件", "职务侵占案件=0.5%"}},
		{"approximate share", "其中民事案件6789件,约占55%。", []string{"民事案件=6789件"}},
		// 分别为: the listed metrics pair in order with the values (holdout3 404)
		{"分别为 pairs metrics and values", "一审服判息诉率、调解撤诉率分别为91.36%和42.18%,同比分别提高1.2个和3.5个百分点。",
			[]string{"一审服判息诉率=91.36% change 1.2个百分点", "调解撤诉率=42.18% change 3.5个百分点"}},
		{"分别是 with three items", "2021年,全区法院收案、结案和执行到位金额分别是8,102件、7,655件和3.2亿元。",
			[]string{"收案=8102件", "结案=7655件", "执行到位金额=3.2亿元"}},
		{"分别达到 in traditional script", "一審上訴率、發回改判率分別達到8.5%和1.9%。",
			[]string{"一審上訴率=8.5%", "發回改判率=1.9%"}},
		{"分别为 with a count mismatch keeps the list", "结案率、结收比分别为93.1%。",
			[]string{"结案率、结收比=93.1%"}},
		// thousands separators: 3-digit groups before a unit are one number
		{"thousands separators", "全年共审结案件106,582件,执行到位金额1,234.5万元,受理案件12,审结8件。",
			[]string{"审结案件=106582件", "执行到位金额=1234.5万元", "审结=8件"}},
		{"thousands separators, full-width digits", "全市法院共受理各类案件１０６,５８２件,审执结９８，１４７件。",
			[]string{"受理各类案件=106582件", "审执结=98147件"}},
		// changes against a base other than last year's (holdout4 501)
		{"较年初", "截至5月底,长期未结案件27件,较年初减少41件。", []string{"长期未结案件=27件 change -41件"}},
		{"比年初 rate", "截至6月底,全市法院未结案件3,210件,比年初下降5.2%。", []string{"未结案件=3210件 rate -5.2"}},
		{"较上年同期", "一季度,全院执结案件815件,较上年同期增加62件。", []string{"执结案件=815件 change 62件"}},
		{"环比", "全院新收案件412件,环比上升6.1%。", []string{"新收案件=412件 rate 6.1"}},
		{"与上月末相比", "存案1020件,与上月末相比减少88件。", []string{"存案=1020件 change -88件"}},
		// a currency after the unit (holdout4 505)
		{"currency after the unit", "標的總額4.3億元人民幣,調解撤訴率61.8%。", []string{"標的總額=4.3億元", "調解撤訴率=61.8%"}},
		{"currency, simplified", "执行到位金额12.6亿元人民币,同比增长8%。", []string{"执行到位金额=12.6亿元 rate 8"}},
		{"currency before the number", "诉讼标的额人民币3.1亿元。", []string{"诉讼标的额=3.1亿元"}},
		// ratios 1:x: the second term, no unit (holdout6 701, 710)
		{"ratio", "今年1至6月,全市法院共受理执行案件6.82万件,执结6.49万件,收结案比1:1.05。",
			[]string{"受理执行案件=6.82万件", "执结=6.49万件", "收结案比=1.05"}},
		{"ratio with 为 and a ratio sign", "上半年两级法院结收比为1∶1.02。", []string{"结收比=1.02"}},
		{"ratio, full-width colon, invented", "一季度,全县法院案件收结比达到1：1.13,结案率94.6%。",
			[]string{"案件收结比=1.13", "结案率=94.6%"}},
		{"ratio then a change", "全院结收比1:0.98,审结案件805件。", []string{"结收比=0.98", "审结案件=805件"}},
		// a change in times (holdout6 701)
		{"change in 倍", "执行到位金额同比增长1.2倍;终本率为38.6%,同比下降0.8个百分点。",
			[]string{"执行到位金额=nil change 1.2倍", "终本率=38.6% change -0.8个百分点"}},
		{"range beside a figure", "全院审结案件1200件,每名法官每月办理3至5件。", []string{"审结案件=1200件"}},
		// real counts next to the background rules (background.go, narrative.go)
		{"counts of meetings held are figures", "中院党组靠前指挥。组织召开了7次专门会议,4次两级法院推进会。",
			[]string{"专门会议=7次", "两级法院推进会=4次"}},
		{"attendance kept", "广州互联网法院首批员额法官、司法辅助人员共30人参加会议。",
			[]string{"首批员额法官、司法辅助人员=30人"}},
		{"invented attendance kept", "全院干警共126人参加会议。", []string{"干警=126人"}},
		{"aggregate with a case in passing", "今年以来,全市法院共审结涉众型金融犯罪案件35件,涉案金额2.3亿元。",
			[]string{"审结涉众型金融犯罪案件=35件", "涉案金额=2.3亿元"}},
		{"case paragraph ends", "会上通报了一起虚假诉讼案件。当事人孙某被处以罚款8万元。全市法院审结案件5200件,同比上升3%。",
			[]string{"审结案件=5200件 rate 3"}},
		{"chinese precise figures", "二〇二三年一至十一月,全市法院共受理各类案件四万一千二百三十五件,结案率百分之九十五点六,同比上升二点三个百分点。",
			[]string{"受理各类案件=41235件", "结案率=95.6% change 2.3个百分点"}},
		{"chinese figures invented", "全区法院审结案件三千零八件,调解撤诉率百分之四十二点〇五,同比下降零点七个百分点。",
			[]string{"审结案件=3008件", "调解撤诉率=42.05% change -0.7个百分点"}},
		{"hours as a figure", "全院法官人均办案时长12.5小时,同比减少0.4小时。",
			[]string{"法官人均办案时长=12.5小时 change -0.4小时"}},
		// 终本 (终结本次执行) holds 本案 but tells no case (holdout9 1000)
		{"rate of 100 after 终本", "终本案件合格率100%。", []string{"终本案件合格率=100%"}},
		{"rate of 100 invented", "今年以来,该院终本合格率达100%,统一案件办理标准后,执结案件3120件。",
			[]string{"终本合格率=100%", "执结案件=3120件"}},
		// compound units with 次 (holdout9 1001)
		{"场次 unit", "组织开展代表委员联络活动12场次。", []string{"组织开展代表委员联络活动=12场次"}},
		{"批次 and 户次 units", "开展送法进企业活动5批次,走访企业30户次。",
			[]string{"开展送法进企业活动=5批次", "走访企业=30户次"}},
		// a meeting's own outcome stays a figure when the sentence reports a period
		{"outcome over a period", "今年以来,专业法官会议共形成倾向性意见120条。", []string{"专业法官会议共形成倾向性意见=120条"}},
		{"judicial suggestions are work", "全院提出司法建议36条。", []string{"提出司法建议=36条"}},
		// a count of people honoured: the verb and whom, without the period
		{"people honoured", "会上宣读了对王某等12名第三季度办案能手和调解能手进行表彰的决定。",
			[]string{"表彰办案能手和调解能手=12名"}},
		{"people commended", "院党组对8名优秀法官予以通报表扬。", []string{"通报表扬优秀法官=8名"}},
		{"honoured, monthly", "对李某等5名11月份执行标兵进行奖励。", []string{"奖励执行标兵=5名"}},
		// the metric is the noun phrase measured, not the clause reporting it
		{"metric after a reporting verb", "会上通报了1至11月全院法官人均结案数156件、结案率95.1%等指标完成情况。",
			[]string{"法官人均结案数=156件", "结案率=95.1%"}},
		{"metric after a data source", "统计显示,今年前三季度全省法院一线法官人均结案数为87件。",
			[]string{"一线法官人均结案数=87件"}},
		{"metric after 介绍了", "会议介绍了上半年全市两级法院执行到位金额12.5亿元。",
			[]string{"执行到位金额=12.5亿元"}},
		// a baseline figure is not a figure; the change after it is its clause's
		{"baseline before the change", "新收案件3120件,较去年同期的2890件上升7.96%。",
			[]string{"新收案件=3120件 rate 7.96"}},
		{"baseline of a named year", "全年审结案件4.2万件,比2019年的3.6万件增长16.7%,结案率96.4%。",
			[]string{"审结案件=4.2万件 rate 16.7", "结案率=96.4%"}},
		// a rate against an earlier span of years belongs to the figure of its clause
		{"rates against the previous five years, distributed", "五年来,全区法院共受理各类案件123.5万件,审结120.1万件,分别比前五年上升35.2%和33.1%。",
			[]string{"受理各类案件=123.5万件 rate 35.2", "审结=120.1万件 rate 33.1"}},
		{"rate against the last plan period", "近三年来,全市法院审结案件98.6万件,比上一个五年增长21.4%,结案标的额1234亿元。",
			[]string{"审结案件=98.6万件 rate 21.4", "结案标的额=1234亿元"}},
		{"rate against a named plan period", "过去五年,全省法院执结案件45210件,较“十三五”期间下降2.6%。",
			[]string{"执结案件=45210件 rate -2.6"}},
		// changes only, distributed over a list of metrics sharing a head noun
		{"change-only rates of a list sharing its head noun", "民商事案件、刑事案件结案率同比分别上升5.1%、3.2%。",
			[]string{"民商事案件结案率=nil rate 5.1", "刑事案件结案率=nil rate 3.2"}},
		{"change-only points of a list", "一审服判息诉率、调解撤诉率同比分别提高1.2个和3.5个百分点。",
			[]string{"一审服判息诉率=nil change 1.2个百分点", "调解撤诉率=nil change 3.5个百分点"}},
		{"change-only of a list joined by 和", "收案数和结案数同比分别下降4.1%和2.7%。",
			[]string{"收案数=nil rate -4.1", "结案数=nil rate -2.7"}},
		{"rate against the previous term", "本届以来审结案件8.6万件,与上届相比增长12.5%;结案率为96.1%。",
			[]string{"审结案件=8.6万件 rate 12.5", "结案率=96.1%"}},
	}
	for _, tt := range tests {
		var got []string
		for _, f := range extractAll(tt.in) {
			got = append(got, fig(f))
		}
		if strings.Join(got, "\n") != simp(strings.Join(tt.want, "\n")) {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

// TestNeverStatistics holds numbers that are dates, ordinals, names,
// identifiers or outline counts, in seed sentences and invented ones.
func TestNeverStatistics(t *testing.T) {
	for _, in := range []string{
		"8月10日,云南省高级人民法院召开全省中级法院院长座谈会。",
		"16.08.2017  21:12",
		"发布时间:2022-09-05 09:02:41",
		"更新时间:2021-03-03 已浏览:32410 文章来源:原创",
		"地址:陇南市武都区东江新区阶州大道 邮编:746000 立案庭(诉讼服务中心):0939-8386540",
		"陇ICP备10200000号",
		"一是着力抓好执法办案工作,努力为党的十九大胜利召开营造安全稳定的社会环境。",
		"张学群从七个方面对下半年工作提出要求。",
		"自治区高院党组书记、院长黄克在今年第24次党组扩大会议上的重要讲话精神。",
		"传达学习自治区党委十一届三次全会精神,确保圆满完成今年七项工作任务。",
		"提出了“六个持续”具体要求。",
		"对全院干警提出四点要求,并从11个方面总结回顾了2015年工作,从7个方面部署了2016年工作任务。",
		"呼和浩特、包头等七个盟市两级法院分管领导参加会议。",
		// heads of the bodies taking part, counted in the attendance list
		"市工商联副主席路兴华及8家企业负责人参加座谈。",
		"市司法局、市律师协会和12家律师事务所负责人出席会议。",
		"区人社局有关负责同志和5名企业代表参加会议。",
		"围绕知识产权审判工作中的十个前沿问题进行了交流,提出五点意见。",
		"第二十二次全国法院工作会议以视频方式召开。",
		"中央政治局第十五次集体学习,市委XX届X次全会。",
		"通过12368诉讼服务热线为群众提供服务。",
		"会议研究讨论了三起刑事案件和两起民事案件。",
		"审委会审议了5个议题,听取了2件重大疑难案件的汇报。",
		"上午九点三十分,会议开始。",
		"他强调,这一点非常重要。",
		"二级巡视员、二级高级法官参加会议。",
		"指导基层法院按照“1+1+N”和“1+N”模式组建团队。",
		"01、突出一个“实”字",
		"本溪、阜新、朝阳等三家中院围绕强基工作做了汇报交流。",
		"聚焦“登记财产”“执行合同”“办理破产”等三项营商环境评估指标。",
		"居全省第X位,实际执结率居全省第3位。",
		"新时代10年,全国法院坚持司法为民。",
		"来自南宁、柳州、桂林三地的三家基层法院作经验交流发言。",
		"要坚持三个面向、三个便于、三个优化原则,探索立审调执四位一体。",
		"加大“打伞破网”力度,抓好开源、节流、管控三个环节。",
		"落实中央八项规定精神,增强“四个意识”,做到“两个维护”。",
		"张永偉院長認為人民法庭工作應做到三點:一要接地氣。",
		"今年前X个月",
		"要一件一件推进落实,把一项基础性工作抓实。",
		// vague amounts: approximations and bounds
		"目前,两万余件长期未结案件已全部纳入台账。",
		"为当事人节约诉讼成本近千万元。",
		"今年一季度全市法院受理案件逾12万件。",
		"全年化解纠纷超过3000件,涉案标的约5.6亿元。",
		"执行干警下沉乡镇数十次,走访群众上千人。",
		"共接待来访群众二十多人次,调解纠纷十来件。",
		"法官人均结案200件以上,结案率保持在95%左右。",
		"近3年来,全院审结案件不足800件。",
		// ranges are vague (holdout6 700, 702)
		"每个法庭年均办理涉农案件3至5件示范案例。",
		"每名联络员每月走访企业3至 5家。",
		"每名法官每周开庭3-5个。",
		"每个调解室配备调解员三到五名,每月调处纠纷十至二十件。",
		"每场培训10～20人,每期3件至5件案例。",
		"全年开展巡回审判20—30场。",
		// ratios that are names or wording, not figures
		"按照1:1比例配备法官助理。",
		"推行“1:1:N”审判团队模式。",
		"要确保收结案比达到1:1。",
		"会议于下午1:30召开。",
		"收结比为100:98。",
		"收结案比保持在1:1以上。",
		// ranks
		"网络侵权纠纷、著作权纠纷收案数居前两位。",
		"多项指标位居全省前列,结案率排名全市前3名。",
		"审判质效综合排名居全省后10%。",
		// conditions and targets inside an instruction
		"要强化审判管理,紧盯超18个月未结案件,确保年内清结。",
		"会议要求,各基层法院年底前结案率要达到92%,长期未结案件要下降30%。",
		"规范干警八小时内外行为,集中清理一年以上长期未结案件。",
		"确保法定审限内结案率达到98%。",
		"案件须在3个工作日内录入系统,3个季度内完成评查。",
		// a case retold at a meeting: its amounts, sentences, fines and victims (holdout7 800, 809)
		"被告人王某以高额返利为诱饵,骗取62名投资人钱款,涉案金额1200万元。",
		"法院以诈骗罪判处其有期徒刑3年,并处罚金5万元。",
		"会上还通报了一起虚假诉讼案件:当事人刘某伪造借条,虚构借款80万元提起诉讼,被依法处以罚款10万元。",
		"被告人陈某某非法吸收公众存款3600万元,涉及集资参与人415名。",
		"会上,市中院介绍了一起合同诈骗典型案例。被害企业共损失230万元,法院判决返还全部款项。",
		"原告赵某起诉要求被告支付货款45万元。",
		"該案中,被告人林某騙取18名老人養老錢共計300萬元。",
		// numbers inside a facility's or service's name (holdout7 803, 804)
		"24小时自助诉讼服务站实现基层法院全覆盖。",
		"推进24小时法院建设。",
		"群众可拨打12368热线咨询。",
		"开通7天服务窗口。",
		// background counts: honours, attendance lists, sources of selected cases (holdout7 805, 808)
		"近年来,全市两级法院先后有3个集体被最高人民法院评为“基本解决执行难”工作先进集体。",
		"先后有5名法官被省委政法委记个人二等功。",
		"2名法官荣获全国法院办案标兵称号。",
		"荆州区法院、江陵县法院等8个基层法院分管副院长、执行局局长在分会场参加会议。",
		"城关区法院、七里河区法院等5家基层法院院长列席会议。",
		"全市12个基层法院分管院长在分会场参加会议。",
		"最高人民法院发布的涉侨典型案例中,有2件来自泉州法院。",
		"省法院公布的优秀案例中,有4件出自本院。",
		// what the meeting itself produced (holdout9 1004)
		"会议形成倾向性意见5条。",
		"经讨论,会议形成会议纪要2份。",
		"与会人员达成共识3项。",
		"会上,代表委员提出意见建议18条。",
		"审委会形成了4条指导性意见。",
		// counts of those who spoke at the meeting, and counts of courts
		// that scope what follows them
		"一中、二中等6个中院在会上作了发言。",
		"会上,5家成员单位先后作交流汇报。",
		"8个基层法院院长作表态发言。",
		"会上,3名法官作经验介绍。",
		"会上,审管办通报了全市12个基层法院的审判质效情况。",
		"分析了辖区7个人民法庭的收结案情况。",
		// page counters
		"浏览:[ 417 ]次",
		"阅读 2310 次",
		"点击量:1,204 次",
	} {
		if figs := extractAll(in); len(figs) > 0 {
			var got []string
			for _, f := range figs {
				got = append(got, fig(f))
			}
			t.Errorf("%q: got %q, want none", in, got)
		}
	}
}

func TestScope(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"第一季度,三个人民法庭共新收案件612件。", "三个人民法庭"},
		{"上半年,全地区法院受理各类案件2156件。", "全地区法院"},
		{"今年以来,4家基层法院审结案件980件。", "4家基层法院"},
	} {
		figs := extractAll(tt.in)
		if len(figs) != 1 || figs[0].Scope != tt.want {
			var got []string
			for _, f := range figs {
				got = append(got, fig(f)+" scope "+f.Scope)
			}
			t.Errorf("%q: got %q, want one figure with scope %q", tt.in, got, tt.want)
		}
	}
}

func TestSpansInside(t *testing.T) {
	s := "标题\n今年1至7月,全省法院受理案件389861件,同比增加52481件。\n其他内容,审结100件。"
	d := text.New(s)
	within := text.Span{Start: 3, End: d.Paras[1].End}
	figs := Extract(d, within, nil)
	if len(figs) != 1 {
		t.Fatalf("got %d figures, want 1 (the second paragraph is outside within)", len(figs))
	}
	f := figs[0]
	if !within.Contains(f.Span) || d.Slice(f.Span) != "受理案件389861件,同比增加52481件" {
		t.Errorf("span %v = %q", f.Span, d.Slice(f.Span))
	}
	if f.Period != "今年1至7月" || f.Scope != "全省法院" {
		t.Errorf("period %q scope %q", f.Period, f.Scope)
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"今年1至7月,全省法院受理案件389861件,同比增加52481件,上升15.56%。",
		"全市法院共受理案件XX件,比去年同期分别增长XX%和XX%",
		"受理各类案件6560(旧存1429件)审结4847件", "十二万五千件", "全院 | 收案 12,384 件 | 结案率 89.04%\n刑事庭  收案 312 件", "“六个持续”", "第X次", "", "(((",
	} {
		f.Add(s, 0, 1000)
	}
	f.Fuzz(func(t *testing.T, s string, a, b int) {
		d := text.New(s)
		within := text.Span{Start: a, End: b}
		for _, fg := range Extract(d, within, court.Scan(s)) {
			if fg.Span.Start < 0 || fg.Span.End > len(d.Runes) || fg.Span.Start > fg.Span.End {
				t.Fatalf("span %v outside text of %d runes", fg.Span, len(d.Runes))
			}
			if fg.Span.Start < max(a, 0) || fg.Span.End > b {
				t.Fatalf("span %v outside within %v", fg.Span, within)
			}
		}
	})
}

// fv prints an optional number for test messages.
func fv(p *float64) string {
	if p == nil {
		return "nil"
	}
	return strconv.FormatFloat(*p, 'f', -1, 64)
}

// TestTableRows holds table-like lines: cells split by bars or runs of
// spaces, a space between number and unit, the row's first cell its scope.
func TestTableRows(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"bars", "1至11月全院审判执行指标:\n部门 | 收案 | 结案 | 结案率\n全院 | 收案 12,384 件 | 结案 11,027 件 | 结案率 89.04%",
			[]string{"收案=12384件 scope 全院 period 1至11月", "结案=11027件 scope 全院 period 1至11月",
				"结案率=89.04% scope 全院 period 1至11月"}},
		{"spaces", "刑事庭  收案 312 件  结案 298 件\n执行局  执结 1,045 件  执行到位金额 2.3 亿元",
			[]string{"收案=312件 scope 刑事庭 period ", "结案=298件 scope 刑事庭 period ",
				"执结=1045件 scope 执行局 period ", "执行到位金额=2.3亿元 scope 执行局 period "}},
		{"full-width bars, division names", "立案庭｜登记立案 6,120 件｜网上立案率 72.5%\n审管办｜评查案件 240 件",
			[]string{"登记立案=6120件 scope 立案庭 period ", "网上立案率=72.5% scope 立案庭 period ",
				"评查案件=240件 scope 审管办 period "}},
		{"first cell not a scope: scope from the document rules", "2023年上半年,全区法院:\n新收案件 | 8,812 件 | 同比增长 4.1%\n审结案件 7,930 件 | 结案率 90.0%",
			[]string{"新收案件=8812件 rate 4.1 scope  period 2023年上半年", "审结案件=7930件 scope  period 2023年上半年", "结案率=90% scope  period 2023年上半年"}},
		{"a later change-only sentence updates the row", "全院 | 结案率 89.04%\n全院结案率同比提高3.2个百分点。",
			[]string{"结案率=89.04% change 3.2个百分点 scope 全院 period "}},
		{"wide spaces in prose stay prose", "找准目标  全力冲刺,全年审结案件1200件。", []string{"审结案件=1200件 scope  period 全年"}},
	}
	for _, tt := range tests {
		var got []string
		for _, f := range extractAll(tt.in) {
			got = append(got, fig(f)+" scope "+f.Scope+" period "+f.Period)
		}
		if strings.Join(got, "\n") != simp(strings.Join(tt.want, "\n")) {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}
