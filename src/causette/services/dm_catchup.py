"""Private messages a connection missed, sent in bounded batches.

A `resume` sends the missed private messages oldest first, at most `batch` of them
(`Limits.resume_max`, the bound of a room's catch-up too); when more remain it says so (`resumed`
with `dm_more`) and the client asks for the next batch with a `dms` frame, until none
remain. Nothing is left out and no answer is unbounded: a long absence costs several
round trips, never one frame burst of the whole inbox.

What a connection has had live since its `hello` (inbox numbers above `conn.dm_last`)
is never sent again; below that number there is no live delivery, so the batches cover
exactly the hole between what the client saw and its `hello`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from causette.domain.ids import DmSeq, UserId
from causette.domain.messages import PrivateMessage
from causette.ports import MessageStore
from causette.protocol import events
from causette.services.hub import Connection, Hub

__all__ = ["DmCatchUp"]

Profiles = Callable[[Sequence[UserId]], Awaitable[dict[UserId, dict[str, Any]]]]
"""Users -> their public profile objects (cached by `Chat`)."""


class DmCatchUp:
    """One per node. `batch` (each call's) is the most private messages one answer sends."""

    def __init__(self, store: MessageStore, hub: Hub, profiles: Profiles) -> None:
        self.store = store
        self.hub = hub
        self.profiles = profiles

    async def resume(self, conn: Connection, after: int, batch: int) -> tuple[int, bool]:
        """Send the first batch of what came after inbox number `after`; return the
        `dm_last` to announce and whether older missed messages remain after it.

        Live private messages that arrive meanwhile wait until the batch is out, and
        those this connection had live already are skipped: nothing is sent twice."""
        feed = self.hub.feeds.get(f"user:{conn.user}")
        sub = feed.subs.get(conn) if feed is not None else None
        if feed is None or sub is None:
            return after, False
        live_from, live_to = conn.dm_last, sub.last  # already delivered live: (from, to]
        sub.pending = []
        last, capped = after, False
        try:
            last, capped = await self._send(conn, after, batch, (live_from, live_to), None)
        finally:
            feed.ready(conn, max(last, live_to))
        if capped and last < live_from:
            return last, True
        # Anything after `last` above `live_from` comes live (it was pending, or is on its way).
        return max(last, live_to), False

    async def more(self, conn: Connection, after: int, batch: int) -> tuple[int, bool]:
        """The next batch after `after` (a `dms` frame): only numbers up to the
        connection's `hello`, everything after that having come live."""
        last, capped = await self._send(conn, after, batch, (0, 0), conn.dm_last)
        if capped:
            return last, True
        feed = self.hub.feeds.get(f"user:{conn.user}")
        sub = feed.subs.get(conn) if feed is not None else None
        return max(last, sub.last if sub is not None else conn.dm_last), False

    async def _send(
        self, conn: Connection, after: int, batch: int, skip: tuple[int, int], stop: int | None
    ) -> tuple[int, bool]:
        """Send the messages numbered after `after`, except those in `skip` (lo, hi] and
        above `stop`, at most `batch`; return the last number covered and whether another
        one to send remains."""
        user = conn.user
        lo, hi = skip
        last, sent = after, 0
        while True:
            if lo <= last < hi:
                last = hi  # delivered live on this connection already
            want = batch - sent + 1
            msgs = await self.store.dms_after(user, DmSeq(last), want)
            jumped = False
            for msg in msgs:
                seq = msg.seq_for(user)
                if stop is not None and seq > stop:
                    return last, False
                if lo < seq <= hi:
                    last, jumped = hi, True
                    break
                if sent == batch:
                    return last, True
                await self._send_one(conn, msg, seq)
                sent += 1
                last = seq
            if not jumped:
                return last, False  # fewer than asked for: the end of the inbox

    async def _send_one(self, conn: Connection, msg: PrivateMessage, seq: int) -> None:
        profiles = await self.profiles([msg.sender, msg.recipient])
        self.hub.send(conn, events.dm(msg, seq, profiles[msg.sender], profiles[msg.recipient]))
