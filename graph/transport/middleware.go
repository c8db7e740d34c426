package transport

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"log/slog"
	"net/http"
	"regexp"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"courtql/model"
)

// validRequestID is what an incoming X-Request-ID must look like to be kept
// (a proxy's id such as "9f2c1d4e-...-7a" or "req.42"); others are replaced.
var validRequestID = regexp.MustCompile(`^[A-Za-z0-9._:-]{1,128}$`)

// timeoutGrace is how long past the deadline a handler may take to write the
// partial result its cancelled resolvers produce, before withTimeout answers
// for it.
const timeoutGrace = 500 * time.Millisecond

type requestIDKey struct{}

// RequestID returns the request id withRequestID stored in ctx, or "".
func RequestID(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey{}).(string)
	return id
}

// withRequestID keeps a well-formed X-Request-ID or makes a new one, puts it in
// the context and echoes it in the response. It also catches panics outside
// GraphQL execution, logging them with the id and answering 500.
func withRequestID(next http.Handler, log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get("X-Request-ID")
		if !validRequestID.MatchString(id) {
			var b [16]byte
			_, _ = rand.Read(b[:])
			id = hex.EncodeToString(b[:])
		}
		w.Header().Set("X-Request-ID", id)
		r = r.WithContext(context.WithValue(r.Context(), requestIDKey{}, id))
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				log.ErrorContext(r.Context(), "http: panic", "requestId", id, "panic", v, "stack", string(debug.Stack()))
				writeRequestError(w, r, http.StatusInternalServerError, model.EInternal, msgInternal)
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// withAdmin marks the request context admin when "Authorization: Bearer
// <token>" matches token. Both sides are hashed first so the constant-time
// compare does not leak the token's length either.
func withAdmin(next http.Handler, token string) http.Handler {
	if token == "" {
		return next
	}
	want := sha256.Sum256([]byte(token))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if bearerMatches(r.Header.Get("Authorization"), want) {
			r = r.WithContext(model.WithAdmin(r.Context()))
		}
		next.ServeHTTP(w, r)
	})
}

// bearerMatches reports whether an Authorization header value carries the
// token whose SHA-256 is want.
func bearerMatches(header string, want [32]byte) bool {
	scheme, tok, ok := strings.Cut(strings.TrimSpace(header), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return false
	}
	got := sha256.Sum256([]byte(strings.TrimSpace(tok)))
	return subtle.ConstantTimeCompare(got[:], want[:]) == 1
}

// withBodyLimit caps the request body at n bytes; the transport answers 413
// when a read runs past it, and a declared Content-Length past it is refused
// at once.
func withBodyLimit(next http.Handler, n int64) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > n {
			writeRequestError(w, r, http.StatusRequestEntityTooLarge, codePayloadTooLarge,
				"request body exceeds %d bytes", n)
			return
		}
		if r.Body != nil {
			r.Body = http.MaxBytesReader(w, r.Body, n)
		}
		next.ServeHTTP(w, r)
	})
}

// withTimeout gives each non-websocket request a deadline d. Resolvers that
// honour their context stop and the response carries TIMEOUT errors; if the
// handler still has not answered by d+timeoutGrace, withTimeout answers 503
// with a TIMEOUT error and discards whatever the handler writes later.
func withTimeout(next http.Handler, d time.Duration) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Upgrade") != "" {
			next.ServeHTTP(w, r)
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), d)
		defer cancel()
		r = r.WithContext(ctx)
		bw := &bufferedWriter{header: http.Header{}}
		done := make(chan any, 1)
		go func() {
			defer func() { done <- recover() }()
			next.ServeHTTP(bw, r)
		}()
		timer := time.NewTimer(d + timeoutGrace)
		defer timer.Stop()
		select {
		case p := <-done:
			if p != nil {
				panic(p)
			}
			bw.copyTo(w)
		case <-timer.C:
			bw.abandon()
			writeRequestError(w, r, http.StatusServiceUnavailable, codeTimeout, msgTimeout)
		}
	})
}

// bufferedWriter holds a response until withTimeout decides to send it.
type bufferedWriter struct {
	mu        sync.Mutex
	header    http.Header
	status    int
	body      bytes.Buffer
	abandoned bool
}

func (b *bufferedWriter) Header() http.Header { return b.header }

func (b *bufferedWriter) WriteHeader(status int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.status == 0 {
		b.status = status
	}
}

func (b *bufferedWriter) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.abandoned {
		return 0, http.ErrHandlerTimeout
	}
	if b.status == 0 {
		b.status = http.StatusOK
	}
	return b.body.Write(p)
}

func (b *bufferedWriter) abandon() {
	b.mu.Lock()
	b.abandoned = true
	b.mu.Unlock()
}

func (b *bufferedWriter) copyTo(w http.ResponseWriter) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for k, v := range b.header {
		w.Header()[k] = append(w.Header()[k], v...)
	}
	if b.status == 0 {
		b.status = http.StatusOK
	}
	w.WriteHeader(b.status)
	_, _ = w.Write(b.body.Bytes())
}
