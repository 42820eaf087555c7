"""The aiohttp application: middlewares, security headers, routes."""

from __future__ import annotations

import logging

from aiohttp import web

from causette.web.context import WEB, WebContext
from causette.web.errors import error_middleware
from causette.web.routes import add_routes
from causette.web.site_origin import origin_middleware

__all__ = ["CSP", "create_web_app"]

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
    "form-action 'self'"
)


async def _security_headers(_: web.Request, response: web.StreamResponse) -> None:
    if response.status == 101:
        # A WebSocket upgrade renders nothing; its headers live as long as the socket,
        # so they stay minimal (memory per idle connection, issue 7).
        return
    headers = response.headers
    headers.setdefault("Content-Security-Policy", CSP)
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Referrer-Policy", "no-referrer")
    headers.setdefault("X-Frame-Options", "DENY")
    headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
    headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")


def create_web_app(ctx: WebContext) -> web.Application:
    """The web application for an already-built set of services."""
    # aiohttp's access log writes client addresses: off, whoever runs the app.
    logging.getLogger("aiohttp.access").disabled = True
    app = web.Application(
        middlewares=[error_middleware, origin_middleware], client_max_size=64 * 1024
    )
    app[WEB] = ctx
    app.on_response_prepare.append(_security_headers)
    add_routes(app)
    return app
