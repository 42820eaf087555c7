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
from collections import deque
from types import TracebackType

from causette.domain.ids import UserId

__all__ = ["SenderTurns"]


class SenderTurns:
    """Per sender on this node: whether a message is in progress, and the later ones
    waiting, first come first served. A sender with nothing in progress (nearly every
    message) costs one dictionary entry and no future."""

    def __init__(self) -> None:
        self._waiting: dict[UserId, deque[asyncio.Future[None]]] = {}

    def turn(self, user: UserId) -> _Turn:
        """Wait until `user`'s earlier messages on this node are done, then run the body."""
        return _Turn(self, user)

    async def _acquire(self, user: UserId) -> None:
        waiting = self._waiting.get(user)
        if waiting is None:
            self._waiting[user] = deque()  # in progress, nobody waiting
            return
        mine: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        waiting.append(mine)
        try:
            await mine
        except asyncio.CancelledError:
            if mine.done() and not mine.cancelled():
                self._release(user)  # handed the turn as it was cancelled: pass it on
            elif mine in waiting:  # `_release` may have passed over it already
                waiting.remove(mine)  # the next one still waits for the turn before
            raise

    def _release(self, user: UserId) -> None:
        waiting = self._waiting[user]
        while waiting:
            following = waiting.popleft()
            if not following.done():
                following.set_result(None)  # its turn: the entry stays, in progress
                return
        del self._waiting[user]

    def __len__(self) -> int:
        return len(self._waiting)


class _Turn:
    """`async with turns.turn(user)`: a plain class, cheaper than a generator's
    context manager on the path of every message."""

    __slots__ = ("_turns", "_user")

    def __init__(self, turns: SenderTurns, user: UserId) -> None:
        self._turns = turns
        self._user = user

    async def __aenter__(self) -> None:
        await self._turns._acquire(self._user)

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._turns._release(self._user)
