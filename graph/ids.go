package graph

import (
	"encoding/base64"
	"strings"

	"courtql/model"
)

// Node type names, as they appear in global IDs and in the schema.
const (
	typeCourt     = "Court"
	typeDocument  = "Document"
	typeMeeting   = "Meeting"
	typeSpeaker   = "Speaker"
	typeDirective = "Directive"
	typeStatistic = "Statistic"
)

// nodeTables maps a node type to its table. Every node model has a UID column
// holding a stable hash of its natural key, so IDs survive re-loads.
var nodeTables = map[string]string{
	typeCourt:     "courts",
	typeDocument:  "documents",
	typeMeeting:   "meetings",
	typeSpeaker:   "speakers",
	typeDirective: "directives",
	typeStatistic: "statistics",
}

// globalID encodes base64url("Type:UID").
func globalID(typ, uid string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(typ + ":" + uid))
}

// parseGlobalID decodes a global ID into its type and UID.
func parseGlobalID(id string) (typ, uid string, err error) {
	b, derr := base64.RawURLEncoding.DecodeString(strings.TrimRight(id, "="))
	typ, uid, ok := strings.Cut(string(b), ":")
	if derr != nil || !ok || uid == "" || nodeTables[typ] == "" {
		return "", "", model.Errorf(model.EInvalid, "invalid ID %q", id)
	}
	return typ, uid, nil
}

// parseTypedID decodes a global ID that must be of type want.
func parseTypedID(id, want string) (string, error) {
	typ, uid, err := parseGlobalID(id)
	if err != nil {
		return "", err
	}
	if typ != want {
		return "", model.Errorf(model.EInvalid, "ID %q is a %s, want a %s", id, typ, want)
	}
	return uid, nil
}
