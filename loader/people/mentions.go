package people

import "strings"

// The mention passes: every way a person is named (see the package doc).

// findMentions runs the mention passes alone over [lo,hi); Extract uses it
// to know the people named in another meeting's part of the article.
func (x *extractor) findMentions() []mention {
	var d draft
	for _, p := range passes {
		if p.stage != stageMentions {
			break
		}
		p.run(x, &d)
	}
	return d.ms
}

// taken reports whether a mention already covers part of [s,e).
func (d *draft) taken(s, e int) bool {
	for _, m := range d.ms {
		if s < m.end && m.start < e {
			return true
		}
	}
	return false
}

// bareAt returns the mention read exactly at [s,e) with no post, court or
// chain of its own, or nil.
func (d *draft) bareAt(s, e int) *mention {
	for i := range d.ms {
		m := &d.ms[i]
		if m.start == s && m.end == e && m.cstart == s && m.cend == e &&
			len(m.titles) == 0 && m.court == nil && !m.ref && !m.group && !m.byline {
			return m
		}
	}
	return nil
}

// add records m unless it is in a skipped paragraph, overlaps a mention
// already read (earlier passes win) or a meeting noun.
func (d *draft) add(x *extractor, m mention) {
	if x.skipped(m.start) || d.taken(m.start, m.end) || x.overlapsMeetingNoun(m.start, m.end) {
		return
	}
	m.name = string(x.r[m.start:m.end])
	m.key = string(x.f[m.start:m.end])
	m.ustart = x.courtTextBefore(m.cstart)
	d.ms = append(d.ms, m)
}

// bylineMentionPass reads the byline of a speech transcript, a post chain
// and a name alone on a line: 党组书记、院长  孙立军.
func (x *extractor) bylineMentionPass(d *draft) {
	if m, ok := x.bylineMention(); ok {
		m.name = string(x.r[m.start:m.end])
		m.key = string(x.f[m.start:m.end])
		m.ustart = x.courtTextBefore(m.cstart)
		d.ms = append(d.ms, m)
	}
}

// groupMentionPass reads the names listed after a group label or a
// delegate label (see groupMentions): 院领导A、B、C,…参加会议;
// 办案标兵代表吕品、徐学军上台作了经验介绍.
func (x *extractor) groupMentionPass(d *draft) {
	for _, m := range x.groupMentions() {
		d.add(x, m)
	}
}

// chainMentionPass reads a post chain, then the name:
//
//	chain-mention := court? post ( (、|兼) post )* name
//
// e.g. 党组书记、院长张学群在会上做了重要讲话.
func (x *extractor) chainMentionPass(d *draft) {
	for i := x.lo + 1; i < x.hi; i++ {
		if postEndingAt(x.f, i) == 0 {
			continue
		}
		ns := i + x.postNoteLen(i)
		e, ok := x.nameAfterPost(ns)
		if !ok {
			continue
		}
		c, _ := x.chainBefore(i, x.lo)
		m := mention{start: ns, end: e, cstart: c.start, cend: e, titles: c.titles, tribunal: c.tribunal}
		if c.tribunal {
			u := []rune(c.unit)
			m.tunit = string(u[:min(len(u), tribunalLen(u))])
		}
		m.court, _ = x.courtEndingAt(c.start)
		d.add(x, m)
	}
}

// maxPostNote bounds a note in brackets between a post and its name.
const maxPostNote = 8

// postNoteLen returns the length of a note in brackets at i, right after a
// post, that says how the post is held: 副院长(主持工作)李明, 院长(代)王强.
// The name follows it; the note is no part of the title. 0 when none.
func (x *extractor) postNoteLen(i int) int {
	if i >= x.hi || x.f[i] != '(' && x.f[i] != '（' {
		return 0
	}
	for j := i + 1; j < x.hi && j-i <= maxPostNote+1; j++ {
		switch {
		case x.f[j] == ')' || x.f[j] == '）':
			return j + 1 - i
		case !isHan(x.f[j]):
			return 0
		}
	}
	return 0
}

