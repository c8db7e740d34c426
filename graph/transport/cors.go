package transport

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

// Headers a cross-origin browser client may send and read.
var (
	corsAllowHeaders = []string{
		"Accept", "Authorization", "Content-Type", "X-Request-ID",
		"Apollo-Require-Preflight", "Apollographql-Client-Name", "Apollographql-Client-Version",
	}
	corsExposeHeaders = "ETag, X-Request-ID"
	corsMaxAge        = 600 // seconds a browser may cache a preflight answer
)

// corsPolicy says which browser origins may call the API.
type corsPolicy struct {
	any     bool
	allowed map[string]string // normalised origin → the form echoed back
	hosts   []string          // the allowed origins' hosts, for the websocket check
}

// newCORSPolicy allows every origin when origins is empty outside production
// or contains "*"; otherwise exactly the listed origins.
func newCORSPolicy(origins []string, production bool) corsPolicy {
	p := corsPolicy{allowed: map[string]string{}, any: len(origins) == 0 && !production}
	for _, o := range origins {
		if strings.TrimSpace(o) == "*" {
			p.any = true
			continue
		}
		if n := normaliseOrigin(o); n != "" {
			p.allowed[n] = n
			if u, err := url.Parse(n); err == nil {
				p.hosts = append(p.hosts, u.Host)
			}
		}
	}
	return p
}

func (p corsPolicy) allows(origin string) bool {
	return p.any || p.allowed[normaliseOrigin(origin)] != ""
}

// normaliseOrigin is an origin's canonical form, as browsers serialise it:
// scheme and host lower-cased, the scheme's default port and any trailing
// slash or path dropped; "" when it is not an http(s) origin.
func normaliseOrigin(o string) string {
	u, err := url.Parse(strings.TrimSpace(o))
	if err != nil || u.Host == "" || u.User != nil {
		return ""
	}
	scheme, host := strings.ToLower(u.Scheme), strings.ToLower(u.Host)
	switch {
	case scheme == "http":
		host = strings.TrimSuffix(host, ":80")
	case scheme == "https":
		host = strings.TrimSuffix(host, ":443")
	default:
		return ""
	}
	return scheme + "://" + host
}

// withCORS answers preflight requests (204 for an allowed origin, 403
// otherwise) and adds CORS headers to responses for allowed origins. A
// disallowed origin's simple request still runs, but without the headers the
// browser will not show the response to the page.
func withCORS(next http.Handler, p corsPolicy) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if origin == "" {
			next.ServeHTTP(w, r)
			return
		}
		h := w.Header()
		h.Add("Vary", "Origin")
		ok := p.allows(origin)
		if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
			h.Add("Vary", "Access-Control-Request-Method")
			h.Add("Vary", "Access-Control-Request-Headers")
			if !ok {
				w.WriteHeader(http.StatusForbidden)
				return
			}
			setAllowOrigin(h, p, origin)
			h.Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
			h.Set("Access-Control-Allow-Headers", strings.Join(corsAllowHeaders, ", "))
			h.Set("Access-Control-Max-Age", strconv.Itoa(corsMaxAge))
			w.WriteHeader(http.StatusNoContent)
			return
		}
		if ok {
			setAllowOrigin(h, p, origin)
			h.Set("Access-Control-Expose-Headers", corsExposeHeaders)
		}
		next.ServeHTTP(w, r)
	})
}

// setAllowOrigin answers "*" when any origin may call, else the allowed
// origin's canonical form, never the request's own spelling of it.
func setAllowOrigin(h http.Header, p corsPolicy, origin string) {
	if p.any {
		h.Set("Access-Control-Allow-Origin", "*")
		return
	}
	h.Set("Access-Control-Allow-Origin", p.allowed[normaliseOrigin(origin)])
}
