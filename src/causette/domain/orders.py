"""Orders from judicial or administrative authorities (DSA Art. 9, 10 and 15(1)(a)).

An `AuthorityOrder` is one order as the legal officer records it: who issued it
(authority, its reference, the issuing Member State), what it asks (Art. 9: act
against illegal content; Art. 10: provide information, which is what a French
réquisition judiciaire is), and three times: when it was received, when the
authority was told of its receipt, and when it was given effect (the content acted
on, the information sent). Art. 15(1)(a) asks the transparency report for the number
of orders received, by type and by issuing Member State, and for the median time to
inform the authority of receipt and to give effect to the order: `summarise_orders`.

Each step is a pure function of the order and `now` that refuses an impossible time
(in the future, a receipt after the answer, an acknowledgement before the receipt):
the report's medians are only as true as these times. Standard library only.
"""

from __future__ import annotations

import enum
import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

from causette.domain.errors import Conflict, InvalidInput
from causette.domain.utc import utc_text

__all__ = [
    "KINDS_FR",
    "MEMBER_STATES",
    "AuthorityOrder",
    "OrderCounts",
    "OrderKind",
    "acknowledge",
    "executable",
    "give_effect",
    "member_state",
    "receive",
    "summarise_orders",
]


class OrderKind(enum.StrEnum):
    ACT = "act"  # Art. 9: order to act against illegal content
    INFORMATION = "information"  # Art. 10: order to provide information (réquisition)


KINDS_FR = {
    OrderKind.ACT: "injonction d'agir contre un contenu illicite (DSA art. 9)",
    OrderKind.INFORMATION: "injonction de fournir des informations (DSA art. 10)",
}

# The 27 Member States, as the EU writes them (EL: Greece). GR is read as EL.
MEMBER_STATES = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "CY",
        "CZ",
        "DE",
        "DK",
        "EE",
        "EL",
        "ES",
        "FI",
        "FR",
        "HR",
        "HU",
        "IE",
        "IT",
        "LT",
        "LU",
        "LV",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SE",
        "SI",
        "SK",
    ]
)


def member_state(code: str) -> str:
    """The issuing Member State's code, upper case (`fr` → `FR`, `GR` → `EL`); raise
    `InvalidInput("order_member_state_invalid")` for anything else."""
    value = code.strip().upper()
    value = "EL" if value == "GR" else value
    if value not in MEMBER_STATES:
        raise InvalidInput(
            "order_member_state_invalid",
            f"État membre inconnu : {code!r} (code à deux lettres de l'Union : FR, BE, DE…).",
            field="member_state",
        )
    return value


@dataclass(frozen=True, slots=True)
class AuthorityOrder:
    """One order; `authority` and `reference` name it. `received_at` is None only for
    the requisitions answered before receipt times were recorded (migration 0007):
    they count as received, never in a median."""

    authority: str
    reference: str
    kind: OrderKind
    member_state: str
    received_at: float | None
    acknowledged_at: float | None
    effected_at: float | None
    recorded_by: str
    # The console decision that gave effect to an Art. 9 order (migration 0009): the
    # queue item decided and the sanction taken. None for an effect noted by hand
    # (`causette order effect`, a requisition's answer).
    effected_item: str | None = None
    effected_sanction: str | None = None

    @property
    def open(self) -> bool:
        """Not given effect yet."""
        return self.effected_at is None

    @property
    def counted_at(self) -> float:
        """The time a report's period is read against: the receipt (Art. 15 counts the
        orders received), or, receipt unknown, the answer (received no later)."""
        if self.received_at is not None:
            return self.received_at
        return self.effected_at if self.effected_at is not None else 0.0


def _when(at: float, now: float, code: str, what: str) -> None:
    if at > now:
        raise InvalidInput(
            f"order_{code}_future",
            f"La date de {what} ({utc_text(at)} UTC) est dans le futur.",
            field=code,
        )


def receive(
    *,
    authority: str,
    reference: str,
    kind: OrderKind,
    state: str,
    received_at: float,
    by: str,
    now: float,
) -> AuthorityOrder:
    """A new order received at `received_at` (never after `now`). Raise `InvalidInput`
    (`order_authority_missing`, `order_reference_missing`, `order_operator_missing`,
    `order_member_state_invalid`, `order_received_future`)."""
    for field, value in (("authority", authority), ("reference", reference), ("operator", by)):
        if not value.strip():
            raise InvalidInput(
                f"order_{field}_missing",
                "Indiquez l'autorité, la référence de l'injonction et qui l'enregistre.",
                field=field,
            )
    _when(received_at, now, "received", "réception")
    return AuthorityOrder(
        authority=authority.strip(),
        reference=reference.strip(),
        kind=kind,
        member_state=member_state(state),
        received_at=received_at,
        acknowledged_at=None,
        effected_at=None,
        recorded_by=by.strip(),
    )


def _not_before_receipt(order: AuthorityOrder, at: float, code: str, what: str) -> None:
    if order.received_at is not None and at < order.received_at:
        raise InvalidInput(
            f"order_{code}_before_receipt",
            f"La date de {what} ({utc_text(at)} UTC) précède la réception de l'injonction"
            f" ({utc_text(order.received_at)} UTC).",
            field=code,
        )


