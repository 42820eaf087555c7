"""How the desk reaches the live system: closing a sanctioned user's connections,
delivering released held content late, through the same store-then-publish path, and
telling reporters the decision on their report."""

from __future__ import annotations

import logging
from collections.abc import Callable

from causette.domain.ids import RoomId, UserId
from causette.ports import Broker, Clock, HeldContent, Identification, MessageStore, TicketRecord
from causette.protocol import envelope, events
from causette.services.desk import LateDelivery, Notify, ReportersTold, SignalClosed
from causette.services.hub import Hub
from causette.services.minors import MinorsProtection
from causette.services.reports import reporter_decision

__all__ = [
    "CLOSE_SANCTIONED",
    "make_late_delivery",
    "make_notifier",
    "make_reporter_notice",
    "make_signal_closer",
]

log = logging.getLogger(__name__)

# The session has ended: the same code as a refused token (web/ws.py), so the client
# goes back to its entry form instead of reconnecting; entering again shows the refusal
# with the statement's link.
CLOSE_SANCTIONED = 4401


def make_notifier(hub: Hub, store: MessageStore, clock: Clock) -> Notify:
    """Send a `notice` (code `sanctioned`) to the user's connections on every node
    (through "user:ID"); when `lock_out`, end the session first (its token stops
    working everywhere) and have every node close them after the notice, with
    `CLOSE_SANCTIONED`."""

    async def notify(user: UserId, text: str, lock_out: bool) -> None:
        frame = {"type": "notice", "code": "sanctioned", "message": text}
        if lock_out:
            await store.end_guest(user, clock())
            await hub.close_user(user, frame, CLOSE_SANCTIONED, "sanction")
            return
        channel = f"user:{user}"
        payload = envelope.pack_plain(events.encode(frame))
        try:
            await hub.broker.publish(channel, payload)
        except Exception:
            # Tell at least the connections on this node.
            log.warning("broker publish failed", extra={"channel": channel})
            for conn in list(hub.connections.get(user, ())):
                hub.send(conn, events.encode(frame))

    return notify


def make_reporter_notice(broker: Broker, link: Callable[[str], str]) -> ReportersTold:
    """Publish `report_decided` on each reporter's "user:ID" channel, so their open
    connections, on whatever node, show the decision when it is taken. Only what the
    receipt says goes out (`reporter_decision`, with `link(ticket)`: the decision's
    page). A lost publish is not retried: the
    client reads its receipts again when it reconnects."""

    async def tell(record: TicketRecord) -> None:
        decision = reporter_decision(record, link(record.ticket.number))
        if decision is None:
            return
        payload = envelope.pack_plain(events.report_decided(record.ticket.number, decision))
        for reporter in sorted(record.ticket.reporters):
            await _publish(broker, f"user:{reporter}", payload)

    return tell


def make_late_delivery(store: MessageStore, broker: Broker, clock: Clock) -> LateDelivery:
    async def deliver(held: HeldContent) -> None:
        kind, _, ident = held.target.partition(":")
        sender = await store.guest(held.sender)
        if sender is None:
            return
        profile = events.user_obj(sender.public())
        now = clock()
        if kind == "room":
            msg = await store.append_room_message(
                RoomId(ident), held.sender, held.text, now, late=True
            )
            await _identify(store, held, "message", f"room:{ident}:{msg.id}")
            payload = envelope.pack_sequenced(msg.id, held.sender, events.message(msg, profile))
            await _publish(broker, f"room:{ident}", payload)
        elif kind == "dm":
            recipient = await store.guest(UserId(ident))
            if recipient is None:
                return
            dm = await store.append_dm(held.sender, recipient.id, held.text, now, late=True)
            await _identify(store, held, "dm", f"dm:{dm.id}")
            other = events.user_obj(recipient.public())
            for user, seq in ((dm.sender, dm.sender_seq), (dm.recipient, dm.recipient_seq)):
                data = envelope.pack_sequenced(seq, dm.sender, events.dm(dm, seq, profile, other))
                await _publish(broker, f"user:{user}", data)

    return deliver


async def _identify(store: MessageStore, held: HeldContent, kind: str, ref: str) -> None:
    """Give released content the identification record (décret 2021-1362) of the
    connection that sent it: the `held:ID` record written when it was held, at the time
    it was sent (not the release: the address and port were in use then). Without
    that record (a store that wrote none) nothing is invented."""
    records = getattr(store, "identification_records", None)
    if records is None:
        return
    found: list[Identification] = await records(ref=f"held:{held.id}", limit=1)
    if found:
        sent = found[0]
        await store.record_identification(
            Identification(kind, ref, held.sender, sent.ip, sent.port, sent.at)
        )


async def _publish(broker: Broker, channel: str, data: bytes) -> None:
    try:
        await broker.publish(channel, data)
    except Exception:
        # Committed already: nodes catch up from the store (gap fill, resume).
        log.warning("broker publish failed", extra={"channel": channel})


def make_signal_closer(minors: MinorsProtection) -> SignalClosed:
    """Once a moderator decided on a minors' protection signal, its interim measures
    (conversation held, adult restricted, suspension pending review) end on every
    node: the decision, or its sanction, takes over."""

    async def closed(user: UserId, moderator: str, now: float) -> None:
        await minors.lift(user, moderator, now)

    return closed
