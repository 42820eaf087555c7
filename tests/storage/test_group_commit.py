"""SQLite group commit: the message appends of one loop turn share one transaction.

What users rely on: a message acknowledged is committed (its caller resumes only after
the COMMIT that holds it, and a failed COMMIT acknowledges nothing of the batch); one
refused member (a photo already sent) fails alone; ids and inbox numbers stay in call
order, without gaps.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from causette.domain.errors import NotFound, Unavailable
from causette.domain.ids import DmSeq, MessageId, RoomId, UserId
from causette.domain.messages import MessagePhoto, PrivateMessage, RoomMessage
from causette.domain.rooms import Room, RoomKind
from causette.ports import PhotoRecord
from causette.storage.sqlite import SqliteStore

ROOM = Room(RoomId("salon"), "Salon", "", RoomKind.GENERAL, True, None, 1.0)
ANNE, BRUNO, CLARA = UserId("u_anne"), UserId("u_bruno"), UserId("u_clara")
SOURCE = ("192.0.2.7", 40000)


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqliteStore]:
    opened = SqliteStore(tmp_path / "c.db")
    await opened.migrate()
    await opened.seed_rooms([ROOM])
    try:
        yield opened
    finally:
        await opened.close()


def _other_connection(tmp_path: Path) -> sqlite3.Connection:
    return sqlite3.connect(tmp_path / "c.db", isolation_level=None)


def _photo(photo_id: str, uploader: UserId, target: str) -> PhotoRecord:
    return PhotoRecord(
        id=photo_id,
        uploader=uploader,
        target=target,
        status="ready",
        blur=False,
        explicit=False,
        mime="image/jpeg",
        signals="{}",
        verdict="{}",
        created_at=1.0,
    )


async def test_one_turn_of_appends_is_one_transaction_visible_when_each_returns(
    store: SqliteStore, tmp_path: Path
) -> None:
    other = _other_connection(tmp_path)
    commits = 0

    def count(statement: str) -> None:
        nonlocal commits
        commits += statement.strip().upper() == "COMMIT"

    store._db.set_trace_callback(count)
    seen_at_return: list[int] = []

    async def dm(sender: UserId, recipient: UserId, text: str) -> PrivateMessage:
        msg = await store.append_dm(sender, recipient, text, 5.0, source=SOURCE)
        # Another process sees the row (and its identification row) the moment the
        # caller could acknowledge it.
        row = other.execute(
            "SELECT count(*) FROM identification WHERE ref = ?", (f"dm:{msg.id}",)
        ).fetchone()
        seen_at_return.append(row[0])
        assert other.execute("SELECT text FROM dms WHERE id = ?", (msg.id,)).fetchone() == (text,)
        return msg

    async def say(text: str) -> RoomMessage:
        return await store.append_room_message(ROOM.id, ANNE, text, 5.0, source=SOURCE)

    results = await asyncio.gather(
        dm(ANNE, BRUNO, "un"), say("salut"), dm(BRUNO, ANNE, "deux"), dm(ANNE, CLARA, "trois")
    )
    store._db.set_trace_callback(None)
    assert commits == 1
    assert seen_at_return == [1, 1, 1]
    first, room_msg, second, third = results
    assert isinstance(room_msg, RoomMessage) and room_msg.id == 1
    assert isinstance(first, PrivateMessage) and isinstance(second, PrivateMessage)
    assert isinstance(third, PrivateMessage)
    # Numbers follow call order: Anne's inbox 1 (to Bruno), 2 (from Bruno), 3 (to Clara).
    assert (first.sender_seq, first.recipient_seq) == (1, 1)
    assert (second.sender_seq, second.recipient_seq) == (2, 2)
    assert (third.sender_seq, third.recipient_seq) == (3, 1)
    got = await store.dms_after(ANNE, DmSeq(0), 10)
    assert [(m.seq_for(ANNE), m.text) for m in got] == [(1, "un"), (2, "deux"), (3, "trois")]
    other.close()


async def test_a_refused_photo_claim_fails_only_its_own_message(store: SqliteStore) -> None:
    await store.add_photo(_photo("p" * 32, ANNE, f"dm:{BRUNO}"))
    taken = MessagePhoto("p" * 32, blur=False)
    results = await asyncio.gather(
        store.append_dm(ANNE, BRUNO, "avant", 5.0),
        store.append_dm(ANNE, BRUNO, "", 5.0, photo=taken, take_photo=True),
        store.append_dm(ANNE, BRUNO, "", 5.0, photo=taken, take_photo=True),  # already taken
        store.append_room_message(ROOM.id, ANNE, "salon", 5.0),
        store.append_room_message(RoomId("nulle-part"), ANNE, "perdu", 5.0),
        store.append_dm(ANNE, BRUNO, "après", 5.0),
        return_exceptions=True,
    )
    before, with_photo, refused, room_msg, lost, after = results
    assert isinstance(refused, NotFound) and refused.code == "photo_not_found"
    assert isinstance(lost, NotFound) and lost.code == "room_not_found"
    assert isinstance(with_photo, PrivateMessage) and with_photo.photo == taken
    assert isinstance(before, PrivateMessage) and isinstance(after, PrivateMessage)
    assert isinstance(room_msg, RoomMessage) and room_msg.id == 1
    # No gap where the refused message would have been.
    assert [m.seq_for(BRUNO) for m in await store.dms_after(BRUNO, DmSeq(0), 10)] == [1, 2, 3]
    assert [m.text for m in await store.dms_after(BRUNO, DmSeq(0), 10)] == ["avant", "", "après"]
    assert await store.last_dm_seq(ANNE) == 3


async def test_a_member_failing_after_its_counters_moved_rolls_back_alone(
    store: SqliteStore,
) -> None:
    # A failure after the inbox numbers were taken: the savepoint gives them back.
    store._db.execute(
        "CREATE TEMP TRIGGER refuse BEFORE INSERT ON dms WHEN NEW.text = 'refusé'"
        " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
    )
    results = await asyncio.gather(
        store.append_dm(ANNE, BRUNO, "un", 5.0),
        store.append_dm(ANNE, BRUNO, "refusé", 5.0),
        store.append_dm(ANNE, BRUNO, "deux", 5.0),
        return_exceptions=True,
    )
    assert isinstance(results[1], sqlite3.IntegrityError)
    assert [m.seq_for(ANNE) for m in await store.dms_after(ANNE, DmSeq(0), 10)] == [1, 2]
    assert await store.last_dm_seq(BRUNO) == 2


async def test_a_failed_commit_acknowledges_nothing_of_the_batch(
    store: SqliteStore, tmp_path: Path
) -> None:
    # A deferred constraint fails at COMMIT, after every member succeeded.
    db = store._db
    db.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
    db.execute(
        "CREATE TABLE child (parent INTEGER REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)"
    )
    db.execute(
        "CREATE TRIGGER dangling AFTER INSERT ON dms WHEN NEW.text = 'boum'"
        " BEGIN INSERT INTO child (parent) VALUES (999); END"
    )
    results = await asyncio.gather(
        store.append_dm(ANNE, BRUNO, "un", 5.0, source=SOURCE),
        store.append_room_message(ROOM.id, ANNE, "salon", 5.0, source=SOURCE),
        store.append_dm(ANNE, BRUNO, "boum", 5.0, source=SOURCE),
        return_exceptions=True,
    )
    assert all(isinstance(r, Unavailable) for r in results), results
    assert all(r.code == "database_unavailable" for r in results if isinstance(r, Unavailable))
    other = _other_connection(tmp_path)
    for table in ("dms", "room_messages", "identification", "inboxes"):
        assert other.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table
    other.close()
    # The next turn works, numbered from 1 as if the failed batch never happened.
    db.execute("DROP TRIGGER dangling")
    msg = await store.append_dm(ANNE, BRUNO, "encore", 6.0)
    assert (msg.sender_seq, msg.recipient_seq) == (1, 1)
    assert (await store.append_room_message(ROOM.id, ANNE, "salon", 6.0)).id == MessageId(1)


async def test_a_cancelled_caller_writes_nothing(store: SqliteStore) -> None:
    cancelled = asyncio.ensure_future(store.append_dm(ANNE, BRUNO, "annulé", 5.0))
    kept = asyncio.ensure_future(store.append_dm(ANNE, BRUNO, "gardé", 5.0))
    await asyncio.sleep(0)  # both queued, the batch not run yet
    cancelled.cancel()
    msg = await kept
    assert cancelled.cancelled()
    assert msg.sender_seq == 1
    assert [m.text for m in await store.dms_after(ANNE, DmSeq(0), 10)] == ["gardé"]


async def test_writes_queued_when_the_store_closes_are_committed(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "c.db")
    await store.migrate()
    pending = asyncio.ensure_future(store.append_dm(ANNE, BRUNO, "dernier", 5.0))
    await asyncio.sleep(0)
    await store.close()
    assert (await pending).text == "dernier"
    reopened = SqliteStore(tmp_path / "c.db")
    assert [m.text for m in await reopened.dms_after(BRUNO, DmSeq(0), 10)] == ["dernier"]
    await reopened.close()


async def test_a_write_alone_in_its_turn_that_fails_leaves_nothing(store: SqliteStore) -> None:
    store._db.execute(
        "CREATE TEMP TRIGGER refuse BEFORE INSERT ON dms WHEN NEW.text = 'refusé'"
        " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
    )
    with pytest.raises(sqlite3.IntegrityError):
        await store.append_dm(ANNE, BRUNO, "refusé", 5.0, source=SOURCE)
    assert await store.last_dm_seq(ANNE) == 0  # the inbox numbers were given back
    msg = await store.append_dm(ANNE, BRUNO, "un", 5.0)
    assert (msg.sender_seq, msg.recipient_seq) == (1, 1)


async def test_a_database_failure_inside_one_member_fails_the_whole_batch(
    store: SqliteStore,
) -> None:
    # Not a refusal of that message but the database failing under it (here a trigger
    # reading a table that is gone): nothing of the turn is trusted, nothing is written.
    db = store._db
    db.execute("CREATE TABLE doomed (x INTEGER)")
    db.execute(
        "CREATE TRIGGER breaks AFTER INSERT ON dms WHEN NEW.text = 'panne'"
        " BEGIN INSERT INTO doomed (x) VALUES (1); END"
    )
    db.execute("DROP TABLE doomed")
    results = await asyncio.gather(
        store.append_dm(ANNE, BRUNO, "un", 5.0),
        store.append_dm(ANNE, BRUNO, "panne", 5.0),
        store.append_room_message(ROOM.id, ANNE, "salon", 5.0),
        return_exceptions=True,
    )
    assert [type(r) for r in results] == [Unavailable] * 3, results
    assert await store.dms_after(ANNE, DmSeq(0), 10) == []
    assert await store.last_room_message_id(ROOM.id) == 0


async def test_under_load_a_batch_waits_for_the_commit_gap_and_takes_later_turns(
    tmp_path: Path,
) -> None:
    """With `commit_gap`, an idle store commits in the next turn; a write arriving within
    the gap after a commit waits for it, and writes of later turns join its batch."""
    store = SqliteStore(tmp_path / "gap.db", commit_gap=0.05)
    await store.migrate()
    commits: list[float] = []
    real = store._commit

    def counting(db: sqlite3.Connection) -> None:
        commits.append(asyncio.get_running_loop().time())
        real(db)

    store._commit = counting  # type: ignore[method-assign]
    try:
        loop = asyncio.get_running_loop()
        t0 = loop.time()
        await store.append_dm(UserId("a"), UserId("b"), "seul", 1000.0)
        assert loop.time() - t0 < 0.04  # idle: committed at once, not after the gap
        first = asyncio.ensure_future(store.append_dm(UserId("a"), UserId("b"), "un", 1001.0))
        await asyncio.sleep(0.01)  # a later turn, still within the gap
        second = asyncio.ensure_future(store.append_dm(UserId("b"), UserId("a"), "deux", 1002.0))
        await asyncio.sleep(0)
        assert not first.done()  # waiting for the gap
        one, two = await asyncio.gather(first, second)
        assert loop.time() - t0 >= 0.05
        assert [one.recipient_seq, two.recipient_seq] == [2, 3]
        assert len(commits) == 2  # "seul" alone, then "un" and "deux" in one commit
        assert [m.text for m in await store.dms_after(UserId("a"), DmSeq(0), 10)] == [
            "seul",
            "un",
            "deux",
        ]
    finally:
        await store.close()


async def test_close_commits_a_batch_waiting_for_the_gap(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "gap.db", commit_gap=10.0)
    await store.migrate()
    await store.append_dm(UserId("a"), UserId("b"), "seul", 1000.0)
    waiting = asyncio.ensure_future(store.append_dm(UserId("a"), UserId("b"), "deux", 1001.0))
    await asyncio.sleep(0)
    await store.close()  # does not wait ten seconds: commits what is queued
    assert (await waiting).sender_seq == 2
    again = SqliteStore(tmp_path / "gap.db")
    try:
        assert len(await again.dms_after(UserId("a"), DmSeq(0), 10)) == 2
    finally:
        await again.close()


async def test_a_batch_where_nobody_is_refused_takes_no_savepoint(store: SqliteStore) -> None:
    # The savepoints are only for a refused member (the tests above): a batch of
    # accepted messages is written straight, one transaction, no SAVEPOINT statement.
    statements: list[str] = []
    store._db.set_trace_callback(lambda s: statements.append(s.strip().split()[0].upper()))
    results = await asyncio.gather(
        store.append_dm(ANNE, BRUNO, "un", 5.0, source=SOURCE),
        store.append_room_message(ROOM.id, ANNE, "salon", 5.0, source=SOURCE),
        store.append_dm(BRUNO, ANNE, "deux", 5.0, source=SOURCE),
    )
    store._db.set_trace_callback(None)
    assert [type(r) for r in results] == [PrivateMessage, RoomMessage, PrivateMessage]
    assert "SAVEPOINT" not in statements and "RELEASE" not in statements
    assert statements.count("BEGIN") == 1 and statements.count("COMMIT") == 1
    assert [m.text for m in await store.dms_after(ANNE, DmSeq(0), 10)] == ["un", "deux"]
