// Package keyword ranks a text's keywords with gse and tags directives with
// a topic from a lexicon.
package keyword

// Keyword is a word with its weight in a text.
type Keyword struct {
	Word   string
	Weight float64
}

// Top returns the n best keywords of s, stop words removed. STUB.
func Top(s string, n int) []Keyword { return nil }

// Topic returns the topic tag of a directive's text (执行, 司法改革, 智慧法院 ...),
// "" when none applies. STUB.
func Topic(s string) string { return "" }
