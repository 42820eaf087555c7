"""FilesystemBlobStore: unguessable ids, retention by recorded time, evidence kept apart."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from causette.domain.errors import InvalidInput, NotFound
from causette.media.blobs import FilesystemBlobStore


class FakeClock:
    def __init__(self, now: float = 1_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(tmp_path: Path, clock: FakeClock) -> FilesystemBlobStore:
    return FilesystemBlobStore(tmp_path / "media", clock=clock)


async def test_put_then_get_returns_the_bytes_and_metadata(store: FilesystemBlobStore) -> None:
    blob_id = await store.put(b"\xff\xd8jpeg", mime="image/jpeg")
    blob = await store.get(blob_id)
    assert (blob.data, blob.mime, blob.created_at) == (b"\xff\xd8jpeg", "image/jpeg", 1_000.0)
    assert len(blob.sha256) == 64


async def test_ids_are_long_random_and_url_safe(store: FilesystemBlobStore) -> None:
    ids = {await store.put(b"x", mime="image/png") for _ in range(50)}
    assert len(ids) == 50
    for blob_id in ids:
        assert len(blob_id) == 32  # 192 bits
        assert all(c.isalnum() or c in "-_" for c in blob_id)


@pytest.mark.parametrize("bad", ["", "../../etc/passwd", "a" * 31, "a" * 32 + "/", "..%2f" * 8])
async def test_malformed_or_unknown_ids_are_not_found(store: FilesystemBlobStore, bad: str) -> None:
    with pytest.raises(NotFound):
        await store.get(bad)
    with pytest.raises(NotFound):
        await store.get("A" * 32)


async def test_only_image_types_are_stored(store: FilesystemBlobStore) -> None:
    with pytest.raises(InvalidInput):
        await store.put(b"<html>", mime="text/html")


async def test_delete_removes_the_blob(store: FilesystemBlobStore) -> None:
    blob_id = await store.put(b"x", mime="image/jpeg")
    assert await store.delete(blob_id) is True
    assert await store.delete(blob_id) is False
    with pytest.raises(NotFound):
        await store.get(blob_id)


async def test_purge_uses_recorded_time_not_file_mtime(
    store: FilesystemBlobStore, clock: FakeClock
) -> None:
    old = await store.put(b"old", mime="image/jpeg")
    clock.now = 5_000.0
    new = await store.put(b"new", mime="image/jpeg")
    # Touch the old file as a backup restore would: its recorded time still rules.
    for path in store.root.rglob(f"{old}*"):
        os.utime(path, (9e9, 9e9))
    assert await store.purge(older_than=4_000.0) == 1
    with pytest.raises(NotFound):
        await store.get(old)
    assert (await store.get(new)).data == b"new"
    assert await store.purge(older_than=4_000.0) == 0


async def test_preserved_evidence_survives_purge_and_delete(
    store: FilesystemBlobStore, clock: FakeClock
) -> None:
    blob_id = await store.put(b"evidence", mime="image/jpeg")
    clock.now = 2_000.0
    await store.preserve(blob_id, "bank NCII_CONFIRMED, upload refused")
    clock.now = 1e9
    assert await store.purge(older_than=clock.now) == 1
    with pytest.raises(NotFound):
        await store.get(blob_id)  # no longer served
    evidence = await store.get_evidence(blob_id)
    assert evidence.blob.data == b"evidence" and evidence.preserved_at == 2_000.0
    assert evidence.reason == "bank NCII_CONFIRMED, upload refused"
    assert await store.discard_evidence(blob_id) is True
    with pytest.raises(NotFound):
        await store.get_evidence(blob_id)


async def test_evidence_area_is_private_to_the_service(store: FilesystemBlobStore) -> None:
    blob_id = await store.put(b"e", mime="image/png")
    await store.preserve(blob_id, "test")
    area = store.root / "evidence"
    assert stat.S_IMODE(area.stat().st_mode) == 0o700
    for path in area.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


async def test_preserving_an_unknown_blob_is_not_found(store: FilesystemBlobStore) -> None:
    with pytest.raises(NotFound):
        await store.preserve("B" * 32, "x")
