"""The moderators' queue and what the console shows about each item (read side).

Items are named `ticket:R-2026-000123` (a report) or `held:42` (held content),
ordered by `domain.queue`. `context()` gathers the messages around the content,
the author's other pseudonyms (same device, or same network in the last 30
days) with their recent messages, and their earlier sanctions.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from causette.domain.errors import NotFound
from causette.domain.guests import Guest
from causette.domain.ids import MessageId, RoomId, UserId
from causette.domain.queue import ItemKind, QueueItem, SignalKind, order_queue
from causette.domain.reports import TargetKind
from causette.domain.sanctions import DAY, Sanction
from causette.ports import Clock, HeldContent, TicketRecord
from causette.services.sanctions import SanctionCheck, Stores

__all__ = ["CaseFiles", "HeldVerdict", "Item"]


@dataclass(frozen=True, slots=True)
class HeldVerdict:
    """The stored moderation verdict of held content, as a statement of reasons reads it."""

    categories: tuple[str, ...]
    rules: tuple[str, ...]
    model_version: str


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

    def automated_verdict(self) -> HeldVerdict | None:
        """The filter's verdict when automated moderation detected this content."""
        if self.held is None:
            return None
        return HeldVerdict(
            tuple(self.verdict.get("categories") or ()),
            tuple(self.verdict.get("rules") or ()),
            str(self.verdict.get("model_version") or ""),
        )

    @property
    def category(self) -> str:
        cats = self.queue.categories
        return cats[0] if cats else "other"


# Conversation signals of the minors' protection are held as `signal:KIND:USER`
# (services/minors.py); the queue knows three kinds.
_SIGNALS = {
    "grooming": SignalKind.GROOMING,
    "age_lie_adult": SignalKind.AGE_LIE,
    "age_lie_minor": SignalKind.AGE_LIE,
    "many_minors": SignalKind.MANY_MINORS,
}
_SIGNAL_FR = {
    "grooming": "signal : risque de pédopiégeage",
    "age_lie_adult": "signal : un adulte déclaré qui écrit comme un enfant",
    "age_lie_minor": "signal : un mineur déclaré qui écrit comme un adulte",
    "many_minors": "signal : contacts avec de nombreux mineurs",
}


def _signal_kind(target: str) -> SignalKind | None:
    kind, _, rest = target.partition(":")
    if kind != "signal":
        return None
    return _SIGNALS.get(rest.partition(":")[0], SignalKind.GROOMING)


class CaseFiles:
    """Read the queue and its items. One instance per node."""

    def __init__(self, store: Stores, clock: Clock, check: SanctionCheck) -> None:
        self.store = store
        self.clock = clock
        self.check = check

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
        signal = _signal_kind(held.target)
        queue = QueueItem(
            id=f"held:{held.id}",
            kind=ItemKind.HELD if signal is None else ItemKind.SIGNAL,
            created_at=held.created_at,
            categories=tuple(verdict.get("categories") or ()),
            signal=signal,
            escalate=bool(verdict.get("escalate")),
        )
        where = held.target
        if signal is not None:
            where = _SIGNAL_FR.get(held.target.split(":")[1], "signal")
        elif held.target.startswith("room:"):
            where = await self._room_label(held.target.removeprefix("room:"))
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

    async def _room_label(self, room_id: str) -> str:
        room = await self.store.room(RoomId(room_id))
        return f"salon « {room.name if room else room_id} »"

    async def _target_facts(
        self, kind: TargetKind, ref: str, seq: int | None
    ) -> tuple[Guest | None, str, float | None, str]:
        if kind is TargetKind.MESSAGE and seq is not None:
            msgs = await self.store.room_messages_after(RoomId(ref), MessageId(seq - 1), 1)
            if msgs and msgs[0].id == seq:
                m = msgs[0]
                return await self.store.guest(m.sender), m.text, m.ts, await self._room_label(ref)
            return None, "(message introuvable ou effacé)", None, await self._room_label(ref)
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
        if kind is TargetKind.PHOTO:
            photo = await self.store.photo(ref)
            if photo is None:
                return None, f"photo {ref} (introuvable ou effacée)", None, "photo"
            # Shown as a description: the console shows no image yet (they would be blurred).
            text = f"photo {ref} ({photo.mime}, statut {photo.status})"
            return await self.store.guest(photo.uploader), text, photo.created_at, "photo"
        return None, ref, None, ""

    async def context(self, item: Item) -> dict[str, Any]:
        """Messages around the content, the author's other pseudonyms (same device or
        network) with their recent messages, their earlier sanctions, and the minors'
        protection's interim measures running on them (a decision on the signal lifts
        them)."""
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
        measures = [m for m in await self.store.running_minors_measures() if m.user in names]
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
            "measures": [
                {
                    "kind": m.kind,
                    "author": names.get(m.user, "?"),
                    "other": m.other,
                    "start": m.started_at,
                }
                for m in measures
            ],
        }
