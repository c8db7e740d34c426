package graph

import (
	"context"
	"net/http"
	"strings"

	"github.com/vikstrous/dataloadgen"
	"gorm.io/gorm"

	"courtql/model"
)

// childKey identifies one page of a parent's children; every parent at one
// level of a query shares first and after, so their keys batch together.
type childKey struct {
	parent uint
	first  int
	after  string
}

// Loaders batch every nested field of one request into one query per field
// and level. Build them per request (LoaderMiddleware, WithLoaders): they
// cache what they load.
type Loaders struct {
	Court     *dataloadgen.Loader[uint, *model.Court]
	Document  *dataloadgen.Loader[uint, *model.Document]
	Meeting   *dataloadgen.Loader[uint, *model.Meeting]
	Speaker   *dataloadgen.Loader[uint, *model.Speaker]
	Directive *dataloadgen.Loader[uint, *model.Directive]
	Statistic *dataloadgen.Loader[uint, *model.Statistic]

	CourtAliases       *dataloadgen.Loader[uint, []string]
	MeetingCourts      *dataloadgen.Loader[uint, []*model.Court]
	MeetingAttendances *dataloadgen.Loader[uint, []*model.Attendance]
	SpeakerAttendances *dataloadgen.Loader[uint, []*model.Attendance]
	MeetingKeywords    *dataloadgen.Loader[uint, []*model.Keyword]
	DirectiveKeywords  *dataloadgen.Loader[uint, []*model.Keyword]

	CourtMeetings     *dataloadgen.Loader[childKey, pageOf[model.Meeting]]
	MeetingDirectives *dataloadgen.Loader[childKey, pageOf[model.Directive]]
	SpeakerDirectives *dataloadgen.Loader[childKey, pageOf[model.Directive]]
	MeetingStatistics *dataloadgen.Loader[childKey, pageOf[model.Statistic]]
}

// NewLoaders returns fresh loaders reading from db; opts apply to each
// (dataloadgen.WithoutCache for a long-lived websocket connection).
func NewLoaders(db *gorm.DB, opts ...dataloadgen.Option) *Loaders {
	return &Loaders{
		Court:     byIDLoader(db, func(r *model.Court) uint { return r.ID }, opts...),
		Document:  byIDLoader(db, func(r *model.Document) uint { return r.ID }, opts...),
		Meeting:   byIDLoader(db, func(r *model.Meeting) uint { return r.ID }, opts...),
		Speaker:   byIDLoader(db, func(r *model.Speaker) uint { return r.ID }, opts...),
		Directive: byIDLoader(db, func(r *model.Directive) uint { return r.ID }, opts...),
		Statistic: byIDLoader(db, func(r *model.Statistic) uint { return r.ID }, opts...),

		CourtAliases: listLoader(func(ctx context.Context, ids []uint) (map[uint][]string, error) {
			return courtAliases(ctx, db, ids)
		}, opts...),
		MeetingCourts: listLoader(func(ctx context.Context, ids []uint) (map[uint][]*model.Court, error) {
			return meetingCourts(ctx, db, ids)
		}, opts...),
		MeetingAttendances: listLoader(func(ctx context.Context, ids []uint) (map[uint][]*model.Attendance, error) {
			return childrenOf(ctx, db, "meeting_id", "", "seq, id", ids, func(a *model.Attendance) uint { return a.MeetingID })
		}, opts...),
		SpeakerAttendances: listLoader(func(ctx context.Context, ids []uint) (map[uint][]*model.Attendance, error) {
			return childrenOf(ctx, db, "speaker_id", "", "id", ids, func(a *model.Attendance) uint { return a.SpeakerID })
		}, opts...),
		MeetingKeywords: listLoader(func(ctx context.Context, ids []uint) (map[uint][]*model.Keyword, error) {
			return childrenOf(ctx, db, "meeting_id", "directive_id IS NULL", "seq, id", ids, func(k *model.Keyword) uint { return k.MeetingID })
		}, opts...),
		DirectiveKeywords: listLoader(func(ctx context.Context, ids []uint) (map[uint][]*model.Keyword, error) {
			return childrenOf(ctx, db, "directive_id", "", "seq, id", ids, func(k *model.Keyword) uint { return *k.DirectiveID })
		}, opts...),

		CourtMeetings: pageLoader(db, "meetings", "host_id", orderByDateDsc, meetingKey(orderByDateDsc),
			func(m *model.Meeting) uint { return *m.HostID }),
		MeetingDirectives: pageLoader(db, "directives", "meeting_id", orderBySeq, directiveKey,
			func(d *model.Directive) uint { return d.MeetingID }),
		SpeakerDirectives: pageLoader(db, "directives", "speaker_id", orderByID, directiveKey,
			func(d *model.Directive) uint { return *d.SpeakerID }),
		MeetingStatistics: pageLoader(db, "statistics", "meeting_id", orderBySeq, statisticKey,
			func(s *model.Statistic) uint { return s.MeetingID }),
	}
}

