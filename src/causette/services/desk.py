"""The moderators' desk: every action a moderator takes on a queue item.

Each action needs a reason. One that restricts someone is a `Sanction` with its
statement of reasons (DSA Art. 17), delivered to the person's open connections
(`Notify`); every action adds a decision record (Art. 15, 24) and an audit
entry; the reporters of a decided report are told at once (`ReportersTold`,
Art. 16(5)). A decision may execute an order from an authority (DSA Art. 9): it is
then recorded as such (source `authority_order`), gives effect to the order at its
time (`Orders.give_effect`, audit `order_effected` naming the item and sanction) and
its statement of reasons names the authority and the order (Art. 9(5)). Warnings and
removals are strikes: past the policy's threshold, after a warning, an automatic
suspension follows (Art. 23); reports dismissed as manifestly unfounded are strikes
of their own kind against their reporters.
"""

from __future__ import annotations

import math
import secrets
from collections.abc import Awaitable, Callable
from typing import Any

from causette.domain.audit import SYSTEM_ACTOR
from causette.domain.errors import Conflict, InvalidInput
from causette.domain.guests import Guest
from causette.domain.ids import RoomId, UserId
from causette.domain.orders import AuthorityOrder, executable
from causette.domain.reasons import Facts, VerdictLike, statement_for
from causette.domain.reports import TargetKind
from causette.domain.sanctions import Binding, Sanction, SanctionKind, check_duration
from causette.domain.strikes import (
    Strike,
    StrikeDecision,
    StrikeKind,
    StrikePolicy,
    auto_suspension,
    evaluate,
)
from causette.domain.transparency import DecisionRecord, Source
from causette.ports import Clock, HeldContent, TicketRecord
from causette.services.casefile import CaseFiles, Item
from causette.services.orders import Orders
from causette.services.sanctions import SanctionCheck, Stores

__all__ = [
    "ACTIONS",
    "Desk",
    "LateDelivery",
    "Notify",
    "ReportersTold",
    "SignalClosed",
    "new_id",
]

ACTIONS = ("dismiss", "remove", "release", "warn", "mute", "suspend", "ban", "close_room")
_KINDS = {
    "remove": SanctionKind.CONTENT_REMOVAL,
    "warn": SanctionKind.WARNING,
    "mute": SanctionKind.MUTE,
    "suspend": SanctionKind.SUSPENSION,
    "ban": SanctionKind.BAN,
    "close_room": SanctionKind.ROOM_CLOSURE,
}
_STRIKING = frozenset({SanctionKind.WARNING, SanctionKind.CONTENT_REMOVAL})
_REMOVABLE = frozenset({TargetKind.MESSAGE, TargetKind.DM, TargetKind.PHOTO})
_LOCKING_OUT = frozenset({SanctionKind.SUSPENSION, SanctionKind.BAN})

Notify = Callable[[UserId, str, bool], Awaitable[None]]
"""(user, French text, lock_out): tell a user's open connections; with `lock_out`,
end the session and close them (suspension, ban)."""
LateDelivery = Callable[[HeldContent], Awaitable[None]]
"""Deliver released held content through the normal path, marked `late`."""
SignalClosed = Callable[[UserId, str, float], Awaitable[None]]
"""(user, moderator, now): a moderator decided on a minors' protection signal about
this user; its interim measures are lifted."""
ReportersTold = Callable[[TicketRecord], Awaitable[None]]
"""A ticket was decided: tell its reporters at once (DSA Art. 16(5)), on every node."""

_TAKEN = "Un autre modérateur a déjà traité cet élément."


def new_id(prefix: str) -> str:
    return prefix + secrets.token_urlsafe(9)


