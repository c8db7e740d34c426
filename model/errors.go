package model

import (
	"context"
	"errors"
	"fmt"
)

// Error codes, shown to API users as extensions.code. Anything that is not an
// *Error is shown as INTERNAL_SERVER_ERROR with its message masked.
const (
	EInvalid         = "BAD_USER_INPUT"
	ENotFound        = "NOT_FOUND"
	EUnauthenticated = "UNAUTHENTICATED"
	EForbidden       = "FORBIDDEN"
	EComplexity      = "COMPLEXITY_LIMIT"
	EInternal        = "INTERNAL_SERVER_ERROR"
)

// Error is an error meant for the API's users: a code and a message safe to show.
type Error struct {
	Code    string
	Message string
}

func (e *Error) Error() string { return e.Message }

// Errorf returns an *Error with the given code and formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, or EInternal.
func ErrorCode(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EInternal
}

// IngestReport tells what ingesting one text produced.
type IngestReport struct {
	DocumentID uint
	MeetingIDs []uint
	Warnings   []string
}

// Ingester stores texts given over the API. The loader implements it; the
// graph package only sees this interface, so reads never depend on the loader.
type Ingester interface {
	Ingest(ctx context.Context, source, text string) (IngestReport, error)
	Delete(ctx context.Context, documentID uint) error
}

type adminKey struct{}

// WithAdmin marks ctx as carrying a valid admin bearer token.
func WithAdmin(ctx context.Context) context.Context {
	return context.WithValue(ctx, adminKey{}, true)
}

// IsAdmin reports whether ctx carries a valid admin bearer token.
func IsAdmin(ctx context.Context) bool {
	ok, _ := ctx.Value(adminKey{}).(bool)
	return ok
}
