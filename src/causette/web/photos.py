"""HTTP routes of photos: `POST /api/photos` (upload) and `GET /media/{id}` (serve).

An upload is the raw image body with its `Content-Type`, or `multipart/form-data`
with one file part (`photo`, or the first part with a file name); the query names
where it goes: `?room=ID` or `?to=USER_ID`. Both routes need `Authorization:
Bearer TOKEN`; the browser client fetches images with it and shows them through
`blob:` URLs, so no image is reachable by its URL alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from aiohttp import BodyPartReader, web

from causette.domain.errors import InvalidInput, Unavailable
from causette.web.context import WEB
from causette.web.routes import client_source, guest_from_request

if TYPE_CHECKING:
    from causette.services.photos import PhotoService

__all__ = ["add_photo_routes"]

# Room for the multipart envelope (boundaries, part headers) around a 10 MB image.
MULTIPART_SLACK = 64 * 1024
CHUNK = 256 * 1024


def _service(request: web.Request) -> PhotoService:
    photos = request.app[WEB].chat.photos
    if photos is None:
        raise Unavailable("photos_unavailable", "L'envoi d'images n'est pas disponible.")
    return cast("PhotoService", photos)


def _too_large(max_bytes: int) -> InvalidInput:
    mb = max_bytes / 1_000_000
    return InvalidInput("image_too_large", f"Image trop lourde : {mb:g} Mo au plus.", field="image")


async def _read_limited(read: BodyPartReader | web.Request, max_bytes: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        if isinstance(read, BodyPartReader):
            chunk = await read.read_chunk(CHUNK)
        else:
            chunk = await read.content.read(CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise _too_large(max_bytes)
        chunks.append(chunk)


async def _body(request: web.Request, max_bytes: int) -> tuple[bytes, str | None, str | None]:
    """(bytes, declared content type, file name) of the uploaded image."""
    length = request.content_length
    if length is not None and length > max_bytes + MULTIPART_SLACK:
        raise _too_large(max_bytes)
    if request.content_type.startswith("multipart/"):
        reader = await request.multipart()
        async for part in reader:
            if not isinstance(part, BodyPartReader):
                continue
            if part.name == "photo" or part.filename:
                data = await _read_limited(part, max_bytes)
                declared = part.headers.get("Content-Type")
                return data, declared, part.filename
        raise InvalidInput("image_empty", "Aucune image n'a été envoyée.", field="image")
    declared = request.headers.get("Content-Type")
    return await _read_limited(request, max_bytes), declared, None


async def upload_photo(request: web.Request) -> web.Response:
    guest = await guest_from_request(request)
    photos = _service(request)
    data, declared, filename = await _body(request, photos.max_bytes)
    result = await photos.upload(
        guest,
        data,
        content_type=declared,
        filename=filename,
        room=request.query.get("room"),
        to=request.query.get("to"),
        source=client_source(request),
    )
    if result.held:
        body = {
            "photo": result.photo,
            "held": True,
            "code": "held_for_review",
            "message": result.message,
        }
        return web.json_response(body, status=202)
    return web.json_response({"photo": result.photo, "blur": result.blur}, status=201)


async def media(request: web.Request) -> web.Response:
    guest = await guest_from_request(request)
    blob = await _service(request).open(guest, request.match_info["id"])
    return web.Response(
        body=blob.data,
        content_type=blob.mime,
        headers={
            # Per-user content: never in a shared cache.
            "Cache-Control": "private, max-age=3600",
            "X-Content-Type-Options": "nosniff",
            "Content-Security-Policy": "default-src 'none'; sandbox",
            "Content-Disposition": "inline",
            "Referrer-Policy": "no-referrer",
        },
    )


def add_photo_routes(app: web.Application) -> None:
    app.router.add_post("/api/photos", upload_photo)
    app.router.add_get("/media/{id}", media)
