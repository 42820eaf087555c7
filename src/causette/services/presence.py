"""Who is in which room, with a grace period that lets a reconnect pass unnoticed.

This node-local implementation serves one node; several nodes share presence
through the Redis adapter, which keeps the same interface.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from causette.domain.ids import RoomId, UserId

__all__ = ["Presence"]


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

    def arrive(self, room: RoomId, user: UserId) -> bool:
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

    def depart(self, room: RoomId, user: UserId, *, disconnected: bool, now: float) -> None:
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

    def members(self, room: RoomId) -> list[UserId]:
        """Users present in `room`, including those within their grace period."""
        return list(self._rooms.get(room, ()))

    def is_present(self, room: RoomId, user: UserId) -> bool:
        return user in self._rooms.get(room, ())

    def size(self, room: RoomId) -> int:
        return len(self._rooms.get(room, ()))

    def empty_since(self, room: RoomId) -> float | None:
        """When `room` last became empty (None if occupied or never seen)."""
        return self._empty_since.get(room)

    def close(self) -> None:
        for timer in self._timers.values():
            timer.cancel()
        self._timers.clear()
