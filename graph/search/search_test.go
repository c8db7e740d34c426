package search

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gorm.io/driver/sqlite"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"courtql/internal/dbtest"
	"courtql/model"
)

func TestBM25Ordering(t *testing.T) {
	f := newFixture(t, fakeTokenize)
	m := f.meeting(f.doc("正文"), "审判 工作 会议", "会议")
	many := f.directive(m, "调解 调解 调解 案件")                      // more hits of the rarer 调解
	few := f.directive(m, "调解 案件 案件 案件")                       // more hits of the commoner 案件
	long := f.directive(m, "调解 案件 "+strings.Repeat("其他 ", 30)) // same hits, longer text
	f.directive(m, "案件 审判")
	for i := range 8 {
		f.directive(m, fmt.Sprintf("填充 文字 第%d条", i))
	}
	f.rebuild()

	tests := []struct {
		query string
		want  []string
	}{
		{"调解", []string{ref(TypeDirective, many.ID), ref(TypeDirective, few.ID), ref(TypeDirective, long.ID)}},
		{"调解 案件", []string{ref(TypeDirective, many.ID), ref(TypeDirective, few.ID), ref(TypeDirective, long.ID)}},
	}
	for _, tt := range tests {
		hits, total, _ := f.search(tt.query, nil, 0, "")
		if got := refs(hits); !slices.Equal(got, tt.want) || total != len(tt.want) {
			t.Errorf("Search(%q) = %v (total %d), want %v", tt.query, got, total, tt.want)
		}
		for i := 1; i < len(hits); i++ {
			if hits[i].Score > hits[i-1].Score {
				t.Errorf("Search(%q): scores not descending: %v", tt.query, hits)
			}
		}
	}
}

func TestBM25Blob(t *testing.T) {
	blob := func(words ...uint32) []byte {
		b := make([]byte, 4*len(words))
		for i, w := range words {
			binary.NativeEndian.PutUint32(b[4*i:], w)
		}
		return b
	}
	// p=1 c=1 n=10 a=4 l=4 x=(hits 2, all hits 3, rows 2)
	one := blob(1, 1, 10, 4, 4, 2, 3, 2)
	tests := []struct {
		name    string
		blob    []byte
		weights []float64
		zero    bool
	}{
		{"empty", nil, nil, true},
		{"truncated", one[:20], nil, true},
		{"one phrase", one, nil, false},
		{"zero weight", one, []float64{0}, true},
		{"no hit", blob(1, 1, 10, 4, 4, 0, 3, 2), nil, true},
	}
	for _, tt := range tests {
		if got := bm25(tt.blob, tt.weights...); (got == 0) != tt.zero || got < 0 {
			t.Errorf("%s: bm25 = %v, want zero %v", tt.name, got, tt.zero)
		}
	}
	if bm25(one, 0.5) >= bm25(one) {
		t.Error("a lower column weight should lower the score")
	}
}

func TestTypeFilter(t *testing.T) {
	f := newFixture(t, fakeTokenize)
	doc := f.doc("无关 正文")
	m := f.meeting(doc, "全省 执行 工作 会议", "会议")
	d := f.directive(m, "加大 执行 力度")
	s := f.statistic(m, "执行 到位 金额", "执行 到位 金额 12亿元")
	sp := f.speaker(m, "张三", "执行 局长")
	c := f.court("某省 高级 人民法院", "某省 执行 法院")
	f.rebuild()

	tests := []struct {
		types []string
		want  []string // as a set
	}{
		{nil, []string{ref(TypeMeeting, m.ID), ref(TypeDirective, d.ID), ref(TypeStatistic, s.ID), ref(TypeSpeaker, sp.ID), ref(TypeCourt, c.ID)}},
		{[]string{"Directive"}, []string{ref(TypeDirective, d.ID)}},
		{[]string{"Meeting", "Court"}, []string{ref(TypeMeeting, m.ID), ref(TypeCourt, c.ID)}},
		{[]string{"SPEAKER", "statistic"}, []string{ref(TypeSpeaker, sp.ID), ref(TypeStatistic, s.ID)}},
	}
	for _, tt := range tests {
		hits, total, _ := f.search("执行", tt.types, 0, "")
		got := refs(hits)
		slices.Sort(got)
		slices.Sort(tt.want)
		if !slices.Equal(got, tt.want) || total != len(tt.want) {
			t.Errorf("types %v: got %v (total %d), want %v", tt.types, got, total, tt.want)
		}
	}
	_, _, _, err := f.ix.Search(context.Background(), "执行", []string{"Judge"}, 0, "")
	if model.ErrorCode(err) != model.EInvalid {
		t.Errorf("unknown type: err = %v, want %s", err, model.EInvalid)
	}
}

