package main

import (
	"flag"
	"net/http"
	"time"
)

// httpTimeouts bound how long a client may hold a connection without making
// progress, so idle or slow clients cannot pin the server's sockets and
// goroutines. Websockets are not cut by them: net/http clears a connection's
// deadlines when the websocket library hijacks it.
type httpTimeouts struct {
	// ReadHeader bounds reading a request's headers (slowloris).
	ReadHeader time.Duration
	// Read bounds reading a whole request, body included.
	Read time.Duration
	// Write bounds the time from the end of the request headers to the end
	// of the response; it must outlast the per-request GraphQL timeout (10 s)
	// and the writing of the biggest response.
	Write time.Duration
	// Idle closes a keep-alive connection that sends no new request.
	Idle time.Duration
	// Shutdown is how long in-flight requests get to finish on SIGTERM.
	Shutdown time.Duration
}

// defaultTimeouts are generous for a mobile client on a slow link and still
// free an abandoned connection within minutes.
var defaultTimeouts = httpTimeouts{
	ReadHeader: 10 * time.Second,
	Read:       30 * time.Second,
	Write:      60 * time.Second,
	Idle:       120 * time.Second,
	Shutdown:   10 * time.Second,
}

// register adds the timeout flags to fs, defaulting to t's values.
func (t *httpTimeouts) register(fs *flag.FlagSet) {
	*t = defaultTimeouts
	fs.DurationVar(&t.Read, "read-timeout", t.Read, "longest time to read a request, body included")
	fs.DurationVar(&t.Write, "write-timeout", t.Write, "longest time from a request's headers to the end of its response (not websockets)")
	fs.DurationVar(&t.Idle, "idle-timeout", t.Idle, "close keep-alive connections idle this long")
	fs.DurationVar(&t.Shutdown, "shutdown-timeout", t.Shutdown, "how long in-flight requests may run after SIGINT/SIGTERM")
}

// newHTTPServer is the server for handler with the timeouts t.
func newHTTPServer(handler http.Handler, t httpTimeouts) *http.Server {
	return &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: t.ReadHeader,
		ReadTimeout:       t.Read,
		WriteTimeout:      t.Write,
		IdleTimeout:       t.Idle,
	}
}
