package extract

// Test data of the variant generator (variant_gen_test.go): name parts, real
// places, what each source document says where, and page noise. Everything
// here is invented or public-geography test data; no rule of the extractor
// may use it.

// surnames and given-name characters make new speaker names: 2-, 3- and
// 4-character names, with compound surnames among them.
var (
	surnames = []string{"王", "李", "赵", "刘", "陈", "杨", "黄", "吴", "徐", "孙", "朱", "郭", "马",
		"罗", "梁", "宋", "郑", "谢", "韩", "冯", "董", "曹", "袁", "邓", "许", "沈", "曾", "彭", "吕", "苏",
		"卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "潘", "杜", "戴", "钟", "汪", "田", "任", "姜", "范",
		"方", "石", "姚", "谭", "廖", "邹", "熊", "陆", "郝", "孔", "崔", "毛", "邱", "秦", "顾", "侯", "邵",
		"龙", "段", "雷", "钱", "汤", "尹", "黎", "易", "常", "乔", "赖", "龚", "覃", "凌", "柏", "岳"}
	compoundSurnames = []string{"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "尉迟"}
	givenChars       = []rune("伟芳娜敏静丽磊军洋艳杰涛超秀霞刚桂英玉兰红辉鹏飞志宏峰春雪斌波俊琳晨晓蕾毅颖凯彬鑫怡婷欣浩宇航璐瑶倩锋剑彤")
	// transliterated names written with a separator dot, like 肉孜•司马义 (dev 209)
	dottedNames = [][2]string{{"艾力", "吐尔逊"}, {"买买提", "艾则孜"}, {"阿不都", "热合曼"}, {"热依拉", "吾守尔"}, {"努尔", "卡德尔"}}
	nameDots    = []string{"•", "·"}
	// posts written after a bare surname (胡院长要求, dev 202)
	surnamePosts = []string{"院长", "副院长", "庭长", "书记", "主任", "同志", "专委"}
)

// region is a real province with real cities, city districts, counties and a
// county-level city, all given without their suffix (市, 区, 县).
type region struct {
	short, full  string
	cities       []string
	districts    []string
	counties     []string
	countyCities []string
}

var regions = []region{
	{"四川", "四川省", []string{"成都", "绵阳", "德阳", "宜宾"}, []string{"武侯", "青羊"}, []string{"金堂", "大邑", "蒲江", "三台"}, []string{"都江堰"}},
	{"贵州", "贵州省", []string{"贵阳", "遵义", "安顺", "六盘水"}, []string{"南明", "云岩"}, []string{"开阳", "息烽", "修文", "绥阳"}, []string{"清镇"}},
	{"黑龙江", "黑龙江省", []string{"哈尔滨", "齐齐哈尔", "牡丹江", "佳木斯"}, []string{"道里", "南岗"}, []string{"依兰", "方正", "宾", "木兰"}, []string{"尚志"}},
	{"广西", "广西壮族自治区", []string{"南宁", "柳州", "桂林", "梧州"}, []string{"青秀", "兴宁"}, []string{"隆安", "马山", "上林", "宾阳"}, []string{"荔浦"}},
	{"河南", "河南省", []string{"郑州", "洛阳", "开封", "新乡"}, []string{"金水", "二七"}, []string{"中牟", "兰考", "通许", "尉氏"}, []string{"新郑"}},
	{"浙江", "浙江省", []string{"杭州", "宁波", "温州", "绍兴"}, []string{"西湖", "上城"}, []string{"桐庐", "淳安", "象山", "宁海"}, []string{"建德"}},
	{"山东", "山东省", []string{"济南", "青岛", "烟台", "潍坊"}, []string{"历下", "槐荫"}, []string{"平阴", "商河", "利津", "沂水"}, []string{"胶州"}},
	{"湖南", "湖南省", []string{"长沙", "株洲", "湘潭", "衡阳"}, []string{"岳麓", "芙蓉"}, []string{"茶陵", "炎陵", "衡山", "衡东"}, []string{"醴陵"}},
	{"宁夏", "宁夏回族自治区", []string{"银川", "石嘴山", "吴忠", "固原"}, []string{"兴庆", "金凤"}, []string{"永宁", "贺兰", "平罗", "盐池"}, []string{"灵武"}},
	{"江西", "江西省", []string{"南昌", "九江", "赣州", "上饶"}, []string{"东湖", "青山湖"}, []string{"进贤", "安义", "武宁", "修水"}, []string{"瑞昌"}},
}

// slot is a place name as a document writes it and what replaces it: the
// region's value of kind at idx, plus suffix.
type slot struct {
	old    string
	kind   string // provFull, prov, city, district, county, countyCity
	idx    int
	suffix string
}

// docSpec says where a source document names its places and dates.
type docSpec struct {
	places []slot
	// alts are fixed replacement sets for documents whose courts are not
	// ordinary (an autonomous county, a league-level city): old, new, old, new…
	alts [][]string
	// meet is the meeting date as written, read with meetLayout (a Go time
	// layout such as "1月2日"); "" when the text gives none.
	meet, meetLayout string
	// pub is the publication date in the page header, read with pubLayout.
	pub, pubLayout string
}

const (
	md  = "1月2日"
	iso = "2006-01-02"
)

var docSpecs = map[string]docSpec{
	"000_54217dd4817d8caf.txt": {places: []slot{{"云南省", "provFull", 0, ""}, {"云南", "prov", 0, ""}, {"昆明", "city", 0, ""},
		{"红河", "city", 1, ""}, {"玉溪", "city", 2, ""}, {"官渡", "district", 0, ""}, {"元阳", "county", 0, ""}, {"大理", "countyCity", 0, ""}},
		meet: "8月10日", meetLayout: md, pub: "16.08.2017", pubLayout: "02.01.2006"},
	"001_80964d172dcf5b76.txt": {places: []slot{{"甘肃", "prov", 0, ""}, {"陇南", "city", 0, ""}, {"武都", "district", 0, ""}},
		meet: "10月16日", meetLayout: md},
	"002_aa5bf18b57440218.txt": {},
	"003_3a53edf0c006dba0.txt": {places: []slot{{"辽宁", "prov", 0, ""}, {"本溪县", "county", 1, "县"}, {"本溪", "city", 0, ""},
		{"阜新", "city", 1, ""}, {"朝阳", "city", 2, ""}, {"桓仁", "county", 0, ""}, {"阜蒙", "county", 2, ""}, {"彰武", "county", 3, ""},
		{"龙城", "district", 0, ""}}, meet: "8月20日", meetLayout: md, pub: "2022-09-05", pubLayout: iso},
	"004_7b31a25cd35ccddf.txt":                     {places: []slot{{"湛江", "city", 0, ""}}, meet: "3月1日", meetLayout: md, pub: "2021-03-03", pubLayout: iso},
	"200_beihai-haishi-2017-dangzu.txt":            {meet: "11月14日", meetLayout: md},
	"201_haikou-zhichan-haishi-2022-zuotanhui.txt": {meet: "2022年3月11日", meetLayout: "2006年1月2日", pub: "2022-03-16", pubLayout: iso},
	"202_qiqihar-tielu-2016-gongzuo-huiyi.txt":     {meet: "3月3日", meetLayout: md},
	"203_guangzhou-hulianwang-2018-zujian.txt":     {meet: "9月21日", meetLayout: md, pub: "2018-09-21", pubLayout: iso},
	"204_shanghai-jinrong-2025-lianxi-huiyi.txt":   {meet: "12月9日", meetLayout: md},
	"205_chengde-2022-fating-tuijinhui.txt":        {places: []slot{{"承德", "city", 0, ""}}, meet: "3月1日", meetLayout: md},
	"206_datong-qinghai-2022-zhixiao-fenxihui.txt": {alts: [][]string{
		{"大通回族土族自治县", "互助土族自治县", "大通", "互助"},
		{"大通回族土族自治县", "民和回族土族自治县", "大通", "民和"}},
		meet: "10月20", meetLayout: "1月2", pub: "2022-10-24", pubLayout: iso},
	"207_wucheng-2015-zuotan-trad.txt": {places: []slot{{"金华", "city", 0, ""}, {"婺城", "district", 0, ""}},
		meet: "5月28日", meetLayout: md},
	"208_spc-2023-quanguo-fayuan-gongzuo-huiyi.txt": {meet: "1月6日", meetLayout: md},
	"209_xinjiang-2010-dangzu-kuoda.txt":            {pub: "2010-06-17", pubLayout: iso},
	"210_lengshuijiang-2024-diaoduhui.txt":          {places: []slot{{"冷水江", "countyCity", 0, ""}}, meet: "6月18日", meetLayout: md},
	"211_neimenggu-2024-zhichan-diaoyanhui.txt":     {alts: [][]string{{"鄂尔多斯", "赤峰"}, {"鄂尔多斯", "通辽"}}, meet: "2024年1月5日", meetLayout: "2006年1月2日", pub: "2024-01-08", pubLayout: iso},
	"212_xizang-2015-xinfang-dianshi-dianhua.txt":   {meet: "12月29日", meetLayout: md},
	"213_shaanxi-2014-zhongyuan-zuotanhui.txt":      {places: []slot{{"陕西省", "provFull", 0, ""}, {"陕西", "prov", 0, ""}, {"富县", "county", 0, "县"}}, meet: "7月27日", meetLayout: md},
	"214_jilin-chuanying-2013-dangzu-kuoda.txt":     {places: []slot{{"吉林", "city", 0, ""}, {"船营", "district", 0, ""}}},
}

// Page noise: none of it may change what is extracted.
var (
	noiseCrumbs = []string{"当前位置:首页 > 新闻中心 > 法院动态", "您现在的位置: 首页 >> 审判动态 >> 正文", "首页 | 法院概况 | 审判执行 | 司法公开 | 队伍建设 | 联系我们"}
	noiseBars   = []string{"分享到: 微信 微博 QQ空间 【打印】【关闭】", "【字体:大 中 小】 【打印本页】 【关闭窗口】", "字号: | | 打印 收藏"}
	noiseViews  = []string{"浏览次数:%d", "阅读量:%d", "已浏览:%d次"}
	noiseCaps   = []string{"(图为会议现场)", "图为会议现场。", "▲会议现场"}
	noiseFoot   = []string{"版权所有 © 法院网 未经授权禁止转载", "ICP备%08d号-1", "地址:人民路%d号 邮编:%06d 电话:0%d-%d",
		"上一篇:法院开展“宪法宣传周”普法活动  下一篇:法院举办新录用人员业务培训班", "【关闭窗口】【返回顶部】"}
)
