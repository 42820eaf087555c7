"""Rate limits and join waits. Pure: the caller passes `now`.

Tested by moving a fake clock, never by sleeping.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from causette.domain.ids import RoomId, UserId

__all__ = ["ROOM_MEMORY", "JoinWait", "RoomMemory", "TokenBucket"]

ROOM_MEMORY = 24 * 3600.0
"""How long the rooms a session joined are remembered after it was last known in them."""


@dataclass(slots=True)
class TokenBucket:
    """At most `capacity` events per `window` seconds, refilled continuously.

    "5 messages per 5 seconds" lets a burst of 5 through, then one per second.
    """

    capacity: float
    window: float
    tokens: float = -1.0
    updated: float = 0.0

    def __post_init__(self) -> None:
        if self.tokens < 0:
            self.tokens = self.capacity

    def take(self, now: float) -> float:
        """Take one token; return 0.0 if allowed, else the seconds to wait (nothing taken)."""
        rate = self.capacity / self.window
        elapsed = max(0.0, now - self.updated)
        self.tokens = min(self.capacity, self.tokens + elapsed * rate)
        self.updated = now
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return 0.0
        return (1.0 - self.tokens) / rate


@dataclass(slots=True)
class JoinWait:
    """A free session waits `wait` seconds between two joins; premium does not wait."""

    wait: float
    last_join: float | None = None

    def check(self, now: float, *, premium: bool) -> float:
        """Return the seconds left before a join is allowed (0.0 if allowed now)."""
        if premium or self.last_join is None or self.wait <= 0:
            return 0.0
        return max(0.0, self.last_join + self.wait - now)

    def record(self, now: float) -> None:
        self.last_join = now


class RoomMemory:
    """The rooms each session joined, with when it was last known to be in each one."""

    def __init__(self, memory: float) -> None:
        self.memory = memory
        self._seen: dict[UserId, dict[RoomId, float]] = {}

    def remember(self, user: UserId, rooms: Iterable[RoomId], now: float) -> None:
        seen = self._seen.setdefault(user, {})
        for room in rooms:
            seen[room] = now

    def forget(self, user: UserId, room: RoomId) -> None:
        seen = self._seen.get(user)
        if seen is not None:
            seen.pop(room, None)
            if not seen:
                del self._seen[user]

    def joined(self, user: UserId, now: float) -> set[RoomId]:
        seen = self._seen.get(user, {})
        return {room for room, at in seen.items() if now - at <= self.memory}

    def prune(self, now: float) -> None:
        for user, seen in list(self._seen.items()):
            for room in [r for r, at in seen.items() if now - at > self.memory]:
                del seen[room]
            if not seen:
                del self._seen[user]
