"""The `CaseStore` SQL, written once for both dialects (reports, held content,
sanctions, strikes, appeals; the rest is in `cases_records.py`).

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
from typing import Any, TypeVar

from causette.domain.appeals import Appeal, AppealOutcome
from causette.domain.ids import UserId
from causette.domain.reports import Report, Ticket, format_ticket_number, merge_key, parse_target
from causette.domain.sanctions import Binding, Sanction, SanctionKind
from causette.domain.strikes import Strike, StrikeKind
from causette.ports import HeldContent, TicketRecord
from causette.storage._common import HELD_COLUMNS, held_from_row
from causette.storage.cases_records import REMOVED_TEXT, Duplicate, Q, RecordSql
from causette.storage.identification import IdentificationSql
from causette.storage.measures import MeasureSql
from causette.storage.orders import OrderSql

__all__ = ["REMOVED_TEXT", "CaseSql", "Duplicate", "Q"]

T = TypeVar("T")
Row = Any


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


class CaseSql(RecordSql, MeasureSql, OrderSql, IdentificationSql):
    """`CaseStore` (and the minors' measures, `measures.py`, the authority orders,
    `orders.py`, and the identification records, `identification.py`) over `_cases`;
    see the module docstring."""

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

    async def contest_refused(self, held_id: int, verdict: str) -> bool:
        """Put a refused message its author contests into the queue (status "held"),
        with `verdict` (its verdict and the contest); False unless it was "refused"."""
        touched = await self._cases(
            lambda q: q.execute(
                "UPDATE held SET status = 'held', verdict = ? WHERE id = ? AND status = 'refused'",
                verdict,
                held_id,
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
