"""Blob storage for cleaned images: a port and its filesystem adapter.

Images are stored under unguessable ids (192 random bits, url-safe base64,
32 characters): the id is the capability in the image URL, so it must not be
enumerable. Each blob has a small JSON metadata file holding its MIME type,
size, SHA-256 and creation time; retention (`purge`) reads that stored time,
never the file's mtime (which a copy or a backup restore would change).

`preserve(blob_id, reason)` copies a blob into a separate evidence area with
restricted file permissions (0700 directories, 0600 files). Evidence is
exempt from `purge` and from `delete`: it is kept for the moderators and the
authorities (illegal images, non-consensual intimate images) until a legal
process removes it with `discard_evidence`. Only moderation code may call
`get_evidence`; nothing serves the evidence area over HTTP.

The `BlobStore` protocol will move to `causette.ports`; its methods are async
because other adapters (object storage) are network-bound. This adapter runs
its file operations in a thread (`asyncio.to_thread`).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import os
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from causette.domain.errors import InvalidInput, NotFound

__all__ = ["BlobStore", "Evidence", "FilesystemBlobStore", "StoredBlob", "new_blob_id"]

_BLOB_ID = re.compile(r"^[A-Za-z0-9_-]{32}$")
_MIMES = frozenset({"image/jpeg", "image/png", "image/webp"})


def new_blob_id() -> str:
    """A fresh id: 24 random bytes (192 bits) as 32 url-safe characters."""
    return secrets.token_urlsafe(24)


@dataclass(frozen=True, slots=True)
class StoredBlob:
    """A stored image: its bytes and what was recorded at `put`."""

    id: str
    data: bytes
    mime: str
    created_at: float
    sha256: str


@dataclass(frozen=True, slots=True)
class Evidence:
    """A preserved copy: the blob as it was, why and when it was preserved."""

    blob: StoredBlob
    reason: str
    preserved_at: float


class BlobStore(Protocol):
    """Where cleaned images live. Ids come from the store, never from clients' choice."""

    async def put(self, data: bytes, *, mime: str) -> str:
        """Store `data` and return its new unguessable id."""

    async def get(self, blob_id: str) -> StoredBlob:
        """The blob, or raise `NotFound` (also for a malformed id)."""

    async def delete(self, blob_id: str) -> bool:
        """Remove a blob (not its evidence copy); False if it did not exist."""

    async def purge(self, older_than: float) -> int:
        """Delete every blob created before `older_than`; return how many. Evidence stays."""

    async def preserve(self, blob_id: str, reason: str) -> None:
        """Copy a blob to the restricted evidence area, exempt from purge."""


