"""The moderators' desk: the queue, its context, and every action a moderator takes.

Each action needs a reason, produces a statement of reasons when it restricts
someone (DSA Art. 17), a decision record (Art. 15, 24) and an audit entry.
Items are named `ticket:R-2026-000123` (a report) or `held:42` (held content).
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from causette.domain.appeals import Appeal, AppealOutcome, decide_appeal, file_appeal
from causette.domain.audit import SYSTEM_ACTOR
from causette.domain.errors import Conflict, InvalidInput, NotFound
from causette.domain.guests import Guest
from causette.domain.ids import MessageId, RoomId, UserId
from causette.domain.queue import ItemKind, QueueItem, order_queue
from causette.domain.reasons import Facts, statement_for
from causette.domain.reports import TargetKind
from causette.domain.sanctions import DAY, Binding, Sanction, SanctionKind
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
from causette.services.sanctions import SanctionCheck, Stores

__all__ = ["ACTIONS", "Desk", "Item", "Kick", "LateDelivery"]

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

Kick = Callable[[UserId, str], Awaitable[None]]
"""Close the open connections of a user (reason text) and end the session."""
LateDelivery = Callable[[HeldContent], Awaitable[None]]
"""Deliver released held content through the normal path, marked `late`."""


@dataclass
class Item:
    """A queue line with what the console shows about it."""

    id: str
    queue: QueueItem
    target: str
    author: Guest | None
    content: str
    at: float | None
    where: str
    ticket: TicketRecord | None = None
    held: HeldContent | None = None
    verdict: dict[str, Any] = field(default_factory=dict)

    @property
    def category(self) -> str:
        cats = self.queue.categories
        return cats[0] if cats else "other"


def _new_id(prefix: str) -> str:
    return prefix + secrets.token_urlsafe(9)


class Desk:
    """Moderator use cases. `moderator` arguments are moderator ids (or `system`)."""

    def __init__(
        self,
        store: Stores,
        clock: Clock,
        check: SanctionCheck,
        *,
        kick: Kick,
        deliver_late: LateDelivery,
        policy: StrikePolicy | None = None,
    ) -> None:
        self.store = store
        self.clock = clock
        self.check = check
        self.kick = kick
        self.deliver_late = deliver_late
        self.policy = policy or StrikePolicy()

    # -- the queue -----------------------------------------------------------
    async def queue(self) -> list[Item]:
        """Open tickets and held content, in the order `domain.queue` gives."""
        items = [await self._ticket_item(t) for t in await self.store.open_tickets()]
        items += [await self._held_item(h) for h in await self.store.held_items()]
        order = {q.id: i for i, q in enumerate(order_queue(i.queue for i in items))}
        return sorted(items, key=lambda i: order[i.queue.id])

    async def item(self, item_id: str) -> Item:
        kind, _, ident = item_id.partition(":")
        if kind == "ticket":
            record = await self.store.ticket(ident)
            if record is not None:
                return await self._ticket_item(record)
        elif kind == "held" and ident.isdigit():
            held = await self.store.held(int(ident))
            if held is not None:
                return await self._held_item(held)
        raise NotFound("item_not_found", "Cet élément n'existe pas.")

    async def _ticket_item(self, record: TicketRecord) -> Item:
        t = record.ticket
        author, content, at, where = await self._target_facts(
            t.target.kind, t.target.ref, t.target.seq
        )
        queue = QueueItem(
            id=f"ticket:{t.number}",
            kind=ItemKind.REPORT,
            created_at=t.opened_at,
            categories=(t.category,),
            life_in_danger=t.life_in_danger,
            trusted_flagger=t.trusted_flagger,
        )
        return Item(queue.id, queue, t.target.key(), author, content, at, where, ticket=record)

    async def _held_item(self, held: HeldContent) -> Item:
        try:
            verdict: dict[str, Any] = json.loads(held.verdict)
        except ValueError:
            verdict = {}
        queue = QueueItem(
            id=f"held:{held.id}",
            kind=ItemKind.HELD,
            created_at=held.created_at,
            categories=tuple(verdict.get("categories") or ()),
            escalate=bool(verdict.get("escalate")),
        )
        where = held.target
        if held.target.startswith("room:"):
            where = f"salon « {held.target.removeprefix('room:')} »"
        elif held.target.startswith("dm:"):
            where = "message privé"
        return Item(
            queue.id,
            queue,
            held.target,
            await self.store.guest(held.sender),
            held.text,
            held.created_at,
            where,
            held=held,
            verdict=verdict,
        )

    async def _target_facts(
        self, kind: TargetKind, ref: str, seq: int | None
    ) -> tuple[Guest | None, str, float | None, str]:
        if kind is TargetKind.MESSAGE and seq is not None:
            msgs = await self.store.room_messages_after(RoomId(ref), MessageId(seq - 1), 1)
            if msgs and msgs[0].id == seq:
                m = msgs[0]
                return await self.store.guest(m.sender), m.text, m.ts, f"salon « {ref} »"
            return None, "(message introuvable ou effacé)", None, f"salon « {ref} »"
        if kind is TargetKind.DM:
            dm = await self.store.dm(int(ref))
            if dm is not None:
                return await self.store.guest(dm.sender), dm.text, dm.ts, "message privé"
            return None, "(message introuvable ou effacé)", None, "message privé"
        if kind is TargetKind.USER:
            guest = await self.store.guest(UserId(ref))
            return guest, f"pseudo « {guest.pseudonym if guest else ref} »", None, "profil"
        if kind is TargetKind.ROOM:
            room = await self.store.room(RoomId(ref))
            creator = await self.store.guest(room.created_by) if room and room.created_by else None
            text = f"{room.name} : {room.topic}" if room else ref
            return creator, text, room.created_at if room else None, "salon"
        return None, ref, None, ""

    async def context(self, item: Item) -> dict[str, Any]:
        """Messages around the content, the author's other pseudonyms (same device or
        network) with their recent messages, and their earlier sanctions."""
        around: list[dict[str, Any]] = []
        target = item.ticket.ticket.target if item.ticket else None
        if target is not None and target.kind is TargetKind.MESSAGE and target.seq is not None:
            room = RoomId(target.ref)
            before = await self.store.room_messages_before(room, MessageId(target.seq + 1), 6)
            after = await self.store.room_messages_after(room, MessageId(target.seq), 5)
            names = {
                g.id: g.pseudonym
                for g in await self.store.guests([m.sender for m in before + after])
            }
            for m in before + after:
                around.append(
                    {
                        "at": m.ts,
                        "author": names.get(m.sender, "?"),
                        "text": m.text,
                        "flagged": m.id == target.seq,
                    }
                )
        related: list[Guest] = []
        if item.author is not None:
            related = [item.author]
            if item.author.device_hash:
                related += await self.store.guests_with_device(item.author.device_hash)
            nkey = self.check.network_key(await self.store.entry_ip(item.author.id))
            if nkey is not None:
                since = self.clock() - 30 * DAY
                same = [
                    e.user
                    for e in await self.store.entries_since(since, 500)
                    if self.check.network_key(e.ip) == nkey
                ]
                related += await self.store.guests(same[:20])
        unique = list({g.id: g for g in related}.values())
        history = await self.store.messages_by([g.id for g in unique], 20)
        names = {g.id: g.pseudonym for g in unique}
        sanctions: list[Sanction] = []
        for g in unique:
            sanctions += await self.store.sanctions_of(g.id)
        return {
            "around": around,
            "pseudonyms": [
                {"id": g.id, "pseudonym": g.pseudonym, "age": g.age, "created_at": g.created_at}
                for g in unique
            ],
            "history": [
                {"at": m.ts, "author": names.get(m.sender, "?"), "room": m.room, "text": m.text}
                for m in history
            ],
            "sanctions": [
                {
                    "id": s.id,
                    "kind": s.kind.value,
                    "start": s.start,
                    "reason": s.reason,
                    "lifted": s.lifted_at is not None,
                }
                for s in sorted(sanctions, key=lambda s: s.start)
            ],
        }

    # -- actions -------------------------------------------------------------
    async def act(
        self,
        moderator: str,
        item_id: str,
        action: str,
        reason: str,
        *,
        duration: float | None = None,
        category: str | None = None,
    ) -> Sanction | None:
        """Take `action` on an item; return the sanction it produced, if any.

        Raise `InvalidInput` for an unknown action, a missing reason or a bad
        duration, `Conflict("item_closed")` when another moderator acted first.
        """
        if action not in ACTIONS:
            raise InvalidInput("action_invalid", "Action inconnue.", field="action")
        if not reason.strip():
            raise InvalidInput(
                "reason_missing", "Indiquez le motif de la décision.", field="reason"
            )
        item = await self.item(item_id)
        now = self.clock()
        category = category or item.category
        sanction: Sanction | None = None
        if action == "release":
            if item.held is None:
                raise InvalidInput("action_invalid", "Seul un contenu retenu peut être publié.")
            if not await self.store.set_held_status(item.held.id, "released"):
                raise Conflict("item_closed", "Un autre modérateur a déjà traité cet élément.")
            await self.deliver_late(item.held)
        elif action == "dismiss":
            if item.held is not None and not await self.store.set_held_status(
                item.held.id, "removed"
            ):
                raise Conflict("item_closed", "Un autre modérateur a déjà traité cet élément.")
        else:
            kind = _KINDS[action]
            if item.author is None:
                raise InvalidInput("no_author", "L'auteur de ce contenu est introuvable.")
            if item.held is not None and not await self.store.set_held_status(
                item.held.id, "removed"
            ):
                raise Conflict("item_closed", "Un autre modérateur a déjà traité cet élément.")
            sanction = await self.sanction(
                moderator,
                kind,
                item.author,
                reason,
                duration=duration,
                category=category,
                item=item,
                now=now,
            )
        if item.ticket is not None:
            status = "dismissed" if action == "dismiss" else "actioned"
            if not await self.store.close_ticket(
                item.ticket.ticket.number,
                status=status,
                decision=action,
                at=now,
                by=moderator,
                sanction_id=sanction.id if sanction else None,
            ):
                raise Conflict("item_closed", "Un autre modérateur a déjà traité cet élément.")
        source = Source.OWN_INITIATIVE
        if item.ticket is not None:
            source = Source.TRUSTED_FLAGGER if item.ticket.ticket.trusted_flagger else Source.NOTICE
        await self.store.add_decision(
            DecisionRecord(
                category,
                sanction.kind.value if sanction else action,
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
            },
        )
        return sanction

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
        verdict: Any = None,
    ) -> Sanction:
        """Decide, store and enforce one sanction with its statement of reasons."""
        ip = await self.store.entry_ip(user.id)
        binding = Binding(
            user.id, self.check.device_key(user.device_hash), self.check.network_key(ip)
        )
        sanction = Sanction(
            id=_new_id("s_"),
            kind=kind,
            binding=binding,
            start=now,
            duration=duration,
            decided_by=moderator,
            reason=reason.strip(),
            category=category,
            target=item.target if item else None,
            ticket=item.ticket.ticket.number if item and item.ticket else None,
        )
        await self._store_sanction(sanction, item, verdict)
        if item is not None and kind is SanctionKind.CONTENT_REMOVAL and item.ticket:
            t = item.ticket.ticket.target
            if t.kind is TargetKind.MESSAGE and t.seq is not None:
                await self.store.remove_room_message(RoomId(t.ref), t.seq)
            elif t.kind is TargetKind.DM:
                await self.store.remove_dm(int(t.ref))
        if kind is SanctionKind.ROOM_CLOSURE and item is not None and item.ticket:
            await self.store.close_room(RoomId(item.ticket.ticket.target.ref), now)
        if kind in _STRIKING:
            await self._strike(user, sanction, now)
        return sanction

    async def _store_sanction(self, sanction: Sanction, item: Item | None, verdict: Any) -> None:
        facts = Facts(item.content, item.at, item.where) if item else Facts(sanction.reason)
        statement = statement_for(
            sanction, facts=facts, appeal_url=self.check.link(sanction.id), verdict=verdict
        )
        await self.store.add_sanction(
            sanction, {**statement.to_json(), "text_fr": statement.render_fr()}
        )
        if sanction.kind in (SanctionKind.SUSPENSION, SanctionKind.BAN):
            await self.kick(sanction.binding.user, self.check.link(sanction.id))

    async def _strike(self, user: Guest, sanction: Sanction, now: float) -> None:
        await self.store.add_strike(
            Strike(_new_id("k_"), user.id, StrikeKind.CONTENT, now, sanction.id)
        )
        strikes = await self.store.strikes_of(user.id)
        last_auto = max(
            (
                s.start
                for s in await self.store.sanctions_of(user.id)
                if s.automated and s.kind is SanctionKind.SUSPENSION
            ),
            default=None,
        )
        outcome = evaluate(strikes, now, self.policy, last_suspension_at=last_auto)
        if outcome.decision is StrikeDecision.WARN:
            await self.store.save_strike(outcome.counted[-1].mark_warned())
            await self.store.append_audit(
                at=now,
                actor=SYSTEM_ACTOR,
                action="strike_warning",
                target=f"user:{user.id}",
                reason="seuil d'infractions atteint : avertissement avant suspension",
                details={"strikes": [s.id for s in outcome.counted]},
            )
        elif outcome.decision is StrikeDecision.SUSPEND:
            auto = auto_suspension(
                outcome, sanction_id=_new_id("s_"), binding=sanction.binding, now=now
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
                details={"sanction": auto.id, "strikes": [s.id for s in outcome.counted]},
            )

    # -- appeals ---------------------------------------------------------------
    async def file_appeal(self, sanction_id: str, token: str, text: str) -> Appeal:
        """Open an appeal with the link's token as proof (the person may be locked out)."""
        from causette.domain.appeals import check_appeal_token

        sanction = await self.store.sanction(sanction_id)
        if sanction is None or not check_appeal_token(self.check.secret, sanction_id, token):
            raise NotFound("sanction_not_found", "Cette décision n'existe pas.")
        if any(
            a.outcome is AppealOutcome.PENDING for a in await self.store.appeals_of(sanction_id)
        ):
            raise Conflict("appeal_pending", "Un recours est déjà en cours d'examen.")
        now = self.clock()
        appeal = file_appeal(
            sanction, appeal_id=_new_id("a_"), appellant=sanction.binding.user, text=text, now=now
        )
        await self.store.add_appeal(appeal)
        await self.store.append_audit(
            at=now,
            actor=f"user:{sanction.binding.user}",
            action="appeal_filed",
            target=f"sanction:{sanction_id}",
            reason=appeal.text[:200],
            details={"appeal": appeal.id},
        )
        return appeal

    async def decide_appeal(
        self, moderator: str, appeal_id: str, outcome: str, explanation: str
    ) -> Appeal:
        appeal = await self.store.appeal(appeal_id)
        if appeal is None:
            raise NotFound("appeal_not_found", "Ce recours n'existe pas.")
        sanction = await self.store.sanction(appeal.sanction_id)
        if sanction is None:
            raise NotFound("sanction_not_found", "Cette décision n'existe pas.")
        try:
            chosen = AppealOutcome(outcome)
        except ValueError:
            raise InvalidInput(
                "appeal_outcome_invalid", "Choisissez : confirmer ou annuler."
            ) from None
        now = self.clock()
        result = decide_appeal(
            appeal,
            sanction,
            moderator=moderator,
            outcome=chosen,
            explanation=explanation,
            now=now,
            strikes=await self.store.strikes_of(sanction.binding.user),
        )
        if not await self.store.save_appeal(result.appeal):
            raise Conflict("appeal_already_decided", "Ce recours a déjà été tranché.")
        if chosen is AppealOutcome.REVERSED:
            await self.store.lift_sanction(sanction.id, now, moderator)
            for strike in result.removed_strikes:
                await self.store.save_strike(strike)
        await self.store.add_decision(
            DecisionRecord(
                sanction.category,
                f"appeal_{chosen.value}",
                False,
                Source.NOTICE,
                appeal.filed_at,
                now,
            )
        )
        await self.store.append_audit(
            at=now,
            actor=moderator,
            action=f"appeal_{chosen.value}",
            target=f"sanction:{sanction.id}",
            reason=result.appeal.explanation,
            details={"appeal": appeal.id},
        )
        return result.appeal
