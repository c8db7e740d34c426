package graph

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"testing"

	"github.com/99designs/gqlgen/client"
	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/go-viper/mapstructure/v2"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"gorm.io/gorm"

	"courtql/graph/sqlcount"
	"courtql/internal/dbtest"
	"courtql/model"
)

// testDB opens a migrated database of its own (dbtest) and counts every
// statement run on it (at the driver's connections, so nothing escapes:
// neither raw SQL nor the executions of statements prepared once).
func testDB(t testing.TB) (*gorm.DB, *sqlcount.Counter) {
	t.Helper()
	db, count := dbtest.OpenCounted(t, "", "?_foreign_keys=on&_busy_timeout=5000&_journal_mode=WAL&_synchronous=OFF")
	if err := db.AutoMigrate(model.All()...); err != nil {
		t.Fatal(err)
	}
	count.Reset()
	return db, count
}

// testHandler serves the schema over POST with batching and an error
// presenter that adds extensions.code, as the transport package does.
func testHandler(db *gorm.DB, opts Options) http.Handler {
	srv := handler.New(NewSchema(NewResolver(db, opts)))
	srv.AddTransport(transport.POST{})
	srv.SetErrorPresenter(func(ctx context.Context, err error) *gqlerror.Error {
		gerr := graphql.DefaultErrorPresenter(ctx, err)
		var me *model.Error
		if errors.As(err, &me) {
			gerr.Message = me.Message
			if gerr.Extensions == nil {
				gerr.Extensions = map[string]any{}
			}
			gerr.Extensions["code"] = me.Code
		}
		return gerr
	})
	return srv
}

func testClient(t testing.TB, db *gorm.DB, opts Options) *client.Client {
	t.Helper()
	c := client.New(testHandler(db, opts))
	// Tests decode only the fields they check.
	c.SetCustomDecodeConfig(&mapstructure.DecoderConfig{TagName: "json", ZeroFields: true})
	return c
}

func ptr[T any](v T) *T { return &v }

// seed inserts n meetings with courts, speakers, attendances, directives,
// statistics and keywords. Meeting i is hosted by court i%3, dated
// 2023-01-(i+1) except every fifth (undated), kind 座谈会 for even i else 推进会.
func seed(t testing.TB, db *gorm.DB, n int) {
	t.Helper()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	high := model.Court{UID: "court-high", Name: "云南省高级人民法院", Level: model.LevelHigh, Province: ptr("云南省")}
	must(db.Create(&high).Error)
	courts := []*model.Court{&high}
	for i, name := range []string{"昆明市中级人民法院", "曲靖市中级人民法院"} {
		c := &model.Court{UID: fmt.Sprintf("court-%d", i), Name: name, Level: model.LevelIntermediate,
			Province: ptr("云南省"), City: ptr([]string{"昆明市", "曲靖市"}[i]), ParentID: &high.ID}
		must(db.Create(c).Error)
		courts = append(courts, c)
	}
	must(db.Create(&[]model.CourtAlias{{CourtID: high.ID, Alias: "云南高院"}, {CourtID: high.ID, Alias: "省高院"},
		{CourtID: courts[1].ID, Alias: "昆明中院"}}).Error)
	for i := range n {
		doc := model.Document{UID: fmt.Sprintf("doc-%d", i), Source: fmt.Sprintf("%03d.txt", i), Hash: "h",
			Title: ptr(fmt.Sprintf("标题%d", i)), Text: "正文"}
		must(db.Create(&doc).Error)
		host := courts[i%3]
		m := model.Meeting{UID: fmt.Sprintf("meeting-%d", i), DocumentID: doc.ID, Name: fmt.Sprintf("会议%03d", n-i),
			Kind: []string{"座谈会", "推进会"}[i%2], HostID: &host.ID}
		if i%5 != 4 {
			m.Date = ptr(fmt.Sprintf("2023-%02d-01", i%12+1))
		}
		must(db.Create(&m).Error)
		must(db.Create(&[]model.MeetingCourt{{MeetingID: m.ID, CourtID: host.ID, Seq: 0},
			{MeetingID: m.ID, CourtID: courts[(i+1)%3].ID, Seq: 1}}).Error)
		sp := model.Speaker{UID: fmt.Sprintf("speaker-%d", i), Name: fmt.Sprintf("张%d", i), CourtID: &host.ID}
		must(db.Create(&sp).Error)
		must(db.Create(&model.Attendance{MeetingID: m.ID, SpeakerID: sp.ID, Roles: "讲话、主持",
			Titles: "党组书记、院长", SpanStart: 1, SpanEnd: 3}).Error)
		for j := range 3 {
			d := model.Directive{UID: fmt.Sprintf("directive-%d-%d", i, j), MeetingID: m.ID, Seq: j, Ordinal: ptr(j + 1),
				Text: fmt.Sprintf("要求%d", j), Topic: ptr([]string{"执行工作", "审判质效", "队伍建设"}[j]), SpanStart: 10 * j, SpanEnd: 10*j + 5}
			if j != 2 {
				d.SpeakerID = &sp.ID
			}
			must(db.Create(&d).Error)
			must(db.Create(&model.Keyword{MeetingID: m.ID, DirectiveID: &d.ID, Word: "执行", Weight: 1}).Error)
		}
		for j := range 2 {
			s := model.Statistic{UID: fmt.Sprintf("statistic-%d-%d", i, j), MeetingID: m.ID, Seq: j,
				Metric: []string{"受理案件", "执结率"}[j], Unit: ptr([]string{"件", "%"}[j]), Text: "句子"}
			if i%4 == 3 && j == 0 {
				s.Redacted = true
			} else {
				s.Value = ptr(float64(100*i + j))
			}
			must(db.Create(&s).Error)
		}
		must(db.Create(&[]model.Keyword{{MeetingID: m.ID, Word: "审判", Weight: 2, Seq: 0},
			{MeetingID: m.ID, Word: fmt.Sprintf("词%d", i%2), Weight: 1, Seq: 1}}).Error)
	}
}