class FilesystemBlobStore:
    """Blobs as files under `root`: `blobs/<2 chars>/<id>` and `<id>.json`;
    evidence under `evidence/<id>` and `<id>.json`. `clock` gives the time
    recorded at `put` and `preserve` (tests pass a fake)."""

    def __init__(self, root: str | os.PathLike[str], *, clock: Callable[[], float]) -> None:
        self.root = Path(root)
        self._clock = clock
        self._blobs = self.root / "blobs"
        self._evidence = self.root / "evidence"
        self._blobs.mkdir(parents=True, exist_ok=True)
        self._evidence.mkdir(parents=True, exist_ok=True)
        # Evidence is readable by the service's own user only.
        os.chmod(self._evidence, 0o700)

    # -- paths ---------------------------------------------------------------

    def _paths(self, blob_id: str) -> tuple[Path, Path]:
        if not _BLOB_ID.fullmatch(blob_id):
            # Also what keeps "../" and friends out of the filesystem.
            raise NotFound("image_not_found", "Cette image n'existe pas ou n'est plus disponible.")
        folder = self._blobs / blob_id[:2]
        return folder / blob_id, folder / f"{blob_id}.json"

    def _evidence_paths(self, blob_id: str) -> tuple[Path, Path]:
        self._paths(blob_id)  # validates the id
        return self._evidence / blob_id, self._evidence / f"{blob_id}.json"

    # -- port ----------------------------------------------------------------

    async def put(self, data: bytes, *, mime: str) -> str:
        if mime not in _MIMES:
            raise InvalidInput("image_unsupported_format", "Type d'image non pris en charge.")
        return await asyncio.to_thread(self._put, data, mime, self._clock())

    async def get(self, blob_id: str) -> StoredBlob:
        return await asyncio.to_thread(self._get, blob_id)

    async def delete(self, blob_id: str) -> bool:
        return await asyncio.to_thread(self._delete, blob_id)

    async def purge(self, older_than: float) -> int:
        return await asyncio.to_thread(self._purge, older_than)

    async def preserve(self, blob_id: str, reason: str) -> None:
        await asyncio.to_thread(self._preserve, blob_id, reason, self._clock())

    async def get_evidence(self, blob_id: str) -> Evidence:
        """A preserved copy (restricted: moderation only), or raise `NotFound`."""
        return await asyncio.to_thread(self._get_evidence, blob_id)

    async def discard_evidence(self, blob_id: str) -> bool:
        """Remove a preserved copy at the end of its legal hold; False if absent."""
        return await asyncio.to_thread(self._discard_evidence, blob_id)

    # -- blocking implementations --------------------------------------------

    def _put(self, data: bytes, mime: str, now: float) -> str:
        blob_id = new_blob_id()
        path, meta = self._paths(blob_id)
        path.parent.mkdir(exist_ok=True)
        _write_atomic(path, data, 0o640)
        record = {
            "mime": mime,
            "size": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
            "created_at": now,
        }
        _write_atomic(meta, json.dumps(record).encode(), 0o640)
        return blob_id

    def _get(self, blob_id: str) -> StoredBlob:
        path, meta = self._paths(blob_id)
        return _read(blob_id, path, meta)

    def _delete(self, blob_id: str) -> bool:
        path, meta = self._paths(blob_id)
        existed = path.exists()
        for item in (meta, path):
            with contextlib.suppress(FileNotFoundError):
                item.unlink()
        return existed

    def _purge(self, older_than: float) -> int:
        removed = 0
        for meta in self._blobs.glob("*/*.json"):
            try:
                created_at = float(json.loads(meta.read_bytes())["created_at"])
            except (OSError, ValueError, KeyError, TypeError):
                continue  # a half-written record: the next purge sees it complete
            if created_at < older_than and self._delete(meta.name.removesuffix(".json")):
                removed += 1
        return removed

    def _preserve(self, blob_id: str, reason: str, now: float) -> None:
        blob = self._get(blob_id)
        path, meta = self._evidence_paths(blob_id)
        _write_atomic(path, blob.data, 0o600)
        record = {
            "mime": blob.mime,
            "size": len(blob.data),
            "sha256": blob.sha256,
            "created_at": blob.created_at,
            "reason": reason,
            "preserved_at": now,
        }
        _write_atomic(meta, json.dumps(record).encode(), 0o600)

    def _get_evidence(self, blob_id: str) -> Evidence:
        path, meta = self._evidence_paths(blob_id)
        blob = _read(blob_id, path, meta)
        record = json.loads(meta.read_bytes())
        return Evidence(blob, str(record["reason"]), float(record["preserved_at"]))

    def _discard_evidence(self, blob_id: str) -> bool:
        path, meta = self._evidence_paths(blob_id)
        existed = path.exists()
        for item in (meta, path):
            with contextlib.suppress(FileNotFoundError):
                item.unlink()
        return existed


def _read(blob_id: str, path: Path, meta: Path) -> StoredBlob:
    try:
        record = json.loads(meta.read_bytes())
        data = path.read_bytes()
    except FileNotFoundError:
        raise NotFound(
            "image_not_found", "Cette image n'existe pas ou n'est plus disponible."
        ) from None
    return StoredBlob(
        id=blob_id,
        data=data,
        mime=str(record["mime"]),
        created_at=float(record["created_at"]),
        sha256=str(record["sha256"]),
    )


def _write_atomic(path: Path, data: bytes, mode: int) -> None:
    # Write then rename: a reader sees the whole file or none of it.
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
