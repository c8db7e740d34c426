package court

import (
	"strings"
	"testing"

	"courtql/model"
)

const (
	spc = "最高人民法院"
	H   = model.LevelHigh
	I   = model.LevelIntermediate
	B   = model.LevelBasic
	T   = model.LevelTribunal
	S   = model.LevelSpecialized
)

// formCases: a court form in a sentence (with the context it needs) and the
// court it must resolve to. Rows from the seeds and dev documents first, then
// invented forms from other provinces, then past bugs.
var formCases = []struct {
	name, text, form string
	want             Court
}{
	// Seeds and dev documents.
	{"province short high", "云南高院召开全省中级法院院长座谈会", "云南高院", Court{"云南省高级人民法院", H, "云南省", "", spc, nil}},
	{"省高院 in context", "8月10日,云南高院召开座谈会。省高院党组书记张学群讲话", "省高院", Court{"云南省高级人民法院", H, "云南省", "", spc, nil}},
	{"最高法院", "将中央、最高法院的决策部署贯彻到全省法院", "最高法院", Court{spc, model.LevelSupreme, "", "", "", nil}},
	{"最高院", "中央和省委、市委、最高院的部署", "最高院", Court{spc, model.LevelSupreme, "", "", "", nil}},
	{"最高法", "最高法发布典型案例", "最高法", Court{spc, model.LevelSupreme, "", "", "", nil}},
	{"全州县 with its suffix", "全州县法院院长张某作交流发言", "全州县法院", Court{"全州县人民法院", model.LevelBasic, "广西壮族自治区", "桂林市", "桂林市中级人民法院", nil}},
	{"district full", "昆明市官渡区人民法院院长晏晖发言", "昆明市官渡区人民法院", Court{"昆明市官渡区人民法院", B, "云南省", "昆明市", "昆明市中级人民法院", nil}},
	{"county short", "云南高院召开会议。元阳县法院院长李永明介绍", "元阳县法院", Court{"元阳县人民法院", B, "云南省", "红河哈尼族彝族自治州", "红河哈尼族彝族自治州中级人民法院", nil}},
	{"county-level city", "大理市法院院长张宁发言", "大理市法院", Court{"大理市人民法院", B, "云南省", "大理白族自治州", "大理白族自治州中级人民法院", nil}},
	{"甘肃高院", "甘肃高院召开全省法院会议", "甘肃高院", Court{"甘肃省高级人民法院", H, "甘肃省", "", spc, nil}},
	{"city intermediate full", "陇南市中级人民法院院长发言", "陇南市中级人民法院", Court{"陇南市中级人民法院", I, "甘肃省", "陇南市", "甘肃省高级人民法院", nil}},
	{"辽宁高院", "辽宁高院召开会议", "辽宁高院", Court{"辽宁省高级人民法院", H, "辽宁省", "", spc, nil}},
	{"city short intermediate", "本溪中院在省法院的指导下", "本溪中院", Court{"本溪市中级人民法院", I, "辽宁省", "本溪市", "辽宁省高级人民法院", nil}},
	{"省法院", "辽宁高院部署。本溪中院在省法院的指导下", "省法院", Court{"辽宁省高级人民法院", H, "辽宁省", "", spc, nil}},
	{"autonomous county short", "下图:桓仁县法院华来法庭", "桓仁县法院", Court{"桓仁满族自治县人民法院", B, "辽宁省", "本溪市", "本溪市中级人民法院", nil}},
	{"tribunal after its court", "下图:桓仁县法院华来法庭", "华来法庭", Court{"桓仁满族自治县人民法院华来人民法庭", T, "辽宁省", "本溪市", "桓仁满族自治县人民法院", nil}},
	{"autonomous county with 自治县 and no peoples", "普定县法院、关岭自治县法院作表态发言", "关岭自治县法院", Court{"关岭布依族苗族自治县人民法院", B, "贵州省", "安顺市", "安顺市中级人民法院", nil}},
	{"autonomous county abbreviation", "一行到阜蒙县法院王府人民法庭调研", "阜蒙县法院", Court{"阜新蒙古族自治县人民法院", B, "辽宁省", "阜新市", "阜新市中级人民法院", nil}},
	{"人民法庭 after its court", "一行到阜蒙县法院王府人民法庭调研", "王府人民法庭", Court{"阜新蒙古族自治县人民法院王府人民法庭", T, "辽宁省", "阜新市", "阜新蒙古族自治县人民法院", nil}},
	{"ambiguous district in context", "朝阳中院党组到龙城区法院调研", "龙城区法院", Court{"朝阳市龙城区人民法院", B, "辽宁省", "朝阳市", "朝阳市中级人民法院", nil}},
	{"省院", "辽宁高院部署。按照省院要求设定", "省院", Court{"辽宁省高级人民法院", H, "辽宁省", "", spc, nil}},
	{"湛江中院", "湛江中院召开全市法院工作会议", "湛江中院", Court{"湛江市中级人民法院", I, "广东省", "湛江市", "广东省高级人民法院", nil}},
	{"市中院 in context", "湛江中院召开会议。要以市中院为龙头", "市中院", Court{"湛江市中级人民法院", I, "广东省", "湛江市", "广东省高级人民法院", nil}},
	{"海口中院", "强化与海口中院的协作", "海口中院", Court{"海口市中级人民法院", I, "海南省", "海口市", "海南省高级人民法院", nil}},
	{"maritime", "北海海事法院党组召开扩大会议", "北海海事法院", Court{"北海海事法院", S, "广西壮族自治区", "北海市", "广西壮族自治区高级人民法院", nil}},
	{"自治区高院 in context", "北海海事法院党组传达自治区高院会议精神", "自治区高院", Court{"广西壮族自治区高级人民法院", H, "广西壮族自治区", "", spc, nil}},
	{"free-trade-port IP court", "海南自贸港知识产权法院参加座谈", "海南自贸港知识产权法院", Court{"海南自由贸易港知识产权法院", S, "海南省", "", "海南省高级人民法院", nil}},
	{"海口海事法院", "海口海事法院参加座谈", "海口海事法院", Court{"海口海事法院", S, "海南省", "海口市", "海南省高级人民法院", nil}},
	{"railway abbreviation", "3月3日,齐铁法院召开工作会议", "齐铁法院", Court{"齐齐哈尔铁路运输法院", S, "黑龙江省", "齐齐哈尔市", "", nil}},
	{"railway intermediate abbreviation", "齐铁法院传达哈铁中院通知", "哈铁中院", Court{"哈尔滨铁路运输中级法院", S, "黑龙江省", "哈尔滨市", "黑龙江省高级人民法院", nil}},
	{"internet court", "市中院召开广州互联网法院首批组建人员会议", "广州互联网法院", Court{"广州互联网法院", S, "广东省", "广州市", "广州市中级人民法院", nil}},
	{"市中院 from a specialised court", "市中院召开广州互联网法院首批组建人员会议", "市中院", Court{"广州市中级人民法院", I, "广东省", "广州市", "广东省高级人民法院", nil}},
	{"financial court", "上海金融法院召开联席会议", "上海金融法院", Court{"上海金融法院", S, "上海市", "", "上海市高级人民法院", nil}},
	{"承德中院", "承德中院召开全市法院人民法庭工作推进会", "承德中院", Court{"承德市中级人民法院", I, "河北省", "承德市", "河北省高级人民法院", nil}},
	{"bare county short, tie to the county", "10月20下午大通法院召开分析会", "大通法院", Court{"大通回族土族自治县人民法院", B, "青海省", "西宁市", "西宁市中级人民法院", nil}},
	{"traditional intermediate", "5月28日,金華中院黃美園副院長一行到婺城法院檢查", "金華中院", Court{"金华市中级人民法院", I, "浙江省", "金华市", "浙江省高级人民法院", nil}},
	{"traditional district short", "5月28日,金華中院黃美園副院長一行到婺城法院檢查", "婺城法院", Court{"金华市婺城区人民法院", B, "浙江省", "金华市", "金华市中级人民法院", nil}},
	{"traditional tribunal", "到婺城法院檢查,參觀了婺北法庭的辦公場所", "婺北法庭", Court{"金华市婺城区人民法院婺北人民法庭", T, "浙江省", "金华市", "金华市婺城区人民法院", nil}},
	{"新疆高院", "日前,新疆高院召开党组扩大会", "新疆高院", Court{"新疆维吾尔自治区高级人民法院", H, "新疆维吾尔自治区", "", spc, nil}},
	{"autonomous region full", "新疆维吾尔自治区高级人民法院党组", "新疆维吾尔自治区高级人民法院", Court{"新疆维吾尔自治区高级人民法院", H, "新疆维吾尔自治区", "", spc, nil}},
	{"county-level city full", "冷水江市人民法院召开调度会", "冷水江市人民法院", Court{"冷水江市人民法院", B, "湖南省", "娄底市", "娄底市中级人民法院", nil}},
	{"内蒙古高院", "内蒙古高院召开调研会", "内蒙古高院", Court{"内蒙古自治区高级人民法院", H, "内蒙古自治区", "", spc, nil}},
	{"city with 市 and 中院", "鄂尔多斯市中院副院长致辞", "鄂尔多斯市中院", Court{"鄂尔多斯市中级人民法院", I, "内蒙古自治区", "鄂尔多斯市", "内蒙古自治区高级人民法院", nil}},
	{"bare 自治区高级人民法院", "对进一步推动西藏法院工作。自治区高级人民法院召开会议", "自治区高级人民法院", Court{"西藏自治区高级人民法院", H, "西藏自治区", "", spc, nil}},
	{"province then county", "周强院长参加陕西富县法院的活动", "陕西富县法院", Court{"富县人民法院", B, "陕西省", "延安市", "延安市中级人民法院", nil}},
	{"district of a same-named city", "吉林市船营区人民法院召开党组会议", "吉林市船营区人民法院", Court{"吉林市船营区人民法院", B, "吉林省", "吉林市", "吉林市中级人民法院", nil}},

	// Invented forms from other provinces.
	{"traditional full intermediate", "廣州市中級人民法院召開會議", "廣州市中級人民法院", Court{"广州市中级人民法院", I, "广东省", "广州市", "广东省高级人民法院", nil}},
	{"numbered intermediate", "北京市第一中级人民法院召开会议", "北京市第一中级人民法院", Court{"北京市第一中级人民法院", I, "北京市", "", "北京市高级人民法院", nil}},
	{"numbered short", "上海二中院召开会议", "上海二中院", Court{"上海市第二中级人民法院", I, "上海市", "", "上海市高级人民法院", nil}},
	{"市N中院 in a municipality", "上海市高级人民法院部署,市一中院落实", "市一中院", Court{"上海市第一中级人民法院", I, "上海市", "", "上海市高级人民法院", nil}},
	{"Hainan numbered", "海南第一中级人民法院召开会议", "海南第一中级人民法院", Court{"海南省第一中级人民法院", I, "海南省", "", "海南省高级人民法院", nil}},
	{"autonomous prefecture 州中院", "延边州中院召开会议", "延边州中院", Court{"延边朝鲜族自治州中级人民法院", I, "吉林省", "延边朝鲜族自治州", "吉林省高级人民法院", nil}},
	{"autonomous prefecture short", "延边中院召开会议", "延边中院", Court{"延边朝鲜族自治州中级人民法院", I, "吉林省", "延边朝鲜族自治州", "吉林省高级人民法院", nil}},
	{"bare 州中院", "延边朝鲜族自治州召开会议,州中院院长出席", "州中院", Court{"延边朝鲜族自治州中级人民法院", I, "吉林省", "延边朝鲜族自治州", "吉林省高级人民法院", nil}},
	{"恩施州中院", "恩施州中院召开会议", "恩施州中院", Court{"恩施土家族苗族自治州中级人民法院", I, "湖北省", "恩施土家族苗族自治州", "湖北省高级人民法院", nil}},
	{"prefecture", "阿克苏地区中级人民法院召开会议", "阿克苏地区中级人民法院", Court{"阿克苏地区中级人民法院", I, "新疆维吾尔自治区", "阿克苏地区", "新疆维吾尔自治区高级人民法院", nil}},
	{"league", "兴安盟中院召开会议", "兴安盟中院", Court{"兴安盟中级人民法院", I, "内蒙古自治区", "兴安盟", "内蒙古自治区高级人民法院", nil}},
	{"广西高院", "广西高院召开会议", "广西高院", Court{"广西壮族自治区高级人民法院", H, "广西壮族自治区", "", spc, nil}},
	{"区高院", "宁夏高院部署后,区高院又召开会议", "区高院", Court{"宁夏回族自治区高级人民法院", H, "宁夏回族自治区", "", spc, nil}},
	{"ambiguous district resolved by city", "兰州市召开会议,城关法院参加", "城关法院", Court{"兰州市城关区人民法院", B, "甘肃省", "兰州市", "兰州市中级人民法院", nil}},
	{"municipal district", "北京市朝阳区人民法院召开会议", "北京市朝阳区人民法院", Court{"北京市朝阳区人民法院", B, "北京市", "", "", nil}},
	{"municipal district short", "北京高院部署,朝阳法院落实", "朝阳法院", Court{"北京市朝阳区人民法院", B, "北京市", "", "", nil}},
	{"杭州互联网法院", "杭州互联网法院召开会议", "杭州互联网法院", Court{"杭州互联网法院", S, "浙江省", "杭州市", "杭州市中级人民法院", nil}},
	{"北京知识产权法院", "北京知识产权法院召开会议", "北京知识产权法院", Court{"北京知识产权法院", S, "北京市", "", "北京市高级人民法院", nil}},
	{"railway intermediate full", "哈尔滨铁路运输中级法院召开会议", "哈尔滨铁路运输中级法院", Court{"哈尔滨铁路运输中级法院", S, "黑龙江省", "哈尔滨市", "黑龙江省高级人民法院", nil}},
	{"military", "中国人民解放军南部战区军事法院召开会议", "中国人民解放军南部战区军事法院", Court{"中国人民解放军南部战区军事法院", S, "", "", "", nil}},
	{"成渝金融法院", "成渝金融法院召开会议", "成渝金融法院", Court{"成渝金融法院", S, "重庆市", "", "重庆市高级人民法院", nil}},
	{"many peoples", "双江县法院召开会议", "双江县法院", Court{"双江拉祜族佤族布朗族傣族自治县人民法院", B, "云南省", "临沧市", "临沧市中级人民法院", nil}},
	{"X省法院", "云南省法院系统召开会议", "云南省法院", Court{"云南省高级人民法院", H, "云南省", "", spc, nil}},
	{"traditional high", "臺灣同胞參訪廣東高院", "廣東高院", Court{"广东省高级人民法院", H, "广东省", "", spc, nil}},
	{"bare 中院 with one intermediate court", "金華中院部署。三是加強中院與基層的聯繫", "中院", Court{"金华市中级人民法院", I, "浙江省", "金华市", "浙江省高级人民法院", nil}},
	{"banner", "达拉特旗法院召开会议", "达拉特旗法院", Court{"达拉特旗人民法院", B, "内蒙古自治区", "鄂尔多斯市", "鄂尔多斯市中级人民法院", nil}},
	{"province city district chain", "云南省昆明市官渡区人民法院召开会议", "云南省昆明市官渡区人民法院", Court{"昆明市官渡区人民法院", B, "云南省", "昆明市", "昆明市中级人民法院", nil}},
	{"bare 中院 as a basic court's parent", "婺城法院召开会议,中院领导出席", "中院", Court{"金华市中级人民法院", I, "浙江省", "金华市", "浙江省高级人民法院", nil}},
	{"same short name in context", "青海高院部署。大通法院召开会议", "大通法院", Court{"大通回族土族自治县人民法院", B, "青海省", "西宁市", "西宁市中级人民法院", nil}},
	{"district in other province's context", "安徽高院部署。大通区法院召开会议", "大通区法院", Court{"淮南市大通区人民法院", B, "安徽省", "淮南市", "淮南市中级人民法院", nil}},
	{"tribunal after lead word", "院长到城关镇召开会议后走访了龙泉人民法庭", "龙泉人民法庭", Court{"龙泉人民法庭", T, "", "", "", nil}},

	// 兵团 courts and zone courts (invented).
	{"兵团分院 full", "各高级人民法院、新疆维吾尔自治区高级人民法院生产建设兵团分院设分会场", "新疆维吾尔自治区高级人民法院生产建设兵团分院", Court{"新疆维吾尔自治区高级人民法院生产建设兵团分院", H, "新疆维吾尔自治区", "", "新疆维吾尔自治区高级人民法院", nil}},
	{"兵团分院 short", "新疆高院兵团分院副院长出席会议", "新疆高院兵团分院", Court{"新疆维吾尔自治区高级人民法院生产建设兵团分院", H, "新疆维吾尔自治区", "", "新疆维吾尔自治区高级人民法院", nil}},
	{"兵团分院 bare", "会上,兵团分院作交流发言", "兵团分院", Court{"新疆维吾尔自治区高级人民法院生产建设兵团分院", H, "新疆维吾尔自治区", "", "新疆维吾尔自治区高级人民法院", nil}},
	{"兵团 division court", "新疆生产建设兵团第八师中级人民法院院长作交流发言", "新疆生产建设兵团第八师中级人民法院", Court{"新疆生产建设兵团第八师中级人民法院", I, "新疆维吾尔自治区", "", "新疆维吾尔自治区高级人民法院生产建设兵团分院", nil}},
	{"兵团 division short", "会上,兵团十三师中院介绍经验", "兵团十三师中院", Court{"新疆生产建设兵团第十三师中级人民法院", I, "新疆维吾尔自治区", "", "新疆维吾尔自治区高级人民法院生产建设兵团分院", nil}},
	{"cooperation zone court", "深圳前海合作区人民法院院长梁某作经验分享", "深圳前海合作区人民法院", Court{"深圳前海合作区人民法院", B, "广东省", "深圳市", "深圳市中级人民法院", nil}},
	{"cooperation zone traditional", "會上,深圳前海合作區人民法院院長作經驗分享", "深圳前海合作區人民法院", Court{"深圳前海合作区人民法院", B, "广东省", "深圳市", "深圳市中级人民法院", nil}},
	{"industrial park court", "苏州工业园区人民法院召开会议", "苏州工业园区人民法院", Court{"苏州工业园区人民法院", B, "江苏省", "苏州市", "苏州市中级人民法院", nil}},
	{"new area court", "会上,南京江北新区人民法院作交流发言", "南京江北新区人民法院", Court{"南京江北新区人民法院", B, "江苏省", "南京市", "南京市中级人民法院", nil}},
	{"development zone court", "大连经济技术开发区人民法院院长发言", "大连经济技术开发区人民法院", Court{"大连经济技术开发区人民法院", B, "辽宁省", "大连市", "大连市中级人民法院", nil}},
	{"zone court with context city", "重庆市高级人民法院部署,两江新区人民法院落实", "两江新区人民法院", Court{"重庆两江新区人民法院", B, "重庆市", "", "", nil}},
	{"gazetteer new area stays a district", "上海市浦东新区人民法院召开会议", "上海市浦东新区人民法院", Court{"上海市浦东新区人民法院", B, "上海市", "", "", nil}},
	// Circuit tribunals of the supreme court are the supreme court (like a division).
	{"circuit tribunal after the supreme court", "最高人民法院第三巡回法庭在南京召开座谈会", "第三巡回法庭", Court{spc, model.LevelSupreme, "", "", "", nil}},
	{"circuit tribunal alone", "会议由第一巡回法庭副庭长王某主持", "第一巡回法庭", Court{spc, model.LevelSupreme, "", "", "", nil}},
	{"circuit tribunal after 最高法", "最高法第六巡回法庭召开会议", "第六巡回法庭", Court{spc, model.LevelSupreme, "", "", "", nil}},
	{"circuit tribunal traditional", "最高人民法院第五巡迴法庭舉行座談會", "第五巡迴法庭", Court{spc, model.LevelSupreme, "", "", "", nil}},
	// A specialised court's detached tribunal (派出法庭) belongs to it.
	{"maritime detached tribunal", "武汉海事法院宜昌法庭召开座谈会", "宜昌法庭", Court{"武汉海事法院宜昌法庭", T, "湖北省", "武汉市", "武汉海事法院", nil}},
	{"maritime detached tribunal alone", "广州海事法院汕头法庭成立。汕头法庭庭长李某介绍", "汕头法庭", Court{"广州海事法院汕头法庭", T, "广东省", "广州市", "广州海事法院", nil}},
	{"detached tribunal, one specialised court", "青岛海事法院召开会议。\n烟台法庭召开座谈会", "烟台法庭", Court{"青岛海事法院烟台法庭", T, "山东省", "青岛市", "青岛海事法院", nil}},
	// Zones run by several regions keep their full name, without a city.
	{"joint zone court", "会上,横琴粤澳深度合作区人民法院副院长作交流发言", "横琴粤澳深度合作区人民法院", Court{"横琴粤澳深度合作区人民法院", B, "", "", "", nil}},
	{"joint zone court traditional", "珠海中院召開會議，橫琴粵澳深度合作區人民法院院長發言", "橫琴粵澳深度合作區人民法院", Court{"横琴粤澳深度合作区人民法院", B, "", "", "", nil}},
	{"joint zone court after a lead", "调研组到河套深港科技合作区人民法院调研", "河套深港科技合作区人民法院", Court{"河套深港科技合作区人民法院", B, "", "", "", nil}},
	// Basic courts outside the ordinary grammar (abbrev.go): numbered courts of
	// districtless cities, one-character banner/county abbreviations, 城郊 courts.
	{"numbered basic, traditional", "東莞中院召開會議。東莞第一法院作經驗交流", "東莞第一法院", Court{"东莞市第一人民法院", B, "广东省", "东莞市", "东莞市中级人民法院", nil}},
	{"numbered basic, full", "中山市第二人民法院院长发言", "中山市第二人民法院", Court{"中山市第二人民法院", B, "广东省", "中山市", "中山市中级人民法院", nil}},
	{"numbered basic, city in context", "中山中院召开会议。第三法院院长发言", "第三法院", Court{"中山市第三人民法院", B, "广东省", "中山市", "中山市中级人民法院", nil}},
	{"banner abbreviation in city context", "呼伦贝尔中院召开会议。莫旗法院作交流发言", "莫旗法院", Court{"莫力达瓦达斡尔族自治旗人民法院", B, "内蒙古自治区", "呼伦贝尔市", "呼伦贝尔市中级人民法院", nil}},
	{"banner named by its people", "呼伦贝尔中院召开会议。鄂温克旗法院作交流发言", "鄂温克旗法院", Court{"鄂温克族自治旗人民法院", B, "内蒙古自治区", "呼伦贝尔市", "呼伦贝尔市中级人民法院", nil}},
	{"county abbreviation in city context", "延边州中院召开会议。汪县法院院长发言", "汪县法院", Court{"汪清县人民法院", B, "吉林省", "延边朝鲜族自治州", "延边朝鲜族自治州中级人民法院", nil}},
	{"城郊 court of the context city", "日前,三亚中院召开会议。城郊法院主要负责人参加会议", "城郊法院", Court{"三亚市城郊人民法院", B, "海南省", "三亚市", "三亚市中级人民法院", nil}},
	{"城郊 court with its city", "儋州市城郊人民法院院长发言", "儋州市城郊人民法院", Court{"儋州市城郊人民法院", B, "海南省", "儋州市", "儋州市中级人民法院", nil}},
	{"district named with its people", "郑州中院召开会议。管城区法院院长发言", "管城区法院", Court{"郑州市管城回族区人民法院", B, "河南省", "郑州市", "郑州市中级人民法院", nil}},
}

