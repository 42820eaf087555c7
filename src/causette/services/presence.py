"""Who is in which room, with a grace period that lets a reconnect pass unnoticed.

`PresenceTracker` is the interface the chat service uses. `Presence` is the
node-local implementation (one node, no I/O: its coroutines never suspend);
several nodes share presence through `causette.broker.redis_state.RedisPresence`,
so the member list on join and the member counts are the same on every node.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from typing import Protocol

from causette.domain.ids import RoomId, UserId

__all__ = ["Presence", "PresenceTracker"]


class PresenceTracker(Protocol):
    """Room membership of connected users, with a grace period after a disconnect.

    `on_left(room, user)` is called (on one node) when a user is gone from a room.
    """

    on_left: Callable[[RoomId, UserId], None]

    async def arrive(self, room: RoomId, user: UserId) -> bool:
        """Count one more connection of `user` in `room`; True if they were absent."""

    async def depart(self, room: RoomId, user: UserId, *, disconnected: bool, now: float) -> None:
        """One connection fewer; the user leaves at once, or after the grace period if
        `disconnected` (a reconnect within it is not a departure)."""

    async def members(self, room: RoomId) -> list[UserId]:
        """Users present in `room`, including those within their grace period."""

    async def is_present(self, room: RoomId, user: UserId) -> bool:
        """Whether `user` is in `room` (through any node, grace period included)."""

    async def counts(self, rooms: Iterable[RoomId]) -> dict[RoomId, int]:
        """How many users are present in each of `rooms`."""

    async def empty_since(self, room: RoomId) -> float | None:
        """When `room` last became empty (None if occupied or never seen)."""

    async def close(self) -> None: ...


class Presence:
    """Counts connections per (room, user).

    `arrive` tells whether the user is new in the room (announce them);
    `depart` calls `on_left(room, user)` when they are gone, at once or after
    `grace` seconds if they were disconnected rather than leaving.
    """

    def __init__(self, grace: float, on_left: Callable[[RoomId, UserId], None]) -> None:
        self.grace = grace
        self.on_left = on_left
        self._rooms: dict[RoomId, dict[UserId, int]] = {}
        self._timers: dict[tuple[RoomId, UserId], asyncio.TimerHandle] = {}
        self._empty_since: dict[RoomId, float] = {}

    async def arrive(self, room: RoomId, user: UserId) -> bool:
        """Count one more connection of `user` in `room`; True if they were absent."""
        timer = self._timers.pop((room, user), None)
        members = self._rooms.setdefault(room, {})
        self._empty_since.pop(room, None)
        count = members.get(user, 0)
        members[user] = count + 1
        # A pending departure cancelled by a reconnect is not a new arrival.
        if timer is not None:
            timer.cancel()
            return False
        return count == 0

    async def depart(self, room: RoomId, user: UserId, *, disconnected: bool, now: float) -> None:
        members = self._rooms.get(room)
        if not members or user not in members:
            return
        members[user] -= 1
        if members[user] > 0:
            return
        if disconnected and self.grace > 0:
            loop = asyncio.get_running_loop()
            self._timers[(room, user)] = loop.call_later(
                self.grace, self._gone, room, user, now + self.grace
            )
        else:
            self._gone(room, user, now)

    def _gone(self, room: RoomId, user: UserId, now: float) -> None:
        self._timers.pop((room, user), None)
        members = self._rooms.get(room)
        if members is None or members.get(user, 0) > 0:
            return
        members.pop(user, None)
        if not members:
            del self._rooms[room]
            self._empty_since[room] = now
        self.on_left(room, user)

    async def members(self, room: RoomId) -> list[UserId]:
        """Users present in `room`, including those within their grace period."""
        return list(self._rooms.get(room, ()))

    async def is_present(self, room: RoomId, user: UserId) -> bool:
        return user in self._rooms.get(room, ())

    def size(self, room: RoomId) -> int:
        return len(self._rooms.get(room, ()))

    async def counts(self, rooms: Iterable[RoomId]) -> dict[RoomId, int]:
        return {room: len(self._rooms.get(room, ())) for room in rooms}

    async def empty_since(self, room: RoomId) -> float | None:
        """When `room` last became empty (None if occupied or never seen)."""
        return self._empty_since.get(room)

    async def close(self) -> None:
        for timer in self._timers.values():
            timer.cancel()
        self._timers.clear()
