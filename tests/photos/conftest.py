"""Photo tests: a whole app in-process with real worker processes and a fake detector."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer

from causette.app import Causette
from causette.config import Settings
from causette.media.workers import PhotoWorkers
from causette.ports import MessageStore
from causette.storage import open_store
from tests.chatters import Chatter
from tests.conftest import FakeClock, KeywordChecker
from tests.photos.fakes import marker_detector

PhotoApp = Callable[..., Awaitable[tuple[Causette, TestClient[Any, Any]]]]


@pytest.fixture(scope="module")
def workers() -> Iterator[PhotoWorkers]:
    """One worker process for a whole test module (spawning one costs about a second)."""
    pool = PhotoWorkers(size=1, timeout=20.0, detector_factory=marker_detector)
    yield pool
    pool.shutdown()


@pytest.fixture
async def photo_app(
    clock: FakeClock, settings: Settings, workers: PhotoWorkers
) -> AsyncIterator[PhotoApp]:
    made: list[TestClient[Any, Any]] = []

    async def factory(
        *, photo_workers: PhotoWorkers | None = None, store: MessageStore | None = None
    ) -> tuple[Causette, TestClient[Any, Any]]:
        if store is None:
            store = await open_store("sqlite:///:memory:", migrate=True)
        system = await Causette.start(
            settings,
            clock=clock,
            store=store,
            checker=(KeywordChecker(), None),
            janitor=False,
            photo_workers=photo_workers or workers,
        )
        client = TestClient(TestServer(system.web_app()))
        await client.start_server()
        made.append(client)
        return system, client

    yield factory
    for client in reversed(made):
        await client.close()


async def upload(
    client: TestClient[Any, Any],
    who: Chatter,
    data: bytes,
    *,
    content_type: str = "image/jpeg",
    **target: str,
) -> tuple[int, dict[str, Any]]:
    """POST /api/photos as `who`, raw body; returns (status, JSON body)."""
    resp = await client.post(
        "/api/photos",
        params=target,
        data=io.BytesIO(data),
        headers={"Authorization": f"Bearer {who.token}", "Content-Type": content_type},
    )
    body: dict[str, Any] = await resp.json()
    return resp.status, body


async def fetch(client: TestClient[Any, Any], who: Chatter, photo_id: str) -> tuple[int, bytes]:
    resp = await client.get(f"/media/{photo_id}", headers={"Authorization": f"Bearer {who.token}"})
    return resp.status, await resp.read()