func TestForms(t *testing.T) {
	for _, tc := range formCases {
		t.Run(tc.name, func(t *testing.T) {
			ms := Scan(tc.text)
			for _, m := range ms {
				if m.Text == tc.form {
					if m.Court != tc.want {
						t.Errorf("Scan(%q) %q = %+v, want %+v", tc.text, tc.form, m.Court, tc.want)
					}
					return
				}
			}
			t.Errorf("Scan(%q) has no mention %q; got %+v", tc.text, tc.form, ms)
		})
	}
}

// Phrases that name no particular court.
var noMention = []string{
	"全省法院", "各中级法院", "基层法院", "两级法院", "三家中院", "各市州中级法院", "兄弟法院", "上级法院",
	"全国高级法院院长会议", "市检察院", "省公安厅", "司法所", "法学会", "湛江法院高质量发展", "陕西法院",
	"省高院专题会议", // no province in the text
	"朝阳中院、本溪中院和阜新中院党组都要求中院党组", "“旅游法庭”“林下参产业法庭”等特色法庭",
	"到基层法庭", "组织各个人民法庭", "最高法定刑", "城关法院", "全省中级法院", "全区各级法院", "我省法院",
	"智慧法院", "人民法院", "地方法院", "北部湾法院", "各开发区人民法院", "律师中院",
	"会议要求,发挥巡回法庭贴近基层的优势", "各自贸区人民法院",
	"莫旗法院", "第一法院", "城郊法院", // abbreviations and unnamed courts need a context
}

