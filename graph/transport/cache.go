package transport

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// writeCacheable writes the error-free result of a GET query so that a CDN or
// the app can keep it: a weak ETag (weak because gzip re-encodes the bytes),
// Cache-Control public (private when the request was authorised) with
// max-age, and 304 Not Modified when If-None-Match already names this body.
func writeCacheable(w http.ResponseWriter, r *http.Request, mediaType string, body []byte, maxAge time.Duration) {
	sum := sha256.Sum256(body)
	etag := `W/"` + hex.EncodeToString(sum[:16]) + `"`
	scope := "public"
	if r.Header.Get("Authorization") != "" {
		scope = "private"
	}
	h := w.Header()
	h.Set("ETag", etag)
	h.Set("Cache-Control", fmt.Sprintf("%s, max-age=%d", scope, int(maxAge.Seconds())))
	h.Add("Vary", "Accept")
	if etagMatch(r.Header.Get("If-None-Match"), etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h.Set("Content-Type", mediaType+"; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(body)
}

// etagMatch applies If-None-Match's weak comparison: "*" or any listed tag
// equal to etag once W/ prefixes are dropped.
func etagMatch(header, etag string) bool {
	want := strings.TrimPrefix(etag, "W/")
	for tag := range strings.SplitSeq(header, ",") {
		tag = strings.TrimSpace(tag)
		if tag == "*" || strings.TrimPrefix(tag, "W/") == want {
			return true
		}
	}
	return false
}
