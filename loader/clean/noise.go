package clean

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Noise rules. Each one drops a whole line; body lines are never rewritten
// except for trimming and a trailing credit in parentheses (trailingCredit).
var (
	// Navigation crumbs: "当前位置: 首页 > 新闻中心 > 图片新闻", "您所在的位置:首页 > 法院天地".
	crumbRe = regexp.MustCompile(`^(?:您当前的位置|您当前位置|您所在的位置|您的位置|当前位置|所在位置|当前的位置|位置|您當前的位置|您所在的位置|當前位置|所在位置)\s*[:：]|(?:首页|首頁)\s*(?:>|＞|»|›|/)`)
	// Share, print and window bars: "分享到:", "打印 字号: | |", "【关闭】", "无障碍浏览||返回首页".
	shareRe = regexp.MustCompile(`^分享到|字號|字级|字級|字体设定|字級設定|字号\s*[:：]|^分享\s*[:：]|【\s*(?:关闭|打印|返回)[^】]*】|\[\s*(?:关闭|打印)[^\]]*\]|关闭窗口|打印本页|返回顶部|返回首页|无障碍浏览|^打印$|^【?字体[:：]`)
	// Footers: copyright, address, postcode, phone, technical support, site
	// owner, ICP and police registration: "陇南市中级人民法院主办 陇ICP备10200000号".
	footerRe = regexp.MustCompile(`版权所有|版權所有|[Cc]opyright|©|ICP备|ICP证|公网安备|网站标识码|技术支持[:：]|^(?:地址|邮编|电话|联系电话|传真|邮箱|电子邮箱|联系我们)\s*[:：]|^(?:主办|承办|协办)(?:单位)?\s*[:：]|(?:主办|承办)\s*(?:\S*ICP|$)|^地址[:：].*邮编`)
	// View counters: "已浏览:32410", "您是第 位访客", "浏览次数:12", "点击数:3".
	counterRe = regexp.MustCompile(`已浏览|浏览次数|浏览量|点击数|点击量|点击率|阅读数|阅读量|阅读次数|访问量|位访客|访问次数|人次浏览|已瀏覽|瀏覽次數|瀏覽量|點擊數|點擊量|閱讀數|閱讀量|訪問量|位訪客`)
	// Photo captions and image files: "上图:本溪中院法警支队开展练兵。",
	// "图为会议现场", "07de0cff3b957e35594def853273e7dd.jpg".
	captionRe = regexp.MustCompile(`^(?:上图|下图|左图|右图|中图|上左|上右|下左|下右|图为|图片|图\s*\d+|上圖|下圖|左圖|右圖|圖為|圖片)\s*[:：为為]|^图为|^圖為|(?i)^[\w\-.() ]+\.(?:jpe?g|png|gif|bmp|webp)$`)
	// A caption that shows an officer in a role is a report, kept without its
	// "图为": "图为副院长顾志强通报一季度审判执行数据" → "副院长顾志强通报…" (a
	// speaker, as dev 201's uncaptioned "…院长夏君丽出席会议并作讲话").
	// A caption naming a person without a post and role (合影, 摄影) stays noise.
	roleCaptionRe = regexp.MustCompile(`^(?:图为|圖為)\s*[:：]?\s*([^,，。;；]{0,24}?(?:院长|院長|庭长|庭長|局长|局長|主任|书记|書記|委员|委員)[\p{Han}·]{2,4}?(?:出席|讲话|講話|通报|通報|主持|发言|發言|致辞|致辭|汇报|匯報|部署|传达|傳達)[^。]*)$`)
	// Credit lines: "实习编辑:孔琳清", "责任编辑:黄思思", "来源:转自公众号“辽宁高院”",
	// "作者:李锦屏", "图/赵赢", "通讯员 张三".
	creditRe = regexp.MustCompile(`^(?:责任编辑|实习编辑|网络编辑|编辑|作者|来源|文章来源|稿件来源|信息来源|新闻来源|供稿|撰稿|审核|审校|校对|终审|初审|文字|文|图|摄影|摄|通讯员|记者|视频|制作|编审|責任編輯|實習編輯|編輯|來源|文章來源|稿件來源|審核|校對|圖|攝影|攝|通訊員|記者)\s*[:：/|]`)
	// A credit line in parentheses: "(图/赵赢  文/杨帆、孔琳清)", "(通讯员 张三 李四)".
	creditParenRe = regexp.MustCompile(`^[(（]\s*(?:(?:图|文|摄影|摄|通讯员|记者|作者|编辑|供稿|来源)\s*[/:：\s]).*[)）]$`)
	// A credit in parentheses closing the last line of a paragraph:
	// "…完成各项任务。(文/杨帆 图/赵赢)".
	trailingCredit = regexp.MustCompile(`\s*[(（]\s*(?:图|文|摄影|摄|通讯员|记者|作者|编辑|供稿)\s*[/:：][^()（）]{1,60}[)）]\s*$`)
	// A caption alone in parentheses: "(会议现场)", "(图为座谈会现场)".
	parenCaptionRe = regexp.MustCompile(`^[(（][^()（）。]{1,24}[)）]$`)
	// A crumb trail without 首页: "新闻中心 > 五中法院动态", "基层动态 >> 正文",
	// "银川市中级人民法院 > 新闻中心 > 法院动态". Every item is short.
	crumbTrailRe = regexp.MustCompile(`^[^>＞»›。,，;；]{1,16}(?:\s*(?:>>|>|＞|»|›)\s*[^>＞»›。,，;；]{1,16})+$`)
	// A reporter's byline line: "中時新聞網 記者林家豪/綜合報導", "本报记者 张三 报道".
	bylineRe = regexp.MustCompile(`^[^。,，;；]{0,20}(?:记者|記者)[^。,，;；]{1,20}(?:报道|報導|报导|報道)$`)
	// WeChat repost furniture: "点击上方蓝字关注我们", "长按二维码关注我们",
	// "长按识别二维码", "阅读原文", "分享 收藏 点赞 在看", "点击“在看”".
	weChatRe = regexp.MustCompile(`^(?:点击|點擊)?(?:上方|下方)?(?:蓝字|藍字|蓝色字)\s*(?:关注|關注)|^(?:长按|長按|扫描|掃描|扫码|掃碼)[^。,，]{0,8}(?:二维码|二維碼|关注|關注)[^。,，]{0,10}$|^(?:阅读原文|閱讀原文|在看|点赞|點讚|分享|收藏|转发|轉發|赞)(?:[\s|、·/]*(?:阅读原文|閱讀原文|在看|点赞|點讚|分享|收藏|转发|轉發|赞))*$`)
	// An empty header field left on its own line: "时间:", "来源:", "作者:".
	// A header date field, whatever its value: "发布时间:2021-03-03 09:00".
	dateFieldRe  = regexp.MustCompile(`^(?:发布时间|发布日期|更新时间|更新日期|发表时间|发稿时间|日期|發布時間|發佈時間|發布日期|更新時間|發表時間)\s*[:：]`)
	emptyFieldRe = regexp.MustCompile(`^(?:时间|日期|发布时间|发布日期|更新时间|来源|作者|编辑|字号|浏览)\s*[:：]\s*$`)
)

