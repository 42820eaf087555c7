"""The MessageStore on SQLite (stdlib `sqlite3`): the default for a single node.

Every call runs synchronously on the event loop thread, on purpose: an
indexed insert or read in WAL mode with `synchronous=NORMAL` costs tens of
microseconds, while handing it to a thread (`asyncio.to_thread`) costs more
than that in wake-ups and context switches. It also makes each method atomic
with respect to the other coroutines of this process: nothing awaits inside a
transaction, so no other call interleaves. Writes still take `BEGIN IMMEDIATE`
so a second process on the same file (the `causette` CLI) waits its turn
(`busy_timeout`) instead of failing half-way.

Group commit: the message appends (`append_room_message`, `append_dm`, each with its
identification row and photo claim) that arrive in the same event-loop turn are written
in ONE transaction at the end of the turn: a member that fails (a photo already taken,
a room gone) rolls back alone and raises to its own caller; the others commit. The
members first run one after the other; only when one is refused does the batch run again
with a SAVEPOINT around each, so the common case pays no savepoint. Each caller resumes
only after the COMMIT that holds its write; a failed COMMIT raises `Unavailable` to every
member of the batch. One commit instead of one per message: the pages shared by the
batch (indexes, inbox counters) are written to the WAL once. Under load a batch also
waits for later turns: with `commit_gap` (the node uses `CAUSETTE_SQLITE_COMMIT_GAP`,
5 ms), a batch is committed no sooner than `commit_gap` after the previous commit, so an
idle store commits at once and a busy one commits at most every `commit_gap` (about
170 µs of CPU for a private message alone in its commit, under 100 µs each in fours:
`docs/performance.md`).

Durability: WAL with `synchronous=NORMAL`. A committed (acknowledged) message survives
a crash of the process; a power cut or an OS crash may lose the last transactions
before the next checkpoint (the database stays consistent). See docs/storage.md.

Driver errors other than constraint violations become `Unavailable`.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from causette.domain.guests import Guest
from causette.domain.ids import DmSeq, MessageId, RoomId, UserId
from causette.domain.messages import MessagePhoto, PrivateMessage, RoomMessage
from causette.domain.rooms import Room, room_name_key
from causette.ports import HeldContent, Identification, PhotoRecord
from causette.storage._common import (
    DM_COLUMNS,
    GUEST_COLUMNS,
    HELD_COLUMNS,
    PHOTO_COLUMNS,
    ROOM_COLUMNS,
    ROOM_INSERT_COLUMNS,
    ROOM_MESSAGE_COLUMNS,
    TAKE_PHOTO,
    dm_from_row,
    guest_exists,
    guest_from_row,
    held_from_row,
    load_migrations,
    photo_json,
    photo_not_found,
    photo_record_from_row,
    pseudonym_taken,
    room_exists,
    room_from_row,
    room_message_from_row,
    room_name_taken,
    room_not_found,
    unavailable,
)
from causette.storage.cases import CaseSql, Duplicate, Q
from causette.storage.identification import IDENT_INSERT_COLUMNS, SEALED_SCHEMA
from causette.storage.vault import IdentificationVault

__all__ = ["SqliteStore"]

T = TypeVar("T")

_BUSY_TIMEOUT_MS = 5000
# Bound on `?` parameters per statement (SQLite's historical limit is 999).
_CHUNK = 500
PAGE_SIZE = 2048
"""Bytes per page of a database this store creates."""
_IDENT_INSERT = f"INSERT INTO identification ({IDENT_INSERT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)"
# A batched write: run on the open transaction, inside its own savepoint.
_Work = Callable[[sqlite3.Connection], Any]


def _fails_batch(exc: Exception) -> bool:
    """A database failure (locked, full, I/O) fails the whole batch; a refusal
    (`CausetteError`), a constraint or any other error of one call fails that call."""
    return isinstance(exc, sqlite3.DatabaseError) and not isinstance(
        exc, (sqlite3.IntegrityError, sqlite3.ProgrammingError)
    )


def _statements(script: str) -> Iterator[str]:
    """Split a migration file into statements (comment lines dropped).

    `executescript` would commit the surrounding transaction first, so each
    statement is run with `execute` inside the migration's own transaction.
    """
    buffer = ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--"):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            yield buffer.strip()
            buffer = ""
    if buffer.strip():
        raise RuntimeError(f"incomplete SQL statement in migration: {buffer.strip()[:60]!r}")


class _SqliteQ:
    """`Q` on the open transaction: never suspends, so the transaction stays atomic."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    async def execute(self, sql: str, *args: object) -> int:
        try:
            return self._db.execute(sql, args).rowcount
        except sqlite3.IntegrityError as exc:
            if "UNIQUE" in str(exc):
                raise Duplicate(str(exc)) from None
            raise

    async def fetch(self, sql: str, *args: object) -> list[Any]:
        return self._db.execute(sql, args).fetchall()

    async def fetchrow(self, sql: str, *args: object) -> Any:
        return self._db.execute(sql, args).fetchone()


