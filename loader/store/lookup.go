package store

import (
	"courtql/loader/court"
	"courtql/model"
)

// parentCourt is the court c names as its parent, with its level, province,
// city and own parent from the court grammar. It is the store's only use of
// the grammar (extraction may later resolve parents itself).
func parentCourt(c court.Court) court.Court {
	if p, ok := court.Lookup(c.Parent); ok && p.Name == c.Parent {
		return p
	}
	return court.Court{Name: c.Parent, Level: model.LevelUnknown}
}
