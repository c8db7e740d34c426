package graph

// fields.go holds the helpers behind the one-line field resolvers. Each
// nested field is loaded for its whole sibling group (dataloader.go) by one
// statement from db.go.

import (
	"context"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"

	"courtql/model"
)

// listSep joins Attendance.Roles and Attendance.Titles.
const listSep = "、"

// rowID is the primary key of a model row.
func rowID[T any](r *T) uint {
	switch v := any(r).(type) {
	case *model.Court:
		return v.ID
	case *model.CourtAlias:
		return v.ID
	case *model.Document:
		return v.ID
	case *model.Meeting:
		return v.ID
	case *model.Speaker:
		return v.ID
	case *model.Attendance:
		return v.ID
	case *model.Directive:
		return v.ID
	case *model.Statistic:
		return v.ID
	case *model.Keyword:
		return v.ID
	}
	panic("graph: rowID of an unknown type")
}

// toOne loads the row fk points to (nil when fk is nil), for every row of
// obj's group with one statement; the rows loaded form the next group.
func toOne[P, T any](ctx context.Context, obj *P, key string, fk func(*P) *uint) (*T, error) {
	if fk(obj) == nil {
		return nil, nil
	}
	return batchLoad(ctx, obj, key, func(ctx context.Context, s *scope, rows []*P) ([]*T, error) {
		ids := make([]uint, 0, len(rows))
		seen := make(map[uint]bool, len(rows))
		for _, r := range rows {
			if id := fk(r); id != nil && !seen[*id] {
				seen[*id] = true
				ids = append(ids, *id)
			}
		}
		loaded, err := byIDs[T](ctx, s.rd, ids)
		if err != nil {
			return nil, err
		}
		register(s, loaded)
		byID := make(map[uint]*T, len(loaded))
		for _, r := range loaded {
			byID[rowID(r)] = r
		}
		out := make([]*T, len(rows))
		for i, r := range rows {
			if id := fk(r); id != nil {
				out[i] = byID[*id]
			}
		}
		return out, nil
	})
}

// toMany loads obj's children with fetch, for every row of obj's group with
// one statement; all children loaded form the next group.
func toMany[P, T any](ctx context.Context, obj *P, key string, fetch func(ctx context.Context, s *scope, parents []uint) (map[uint][]*T, error)) ([]*T, error) {
	xs, err := batchLoad(ctx, obj, key, func(ctx context.Context, s *scope, rows []*P) ([][]*T, error) {
		ids := make([]uint, len(rows))
		for i, r := range rows {
			ids[i] = rowID(r)
		}
		byParent, err := fetch(ctx, s, ids)
		if err != nil {
			return nil, err
		}
		out := make([][]*T, len(rows))
		var all []*T
		for i, id := range ids {
			out[i] = byParent[id]
			all = append(all, out[i]...)
		}
		register(s, all)
		return out, nil
	})
	return nonNil(xs, err)
}

// childPage loads one page of obj's children (table rows whose parentCol is
// obj's id, in order o) for every row of obj's group with one windowed
// statement, plus one grouped COUNT when totalCount is selected.
func childPage[P, T any](ctx context.Context, obj *P, field, table, parentCol string, o order, first *int, after *string, key func(*T) (any, uint), parentOf func(*T) uint) (pageOf[T], error) {
	p, err := newPage(first, after, o)
	if err != nil {
		return pageOf[T]{}, err
	}
	count := wantTotal(ctx)
	p.noCursors = !wantCursors(ctx)
	k := field + "|" + strconv.Itoa(p.first) + "|" + p.raw + "|" + strconv.FormatBool(count) + "|" + strconv.FormatBool(p.noCursors)
	return batchLoad(ctx, obj, k, func(ctx context.Context, s *scope, rows []*P) ([]pageOf[T], error) {
		ids := make([]uint, len(rows))
		for i, r := range rows {
			ids[i] = rowID(r)
		}
		byParent, err := windowRows(ctx, s.rd, parentCol, "", ids, o, p.after, p.first+1, parentOf)
		if err != nil {
			return nil, err
		}
		var totals map[uint]int
		if count {
			if totals, err = countChildren(ctx, s.rd, table, parentCol, ids); err != nil {
				return nil, err
			}
		}
		out := make([]pageOf[T], len(rows))
		var all []*T
		for i, id := range ids {
			out[i] = newPageOf(byParent[id], totals[id], p, o, key)
			all = append(all, out[i].rows...)
		}
		register(s, all)
		return out, nil
	})
}

// wantTotal reports whether the connection being resolved selects totalCount;
// counting costs a statement that only that field needs.
func wantTotal(ctx context.Context) bool {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || !graphql.HasOperationContext(ctx) {
		return true
	}
	var satisfies []string
	if fc.Field.Definition != nil {
		satisfies = []string{fc.Field.Definition.Type.Name()}
	}
	for _, f := range graphql.CollectFields(graphql.GetOperationContext(ctx), fc.Field.Selections, satisfies) {
		if f.Name == "totalCount" {
			return true
		}
	}
	return false
}