// isNav reports a site menu line: many short space- or bar-separated items
// ("本网头条 今日要闻 高层动态 政法综治 …", "游遍三秦大地>> | 三秦游首页 | 意见反馈 |").
func isNav(line string) bool {
	if tableRow.MatchString(line) {
		// 全院 | 收案 12,384 件 | 结案 11,027 件: a table of figures, not a menu.
		return false
	}
	if strings.Count(line, "|")+strings.Count(line, "|") >= 3 {
		return true
	}
	fields := strings.Fields(line)
	if len(fields) < 5 || strings.Contains(line, "、") {
		return false
	}
	for _, f := range fields {
		if len([]rune(f)) > 8 || strings.ContainsAny(f, ",。，;；") {
			return false
		}
	}
	return true
}

// tableRow matches a row of a text table: a cell holding a number with a
// unit ("收案 12,384 件", "结案率 89.04%"), as menus never do.
var tableRow = regexp.MustCompile(`\d[\d,.]*\s*(?:件|%|％|人|元|万元|亿元|天|日|个|项|次|起|名|家)`)

// paragraphRunes: a line this long that holds a full stop is article text even
// if it mentions 点击率 or 版权所有 ("庭审直播点击率达100万次。").
const paragraphRunes = 80

// isNoise reports whether a trimmed line is page furniture rather than article text.
func isNoise(line string) bool {
	l := strings.TrimLeft(line, "•·●◆■▪-*【[ \u3000")
	switch {
	case utf8.RuneCountInString(l) > paragraphRunes && strings.ContainsRune(l, '。'):
		return false
	case l == "":
		return true
	case shareRe.MatchString(line), dateFieldRe.MatchString(l):
		return true
	case crumbRe.MatchString(l), shareRe.MatchString(l), footerRe.MatchString(l), counterRe.MatchString(l):
		return true
	case captionRe.MatchString(l), creditRe.MatchString(l), creditParenRe.MatchString(l):
		return true
	case parenCaptionRe.MatchString(l), emptyFieldRe.MatchString(l), crumbTrailRe.MatchString(l), bylineRe.MatchString(l):
		return true
	case weChatRe.MatchString(l), isNav(l):
		return true
	}
	return false
}