// postAfterMentionPass reads a name, then a post:
//
//	post-after := name post
//
// e.g. 黄美园副院长认为…, 张学群院长, 王彦凯专委.
func (x *extractor) postAfterMentionPass(d *draft) {
	for i := x.lo + 2; i < x.hi; i++ {
		n := postStartingAt(x.f, i)
		if n == 0 || postEndingAt(x.f, i) > 0 {
			continue
		}
		s, ok := x.nameBefore(i)
		if !ok || postStartingAt(x.f, s) >= i+n-s {
			// 纪检|组长 is the post 纪检组长, not a name before 组长.
			continue
		}
		if coordinators[x.f[i-1]] && i+n < x.hi && x.surnameLen(i+n) > 0 {
			// 周立和执行局局长刘某: the post opens the next person's chain,
			// and 和 joins two people, it ends no name.
			continue
		}
		m := mention{start: s, end: i, cstart: s, cend: i + n, titles: []string{string(x.r[i : i+n])}}
		m.court, _ = x.courtEndingAt(s)
		d.add(x, m)
	}
}

// verbMentionPass reads a bare name, then a role verb (an adverbial may
// stand between them):
//
//	verb-mention := name adverbial? roleVerb
//
// e.g. 贺荣主持, 张海波指出, 王强围绕执行工作作了发言.
func (x *extractor) verbMentionPass(d *draft) {
	for i := x.lo + 2; i < x.hi; i++ {
		// An adverbial may stand between the name and the verb:
		// 王强|围绕执行工作作了发言, 李明|就下一步工作提出要求.
		verb := x.adverbialRole(i) > 0
		for _, v := range roleVerbsAfterName {
			if hasPrefixAt(x.f, i, v) {
				verb = true
				break
			}
		}
		if !verb {
			continue
		}
		e := i
		s, ok := x.nameBefore(e)
		if !ok && i-1 > x.lo && functionTails[x.f[i-1]] {
			// 程丽在|主持会议时指出: the name ends before the preposition.
			e = i - 1
			s, ok = x.nameBefore(e)
		}
		if ok {
			m := mention{start: s, end: e, cstart: s, cend: e}
			m.court, _ = x.courtEndingAt(s)
			d.add(x, m)
		}
	}
}

// listedMentionPass reads a bare name listed after a person with 、, who
// shares the posts written before the first one:
//
//	listed := mention 、 name
//
// e.g. 副院长周海、刘洋出席会议; …法务部经理许丽、张敏先后发言.
func (x *extractor) listedMentionPass(d *draft) {
	for k := 0; k < len(d.ms); k++ {
		m := d.ms[k]
		i := m.cend
		if i+2 >= x.hi || x.f[i] != '、' || m.ref {
			continue
		}
		s := i + 1
		sl := x.surnameLen(s)
		if sl == 0 || postEndingAt(x.f, s+sl+2) > 0 || postStartingAt(x.f, s+sl+1) > 0 ||
			postStartingAt(x.f, s+sl+2) > 0 && s+sl+1 < x.hi && !listBreak[x.f[s+sl+1]] {
			// 、李庭长 and 、李明庭长 are read with their post elsewhere; a
			// post after a break is the next person's: 、李平,执行局局长刘某.
			continue
		}
		for _, n := range []int{sl + 1, sl + 2} {
			e := s + n
			if e > x.hi || !x.plausible(s, e) || x.functionTail(s, e) {
				continue
			}
			if e < x.hi && isHan(x.f[e]) && !x.endsName(e) {
				continue
			}
			nm := mention{start: s, end: e, cstart: s, cend: e, titles: m.titles}
			if !d.taken(s, e) {
				d.add(x, nm)
			} else if b := d.bareAt(s, e); b != nil {
				// 副院长周海、刘洋出席会议: the verb pass read the last name
				// bare; it still shares the posts and court of the list.
				b.titles = m.titles
				if b.court == nil {
					b.court = m.court
				}
			}
			break
		}
	}
}

