package transport_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"courtql/graph/transport"
)

// TestAggregatesCostTheirScan: a dashboard reading every aggregate once is
// allowed; one aggregate repeated under hundreds of aliases is refused with
// COMPLEXITY_LIMIT before it runs.
func TestAggregatesCostTheirScan(t *testing.T) {
	srv := realServer(t, transport.Options{})
	aliases := func(n int, field string) string {
		var b strings.Builder
		b.WriteString("{")
		for i := range n {
			fmt.Fprintf(&b, " a%d: %s", i, field)
		}
		return b.String() + " }"
	}
	tests := []struct {
		name, query, code string
	}{
		{"dashboard", `{ metrics { metric count } statisticSeries(metric: "受理案件") { value }
			kinds: meetingCounts(by: KIND) { key count } years: meetingCounts(by: YEAR) { key count }
			topKeywords(first: 50) { word } }`, ""},
		{"topKeywords x450", aliases(450, "topKeywords(first: 100) { word }"), "COMPLEXITY_LIMIT"},
		{"metrics x350", aliases(350, "metrics { count }"), "COMPLEXITY_LIMIT"},
		{"meetingCounts x350", aliases(350, "meetingCounts(by: KIND) { count }"), "COMPLEXITY_LIMIT"},
		{"search x350", aliases(350, `search(query: "执行", first: 1) { totalCount }`), "COMPLEXITY_LIMIT"},
		{"statisticSeries x350", aliases(350, `statisticSeries(metric: "a") { value }`), "COMPLEXITY_LIMIT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body, _ := json.Marshal(map[string]string{"query": tt.query})
			status, resp := postJSON(t, srv.URL, string(body))
			var r struct {
				Errors []struct {
					Message    string
					Extensions map[string]any
				}
			}
			if err := json.Unmarshal([]byte(resp), &r); err != nil {
				t.Fatalf("%d %s", status, resp)
			}
			got := ""
			if len(r.Errors) > 0 {
				got, _ = r.Errors[0].Extensions["code"].(string)
			}
			if got != tt.code {
				t.Errorf("code %q, want %q: %.300s", got, tt.code, resp)
			}
			if tt.code != "" && len(r.Errors) > 0 && !strings.Contains(r.Errors[0].Message, "exceeds the limit") {
				t.Errorf("message %q does not say the limit", r.Errors[0].Message)
			}
		})
	}
}
