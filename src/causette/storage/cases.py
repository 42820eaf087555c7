"""The `CaseStore` SQL, written once for both dialects.

`CaseSql` is a mixin of `SqliteStore` and `PostgresStore`: each gives it a
`_cases(work, write=...)` that runs `work(q)` inside one transaction, where `q`
is a `Q` whose statements use `?` placeholders (rewritten to `$1, $2...` on
PostgreSQL). The SQLite `Q` never suspends, so a SQLite transaction is atomic
with respect to the other coroutines, as in `sqlite.py`. Booleans are 0/1
integers on both databases, so the parameters are the same.
"""

from __future__ import annotations

import json
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Protocol, TypeVar

from causette.domain.appeals import Appeal, AppealOutcome
from causette.domain.audit import AuditEntry, append
from causette.domain.authorities import Transmission
from causette.domain.errors import Conflict
from causette.domain.guests import Guest
from causette.domain.ids import RoomId, UserId
from causette.domain.messages import PrivateMessage, RoomMessage
from causette.domain.moderators import Moderator, ModeratorSession, Role
from causette.domain.reports import Report, Ticket, format_ticket_number, merge_key, parse_target
from causette.domain.sanctions import Binding, Sanction, SanctionKind
from causette.domain.strikes import Strike, StrikeKind
from causette.domain.transparency import DecisionRecord, Source
from causette.ports import HeldContent, Identification, TicketRecord
from causette.storage._common import (
    DM_COLUMNS,
    GUEST_COLUMNS,
    HELD_COLUMNS,
    ROOM_MESSAGE_COLUMNS,
    dm_from_row,
    guest_from_row,
    held_from_row,
    room_message_from_row,
)

__all__ = ["REMOVED_TEXT", "CaseSql", "Duplicate", "Q", "room_of"]

T = TypeVar("T")
Row = Any


class Duplicate(Exception):
    """A unique constraint refused the row (translated by each dialect's `Q`)."""


class Q(Protocol):
    """One transaction's statements, with `?` placeholders."""

    async def execute(self, sql: str, *args: object) -> int:
        """Run a statement; return the rows touched. Raise `Duplicate` on a unique key."""

    async def fetch(self, sql: str, *args: object) -> list[Row]: ...

    async def fetchrow(self, sql: str, *args: object) -> Row | None: ...


_TICKET_COLUMNS = (
    "number, merge_key, target, category, opened_at, last_at, life_in_danger, trusted_flagger,"
    " status, decision, decided_at, decided_by, sanction_id, transmitted_at"
)
_SANCTION_COLUMNS = (
    "id, kind, user_id, device_key, network_key, start, duration, decided_by, reason,"
    " category, target, ticket, lifted_at, lifted_by"
)
_STRIKE_COLUMNS = "id, user_id, kind, at, source, warned, removed_at"
_APPEAL_COLUMNS = (
    "id, sanction_id, appellant, filed_at, text, outcome, decided_by, decided_at, explanation"
)
_AUDIT_COLUMNS = "seq, at, actor, action, target, reason, details, prev_hash, hash"
_MODERATOR_COLUMNS = (
    "id, login, role, password_hash, created_at, totp_secret, last_totp_step, disabled"
)
_SESSION_COLUMNS = "id, moderator_id, role, created_at, last_seen_at, expires_at, idle_ttl"
_DECISION_COLUMNS = "category, action, automated, source, received_at, decided_at"


def _sanction(row: Row) -> Sanction:
    return Sanction(
        id=row[0],
        kind=SanctionKind(row[1]),
        binding=Binding(UserId(row[2]), row[3], row[4]),
        start=float(row[5]),
        duration=None if row[6] is None else float(row[6]),
        decided_by=row[7],
        reason=row[8],
        category=row[9],
        target=row[10],
        ticket=row[11],
        lifted_at=None if row[12] is None else float(row[12]),
        lifted_by=row[13],
    )


def _strike(row: Row) -> Strike:
    return Strike(
        id=row[0],
        user=UserId(row[1]),
        kind=StrikeKind(row[2]),
        at=float(row[3]),
        source=row[4],
        warned=bool(row[5]),
        removed_at=None if row[6] is None else float(row[6]),
    )


def _appeal(row: Row) -> Appeal:
    return Appeal(
        id=row[0],
        sanction_id=row[1],
        appellant=UserId(row[2]),
        filed_at=float(row[3]),
        text=row[4],
        outcome=AppealOutcome(row[5]),
        decided_by=row[6],
        decided_at=None if row[7] is None else float(row[7]),
        explanation=row[8],
    )


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


