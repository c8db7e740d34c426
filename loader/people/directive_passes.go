package people

// The directive passes (see the package doc): enumerations, task lists,
// sentences, and what is dropped afterwards.

import "courtql/loader/text"

// enumerationPass reads the enumerations of [lo,hi) (see findMarkers and
// findEnumerations): runs of markers 1, 2, 3 … of one class.
//
//	院长王芳要求,一要提高站位;二要压实责任;三要狠抓落实。
func (x *extractor) enumerationPass(d *draft) {
	x.atts = d.atts
	d.enums = x.findEnumerations(d.ms, d.speaker)
}

// enumerationDirectivePass turns the items of each enumeration of
// requirements into directives with their ordinals, and blocks the items
// and introductions from the sentence rules. An introduction gives a
// directive of its own when its 要 clause stands before a clause
// announcing the list (see introInstruction) or when a lead verb opens it
// (see ledIntroSentence):
//
//	会议指出,…人民法庭要发挥…优势,…。一要走好群众路线。二要深化联动机制。
func (x *extractor) enumerationDirectivePass(d *draft) {
	for _, e := range d.enums {
		d.blocked = append(d.blocked, e.intro)
		d.blocked = append(d.blocked, e.items...)
		if !e.requirement {
			continue
		}
		if t, ok := x.introInstruction(e.intro); ok {
			d.dirs = append(d.dirs, Directive{Speaker: d.speaker(t.Start), Text: x.d.Slice(t), Span: t})
		} else if t, ok := x.ledIntroSentence(e); ok {
			d.dirs = append(d.dirs, x.sentenceDirectives(t, false, d.ms, d.speaker)...)
		}
		sp := d.speaker(e.items[0].Start)
		for k, it := range e.items {
			if it.Len() > 0 {
				d.dirs = append(d.dirs, Directive{Speaker: sp, Ordinal: e.ords[k], Text: x.d.Slice(it), Span: it})
			}
		}
	}
	// A paragraph whose first sentence introduces an enumeration
	// (下一步,我们要…。一是要…) loses that sentence too.
	for _, e := range d.enums {
		if e.intro.Len() == 0 {
			continue
		}
		for _, p := range x.d.Paras {
			for _, s := range p.Sentences {
				if s.End <= e.intro.End && s.End > e.intro.Start && s.Start >= p.Start && p.Contains(e.intro) {
					d.blocked = append(d.blocked, s.Span)
				}
			}
		}
	}
}

// listTaskPass reads the task paragraphs announced by an intro sentence
// (see listTasks) and blocks them from the sentence rules:
//
//	…全省法院要以更高标准抓好以下几方面工作。\n坚持政治引领,推动…。
func (x *extractor) listTaskPass(d *draft) {
	tasks, spans := x.listTasks(d.ms, d.speaker)
	d.dirs = append(d.dirs, tasks...)
	d.blocked = append(d.blocked, spans...)
}

// sentencePass reads the instructions of every sentence not blocked (see
// sentenceDirectives), carrying a speaker's instruction across the
// sentences of a speech (see carriedDirective). Relayed content
// (传达的会议精神强调,…), assessments in force (会议指出,…。但…问题
// 必须引起高度重视。) and figures reported in a speech (…共新收执行案件8765件,
// 执结7012件。, see reportsFigures) give none.
//
//	各级法院要紧抓执法办案,着力提升审判质效。 → one directive
func (x *extractor) sentencePass(d *draft) {
	var c carry
	for _, p := range x.d.Paras {
		if p.End <= x.lo || p.Start >= x.hi || x.skipped(p.Start) {
			continue
		}
		strong := x.strongPara(p, d.ms)
		strongWho := d.speaker(p.Start)
		for _, s := range p.Sentences {
			sp := text.Span{Start: max(s.Start, x.lo), End: min(s.End, x.hi)}
			if sp.Len() <= 0 || d.isBlocked(sp) || x.relayed(sp) || x.assessmentInForce(p, sp, d.ms) {
				c.active = false
				continue
			}
			if strong && d.speaker(sp.Start) != strongWho {
				// 孙立军强调,…。何静通报了…: another speaker ends the lead.
				strong = false
			}
			ds := x.sentenceDirectives(sp, strong, d.ms, d.speaker)
			d.dirs = append(d.dirs, x.carriedDirective(&c, sp, ds, d.ms, d.speaker)...)
		}
	}
}

// tailPass reads the rest of a sentence cut from an enumeration's last
// item where another speaker takes the floor (see cutAtSpeaker):
//
//	…;三要深化诉源治理。|黄文辉在总结时强调,各院要….
func (x *extractor) tailPass(d *draft) {
	for _, e := range d.enums {
		if e.tail.Len() > 0 && !d.isBlocked(e.tail) {
			d.dirs = append(d.dirs, x.sentenceDirectives(e.tail, false, d.ms, d.speaker)...)
		}
	}
}

// requestPass drops what participants ask of the court (see dropRequests):
// 台资企业协会副会长…发言表示,希望大陆法院….
func (x *extractor) requestPass(d *draft) {
	d.dirs = x.dropRequests(d.dirs, d.atts)
}

// interviewPass drops what is said in an interview after the report (see
// dropInterview).
func (x *extractor) interviewPass(d *draft) {
	d.dirs = x.dropInterview(d.dirs, d.ms)
}

// orderPass puts the directives in text order.
func (x *extractor) orderPass(d *draft) {
	sortDirectives(d.dirs)
}
