"""What the photo service needs from the media adapters, as protocols.

`causette.media.workers.PhotoWorkers` is the `Analyser` (its results are
`causette.media.pipeline.ImageAnalysis`), `causette.media.blobs.FilesystemBlobStore`
the `Blobs`; services import no adapter (the layers contract).
"""

from __future__ import annotations

from typing import Protocol

from causette.moderation.images.banks import ImageSignals
from causette.moderation.images.pdq import PdqHashes
from causette.moderation.images.policy import NudityResult

__all__ = ["Analyser", "Analysis", "Blob", "Blobs", "CleanedImage"]


class CleanedImage(Protocol):
    @property
    def data(self) -> bytes: ...
    @property
    def mime(self) -> str: ...


class Analysis(Protocol):
    """What `causette.media.pipeline.Analysis` gives the service."""

    @property
    def image(self) -> CleanedImage: ...
    @property
    def pdq(self) -> PdqHashes: ...
    @property
    def nudity(self) -> NudityResult | None: ...
    def signals(self) -> ImageSignals: ...


class Analyser(Protocol):
    """Runs the image pipeline off the event loop (`causette.media.workers.PhotoWorkers`)."""

    async def analyse(
        self,
        data: bytes,
        *,
        content_type: str | None,
        filename: str | None,
        max_bytes: int,
        max_pixels: int,
    ) -> Analysis: ...

    def shutdown(self) -> None: ...


class Blob(Protocol):
    @property
    def data(self) -> bytes: ...
    @property
    def mime(self) -> str: ...


class Blobs(Protocol):
    """Where cleaned images live (`causette.media.blobs.FilesystemBlobStore`)."""

    async def put(self, data: bytes, *, mime: str) -> str: ...
    async def get(self, blob_id: str) -> Blob: ...
    async def delete(self, blob_id: str) -> bool: ...
    async def purge(self, older_than: float) -> int: ...
    async def preserve(self, blob_id: str, reason: str) -> None: ...
