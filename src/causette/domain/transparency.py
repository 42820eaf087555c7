"""Counts for the transparency report (DSA Art. 15 and 24).

A `DecisionRecord` is one moderation decision as the report sees it: its
category, the action taken, whether it was automated, what started it (a
notice, a trusted flagger, our own initiative, an order from an authority that the
decision executes: `Desk.act(order=…)`) and when it was received and
decided. `summarise()` counts them and gives the median handling time;
`to_csv()` writes the counts as a small CSV (Art. 15 asks for a machine-readable
report), with the orders from authorities (Art. 15(1)(a), `domain.orders`) when given.
"""

from __future__ import annotations

import csv
import enum
import io
import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from causette.domain.orders import OrderCounts
from causette.domain.utc import utc_text

__all__ = ["DecisionRecord", "Source", "TransparencyCounts", "summarise", "to_csv"]


class Source(enum.StrEnum):
    NOTICE = "notice"  # a user's report (Art. 16)
    TRUSTED_FLAGGER = "trusted_flagger"  # Art. 22
    OWN_INITIATIVE = "own_initiative"  # automated moderation or a moderator on their own
    AUTHORITY_ORDER = "authority_order"  # Art. 9, LCEN art. 6-1


@dataclass(frozen=True, slots=True)
class DecisionRecord:
    category: str
    action: str  # a SanctionKind value, or "dismiss" / "release"
    automated: bool
    source: Source
    received_at: float
    decided_at: float


@dataclass(frozen=True, slots=True)
class TransparencyCounts:
    total: int
    by_category: dict[str, int]
    by_action: dict[str, int]
    by_source: dict[str, int]
    automated: int
    human: int
    median_handling_seconds: float | None  # None with no record


def summarise(
    records: Iterable[DecisionRecord],
    *,
    start: float | None = None,
    end: float | None = None,
) -> TransparencyCounts:
    """Count decisions taken in `[start, end)` (all of them when a bound is None).

    Handling time is `decided_at - received_at`; its median is over the same
    records. Keys of the count dicts are sorted for a stable output. `by_source`
    names every `Source`, zeros included: the report says « 0 decision on an
    authority's order » rather than leaving the line out (Art. 15(1)(a), 24).
    """
    kept = [
        r
        for r in records
        if (start is None or r.decided_at >= start) and (end is None or r.decided_at < end)
    ]
    automated = sum(1 for r in kept if r.automated)
    durations = [max(0.0, r.decided_at - r.received_at) for r in kept]
    sources = Counter(r.source.value for r in kept)

    def sorted_counts(values: Iterable[str]) -> dict[str, int]:
        return dict(sorted(Counter(values).items()))

    return TransparencyCounts(
        total=len(kept),
        by_category=sorted_counts(r.category for r in kept),
        by_action=sorted_counts(r.action for r in kept),
        by_source={s.value: sources.get(s.value, 0) for s in sorted(Source)},
        automated=automated,
        human=len(kept) - automated,
        median_handling_seconds=statistics.median(durations) if durations else None,
    )


def _seconds(value: float | None) -> str:
    return "" if value is None else repr(value)


def to_csv(
    counts: TransparencyCounts,
    *,
    start: float | None = None,
    end: float | None = None,
    orders: OrderCounts | None = None,
) -> str:
    """`dimension,key,count` rows: first the period counted (`start`, `end` as passed
    to `summarise`), then the counts, the totals and the median (seconds); then, with
    `orders` (`summarise_orders` over the same period), the orders from authorities:
    `orders,received,N`, `orders_by_type,act|information,N`,
    `orders_by_member_state,FR,N`, `orders,open,N`, `orders,receipt_unknown,N`,
    `orders,median_acknowledgement_seconds,S` and `orders,median_effect_seconds,S`
    (empty: no order to measure).

    The period rows are `period,start_utc,2026-01-01 00:00:00` and `period,end_utc,…`
    (UTC, start included, end excluded; empty: unbounded), so the file says what it
    counts once saved; a spreadsheet reads that form of date as a date.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["dimension", "key", "count"])
    writer.writerow(["period", "start_utc", utc_text(start)])
    writer.writerow(["period", "end_utc", utc_text(end)])
    for dimension, table in (
        ("category", counts.by_category),
        ("action", counts.by_action),
        ("source", counts.by_source),
    ):
        for key, n in table.items():
            writer.writerow([dimension, key, n])
    writer.writerow(["decision", "automated", counts.automated])
    writer.writerow(["decision", "human", counts.human])
    writer.writerow(["decision", "total", counts.total])
    writer.writerow(["handling", "median_seconds", _seconds(counts.median_handling_seconds)])
    if orders is not None:
        writer.writerow(["orders", "received", orders.received])
        for kind, n in orders.by_kind.items():
            writer.writerow(["orders_by_type", kind, n])
        for state, n in orders.by_member_state.items():
            writer.writerow(["orders_by_member_state", state, n])
        writer.writerow(["orders", "open", orders.open])
        writer.writerow(["orders", "receipt_unknown", orders.receipt_unknown])
        writer.writerow(
            [
                "orders",
                "median_acknowledgement_seconds",
                _seconds(orders.median_acknowledgement_seconds),
            ]
        )
        writer.writerow(["orders", "median_effect_seconds", _seconds(orders.median_effect_seconds)])
    return out.getvalue()