func TestPaging(t *testing.T) {
	f := newFixture(t, fakeTokenize)
	m := f.meeting(f.doc("正文"), "会议", "会议")
	const n = 25
	for i := range n {
		// Scores in a few tiers, so ties are broken by type and ID.
		f.directive(m, strings.Repeat("改革 ", 1+i%3)+"推进 工作")
		if i%5 == 0 {
			f.statistic(m, "改革 案件", "改革 案件 数")
		}
	}
	f.directive(m, "无关 文字")
	f.rebuild()

	all, total, next := f.search("改革", nil, MaxFirst, "")
	if want := n + 5; total != want || len(all) != want || next {
		t.Fatalf("one page: %d hits, total %d, next %v; want %d, %d, false", len(all), total, next, want, want)
	}
	for _, size := range []int{1, 7, 10, 30} {
		var got []string
		after, pages := "", 0
		for {
			hits, tot, next := f.search("改革", nil, size, after)
			if tot != total {
				t.Errorf("size %d: total %d on page %d, want %d", size, tot, pages, total)
			}
			pages++
			got = append(got, refs(hits)...)
			if !next {
				break
			}
			if len(hits) != size || pages > total {
				t.Fatalf("size %d: page %d has %d hits and hasNext", size, pages, len(hits))
			}
			after = hits[len(hits)-1].Cursor
		}
		if !slices.Equal(got, refs(all)) {
			t.Errorf("size %d: pages give %v, want %v", size, got, refs(all))
		}
	}
	// After the last hit: no hits, and still the total.
	if hits, tot, next := f.search("改革", nil, 5, all[len(all)-1].Cursor); len(hits) != 0 || tot != total || next {
		t.Errorf("after the last hit: %d hits, total %d, next %v; want 0, %d, false", len(hits), tot, next, total)
	}
	for i := 1; i < len(all); i++ {
		a, b := all[i-1], all[i]
		if a.Score < b.Score || a.Score == b.Score && (a.Type > b.Type || a.Type == b.Type && a.ID >= b.ID) {
			t.Errorf("order broken at %d: %+v then %+v", i, a, b)
		}
	}
}

func TestArguments(t *testing.T) {
	f := newFixture(t, fakeTokenize)
	m := f.meeting(f.doc("正文"), "会议", "会议")
	for range 30 {
		f.directive(m, "审判 质效")
	}
	f.rebuild()
	ctx := context.Background()

	hits, total, next := f.search("审判", nil, 0, "")
	if len(hits) != DefaultFirst || total != 30 || !next {
		t.Errorf("first 0: %d hits, total %d, next %v; want %d, 30, true", len(hits), total, next, DefaultFirst)
	}
	tests := []struct {
		name  string
		query string
		first int
		after string
	}{
		{"first too big", "审判", MaxFirst + 1, ""},
		{"first negative", "审判", -1, ""},
		{"cursor not base64", "审判", 5, "%%%"},
		{"cursor garbage", "审判", 5, "Zm9vYmFy"},
		{"query too long", strings.Repeat("审判 ", MaxQueryRunes), 5, ""},
	}
	for _, tt := range tests {
		_, _, _, err := f.ix.Search(ctx, tt.query, nil, tt.first, tt.after)
		var e *model.Error
		if !errors.As(err, &e) || e.Code != model.EInvalid {
			t.Errorf("%s: err = %v, want a %s *model.Error", tt.name, err, model.EInvalid)
		}
	}
}

