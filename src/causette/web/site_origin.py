"""The address a request came in on, for the links the server gives out.

A statement of reasons carries the link to read it again and to appeal; it is read
elsewhere too (mailed, printed, handed to a lawyer or a dispute settlement body), so
the link is absolute. Its base is `CAUSETTE_PUBLIC_URL` (else the first allowed
origin); with neither, it is the address of the request that leads to the link: the
moderator's decision in the console, the refused entry, the refused message. That
address is `scheme://Host`, the Host header being the one the WebSocket origin check
already takes for this site's own address; the scheme is the browser's (an `Origin`
naming the same host), else a trusted proxy's `X-Forwarded-Proto`, else the
connection's own. A Host that is not a plain host name or address gives no base.
"""

from __future__ import annotations

import functools
import re
from urllib.parse import urlsplit

from aiohttp import web

from causette.services.sanctions import REQUEST_ORIGIN
from causette.web.context import WEB
from causette.web.errors import Handler

__all__ = ["origin_middleware", "request_origin"]

_HOST = re.compile(r"(?:[A-Za-z0-9.\-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?")


def request_origin(request: web.BaseRequest, *, trusted_proxy: bool) -> str | None:
    """`scheme://host[:port]` the request was addressed to, or None (no usable Host).

    `trusted_proxy`: the peer is a configured trusted proxy, whose `X-Forwarded-Proto`
    is believed.
    """
    host = request.headers.get("Host", "")
    if not _HOST.fullmatch(host):
        return None
    origin = urlsplit(request.headers.get("Origin", ""))
    if origin.netloc == host and origin.scheme in ("http", "https"):
        return f"{origin.scheme}://{host}"
    scheme = request.scheme
    if trusted_proxy:
        forwarded = request.headers.get("X-Forwarded-Proto", "").split(",")[0].strip().lower()
        if forwarded in ("http", "https"):
            scheme = forwarded
    return f"{scheme}://{host}"


def _origin_of(request: web.Request) -> str | None:
    transport = request.transport
    peer = transport.get_extra_info("peername") if transport is not None else None
    trusted = peer is not None and request.app[WEB].proxies.trusts(str(peer[0]))
    return request_origin(request, trusted_proxy=trusted)


@web.middleware
async def origin_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Let the services ask, while `handler` runs, where this request came in (worked
    out only when asked: a link given without a configured public address)."""
    token = REQUEST_ORIGIN.set(functools.partial(_origin_of, request))
    try:
        return await handler(request)
    finally:
        REQUEST_ORIGIN.reset(token)
