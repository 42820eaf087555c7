"""SQLite specifics: the pragmas the contract relies on, persistence, failures."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from causette.domain.errors import Unavailable
from causette.domain.ids import MessageId, RoomId, UserId
from causette.domain.rooms import Room, RoomKind
from causette.storage.sqlite import PAGE_SIZE, SqliteStore

GENERAL = Room(RoomId("general"), "Général", "", RoomKind.GENERAL, True, None, 0.0)


async def test_file_database_uses_wal_normal_sync_and_foreign_keys(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "c.db")
    await store.migrate()
    db = store._db
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO room_messages (room_id, id, sender, text, ts)"
            " VALUES ('nowhere', 1, 'u', 't', 0)"
        )
    await store.close()


async def test_a_new_database_takes_small_pages_and_an_existing_one_keeps_its_own(
    tmp_path: Path,
) -> None:
    store = SqliteStore(tmp_path / "new.db")
    await store.migrate()
    assert store._db.execute("PRAGMA page_size").fetchone()[0] == PAGE_SIZE == 2048
    await store.close()

    old = sqlite3.connect(tmp_path / "old.db")  # a database made before 2 KB pages
    old.execute("PRAGMA page_size = 4096")
    old.execute("PRAGMA journal_mode = WAL")
    old.execute("CREATE TABLE t (x)")
    old.close()
    store = SqliteStore(tmp_path / "old.db")
    await store.migrate()
    await store.seed_rooms([GENERAL])
    assert store._db.execute("PRAGMA page_size").fetchone()[0] == 4096
    assert [r.id for r in await store.rooms()] == [GENERAL.id]
    await store.close()


async def test_messages_survive_a_restart(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "c.db")
    await store.migrate()
    await store.seed_rooms([GENERAL])
    await store.append_room_message(GENERAL.id, UserId("u-1"), "persisté", 1.0)
    await store.close()

    reopened = SqliteStore(tmp_path / "c.db")
    await reopened.migrate()
    assert [m.text for m in await reopened.room_messages_after(GENERAL.id, MessageId(0), 10)] == [
        "persisté"
    ]
    assert (await reopened.append_room_message(GENERAL.id, UserId("u-1"), "suite", 2.0)).id == 2
    await reopened.close()


async def test_memory_database_works_for_tests() -> None:
    store = SqliteStore(":memory:")
    await store.migrate()
    assert await store.seed_rooms([GENERAL]) == 1
    assert await store.ping()
    await store.close()


def test_unopenable_file_is_unavailable(tmp_path: Path) -> None:
    with pytest.raises(Unavailable) as caught:
        SqliteStore(tmp_path / "missing-dir" / "c.db")
    assert caught.value.code == "database_unavailable"


async def test_database_locked_by_another_process_is_unavailable(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "c.db")
    await store.migrate()
    other = sqlite3.connect(tmp_path / "c.db", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    store._db.execute("PRAGMA busy_timeout = 0")  # fail at once rather than wait 5 s
    try:
        with pytest.raises(Unavailable):
            await store.seed_rooms([GENERAL])
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert await store.seed_rooms([GENERAL]) == 1
    await store.close()
