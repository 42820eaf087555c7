"""The identification records at rest (décret 2021-1362), on every store: sealed, looked
up by address through the blind index, opened only with their key, and the clear rows
of an older version sealed at the first start after migration 0008."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import pytest

from causette.domain.ids import RoomId, UserId
from causette.ports import Identification
from causette.storage import postgres as postgres_module
from causette.storage import sqlite as sqlite_module
from causette.storage._common import load_migrations
from causette.storage.identification import SEALED_SCHEMA
from causette.storage.postgres import PostgresStore
from causette.storage.sqlite import SqliteStore
from causette.storage.vault import IdentificationKeyError, IdentificationVault

from .conftest import StoreFactory
from .test_contract import guest, room

Store = SqliteStore | PostgresStore
ADDRESS = "203.0.113.77"
ADDRESS6 = "2001:db8:cafe::4c"


def entry(user: str, ip: str, port: int, at: float) -> Identification:
    return Identification("entry", f"guest:{user}", UserId(user), ip, port, at)


async def raw_rows(store: Store, table: str = "identification") -> list[tuple[Any, ...]]:
    rows = await store._cases(lambda q: q.fetch(f"SELECT * FROM {table} ORDER BY id"))
    return [tuple(r) for r in rows]


def file_bytes(store: Store) -> bytes:
    """The SQLite database as a dump or a backup would copy it: the file and its WAL."""
    path = Path(store._path)  # type: ignore[union-attr]
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


async def test_the_table_holds_no_clear_address_and_reads_it_back(store: Store) -> None:
    await store.seed_rooms([room("general", "Général", official=True)])
    await store.record_identification(entry("u1", ADDRESS, 51234, 1000.0))
    await store.record_identification(entry("u2", ADDRESS6, 443, 1001.0))
    message = await store.append_room_message(
        RoomId("general"), UserId("u1"), "bonjour", 1002.0, source=(ADDRESS, 51235)
    )
    dm = await store.append_dm(UserId("u1"), UserId("u2"), "salut", 1003.0, source=(ADDRESS, 3))

    for row in await raw_rows(store):
        for value in row:
            text = bytes(value) if isinstance(value, (bytes, memoryview)) else str(value).encode()
            for clear in (ADDRESS.encode(), ADDRESS6.encode(), b"51234", b"51235"):
                assert clear not in text
    if isinstance(store, SqliteStore):
        assert ADDRESS.encode() not in file_bytes(store)
        assert ADDRESS6.encode() not in file_bytes(store)

    records = await store.identification_records()
    assert [(r.kind, r.ref, r.user, r.ip, r.port, r.at) for r in records] == [
        ("entry", "guest:u1", "u1", ADDRESS, 51234, 1000.0),
        ("entry", "guest:u2", "u2", ADDRESS6, 443, 1001.0),
        ("message", f"room:general:{message.id}", "u1", ADDRESS, 51235, 1002.0),
        ("dm", f"dm:{dm.id}", "u1", ADDRESS, 3, 1003.0),
    ]
    assert await store.entry_ip(UserId("u2")) == ADDRESS6
    assert [r.user for r in await store.entries_since(1000.5)] == ["u2"]


async def test_a_lookup_by_address_goes_through_the_blind_index(store: Store) -> None:
    await store.record_identification(entry("u1", ADDRESS, 5000, 1000.0))
    await store.record_identification(entry("u2", "::ffff:" + ADDRESS, 5001, 1001.0))
    await store.record_identification(entry("u3", ADDRESS6, 5002, 1002.0))
    await store.record_identification(entry("u4", "198.51.100.4", 5003, 1003.0))

    # The address as recorded, or as an IPv4-mapped IPv6 address, is the same address.
    assert [r.user for r in await store.identification_records(ip=ADDRESS)] == ["u1", "u2"]
    upper = ADDRESS6.upper().replace("::", ":0::")
    assert [r.user for r in await store.identification_records(ip=upper)] == ["u3"]
    (found,) = await store.identification_records(ip=ADDRESS6)
    assert (found.ip, found.port) == (ADDRESS6, 5002)
    assert await store.identification_records(ip="192.0.2.1") == []


async def test_a_node_with_another_key_refuses_to_start_and_to_read(
    open_test_store: StoreFactory,
) -> None:
    first = await open_test_store()
    await first.migrate()
    await first.record_identification(entry("u1", ADDRESS, 5000, 1000.0))

    other = await open_test_store(vault=IdentificationVault(b"another node's own secret, 32+ b"))
    with pytest.raises(IdentificationKeyError) as refused:
        await other.migrate()
    assert refused.value.code == "identification_key_unknown"
    assert first._vault.key_id in refused.value.message  # names the key, never shows it
    with pytest.raises(IdentificationKeyError) as unread:
        await other.identification_records(ip=ADDRESS)
    assert unread.value.code == "identification_key_unknown"
    assert unread.value.status == 503


async def test_a_sealed_value_moved_to_another_row_does_not_open(store: Store) -> None:
    await store.record_identification(entry("u1", ADDRESS, 5000, 1000.0))
    await store.record_identification(entry("u2", "198.51.100.4", 5001, 1001.0))
    await store._cases(
        lambda q: q.execute(
            "UPDATE identification SET sealed = (SELECT sealed FROM identification"
            " WHERE user_id = 'u1') WHERE user_id = 'u2'"
        ),
        write=True,
    )
    with pytest.raises(IdentificationKeyError) as refused:
        await store.identification_records(users=[UserId("u2")])
    assert refused.value.code == "identification_record_invalid"


async def test_after_a_rotation_old_records_still_open_and_match_their_address(
    open_test_store: StoreFactory,
) -> None:
    old_secret, new_secret = (
        b"the secret of last year, 32+ bytes",
        b"the secret of this year, 32+ byte",
    )
    before = await open_test_store(vault=IdentificationVault(old_secret))
    await before.migrate()
    await before.record_identification(entry("u1", ADDRESS, 5000, 1000.0))

    rotated = IdentificationVault(new_secret, old_secrets=[old_secret])
    after = await open_test_store(vault=rotated)
    await after.migrate()
    await after.record_identification(entry("u2", ADDRESS, 5001, 2000.0))
    assert [(r.user, r.port) for r in await after.identification_records(ip=ADDRESS)] == [
        ("u1", 5000),
        ("u2", 5001),
    ]
    assert [r[4] for r in await raw_rows(after)] == [
        IdentificationVault(old_secret).key_id,
        rotated.key_id,
    ]


async def test_upgrading_to_0008_seals_the_clear_rows_and_keeps_no_clear_address(
    open_test_store: StoreFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A database an older version wrote in clear: the first start seals every row (same
    ids, same answers), drops the clear table, and leaves no address in the file."""
    store = await open_test_store()
    dialect: Literal["sqlite", "postgres"] = (
        "sqlite" if isinstance(store, SqliteStore) else "postgres"
    )
    module = sqlite_module if dialect == "sqlite" else postgres_module
    before = [m for m in load_migrations(dialect) if m.version < SEALED_SCHEMA]
    monkeypatch.setattr(module, "load_migrations", lambda _: before)
    await store.migrate()
    if isinstance(store, SqliteStore):
        store._db.execute("PRAGMA secure_delete = 0")  # as some builds have it
    await store.create_guest(guest("u1", "Zébulon"), 600.0, 1000.0)
    clear = [
        ("entry", "guest:u1", "u1", ADDRESS, 51000, 1000.0),
        ("message", "room:general:1", "u1", ADDRESS, 51001, 1001.5),
        ("dm", "dm:7", "u1", ADDRESS6, 51002, 1002.25),
    ]

    async def old_rows(q: Any) -> None:
        for values in clear:
            await q.execute(
                "INSERT INTO identification (kind, ref, user_id, ip, port, at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                *values,
            )

    await store._cases(old_rows, write=True)

    # Records past their term, purged by that version: their bytes stayed in freed pages.
    async def expired(q: Any) -> None:
        for i in range(300):
            await q.execute(
                "INSERT INTO identification (kind, ref, user_id, ip, port, at)"
                " VALUES ('entry', ?, 'u9', '192.0.2.99', 40000, 10.0)",
                f"guest:u9:{i}",
            )

    await store._cases(expired, write=True)
    await store.purge(messages_before=0.0, identification_before=11.0)
    old_ids = [row[0] for row in await raw_rows(store)]
    if isinstance(store, SqliteStore):
        assert ADDRESS.encode() in file_bytes(store)  # what a backup of that version holds
        assert b"192.0.2.99" in file_bytes(store)  # even purged
    monkeypatch.undo()

    await store.migrate()
    await store.migrate()  # idempotent: nothing left to seal, nothing sealed twice

    records = await store.identification_records()
    assert [(r.kind, r.ref, r.user, r.ip, r.port, r.at) for r in records] == clear
    assert [row[0] for row in await raw_rows(store)] == old_ids
    assert [r.user for r in await store.identification_records(ip=ADDRESS6)] == ["u1"]
    with pytest.raises(Exception):  # noqa: B017 - the clear table is gone (either driver)
        await raw_rows(store, "identification_clear")
    if isinstance(store, SqliteStore):
        data = file_bytes(store)
        assert ADDRESS.encode() not in data and ADDRESS6.encode() not in data
        assert b"192.0.2.99" not in data
    # New records come after the old ones.
    await store.record_identification(entry("u1", ADDRESS, 51003, 1003.0))
    assert [row[0] for row in await raw_rows(store)][-1] > max(old_ids)


