package transport

import (
	"context"
	"crypto/sha256"

	coderws "github.com/coder/websocket"

	"github.com/99designs/gqlgen/graphql/handler/transport"

	"courtql/model"
)

// websocketTransport serves subscriptions (meetingAdded) over graphql-ws and
// graphql-transport-ws, with keep-alive pings. Browsers cannot set headers on
// a websocket, so connection_init's payload may carry {"Authorization":
// "Bearer <token>"}; the upgrade request's own header works too. Cross-origin
// upgrades follow the CORS allow-list.
func websocketTransport(opts Options, cors corsPolicy) transport.Websocket {
	accept := coderws.AcceptOptions{}
	if cors.any {
		accept.InsecureSkipVerify = true // any origin may connect, as for CORS
	} else {
		accept.OriginPatterns = cors.hosts
	}
	ws := transport.Websocket{
		Implementation:        transport.CoderWebsocketImplementation{AcceptOptions: accept},
		KeepAlivePingInterval: wsKeepAlive,
	}
	if opts.AdminToken != "" {
		want := sha256.Sum256([]byte(opts.AdminToken))
		ws.InitFunc = func(ctx context.Context, p transport.InitPayload) (context.Context, *transport.InitPayload, error) {
			if bearerMatches(p.Authorization(), want) {
				ctx = model.WithAdmin(ctx)
			}
			return ctx, nil, nil
		}
	}
	return ws
}