class SqliteStore(CaseSql):
    """`MessageStore` and `CaseStore` on one SQLite file (or `":memory:"` for tests).

    Usage: `store = SqliteStore(path); await store.migrate(); ...; await store.close()`.
    `vault` seals the identification records (`storage/vault.py`); without one, a
    random key only this object knows (a store nobody reopens: tests, benches).
    """

    def __init__(
        self,
        path: str | Path,
        *,
        commit_gap: float = 0.0,
        vault: IdentificationVault | None = None,
    ) -> None:
        self._path = str(path)
        self._vault = vault if vault is not None else IdentificationVault.ephemeral()
        # Group commit under load: a batch waits until `commit_gap` seconds after the
        # previous commit (none when the store is idle), so that a busy node writes its
        # shared pages once for several messages (see the module doc).
        self._commit_gap = commit_gap
        self._last_commit = float("-inf")
        self._commit_timer: asyncio.TimerHandle | None = None
        try:
            # isolation_level=None: no implicit transactions; we issue BEGIN/COMMIT.
            self._db = sqlite3.connect(self._path, isolation_level=None)
            self._db.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
            # A new database takes 2 KB pages (an existing one keeps its own). Each
            # commit writes, checksums and copies every page it changed into the WAL:
            # about eleven per private message, 22 KB in place of 44 (S4: about -7 %
            # of the server's CPU per DM; docs/performance.md, seventh sitting).
            self._db.execute(f"PRAGMA page_size = {PAGE_SIZE}")
            self._db.execute("PRAGMA journal_mode = WAL")  # stays "memory" for :memory:
            self._db.execute("PRAGMA synchronous = NORMAL")
            self._db.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as exc:
            raise unavailable() from exc
        # Message appends of this loop turn, committed together (`_commit_batch`).
        self._batch: list[tuple[_Work, asyncio.Future[Any]]] = []

    # -- group commit ---------------------------------------------------------

    async def _batched(self, work: _Work) -> Any:
        """Run `work` in this turn's shared transaction; return once it is committed."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Any] = loop.create_future()
        self._batch.append((work, future))
        if len(self._batch) == 1:
            wait = self._last_commit + self._commit_gap - time.monotonic()
            if wait > 0:
                self._commit_timer = loop.call_later(wait, self._commit_batch)
            else:
                loop.call_soon(self._commit_batch)
        return await future

    def _commit_batch(self) -> None:
        """One transaction for every queued write, one savepoint each.

        A caller cancelled before its turn is skipped (nothing written, nothing acked).
        A database failure (not a member's own refusal) fails the whole batch.
        """
        if self._commit_timer is not None:
            self._commit_timer.cancel()  # when called by `close`, before its time
            self._commit_timer = None
        batch, self._batch = self._batch, []
        batch = [(work, future) for work, future in batch if not future.done()]
        if not batch:
            return
        self._last_commit = time.monotonic()
        outcomes: list[tuple[bool, Any]] = []
        try:
            with self._guard() as db:
                db.execute("BEGIN IMMEDIATE")
                try:
                    if len(batch) == 1:
                        # Alone: the transaction is its savepoint (two statements fewer).
                        outcomes.append(self._run_alone(db, batch[0][0]))
                        if outcomes[0][0]:
                            self._commit(db)
                        else:
                            db.execute("ROLLBACK")
                    else:
                        outcomes = self._run_together(db, batch)
                        self._commit(db)
                except BaseException:
                    if db.in_transaction:
                        db.execute("ROLLBACK")
                    raise
        except Exception as exc:
            for _work, future in batch:
                if not future.done():
                    failure = unavailable()
                    failure.__cause__ = exc
                    future.set_exception(failure)
            return
        for (_work, future), (ok, value) in zip(batch, outcomes, strict=True):
            if future.done():
                continue
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)

    @staticmethod
    def _run_alone(db: sqlite3.Connection, work: _Work) -> tuple[bool, Any]:
        """`_run_member` for a batch of one: the caller rolls back on (False, error)."""
        try:
            return True, work(db)
        except Exception as exc:
            if _fails_batch(exc):
                raise
            return False, exc

    def _run_together(
        self, db: sqlite3.Connection, batch: list[tuple[_Work, asyncio.Future[Any]]]
    ) -> list[tuple[bool, Any]]:
        """Every member's outcome, the transaction open. Optimistic: the members run one
        after the other without savepoints (two statements fewer each); when one is
        refused (a photo already taken, a room gone: rare), everything is rolled back and
        the batch runs again, each member in its own savepoint, so the refused one fails
        alone. The members only read and write the database, so running again is safe."""
        outcomes: list[tuple[bool, Any]] = []
        for work, _future in batch:
            outcome = self._run_alone(db, work)
            if not outcome[0]:
                break
            outcomes.append(outcome)
        else:
            return outcomes
        db.execute("ROLLBACK")
        db.execute("BEGIN IMMEDIATE")
        return [self._run_member(db, work) for work, _future in batch]

    @staticmethod
    def _run_member(db: sqlite3.Connection, work: _Work) -> tuple[bool, Any]:
        """(True, result), or (False, error) with the member's writes rolled back.
        Errors of the database itself propagate and fail the batch."""
        db.execute("SAVEPOINT member")
        try:
            result = work(db)
        except Exception as exc:
            if _fails_batch(exc):
                raise
            db.execute("ROLLBACK TO member")
            db.execute("RELEASE member")
            return False, exc
        db.execute("RELEASE member")
        return True, result

    # -- plumbing -----------------------------------------------------------

    @contextmanager
    def _guard(self) -> Iterator[sqlite3.Connection]:
        """Translate a failing database (locked, full, corrupt, gone) into `Unavailable`.

        Integrity and programming errors are bugs and propagate unchanged.
        """
        try:
            yield self._db
        except (sqlite3.IntegrityError, sqlite3.ProgrammingError):
            raise
        except sqlite3.DatabaseError as exc:
            raise unavailable() from exc

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, rolled back if the body raises."""
        with self._guard() as db:
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
                self._commit(db)
            except BaseException:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise

    def _commit(self, db: sqlite3.Connection) -> None:
        """COMMIT the open transaction (a seam for the tests that make it fail)."""
        db.execute("COMMIT")

    async def _cases(self, work: Callable[[Q], Awaitable[T]], *, write: bool = False) -> T:
        if write:
            with self._write() as db:
                return await work(_SqliteQ(db))
        with self._guard() as db:
            return await work(_SqliteQ(db))

    async def migrate(self) -> None:
        """Apply the missing numbered deltas of `migrations/sqlite/` in order, atomically;
        then check that this node has the keys of the stored identification records (raise
        `IdentificationKeyError`) and seal those an older version kept in clear."""
        migrations = load_migrations("sqlite")
        with self._write() as db:
            db.execute(
                "CREATE TABLE IF NOT EXISTS schema_version ("
                " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at REAL NOT NULL)"
            )
            done = {row[0] for row in db.execute("SELECT version FROM schema_version")}
            for migration in migrations:
                if migration.version in done:
                    continue
                for statement in _statements(migration.sql):
                    db.execute(statement)
                db.execute(
                    "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                    (migration.version, migration.name, time.time()),
                )
        if migrations and migrations[-1].version >= SEALED_SCHEMA:
            await self.check_identification_keys(time.time())
            await self._seal_clear_rows()

    async def _seal_clear_rows(self) -> None:
        """`seal_clear_identification`, leaving no clear address in the file: the deleted
        rows are overwritten with zeros (`secure_delete`), and once rows were sealed the
        file is rebuilt (VACUUM: pages freed by earlier purges are not zeroed) and the WAL
        emptied. Only the start that finds clear rows pays for it."""
        with self._guard() as db:
            if not db.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'identification_clear'"
            ).fetchone():
                return
            before = int(db.execute("PRAGMA secure_delete").fetchone()[0])
            db.execute("PRAGMA secure_delete = ON")
        try:
            sealed = await self.seal_clear_identification()
        finally:
            with self._guard() as db:
                db.execute(f"PRAGMA secure_delete = {before}")  # as the build set it
        if sealed:
            with self._guard() as db:
                db.execute("VACUUM")
                db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    async def _has_table(self, q: Q, name: str) -> bool:
        row = await q.fetchrow(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", name
        )
        return row is not None

    async def schema_version(self) -> int:
        """The highest applied migration (0 before the first `migrate`)."""
        with self._guard() as db:
            exists = db.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
            ).fetchone()
            if exists is None:
                return 0
            row = db.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()
            return int(row[0])

    async def close(self) -> None:
        if self._batch:
            self._commit_batch()  # writes already queued are committed (or fail) first
        self._db.close()

    async def ping(self) -> bool:
        try:
            self._db.execute("SELECT 1").fetchone()
        except sqlite3.Error:
            return False
        return True

    # -- guests -------------------------------------------------------------

    async def create_guest(self, guest: Guest, idle_ttl: float, now: float) -> None:
        with self._write() as db:
            # A session idle longer than the TTL no longer holds its pseudonym.
            db.execute(
                "UPDATE guests SET ended_at = ? WHERE pseudonym_key = ? AND ended_at IS NULL"
                " AND last_seen_at < ?",
                (now, guest.pseudonym_key, now - idle_ttl),
            )
            try:
                db.execute(
                    f"INSERT INTO guests ({GUEST_COLUMNS})"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        guest.id,
                        guest.token_hash,
                        guest.pseudonym,
                        guest.pseudonym_key,
                        guest.age,
                        guest.gender.value,
                        guest.postal_code,
                        guest.department,
                        int(guest.premium),
                        guest.created_at,
                        guest.last_seen_at,
                        guest.ended_at,
                        guest.device_hash,
                    ),
                )
            except sqlite3.IntegrityError as exc:
                if "pseudonym_key" in str(exc):
                    raise pseudonym_taken() from None
                raise guest_exists() from None

    async def guest_by_token_hash(self, token_hash: bytes) -> Guest | None:
        return self._one_guest("token_hash = ?", token_hash)

    async def guest(self, user: UserId) -> Guest | None:
        return self._one_guest("id = ?", user)

    async def guests(self, users: Sequence[UserId]) -> list[Guest]:
        """The known guests among `users`, in the order asked, each once."""
        wanted = list(dict.fromkeys(users))
        found: dict[str, Guest] = {}
        with self._guard() as db:
            for start in range(0, len(wanted), _CHUNK):
                chunk = wanted[start : start + _CHUNK]
                marks = ", ".join("?" * len(chunk))
                for row in db.execute(
                    f"SELECT {GUEST_COLUMNS} FROM guests WHERE id IN ({marks})", chunk
                ):
                    found[row[0]] = guest_from_row(row)
        return [found[user] for user in wanted if user in found]

    async def guest_by_pseudonym(self, pseudonym_key: str) -> Guest | None:
        return self._one_guest("pseudonym_key = ? AND ended_at IS NULL", pseudonym_key)

    def _one_guest(self, where: str, value: object) -> Guest | None:
        with self._guard() as db:
            row = db.execute(
                f"SELECT {GUEST_COLUMNS} FROM guests WHERE {where}", (value,)
            ).fetchone()
        return None if row is None else guest_from_row(row)

    async def touch_guest(self, user: UserId, now: float) -> None:
        """Postpone idle expiry of an active session (an ended one stays ended)."""
        with self._write() as db:
            db.execute(
                "UPDATE guests SET last_seen_at = ? WHERE id = ? AND ended_at IS NULL",
                (now, user),
            )

    async def end_guest(self, user: UserId, now: float) -> None:
        with self._write() as db:
            db.execute(
                "UPDATE guests SET ended_at = ? WHERE id = ? AND ended_at IS NULL", (now, user)
            )

    async def set_premium(self, user: UserId, premium: bool) -> None:
        with self._write() as db:
            db.execute("UPDATE guests SET premium = ? WHERE id = ?", (int(premium), user))

    # -- rooms --------------------------------------------------------------

    @staticmethod
    def _room_values(room: Room) -> tuple[object, ...]:
        return (
            room.id,
            room.name,
            room_name_key(room.name),
            room.topic,
            room.kind.value,
            int(room.official),
            room.created_by,
            room.created_at,
            room.closed_at,
            room.theme,
            room.region,
        )

    _INSERT_ROOM = (
        f"INSERT INTO rooms ({ROOM_INSERT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    )

    async def seed_rooms(self, rooms: Sequence[Room]) -> int:
        """Insert the rooms missing by id; a room whose name an open room already
        holds is skipped too (counted as not added)."""
        added = 0
        with self._write() as db:
            for room in rooms:
                cursor = db.execute(
                    self._INSERT_ROOM + " ON CONFLICT DO NOTHING", self._room_values(room)
                )
                added += cursor.rowcount
        return added

    async def create_room(self, room: Room) -> None:
        with self._write() as db:
            try:
                db.execute(self._INSERT_ROOM, self._room_values(room))
            except sqlite3.IntegrityError as exc:
                if "name_key" in str(exc):
                    raise room_name_taken() from None
                raise room_exists() from None

    async def room(self, room: RoomId) -> Room | None:
        with self._guard() as db:
            row = db.execute(f"SELECT {ROOM_COLUMNS} FROM rooms WHERE id = ?", (room,)).fetchone()
        return None if row is None else room_from_row(row)

    async def rooms(self, *, include_closed: bool = False) -> list[Room]:
        """Open rooms (all rooms with `include_closed`), in creation order."""
        where = "" if include_closed else " WHERE closed_at IS NULL"
        with self._guard() as db:
            rows = db.execute(
                f"SELECT {ROOM_COLUMNS} FROM rooms{where} ORDER BY created_at, id"
            ).fetchall()
        return [room_from_row(row) for row in rows]

    async def close_room(self, room: RoomId, now: float) -> bool:
        with self._write() as db:
            cursor = db.execute(
                "UPDATE rooms SET closed_at = ? WHERE id = ? AND closed_at IS NULL", (now, room)
            )
            return cursor.rowcount == 1

    # -- room messages ------------------------------------------------------

    async def append_room_message(
        self,
        room: RoomId,
        sender: UserId,
        text: str,
        now: float,
        *,
        late: bool = False,
        photo: MessagePhoto | None = None,
        source: tuple[str, int] | None = None,
        take_photo: bool = False,
    ) -> RoomMessage:
        """Commit a message with the room's next id; raise `NotFound("room_not_found")`."""

        def work(db: sqlite3.Connection) -> RoomMessage:
            if take_photo and photo is not None:
                self._take_photo(db, photo, sender, f"room:{room}")
            # The counter row is the per-room lock: ids follow commit order, without gaps,
            # and times never go back (`last_ts`: a message that waited for tier 2 takes
            # the time of the one committed before it if that is later).
            rows = db.execute(
                "UPDATE rooms SET last_seq = last_seq + 1, last_ts = max(last_ts, ?)"
                " WHERE id = ? RETURNING last_seq, last_ts",
                (now, room),
            ).fetchall()
            if not rows:
                raise room_not_found()
            seq, ts = int(rows[0][0]), float(rows[0][1])
            db.execute(
                f"INSERT INTO room_messages ({ROOM_MESSAGE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (room, seq, sender, text, ts, int(late), photo_json(photo)),
            )
            if source is not None:
                db.execute(
                    _IDENT_INSERT,
                    self._vault.row("message", f"room:{room}:{seq}", sender, *source, now),
                )
            return RoomMessage(
                room=room,
                id=MessageId(seq),
                sender=sender,
                text=text,
                ts=ts,
                late=late,
                photo=photo,
            )

        message: RoomMessage = await self._batched(work)
        return message

    async def room_messages_after(
        self, room: RoomId, after: MessageId, limit: int
    ) -> list[RoomMessage]:
        if limit <= 0:
            return []
        with self._guard() as db:
            rows = db.execute(
                f"SELECT {ROOM_MESSAGE_COLUMNS} FROM room_messages"
                " WHERE room_id = ? AND id > ? ORDER BY id LIMIT ?",
                (room, after, limit),
            ).fetchall()
        return [room_message_from_row(row) for row in rows]

    async def room_messages_before(
        self, room: RoomId, before: MessageId | None, limit: int
    ) -> list[RoomMessage]:
        if limit <= 0:
            return []
        bound = "" if before is None else " AND id < ?"
        params: tuple[object, ...] = (room, limit) if before is None else (room, before, limit)
        with self._guard() as db:
            rows = db.execute(
                f"SELECT {ROOM_MESSAGE_COLUMNS} FROM room_messages"
                f" WHERE room_id = ?{bound} ORDER BY id DESC LIMIT ?",
                params,
            ).fetchall()
        return [room_message_from_row(row) for row in reversed(rows)]

    async def last_room_message_id(self, room: RoomId) -> MessageId:
        """The room's newest id; 0 when it has none or does not exist."""
        with self._guard() as db:
            row = db.execute("SELECT last_seq FROM rooms WHERE id = ?", (room,)).fetchone()
        return MessageId(0 if row is None else int(row[0]))

    # -- private messages ---------------------------------------------------

    async def append_dm(
        self,
        sender: UserId,
        recipient: UserId,
        text: str,
        now: float,
        *,
        late: bool = False,
        photo: MessagePhoto | None = None,
        source: tuple[str, int] | None = None,
        take_photo: bool = False,
    ) -> PrivateMessage:
        def work(db: sqlite3.Connection) -> PrivateMessage:
            if take_photo and photo is not None:
                self._take_photo(db, photo, sender, f"dm:{recipient}")
            seqs, ts = self._next_inbox_seqs(db, sender, recipient, now)
            rows = db.execute(
                "INSERT INTO dms"
                " (sender, recipient, sender_seq, recipient_seq, text, ts, late, photo)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (
                    sender,
                    recipient,
                    seqs[sender],
                    seqs[recipient],
                    text,
                    ts,
                    int(late),
                    photo_json(photo),
                ),
            ).fetchall()
            if source is not None:
                db.execute(
                    _IDENT_INSERT, self._vault.row("dm", f"dm:{rows[0][0]}", sender, *source, now)
                )
            return PrivateMessage(
                id=int(rows[0][0]),
                sender=sender,
                recipient=recipient,
                sender_seq=DmSeq(seqs[sender]),
                recipient_seq=DmSeq(seqs[recipient]),
                text=text,
                ts=ts,
                late=late,
                photo=photo,
            )

        message: PrivateMessage = await self._batched(work)
        return message

    @staticmethod
    def _take_photo(
        db: sqlite3.Connection, photo: MessagePhoto, sender: UserId, target: str
    ) -> None:
        """Within the message's transaction: raising here rolls the message back."""
        if db.execute(TAKE_PHOTO, (photo.id, sender, target)).rowcount != 1:
            raise photo_not_found()

    @staticmethod
    def _next_inbox_seqs(
        db: sqlite3.Connection, sender: UserId, recipient: UserId, now: float
    ) -> tuple[dict[str, int], float]:
        """Both inboxes' next numbers in one statement, rows taken in a fixed (sorted)
        order as on PostgreSQL, and the message's time: `now`, or the later time of the
        newest message in either inbox, which both inboxes then keep (times never go back
        in an inbox, hence in a conversation). RETURNING's row order is unspecified: each
        user keeps their highest number (the later one, if a test writes to itself)."""
        first, second = sorted((sender, recipient))
        seqs: dict[str, int] = {}
        stamps: dict[str, float] = {}
        for user, seq, last_ts in db.execute(
            "INSERT INTO inboxes (user_id, last_seq, last_ts) VALUES (?, 1, ?), (?, 1, ?)"
            " ON CONFLICT (user_id) DO UPDATE SET last_seq = inboxes.last_seq + 1,"
            " last_ts = max(inboxes.last_ts, excluded.last_ts)"
            " RETURNING user_id, last_seq, last_ts",
            (first, now, second, now),
        ).fetchall():
            seqs[user] = max(int(seq), seqs.get(user, 0))
            stamps[user] = max(float(last_ts), stamps.get(user, now))
        ts = max(stamps.values())
        # Usually both inboxes now hold `now`; only an inbox left behind the other (a
        # message that waited for tier 2, another node's slower clock) needs a second write.
        behind = [user for user, stamp in stamps.items() if stamp < ts]
        if behind:
            db.execute(
                f"UPDATE inboxes SET last_ts = ? WHERE user_id IN ({', '.join('?' * len(behind))})",
                (ts, *behind),
            )
        return seqs, ts

    async def dms_after(self, user: UserId, after: DmSeq, limit: int) -> list[PrivateMessage]:
        """Sent (sender_seq > after) or received (recipient_seq > after), by `user`'s number."""
        if limit <= 0:
            return []
        with self._guard() as db:
            rows = db.execute(
                f"SELECT * FROM (SELECT {DM_COLUMNS}, sender_seq AS seq FROM dms"
                "  WHERE sender = ? AND sender_seq > ? ORDER BY sender_seq LIMIT ?)"
                f" UNION ALL SELECT * FROM (SELECT {DM_COLUMNS}, recipient_seq AS seq FROM dms"
                "  WHERE recipient = ? AND recipient_seq > ? ORDER BY recipient_seq LIMIT ?)"
                " ORDER BY seq LIMIT ?",
                (user, after, limit, user, after, limit, limit),
            ).fetchall()
        return [dm_from_row(row) for row in rows]

    async def last_dm_seq(self, user: UserId) -> DmSeq:
        with self._guard() as db:
            row = db.execute("SELECT last_seq FROM inboxes WHERE user_id = ?", (user,)).fetchone()
        return DmSeq(0 if row is None else int(row[0]))

    # -- blocks -------------------------------------------------------------

    async def add_block(self, blocker: UserId, blocked: UserId, now: float) -> None:
        with self._write() as db:
            db.execute(
                "INSERT INTO blocks (blocker, blocked, created_at) VALUES (?, ?, ?)"
                " ON CONFLICT DO NOTHING",
                (blocker, blocked, now),
            )

    async def remove_block(self, blocker: UserId, blocked: UserId) -> None:
        with self._write() as db:
            db.execute("DELETE FROM blocks WHERE blocker = ? AND blocked = ?", (blocker, blocked))

    async def blocked_by(self, blocker: UserId) -> set[UserId]:
        with self._guard() as db:
            rows = db.execute("SELECT blocked FROM blocks WHERE blocker = ?", (blocker,))
            return {UserId(row[0]) for row in rows}

    async def blockers_of(self, blocked: UserId) -> set[UserId]:
        with self._guard() as db:
            rows = db.execute("SELECT blocker FROM blocks WHERE blocked = ?", (blocked,))
            return {UserId(row[0]) for row in rows}

    # -- moderation and law -------------------------------------------------

    async def hold(
        self,
        target: str,
        sender: UserId,
        text: str,
        verdict: str,
        now: float,
        *,
        status: str = "held",
    ) -> HeldContent:
        with self._write() as db:
            rows = db.execute(
                "INSERT INTO held (target, sender, text, created_at, verdict, status)"
                " VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                (target, sender, text, now, verdict, status),
            ).fetchall()
        return HeldContent(
            id=int(rows[0][0]),
            target=target,
            sender=sender,
            text=text,
            created_at=now,
            verdict=verdict,
            status=status,
        )

    async def held(self, held_id: int) -> HeldContent | None:
        with self._guard() as db:
            row = db.execute(f"SELECT {HELD_COLUMNS} FROM held WHERE id = ?", (held_id,)).fetchone()
        return None if row is None else held_from_row(row)

    async def record_identification(self, record: Identification) -> None:
        with self._write() as db:
            db.execute(
                _IDENT_INSERT,
                self._vault.row(
                    record.kind, record.ref, record.user, record.ip, record.port, record.at
                ),
            )

    async def purge(self, *, messages_before: float, identification_before: float) -> int:
        """Delete room messages, DMs and held content with a timestamp before
        `messages_before`, identification rows before `identification_before`.
        Counters are kept, so ids are never reused."""
        removed = 0
        with self._write() as db:
            for sql, bound in (
                ("DELETE FROM room_messages WHERE ts < ?", messages_before),
                ("DELETE FROM dms WHERE ts < ?", messages_before),
                ("DELETE FROM held WHERE created_at < ?", messages_before),
                ("DELETE FROM identification WHERE at < ?", identification_before),
            ):
                removed += db.execute(sql, (bound,)).rowcount
        return removed

    # -- photos (issue 8) -----------------------------------------------------

    async def add_photo(self, record: PhotoRecord) -> None:
        with self._write() as db:
            db.execute(
                f"INSERT INTO photos ({PHOTO_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    record.id,
                    record.uploader,
                    record.target,
                    record.status,
                    int(record.blur),
                    int(record.explicit),
                    record.mime,
                    record.signals,
                    record.verdict,
                    record.created_at,
                ),
            )

    async def photo(self, photo_id: str) -> PhotoRecord | None:
        with self._guard() as db:
            row = db.execute(
                f"SELECT {PHOTO_COLUMNS} FROM photos WHERE id = ?", (photo_id,)
            ).fetchone()
        return None if row is None else photo_record_from_row(row)

    async def claim_photo(self, photo_id: str, uploader: UserId, target: str) -> PhotoRecord | None:
        with self._write() as db:
            row = db.execute(
                "UPDATE photos SET status = 'sent'"
                " WHERE id = ? AND uploader = ? AND target = ? AND status = 'ready'"
                f" RETURNING {PHOTO_COLUMNS}",
                (photo_id, uploader, target),
            ).fetchall()
        return photo_record_from_row(row[0]) if row else None

    async def set_photo_status(self, photo_id: str, status: str) -> bool:
        with self._write() as db:
            cursor = db.execute("UPDATE photos SET status = ? WHERE id = ?", (status, photo_id))
            return cursor.rowcount == 1

    async def purge_photos(self, before: float) -> list[str]:
        with self._write() as db:
            rows = db.execute(
                "DELETE FROM photos WHERE created_at < ? AND status <> 'blocked' RETURNING id",
                (before,),
            ).fetchall()
        return [str(row[0]) for row in rows]

    async def has_written_to(self, sender: UserId, recipient: UserId) -> bool:
        with self._guard() as db:
            row = db.execute(
                "SELECT 1 FROM dms WHERE sender = ? AND recipient = ? LIMIT 1", (sender, recipient)
            ).fetchone()
        return row is not None

    async def set_images_from_strangers(self, user: UserId, allowed: bool, now: float) -> None:
        with self._write() as db:
            db.execute(
                "INSERT INTO photo_prefs (user_id, images_from_strangers, updated_at)"
                " VALUES (?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET"
                " images_from_strangers = excluded.images_from_strangers,"
                " updated_at = excluded.updated_at",
                (user, int(allowed), now),
            )

    async def images_from_strangers(self, user: UserId) -> bool | None:
        with self._guard() as db:
            row = db.execute(
                "SELECT images_from_strangers FROM photo_prefs WHERE user_id = ?", (user,)
            ).fetchone()
        return None if row is None else bool(row[0])
