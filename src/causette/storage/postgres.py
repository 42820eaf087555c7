"""The MessageStore on PostgreSQL (`asyncpg`): the production store, shared by nodes.

Connection handling, error translation to `Unavailable` and recovery after an
outage live in `_pgpool.PgPool`; this module holds the SQL.
"""

from __future__ import annotations

import re
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

import asyncpg

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
)
from causette.storage._pgpool import MIGRATE_LOCK, Conn, PgPool
from causette.storage.cases import CaseSql, Duplicate, Q
from causette.storage.identification import IDENT_INSERT_COLUMNS, SEALED_SCHEMA
from causette.storage.vault import IdentificationVault

__all__ = ["PostgresStore"]

T = TypeVar("T")
_MARK = re.compile(r"\?")
# Advisory lock keys of the case tables: the audit chain has one writer at a time.
AUDIT_LOCK = 0x63617365617564  # "caseaud"


def _numbered(sql: str) -> str:
    """`?` placeholders (the shared case SQL never has `?` in a literal) -> `$1, $2...`."""
    counter = iter(range(1, 10_000))
    return _MARK.sub(lambda _: f"${next(counter)}", sql)


class _PgQ:
    def __init__(self, conn: Conn) -> None:
        self._conn = conn

    async def execute(self, sql: str, *args: object) -> int:
        try:
            return _count(await self._conn.execute(_numbered(sql), *args))
        except asyncpg.UniqueViolationError as exc:
            raise Duplicate(str(exc)) from None

    async def fetch(self, sql: str, *args: object) -> list[Any]:
        return list(await self._conn.fetch(_numbered(sql), *args))

    async def fetchrow(self, sql: str, *args: object) -> Any:
        return await self._conn.fetchrow(_numbered(sql), *args)


_IDENT_INSERT = (
    f"INSERT INTO identification ({IDENT_INSERT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)"
)


def _count(status: str) -> int:
    """Rows touched, from a command tag such as "DELETE 3" or "INSERT 0 1" (0 for a tag
    without a count, such as "DROP TABLE")."""
    tail = status.rsplit(" ", 1)[-1]
    return int(tail) if tail.isdigit() else 0


async def _take_photo(conn: Conn, photo: MessagePhoto, sender: UserId, target: str) -> None:
    """Within the message's transaction: raising here rolls the message back."""
    if _count(await conn.execute(_numbered(TAKE_PHOTO), photo.id, sender, target)) != 1:
        raise photo_not_found()


# A private message in one statement (`append_dm`): the inbox upsert, then the insert
# reading its numbers and times. $1 sender, $2 recipient, $3 text, $4 now, $5 late,
# $6 photo, then the inboxes' users in sorted order ($7, and $8 when there are two).
# `behind` is the older inbox time after the upsert: below the message's time, that
# inbox is brought up to it by a second statement.
_DM_INBOX_UPSERT = (
    " ON CONFLICT (user_id) DO UPDATE SET last_seq = inboxes.last_seq + 1,"
    " last_ts = GREATEST(inboxes.last_ts, EXCLUDED.last_ts)"
    " RETURNING user_id, last_seq, last_ts)"
)
_DM_INSERT_TAIL = (
    ", ins AS (INSERT INTO dms"
    " (sender, recipient, sender_seq, recipient_seq, text, ts, late, photo)"
    " SELECT $1, $2,"
    " (SELECT max(last_seq) FROM up WHERE user_id = $1),"
    " (SELECT max(last_seq) FROM up WHERE user_id = $2),"
    " $3, (SELECT max(last_ts) FROM up), $5, $6"
    " RETURNING id, sender_seq, recipient_seq, ts)"
    " SELECT ins.*, (SELECT min(last_ts) FROM up) AS behind FROM ins"
)
_DM_INSERT_TWO = (
    "WITH up AS (INSERT INTO inboxes (user_id, last_seq, last_ts)"
    " VALUES ($7, 1, $4::double precision), ($8, 1, $4::double precision)"
    + _DM_INBOX_UPSERT
    + _DM_INSERT_TAIL
)
_DM_INSERT_ONE = (
    "WITH up AS (INSERT INTO inboxes (user_id, last_seq, last_ts)"
    " VALUES ($7, 1, $4::double precision)" + _DM_INBOX_UPSERT + _DM_INSERT_TAIL
)