def acknowledge(order: AuthorityOrder, at: float, now: float) -> AuthorityOrder:
    """The authority was told of the order's receipt at `at` (Art. 9(1), 10(1)).
    Raise `Conflict("order_already_acknowledged")` the second time, `InvalidInput`
    for a time in the future or before the receipt."""
    if order.acknowledged_at is not None:
        raise Conflict(
            "order_already_acknowledged",
            f"L'accusé de réception de cette injonction est déjà noté"
            f" ({utc_text(order.acknowledged_at)} UTC).",
        )
    _when(at, now, "acknowledged", "l'accusé de réception")
    _not_before_receipt(order, at, "acknowledged", "l'accusé de réception")
    return replace(order, acknowledged_at=at)


def _already_effected(order: AuthorityOrder, effected_at: float) -> Conflict:
    by = (
        f" par la décision de modération sur {order.effected_item}"
        + (f" (sanction {order.effected_sanction})" if order.effected_sanction else "")
        if order.effected_item
        else ""
    )
    return Conflict(
        "order_already_effected",
        f"Cette injonction a déjà été exécutée ({utc_text(effected_at)} UTC){by}.",
    )


def give_effect(
    order: AuthorityOrder,
    at: float,
    now: float,
    *,
    item: str | None = None,
    sanction: str | None = None,
) -> AuthorityOrder:
    """The order was given effect at `at` (content acted on, information sent), by the
    console's decision on `item` with `sanction` when given. With no acknowledgement
    noted before, the answer is what tells the authority that the order was received:
    it becomes the acknowledgement too. Raise `Conflict("order_already_effected")` the
    second time (its message names the console decision that gave effect, if any),
    `InvalidInput` for a time in the future, before the receipt or before the
    acknowledgement noted."""
    if order.effected_at is not None:
        raise _already_effected(order, order.effected_at)
    _when(at, now, "effected", "l'exécution")
    _not_before_receipt(order, at, "effected", "l'exécution")
    if order.acknowledged_at is not None and at < order.acknowledged_at:
        raise InvalidInput(
            "order_effected_before_acknowledged",
            f"La date de l'exécution ({utc_text(at)} UTC) précède l'accusé de réception"
            f" ({utc_text(order.acknowledged_at)} UTC).",
            field="effected",
        )
    acknowledged = order.acknowledged_at if order.acknowledged_at is not None else at
    return replace(
        order,
        acknowledged_at=acknowledged,
        effected_at=at,
        effected_item=item,
        effected_sanction=sanction,
    )


def executable(order: AuthorityOrder, at: float, now: float) -> None:
    """Check that a moderator's decision at `at` may give effect to `order` (DSA Art. 9):
    an order to act, still open, received no later than `at`. Raise
    `InvalidInput("order_kind_not_act")` for an order to provide information (Art. 10:
    a requisition is answered with `causette requisition`), `Conflict(
    "order_already_effected")` for a closed one, and `give_effect`'s `InvalidInput`s
    for an impossible time. Pure: call it before changing anything."""
    if order.kind is not OrderKind.ACT:
        raise InvalidInput(
            "order_kind_not_act",
            f"L'injonction {order.reference!r} de {order.authority!r} demande des"
            " informations (DSA art. 10) : elle ne s'exécute pas par une décision de"
            " modération.",
            field="order",
        )
    give_effect(order, at, now)


@dataclass(frozen=True, slots=True)
class OrderCounts:
    received: int
    by_kind: dict[str, int]  # every kind, zeros included
    by_member_state: dict[str, int]
    open: int  # received, not given effect yet
    receipt_unknown: int  # answered before receipt times were recorded
    median_acknowledgement_seconds: float | None  # None: no order to measure
    median_effect_seconds: float | None


def summarise_orders(
    orders: Iterable[AuthorityOrder],
    *,
    start: float | None = None,
    end: float | None = None,
) -> OrderCounts:
    """Count the orders received in `[start, end)` (`counted_at`), by kind and issuing
    Member State; the medians are over those of them given effect whose receipt is
    known (an open order is counted as received and is in no median)."""
    kept = [
        o
        for o in orders
        if (start is None or o.counted_at >= start) and (end is None or o.counted_at < end)
    ]
    timed = [o for o in kept if not o.open and o.received_at is not None]
    to_ack = [
        o.acknowledged_at - o.received_at
        for o in timed
        if o.acknowledged_at is not None and o.received_at is not None
    ]
    to_effect = [
        o.effected_at - o.received_at
        for o in timed
        if o.effected_at is not None and o.received_at is not None
    ]
    kinds = Counter(o.kind.value for o in kept)
    return OrderCounts(
        received=len(kept),
        by_kind={k.value: kinds.get(k.value, 0) for k in sorted(OrderKind)},
        by_member_state=dict(sorted(Counter(o.member_state for o in kept).items())),
        open=sum(1 for o in kept if o.open),
        receipt_unknown=sum(1 for o in kept if o.received_at is None),
        median_acknowledgement_seconds=statistics.median(to_ack) if to_ack else None,
        median_effect_seconds=statistics.median(to_effect) if to_effect else None,
    )
