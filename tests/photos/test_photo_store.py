"""The photo methods of both store adapters (PostgreSQL when CAUSETTE_TEST_POSTGRES_URL is set)."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from causette.domain.errors import NotFound
from causette.domain.ids import DmSeq, MessageId, RoomId, UserId
from causette.domain.messages import MessagePhoto
from causette.domain.rooms import Room, RoomKind
from causette.ports import PhotoRecord
from causette.storage.postgres import PostgresStore
from causette.storage.sqlite import SqliteStore
from tests.storage.conftest import drop_schema, fresh_schema, postgres_url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def store(
    request: pytest.FixtureRequest, tmp_path: Path
) -> AsyncIterator[SqliteStore | PostgresStore]:
    opened: SqliteStore | PostgresStore
    schema = url = None
    if request.param == "postgres":
        url, schema = postgres_url(), fresh_schema()
        opened = await PostgresStore.connect(url, schema=schema, application_name=schema)
    else:
        opened = SqliteStore(tmp_path / "causette.db")
    await opened.migrate()
    try:
        yield opened
    finally:
        await opened.close()
        if url is not None and schema is not None:
            await drop_schema(url, schema)


def _record(photo_id: str, status: str = "ready", created_at: float = 100.0) -> PhotoRecord:
    return PhotoRecord(
        id=photo_id,
        uploader=UserId("u_a"),
        target="room:salon",
        status=status,
        blur=False,
        explicit=False,
        mime="image/jpeg",
        signals='{"pdq": null, "quality": 0, "sha256": []}',
        verdict="{}",
        created_at=created_at,
    )


async def test_a_photo_is_claimed_once_for_its_sender_and_target(
    store: SqliteStore | PostgresStore,
) -> None:
    await store.add_photo(_record("p" * 32))
    assert await store.claim_photo("p" * 32, UserId("u_b"), "room:salon") is None
    assert await store.claim_photo("p" * 32, UserId("u_a"), "dm:u_b") is None
    claimed = await store.claim_photo("p" * 32, UserId("u_a"), "room:salon")
    assert claimed is not None and claimed.status == "sent"
    assert await store.claim_photo("p" * 32, UserId("u_a"), "room:salon") is None


async def test_messages_keep_their_photo(store: SqliteStore | PostgresStore) -> None:
    room = Room(RoomId("salon"), "Salon", "", RoomKind.GENERAL, True, None, 1.0)
    await store.seed_rooms([room])
    photo = MessagePhoto("q" * 32, blur=True)
    await store.append_room_message(room.id, UserId("u_a"), "", 5.0, photo=photo)
    await store.append_room_message(room.id, UserId("u_a"), "texte", 6.0)
    msgs = await store.room_messages_after(room.id, MessageId(0), 10)
    assert [m.photo for m in msgs] == [photo, None]
    await store.append_dm(UserId("u_a"), UserId("u_b"), "", 7.0, photo=photo)
    (dm,) = await store.dms_after(UserId("u_b"), DmSeq(0), 10)
    assert dm.photo == photo
    assert await store.has_written_to(UserId("u_a"), UserId("u_b"))
    assert not await store.has_written_to(UserId("u_b"), UserId("u_a"))


async def test_a_message_takes_its_photo_in_its_own_transaction(
    store: SqliteStore | PostgresStore,
) -> None:
    room = Room(RoomId("salon"), "Salon", "", RoomKind.GENERAL, True, None, 1.0)
    await store.seed_rooms([room])
    await store.add_photo(_record("p" * 32))
    photo = MessagePhoto("p" * 32, blur=False)
    sender, other = UserId("u_a"), UserId("u_b")
    with pytest.raises(NotFound) as taken:  # someone else's photo: nothing is written
        await store.append_room_message(room.id, other, "", 5.0, photo=photo, take_photo=True)
    assert taken.value.code == "photo_not_found"
    with pytest.raises(NotFound):  # checked for the room, not for a private message
        await store.append_dm(sender, other, "", 5.0, photo=photo, take_photo=True)
    assert await store.last_room_message_id(room.id) == 0
    assert await store.last_dm_seq(sender) == 0 and not await store.has_written_to(sender, other)
    assert (await store.photo("p" * 32)).status == "ready"  # type: ignore[union-attr]

    msg = await store.append_room_message(room.id, sender, "", 6.0, photo=photo, take_photo=True)
    assert msg.id == 1 and (await store.photo("p" * 32)).status == "sent"  # type: ignore[union-attr]
    with pytest.raises(NotFound):  # a photo is sent once
        await store.append_room_message(room.id, sender, "", 7.0, photo=photo, take_photo=True)
    assert await store.last_room_message_id(room.id) == 1

    await store.add_photo(_dm_record("d" * 32))
    dm = await store.append_dm(
        sender, other, "", 8.0, photo=MessagePhoto("d" * 32, blur=True), take_photo=True
    )
    assert dm.sender_seq == 1 and (await store.photo("d" * 32)).status == "sent"  # type: ignore[union-attr]


def _dm_record(photo_id: str) -> PhotoRecord:
    return dataclasses.replace(_record(photo_id), target="dm:u_b", blur=True)


async def test_prefs_and_purge(store: SqliteStore | PostgresStore) -> None:
    assert await store.images_from_strangers(UserId("u_a")) is None
    await store.set_images_from_strangers(UserId("u_a"), False, 1.0)
    await store.set_images_from_strangers(UserId("u_a"), True, 2.0)
    assert await store.images_from_strangers(UserId("u_a")) is True
    await store.add_photo(_record("o" * 32, created_at=10.0))
    await store.add_photo(_record("e" * 32, status="blocked", created_at=10.0))
    await store.add_photo(_record("n" * 32, created_at=50.0))
    assert await store.purge_photos(20.0) == ["o" * 32]  # evidence records are kept
    assert await store.photo("e" * 32) is not None
    assert await store.set_photo_status("n" * 32, "removed")
