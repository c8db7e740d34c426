// Package stats reads the figures a court report gives: number and unit,
// metric, period, scope, change and change rate, redacted placeholders.
package stats

import (
	"courtql/loader/court"
	"courtql/loader/text"
)

// Figure is one reported figure.
type Figure struct {
	Metric     string   // e.g. 受理案件
	Value      *float64 // nil when redacted (XX) or only a change is given
	Unit       string   // e.g. 件, %, 亿元, 个百分点
	Period     string   // e.g. 1至7月
	Scope      string   // e.g. 全省法院, or a court's full name
	Change     *float64 // signed absolute change
	ChangeUnit string
	ChangeRate *float64 // signed percent
	Redacted   bool
	Text       string    // the sentence it was read from
	Span       text.Span // where the figure (metric through change) was read
}

// Extract finds the figures in the part of d covered by within.
// STUB: finds nothing.
func Extract(d *text.Doc, within text.Span, mentions []court.Mention) []Figure {
	return nil
}
