"""HTTP routes: health, entry, rooms, the OpenAPI document and the client's pages."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from aiohttp import web

from causette.domain.errors import InvalidInput, Unauthorized
from causette.domain.guests import Guest
from causette.protocol.events import user_obj
from causette.services.rooms import RoomListing
from causette.web.context import WEB
from causette.web.openapi import OPENAPI
from causette.web.static_files import StaticFiles

__all__ = ["add_routes", "client_source", "guest_from_request"]

STATIC = web.AppKey("static", StaticFiles)
NO_CACHE = "no-cache"
# Asset names carry no version: browsers revalidate with the ETag (a 304 costs a round
# trip, never a mix of old and new files after a deploy).
ASSET_CACHE = "no-cache"
MAX_JSON_BYTES = 64 * 1024


def client_source(request: web.Request) -> tuple[str, int]:
    """(ip, port) of the client, through trusted proxies only."""
    peer = request.transport.get_extra_info("peername") if request.transport else None
    if not peer:
        peer = ("0.0.0.0", 0)
    return request.app[WEB].proxies.client(
        (str(peer[0]), int(peer[1])),
        request.headers.get("X-Forwarded-For"),
        request.headers.get("Forwarded"),
    )


async def guest_from_request(request: web.Request) -> Guest:
    auth = request.headers.get("Authorization", "")
    scheme, _, token = auth.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise Unauthorized("unauthorized", "Session absente ou expirée : reconnectez-vous.")
    return await request.app[WEB].entry.authenticate(token.strip())


async def _json_object(request: web.Request) -> Mapping[str, Any]:
    raw = await request.content.read(MAX_JSON_BYTES + 1)
    if len(raw) > MAX_JSON_BYTES:
        raise InvalidInput("too_large", "Requête trop volumineuse.")
    try:
        body = json.loads(raw)
    except (ValueError, RecursionError):
        raise InvalidInput("bad_json", "Le corps de la requête n'est pas du JSON valide.") from None
    if not isinstance(body, dict):
        raise InvalidInput("bad_json", "Le corps de la requête doit être un objet JSON.")
    return body


async def healthz(_: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


async def readyz(request: web.Request) -> web.Response:
    try:
        ok = await request.app[WEB].store.ping()
    except Exception:
        ok = False
    if ok:
        return web.json_response({"status": "ready"})
    return web.json_response({"status": "unavailable"}, status=503)


async def openapi(_: web.Request) -> web.Response:
    return web.json_response(OPENAPI)


async def create_guest(request: web.Request) -> web.Response:
    body = await _json_object(request)
    token, guest = await request.app[WEB].entry.enter(body, client_source(request))
    return web.json_response({"token": token, "user": user_obj(guest.public())}, status=201)


async def me(request: web.Request) -> web.Response:
    guest = await guest_from_request(request)
    return web.json_response({"user": user_obj(guest.public()), "premium": guest.premium})


async def end_session(request: web.Request) -> web.Response:
    guest = await guest_from_request(request)
    ctx = request.app[WEB]
    await ctx.entry.logout(guest)
    # The session is over everywhere: its open sockets close too (4401: enter again),
    # so no one keeps talking under a pseudonym that someone else may now take.
    await ctx.chat.hub.close_user(
        guest.id,
        {"type": "notice", "code": "session_ended", "message": "Vous avez quitté Causette."},
        4401,
        "session",
    )
    return web.Response(status=204)


async def list_rooms(request: web.Request) -> web.Response:
    guest = await guest_from_request(request)
    rooms = await request.app[WEB].rooms.visible(guest)
    return web.json_response([r.to_json() for r in rooms])


async def create_room(request: web.Request) -> web.Response:
    guest = await guest_from_request(request)
    body = await _json_object(request)
    ctx = request.app[WEB]
    room = await ctx.rooms.create(guest, body, client_source(request))
    return web.json_response(RoomListing(room, 0).to_json(), status=201)


async def index(request: web.Request) -> web.Response:
    return request.app[STATIC].response(request, "index.html", cache=NO_CACHE)


async def rules(request: web.Request) -> web.Response:
    return request.app[STATIC].response(request, "regles.html", cache=NO_CACHE)


async def static(request: web.Request) -> web.Response:
    name = request.match_info["path"]
    return request.app[STATIC].response(request, name, cache=ASSET_CACHE)


def add_routes(app: web.Application) -> None:
    from causette.web.photos import add_photo_routes
    from causette.web.reports import add_report_routes
    from causette.web.ws import websocket

    app[STATIC] = StaticFiles(app[WEB].static_dir)
    r = app.router
    r.add_get("/healthz", healthz)
    r.add_get("/readyz", readyz)
    r.add_get("/openapi.json", openapi)
    r.add_post("/api/guests", create_guest)
    r.add_get("/api/me", me)
    r.add_delete("/api/session", end_session)
    r.add_get("/api/rooms", list_rooms)
    r.add_post("/api/rooms", create_room)
    r.add_get("/ws", websocket)
    r.add_get("/", index)
    r.add_get("/regles", rules)
    r.add_get("/static/{path:.+}", static)
    add_photo_routes(app)
    add_report_routes(app)  # issue 6: reports, statements of reasons, appeals, the console
