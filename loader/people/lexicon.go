package people

import "strings"

// Rule data shared by the name, post, role and directive rules. The text
// arrives in simplified script (loader/extract converts it rune for rune
// before extraction), so every lexicon below is written once, in
// simplified script. Matching is done on a folded copy (see fold) whose
// rune offsets agree with the text.

// nameDots are the dots written inside minority names; fold makes them one.
var nameDots = setOf([]rune("·・‧•"))

// fold returns a copy of rs with the bullets of minority names made one
// form and full-width ASCII punctuation made half-width, rune for rune.
func fold(rs []rune) []rune {
	out := make([]rune, len(rs))
	for i, r := range rs {
		if nameDots[r] {
			r = '•'
		}
		switch r {
		case '，':
			r = ','
		case '：':
			r = ':'
		case '；':
			r = ';'
		case '（':
			r = '('
		case '）':
			r = ')'
		case '！':
			r = '!'
		case '？':
			r = '?'
		}
		out[i] = r
	}
	return out
}

// compoundSurnames are two-character surnames (欧阳修, 司马义 …).
var compoundSurnames = strings.Fields(`欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 长孙 宇文 司徒 夏侯 轩辕
	端木 西门 南宫 独孤 百里 呼延 澹台 公冶 太史 申屠 钟离 闻人 赫连 万俟 第五 耶律 完颜 拓跋 单于 闾丘`)

// surnames are single-character surnames, common ones only: rare surnames
// that are also frequent function characters (于 is kept, 上 and 会 are not)
// would turn ordinary words into names.
var surnames = setOf([]rune(`王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余杜叶程苏魏
	吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤
	常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗
	谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景宫费卜冷晏
	席卫米柏宗瞿桂佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁
	胥南班储原栗燕楼鄢邸狄满闻宿花索晋钮蔺揭皮阎丰于谌嵇井荀区泽竺秘郦尉訾雍寿隆冼朴茅洪粟禹卿`))

// posts is the post lexicon: court posts, party posts inside courts and the
// heads of other posts. Longer entries win over their suffixes (副院长 over
// 院长). Written in simplified script; matched on folded text.
var posts = strings.Fields(`
	院长 副院长 常务副院长 代院长 代理院长 名誉院长 院长助理
	党组书记 党组副书记 分党组书记 分党组副书记 党组成员 分党组成员 党组纪检组长 机关党委书记 党委书记 党委副书记
	审判委员会专职委员 审判委员会委员 审委会专职委员 审委会委员 专职审判委员会委员 专职审委会委员 专职审委 专委
	政治部主任 政治部副主任 执行局局长 执行局副局长 执行局长 执行副局长 办公室主任 办公室副主任 研究室主任 审管办主任
	庭长 副庭长 审判长 纪检组长 纪检组组长 纪检监察组组长 纪检监察组副组长 督察长
	一级高级法官 二级高级法官 三级高级法官 四级高级法官 一级巡视员 二级巡视员 一级调研员 二级调研员 三级调研员 四级调研员
	巡视员 副巡视员 调研员 副调研员
	书记 副书记 政法书记 主席 副主席 主任 副主任 所长 副所长 局长 副局长 部长 副部长 处长 副处长 科长 副科长
	检察长 副检察长 厅长 副厅长 队长 副队长 镇长 乡长 县长 副县长 市长 副市长 区长 副区长 省长 副省长
	常委 委员 负责人 组长 副组长 秘书长 副秘书长 主任委员 会长 副会长 理事长 社长 总经理 董事长 经理 副经理
	审判管理办公室主任 审判管理办公室副主任 研究室副主任 审管办副主任 机关党委副书记
	行长 副行长 关长 副关长 署长 副署长 旗长 副旗长 盟长 副盟长 州长 副州长 副镇长 副乡长
	副理事长 副董事长 副总经理 副社长 校长 副校长 教授 副教授 研究员 副研究员 站长 副站长 馆长 副馆长 主委 副主委 政委 副政委
	总队长 副总队长 支队长 副支队长 大队长 副大队长 常务委员 党委委员 党组副组长
	人大代表 政协委员 理事 常务理事 监事 监事长 副监事长`)

// postWordStarts are runes that, before a post, make its first rune the end
// of an ordinary word rather than the start of the post: 管理|事务,
// 办理|事项, 受理|事宜 hold no 理事.
var postWordStarts = map[string]map[rune]bool{
	"理事": setOf([]rune("管处办治代料清审受协助总经整梳护修调打物道合心")),
	"监事": setOf([]rune("总")),
}

// deputyPosts are seats in a people's congress or a political consultative
// conference; the locality written before them belongs to the title
// (市人大代表何淑芬, 全国政协委员…).
var deputyPosts = strings.Fields("人大代表 政协委员")

// executivePrefix may stand before any 副 post (常务副市长, 常务副主任,
// 常务副行长); postEndingAt reads it as part of the post.
const executivePrefix = "常务"

