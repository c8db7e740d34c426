// Package clean strips page noise from a court news article (navigation
// crumbs, share/print bars, footers, credits, captions) and reads its headline
// and publication date.
package clean

import "strings"

// Page is an article with the noise removed.
type Page struct {
	Text        string // cleaned article text, paragraphs separated by \n
	Title       string // headline, "" when the page shows none
	PublishedAt string // publication date, YYYY-MM-DD, "" when not given
}

// Clean removes page noise from raw (already decoded to UTF-8).
// STUB: trims lines only.
func Clean(raw string) Page {
	var lines []string
	for _, l := range strings.Split(strings.ReplaceAll(raw, "\r\n", "\n"), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	return Page{Text: strings.Join(lines, "\n")}
}
