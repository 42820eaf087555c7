"""`Orders`: the legal officer records an order from an authority (DSA Art. 9, 10)
step by step: its receipt, the acknowledgement sent to the authority, the effect
given (by hand, or by a moderator's decision in the console: `Desk.act(order=…)`
gives effect to an Art. 9 order at the decision's time, naming the item and the
sanction). Each step is checked by `domain.orders`, stored, and written in the audit log
(`order_received`, `order_acknowledged`, `order_effected`) under the officer's name,
so the transparency report's times (Art. 15(1)(a)) can be traced to who noted them.
"""

from __future__ import annotations

from causette.domain.errors import Conflict, InvalidInput, NotFound
from causette.domain.orders import AuthorityOrder, OrderKind, acknowledge, give_effect, receive
from causette.ports import CaseStore, Clock

__all__ = ["Orders", "order_target"]


def order_target(order: AuthorityOrder) -> str:
    return f"order:{order.reference}"


class Orders:
    def __init__(self, store: CaseStore, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    async def receive(
        self,
        *,
        authority: str,
        reference: str,
        kind: OrderKind,
        member_state: str,
        by: str,
        received_at: float | None = None,
    ) -> AuthorityOrder:
        """Record an order received at `received_at` (default: now). Raise
        `InvalidInput` (see `domain.orders.receive`) or `Conflict("order_exists")`."""
        now = self.clock()
        order = receive(
            authority=authority,
            reference=reference,
            kind=kind,
            state=member_state,
            received_at=now if received_at is None else received_at,
            by=by,
            now=now,
        )
        await self.store.add_authority_order(order)
        await self._audit(order, "order_received", by, now)
        return order

    async def find(self, authority: str, reference: str) -> AuthorityOrder:
        """The order, or raise `NotFound("order_not_found")`."""
        order = await self.store.authority_order(authority.strip(), reference.strip())
        if order is None:
            raise NotFound(
                "order_not_found",
                f"Aucune injonction {reference.strip()!r} de {authority.strip()!r} n'est"
                " enregistrée (causette order receive d'abord).",
            )
        return order

    async def acknowledge(
        self, authority: str, reference: str, *, by: str, at: float | None = None
    ) -> AuthorityOrder:
        """Note when the authority was told of the order's receipt (default: now)."""
        self._by(by)
        now = self.clock()
        order = acknowledge(await self.find(authority, reference), now if at is None else at, now)
        await self._save(order)
        await self._audit(order, "order_acknowledged", by, now)
        return order

    async def open_acts(self) -> list[AuthorityOrder]:
        """The orders to act against illegal content (Art. 9) not given effect yet, as
        the console offers them on a decision form (oldest receipt first)."""
        return [
            o for o in await self.store.authority_orders() if o.open and o.kind is OrderKind.ACT
        ]

    async def give_effect(
        self,
        order: AuthorityOrder,
        *,
        by: str,
        at: float | None = None,
        item: str | None = None,
        sanction: str | None = None,
    ) -> AuthorityOrder:
        """Note when the order was given effect (default: now), by the console's
        decision on `item` with `sanction` when given; see `domain.orders.give_effect`.
        Raise `Conflict("order_already_effected")` when it was given effect already
        (its message names the console decision that did, if any)."""
        self._by(by)
        now = self.clock()
        done = give_effect(order, now if at is None else at, now, item=item, sanction=sanction)
        await self._save(done)
        await self._audit(done, "order_effected", by, now)
        return done

    @staticmethod
    def _by(by: str) -> str:
        if not by.strip():
            raise InvalidInput(
                "order_operator_missing", "Indiquez qui enregistre cette étape.", field="operator"
            )
        return by.strip()

    async def _save(self, order: AuthorityOrder) -> None:
        if not await self.store.save_authority_order(order):
            raise Conflict(
                "order_already_effected", "Cette injonction a déjà été exécutée entre-temps."
            )

    async def _audit(self, order: AuthorityOrder, action: str, by: str, now: float) -> None:
        await self.store.append_audit(
            at=now,
            actor=self._by(by),
            action=action,
            target=order_target(order),
            reason=order.authority[:200],
            details={
                "kind": order.kind.value,
                "member_state": order.member_state,
                "received_at": order.received_at,
                "acknowledged_at": order.acknowledged_at,
                "effected_at": order.effected_at,
                # Which console decision executed the order (None: noted by hand).
                "item": order.effected_item,
                "sanction": order.effected_sanction,
            },
        )