// courtPosts are posts that only a court's staff hold: a person given one of
// them with no court written belongs to the host court.
var courtPosts = setOfStrings(strings.Fields(`
	院长 副院长 常务副院长 代院长 代理院长 名誉院长 院长助理 党组书记 党组副书记 分党组书记 分党组副书记 党组成员 分党组成员
	党组纪检组长 审判委员会专职委员 审判委员会委员 审委会专职委员 审委会委员 专职审判委员会委员 专职审委会委员 专职审委 专委
	政治部主任 政治部副主任 执行局局长 执行局副局长 执行局长 执行副局长 审管办主任 庭长 副庭长 审判长 纪检组长 纪检组组长 纪检监察组组长
	纪检监察组副组长 督察长 一级高级法官 二级高级法官 三级高级法官 四级高级法官
	审判管理办公室主任 审判管理办公室副主任 研究室主任 研究室副主任 审管办副主任 机关党委书记 机关党委副书记`))

// courtDeptEndings end the name of a court's own department; a title made
// of such a department and a head post is a court post (立案庭庭长,
// 刑一庭副庭长, 环境资源审判庭庭长, 审判管理办公室主任, 司法警察支队支队长).
var courtDeptEndings = strings.Fields(`庭 团队 办公室 审管办 室 局 处 科 部 委员会 机关党委 总队 支队 大队`)

// deptHeads are the posts that head a department (…庭|庭长, …办公室|主任).
var deptHeads = strings.Fields(`庭长 副庭长 局长 副局长 主任 副主任 处长 副处长 科长 副科长 部长 副部长 书记 副书记
	负责人 总队长 副总队长 支队长 副支队长 大队长 副大队长 政委`)

// localityStarts open the name of a local government body (市人社局,
// 县财政局), never a court department written after its court.
var localityStarts = setOf([]rune("省市县区州盟旗乡镇村"))

// localityHeads head a locality's government; the locality written before
// them belongs to the title (宜春市市长, 自治旗旗长, 某某县副县长).
var localityHeads = strings.Fields(`省长 市长 县长 区长 旗长 盟长 州长 镇长 乡长`)

// deptLeads are post heads that begin with a department (办公室主任,
// 研究室主任): a modifier written before them belongs to the department
// (审判管理|办公室主任).
var deptLeads = strings.Fields(`办公室 研究室 执行局 政治部 审管办 机关党委`)

// unitCutWords are verbs after which a unit name cannot go on leftwards
// (听取|审判管理办公室主任…的汇报).
var unitCutWords = strings.Fields(`听取 邀请 宣布 召集 组织 安排 会同 陪同 主持 介绍 通报 的有 还有 包括 人员有 领导有`)

// abbreviations maps short forms of a post to the full posts they stand for:
// a later 王彦凯专委 adds nothing to 审判委员会专职委员.
var abbreviations = map[string][]string{
	"专委":   {"审判委员会专职委员", "审委会专职委员", "专职审判委员会委员", "专职审委会委员"},
	"专职审委": {"审判委员会专职委员", "审委会专职委员", "专职审判委员会委员", "专职审委会委员"},
}

// unitSuffixes end the name of a unit that may stand before a generic post
// head and belongs to the title as written (知识产权审判庭负责人,
// 新狮街道司法所所长, 站前社区书记, 第一中学校长, 市第一人民医院院长).
var unitSuffixes = strings.Fields(`庭 局 部 室 处 办 科 所 队 委 街道 社区 人大 政协 政府 党委 中心 组 会 检察院 公司 学校 大学 银行 村 镇 乡 厅 站 团 支部 总队 支队 大队 协会
	分行 支行 总局 分局 海关 学院 研究院 馆 中学 小学 医院 幼儿园 集团 事务所 工商联 妇联 侨联 残联 文联 科协 团委`)

// nonCourtMarkers in a title mark a post outside the courts.
var nonCourtMarkers = strings.Fields(`检察 公安 政府 人大 政协 街道 社区 司法所 司法局 司法厅 党委 市委 县委 区委 省委 州委 政法委 镇 乡 村 公司 银行 支行 分行 协会 学校 大学 中学 小学 医院 幼儿园 集团 工商联 妇联 侨联 残联 文联 科协 团委 监管 海关 律师 税务 财政 人社 卫健 住建`)

func setOf(rs []rune) map[rune]bool {
	m := map[rune]bool{}
	for _, r := range rs {
		if r > ' ' {
			m[r] = true
		}
	}
	return m
}

func setOfStrings(ss []string) map[string]bool {
	m := make(map[string]bool, len(ss))
	for _, s := range ss {
		m[s] = true
	}
	return m
}

// hasPrefixAt reports whether rs[i:] starts with s.
func hasPrefixAt(rs []rune, i int, s string) bool {
	for _, r := range s {
		if i >= len(rs) || rs[i] != r {
			return false
		}
		i++
	}
	return true
}

// hasSuffixAt reports whether rs[:i] ends with s.
func hasSuffixAt(rs []rune, i int, s string) bool {
	n := len([]rune(s))
	return i-n >= 0 && hasPrefixAt(rs, i-n, s)
}

func isHan(r rune) bool {
	return r >= 0x3400 && r <= 0x9fff || r >= 0xf900 && r <= 0xfaff
}
