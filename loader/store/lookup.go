package store

import (
	"courtql/loader/court"
	"courtql/model"
)

// lookupCourt gives a parent court named only by its full name its level,
// province, city and own parent from the court grammar.
func lookupCourt(name string) court.Court {
	if c, ok := court.Lookup(name); ok && c.Name == name {
		return c
	}
	return court.Court{Name: name, Level: model.LevelUnknown}
}