// wantCursors reports whether the connection being resolved selects a
// cursor: edges { cursor } or pageInfo { startCursor endCursor }, through
// fragments too. When in doubt it says yes.
func wantCursors(ctx context.Context) bool {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Field.Field == nil || fc.Field.Definition == nil || !graphql.HasOperationContext(ctx) {
		return true
	}
	op := graphql.GetOperationContext(ctx)
	// selected reports whether f selects one of names, and whether it could tell.
	selected := func(f graphql.CollectedField, names ...string) (bool, bool) {
		if f.Definition == nil {
			return true, false
		}
		for _, c := range graphql.CollectFields(op, f.Selections, []string{f.Definition.Type.Name()}) {
			for _, n := range names {
				if c.Name == n {
					return true, true
				}
			}
		}
		return false, true
	}
	for _, f := range graphql.CollectFields(op, fc.Field.Selections, []string{fc.Field.Definition.Type.Name()}) {
		var want, known bool
		switch f.Name {
		case "edges":
			want, known = selected(f, "cursor")
		case "pageInfo":
			want, known = selected(f, "startCursor", "endCursor")
		default:
			continue
		}
		if want || !known {
			return true
		}
	}
	return false
}

// checkFirst validates a keywords(first:) argument.
func checkFirst(n *int) (int, error) {
	if n == nil {
		return -1, nil
	}
	if *n < 0 || *n > maxFirst {
		return 0, model.Errorf(model.EInvalid, "first must be between 0 and %d, got %d", maxFirst, *n)
	}
	return *n, nil
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

func courtParent(ctx context.Context, c *model.Court) (*model.Court, error) {
	return toOne[model.Court, model.Court](ctx, c, "parent", func(c *model.Court) *uint { return c.ParentID })
}

func courtAliases(ctx context.Context, c *model.Court) ([]string, error) {
	as, err := toMany(ctx, c, "aliases", func(ctx context.Context, s *scope, ids []uint) (map[uint][]*model.CourtAlias, error) {
		return childRows(ctx, s.rd, "court_id", "", "id", ids, func(a *model.CourtAlias) uint { return a.CourtID })
	})
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.Alias
	}
	return out, err
}

func courtMeetings(ctx context.Context, c *model.Court, first *int, after *string) (*MeetingConnection, error) {
	p, err := childPage(ctx, c, "meetings", "meetings", "host_id", orderByDateDsc, first, after,
		meetingKey(orderByDateDsc), func(m *model.Meeting) uint { return *m.HostID })
	return meetingConnection(p), err
}

func meetingDocument(ctx context.Context, m *model.Meeting) (*model.Document, error) {
	return toOne[model.Meeting, model.Document](ctx, m, "document", func(m *model.Meeting) *uint { return &m.DocumentID })
}

func meetingHost(ctx context.Context, m *model.Meeting) (*model.Court, error) {
	return toOne[model.Meeting, model.Court](ctx, m, "host", func(m *model.Meeting) *uint { return m.HostID })
}

func meetingCourts(ctx context.Context, m *model.Meeting) ([]*model.Court, error) {
	return toMany(ctx, m, "courts", func(ctx context.Context, s *scope, ids []uint) (map[uint][]*model.Court, error) {
		return courtsOfMeetings(ctx, s.rd, ids)
	})
}

func meetingAttendances(ctx context.Context, m *model.Meeting) ([]*model.Attendance, error) {
	return toMany(ctx, m, "attendances", func(ctx context.Context, s *scope, ids []uint) (map[uint][]*model.Attendance, error) {
		return childRows(ctx, s.rd, "meeting_id", "", "seq, id", ids, func(a *model.Attendance) uint { return a.MeetingID })
	})
}

func meetingDirectives(ctx context.Context, m *model.Meeting, first *int, after *string) (*DirectiveConnection, error) {
	p, err := childPage(ctx, m, "directives", "directives", "meeting_id", orderBySeq, first, after,
		directiveKey, func(d *model.Directive) uint { return d.MeetingID })
	return directiveConnection(p), err
}

func meetingStatistics(ctx context.Context, m *model.Meeting, first *int, after *string) (*StatisticConnection, error) {
	p, err := childPage(ctx, m, "statistics", "statistics", "meeting_id", orderBySeq, first, after,
		statisticKey, func(s *model.Statistic) uint { return s.MeetingID })
	return statisticConnection(p), err
}