func TestEmptyAndStopwordQueries(t *testing.T) {
	f := newFixture(t, fakeTokenize)
	m := f.meeting(f.doc("法院 的 工作 和 任务"), "法院 的 会议", "会议")
	f.directive(m, "的 和 在 法院")
	f.rebuild()
	for _, q := range []string{"", "   ", "，。！", "的", "的 和 在", "the AND of"} {
		hits, total, next, err := f.ix.Search(context.Background(), q, nil, 0, "")
		if err != nil || len(hits) != 0 || total != 0 || next {
			t.Errorf("Search(%q) = %d hits, total %d, next %v, err %v; want nothing", q, len(hits), total, next, err)
		}
	}
	// Stopwords in a real query are ignored, not required.
	if _, total, _ := f.search("法院 的", nil, 0, ""); total != 2 {
		t.Errorf("Search(法院 的): total %d, want 2", total)
	}
}

func TestWholeWords(t *testing.T) {
	f := newFixture(t, fakeTokenize)
	m := f.meeting(f.doc("正文"), "会议", "会议")
	judge := f.directive(m, "全体 法官 参加 会议")
	f.directive(m, "首席 大法官 出席")
	assistant := f.directive(m, "配备 法官助理")
	chief := f.speaker(m, "李四", "大法官")
	fts := f.directive(m, "启用 FTS4 检索 NOT 排序")
	f.rebuild()

	tests := []struct {
		query string
		want  []string
	}{
		// 法官助理 is a compound of two words (every Han run is a word to
		// fakeTokenize), so it is also indexed as 法官 助理; 大法官 is not.
		{"法官", []string{ref(TypeDirective, judge.ID), ref(TypeDirective, assistant.ID)}},
		{"助理", []string{ref(TypeDirective, assistant.ID)}},
		{"大法官", []string{ref(TypeSpeaker, chief.ID), ref(TypeDirective, judge.ID+1)}},
		{"法", nil},
		{"fts4", []string{ref(TypeDirective, fts.ID)}},
		{"NOT", []string{ref(TypeDirective, fts.ID)}},        // a word, not the operator
		{"fts4 法官", nil},                                     // every word is required
		{`"法官" 会议*`, []string{ref(TypeDirective, judge.ID)}}, // FTS syntax is not passed through
		{`法官 -会议`, []string{ref(TypeDirective, judge.ID)}},
	}
	for _, tt := range tests {
		hits, _, _ := f.search(tt.query, nil, 0, "")
		got, want := refs(hits), tt.want
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("Search(%q) = %v, want %v", tt.query, got, want)
		}
	}
}

func TestSnippets(t *testing.T) {
	f := newFixture(t, fakeTokenize)
	long := strings.Repeat("前文", 40) + " 司法 公正 " + strings.Repeat("后文", 40)
	tests := []struct {
		name, text, query, want string
	}{
		{"short", "要 依法 公正 审理 案件。", "公正", "要 依法 «公正» 审理 案件。"},
		{"several words", "公正 审理，公正 司法", "公正 司法", "«公正» 审理，«公正» «司法»"},
		{"adjacent words merge", "公正,司法", "公正 司法", "«公正»,«司法»"},
		{"case folded", "启用 FTS4 检索", "fts4", "启用 «FTS4» 检索"},
		{"lines collapsed", "第一段\n\n  公正 审理", "公正", "第一段 «公正» 审理"},
		{"cut both ends", long, "公正", "…" + strings.Repeat("前文", 8) + " 司法 «公正» " + strings.Repeat("后文", 18) + "后…"},
		{"hit at end", strings.Repeat("前文", 40) + " 公正", "公正", "…文" + strings.Repeat("前文", 28) + " «公正»"},
		{"substring is not a hit", "大法官 出席", "法官", ""},
	}
	for _, tt := range tests {
		got, ok := f.ix.snippet(tt.text, f.ix.queryTerms(tt.query))
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("%s: snippet = %q, %v; want %q", tt.name, got, ok, tt.want)
		}
	}
}

func TestMeetingFoundByArticle(t *testing.T) {
	f := newFixture(t, fakeTokenize)
	byName := f.meeting(f.doc("会议 在 昆明 召开"), "智慧 法院 建设 推进会", "推进会")
	byText := f.meeting(f.doc("会议 强调 推进 智慧 法院 建设，提升 审判 质效"), "党组 会议", "会议")
	f.meeting(f.doc("无关 正文"), "院长 座谈会", "座谈会")
	f.rebuild()

	hits, _, _ := f.search("智慧", []string{TypeMeeting}, 0, "")
	if got, want := refs(hits), []string{ref(TypeMeeting, byName.ID), ref(TypeMeeting, byText.ID)}; !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v (name above article text)", got, want)
	}
	if want := "会议 强调 推进 «智慧» 法院 建设，提升 审判 质效"; hits[1].Snippet != want {
		t.Errorf("snippet from the article = %q, want %q", hits[1].Snippet, want)
	}
	if want := "«智慧» 法院 建设 推进会"; hits[0].Snippet != want {
		t.Errorf("snippet from the name = %q, want %q", hits[0].Snippet, want)
	}
}

