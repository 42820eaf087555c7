"""The WebSocket endpoint: frames in, commands to the chat service, frames out.

Outgoing frames bypass aiohttp's writer: the hub writes pre-encoded frames
straight to the transport, coalesced per turn (see `services.hub`).
"""

from __future__ import annotations

import asyncio
import logging
import time
from urllib.parse import urlsplit

from aiohttp import WSMsgType, web

from causette.domain.errors import CausetteError, Unauthorized
from causette.domain.limits import TokenBucket
from causette.protocol import events
from causette.protocol.commands import ProtocolError, decode_command
from causette.services.hub import Connection
from causette.web.context import WEB, WebContext
from causette.web.errors import error_body
from causette.web.routes import client_source

__all__ = ["websocket"]

log = logging.getLogger(__name__)

CLOSE_UNAUTHORIZED = 4401
CLOSE_POLICY = 1008
CLOSE_TRY_LATER = 1013
SLOW_COMMAND = 1.0
"""Seconds from a decoded command to the end of its handling after which it is logged (a
warning): the sender waited that long for its answer, and if the node's event loop was held
meanwhile (a synchronous step), every other connection waited too."""
MAX_WS_MESSAGE = 1 << 20  # beyond this aiohttp closes with 1009; up to it we answer an error


class TransportPeer:
    """`services.hub.Peer` over the aiohttp connection's transport."""

    __slots__ = ("_closing", "transport", "ws")

    def __init__(self, ws: web.WebSocketResponse, transport: asyncio.Transport) -> None:
        self.ws = ws
        self.transport = transport
        self._closing = False

    def write(self, data: bytes) -> None:
        if not self._closing and not self.transport.is_closing():
            self.transport.write(data)

    def buffered(self) -> int:
        return self.transport.get_write_buffer_size()

    def close(self, code: int, reason: str) -> None:
        # Scheduled, not immediate: frames queued in this turn (the reason for the
        # close, say) are flushed first by the hub's end-of-turn write.
        asyncio.get_running_loop().call_soon(self._close_now, code, reason)

    def _close_now(self, code: int, reason: str) -> None:
        if self._closing:
            return
        self._closing = True
        task = asyncio.ensure_future(self.ws.close(code=code, message=reason.encode()[:100]))
        task.add_done_callback(lambda t: t.exception() if not t.cancelled() else None)


def _origin_allowed(request: web.Request, ctx: WebContext) -> bool:
    """Browsers send Origin: it must be this site or an allowed origin (no cross-site use)."""
    origin = request.headers.get("Origin")
    if origin is None:
        return True  # not a browser: bots and tools authenticate with their token
    if origin in ctx.allowed_origins:
        return True
    host = request.headers.get("Host", "")
    parts = urlsplit(origin)
    return parts.netloc == host and parts.scheme in ("http", "https")


async def websocket(request: web.Request) -> web.StreamResponse:
    ctx = request.app[WEB]
    if not _origin_allowed(request, ctx):
        return web.json_response(error_body("origin_refused", "Origine non autorisée."), status=403)
    ws = web.WebSocketResponse(
        autoping=True, heartbeat=30.0, max_msg_size=MAX_WS_MESSAGE, compress=False
    )
    if not ws.can_prepare(request).ok:
        return web.json_response(
            error_body("websocket_expected", "Connexion WebSocket attendue."), status=400
        )
    try:
        guest = await ctx.entry.authenticate(request.query.get("token"))
    except Unauthorized:
        guest = None
    except CausetteError:
        await ws.prepare(request)
        await ws.close(code=CLOSE_TRY_LATER, message=b"unavailable")
        return ws
    await ws.prepare(request)
    if guest is None:
        await ws.close(code=CLOSE_UNAUTHORIZED, message=b"unauthorized")
        return ws
    transport = request.transport
    if transport is None:
        return ws
    peer = TransportPeer(ws, transport)
    try:
        conn = await ctx.chat.connect(guest, peer, client_source(request))
    except CausetteError:
        await ws.close(code=CLOSE_TRY_LATER, message=b"unavailable")
        return ws
    try:
        await _serve(ws, conn, ctx)
    finally:
        await ctx.chat.disconnect(conn)
    return ws


async def _serve(ws: web.WebSocketResponse, conn: Connection, ctx: WebContext) -> None:
    chat = ctx.chat
    hub = chat.hub
    clock = chat.clock
    frames = TokenBucket(ctx.frame_burst, ctx.frame_burst / ctx.frame_rate)
    bad = TokenBucket(ctx.bad_frame_budget, 10.0)
    async for msg in ws:
        if conn.closed:
            break
        now = clock()
        if msg.type is WSMsgType.TEXT:
            data: str | bytes = msg.data
        elif msg.type is WSMsgType.BINARY:
            data = b"\x00"  # not JSON: answered as bad_json below
        else:
            break
        if frames.take(now) > 0:
            if bad.take(now) > 0:
                await ws.close(code=CLOSE_POLICY, message=b"flood")
                break
            hub.send(conn, events.error("too_many_frames", "Trop de messages : ralentissez."))
            continue
        try:
            command = decode_command(data)
        except ProtocolError as exc:
            if bad.take(now) > 0:
                await ws.close(code=CLOSE_POLICY, message=b"flood")
                break
            hub.send(conn, events.error(exc.code, exc.message))
            continue
        started = time.perf_counter()
        try:
            await chat.handle(conn, command)
        except Exception:
            # A bug must not take the connection down, nor show a traceback.
            log.exception("command failed", extra={"command": type(command).__name__})
            hub.send(conn, events.error("internal_error", "Erreur interne : réessayez."))
        took = time.perf_counter() - started
        if took > SLOW_COMMAND:
            log.warning(
                "slow command",
                extra={"command": type(command).__name__, "seconds": round(took, 3)},
            )
