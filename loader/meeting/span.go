package meeting

import (
	"courtql/loader/court"
	"courtql/loader/text"
)

// SpanMentions returns mentions with the short forms that lie in span and
// need context to be resolved (市中院, 区法院, 省高院) resolved again by the
// span's own text. In a roundup of several courts' meetings the court scanner
// resolves 市中院 by the first city of the whole page; each part names its own
// court first ("【郴州】6月2日,郴州市中级人民法院召开…。市中院党组成员、副院长黄斌…"
// → 市中院 is 郴州's, not 株洲's from the first item). A form the span cannot
// resolve on its own keeps its page-wide court. mentions is not modified.
func SpanMentions(rs []rune, mentions []court.Mention, span text.Span) []court.Mention {
	out := append([]court.Mention(nil), mentions...)
	if span.Start <= 0 && span.End >= len(rs) || span.Start >= span.End || span.End > len(rs) {
		return out
	}
	var local map[[2]int]court.Court
	for i, m := range out {
		if m.Start < span.Start || m.End > span.End || !needsContext(string(rs[m.Start:m.End])) {
			continue
		}
		if local == nil {
			local = map[[2]int]court.Court{}
			for _, l := range court.Scan(string(rs[span.Start:span.End])) {
				local[[2]int{l.Start + span.Start, l.End + span.Start}] = l.Court
			}
		}
		if c, ok := local[[2]int{m.Start, m.End}]; ok {
			out[i].Court = c
		}
	}
	return out
}

// needsContext reports a court form that names no place of its own: 市中院,
// 区法院, 省高院 fail court.Lookup, 株洲市中级人民法院 and 醴陵市法院 do not.
func needsContext(form string) bool {
	_, ok := court.Lookup(form)
	return !ok
}
