package graph

import (
	"slices"
	"testing"

	"github.com/99designs/gqlgen/client"
)

func TestDashboards(t *testing.T) {
	db, _ := testDB(t)
	seed(t, db, 10)
	c := testClient(t, db, Options{})
	var resp struct {
		Metrics []struct {
			Metric string
			Unit   *string
			Count  int
			Courts []struct{ Name string }
		}
		StatisticSeries []struct {
			Date    *string
			Value   *float64
			Unit    *string
			Meeting struct{ Name string }
		}
		ByKind, ByYear, ByCourt []struct {
			Key   string
			Count int
		}
		TopKeywords []struct {
			Word   string
			Weight float64
		}
	}
	c.MustPost(`query($court: ID) {
		metrics { metric unit count courts { name } }
		statisticSeries(metric: "受理案件", court: $court) { date value unit meeting { name } }
		byKind: meetingCounts(by: KIND) { key count }
		byYear: meetingCounts(by: YEAR) { key count }
		byCourt: meetingCounts(by: COURT) { key count }
		topKeywords(filter: {kind: "座谈会"}, first: 2) { word weight }
	}`, &resp, client.Var("court", globalID(typeCourt, "court-high")))

	if len(resp.Metrics) != 2 || resp.Metrics[0].Count != 10 || len(resp.Metrics[0].Courts) != 3 {
		t.Errorf("metrics = %+v", resp.Metrics)
	}
	// Hosted by court-high: i = 0, 3, 6, 9 (9 undated, so last; 3 redacted).
	var dates []string
	for _, p := range resp.StatisticSeries {
		d := "-"
		if p.Date != nil {
			d = *p.Date
		}
		dates = append(dates, d)
	}
	if want := []string{"2023-01-01", "2023-04-01", "2023-07-01", "-"}; !slices.Equal(dates, want) {
		t.Errorf("series dates = %v, want %v", dates, want)
	}
	if len(resp.StatisticSeries) == 4 && (resp.StatisticSeries[1].Value != nil || *resp.StatisticSeries[2].Value != 600) {
		t.Errorf("series values = %+v", resp.StatisticSeries)
	}
	if len(resp.ByKind) != 2 || resp.ByKind[0].Count != 5 {
		t.Errorf("by kind = %+v", resp.ByKind)
	}
	if len(resp.ByYear) != 2 || resp.ByYear[0] != (struct {
		Key   string
		Count int
	}{"2023", 8}) {
		t.Errorf("by year = %+v", resp.ByYear)
	}
	if len(resp.ByCourt) != 3 || resp.ByCourt[0].Key != "云南省高级人民法院" || resp.ByCourt[0].Count != 4 {
		t.Errorf("by court = %+v", resp.ByCourt)
	}
	// Five 座谈会 (even i): 审判 weighs 2 each, 词0 1 each.
	if len(resp.TopKeywords) != 2 || resp.TopKeywords[0].Word != "审判" || resp.TopKeywords[0].Weight != 10 ||
		resp.TopKeywords[1].Word != "词0" {
		t.Errorf("top keywords = %+v", resp.TopKeywords)
	}
}
