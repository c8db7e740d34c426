// Package clean strips page noise from a court news article (navigation
// crumbs, share/print bars, footers, credits, captions) and reads its headline
// and publication date.
//
// Text holds the article body only: the headline goes to Title and the date
// line to PublishedAt, and neither is repeated in Text, so no extractor reads
// a statistic from "已浏览:32410" or a speaker from a headline like "周强强调".
// Frontends show Title above Text.
package clean

import (
	"regexp"
	"strings"
	"unicode"
)

// pinyinGloss matches a reading some pages print after a character:
// 會(huì)議 → 會議. Lower-case letters with tone marks only, so (XX) and
// abbreviations such as (ICP) stay.
var pinyinGloss = regexp.MustCompile(`(\p{Han})[((]([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}(?:[ '’-][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}){0,5})[))]`)

// Page is an article with the noise removed.
type Page struct {
	Text        string // cleaned article body, paragraphs separated by \n (headline and date line excluded)
	Title       string // headline, lines joined with \n; "" when the page shows none
	PublishedAt string // publication date from the page header, YYYY-MM-DD, "" when not given
	// Context holds the page furniture dropped from Text and Title (site
	// banner, navigation, date line, footer, credits), lines joined with \n.
	// It names the site's court or city ("福州法院网", "主办:XX市中级人民法院"),
	// which resolves short forms in the text (鼓楼区法院, 市中院); it is no content.
	Context string
}

// Clean removes page noise from raw (already decoded to UTF-8).
func Clean(raw string) Page {
	raw = strings.ReplaceAll(strings.ReplaceAll(raw, "\r\n", "\n"), "\r", "\n")
	raw = stripHTML(raw)
	var all []string // normalised lines, "" for a blank one
	for _, l := range strings.Split(raw, "\n") {
		l = asciiStop(foldWidth(l))
		all = append(all, squeezeSpaces(pinyinGloss.ReplaceAllString(strings.TrimFunc(l, isSpace), "$1")))
	}
	var lines []string
	for _, l := range unwrap(all) {
		if m := roleCaptionRe.FindStringSubmatch(l); m != nil {
			l = m[1] + "。"
		}
		if l != "" {
			lines = append(lines, l)
		}
	}
	title, date, body, furniture := header(lines)
	body = dropDuplicates(title, dropRepeatedTitle(title, body))
	if n := len(body); n > 0 {
		body[n-1] = strings.TrimFunc(trailingCredit.ReplaceAllString(body[n-1], ""), isSpace)
		if body[n-1] == "" {
			body = body[:n-1]
		}
	}
	return Page{Text: strings.Join(body, "\n"), Title: title, PublishedAt: date, Context: strings.Join(furniture, "\n")}
}

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u3000' || r == '\u00a0' || r == '\u200b' || r == '\ufeff'
}

// squeezeSpaces drops whitespace next to a punctuation mark in Chinese text:
// there it is layout (。 首先), and extractors expect a sentence to start
// with its first word. Spaces between two characters (找准目标 全力冲刺) or
// between Latin words and digits (2022-09-05 09:02:41) carry meaning and stay.
func squeezeSpaces(l string) string {
	if !strings.ContainsFunc(l, isSpace) {
		return l
	}
	rs := []rune(l)
	out := make([]rune, 0, len(rs))
	for i := 0; i < len(rs); i++ {
		if !isSpace(rs[i]) {
			out = append(out, rs[i])
			continue
		}
		j := i
		for j < len(rs) && isSpace(rs[j]) {
			j++
		}
		if (len(out) > 0 && isPunct(out[len(out)-1])) || (j < len(rs) && isPunct(rs[j])) {
			i = j - 1
			continue
		}
		out = append(out, rs[i:j]...)
		i = j - 1
	}
	return string(out)
}

// isPunct reports CJK, full-width and ASCII sentence punctuation.
func isPunct(r rune) bool {
	return (r >= 0x3001 && r <= 0x3011) || (r >= 0xff01 && r <= 0xff1f && !unicode.IsDigit(r)) ||
		strings.ContainsRune(",.;:!?()“”‘’…—", r)
}
