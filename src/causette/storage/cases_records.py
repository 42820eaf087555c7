"""The second half of the `CaseStore` SQL: the audit chain, moderator accounts,
transmissions to the authorities, decision records and the context the console
reads (same-device sessions, recent messages; the identification records are in
`identification.py`). Same `Q` and placeholders as `cases.py`, whose `CaseSql`
extends `RecordSql`.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Protocol, TypeVar

from causette.domain.audit import AuditEntry, append
from causette.domain.authorities import Transmission
from causette.domain.errors import Conflict
from causette.domain.guests import Guest
from causette.domain.ids import RoomId, UserId
from causette.domain.messages import PrivateMessage, RoomMessage
from causette.domain.moderators import Moderator, ModeratorSession, Role, TrustedFlagger
from causette.domain.transparency import DecisionRecord, Source
from causette.storage._common import (
    DM_COLUMNS,
    GUEST_COLUMNS,
    ROOM_MESSAGE_COLUMNS,
    dm_from_row,
    guest_from_row,
    room_message_from_row,
)

__all__ = ["REMOVED_TEXT", "Duplicate", "Q", "RecordSql"]

T = TypeVar("T")
Row = Any

REMOVED_TEXT = "[message retiré par la modération]"


class Duplicate(Exception):
    """A unique constraint refused the row (translated by each dialect's `Q`)."""


class Q(Protocol):
    """One transaction's statements, with `?` placeholders."""

    async def execute(self, sql: str, *args: object) -> int:
        """Run a statement; return the rows touched. Raise `Duplicate` on a unique key."""

    async def fetch(self, sql: str, *args: object) -> list[Row]: ...

    async def fetchrow(self, sql: str, *args: object) -> Row | None: ...


_AUDIT_COLUMNS = "seq, at, actor, action, target, reason, details, prev_hash, hash"
_MODERATOR_COLUMNS = (
    "id, login, role, password_hash, created_at, totp_secret, last_totp_step, disabled"
)
_SESSION_COLUMNS = "id, moderator_id, role, created_at, last_seen_at, expires_at, idle_ttl"
_DECISION_COLUMNS = "category, action, automated, source, received_at, decided_at"


def _audit(row: Row) -> AuditEntry:
    return AuditEntry(
        seq=int(row[0]),
        at=float(row[1]),
        actor=row[2],
        action=row[3],
        target=row[4],
        reason=row[5],
        details=json.loads(row[6]),
        prev_hash=row[7],
        hash=row[8],
    )


def _moderator(row: Row) -> Moderator:
    return Moderator(
        id=row[0],
        login=row[1],
        role=Role(row[2]),
        password_hash=row[3],
        created_at=float(row[4]),
        totp_secret=row[5],
        last_totp_step=None if row[6] is None else int(row[6]),
        disabled=bool(row[7]),
    )


def _session(row: Row) -> ModeratorSession:
    return ModeratorSession(
        id=row[0],
        moderator_id=row[1],
        role=Role(row[2]),
        created_at=float(row[3]),
        last_seen_at=float(row[4]),
        expires_at=float(row[5]),
        idle_ttl=float(row[6]),
    )


class RecordSql:
    """Audit, accounts, transmissions, decisions and context over `_cases`."""

    async def _cases(self, work: Callable[[Q], Awaitable[T]], *, write: bool = False) -> T:
        raise NotImplementedError

    # -- audit --------------------------------------------------------------

    async def _lock_audit(self, q: Q) -> None:
        """Serialise appenders of the chain (PostgreSQL; SQLite writes one at a time)."""

    async def append_audit(
        self,
        *,
        at: float,
        actor: str,
        action: str,
        target: str,
        reason: str,
        details: dict[str, Any] | None = None,
    ) -> AuditEntry:
        async def work(q: Q) -> AuditEntry:
            await self._lock_audit(q)
            row = await q.fetchrow(f"SELECT {_AUDIT_COLUMNS} FROM audit ORDER BY seq DESC LIMIT 1")
            entry = append(
                None if row is None else _audit(row),
                at=at,
                actor=actor,
                action=action,
                target=target,
                reason=reason,
                details=details,
            )
            await q.execute(
                f"INSERT INTO audit ({_AUDIT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                entry.seq,
                entry.at,
                entry.actor,
                entry.action,
                entry.target,
                entry.reason,
                json.dumps(entry.details, sort_keys=True, ensure_ascii=False),
                entry.prev_hash,
                entry.hash,
            )
            return entry

        return await self._cases(work, write=True)

    async def audit_entries(self, *, after: int = 0, limit: int = 1000) -> list[AuditEntry]:
        rows = await self._cases(
            lambda q: q.fetch(
                f"SELECT {_AUDIT_COLUMNS} FROM audit WHERE seq > ? ORDER BY seq LIMIT ?",
                after,
                limit,
            )
        )
        return [_audit(r) for r in rows]

    async def audit_tail(self, limit: int = 50) -> list[AuditEntry]:
        rows = await self._cases(
            lambda q: q.fetch(
                f"SELECT {_AUDIT_COLUMNS} FROM audit ORDER BY seq DESC LIMIT ?", limit
            )
        )
        return [_audit(r) for r in rows]

    # -- moderators ---------------------------------------------------------

    async def create_moderator(self, moderator: Moderator) -> None:
        m = moderator
        try:
            await self._cases(
                lambda q: q.execute(
                    f"INSERT INTO moderators ({_MODERATOR_COLUMNS})"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    m.id,
                    m.login,
                    m.role.value,
                    m.password_hash,
                    m.created_at,
                    m.totp_secret,
                    m.last_totp_step,
                    int(m.disabled),
                ),
                write=True,
            )
        except Duplicate:
            raise Conflict("login_taken", "Cet identifiant existe déjà.") from None

    async def moderator_by_login(self, login: str) -> Moderator | None:
        row = await self._cases(
            lambda q: q.fetchrow(
                f"SELECT {_MODERATOR_COLUMNS} FROM moderators WHERE login = ?", login
            )
        )
        return None if row is None else _moderator(row)

    async def moderator(self, moderator_id: str) -> Moderator | None:
        row = await self._cases(
            lambda q: q.fetchrow(
                f"SELECT {_MODERATOR_COLUMNS} FROM moderators WHERE id = ?", moderator_id
            )
        )
        return None if row is None else _moderator(row)

    async def save_moderator(self, moderator: Moderator) -> None:
        m = moderator
        await self._cases(
            lambda q: q.execute(
                "UPDATE moderators SET password_hash = ?, totp_secret = ?, last_totp_step = ?,"
                " disabled = ?, role = ? WHERE id = ?",
                m.password_hash,
                m.totp_secret,
                m.last_totp_step,
                int(m.disabled),
                m.role.value,
                m.id,
            ),
            write=True,
        )

    async def add_moderator_session(self, session: ModeratorSession) -> None:
        s = session
        await self._cases(
            lambda q: q.execute(
                f"INSERT INTO moderator_sessions ({_SESSION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                s.id,
                s.moderator_id,
                s.role.value,
                s.created_at,
                s.last_seen_at,
                s.expires_at,
                s.idle_ttl,
            ),
            write=True,
        )

    async def moderator_session(self, session_id: str) -> ModeratorSession | None:
        row = await self._cases(
            lambda q: q.fetchrow(
                f"SELECT {_SESSION_COLUMNS} FROM moderator_sessions WHERE id = ?", session_id
            )
        )
        return None if row is None else _session(row)

    async def touch_moderator_session(self, session_id: str, now: float) -> None:
        await self._cases(
            lambda q: q.execute(
                "UPDATE moderator_sessions SET last_seen_at = ? WHERE id = ?", now, session_id
            ),
            write=True,
        )

    async def end_moderator_session(self, session_id: str) -> None:
        await self._cases(
            lambda q: q.execute("DELETE FROM moderator_sessions WHERE id = ?", session_id),
            write=True,
        )

    async def add_trusted_flagger(self, flagger: TrustedFlagger) -> None:
        f = flagger
        try:
            await self._cases(
                lambda q: q.execute(
                    "INSERT INTO trusted_flaggers (id, name, token_hash, created_at, disabled)"
                    " VALUES (?, ?, ?, ?, ?)",
                    f.id,
                    f.name,
                    f.token_hash,
                    f.created_at,
                    int(f.disabled),
                ),
                write=True,
            )
        except Duplicate:
            raise Conflict("flagger_exists", "Ce signaleur de confiance existe déjà.") from None

    async def trusted_flagger_by_token(self, token_hash: str) -> TrustedFlagger | None:
        row = await self._cases(
            lambda q: q.fetchrow(
                "SELECT id, name, token_hash, created_at, disabled FROM trusted_flaggers"
                " WHERE token_hash = ?",
                token_hash,
            )
        )
        if row is None:
            return None
        return TrustedFlagger(row[0], row[1], row[2], float(row[3]), bool(row[4]))

    # -- authorities, transparency, context ----------------------------------

    async def add_transmission(self, transmission: Transmission, export: str) -> None:
        t = transmission
        await self._cases(
            lambda q: q.execute(
                "INSERT INTO transmissions (reference, at, by_whom, channel, receipt, export)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                t.reference,
                t.at,
                t.by,
                t.channel,
                t.receipt,
                export,
            ),
            write=True,
        )

    async def transmissions(self, reference: str) -> list[Transmission]:
        rows = await self._cases(
            lambda q: q.fetch(
                "SELECT reference, at, by_whom, channel, receipt FROM transmissions"
                " WHERE reference = ? ORDER BY at, id",
                reference,
            )
        )
        return [Transmission(r[0], float(r[1]), r[2], r[3], r[4]) for r in rows]

    async def add_decision(self, record: DecisionRecord) -> None:
        r = record
        await self._cases(
            lambda q: q.execute(
                f"INSERT INTO decisions ({_DECISION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
                r.category,
                r.action,
                int(r.automated),
                r.source.value,
                r.received_at,
                r.decided_at,
            ),
            write=True,
        )

    async def decisions(
        self, *, start: float | None = None, end: float | None = None
    ) -> list[DecisionRecord]:
        rows = await self._cases(
            lambda q: q.fetch(
                f"SELECT {_DECISION_COLUMNS} FROM decisions WHERE decided_at >= ?"
                " AND decided_at < ? ORDER BY decided_at, id",
                -1e18 if start is None else start,
                1e18 if end is None else end,
            )
        )
        return [
            DecisionRecord(r[0], r[1], bool(r[2]), Source(r[3]), float(r[4]), float(r[5]))
            for r in rows
        ]

    async def purge_sessions(self, before: float) -> int:
        return await self._cases(
            lambda q: q.execute(
                "DELETE FROM guests WHERE COALESCE(ended_at, last_seen_at) < ?"
                " AND NOT EXISTS (SELECT 1 FROM identification"
                " WHERE identification.user_id = guests.id)",
                before,
            ),
            write=True,
        )

    async def guests_named(self, pseudonym_key: str, limit: int = 100) -> list[Guest]:
        rows = await self._cases(
            lambda q: q.fetch(
                f"SELECT {GUEST_COLUMNS} FROM guests WHERE pseudonym_key = ?"
                " ORDER BY created_at LIMIT ?",
                pseudonym_key,
                limit,
            )
        )
        return [guest_from_row(r) for r in rows]

    async def guests_with_device(self, device_hash: str, limit: int = 20) -> list[Guest]:
        rows = await self._cases(
            lambda q: q.fetch(
                f"SELECT {GUEST_COLUMNS} FROM guests WHERE device_hash = ?"
                " ORDER BY created_at DESC LIMIT ?",
                device_hash,
                limit,
            )
        )
        return [guest_from_row(r) for r in rows]

    async def messages_by(self, users: Sequence[UserId], limit: int = 50) -> list[RoomMessage]:
        wanted = list(dict.fromkeys(users))[:200]
        if not wanted:
            return []
        marks = ", ".join("?" * len(wanted))
        rows = await self._cases(
            lambda q: q.fetch(
                f"SELECT {ROOM_MESSAGE_COLUMNS} FROM room_messages WHERE sender IN ({marks})"
                " ORDER BY ts DESC LIMIT ?",
                *wanted,
                limit,
            )
        )
        return [room_message_from_row(r) for r in rows]

    async def remove_room_message(self, room: RoomId, seq: int) -> bool:
        """Replace a delivered message's text (content removal); the id stays."""
        touched = await self._cases(
            lambda q: q.execute(
                "UPDATE room_messages SET text = ?, photo = NULL WHERE room_id = ? AND id = ?",
                REMOVED_TEXT,
                room,
                seq,
            ),
            write=True,
        )
        return touched == 1

    async def remove_dm(self, dm_id: int) -> bool:
        touched = await self._cases(
            lambda q: q.execute(
                "UPDATE dms SET text = ?, photo = NULL WHERE id = ?", REMOVED_TEXT, dm_id
            ),
            write=True,
        )
        return touched == 1

    async def dm(self, dm_id: int) -> PrivateMessage | None:
        row = await self._cases(
            lambda q: q.fetchrow(f"SELECT {DM_COLUMNS} FROM dms WHERE id = ?", dm_id)
        )
        return None if row is None else dm_from_row(row)
