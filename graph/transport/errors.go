package transport

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"courtql/model"
)

// Messages shown instead of errors users must not see.
const (
	msgInternal = "internal error"
	msgTimeout  = "request timed out"
	msgCanceled = "request canceled"
)

// errorPresenter turns any error into one a user may see, always with
// extensions.code:
//   - a *model.Error anywhere in the chain: its message and code;
//   - the request's deadline: TIMEOUT; its cancellation: CANCELED;
//   - a GraphQL error made by gqlgen or by this package (parse, validation,
//     limits, persisted queries): as is, with a code added where missing;
//   - anything else: "internal error", INTERNAL_SERVER_ERROR and the request
//     id, while the real error is logged with that id.
func errorPresenter(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		e := presentError(ctx, log, err)
		code, _ := e.Extensions["code"].(string)
		recordError(ctx, code)
		return e
	}
}

// presentError is errorPresenter's answer for err.
func presentError(ctx context.Context, log *slog.Logger, err error) *gqlerror.Error {
	gqlErr := graphql.DefaultErrorPresenter(ctx, err)
	var mErr *model.Error
	switch {
	case errors.As(err, &mErr):
		return present(gqlErr, mErr.Message, mErr.Code)
	case errors.Is(err, context.DeadlineExceeded):
		return withRequestIDExt(ctx, present(gqlErr, msgTimeout, codeTimeout))
	case errors.Is(err, context.Canceled):
		return present(gqlErr, msgCanceled, "CANCELED")
	case gqlErr.Err == nil:
		return present(gqlErr, gqlErr.Message, frameworkCode(gqlErr))
	}
	id := RequestID(ctx)
	attrs := []any{"requestId", id, "path", gqlErr.Path.String(), "err", err}
	var p *panicError
	if errors.As(err, &p) {
		attrs = append(attrs, "stack", string(p.stack))
	}
	log.ErrorContext(ctx, "graphql: internal error", attrs...)
	return withRequestIDExt(ctx, present(gqlErr, msgInternal, model.EInternal))
}

// frameworkCode is the code of an error gqlgen or this package made: its own
// when set (a parse error past the token limit becomes TOKEN_LIMIT), else
// BAD_REQUEST (e.g. a persisted-query hash that does not match its query).
func frameworkCode(e *gqlerror.Error) string {
	code, _ := e.Extensions["code"].(string)
	switch {
	case code == errcode.ParseFailed && strings.Contains(e.Message, "exceeded token limit"):
		return codeTokenLimit
	case code != "":
		return code
	}
	return codeBadRequest
}

// present copies where an error happened (path, locations) into a new error
// with the given message and code, leaving the original's wrapped error out.
func present(src *gqlerror.Error, msg, code string) *gqlerror.Error {
	ext := map[string]any{}
	for k, v := range src.Extensions {
		ext[k] = v
	}
	ext["code"] = code
	return &gqlerror.Error{Message: msg, Path: src.Path, Locations: src.Locations, Extensions: ext, Rule: src.Rule}
}

func withRequestIDExt(ctx context.Context, e *gqlerror.Error) *gqlerror.Error {
	if id := RequestID(ctx); id != "" {
		e.Extensions["requestId"] = id
	}
	return e
}

// panicError is what a resolver's panic becomes; the presenter logs its stack.
type panicError struct {
	value any
	stack []byte
}

func (p *panicError) Error() string { return fmt.Sprintf("panic: %v", p.value) }

// recoverFunc turns a resolver panic into an error for the presenter, which
// masks it and logs it with the stack.
func recoverFunc(*slog.Logger) graphql.RecoverFunc {
	return func(_ context.Context, v any) error {
		return &panicError{value: v, stack: debug.Stack()}
	}
}
