"""Local delivery on one node: who is connected here, and what they must receive.

Every node subscribes to the broker channels of the rooms and users its
connections need ("room:ID", "user:ID"), and delivers each event to its local
connections in sequence order:

- an event is wrapped into a transport frame once, then the same bytes are
  queued for every recipient;
- frames queued for one recipient within one event-loop turn are written with
  one `write()` (coalescing: one system call per recipient per turn, not per frame);
- a connection whose transport buffer passes `send_queue_max` is closed (it will
  resume), never allowed to slow the room;
- sequenced events arriving out of order are held until the gap fills, and a gap
  that lasts is filled from the store (the broker is never the source of truth).
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Protocol

from causette.domain.guests import Guest
from causette.domain.ids import RoomId, UserId
from causette.domain.rooms import Room
from causette.ports import Broker, Subscription
from causette.protocol import envelope

__all__ = ["Connection", "Feed", "Hub", "Peer", "closing_payload"]

log = logging.getLogger(__name__)

CLOSE_TOO_SLOW = 1013  # "try again later": the client resumes from its last ids
RESYNC_CHUNK = 500
RESYNC_ROUNDS = 20
RESYNC_PARALLEL = 8  # feeds caught up at once (bounded pressure on the store's pool)
# A plain payload on "user:ID" that starts with this is an order to every node: send
# the rest of the object to the user's connections, then close them (sanctions).
_CLOSING = b'{"_close":'


def closing_payload(frame: Mapping[str, Any], code: int, reason: str) -> bytes:
    """The plain envelope for "user:ID" that makes every node send `frame` (a client
    JSON object) to the user's connections and then close them with `code`.

    The marker comes first so that nodes recognise it without decoding the JSON of
    every other payload; it is removed before the frame reaches the client."""
    obj = {"_close": [code, reason], **frame}
    body = json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode()
    return envelope.pack_plain(body)


class Peer(Protocol):
    """The transport side of one client connection."""

    def write(self, data: bytes) -> None: ...

    def buffered(self) -> int:
        """Bytes written but not yet sent by the transport."""

    def close(self, code: int, reason: str) -> None:
        """Close soon with this WebSocket close code; must not raise."""


class Sub:
    """One connection's position in one feed: the last sequence number it got.

    While `pending` is a list the connection is catching up from the store and
    live events wait there, so that history and live events never interleave.
    `muted` holds numbers this connection has had another way (a private message it
    sent: its `ack` says it all): they advance `last` but are not sent.
    """

    __slots__ = ("last", "muted", "pending")

    def __init__(self, last: int) -> None:
        self.last = last
        self.pending: list[tuple[int, str, bytes]] | None = []
        self.muted: set[int] | None = None

    def unmute(self, upto: int) -> bool:
        """Forget muted numbers up to `upto`; True if `upto` itself was muted."""
        muted = self.muted
        if muted is None:
            return False
        hit = upto in muted
        for seq in [s for s in muted if s <= upto]:
            muted.discard(seq)
        if not muted:
            self.muted = None
        return hit


class Connection:
    """One client connection and its per-connection state."""

    __slots__ = ("closed", "dm_last", "guest", "hidden", "out", "peer", "rooms", "source")

    def __init__(
        self,
        guest: Guest,
        peer: Peer,
        *,
        source: tuple[str, int],
        hidden: set[UserId] | frozenset[UserId],
    ) -> None:
        self.guest = guest
        self.peer = peer
        self.source = source  # (ip, port) for identification records; never logged
        self.hidden = hidden  # users this user blocked: their room messages are not shown
        self.rooms: dict[RoomId, Room] = {}
        self.out: list[bytes] = []
        self.closed = False
        self.dm_last = 0  # the user's inbox number when this connection opened

    @property
    def user(self) -> UserId:
        return self.guest.id


GapFiller = Callable[[str, int, int], Awaitable[list[tuple[int, str, bytes]]]]
"""(channel, first_missing, last_missing) -> [(seq, sender, client_json)] from the store."""


class Feed:
    """One broker channel as seen by this node, with its local subscribers."""

    __slots__ = (
        "channel",
        "control",
        "gap_timer",
        "hub",
        "next_seq",
        "stash",
        "subs",
        "subscription",
    )

    def __init__(self, hub: Hub, channel: str) -> None:
        self.hub = hub
        self.channel = channel
        self.subs: dict[Connection, Sub] = {}
        self.next_seq: int | None = None  # None until the node knows where the channel is
        self.stash: dict[int, tuple[str, bytes]] = {}
        self.subscription: Subscription | None = None
        self.gap_timer: asyncio.TimerHandle | None = None
        # Called with each unsequenced payload before delivery (user channels use it
        # to apply block changes made on another node).
        self.control: Callable[[Feed, bytes], None] | None = None

    # -- events from the broker -------------------------------------------
    def on_envelope(self, _channel: str, data: bytes) -> None:
        try:
            kind, seq, sender, payload = envelope.unpack(data)
        except ValueError:
            log.warning("dropped a malformed envelope", extra={"channel": self.channel})
            return
        if kind == "P":
            self.deliver_plain(payload)
        else:
            self.on_sequenced(seq, sender, payload)

    def on_sequenced(self, seq: int, sender: str, payload: bytes) -> None:
        expected = self.next_seq
        if expected is None:
            # Position unknown yet (the store read that sets it is in flight): stash.
            self.stash[seq] = (sender, payload)
            return
        if seq < expected:
            return  # already delivered (or older than this node's start): a duplicate
        if seq > expected:
            self.stash[seq] = (sender, payload)
            self._arm_gap_timer()
            return
        self._deliver(seq, sender, payload)
        self._drain()

    def start_at(self, last: int) -> None:
        """Set the position once known: events up to `last` are in the store already."""
        if self.next_seq is None:
            self.next_seq = last + 1
            for seq in [s for s in self.stash if s <= last]:
                del self.stash[seq]
            self._drain()
            if self.stash:
                self._arm_gap_timer()

    def _drain(self) -> None:
        stash = self.stash
        while stash and self.next_seq in stash:
            seq = self.next_seq
            sender, payload = stash.pop(seq)
            self._deliver(seq, sender, payload)

    def _deliver(self, seq: int, sender: str, payload: bytes) -> None:
        self.next_seq = seq + 1
        frame = self.hub.wrap(payload)
        enqueue = self.hub.enqueue
        for conn, sub in self.subs.items():
            pending = sub.pending
            if pending is not None:
                pending.append((seq, sender, frame))
            elif seq > sub.last:
                sub.last = seq
                if sub.muted is not None and sub.unmute(seq):
                    continue
                if sender not in conn.hidden:
                    enqueue(conn, frame)

    def deliver_plain(self, payload: bytes, *, skip: Connection | None = None) -> None:
        if payload.startswith(_CLOSING):
            self._deliver_closing(payload)
            return
        if self.control is not None:
            self.control(self, payload)
        frame = self.hub.wrap(payload)
        for conn, sub in self.subs.items():
            if sub.pending is None and conn is not skip:
                self.hub.enqueue(conn, frame)

    def _deliver_closing(self, payload: bytes) -> None:
        try:
            obj = json.loads(payload)
            code, reason = obj.pop("_close")
            code, reason = int(code), str(reason)
        except (ValueError, TypeError, KeyError):
            log.warning("dropped a malformed closing payload", extra={"channel": self.channel})
            return
        kind, _, ident = self.channel.partition(":")
        if kind != "user":
            return
        frame = self.hub.wrap(json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode())
        # Every connection of the user here, including one still catching up or still
        # opening (registered before it subscribes).
        conns = list(self.hub.connections.get(UserId(ident), ()))
        conns += [c for c in self.subs if c not in conns]
        for conn in conns:
            if conn.closed:
                continue
            self.hub.enqueue(conn, frame)
            # After this turn's flush (scheduled by the enqueue above, or earlier), so the
            # frame goes out before the close frame.
            self.hub.loop.call_soon(_close, conn, code, reason)

    # -- gaps ---------------------------------------------------------------
    def _arm_gap_timer(self) -> None:
        if self.gap_timer is None:
            self.gap_timer = self.hub.loop.call_later(self.hub.gap_wait, self._gap_due)

    def _gap_due(self) -> None:
        self.gap_timer = None
        if self.stash and self.next_seq is not None:
            self.hub.spawn(self._fill_gap())

    async def _fill_gap(self) -> None:
        first = self.next_seq
        if first is None or not self.stash:
            return
        last = min(self.stash) - 1
        if last < first:
            self._drain()
            return
        try:
            missing = await self.hub.fill_gap(self.channel, first, last)
        except Exception:  # the store is down: try again later, keep what we have
            log.warning("gap fill failed; retrying", extra={"channel": self.channel})
            self._arm_gap_timer()
            return
        self._merge(missing)
        if self.next_seq == first and first not in self.stash:
            # The store has nothing for that number (purged): skip past it.
            self.next_seq = min(self.stash) if self.stash else first
        self._drain()
        if self.stash:
            self._arm_gap_timer()

    def _merge(self, missing: list[tuple[int, str, bytes]]) -> None:
        for seq, sender, payload in missing:
            if self.next_seq is not None and seq >= self.next_seq:
                self.stash.setdefault(seq, (sender, payload))

    async def resync(self) -> bool:
        """Catch up from the store after the broker was away: deliver, in order, what
        was committed after the last delivered id. Live events that arrive meanwhile
        are merged by sequence number (no duplicate). Return False if the store failed.

        Reads at most `RESYNC_CHUNK * RESYNC_ROUNDS` events; a feed further behind
        continues through the gap-fill path when the next live event arrives.
        """
        for _ in range(RESYNC_ROUNDS):
            first = self.next_seq
            if first is None:
                return True  # position not known yet: the store read that sets it follows
            try:
                missing = await self.hub.fill_gap(self.channel, first, first + RESYNC_CHUNK - 1)
            except Exception:
                log.warning("catch-up failed", extra={"channel": self.channel})
                return False
            self._merge(missing)
            self._drain()
            if len(missing) < RESYNC_CHUNK:
                break
        if self.stash:
            self._arm_gap_timer()
        return True

    def _arm_resync_retry(self) -> None:
        def due() -> None:
            if self.hub.feeds.get(self.channel) is self:  # still in use on this node
                self.hub.spawn(self._resync_retry())

        self.hub.loop.call_later(self.hub.gap_wait * 4, due)

    async def _resync_retry(self) -> None:
        if not await self.resync():
            self._arm_resync_retry()

    # -- subscribers ----------------------------------------------------------
    def add(self, conn: Connection, last: int) -> Sub:
        """Add a connection in catching-up mode; call `ready` once its history is sent."""
        sub = Sub(last)
        self.subs[conn] = sub
        return sub

    def ready(self, conn: Connection, last: int) -> None:
        """End catching up: send what arrived meanwhile with a number above `last`."""
        sub = self.subs.get(conn)
        if sub is None:
            return
        pending, sub.pending = sub.pending or [], None
        sub.last = max(sub.last, last)
        sub.unmute(sub.last)
        for seq, sender, frame in pending:
            if seq > sub.last:
                sub.last = seq
                if sub.muted is not None and sub.unmute(seq):
                    continue
                if sender not in conn.hidden:
                    self.hub.enqueue(conn, frame)


def _close(conn: Connection, code: int, reason: str) -> None:
    if not conn.closed:
        conn.closed = True
        conn.peer.close(code, reason)


class Hub:
    """All feeds and connections of this node, and the per-turn write coalescing."""

    def __init__(
        self,
        broker: Broker,
        *,
        wrap: Callable[[bytes], bytes],
        fill_gap: GapFiller,
        send_queue_max: int,
        gap_wait: float = 0.5,
    ) -> None:
        self.broker = broker
        self.wrap = wrap
        self.fill_gap = fill_gap
        self.send_queue_max = send_queue_max
        self.gap_wait = gap_wait
        self.loop = asyncio.get_running_loop()
        self.feeds: dict[str, Feed] = {}
        # A list, not a set: nearly every user has one connection (memory per idle client).
        self.connections: dict[UserId, list[Connection]] = {}
        self._dirty: list[Connection] = []
        self._flush_scheduled = False
        self._tasks: set[asyncio.Task[None]] = set()
        # Channels whose broker subscription is in flight, and whether it succeeded.
        self._subscribing: dict[str, asyncio.Future[bool]] = {}

    # -- writing ----------------------------------------------------------
    def enqueue(self, conn: Connection, frame: bytes) -> None:
        """Queue a transport frame; it is written at the end of this loop turn."""
        out = conn.out
        if not out:
            self._dirty.append(conn)
            if not self._flush_scheduled:
                self._flush_scheduled = True
                self.loop.call_soon(self._flush)
        out.append(frame)

    def _flush(self) -> None:
        self._flush_scheduled = False
        dirty, self._dirty = self._dirty, []
        limit = self.send_queue_max
        for conn in dirty:
            out = conn.out
            data = out[0] if len(out) == 1 else b"".join(out)
            out.clear()
            if conn.closed:
                continue
            if conn.peer.buffered() > limit:
                # Never let one slow reader hold the others back: it resumes later.
                conn.closed = True
                conn.peer.close(CLOSE_TOO_SLOW, "trop lent")
                continue
            conn.peer.write(data)

    def send(self, conn: Connection, payload: bytes) -> None:
        """Queue one client JSON payload for one connection."""
        self.enqueue(conn, self.wrap(payload))

    def mute(self, conn: Connection, channel: str, seq: int) -> None:
        """Do not send `conn` the event `seq` of `channel` (it has it already); call
        before publishing it: the in-process broker delivers during `publish`."""
        feed = self.feeds.get(channel)
        sub = feed.subs.get(conn) if feed is not None else None
        if sub is None or seq <= sub.last:
            return
        if sub.muted is None:
            sub.muted = set()
        sub.muted.add(seq)

    async def close_user(
        self, user: UserId, frame: Mapping[str, Any], code: int, reason: str
    ) -> None:
        """Send `frame` to every connection of `user`, on every node, then close them
        with `code`: published on "user:ID" (see `closing_payload`). If the broker
        refuses it, this node's connections are still closed; the other nodes' ones
        lose their session at the next resume or entry check."""
        channel = f"user:{user}"
        payload = closing_payload(frame, code, reason)
        try:
            await self.broker.publish(channel, payload)
        except Exception:
            log.warning("broker publish failed; closing here only", extra={"channel": channel})
            feed = self.feeds.get(channel)
            if feed is not None:
                feed.on_envelope(channel, payload)
            else:
                Feed(self, channel).on_envelope(channel, payload)

    def spawn(self, coro: Awaitable[None]) -> None:
        task: asyncio.Task[None] = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # -- feeds --------------------------------------------------------------
    async def feed(self, channel: str) -> tuple[Feed, bool]:
        """The feed for `channel`, subscribing to the broker on first use.

        Return (feed, created). A created feed does not know its position yet:
        the caller reads the store and calls `feed.start_at(last)`.
        """
        feed = self.feeds.get(channel)
        if feed is not None:
            pending = self._subscribing.get(channel)
            # Another caller is subscribing: reading the store before the broker has
            # confirmed could miss an event. Wait; if that subscription failed, retry.
            if pending is not None and not await asyncio.shield(pending):
                return await self.feed(channel)
            return feed, False
        feed = Feed(self, channel)
        self.feeds[channel] = feed
        done: asyncio.Future[bool] = self.loop.create_future()
        self._subscribing[channel] = done
        try:
            feed.subscription = await self.broker.subscribe(channel, feed.on_envelope)
        except BaseException:
            self.feeds.pop(channel, None)
            done.set_result(False)
            raise
        finally:
            self._subscribing.pop(channel, None)
        done.set_result(True)
        return feed, True

    async def drop_if_unused(self, channel: str) -> None:
        feed = self.feeds.get(channel)
        if feed is not None and not feed.subs:
            del self.feeds[channel]
            if feed.gap_timer is not None:
                feed.gap_timer.cancel()
            if feed.subscription is not None:
                await feed.subscription.close()

    def register(self, conn: Connection) -> None:
        self.connections.setdefault(conn.user, []).append(conn)

    def unregister(self, conn: Connection) -> bool:
        """Forget a connection; return True if it was the user's last one on this node."""
        conns = self.connections.get(conn.user)
        if conns is None:
            return True
        if conn in conns:
            conns.remove(conn)
        if not conns:
            del self.connections[conn.user]
            return True
        return False

    async def resync(self) -> None:
        """Every feed reads from the store what came after its last delivered id.

        Called by the broker once it has reconnected and resubscribed; feeds whose
        store read fails retry after `gap_wait` (bounded by the broker's next outage
        or the store's return)."""
        feeds = [f for f in self.feeds.values() if f.next_seq is not None]
        failed: list[Feed] = []
        for start in range(0, len(feeds), RESYNC_PARALLEL):
            batch = feeds[start : start + RESYNC_PARALLEL]
            results = await asyncio.gather(*(f.resync() for f in batch))
            failed.extend(f for f, ok in zip(batch, results, strict=True) if not ok)
        for feed in failed:
            # The store is down too: the gap timer path retries until it answers.
            feed._arm_resync_retry()

    async def close(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        for feed in list(self.feeds.values()):
            if feed.subscription is not None:
                await feed.subscription.close()
        self.feeds.clear()
