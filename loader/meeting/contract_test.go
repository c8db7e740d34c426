package meeting

import (
	"courtql/loader/clean"
	"courtql/loader/script"
)

// simp is the text contract of loader/extract: extractors read simplified
// script, so tests written in traditional script convert input and
// expectations alike.
var simp = script.Simplify

// simplePage cleans raw and converts the page to simplified script, as
// loader/extract does before calling Find.
func simplePage(raw string) clean.Page {
	p := clean.Clean(raw)
	p.Text, p.Title, p.Context = simp(p.Text), simp(p.Title), simp(p.Context)
	return p
}
