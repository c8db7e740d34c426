// Package court recognises court names in Chinese text: full official names,
// their short forms (云南高院, 省高院, 元阳县法院) and traditional-script forms,
// resolved to one full simplified name with level, province, city and parent.
package court

import (
	"regexp"

	"courtql/model"
)

// Court is a court as the text's context resolves it.
type Court struct {
	Name     string // full official name in simplified script, e.g. 云南省高级人民法院
	Level    model.CourtLevel
	Province string // e.g. 云南省; empty for the supreme court
	City     string // e.g. 昆明市; empty above the city level
	Parent   string // full name of the court one level up, where certain
}

// Mention is one place a text names a court.
type Mention struct {
	Start, End int    // rune offsets into the scanned text
	Text       string // the form as written (云南高院, 廣州市中級人民法院)
	Court      Court
}

// STUB: replaced by the court grammar; recognises only full names.
var fullName = regexp.MustCompile(`[\p{Han}]{2,12}?(?:高级人民法院|中级人民法院|人民法院)`)

// Scan finds every court mention in text, in order. Short forms are resolved
// with the context the text itself gives (the first province or city named).
func Scan(text string) []Mention {
	var out []Mention
	for _, loc := range fullName.FindAllStringIndex(text, -1) {
		name := text[loc[0]:loc[1]]
		start := len([]rune(text[:loc[0]]))
		out = append(out, Mention{Start: start, End: start + len([]rune(name)), Text: name,
			Court: Court{Name: name, Level: model.LevelUnknown}})
	}
	return out
}