class CaseSql:
    """`CaseStore` over `_cases`; see the module docstring."""

    async def _cases(self, work: Callable[[Q], Awaitable[T]], *, write: bool = False) -> T:
        raise NotImplementedError

    # -- reports ------------------------------------------------------------

    async def add_report(self, report: Report) -> tuple[TicketRecord, bool]:
        key = merge_key(report.target, report.category)

        async def work(q: Q) -> tuple[TicketRecord, bool]:
            await self._lock_key(q, key)
            row = await q.fetchrow(
                "SELECT number FROM tickets WHERE merge_key = ? AND status = 'open'", key
            )
            created = row is None
            if row is None:
                year = time.gmtime(report.at).tm_year
                counter = await q.fetchrow(
                    "INSERT INTO ticket_counters (year, last) VALUES (?, 1)"
                    " ON CONFLICT (year) DO UPDATE SET last = ticket_counters.last + 1"
                    " RETURNING last",
                    year,
                )
                assert counter is not None  # RETURNING always gives the row
                number = format_ticket_number(year, int(counter[0]))
                await q.execute(
                    f"INSERT INTO tickets ({_TICKET_COLUMNS}) VALUES"
                    " (?, ?, ?, ?, ?, ?, ?, ?, 'open', NULL, NULL, NULL, NULL, NULL)",
                    number,
                    key,
                    report.target.key(),
                    report.category,
                    report.at,
                    report.at,
                    int(report.life_in_danger),
                    int(report.trusted_flagger),
                )
            else:
                number = row[0]
                await q.execute(
                    "UPDATE tickets SET last_at = CASE WHEN last_at > ? THEN last_at ELSE ? END,"
                    " life_in_danger = CASE WHEN life_in_danger = 1 THEN 1 ELSE ? END,"
                    " trusted_flagger = CASE WHEN trusted_flagger = 1 THEN 1 ELSE ? END"
                    " WHERE number = ?",
                    report.at,
                    report.at,
                    int(report.life_in_danger),
                    int(report.trusted_flagger),
                    number,
                )
            await q.execute(
                "INSERT INTO reports (ticket, reporter, at, text) VALUES (?, ?, ?, ?)",
                number,
                report.reporter,
                report.at,
                report.text,
            )
            record = await self._ticket(q, number)
            assert record is not None
            return record, created

        return await self._cases(work, write=True)

    async def _lock_key(self, q: Q, key: str) -> None:
        """Serialise writers of one merge key (PostgreSQL; SQLite writes one at a time)."""

    async def _ticket(self, q: Q, number: str) -> TicketRecord | None:
        row = await q.fetchrow(f"SELECT {_TICKET_COLUMNS} FROM tickets WHERE number = ?", number)
        if row is None:
            return None
        reports = await q.fetch(
            "SELECT reporter, text FROM reports WHERE ticket = ? ORDER BY at, id", number
        )
        ticket = Ticket(
            number=row[0],
            key=row[1],
            target=parse_target(row[2]),
            category=row[3],
            opened_at=float(row[4]),
            last_at=float(row[5]),
            reporters=frozenset(UserId(r[0]) for r in reports),
            life_in_danger=bool(row[6]),
            trusted_flagger=bool(row[7]),
            texts=tuple(r[1] for r in reports if r[1]),
        )
        return TicketRecord(
            ticket=ticket,
            status=row[8],
            decision=row[9],
            decided_at=None if row[10] is None else float(row[10]),
            decided_by=row[11],
            sanction_id=row[12],
            transmitted_at=None if row[13] is None else float(row[13]),
        )

    async def report_times(self, reporter: UserId, since: float) -> list[float]:
        rows = await self._cases(
            lambda q: q.fetch(
                "SELECT at FROM reports WHERE reporter = ? AND at >= ? ORDER BY at",
                reporter,
                since,
            )
        )
        return [float(r[0]) for r in rows]

    async def ticket(self, number: str) -> TicketRecord | None:
        return await self._cases(lambda q: self._ticket(q, number))

    async def tickets_reported_by(self, reporter: UserId) -> list[str]:
        rows = await self._cases(
            lambda q: q.fetch(
                "SELECT DISTINCT ticket FROM reports WHERE reporter = ? ORDER BY ticket", reporter
            )
        )
        return [r[0] for r in rows]

    async def open_tickets(self) -> list[TicketRecord]:
        async def work(q: Q) -> list[TicketRecord]:
            rows = await q.fetch(
                "SELECT number FROM tickets WHERE status = 'open' ORDER BY opened_at LIMIT 500"
            )
            found = [await self._ticket(q, r[0]) for r in rows]
            return [t for t in found if t is not None]

        return await self._cases(work)

    async def close_ticket(
        self,
        number: str,
        *,
        status: str,
        decision: str,
        at: float,
        by: str,
        sanction_id: str | None = None,
    ) -> bool:
        touched = await self._cases(
            lambda q: q.execute(
                "UPDATE tickets SET status = ?, decision = ?, decided_at = ?, decided_by = ?,"
                " sanction_id = ? WHERE number = ? AND status = 'open'",
                status,
                decision,
                at,
                by,
                sanction_id,
                number,
            ),
            write=True,
        )
        return touched == 1

    async def mark_transmitted(self, number: str, at: float) -> None:
        await self._cases(
            lambda q: q.execute(
                "UPDATE tickets SET transmitted_at = ? WHERE number = ?", at, number
            ),
            write=True,
        )

    # -- held content -------------------------------------------------------

    async def held_items(self, status: str = "held", limit: int = 500) -> list[HeldContent]:
        rows = await self._cases(
            lambda q: q.fetch(
                f"SELECT {HELD_COLUMNS} FROM held WHERE status = ? ORDER BY created_at, id LIMIT ?",
                status,
                limit,
            )
        )
        return [held_from_row(r) for r in rows]

    async def set_held_status(self, held_id: int, status: str) -> bool:
        touched = await self._cases(
            lambda q: q.execute(
                "UPDATE held SET status = ? WHERE id = ? AND status = 'held'", status, held_id
            ),
            write=True,
        )
        return touched == 1

    # -- sanctions and strikes ----------------------------------------------

    async def add_sanction(self, sanction: Sanction, statement: dict[str, Any]) -> None:
        s = sanction
        await self._cases(
            lambda q: q.execute(
                f"INSERT INTO sanctions ({_SANCTION_COLUMNS}, statement)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.id,
                s.kind.value,
                s.binding.user,
                s.binding.device_key,
                s.binding.network_key,
                s.start,
                s.duration,
                s.decided_by,
                s.reason,
                s.category,
                s.target,
                s.ticket,
                s.lifted_at,
                s.lifted_by,
                json.dumps(statement, ensure_ascii=False),
            ),
            write=True,
        )

    async def sanction(self, sanction_id: str) -> Sanction | None:
        row = await self._cases(
            lambda q: q.fetchrow(
                f"SELECT {_SANCTION_COLUMNS} FROM sanctions WHERE id = ?", sanction_id
            )
        )
        return None if row is None else _sanction(row)

    async def statement(self, sanction_id: str) -> dict[str, Any] | None:
        row = await self._cases(
            lambda q: q.fetchrow("SELECT statement FROM sanctions WHERE id = ?", sanction_id)
        )
        if row is None:
            return None
        data: dict[str, Any] = json.loads(row[0])
        return data

    async def sanctions_binding(
        self,
        *,
        user: UserId | None = None,
        device_key: str | None = None,
        network_key: str | None = None,
        since: float | None = None,
    ) -> list[Sanction]:
        clauses: list[str] = []
        args: list[object] = []
        for column, value in (
            ("user_id", user),
            ("device_key", device_key),
            ("network_key", network_key),
        ):
            if value is not None:
                clauses.append(f"{column} = ?")
                args.append(value)
        if not clauses:
            return []
        where = "(" + " OR ".join(clauses) + ") AND lifted_at IS NULL"
        if since is not None:
            where += " AND (duration IS NULL OR start + duration > ?)"
            args.append(since)
        rows = await self._cases(
            lambda q: q.fetch(
                f"SELECT {_SANCTION_COLUMNS} FROM sanctions WHERE {where} ORDER BY start, id",
                *args,
            )
        )
        return [_sanction(r) for r in rows]

    async def sanctions_of(self, user: UserId) -> list[Sanction]:
        """Every sanction of `user`, lifted ones included, oldest first."""
        rows = await self._cases(
            lambda q: q.fetch(
                f"SELECT {_SANCTION_COLUMNS} FROM sanctions WHERE user_id = ? ORDER BY start, id",
                user,
            )
        )
        return [_sanction(r) for r in rows]

    async def lift_sanction(self, sanction_id: str, at: float, by: str) -> None:
        await self._cases(
            lambda q: q.execute(
                "UPDATE sanctions SET lifted_at = ?, lifted_by = ? WHERE id = ?",
                at,
                by,
                sanction_id,
            ),
            write=True,
        )

    async def add_strike(self, strike: Strike) -> None:
        s = strike
        await self._cases(
            lambda q: q.execute(
                f"INSERT INTO strikes ({_STRIKE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                s.id,
                s.user,
                s.kind.value,
                s.at,
                s.source,
                int(s.warned),
                s.removed_at,
            ),
            write=True,
        )

    async def save_strike(self, strike: Strike) -> None:
        await self._cases(
            lambda q: q.execute(
                "UPDATE strikes SET warned = ?, removed_at = ? WHERE id = ?",
                int(strike.warned),
                strike.removed_at,
                strike.id,
            ),
            write=True,
        )

    async def strikes_of(self, user: UserId) -> list[Strike]:
        rows = await self._cases(
            lambda q: q.fetch(
                f"SELECT {_STRIKE_COLUMNS} FROM strikes WHERE user_id = ? ORDER BY at, id", user
            )
        )
        return [_strike(r) for r in rows]

    # -- appeals ------------------------------------------------------------

    async def add_appeal(self, appeal: Appeal) -> None:
        a = appeal
        await self._cases(
            lambda q: q.execute(
                f"INSERT INTO appeals ({_APPEAL_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                a.id,
                a.sanction_id,
                a.appellant,
                a.filed_at,
                a.text,
                a.outcome.value,
                a.decided_by,
                a.decided_at,
                a.explanation,
            ),
            write=True,
        )

    async def appeal(self, appeal_id: str) -> Appeal | None:
        row = await self._cases(
            lambda q: q.fetchrow(f"SELECT {_APPEAL_COLUMNS} FROM appeals WHERE id = ?", appeal_id)
        )
        return None if row is None else _appeal(row)

    async def appeals(self, *, pending: bool = True) -> list[Appeal]:
        where = " WHERE outcome = 'pending'" if pending else ""
        rows = await self._cases(
            lambda q: q.fetch(
                f"SELECT {_APPEAL_COLUMNS} FROM appeals{where} ORDER BY filed_at, id LIMIT 500"
            )
        )
        return [_appeal(r) for r in rows]

    async def appeals_of(self, sanction_id: str) -> list[Appeal]:
        rows = await self._cases(
            lambda q: q.fetch(
                f"SELECT {_APPEAL_COLUMNS} FROM appeals WHERE sanction_id = ? ORDER BY filed_at",
                sanction_id,
            )
        )
        return [_appeal(r) for r in rows]

    async def save_appeal(self, appeal: Appeal) -> bool:
        a = appeal
        touched = await self._cases(
            lambda q: q.execute(
                "UPDATE appeals SET outcome = ?, decided_by = ?, decided_at = ?, explanation = ?"
                " WHERE id = ? AND outcome = 'pending'",
                a.outcome.value,
                a.decided_by,
                a.decided_at,
                a.explanation,
                a.id,
            ),
            write=True,
        )
        return touched == 1

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

    async def entry_ip(self, user: UserId) -> str | None:
        row = await self._cases(
            lambda q: q.fetchrow(
                "SELECT ip FROM identification WHERE user_id = ? AND kind = 'entry'"
                " ORDER BY at DESC LIMIT 1",
                user,
            )
        )
        return None if row is None else str(row[0])

    async def entries_since(self, since: float, limit: int = 2000) -> list[Identification]:
        rows = await self._cases(
            lambda q: q.fetch(
                "SELECT kind, ref, user_id, ip, port, at FROM identification"
                " WHERE kind = 'entry' AND at >= ? ORDER BY at DESC LIMIT ?",
                since,
                limit,
            )
        )
        return [
            Identification(r[0], r[1], UserId(r[2]), r[3], int(r[4]), float(r[5])) for r in rows
        ]

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
                "UPDATE room_messages SET text = ? WHERE room_id = ? AND id = ?",
                REMOVED_TEXT,
                room,
                seq,
            ),
            write=True,
        )
        return touched == 1

    async def remove_dm(self, dm_id: int) -> bool:
        touched = await self._cases(
            lambda q: q.execute("UPDATE dms SET text = ? WHERE id = ?", REMOVED_TEXT, dm_id),
            write=True,
        )
        return touched == 1

    async def dm(self, dm_id: int) -> PrivateMessage | None:
        row = await self._cases(
            lambda q: q.fetchrow(f"SELECT {DM_COLUMNS} FROM dms WHERE id = ?", dm_id)
        )
        return None if row is None else dm_from_row(row)


def room_of(target: str) -> RoomId | None:
    """The room of a held-content target `room:ID`, else None."""
    kind, _, ident = target.partition(":")
    return RoomId(ident) if kind == "room" else None


REMOVED_TEXT = "[message retiré par la modération]"
