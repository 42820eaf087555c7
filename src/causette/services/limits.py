"""Rate limits and join waits as the chat service sees them: one interface, two homes.

`MemoryRateLimits` keeps the token buckets, join waits and the rooms each session
joined of one node in dicts (its coroutines never suspend: the single-node path stays
as fast as before); `causette.broker.redis_state.RedisRateLimits` keeps them in Redis,
so a user who reconnects to another node keeps the same budget and may resume the same
rooms without the join wait.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from causette.domain.ids import RoomId, UserId
from causette.domain.limits import ROOM_MEMORY, JoinWait, RoomMemory, TokenBucket

__all__ = ["MemoryRateLimits", "RateLimits"]


class RateLimits(Protocol):
    async def take(self, user: UserId, now: float) -> float:
        """Take one message token; 0.0 if allowed, else seconds to wait (nothing taken)."""

    async def join_wait(self, user: UserId, now: float, *, premium: bool) -> float:
        """Seconds before `user` may join another room (0.0 if allowed now)."""

    async def record_join(self, user: UserId, now: float) -> None: ...

    async def remember_rooms(self, user: UserId, rooms: Iterable[RoomId], now: float) -> None:
        """`user` is in `rooms` (joined, or still there at a disconnect): a `resume` may
        restore them without the join wait for `room_memory` seconds."""

    async def forget_room(self, user: UserId, room: RoomId) -> None:
        """`user` left `room`: a `resume` naming it goes through the join rules again."""

    async def joined_rooms(self, user: UserId, now: float) -> set[RoomId]:
        """The rooms `user` joined in this session and did not leave."""

    def forget(self, user: UserId) -> None:
        """The user's last connection on this node closed."""

    def prune(self, now: float) -> None:
        """Forget what no longer limits anyone (called by the janitor)."""


class MemoryRateLimits:
    """One node's buckets and waits: `capacity` messages per `window` s, `wait` s per join."""

    def __init__(
        self, capacity: int, window: float, wait: float, *, room_memory: float = ROOM_MEMORY
    ) -> None:
        self.capacity = capacity
        self.window = window
        self.wait = wait
        self.room_memory = room_memory
        self._buckets: dict[UserId, TokenBucket] = {}
        self._join_waits: dict[UserId, JoinWait] = {}
        self._rooms = RoomMemory(room_memory)

    async def take(self, user: UserId, now: float) -> float:
        bucket = self._buckets.get(user)
        if bucket is None:
            bucket = self._buckets[user] = TokenBucket(self.capacity, self.window)
        return bucket.take(now)

    async def join_wait(self, user: UserId, now: float, *, premium: bool) -> float:
        jw = self._join_waits.get(user)
        return 0.0 if jw is None else jw.check(now, premium=premium)

    async def record_join(self, user: UserId, now: float) -> None:
        jw = self._join_waits.get(user)
        if jw is None:
            jw = self._join_waits[user] = JoinWait(self.wait)
        jw.record(now)

    async def remember_rooms(self, user: UserId, rooms: Iterable[RoomId], now: float) -> None:
        self._rooms.remember(user, rooms, now)

    async def forget_room(self, user: UserId, room: RoomId) -> None:
        self._rooms.forget(user, room)

    async def joined_rooms(self, user: UserId, now: float) -> set[RoomId]:
        return self._rooms.joined(user, now)

    def forget(self, user: UserId) -> None:
        # Nothing: dropping the bucket on disconnect would let a reconnect reset the
        # rate limit. Full buckets are dropped by `prune` instead.
        return None

    def prune(self, now: float) -> None:
        for user, jw in list(self._join_waits.items()):
            if jw.last_join is None or now - jw.last_join > self.wait:
                del self._join_waits[user]
        for user, bucket in list(self._buckets.items()):
            if now - bucket.updated >= self.window:  # refilled: it limits no one
                del self._buckets[user]
        self._rooms.prune(now)
