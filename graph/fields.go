package graph

// fields.go holds the helpers behind the one-line field resolvers.

import (
	"context"
	"strings"

	"github.com/vikstrous/dataloadgen"

	"courtql/model"
)

// listSep joins Attendance.Roles and Attendance.Titles.
const listSep = "、"

// loadOpt loads the row with id through l; a nil id loads nothing.
func loadOpt[T any](ctx context.Context, l *dataloadgen.Loader[uint, *T], id *uint) (*T, error) {
	if id == nil {
		return nil, nil
	}
	return l.Load(ctx, *id)
}

// splitList splits a "、"-joined list, dropping empty items.
func splitList(s string) []string {
	out := []string{}
	for _, x := range strings.Split(s, listSep) {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// nonNil turns a nil list into an empty one (the schema's lists are non-null).
func nonNil[T any](xs []T, err error) ([]T, error) {
	if xs == nil && err == nil {
		return []T{}, nil
	}
	return xs, err
}

// firstKeywords loads the keywords of id and keeps the first n (all when n is nil).
func firstKeywords(ctx context.Context, l *dataloadgen.Loader[uint, []*model.Keyword], id uint, n *int) ([]*model.Keyword, error) {
	if n != nil && (*n < 0 || *n > maxFirst) {
		return nil, model.Errorf(model.EInvalid, "first must be between 0 and %d, got %d", maxFirst, *n)
	}
	kws, err := l.Load(ctx, id)
	if err != nil {
		return nil, err
	}
	if n != nil && len(kws) > *n {
		kws = kws[:*n]
	}
	return nonNil(kws, nil)
}

// speakerTitles is the union of a speaker's titles over their attendances,
// in order of first appearance.
func speakerTitles(ctx context.Context, speaker uint) ([]string, error) {
	as, err := For(ctx).SpeakerAttendances.Load(ctx, speaker)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	out := []string{}
	for _, a := range as {
		for _, t := range splitList(a.Titles) {
			if !seen[t] {
				seen[t] = true
				out = append(out, t)
			}
		}
	}
	return out, nil
}

// childPage validates (first, after) against o and loads the parent's page.
func childPage[T any](ctx context.Context, l *dataloadgen.Loader[childKey, pageOf[T]], o order, parent uint, first *int, after *string) (pageOf[T], error) {
	p, err := newPage(first, after, o)
	if err != nil {
		return pageOf[T]{}, err
	}
	return l.Load(ctx, childKey{parent: parent, first: p.first, after: p.raw})
}

func courtMeetings(ctx context.Context, court uint, first *int, after *string) (*MeetingConnection, error) {
	p, err := childPage(ctx, For(ctx).CourtMeetings, orderByDateDsc, court, first, after)
	return meetingConnection(p), err
}

func meetingDirectives(ctx context.Context, meeting uint, first *int, after *string) (*DirectiveConnection, error) {
	p, err := childPage(ctx, For(ctx).MeetingDirectives, orderBySeq, meeting, first, after)
	return directiveConnection(p), err
}

func speakerDirectives(ctx context.Context, speaker uint, first *int, after *string) (*DirectiveConnection, error) {
	p, err := childPage(ctx, For(ctx).SpeakerDirectives, orderByID, speaker, first, after)
	return directiveConnection(p), err
}

func meetingStatistics(ctx context.Context, meeting uint, first *int, after *string) (*StatisticConnection, error) {
	p, err := childPage(ctx, For(ctx).MeetingStatistics, orderBySeq, meeting, first, after)
	return statisticConnection(p), err
}

// metricCourts loads the courts of a metric summary, by name.
func metricCourts(ctx context.Context, s *MetricSummary) ([]*model.Court, error) {
	cs, err := For(ctx).Court.LoadAll(ctx, s.CourtIDs)
	if err != nil {
		return nil, err
	}
	out := make([]*model.Court, 0, len(cs))
	for _, c := range cs {
		if c != nil {
			out = append(out, c)
		}
	}
	return sortCourtsByName(out), nil
}

func span(start, end int) *Span { return &Span{Start: start, End: end} }