class PostgresStore(CaseSql):
    """`MessageStore` and `CaseStore` on PostgreSQL.

    Usage: `store = await PostgresStore.connect(dsn); await store.migrate(); ...;
    await store.close()`. `schema` puts every table in that schema (created if
    missing; lower-case letters, digits and `_`), which lets tests isolate
    themselves. Every method raises `Unavailable` when PostgreSQL does not answer.
    `vault` seals the identification records (`storage/vault.py`); without one, a
    random key only this object knows (a store nobody reopens: tests, benches).
    """

    def __init__(
        self,
        dsn: str,
        *,
        schema: str | None = None,
        min_size: int = 1,
        max_size: int = 10,
        connect_timeout: float = 5.0,
        command_timeout: float = 10.0,
        application_name: str = "causette",
        vault: IdentificationVault | None = None,
    ) -> None:
        self._vault = vault if vault is not None else IdentificationVault.ephemeral()
        self._db = PgPool(
            dsn,
            schema=schema,
            min_size=min_size,
            max_size=max_size,
            connect_timeout=connect_timeout,
            command_timeout=command_timeout,
            application_name=application_name,
        )

    @classmethod
    async def connect(cls, dsn: str, **options: Any) -> PostgresStore:
        """Build and `open` a store (see `__init__` for `options`)."""
        store = cls(dsn, **options)
        await store.open()
        return store

    async def open(self) -> None:
        """Create the schema if asked, then the pool; raise `Unavailable` if PostgreSQL
        does not answer."""
        await self._db.open()

    async def close(self) -> None:
        await self._db.close()

    async def _cases(self, work: Callable[[Q], Awaitable[T]], *, write: bool = False) -> T:
        return await self._db.run(lambda conn: work(_PgQ(conn)), transaction=write)

    async def _lock_key(self, q: Q, key: str) -> None:
        await q.fetchrow("SELECT pg_advisory_xact_lock(hashtext(?))", key)

    async def _lock_audit(self, q: Q) -> None:
        await q.fetchrow("SELECT pg_advisory_xact_lock(?)", AUDIT_LOCK)

    async def migrate(self) -> None:
        """Apply the missing numbered deltas of `migrations/postgres/` in one transaction,
        under an advisory lock so nodes starting together do not race; then check that this
        node has the keys of the stored identification records (raise
        `IdentificationKeyError`) and seal those an older version kept in clear (nodes
        starting together take turns, batch by batch)."""
        migrations = load_migrations("postgres")

        async def work(conn: Conn) -> None:
            await conn.execute("SELECT pg_advisory_xact_lock($1)", MIGRATE_LOCK)
            await conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_version ("
                " version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                " applied_at DOUBLE PRECISION NOT NULL)"
            )
            done = {row[0] for row in await conn.fetch("SELECT version FROM schema_version")}
            for migration in migrations:
                if migration.version in done:
                    continue
                await conn.execute(migration.sql)
                await conn.execute(
                    "INSERT INTO schema_version (version, name, applied_at) VALUES ($1, $2, $3)",
                    migration.version,
                    migration.name,
                    time.time(),
                )

        await self._db.run(work, transaction=True)
        if migrations and migrations[-1].version >= SEALED_SCHEMA:
            await self.check_identification_keys(time.time())
            await self.seal_clear_identification()

    async def _has_table(self, q: Q, name: str) -> bool:
        row = await q.fetchrow("SELECT to_regclass(?)", name)
        return row is not None and row[0] is not None

    async def _lock_sealing(self, q: Q) -> None:
        await q.fetchrow("SELECT pg_advisory_xact_lock(?)", MIGRATE_LOCK)

    async def schema_version(self) -> int:
        """The highest applied migration (0 before the first `migrate`)."""

        async def work(conn: Conn) -> int:
            if await conn.fetchval("SELECT to_regclass('schema_version')") is None:
                return 0
            return int(await conn.fetchval("SELECT COALESCE(MAX(version), 0) FROM schema_version"))

        return await self._db.run(work)

    async def ping(self) -> bool:
        try:
            return bool(await self._db.run(lambda c: c.fetchval("SELECT TRUE")))
        except Exception:  # Unavailable, or the pool was never opened
            return False

    # -- guests -------------------------------------------------------------

    async def create_guest(self, guest: Guest, idle_ttl: float, now: float) -> None:
        async def work(conn: Conn) -> None:
            # A session idle longer than the TTL no longer holds its pseudonym.
            await conn.execute(
                "UPDATE guests SET ended_at = $1 WHERE pseudonym_key = $2 AND ended_at IS NULL"
                " AND last_seen_at < $3",
                now,
                guest.pseudonym_key,
                now - idle_ttl,
            )
            try:
                # Of concurrent creates, the first insert wins; the others wait on its
                # index entry, then find the conflict and insert nothing.
                inserted = await conn.fetchval(
                    f"INSERT INTO guests ({GUEST_COLUMNS})"
                    " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)"
                    " ON CONFLICT (pseudonym_key) WHERE ended_at IS NULL DO NOTHING RETURNING id",
                    guest.id,
                    guest.token_hash,
                    guest.pseudonym,
                    guest.pseudonym_key,
                    guest.age,
                    guest.gender.value,
                    guest.postal_code,
                    guest.department,
                    guest.premium,
                    guest.created_at,
                    guest.last_seen_at,
                    guest.ended_at,
                    guest.device_hash,
                )
            except asyncpg.UniqueViolationError:
                raise guest_exists() from None
            if inserted is None:
                raise pseudonym_taken()

        await self._db.run(work, transaction=True)

    async def _one_guest(self, where: str, value: object) -> Guest | None:
        row = await self._db.run(
            lambda c: c.fetchrow(f"SELECT {GUEST_COLUMNS} FROM guests WHERE {where}", value)
        )
        return None if row is None else guest_from_row(row)

    async def guest_by_token_hash(self, token_hash: bytes) -> Guest | None:
        return await self._one_guest("token_hash = $1", token_hash)

    async def guest(self, user: UserId) -> Guest | None:
        return await self._one_guest("id = $1", user)

    async def guests(self, users: Sequence[UserId]) -> list[Guest]:
        """The known guests among `users`, in the order asked, each once."""
        wanted = list(dict.fromkeys(users))
        rows = await self._db.run(
            lambda c: c.fetch(f"SELECT {GUEST_COLUMNS} FROM guests WHERE id = ANY($1)", wanted)
        )
        found = {row[0]: guest_from_row(row) for row in rows}
        return [found[user] for user in wanted if user in found]

    async def guest_by_pseudonym(self, pseudonym_key: str) -> Guest | None:
        return await self._one_guest("pseudonym_key = $1 AND ended_at IS NULL", pseudonym_key)

    async def touch_guest(self, user: UserId, now: float) -> None:
        """Postpone idle expiry of an active session (an ended one stays ended)."""
        await self._db.run(
            lambda c: c.execute(
                "UPDATE guests SET last_seen_at = $1 WHERE id = $2 AND ended_at IS NULL", now, user
            )
        )

    async def end_guest(self, user: UserId, now: float) -> None:
        await self._db.run(
            lambda c: c.execute(
                "UPDATE guests SET ended_at = $1 WHERE id = $2 AND ended_at IS NULL", now, user
            )
        )

    async def set_premium(self, user: UserId, premium: bool) -> None:
        await self._db.run(
            lambda c: c.execute("UPDATE guests SET premium = $1 WHERE id = $2", premium, user)
        )

    # -- rooms --------------------------------------------------------------

    _INSERT_ROOM = (
        f"INSERT INTO rooms ({ROOM_INSERT_COLUMNS})"
        " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)"
    )

    @staticmethod
    def _room_values(room: Room) -> tuple[object, ...]:
        return (
            room.id,
            room.name,
            room_name_key(room.name),
            room.topic,
            room.kind.value,
            room.official,
            room.created_by,
            room.created_at,
            room.closed_at,
            room.theme,
            room.region,
        )

    async def seed_rooms(self, rooms: Sequence[Room]) -> int:
        """Insert the rooms missing by id; a room whose name an open room already
        holds is skipped too (counted as not added)."""

        async def work(conn: Conn) -> int:
            added = 0
            for room in rooms:
                status = await conn.execute(
                    self._INSERT_ROOM + " ON CONFLICT DO NOTHING", *self._room_values(room)
                )
                added += _count(status)
            return added

        return await self._db.run(work, transaction=True)

    async def create_room(self, room: Room) -> None:
        async def work(conn: Conn) -> None:
            try:
                await conn.execute(self._INSERT_ROOM, *self._room_values(room))
            except asyncpg.UniqueViolationError as exc:
                if exc.constraint_name == "rooms_open_name":
                    raise room_name_taken() from None
                raise room_exists() from None

        await self._db.run(work, transaction=True)

    async def room(self, room: RoomId) -> Room | None:
        row = await self._db.run(
            lambda c: c.fetchrow(f"SELECT {ROOM_COLUMNS} FROM rooms WHERE id = $1", room)
        )
        return None if row is None else room_from_row(row)

    async def rooms(self, *, include_closed: bool = False) -> list[Room]:
        """Open rooms (all rooms with `include_closed`), in creation order."""
        where = "" if include_closed else " WHERE closed_at IS NULL"
        rows = await self._db.run(
            lambda c: c.fetch(f"SELECT {ROOM_COLUMNS} FROM rooms{where} ORDER BY created_at, id")
        )
        return [room_from_row(row) for row in rows]

    async def close_room(self, room: RoomId, now: float) -> bool:
        status = await self._db.run(
            lambda c: c.execute(
                "UPDATE rooms SET closed_at = $1 WHERE id = $2 AND closed_at IS NULL", now, room
            )
        )
        return _count(status) == 1

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

        async def work(conn: Conn) -> tuple[int, float]:
            if take_photo and photo is not None:
                await _take_photo(conn, photo, sender, f"room:{room}")
            # The counter row lock is the per-room lock, held until COMMIT: the next
            # writer reads last_seq only after this message is visible, so commit
            # order equals id order and readers never see a gap; likewise times never
            # go back (`last_ts`: a message that waited for tier 2, or came through a
            # node whose clock is behind, takes the time of the one committed before
            # it). One statement for both steps saves a round trip while the lock is held.
            row = await conn.fetchrow(
                "WITH next AS (UPDATE rooms SET last_seq = last_seq + 1,"
                " last_ts = GREATEST(last_ts, $4) WHERE id = $1 RETURNING last_seq, last_ts)"
                f" INSERT INTO room_messages ({ROOM_MESSAGE_COLUMNS})"
                " SELECT $1, last_seq, $2, $3, last_ts, $5, $6 FROM next RETURNING id, ts",
                room,
                sender,
                text,
                now,
                late,
                photo_json(photo),
            )
            if row is None:
                raise room_not_found()
            seq = int(row[0])
            if source is not None:
                await conn.execute(
                    _IDENT_INSERT,
                    *self._vault.row("message", f"room:{room}:{seq}", sender, *source, now),
                )
            return seq, float(row[1])

        seq, ts = await self._db.run(work, transaction=True)
        return RoomMessage(
            room=room, id=MessageId(seq), sender=sender, text=text, ts=ts, late=late, photo=photo
        )

    async def room_messages_after(
        self, room: RoomId, after: MessageId, limit: int
    ) -> list[RoomMessage]:
        if limit <= 0:
            return []
        rows = await self._db.run(
            lambda c: c.fetch(
                f"SELECT {ROOM_MESSAGE_COLUMNS} FROM room_messages"
                " WHERE room_id = $1 AND id > $2 ORDER BY id LIMIT $3",
                room,
                after,
                limit,
            )
        )
        return [room_message_from_row(row) for row in rows]

    async def room_messages_before(
        self, room: RoomId, before: MessageId | None, limit: int
    ) -> list[RoomMessage]:
        if limit <= 0:
            return []
        # A sentinel bound rather than "$2 IS NULL OR id < $2": with that, a generic
        # prepared plan would scan back from the newest message instead of seeking.
        bound = 2**62 if before is None else before
        rows = await self._db.run(
            lambda c: c.fetch(
                f"SELECT {ROOM_MESSAGE_COLUMNS} FROM room_messages"
                " WHERE room_id = $1 AND id < $2 ORDER BY id DESC LIMIT $3",
                room,
                bound,
                limit,
            )
        )
        return [room_message_from_row(row) for row in reversed(rows)]

    async def last_room_message_id(self, room: RoomId) -> MessageId:
        """The room's newest id; 0 when it has none or does not exist."""
        seq = await self._db.run(
            lambda c: c.fetchval("SELECT last_seq FROM rooms WHERE id = $1", room)
        )
        return MessageId(0 if seq is None else int(seq))

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
        async def work(conn: Conn) -> tuple[int, dict[UserId, int], float]:
            if take_photo and photo is not None:
                await _take_photo(conn, photo, sender, f"dm:{recipient}")
            # One statement in the common case: both inboxes take their next number
            # (rows locked in a fixed, sorted order, so two DMs crossing between the same
            # users cannot deadlock) and keep the later of their time and `now`; the
            # message takes the later time of the two (times never go back in an inbox,
            # hence in a conversation). Only an inbox left behind the other (a message
            # that waited for tier 2, another node's slower clock) needs a second write.
            users = sorted({sender, recipient})
            row = await conn.fetchrow(
                _DM_INSERT_ONE if len(users) == 1 else _DM_INSERT_TWO,
                sender,
                recipient,
                text,
                now,
                late,
                photo_json(photo),
                *users,
            )
            dm_id, ts = int(row["id"]), float(row["ts"])
            seqs = {sender: int(row["sender_seq"]), recipient: int(row["recipient_seq"])}
            if float(row["behind"]) < ts:
                await conn.execute(
                    "UPDATE inboxes SET last_ts = $1"
                    " WHERE (user_id = $2 OR user_id = $3) AND last_ts < $1",
                    ts,
                    sender,
                    recipient,
                )
            if source is not None:
                await conn.execute(
                    _IDENT_INSERT, *self._vault.row("dm", f"dm:{dm_id}", sender, *source, now)
                )
            return int(dm_id), seqs, ts

        dm_id, seqs, ts = await self._db.run(work, transaction=True)
        return PrivateMessage(
            id=dm_id,
            sender=sender,
            recipient=recipient,
            sender_seq=DmSeq(seqs[sender]),
            recipient_seq=DmSeq(seqs[recipient]),
            text=text,
            ts=ts,
            late=late,
            photo=photo,
        )

    async def dms_after(self, user: UserId, after: DmSeq, limit: int) -> list[PrivateMessage]:
        """Sent (sender_seq > after) or received (recipient_seq > after), by `user`'s number."""
        if limit <= 0:
            return []
        rows = await self._db.run(
            lambda c: c.fetch(
                f"(SELECT {DM_COLUMNS}, sender_seq AS seq FROM dms"
                "  WHERE sender = $1 AND sender_seq > $2 ORDER BY sender_seq LIMIT $3)"
                f" UNION ALL (SELECT {DM_COLUMNS}, recipient_seq AS seq FROM dms"
                "  WHERE recipient = $1 AND recipient_seq > $2 ORDER BY recipient_seq LIMIT $3)"
                " ORDER BY seq LIMIT $3",
                user,
                after,
                limit,
            )
        )
        return [dm_from_row(row) for row in rows]

    async def last_dm_seq(self, user: UserId) -> DmSeq:
        seq = await self._db.run(
            lambda c: c.fetchval("SELECT last_seq FROM inboxes WHERE user_id = $1", user)
        )
        return DmSeq(0 if seq is None else int(seq))

    # -- blocks -------------------------------------------------------------

    async def add_block(self, blocker: UserId, blocked: UserId, now: float) -> None:
        await self._db.run(
            lambda c: c.execute(
                "INSERT INTO blocks (blocker, blocked, created_at) VALUES ($1, $2, $3)"
                " ON CONFLICT DO NOTHING",
                blocker,
                blocked,
                now,
            )
        )

    async def remove_block(self, blocker: UserId, blocked: UserId) -> None:
        await self._db.run(
            lambda c: c.execute(
                "DELETE FROM blocks WHERE blocker = $1 AND blocked = $2", blocker, blocked
            )
        )

    async def blocked_by(self, blocker: UserId) -> set[UserId]:
        rows = await self._db.run(
            lambda c: c.fetch("SELECT blocked FROM blocks WHERE blocker = $1", blocker)
        )
        return {UserId(row[0]) for row in rows}

    async def blockers_of(self, blocked: UserId) -> set[UserId]:
        rows = await self._db.run(
            lambda c: c.fetch("SELECT blocker FROM blocks WHERE blocked = $1", blocked)
        )
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
        held_id = await self._db.run(
            lambda c: c.fetchval(
                "INSERT INTO held (target, sender, text, created_at, verdict, status)"
                " VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                target,
                sender,
                text,
                now,
                verdict,
                status,
            ),
            transaction=True,
        )
        return HeldContent(
            id=int(held_id),
            target=target,
            sender=sender,
            text=text,
            created_at=now,
            verdict=verdict,
            status=status,
        )

    async def held(self, held_id: int) -> HeldContent | None:
        row = await self._db.run(
            lambda c: c.fetchrow(f"SELECT {HELD_COLUMNS} FROM held WHERE id = $1", held_id)
        )
        return None if row is None else held_from_row(row)

    async def record_identification(self, record: Identification) -> None:
        await self._db.run(
            lambda c: c.execute(
                _IDENT_INSERT,
                *self._vault.row(
                    record.kind, record.ref, record.user, record.ip, record.port, record.at
                ),
            ),
            transaction=True,
        )

    async def purge(self, *, messages_before: float, identification_before: float) -> int:
        """Delete room messages, DMs and held content with a timestamp before
        `messages_before`, identification rows before `identification_before`.
        Counters are kept, so ids are never reused."""

        async def work(conn: Conn) -> int:
            removed = 0
            for sql, bound in (
                ("DELETE FROM room_messages WHERE ts < $1", messages_before),
                ("DELETE FROM dms WHERE ts < $1", messages_before),
                ("DELETE FROM held WHERE created_at < $1", messages_before),
                ("DELETE FROM identification WHERE at < $1", identification_before),
            ):
                removed += _count(await conn.execute(sql, bound))
            return removed

        return await self._db.run(work, transaction=True)

    # -- photos (issue 8) -----------------------------------------------------

    async def add_photo(self, record: PhotoRecord) -> None:
        await self._db.run(
            lambda c: c.execute(
                f"INSERT INTO photos ({PHOTO_COLUMNS})"
                " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                record.id,
                record.uploader,
                record.target,
                record.status,
                record.blur,
                record.explicit,
                record.mime,
                record.signals,
                record.verdict,
                record.created_at,
            ),
            transaction=True,
        )

    async def photo(self, photo_id: str) -> PhotoRecord | None:
        row = await self._db.run(
            lambda c: c.fetchrow(f"SELECT {PHOTO_COLUMNS} FROM photos WHERE id = $1", photo_id)
        )
        return None if row is None else photo_record_from_row(row)

    async def claim_photo(self, photo_id: str, uploader: UserId, target: str) -> PhotoRecord | None:
        row = await self._db.run(
            lambda c: c.fetchrow(
                "UPDATE photos SET status = 'sent'"
                " WHERE id = $1 AND uploader = $2 AND target = $3 AND status = 'ready'"
                f" RETURNING {PHOTO_COLUMNS}",
                photo_id,
                uploader,
                target,
            ),
            transaction=True,
        )
        return None if row is None else photo_record_from_row(row)

    async def set_photo_status(self, photo_id: str, status: str) -> bool:
        result = await self._db.run(
            lambda c: c.execute("UPDATE photos SET status = $1 WHERE id = $2", status, photo_id),
            transaction=True,
        )
        return _count(result) == 1

    async def purge_photos(self, before: float) -> list[str]:
        rows = await self._db.run(
            lambda c: c.fetch(
                "DELETE FROM photos WHERE created_at < $1 AND status <> 'blocked' RETURNING id",
                before,
            ),
            transaction=True,
        )
        return [str(row[0]) for row in rows]

    async def has_written_to(self, sender: UserId, recipient: UserId) -> bool:
        row = await self._db.run(
            lambda c: c.fetchval(
                "SELECT 1 FROM dms WHERE sender = $1 AND recipient = $2 LIMIT 1", sender, recipient
            )
        )
        return row is not None

    async def set_images_from_strangers(self, user: UserId, allowed: bool, now: float) -> None:
        await self._db.run(
            lambda c: c.execute(
                "INSERT INTO photo_prefs (user_id, images_from_strangers, updated_at)"
                " VALUES ($1, $2, $3) ON CONFLICT (user_id) DO UPDATE SET"
                " images_from_strangers = EXCLUDED.images_from_strangers,"
                " updated_at = EXCLUDED.updated_at",
                user,
                allowed,
                now,
            ),
            transaction=True,
        )

    async def images_from_strangers(self, user: UserId) -> bool | None:
        value = await self._db.run(
            lambda c: c.fetchval(
                "SELECT images_from_strangers FROM photo_prefs WHERE user_id = $1", user
            )
        )
        return None if value is None else bool(value)