async def test_an_interrupted_sealing_goes_on_where_it_stopped(
    open_test_store: StoreFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = await open_test_store()
    dialect: Literal["sqlite", "postgres"] = (
        "sqlite" if isinstance(store, SqliteStore) else "postgres"
    )
    module = sqlite_module if dialect == "sqlite" else postgres_module
    before = [m for m in load_migrations(dialect) if m.version < SEALED_SCHEMA]
    monkeypatch.setattr(module, "load_migrations", lambda _: before)
    await store.migrate()

    async def old_rows(q: Any) -> None:
        for i in range(5):
            await q.execute(
                "INSERT INTO identification (kind, ref, user_id, ip, port, at)"
                " VALUES ('entry', ?, ?, ?, ?, ?)",
                f"guest:u{i}",
                f"u{i}",
                f"198.51.100.{i}",
                6000 + i,
                1000.0 + i,
            )

    await store._cases(old_rows, write=True)
    monkeypatch.undo()
    # The schema moves on, then the start stops after one batch of two rows.
    monkeypatch.setattr(type(store), "seal_clear_identification", _one_batch)
    await store.migrate()
    monkeypatch.undo()
    assert len(await raw_rows(store, "identification_clear")) == 3

    await store.migrate()
    records = await store.identification_records()
    assert [(r.user, r.ip, r.port) for r in records] == [
        (f"u{i}", f"198.51.100.{i}", 6000 + i) for i in range(5)
    ]


async def _one_batch(self: Store, batch: int = 2) -> int:
    done = await self._cases(lambda q: self._seal_batch(q, 2), write=True)
    return done or 0
