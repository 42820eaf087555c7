"""Protection of minors kept in the database, written once for both dialects: the
under-15 refusal memory (`AgeRefusals` in `ports.py`) and the interim measures
(`MinorsMeasures`).

Same `Q` and `?` placeholders as `cases.py`; `CaseSql` mixes this in, so
`SqliteStore` and `PostgresStore` both implement it on their one connection.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import TypeVar

from causette.domain.ids import UserId
from causette.ports import MinorsMeasure
from causette.storage.cases_records import Duplicate, Q

__all__ = ["MeasureSql"]

T = TypeVar("T")


class MeasureSql:
    """`AgeRefusals` and `MinorsMeasures` over `_cases`."""

    async def _cases(self, work: Callable[[Q], Awaitable[T]], *, write: bool = False) -> T:
        raise NotImplementedError

    # -- under-15 refusals ----------------------------------------------------

    async def refuse_age(self, keys: Sequence[str], until: float) -> None:
        async def work(q: Q) -> None:
            for key in sorted(set(keys)):  # one order everywhere: no deadlock between nodes
                await q.execute(
                    "INSERT INTO age_refusals (key_hash, expires_at) VALUES (?, ?)"
                    " ON CONFLICT (key_hash) DO UPDATE SET expires_at = excluded.expires_at",
                    key,
                    until,
                )

        await self._cases(work, write=True)

    async def age_refused_until(self, keys: Sequence[str], now: float) -> float | None:
        wanted = sorted(set(keys))
        if not wanted:
            return None

        async def work(q: Q) -> float | None:
            marks = ", ".join("?" * len(wanted))
            row = await q.fetchrow(
                f"SELECT MAX(expires_at) FROM age_refusals WHERE key_hash IN ({marks})"
                " AND expires_at > ?",
                *wanted,
                now,
            )
            return None if row is None or row[0] is None else float(row[0])

        return await self._cases(work)

    async def purge_age_refusals(self, now: float) -> int:
        async def work(q: Q) -> int:
            return await q.execute("DELETE FROM age_refusals WHERE expires_at <= ?", now)

        return await self._cases(work, write=True)

    # -- interim measures ------------------------------------------------------

    async def add_minors_measure(
        self, kind: str, user: UserId, other: UserId | None, at: float
    ) -> bool:
        async def work(q: Q) -> bool:
            try:
                # The partial unique index keeps one running measure per kind and user.
                return (
                    await q.execute(
                        "INSERT INTO minors_measures (kind, user_id, other_user, started_at)"
                        " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                        kind,
                        user,
                        other or "",
                        at,
                    )
                    == 1
                )
            except Duplicate:
                return False

        return await self._cases(work, write=True)

    async def running_minors_measures(self) -> list[MinorsMeasure]:
        async def work(q: Q) -> list[MinorsMeasure]:
            rows = await q.fetch(
                "SELECT kind, user_id, other_user, started_at FROM minors_measures"
                " WHERE lifted_at IS NULL ORDER BY id"
            )
            return [
                MinorsMeasure(
                    str(row[0]), UserId(row[1]), UserId(row[2]) if row[2] else None, float(row[3])
                )
                for row in rows
            ]

        return await self._cases(work)

    async def lift_minors_measures(self, user: UserId, at: float, by: str) -> int:
        """Delete `user`'s running measures: the decision (audited with `by` and `at` by
        the caller) takes over, and nothing keeps them longer."""

        async def work(q: Q) -> int:
            return await q.execute(
                "DELETE FROM minors_measures WHERE user_id = ? AND lifted_at IS NULL", user
            )

        return await self._cases(work, write=True)

    async def expire_minors_measures(self) -> list[UserId]:
        """Delete the running measures whose user has no signal waiting in the moderators'
        queue any more (decided, or purged with the held content), and rows lifted before
        lifting deleted them; return the users whose running measures ended, once each."""

        async def work(q: Q) -> list[UserId]:
            await q.execute("DELETE FROM minors_measures WHERE lifted_at IS NOT NULL")
            rows = await q.fetch(
                "DELETE FROM minors_measures WHERE NOT EXISTS (SELECT 1 FROM held"
                " WHERE held.sender = minors_measures.user_id AND held.status = 'held'"
                " AND held.target LIKE 'signal:%') RETURNING user_id"
            )
            return sorted({UserId(row[0]) for row in rows})

        return await self._cases(work, write=True)