// byIDLoader loads rows by primary key; a missing row loads as nil.
func byIDLoader[T any](db *gorm.DB, id func(*T) uint, opts ...dataloadgen.Option) *dataloadgen.Loader[uint, *T] {
	return listLoader(func(ctx context.Context, ids []uint) (map[uint]*T, error) {
		return byIDs(ctx, db, ids, id)
	}, opts...)
}

// listLoader wraps a batch function returning a map; keys missing from the
// map load as the zero value (nil or an empty list), not as an error.
func listLoader[K comparable, V any](fetch func(context.Context, []K) (map[K]V, error), opts ...dataloadgen.Option) *dataloadgen.Loader[K, V] {
	return dataloadgen.NewLoader(func(ctx context.Context, keys []K) ([]V, []error) {
		m, err := fetch(ctx, keys)
		vals := make([]V, len(keys))
		if err != nil {
			return vals, []error{err}
		}
		for i, k := range keys {
			vals[i] = m[k]
		}
		return vals, nil
	}, opts...)
}

// pageLoader loads pages of children of several parents; keys sharing
// (first, after) are fetched by one windowed query and one count.
func pageLoader[T any](db *gorm.DB, table, parentCol string, o order, key func(*T) (any, uint), parent func(*T) uint, opts ...dataloadgen.Option) *dataloadgen.Loader[childKey, pageOf[T]] {
	return dataloadgen.NewLoader(func(ctx context.Context, keys []childKey) ([]pageOf[T], []error) {
		type group struct {
			first int
			after string
		}
		groups := map[group][]uint{}
		for _, k := range keys {
			g := group{k.first, k.after}
			groups[g] = append(groups[g], k.parent)
		}
		vals := make([]pageOf[T], len(keys))
		errs := make([]error, len(keys))
		for g, parents := range groups {
			p, err := newPage(&g.first, &g.after, o)
			var rows map[uint][]*T
			var totals map[uint]int
			if err == nil {
				rows, totals, err = windowPage(ctx, db, table, parentCol, parents, o, p, parent)
			}
			for i, k := range keys {
				if (group{k.first, k.after}) != g {
					continue
				}
				if err != nil {
					errs[i] = err
					continue
				}
				vals[i] = newPageOf(rows[k.parent], totals[k.parent], p, o, key)
			}
		}
		return vals, errs
	}, opts...)
}

type loadersKey struct{}

// WithLoaders returns ctx carrying fresh loaders over db, for use outside
// HTTP (tests, subscriptions run by other transports).
func WithLoaders(ctx context.Context, db *gorm.DB) context.Context {
	return context.WithValue(ctx, loadersKey{}, NewLoaders(db))
}

// LoaderMiddleware gives every request its own loaders over db. A websocket
// connection lives for many subscription events, so its loaders batch but
// keep no cache: each event reads current rows.
func LoaderMiddleware(db *gorm.DB) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			var opts []dataloadgen.Option
			if strings.EqualFold(r.Header.Get("Upgrade"), "websocket") {
				opts = append(opts, dataloadgen.WithoutCache())
			}
			ctx := context.WithValue(r.Context(), loadersKey{}, NewLoaders(db, opts...))
			next.ServeHTTP(w, r.WithContext(ctx))
		})
	}
}

// For returns the loaders of ctx. It panics (shown to the client as an
// internal error) when the handler was not wrapped by LoaderMiddleware:
// failing loudly beats silently running one query per object.
func For(ctx context.Context) *Loaders {
	if l, ok := ctx.Value(loadersKey{}).(*Loaders); ok {
		return l
	}
	panic("graph: no loaders in context; wrap the handler with graph.LoaderMiddleware")
}
