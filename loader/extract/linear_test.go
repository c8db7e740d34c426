package extract

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

// unpunctuatedLine is one line of n runes of court-news Chinese with no
// punctuation at all, courts and figures included: the input that once made
// extraction quadratic (a 1 MB line did not finish in 589 s).
func unpunctuatedLine(n int) string {
	const chunk = "云南省高级人民法院召开全省法院院长座谈会院长张某某出席会议并讲话全省法院受理案件389861件同比上升15%昆明市中级人民法院参加会议要求各级法院要抓好执行工作"
	var b strings.Builder
	per := len([]rune(chunk))
	for i := 0; i < n/per; i++ {
		b.WriteString(chunk)
	}
	return b.String()
}

// longArticle is a normal article (punctuated paragraphs) of about n runes.
func longArticle(n int) string {
	const para = "8月10日,云南省高级人民法院召开全省中级法院院长座谈会。院党组书记、院长张某出席会议并讲话。今年1至7月,全省法院受理案件389861件,同比增加52481件,上升15.56%。昆明市中级人民法院院长李某作交流发言。会议要求,各级法院要全力打好执行攻坚战。\n"
	var b strings.Builder
	per := len([]rune(para))
	for i := 0; i < n/per; i++ {
		b.WriteString(para)
	}
	return b.String()
}

// BenchmarkUnpunctuatedLine shows extraction time growing linearly with the
// length of a line without punctuation: compare ns/op across the sizes
// (go test ./loader/extract -run XXX -bench UnpunctuatedLine).
func BenchmarkUnpunctuatedLine(b *testing.B) {
	Extract("warm-up", "8月10日,云南省高级人民法院召开座谈会。")
	for _, n := range []int{60000, 120000, 240000} {
		line := unpunctuatedLine(n)
		b.Run(fmt.Sprintf("runes=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(line)))
			for i := 0; i < b.N; i++ {
				Extract("line.txt", line)
			}
		})
	}
}

// BenchmarkLongArticle does the same for a long punctuated article.
func BenchmarkLongArticle(b *testing.B) {
	Extract("warm-up", "8月10日,云南省高级人民法院召开座谈会。")
	for _, n := range []int{60000, 120000, 240000} {
		doc := longArticle(n)
		b.Run(fmt.Sprintf("runes=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(doc)))
			for i := 0; i < b.N; i++ {
				Extract("long.txt", doc)
			}
		})
	}
}

// TestExtractContextCancelled cancels the extraction of a 1 MB line: it must
// stop with the context's error instead of running on.
func TestExtractContextCancelled(t *testing.T) {
	line := unpunctuatedLine(350000) // about 1 MB of UTF-8
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, _, err := ExtractContext(ctx, "line.txt", line)
	took := time.Since(start)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v after %v, want context.DeadlineExceeded", err, took)
	}
	// a loose bound on a shared machine: without cancellation this runs for
	// minutes. Under the race detector (10-50x slower on a busy machine) a
	// pass alone can outrun any fixed bound, so there only the error counts.
	if raceEnabled {
		t.Logf("returned %v after the deadline (race build: not bounded)", took-200*time.Millisecond)
		return
	}
	if took > 5*time.Second {
		t.Errorf("returned %v after the deadline", took-200*time.Millisecond)
	}
}

// TestExtractContextDone: an already cancelled context extracts nothing.
func TestExtractContextDone(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := ExtractContext(ctx, "a.txt", "8月10日,云南省高级人民法院召开座谈会。"); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}
