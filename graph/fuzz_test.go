package graph

import (
	"testing"
)

// FuzzParseGlobalID: decoding arbitrary input never panics, and whatever
// decodes re-encodes to an ID that decodes to the same type and UID.
func FuzzParseGlobalID(f *testing.F) {
	f.Add(globalID(typeCourt, "abc"))
	f.Add("Q291cnQ6")
	f.Add("not base64!")
	f.Fuzz(func(t *testing.T, id string) {
		typ, uid, err := parseGlobalID(id)
		if err != nil {
			return
		}
		typ2, uid2, err := parseGlobalID(globalID(typ, uid))
		if err != nil || typ2 != typ || uid2 != uid {
			t.Errorf("round trip of %q: %q %q %v", id, typ2, uid2, err)
		}
	})
}

// FuzzCursor: newPage never panics on any after, and accepts only cursors
// made for its ordering.
func FuzzCursor(f *testing.F) {
	f.Add(encodeCursor(cursor{Order: "date", Key: "2023-01-01", ID: 3}))
	f.Add(encodeCursor(cursor{Order: "seq", Key: 2, ID: 9}))
	f.Add("eyJvIjoxfQ")
	f.Fuzz(func(t *testing.T, after string) {
		p, err := newPage(nil, &after, orderByDate)
		if err == nil && after != "" && (p.after == nil || p.after.Order != orderByDate.name) {
			t.Errorf("accepted %q as %+v", after, p.after)
		}
	})
}
