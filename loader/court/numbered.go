package court

// Characters that end a sentence or clause beyond which a listed numbered
// court no longer takes the municipality of the court before it.
var listBreak = runeSet("。！？；!?;\n")

// listedNumbered: a numbered intermediate court written without its
// municipality in a list whose earlier court names it:
// "北京市第一中级人民法院院长马振宇、第二中级人民法院院长孔德华、第三中级人民法院…"
// (北京市第二中级人民法院, 北京市第三中级人民法院). The nearest court before
// it in the same sentence must be of a municipality, the only divisions that
// number their intermediate courts; head is what stands before the ordinal,
// which takes n runes (第二 or 二).
func (sc *scanner) listedNumbered(head []rune, ord string, n, start, end int) (mention, bool) {
	if !bareOrdinal(head) || len(sc.out) == 0 {
		return mention{}, false
	}
	prev := sc.out[len(sc.out)-1]
	if prev.bareInter || prev.prov == nil || !prev.prov.muni {
		return mention{}, false
	}
	for i := prev.end; i < start-n; i++ {
		if listBreak[sc.s[i]] {
			return mention{}, false
		}
	}
	p := prev.prov
	return placeMention(start-n, end, numberedIntermediateCourt(p, ord), p), true
}
