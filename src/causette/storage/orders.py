"""Orders from authorities (DSA Art. 9, 10; `CaseStore.add_authority_order` and the
rest), written once for both dialects. Same `Q` and `?` placeholders as `cases.py`,
whose `CaseSql` mixes this in."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from causette.domain.errors import Conflict
from causette.domain.orders import AuthorityOrder, OrderKind
from causette.storage.cases_records import Duplicate, Q

__all__ = ["OrderSql"]

T = TypeVar("T")

_COLUMNS = (
    "authority, reference, kind, member_state, received_at, acknowledged_at, effected_at,"
    " recorded_by, effected_item, effected_sanction"
)


def _time(value: Any) -> float | None:
    return None if value is None else float(value)


def _order(row: Any) -> AuthorityOrder:
    return AuthorityOrder(
        authority=row[0],
        reference=row[1],
        kind=OrderKind(row[2]),
        member_state=row[3],
        received_at=_time(row[4]),
        acknowledged_at=_time(row[5]),
        effected_at=_time(row[6]),
        recorded_by=row[7],
        effected_item=row[8],
        effected_sanction=row[9],
    )


class OrderSql:
    """The authority orders over `_cases`."""

    async def _cases(self, work: Callable[[Q], Awaitable[T]], *, write: bool = False) -> T:
        raise NotImplementedError

    async def add_authority_order(self, order: AuthorityOrder) -> None:
        o = order
        try:
            await self._cases(
                lambda q: q.execute(
                    f"INSERT INTO authority_orders ({_COLUMNS})"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    o.authority,
                    o.reference,
                    o.kind.value,
                    o.member_state,
                    o.received_at,
                    o.acknowledged_at,
                    o.effected_at,
                    o.recorded_by,
                    o.effected_item,
                    o.effected_sanction,
                ),
                write=True,
            )
        except Duplicate:
            raise Conflict(
                "order_exists",
                f"L'injonction {o.reference!r} de {o.authority!r} est déjà enregistrée.",
            ) from None

    async def authority_order(self, authority: str, reference: str) -> AuthorityOrder | None:
        row = await self._cases(
            lambda q: q.fetchrow(
                f"SELECT {_COLUMNS} FROM authority_orders WHERE authority = ? AND reference = ?",
                authority,
                reference,
            )
        )
        return None if row is None else _order(row)

    async def save_authority_order(self, order: AuthorityOrder) -> bool:
        o = order
        touched = await self._cases(
            lambda q: q.execute(
                "UPDATE authority_orders SET acknowledged_at = ?, effected_at = ?,"
                " effected_item = ?, effected_sanction = ?"
                " WHERE authority = ? AND reference = ? AND effected_at IS NULL",
                o.acknowledged_at,
                o.effected_at,
                o.effected_item,
                o.effected_sanction,
                o.authority,
                o.reference,
            ),
            write=True,
        )
        return touched == 1

    async def authority_orders(self) -> list[AuthorityOrder]:
        rows = await self._cases(
            lambda q: q.fetch(
                f"SELECT {_COLUMNS} FROM authority_orders"
                " ORDER BY COALESCE(received_at, effected_at), authority, reference"
            )
        )
        return [_order(r) for r in rows]
