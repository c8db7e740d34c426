package people

import "strings"

// verbYaoObjects follow 要 used as the main verb "ask for, get back", not
// the modal: 把钱要回来了, 要了回来, 讨薪要钱, 要账, 要债, 要到了.
var verbYaoObjects = strings.Fields("回来 回了 回去 了回 钱 账 债 到了 到手")

// verbYao reports whether the 要 at i is the main verb "ask for":
//
//	“没想到法院这么快就把钱要回来了,这个年终于能踏实过了!”
func verbYao(f []rune, i int) bool {
	for _, w := range verbYaoObjects {
		if hasPrefixAt(f, i+1, w) {
			return true
		}
	}
	return false
}

// openQuoteAt returns the offset of the quotation mark opened before i in
// [s,i) and not closed before i; -1 when i is not inside a quotation.
func (x *extractor) openQuoteAt(s, i int) int {
	open, kind := -1, -1
	for j := s; j < i; j++ {
		if k := runeIndex(quoteOpen, x.f[j]); k >= 0 && open < 0 {
			open, kind = j, k
		} else if open >= 0 && x.f[j] == quoteClose[kind] {
			open = -1
		}
	}
	return open
}

// storyQuote reports whether the lead at i stands in a quotation that is not
// an official's instruction: direct speech opening a story with no speaker
// in force, or the words of a person with neither post nor court:
//
//	“多亏法官帮忙把工钱要回来了!”3月2日,在某区人民法院执行局,工人老李…
func (x *extractor) storyQuote(sp [2]int, i int, who string) bool {
	q := x.openQuoteAt(sp[0], i)
	if q < 0 {
		return false
	}
	if who == "" {
		t := x.trimItem(sp[0], sp[1])
		return t.Start >= q
	}
	a := findAtt(x.atts, who)
	return a != nil && a.Court == nil && len(a.Titles) == 0
}
