package transport

import (
	"bytes"
	"compress/gzip"
	"embed"
	"io"
	"io/fs"
	"net/http"
	"path"
	"strconv"
	"strings"
)

// graphiqlAssets are GraphiQL's scripts and styles and the React it runs on,
// as PKG@VERSION/FILE.gz, copied from the npm packages e2e/package.json pins
// by assets/refresh.sh. Embedding them lets the explorer work on a network
// with no CDN.
//
//go:embed assets/*@*/*.gz
var graphiqlAssets embed.FS

// assetsPath is where the assets are served; the version in each path makes
// the URLs safe to cache for good.
const assetsPath = "/graphiql/assets/"

var assetTypes = map[string]string{
	".js":  "application/javascript; charset=utf-8",
	".css": "text/css; charset=utf-8",
}

// assetURL is the URL of the embedded file with this base name, e.g.
// "/graphiql/assets/graphiql@3.8.3/graphiql.min.js". It panics when the file
// is not embedded: the page cannot work without it.
func assetURL(name string) string {
	matches, _ := fs.Glob(graphiqlAssets, "assets/*@*/"+name+".gz")
	if len(matches) != 1 {
		panic("transport: embedded GraphiQL asset " + name + " missing; run graph/transport/assets/refresh.sh")
	}
	return assetsPath + strings.TrimSuffix(strings.TrimPrefix(matches[0], "assets/"), ".gz")
}

// serveAssets serves the embedded assets under assetsPath: gzipped as stored
// to clients that accept it, unpacked to others, cacheable for a year.
func serveAssets() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(r.URL.Path, assetsPath)
		ctype, ok := assetTypes[path.Ext(name)]
		if !ok || !fs.ValidPath(name) {
			http.NotFound(w, r)
			return
		}
		b, err := graphiqlAssets.ReadFile("assets/" + name + ".gz")
		if err != nil {
			http.NotFound(w, r)
			return
		}
		h := w.Header()
		h.Set("Content-Type", ctype)
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
		h.Add("Vary", "Accept-Encoding")
		if acceptsGzip(r.Header.Get("Accept-Encoding")) {
			h.Set("Content-Encoding", "gzip")
			h.Set("Content-Length", strconv.Itoa(len(b)))
			_, _ = w.Write(b)
			return
		}
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			panic(http.ErrAbortHandler)
		}
		_, _ = io.Copy(w, zr)
	})
}
