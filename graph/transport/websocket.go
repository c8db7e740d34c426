package transport

import (
	"context"
	"crypto/sha256"
	"net/http"

	coderws "github.com/coder/websocket"

	"github.com/99designs/gqlgen/graphql/handler/transport"

	"courtql/model"
)

// graphql-transport-ws close code and reason for a client that never sent
// connection_init in time.
const (
	wsCloseInitTimeout  = 4408
	wsInitTimeoutReason = "Connection initialisation timeout"
	// gqlgen's reason when its InitTimeout fires (it closes with 1002).
	gqlgenInitTimeoutReason = "connection initialisation timeout"
)

// websocketTransport serves subscriptions (meetingAdded) over graphql-ws and
// graphql-transport-ws, with keep-alive pings. Browsers cannot set headers on
// a websocket, so connection_init's payload may carry {"Authorization":
// "Bearer <token>"}; the upgrade request's own header works too. Cross-origin
// upgrades follow the CORS allow-list. A connection that sends no
// connection_init within opts.WSInitTimeout is closed with 4408.
func websocketTransport(opts Options, cors corsPolicy) transport.Websocket {
	accept := coderws.AcceptOptions{}
	if cors.any {
		accept.InsecureSkipVerify = true // any origin may connect, as for CORS
	} else {
		accept.OriginPatterns = cors.hosts
	}
	ws := transport.Websocket{
		Implementation:        initTimeoutCode{transport.CoderWebsocketImplementation{AcceptOptions: accept}},
		KeepAlivePingInterval: wsKeepAlive,
		InitTimeout:           opts.WSInitTimeout,
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

// initTimeoutCode makes gqlgen's init timeout close with the code the
// graphql-transport-ws protocol names (4408) instead of a generic protocol
// error (1002), so clients can tell it apart and reconnect.
type initTimeoutCode struct {
	transport.WebsocketImplementation
}

func (i initTimeoutCode) Accept(w http.ResponseWriter, r *http.Request, o transport.WebsocketAcceptOptions) (transport.WebsocketConn, error) {
	c, err := i.WebsocketImplementation.Accept(w, r, o)
	if err != nil {
		return nil, err
	}
	return initTimeoutConn{c}, nil
}

type initTimeoutConn struct{ transport.WebsocketConn }

func (c initTimeoutConn) WriteClose(code int, reason string) error {
	if code == transport.WebsocketCloseProtocolError && reason == gqlgenInitTimeoutReason {
		code, reason = wsCloseInitTimeout, wsInitTimeoutReason
	}
	return c.WebsocketConn.WriteClose(code, reason)
}
