package transport

import (
	"html/template"
	"net/http"
)

var graphiqlPage = template.Must(template.New("graphiql").Parse(`<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>courtql · GraphiQL</title>
<style>body { margin: 0; } #graphiql { height: 100vh; }</style>
<link rel="stylesheet" href="{{.CSS}}">
<script src="{{.React}}"></script>
<script src="{{.ReactDOM}}"></script>
<script src="{{.GraphiQL}}"></script>
</head>
<body>
<div id="graphiql">Loading…</div>
<script>
  // ?query=... opens GraphiQL with that query (links, and the browser test).
  const params = new URLSearchParams(location.search);
  const defaultQuery = "# courtql: courts → meetings → speakers → directives → statistics.\n" +
    "# Press ▶ to run; the Docs pane describes every type and field.\n" +
    "{\n  meetings(first: 3) {\n    totalCount\n    edges { node {\n      name kind date\n" +
    "      host { name level province }\n      attendances { roles titles speaker { name } }\n" +
    "      directives(first: 3) { totalCount edges { node { ordinal text speaker { name } } } }\n" +
    "      statistics(first: 3) { edges { node { metric value unit changeRate } } }\n" +
    "    } }\n  }\n}\n";
  const fetcher = GraphiQL.createFetcher({ url: new URL({{.Endpoint}}, location.href).href });
  ReactDOM.createRoot(document.getElementById("graphiql")).render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultQuery,
      query: params.get("query") || undefined,
      isHeadersEditorEnabled: true,
    }),
  );
</script>
</body>
</html>
`))

// graphiql serves the GraphiQL page that talks to endpoint, loading its
// scripts and styles from the embedded assets (assetsPath).
func graphiql(endpoint string) http.Handler {
	data := struct{ CSS, React, ReactDOM, GraphiQL, Endpoint string }{
		assetURL("graphiql.min.css"), assetURL("react.production.min.js"),
		assetURL("react-dom.production.min.js"), assetURL("graphiql.min.js"), endpoint,
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-cache")
		if err := graphiqlPage.Execute(w, data); err != nil {
			panic(http.ErrAbortHandler)
		}
	})
}
