"""Protection of minors kept in the database, written once for both dialects: the
under-15 refusal memory (`AgeRefusals` in `ports.py`).

Same `Q` and `?` placeholders as `cases.py`; `CaseSql` mixes this in, so
`SqliteStore` and `PostgresStore` both implement it on their one connection.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import TypeVar

from causette.storage.cases_records import Q

__all__ = ["MeasureSql"]

T = TypeVar("T")


class MeasureSql:
    """`AgeRefusals` over `_cases`."""

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
