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
	"strings"
	"unicode"
)

// Page is an article with the noise removed.
type Page struct {
	Text        string // cleaned article body, paragraphs separated by \n (headline and date line excluded)
	Title       string // headline, lines joined with \n; "" when the page shows none
	PublishedAt string // publication date from the page header, YYYY-MM-DD, "" when not given
}

// Clean removes page noise from raw (already decoded to UTF-8).
func Clean(raw string) Page {
	raw = strings.ReplaceAll(strings.ReplaceAll(raw, "\r\n", "\n"), "\r", "\n")
	var lines []string
	for _, l := range strings.Split(raw, "\n") {
		l = strings.TrimFunc(l, isSpace)
		if l != "" {
			lines = append(lines, l)
		}
	}
	title, date, body := header(lines)
	if n := len(body); n > 0 {
		body[n-1] = strings.TrimFunc(trailingCredit.ReplaceAllString(body[n-1], ""), isSpace)
		if body[n-1] == "" {
			body = body[:n-1]
		}
	}
	return Page{Text: strings.Join(body, "\n"), Title: title, PublishedAt: date}
}

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u3000' || r == '\u00a0' || r == '\u200b' || r == '\ufeff'
}