func TestNoMention(t *testing.T) {
	for _, text := range noMention {
		for _, m := range Scan(text) {
			if text == "朝阳中院、本溪中院和阜新中院党组都要求中院党组" && m.Text != "中院" {
				continue
			}
			t.Errorf("Scan(%q) found %q → %s", text, m.Text, m.Court.Name)
		}
	}
}

// Forms that must not be taken as a court even where the text gives context.
var notForms = []struct{ text, form string }{
	{"云南高院要求XX市中级人民法院落实", "市中级人民法院"},
	{"云南高院部署,XX省高院落实", "省高院"},
	{"元阳县法院召开法庭建设会议", "召开法庭"},
	{"云南高院推进平安法院建设", "平安法院"},
	// 全州 is 全州县 (Guangxi) and the scope "the whole 州": before 法院 the scope
	{"会议要求,全州法院要抓好执行", "全州法院"},
	{"桂林市中级人民法院召开会议,全州法院要抓好执行", "全州法院"},
	{"恩施州中级人民法院部署全州法院审判工作", "全州法院"},
	{"云南高院召开全省法院会议", "省法院"},
	{"湛江中院强化与海口中院协作,中院党组要求", "中院"},
	{"云南高院要求全省各中院", "中院"},
	{"云南高院部署。大通法院", "大通法院"}, // 大通 lies outside 云南
	{"武汉海事法院深化“海事法庭+海事局”机制", "海事法庭"},
	{"云南高院召开会议。全市第一法院", "第一法院"}, // no numbered basic courts in 云南's cities
	{"呼伦贝尔中院召开会议。北京第一法院", "北京第一法院"},
}

