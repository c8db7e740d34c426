package clean

import (
	"html"
	"regexp"
)

// HTML remnants a CMS export leaves in the text:
// "<p>&nbsp;&nbsp;3月21日下午,…院长<strong>陈立群</strong>出席会议并讲话。<br>".
var (
	// anyTagRe is an HTML tag: "<br>", "</p>", "<span class=\"x\">", "<img src=…/>".
	// A '<' not followed by a letter or "/letter" ("<5%", "<<民法典>>") is text.
	anyTagRe = regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>`)
	// blockTagRe is a tag that breaks a line: "<br>", "<p style=…>", "</div>", "<h1>".
	blockTagRe = regexp.MustCompile(`(?i)</?(?:br|p|div|h[1-6]|li|ul|ol|tr|table|section|article|blockquote|title|header|footer)(?:\s[^<>]*)?/?>`)
	// dropElemRe is an element whose content is no article text: "<script>…</script>".
	dropElemRe = regexp.MustCompile(`(?is)<(script|style|head)(?:\s[^<>]*)?>.*?</(?:script|style|head)>`)
	// titleElemRe is the document's <title>, "扬州中院召开…分析会_扬州法院网": a
	// second copy of the <h1> headline with the site's name, dropped when an
	// <h1> is there.
	titleElemRe = regexp.MustCompile(`(?is)<title(?:\s[^<>]*)?>.*?</title>`)
	h1Re        = regexp.MustCompile(`(?i)<h1[\s>]`)
	// entityRe is a character reference: "&nbsp;", "&ldquo;", "&#12288;", "&#x3000;".
	entityRe = regexp.MustCompile(`&(?:[a-zA-Z][a-zA-Z0-9]{1,8}|#[0-9]{2,6}|#[xX][0-9a-fA-F]{2,5});`)
)

// stripHTML removes tags from raw, turning block tags into line breaks, and
// unescapes character references. Text without tags or references is
// returned as is.
func stripHTML(raw string) string {
	if anyTagRe.MatchString(raw) {
		if h1Re.MatchString(raw) {
			raw = titleElemRe.ReplaceAllString(raw, "\n")
		}
		raw = dropElemRe.ReplaceAllString(raw, "\n")
		raw = blockTagRe.ReplaceAllString(raw, "\n")
		raw = anyTagRe.ReplaceAllString(raw, "")
	}
	if entityRe.MatchString(raw) {
		raw = html.UnescapeString(raw) // &nbsp; → U+00A0, which isSpace trims
	}
	return raw
}