// coordinators join two people: 周立和执行局局长刘某.
var coordinators = setOf([]rune("和及与"))

// listBreak ends one listed person before the next one's post:
// 副院长曾红、李平,执行局局长刘某 | 、李平和庭长刘某.
var listBreak = setOf([]rune(",;:。、和及与"))

// repeatMentionPass reads every later occurrence of a name already read,
// and of people named with their posts outside [lo,hi) only (another
// meeting of the article): 院长郑军主持会议。…郑军强调,要….
func (x *extractor) repeatMentionPass(d *draft) {
	keys := map[string]bool{}
	for _, m := range d.ms {
		keys[m.key] = true
	}
	// Posts and court of people known from outside [lo,hi) only.
	outside := map[string]*mention{}
	for _, m := range x.known {
		if keys[m.key] {
			continue
		}
		o := outside[m.key]
		if o == nil {
			o = &mention{name: m.name}
			outside[m.key] = o
		}
		o.titles = append(o.titles, m.titles...)
		if o.court == nil {
			o.court = m.court
		}
	}
	for k := range outside {
		keys[k] = true
	}
	for k := range keys {
		kr := []rune(k)
		for i := x.lo; i+len(kr) <= x.hi; i++ {
			if hasPrefixAt(x.f, i, k) && !d.taken(i, i+len(kr)) {
				m := mention{start: i, end: i + len(kr), cstart: i, cend: i + len(kr)}
				if n := postStartingAt(x.f, i+len(kr)); n > 0 {
					m.cend = i + len(kr) + n
					m.titles = []string{string(x.r[i+len(kr) : m.cend])}
				}
				m.court, _ = x.courtEndingAt(i)
				if o := outside[k]; o != nil {
					m.titles = append(append([]string(nil), o.titles...), m.titles...)
					if m.court == nil {
						m.court = o.court
					}
				}
				d.add(x, m)
			}
		}
	}
}

// surnameRefPass reads a surname and a post that refer back to a person
// already named: 院长胡国林作重要讲话。…胡院长要求…; 上官院长.
func (x *extractor) surnameRefPass(d *draft) {
	for i := x.lo; i+1 < x.hi; i++ {
		sl := x.surnameLen(i)
		if sl == 0 || !x.leftOK(i) || d.taken(i, i+sl) {
			continue
		}
		n := postStartingAt(x.f, i+sl)
		if n == 0 {
			continue
		}
		sur := string(x.f[i : i+sl])
		var best *mention
		for k := range d.ms {
			m := &d.ms[k]
			if m.ref || !strings.HasPrefix(m.key, sur) || len([]rune(m.key)) <= sl {
				continue
			}
			if best == nil || m.start < i && (best.start > i || m.start > best.start) {
				best = m
			}
		}
		if best == nil {
			continue
		}
		m := mention{start: i, end: i + sl, cstart: i, ustart: i, cend: i + sl + n, ref: true,
			titles: []string{string(x.r[i+sl : i+sl+n])}}
		m.name, m.key = best.name, best.key
		if !x.skipped(i) {
			d.ms = append(d.ms, m)
		}
	}
}

// mentionGapPass orders the mentions and records the short text between
// neighbours, which tells coordinated subjects (王勇、张春和参加会议).
func (x *extractor) mentionGapPass(d *draft) {
	sortMentions(d.ms)
	for k := 1; k < len(d.ms); k++ {
		a, b := d.ms[k-1], d.ms[k]
		if a.cend+2 <= b.ustart && hasPrefixAt(x.f, a.cend, "同志") {
			// 院长艾尔肯·吐尔洪同志、…李国庆同志先后作交流发言: the suffix
			// is not part of the gap between the listed people.
			a.cend += 2
		}
		if a.cend <= b.ustart && (b.ustart-a.cend <= 2 || delegateGap.MatchString(string(x.f[a.cend:b.ustart]))) {
			d.ms[k].gap = string(x.f[a.cend:b.ustart])
		} else {
			d.ms[k].gap = "\x00"
		}
	}
}
