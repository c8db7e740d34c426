package transport_test

import (
	"encoding/json"
	"strings"
	"testing"

	"courtql/graph/transport"
)

// TestNoSuggestionsInProduction: validation errors name no schema field, type,
// argument or enum value the client did not send when Production is set;
// development keeps the helpful "Did you mean".
func TestNoSuggestionsInProduction(t *testing.T) {
	queries := []struct{ name, query string }{
		{"field", `{ courts(first: 1) { totalCont } }`},
		{"argument", `{ courts(frist: 1) { totalCount } }`},
		{"type", `query($f: CourtFiltr) { courts(filter: $f) { totalCount } }`},
		{"enum value", `{ meetings(orderBy: {field: DAT}) { totalCount } }`},
		{"input field", `{ courts(filter: {provinc: "云南省"}) { totalCount } }`},
		{"enum literal", `{ courts(filter: {level: HIG}) { totalCount } }`},
		{"scalar leaf", `{ courts }`},
	}
	dev := realServer(t, transport.Options{})
	prod := realServer(t, transport.Options{Production: true})
	for _, tt := range queries {
		t.Run(tt.name, func(t *testing.T) {
			body, _ := json.Marshal(map[string]string{"query": tt.query})
			_, devBody := postJSON(t, dev.URL, string(body))
			if !strings.Contains(devBody, "GRAPHQL_VALIDATION_FAILED") {
				t.Fatalf("development: %s, want a validation error", devBody)
			}
			status, prodBody := postJSON(t, prod.URL, string(body))
			if status != 200 || !strings.Contains(prodBody, "GRAPHQL_VALIDATION_FAILED") {
				t.Errorf("production: %d %s, want a validation error", status, prodBody)
			}
			if strings.Contains(prodBody, "Did you mean") {
				t.Errorf("production suggests: %s", prodBody)
			}
		})
	}
	_, devBody := postJSON(t, dev.URL, `{"query":"{ courts(first: 1) { totalCont } }"}`)
	if !strings.Contains(devBody, `Did you mean \"totalCount\"`) {
		t.Errorf("development lost its suggestions: %s", devBody)
	}
}