class Desk:
    """Moderator actions. `moderator` arguments are moderator ids (or `system`)."""

    def __init__(
        self,
        store: Stores,
        clock: Clock,
        check: SanctionCheck,
        files: CaseFiles,
        *,
        notify: Notify,
        deliver_late: LateDelivery,
        signal_closed: SignalClosed | None = None,
        tell_reporters: ReportersTold | None = None,
        policy: StrikePolicy | None = None,
        unfounded_policy: StrikePolicy | None = None,
        orders: Orders | None = None,
    ) -> None:
        self.store = store
        self.orders = orders or Orders(store, clock)
        self.clock = clock
        self.check = check
        self.files = files
        self.notify = notify
        self.deliver_late = deliver_late
        self.signal_closed = signal_closed
        self.tell_reporters = tell_reporters
        self.policies = {
            StrikeKind.CONTENT: policy or StrikePolicy(),
            StrikeKind.UNFOUNDED_REPORT: unfounded_policy
            or StrikePolicy(kind=StrikeKind.UNFOUNDED_REPORT),
        }

    async def act(
        self,
        moderator: str,
        item_id: str,
        action: str,
        reason: str,
        *,
        duration: float | None = None,
        category: str | None = None,
        bind_network: bool = True,
        unfounded: bool = False,
        order: tuple[str, str] | None = None,
    ) -> Sanction | None:
        """Take `action` on an item; return the sanction it produced, if any.

        `bind_network=False` spares a shared network (the sanction binds session
        and device only). `unfounded` (with `dismiss` on a report) counts a strike
        against each reporter. `order` (authority, reference) names an open order to
        act against illegal content (DSA Art. 9) that this decision executes: the
        order is given effect at the decision's time, by `moderator`. Raise
        `InvalidInput` for an unknown action, a missing reason or a bad duration,
        `InvalidInput("order_action_invalid")` for an order with `dismiss` or
        `release`, `NotFound("order_not_found")`, `InvalidInput("order_kind_not_act")`
        or `Conflict("order_already_effected")` for an order that cannot be executed;
        `Conflict("item_closed")` when another moderator acted first. Nothing is
        changed on any refusal.
        """
        if action not in ACTIONS:
            raise InvalidInput("action_invalid", "Action inconnue.", field="action")
        if order is not None and action not in _KINDS:
            # Art. 9 asks to act against the content: a dismissal or a late publication
            # executes nothing.
            raise InvalidInput(
                "order_action_invalid",
                "Une injonction d'une autorité s'exécute par une mesure contre le contenu"
                " ou son auteur (retrait, fermeture du salon, sanction), pas par"
                " « Classer sans suite » ni « Publier ».",
                field="order",
            )
        if not reason.strip():
            raise InvalidInput(
                "reason_missing", "Indiquez le motif de la décision.", field="reason"
            )
        if duration is not None and not math.isfinite(duration):
            raise InvalidInput(
                "sanction_duration_invalid", "La durée n'est pas valide.", field="duration"
            )
        item = await self.files.item(item_id)
        now = self.clock()
        category = category or item.category
        kind = _KINDS.get(action)
        if kind is not None and item.author is None:
            raise InvalidInput("no_author", "L'auteur de ce contenu est introuvable.")
        if action == "release" and (item.held is None or item.queue.signal is not None):
            raise InvalidInput("action_invalid", "Seul un contenu retenu peut être publié.")
        if unfounded and (action != "dismiss" or item.ticket is None):
            raise InvalidInput(
                "action_invalid", "Seul un signalement classé peut être jugé infondé."
            )
        target_kind = item.ticket.ticket.target.kind if item.ticket is not None else None
        if action == "close_room" and target_kind is not TargetKind.ROOM:
            raise InvalidInput("action_invalid", "Seul un salon signalé peut être fermé.")
        if action == "remove" and item.held is None and target_kind not in _REMOVABLE:
            raise InvalidInput("action_invalid", "Seul un message peut être retiré.")
        if kind is not None:
            check_duration(kind, duration)  # before claiming: a refusal changes nothing
        executed: AuthorityOrder | None = None
        if order is not None:
            executed = await self.orders.find(*order)
            executable(executed, now, now)  # before claiming, like the duration
        sanction_id = new_id("s_") if kind is not None else None
        # Claim the item first: of two moderators acting at once, one wins, the other
        # changes nothing.
        if item.held is not None:
            status = "released" if action == "release" else "removed"
            if not await self.store.set_held_status(item.held.id, status):
                raise Conflict("item_closed", _TAKEN)
        if item.ticket is not None and not await self.store.close_ticket(
            item.ticket.ticket.number,
            status="dismissed" if action == "dismiss" else "actioned",
            decision=action,
            at=now,
            by=moderator,
            sanction_id=sanction_id,
        ):
            raise Conflict("item_closed", _TAKEN)
        if item.queue.signal is not None and item.held is not None and self.signal_closed:
            await self.signal_closed(item.held.sender, moderator, now)
        sanction = None
        if action == "release" and item.held is not None:
            await self.deliver_late(item.held)
        elif kind is not None and item.author is not None and sanction_id is not None:
            sanction = await self.sanction(
                moderator,
                kind,
                item.author,
                reason,
                duration=duration,
                category=category,
                item=item,
                now=now,
                sanction_id=sanction_id,
                bind_network=bind_network,
                order=executed,
            )
        source = Source.OWN_INITIATIVE
        if item.ticket is not None:
            source = Source.TRUSTED_FLAGGER if item.ticket.ticket.trusted_flagger else Source.NOTICE
        order_details: dict[str, Any] = {}
        if executed is not None:
            source = Source.AUTHORITY_ORDER  # Art. 15(1)(a), 24: counted as an order
            order_details = await self._give_effect(executed, moderator, now, item, sanction)
        await self.store.add_decision(
            DecisionRecord(
                category,
                kind.value if kind is not None else action,
                False,
                source,
                item.queue.created_at,
                now,
            )
        )
        await self.store.append_audit(
            at=now,
            actor=moderator,
            action=action,
            target=item.id,
            reason=reason.strip(),
            details={
                "sanction": sanction.id if sanction else None,
                "content": item.target,
                "category": category,
                "duration": duration,
                "bind_network": bind_network,
                "unfounded": unfounded,
                **order_details,
            },
        )
        if item.ticket is not None and self.tell_reporters is not None:
            decided = await self.store.ticket(item.ticket.ticket.number)
            if decided is not None:
                await self.tell_reporters(decided)
        if unfounded and item.ticket is not None:
            for reporter in sorted(item.ticket.ticket.reporters):
                guest = await self.store.guest(reporter)
                if guest is not None:
                    await self._strike(
                        guest,
                        StrikeKind.UNFOUNDED_REPORT,
                        f"ticket:{item.ticket.ticket.number}",
                        now,
                    )
        return sanction

    async def _give_effect(
        self,
        order: AuthorityOrder,
        moderator: str,
        now: float,
        item: Item,
        sanction: Sanction | None,
    ) -> dict[str, Any]:
        """Give effect to `order` by this decision; the decision's audit details."""
        try:
            done = await self.orders.give_effect(
                order,
                by=moderator,
                at=now,
                item=item.id,
                sanction=sanction.id if sanction else None,
            )
        except Conflict:
            # Another decision gave effect to the same order between our check and
            # now: this measure executes it too (its statement says so), the order
            # keeps the first effect.
            done = await self.orders.find(order.authority, order.reference)
        return {
            "order": {
                "authority": order.authority,
                "reference": order.reference,
                "member_state": order.member_state,
                "effected_at": done.effected_at,
                "effected_item": done.effected_item,
            }
        }

    async def sanction(
        self,
        moderator: str,
        kind: SanctionKind,
        user: Guest,
        reason: str,
        *,
        duration: float | None,
        category: str,
        item: Item | None,
        now: float,
        sanction_id: str | None = None,
        bind_network: bool = True,
        order: AuthorityOrder | None = None,
    ) -> Sanction:
        """Decide, store and enforce one sanction with its statement of reasons (which
        names `order`, the order from an authority it executes, if any).

        Raise `InvalidInput("sanction_duration_invalid")` when `duration` does not
        fit `kind` (nothing is stored then).
        """
        sanction = Sanction(
            id=sanction_id or new_id("s_"),
            kind=kind,
            binding=await self.binding(user, network=bind_network),
            start=now,
            duration=duration,
            decided_by=moderator,
            reason=reason.strip(),
            category=category,
            target=item.target if item else None,
            ticket=item.ticket.ticket.number if item and item.ticket else None,
        )
        await self._store_sanction(
            sanction, item, item.automated_verdict() if item else None, order=order
        )
        if item is not None and item.ticket is not None:
            t = item.ticket.ticket.target
            if kind is SanctionKind.CONTENT_REMOVAL and t.kind is TargetKind.MESSAGE:
                await self.store.remove_room_message(RoomId(t.ref), t.seq or 0)
            elif kind is SanctionKind.CONTENT_REMOVAL and t.kind is TargetKind.DM:
                await self.store.remove_dm(int(t.ref))
            elif kind is SanctionKind.CONTENT_REMOVAL and t.kind is TargetKind.PHOTO:
                await self.store.set_photo_status(t.ref, "removed")
            elif kind is SanctionKind.ROOM_CLOSURE and t.kind is TargetKind.ROOM:
                await self.store.close_room(RoomId(t.ref), now)
        if kind in _STRIKING:
            await self._strike(user, StrikeKind.CONTENT, sanction.id, now)
        return sanction

    async def binding(self, user: Guest, *, network: bool = True) -> Binding:
        """What a sanction of `user` sticks to: session, device and (unless spared) network."""
        nkey = self.check.network_key(await self.store.entry_ip(user.id)) if network else None
        return Binding(user.id, self.check.device_key(user.device_hash), nkey)

    async def _store_sanction(
        self,
        sanction: Sanction,
        item: Item | None,
        verdict: VerdictLike | None,
        *,
        order: AuthorityOrder | None = None,
    ) -> None:
        facts = Facts(item.content, item.at, item.where) if item else Facts(sanction.reason)
        statement = statement_for(
            sanction,
            facts=facts,
            appeal_url=self.check.link(sanction.id),
            verdict=verdict,
            order=order,
        )
        await self.check.add(sanction, {**statement.to_json(), "text_fr": statement.render_fr()})
        # Art. 9(5): the person is told at once that the measure executes an order.
        ordered = (
            ""
            if order is None
            else f"Sur injonction de {order.authority} (référence {order.reference}). "
        )
        text = (
            f"Décision de modération : {statement.restriction_fr} {ordered}"
            f"Motifs et recours : {self.check.link(sanction.id)}"
        )
        await self.notify(sanction.binding.user, text, sanction.kind in _LOCKING_OUT)

    async def _strike(self, user: Guest, kind: StrikeKind, source: str, now: float) -> None:
        """Count one strike; warn, or suspend automatically, as the policy says."""
        await self.store.add_strike(Strike(new_id("k_"), user.id, kind, now, source))
        policy = self.policies[kind]
        last_auto = max(
            (
                s.start
                for s in await self.store.sanctions_of(user.id)
                if s.automated
                and s.kind is SanctionKind.SUSPENSION
                and s.category == "repeat_" + kind.value
            ),
            default=None,
        )
        outcome = evaluate(
            await self.store.strikes_of(user.id), now, policy, last_suspension_at=last_auto
        )
        counted = [s.id for s in outcome.counted]
        if outcome.decision is StrikeDecision.WARN:
            await self.store.save_strike(outcome.counted[-1].mark_warned())
            await self.store.append_audit(
                at=now,
                actor=SYSTEM_ACTOR,
                action="strike_warning",
                target=f"user:{user.id}",
                reason="seuil atteint : avertissement avant suspension",
                details={"kind": kind.value, "strikes": counted},
            )
            await self.notify(user.id, _WARNING_FR[kind], False)
        elif outcome.decision is StrikeDecision.SUSPEND:
            auto = auto_suspension(
                outcome, sanction_id=new_id("s_"), binding=await self.binding(user), now=now
            )
            await self._store_sanction(auto, None, None)
            await self.store.add_decision(
                DecisionRecord(
                    auto.category, auto.kind.value, True, Source.OWN_INITIATIVE, now, now
                )
            )
            await self.store.append_audit(
                at=now,
                actor=SYSTEM_ACTOR,
                action="auto_suspend",
                target=f"user:{user.id}",
                reason=auto.reason,
                details={"sanction": auto.id, "kind": kind.value, "strikes": counted},
            )


_WARNING_FR = {
    StrikeKind.CONTENT: (
        "Avertissement : plusieurs de vos messages ont enfreint les règles. "
        "Une nouvelle infraction entraînera une suspension."
    ),
    StrikeKind.UNFOUNDED_REPORT: (
        "Avertissement : plusieurs de vos signalements étaient manifestement infondés. "
        "Un nouveau signalement abusif entraînera une suspension."
    ),
}


def summary_of(sanction: Sanction) -> dict[str, Any]:
    """A sanction as the console lists it."""
    return {
        "id": sanction.id,
        "kind": sanction.kind.value,
        "start": sanction.start,
        "reason": sanction.reason,
        "by": sanction.decided_by,
        "lifted": sanction.lifted_at is not None,
    }
