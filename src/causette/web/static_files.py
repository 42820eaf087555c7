"""The browser client's files, served from the package with gzip and ETags.

Read once at start (the client is small), so a request costs a dict lookup:
no CDN, no third party, works offline.
"""

from __future__ import annotations

import gzip
import hashlib
import mimetypes
from dataclasses import dataclass
from pathlib import Path

from aiohttp import web

__all__ = ["StaticFiles"]

_COMPRESSIBLE = (".html", ".js", ".css", ".json", ".svg", ".txt", ".webmanifest", ".map")


@dataclass(frozen=True, slots=True)
class _File:
    body: bytes
    gzipped: bytes | None
    content_type: str
    etag: str


class StaticFiles:
    def __init__(self, root: Path) -> None:
        self.files: dict[str, _File] = {}
        if root.is_dir():
            for path in sorted(root.rglob("*")):
                if path.is_file() and not path.name.startswith("."):
                    self.files[path.relative_to(root).as_posix()] = self._load(path)

    @staticmethod
    def _load(path: Path) -> _File:
        body = path.read_bytes()
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if path.suffix == ".js":
            content_type = "text/javascript"
        if content_type.startswith("text/") or path.suffix in (".js", ".json", ".svg"):
            content_type += "; charset=utf-8"
        gzipped = (
            gzip.compress(body, compresslevel=9, mtime=0)
            if path.suffix in _COMPRESSIBLE and len(body) > 256
            else None
        )
        etag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
        return _File(body, gzipped, content_type, etag)

    def response(self, request: web.Request, name: str, *, cache: str) -> web.Response:
        """Answer with the file `name`, 304 when the ETag matches; 404 if unknown."""
        entry = self.files.get(name)
        if entry is None:
            raise web.HTTPNotFound()
        headers = {"ETag": entry.etag, "Cache-Control": cache, "Vary": "Accept-Encoding"}
        if request.headers.get("If-None-Match") == entry.etag:
            return web.Response(status=304, headers=headers)
        body = entry.body
        if entry.gzipped is not None and "gzip" in request.headers.get("Accept-Encoding", ""):
            body = entry.gzipped
            headers["Content-Encoding"] = "gzip"
        headers["Content-Type"] = entry.content_type
        return web.Response(body=body, headers=headers)