func TestIndexDocument(t *testing.T) {
	f := newFixture(t, fakeTokenize)
	ctx := context.Background()
	doc := f.doc("正文 旧闻")
	m := f.meeting(doc, "旧版 会议", "会议")
	d := f.directive(m, "旧词 内容")
	sp := f.speaker(m, "王五", "庭长")
	other := f.meeting(f.doc("另一 正文"), "另一 会议", "会议")
	kept := f.directive(other, "旧词 保留")
	f.rebuild()

	count := func(q string) int {
		t.Helper()
		_, total, _ := f.search(q, nil, 0, "")
		return total
	}
	if got := count("旧词"); got != 2 {
		t.Fatalf("before: 旧词 total %d, want 2", got)
	}

	// Re-ingest: the document's rows change, a speaker gains a title, a court appears.
	f.db.Model(d).Update("text", "新词 内容")
	f.db.Model(&model.Attendance{}).Where("speaker_id = ?", sp.ID).Update("titles", "庭长、审判员")
	c := f.court("某市 中级 人民法院", "某市 中院")
	if err := f.ix.IndexDocument(ctx, doc.ID); err != nil {
		t.Fatal(err)
	}
	hits, _, _ := f.search("旧词", nil, 0, "")
	if got, want := refs(hits), []string{ref(TypeDirective, kept.ID)}; !slices.Equal(got, want) {
		t.Errorf("after reindex: 旧词 = %v, want %v", got, want)
	}
	for q, want := range map[string]string{"新词": ref(TypeDirective, d.ID), "审判员": ref(TypeSpeaker, sp.ID), "中院": ref(TypeCourt, c.ID)} {
		hits, _, _ := f.search(q, nil, 0, "")
		if got := refs(hits); !slices.Equal(got, []string{want}) {
			t.Errorf("after reindex: %s = %v, want %v", q, got, want)
		}
	}
	if got := count("内容"); got != 1 {
		t.Errorf("reindexing twice-indexed rows: 内容 total %d, want 1", got)
	}

	// Delete: the document's rows and the vanished speaker go.
	if err := f.db.Select("Meeting").Delete(&model.Directive{}, d.ID).Error; err != nil {
		t.Fatal(err)
	}
	f.db.Where("speaker_id = ?", sp.ID).Delete(&model.Attendance{})
	f.db.Delete(&model.Speaker{}, sp.ID)
	f.db.Delete(&model.Meeting{}, m.ID)
	f.db.Delete(&model.Document{}, doc.ID)
	if err := f.ix.IndexDocument(ctx, doc.ID); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"新词", "旧版", "王五", "旧闻"} {
		if got := count(q); got != 0 {
			t.Errorf("after delete: %s total %d, want 0", q, got)
		}
	}
	if got := count("旧词"); got != 1 {
		t.Errorf("other document lost: 旧词 total %d, want 1", got)
	}
}

func TestOpenNeedsDriver(t *testing.T) {
	f := newFixture(t, fakeTokenize)
	if _, err := Open(f.db, nil); err == nil {
		t.Error("Open with a nil tokenizer succeeded")
	}
	// Opening twice is fine (tables exist).
	if _, err := Open(f.db, fakeTokenize); err != nil {
		t.Error(err)
	}
	if dbtest.Postgres() {
		return // PostgreSQL needs no driver of this package's
	}
	plain, err := gorm.Open(sqlite.Open(filepath.Join(t.TempDir(), "plain.db")), &gorm.Config{Logger: logger.Discard})
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if s, err := plain.DB(); err == nil {
			s.Close()
		}
	}()
	if _, err := Open(plain, fakeTokenize); err == nil || !strings.Contains(err.Error(), DriverName) {
		t.Errorf("Open on the plain sqlite3 driver: err = %v, want one naming %s", err, DriverName)
	}
}
