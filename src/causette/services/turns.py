"""One sender's messages are handled one at a time on a node, in the order they came.

    turns = SenderTurns()
    async with turns.turn(user):
        ...  # moderate (tier 2 may hold the text a while), commit, publish, ack

A connection's frames are handled one after the other already (`web/ws.py`); this
extends the order to a user's several connections on this node: a message held by
tier 2 is not overtaken by a later one of the same sender (from another tab) that
needed no tier 2. Memory: one entry per sender with a message in progress.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from causette.domain.ids import UserId

__all__ = ["SenderTurns"]


class SenderTurns:
    def __init__(self) -> None:
        self._last: dict[UserId, asyncio.Future[None]] = {}

    @asynccontextmanager
    async def turn(self, user: UserId) -> AsyncIterator[None]:
        """Wait until `user`'s earlier messages on this node are done, then run the body."""
        before = self._last.get(user)
        mine: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._last[user] = mine
        try:
            if before is not None and not before.done():
                # `wait`, not `await before`: a cancelled waiter must not cancel the
                # turn it waits for.
                await asyncio.wait([before])
            yield
        finally:
            if before is not None and not before.done():
                # Cancelled while waiting: the next one still waits for `before`.
                before.add_done_callback(lambda _: self._finish(user, mine))
            else:
                self._finish(user, mine)

    def _finish(self, user: UserId, mine: asyncio.Future[None]) -> None:
        mine.set_result(None)
        if self._last.get(user) is mine:
            del self._last[user]

    def __len__(self) -> int:
        return len(self._last)