func TestNotForms(t *testing.T) {
	for _, tc := range notForms {
		for _, m := range Scan(tc.text) {
			if m.Text == tc.form {
				t.Errorf("Scan(%q) found %q → %s", tc.text, m.Text, m.Court.Name)
			}
		}
	}
}

func TestOffsetsTraditional(t *testing.T) {
	text := "5月28日,金華中院黃美園副院長一行到婺城法院檢查指導。"
	r := []rune(text)
	ms := Scan(text)
	if len(ms) != 2 {
		t.Fatalf("got %d mentions, want 2: %+v", len(ms), ms)
	}
	for _, m := range ms {
		if string(r[m.Start:m.End]) != m.Text {
			t.Errorf("span %d:%d = %q, Text %q", m.Start, m.End, string(r[m.Start:m.End]), m.Text)
		}
	}
	if ms[0].Text != "金華中院" || ms[1].Court.Name != "金华市婺城区人民法院" {
		t.Errorf("got %+v", ms)
	}
}

func TestLookup(t *testing.T) {
	for name, want := range map[string]string{
		"新疆高院": "新疆维吾尔自治区高级人民法院", "延边州中院": "延边朝鲜族自治州中级人民法院",
		"婺城法院": "金华市婺城区人民法院", "金華中院": "金华市中级人民法院", "最高院": spc,
		"大通回族土族自治县人民法院": "大通回族土族自治县人民法院", "北海海事法院": "北海海事法院",
	} {
		if c, ok := Lookup(name); !ok || c.Name != want {
			t.Errorf("Lookup(%q) = %q, %v; want %q", name, c.Name, ok, want)
		}
	}
	for _, name := range []string{"省高院", "市中院", "城关法院", "全省法院", "云南高院召开会议"} {
		if c, ok := Lookup(name); ok {
			t.Errorf("Lookup(%q) = %q, want no court", name, c.Name)
		}
	}
}

func TestWithParents(t *testing.T) {
	tests := []struct {
		name string
		want []string // the chain upwards
	}{
		{"成都市武侯区人民法院", []string{"成都市中级人民法院", "四川省高级人民法院", "最高人民法院"}},
		{"贵阳市中级人民法院", []string{"贵州省高级人民法院", "最高人民法院"}},
		{"广西壮族自治区高级人民法院", []string{"最高人民法院"}},
		{"最高人民法院", nil},
	}
	for _, tt := range tests {
		c, ok := Lookup(tt.name)
		if !ok {
			t.Fatalf("Lookup(%q) failed", tt.name)
		}
		var got []string
		for p := c.WithParents().ParentCourt; p != nil; p = p.ParentCourt {
			got = append(got, p.Name)
		}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("%s: parents %v, want %v", tt.name, got, tt.want)
		}
	}
}