func meetingKeywords(ctx context.Context, m *model.Meeting, first *int) ([]*model.Keyword, error) {
	n, err := checkFirst(first)
	if err != nil {
		return nil, err
	}
	return toMany(ctx, m, "keywords|"+strconv.Itoa(n), func(ctx context.Context, s *scope, ids []uint) (map[uint][]*model.Keyword, error) {
		return windowRows(ctx, s.rd, "meeting_id", "directive_id IS NULL", ids, orderBySeq, nil, n,
			func(k *model.Keyword) uint { return k.MeetingID })
	})
}

func attendanceSpeaker(ctx context.Context, a *model.Attendance) (*model.Speaker, error) {
	return toOne[model.Attendance, model.Speaker](ctx, a, "speaker", func(a *model.Attendance) *uint { return &a.SpeakerID })
}

func attendanceMeeting(ctx context.Context, a *model.Attendance) (*model.Meeting, error) {
	return toOne[model.Attendance, model.Meeting](ctx, a, "meeting", func(a *model.Attendance) *uint { return &a.MeetingID })
}

func speakerCourt(ctx context.Context, sp *model.Speaker) (*model.Court, error) {
	return toOne[model.Speaker, model.Court](ctx, sp, "court", func(s *model.Speaker) *uint { return s.CourtID })
}

func speakerAttendances(ctx context.Context, sp *model.Speaker) ([]*model.Attendance, error) {
	return toMany(ctx, sp, "attendances", func(ctx context.Context, s *scope, ids []uint) (map[uint][]*model.Attendance, error) {
		return childRows(ctx, s.rd, "speaker_id", "", "id", ids, func(a *model.Attendance) uint { return a.SpeakerID })
	})
}

// speakerTitles is the union of a speaker's titles over their attendances,
// in order of first appearance. It shares speakerAttendances' batch.
func speakerTitles(ctx context.Context, sp *model.Speaker) ([]string, error) {
	as, err := speakerAttendances(ctx, sp)
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

func speakerDirectives(ctx context.Context, sp *model.Speaker, first *int, after *string) (*DirectiveConnection, error) {
	p, err := childPage(ctx, sp, "directives", "directives", "speaker_id", orderByID, first, after,
		directiveKey, func(d *model.Directive) uint { return *d.SpeakerID })
	return directiveConnection(p), err
}

func directiveMeeting(ctx context.Context, d *model.Directive) (*model.Meeting, error) {
	return toOne[model.Directive, model.Meeting](ctx, d, "meeting", func(d *model.Directive) *uint { return &d.MeetingID })
}

func directiveSpeaker(ctx context.Context, d *model.Directive) (*model.Speaker, error) {
	return toOne[model.Directive, model.Speaker](ctx, d, "speaker", func(d *model.Directive) *uint { return d.SpeakerID })
}

func directiveKeywords(ctx context.Context, d *model.Directive, first *int) ([]*model.Keyword, error) {
	n, err := checkFirst(first)
	if err != nil {
		return nil, err
	}
	return toMany(ctx, d, "keywords|"+strconv.Itoa(n), func(ctx context.Context, s *scope, ids []uint) (map[uint][]*model.Keyword, error) {
		return windowRows(ctx, s.rd, "directive_id", "", ids, orderBySeq, nil, n,
			func(k *model.Keyword) uint { return *k.DirectiveID })
	})
}

func statisticMeeting(ctx context.Context, st *model.Statistic) (*model.Meeting, error) {
	return toOne[model.Statistic, model.Meeting](ctx, st, "meeting", func(s *model.Statistic) *uint { return &s.MeetingID })
}

func seriesPointMeeting(ctx context.Context, p *SeriesPoint) (*model.Meeting, error) {
	return toOne[SeriesPoint, model.Meeting](ctx, p, "meeting", func(p *SeriesPoint) *uint { return &p.MeetingID })
}

// metricCourts loads the courts of every metric summary of the response with
// one statement, each summary's by name.
func metricCourts(ctx context.Context, sum *MetricSummary) ([]*model.Court, error) {
	return batchLoad(ctx, sum, "courts", func(ctx context.Context, s *scope, rows []*MetricSummary) ([][]*model.Court, error) {
		var ids []uint
		for _, r := range rows {
			ids = append(ids, r.CourtIDs...)
		}
		loaded, err := byIDs[model.Court](ctx, s.rd, ids)
		if err != nil {
			return nil, err
		}
		register(s, loaded)
		byID := make(map[uint]*model.Court, len(loaded))
		for _, c := range loaded {
			byID[c.ID] = c
		}
		out := make([][]*model.Court, len(rows))
		for i, r := range rows {
			out[i] = []*model.Court{}
			for _, id := range r.CourtIDs {
				if c := byID[id]; c != nil {
					out[i] = append(out[i], c)
				}
			}
			sortCourtsByName(out[i])
		}
		return out, nil
	})
}

func span(start, end int) *Span { return &Span{Start: start, End: end} }
