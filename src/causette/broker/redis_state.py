"""Presence, join waits and rate limits shared by every node, in Redis.

Any node can then serve any client without sticky sessions: the member list a
joining user receives, the member counts of `GET /api/rooms`, a user's message
budget and join wait are the same whichever node answers.

Keys (under the deployment's prefix, `causette:` by default):

    p:ROOM            sorted set: user -> present until (seconds since the epoch)
    h:ROOM:USER       sorted set: node -> holds until (leases, renewed by heartbeats)
    e:ROOM            when ROOM last became empty
    tb:USER           hash: token bucket (tokens, updated)
    jw:USER           the user's last join time, expiring with the wait
    jr:USER           hash: room -> when the session was last known in it (joined, or
                      there at a disconnect); a resume restores these without the wait

While Redis is away the node keeps serving with what it knows: its own members,
and per-node buckets and waits; sends go on (the store is the truth, and the
nodes catch up from it once Redis is back), and the leases are written again by
the next heartbeat.

A node holds a (room, user) while one of its connections is in the room and
renews that lease every `lease / 3` seconds; a node that dies stops renewing and
its users drop out of the lists after `lease` seconds. A disconnected user stays
present `grace` seconds; the node that saw the disconnect checks afterwards, in
one script, that no node took the user back before announcing the departure.
Each change is one Lua script, so two nodes never both announce one arrival.
"""

from __future__ import annotations

import asyncio
import logging
import math
import os
import secrets
import socket
from collections.abc import Callable, Iterable
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import RedisError

from causette.broker.redis import redis_unavailable
from causette.domain.ids import RoomId, UserId
from causette.domain.limits import ROOM_MEMORY, JoinWait, RoomMemory, TokenBucket

__all__ = ["RedisPresence", "RedisRateLimits", "node_name"]

log = logging.getLogger(__name__)

LEASE = 30.0
RENEW_BATCH = 1000

# KEYS: p:ROOM, h:ROOM:USER, e:ROOM. ARGV: user, node, now, until, lease_ms.
# Returns 1 if the user was absent from the room (announce them), else 0.
_ARRIVE = """
local old = redis.call('ZSCORE', KEYS[1], ARGV[1])
redis.call('ZADD', KEYS[2], ARGV[4], ARGV[2])
redis.call('PEXPIRE', KEYS[2], ARGV[5])
redis.call('ZADD', KEYS[1], 'GT', ARGV[4], ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[3])
redis.call('DEL', KEYS[3])
if old and tonumber(old) >= tonumber(ARGV[3]) then return 0 end
return 1
"""

# KEYS: p:ROOM, h:ROOM:USER, e:ROOM. ARGV: user, node, now, grace_until.
# Returns 0 (another node still holds the user), 2 (within the grace period), 1 (gone).
_DEPART = """
redis.call('ZREM', KEYS[2], ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. ARGV[3])
if redis.call('ZCARD', KEYS[2]) > 0 then return 0 end
if tonumber(ARGV[4]) > tonumber(ARGV[3]) then
  redis.call('ZADD', KEYS[1], ARGV[4], ARGV[1])
  return 2
end
redis.call('ZREM', KEYS[1], ARGV[1])
if redis.call('ZCOUNT', KEYS[1], ARGV[3], '+inf') == 0 then
  redis.call('SET', KEYS[3], ARGV[3], 'EX', 604800)
end
return 1
"""

# After the grace period. KEYS as above. ARGV: user, now, grace_until.
# Returns 1 if the user is gone now (announce it), 0 if someone took them back.
_GONE = """
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. ARGV[2])
if redis.call('ZCARD', KEYS[2]) > 0 then return 0 end
local s = redis.call('ZSCORE', KEYS[1], ARGV[1])
if not s or tonumber(s) > tonumber(ARGV[3]) then return 0 end
redis.call('ZREM', KEYS[1], ARGV[1])
if redis.call('ZCOUNT', KEYS[1], ARGV[2], '+inf') == 0 then
  redis.call('SET', KEYS[3], ARGV[2], 'EX', 604800)
end
return 1
"""

# Renew every lease of one node in one call (the keys are derived from the prefix in
# the script: standalone Redis, not Redis Cluster). ARGV: prefix, node, until,
# lease_ms, then room, user pairs.
_RENEW = """
local p, node, untl, ms = ARGV[1], ARGV[2], ARGV[3], ARGV[4]
for i = 5, #ARGV, 2 do
  local room, user = ARGV[i], ARGV[i + 1]
  local hold = p .. 'h:' .. room .. ':' .. user
  redis.call('ZADD', hold, 'GT', untl, node)
  redis.call('PEXPIRE', hold, ms)
  redis.call('ZADD', p .. 'p:' .. room, 'GT', untl, user)
end
return 0
"""

# The token bucket of causette.domain.limits.TokenBucket. KEYS: tb:USER.
# ARGV: capacity, window, now. Returns the wait as a string (0 if allowed).
_TAKE = """
local cap = tonumber(ARGV[1])
local win = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
local rate = cap / win
local state = redis.call('HMGET', KEYS[1], 't', 'u')
local tokens = tonumber(state[1]) or cap
local updated = tonumber(state[2]) or now
local elapsed = now - updated
if elapsed < 0 then elapsed = 0 end
tokens = math.min(cap, tokens + elapsed * rate)
local wait = 0
if tokens >= 1 then tokens = tokens - 1 else wait = (1 - tokens) / rate end
redis.call('HSET', KEYS[1], 't', string.format('%.9f', tokens), 'u', string.format('%.6f', now))
redis.call('PEXPIRE', KEYS[1], math.ceil(win * 1000) + 1000)
return string.format('%.6f', wait)
"""


def node_name() -> str:
    """A name unique to this process, for presence leases."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


class RedisPresence:
    """`PresenceTracker` shared through Redis; one per node (see the module doc)."""

    def __init__(
        self,
        client: Redis,
        *,
        prefix: str,
        grace: float,
        on_left: Callable[[RoomId, UserId], None],
        clock: Callable[[], float],
        node: str | None = None,
        lease: float = LEASE,
    ) -> None:
        self.client = client
        self.prefix = prefix
        self.grace = grace
        self.on_left = on_left
        self.clock = clock
        self.node = node or node_name()
        self.lease = lease
        self._local: dict[tuple[RoomId, UserId], int] = {}  # connections on this node
        self._arrive: Any = client.register_script(_ARRIVE)
        self._depart: Any = client.register_script(_DEPART)
        self._gone: Any = client.register_script(_GONE)
        self._renew: Any = client.register_script(_RENEW)
        self._timers: dict[tuple[RoomId, UserId, float], asyncio.TimerHandle] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._heartbeat: asyncio.Task[None] | None = None

    def start(self) -> None:
        """Start renewing this node's leases (call once the event loop runs)."""
        if self._heartbeat is None:
            self._heartbeat = asyncio.ensure_future(self._beat())

    def _keys(self, room: RoomId, user: UserId) -> list[str]:
        p = self.prefix
        return [f"{p}p:{room}", f"{p}h:{room}:{user}", f"{p}e:{room}"]

    async def arrive(self, room: RoomId, user: UserId) -> bool:
        key = (room, user)
        count = self._local.get(key, 0)
        self._local[key] = count + 1
        if count > 0:
            return False  # already held by this node: present
        now = self.clock()
        try:
            fresh = await self._arrive(
                keys=self._keys(room, user),
                args=[user, self.node, now, now + self.lease, int(self.lease * 1000)],
            )
        except (RedisError, OSError):
            # Redis is away: announce the arrival; the next heartbeat writes the lease.
            log.warning("redis presence arrive failed; kept locally")
            return True
        return bool(int(fresh))

    def _release(self, key: tuple[RoomId, UserId]) -> int:
        left = self._local.get(key, 0) - 1
        if left > 0:
            self._local[key] = left
        else:
            self._local.pop(key, None)
        return left

    async def depart(self, room: RoomId, user: UserId, *, disconnected: bool, now: float) -> None:
        key = (room, user)
        if key not in self._local or self._release(key) > 0:
            return
        until = now + self.grace if disconnected and self.grace > 0 else now
        try:
            result = int(
                await self._depart(keys=self._keys(room, user), args=[user, self.node, now, until])
            )
        except (RedisError, OSError):
            # Not renewed any more: the user drops out of the lists when the lease ends.
            log.warning("redis presence depart failed")
            return
        if result == 1:
            self.on_left(room, user)
        elif result == 2:
            loop = asyncio.get_running_loop()
            self._timers[(room, user, until)] = loop.call_later(
                self.grace, self._grace_over, room, user, until
            )

    def _grace_over(self, room: RoomId, user: UserId, until: float) -> None:
        self._timers.pop((room, user, until), None)
        task = asyncio.ensure_future(self._check_gone(room, user, until))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _check_gone(self, room: RoomId, user: UserId, until: float) -> None:
        try:
            gone = int(
                await self._gone(keys=self._keys(room, user), args=[user, self.clock(), until])
            )
        except (RedisError, OSError):
            log.warning("redis presence check failed")
            return
        if gone:
            self.on_left(room, user)

    async def members(self, room: RoomId) -> list[UserId]:
        try:
            raw = await self.client.zrangebyscore(f"{self.prefix}p:{room}", self.clock(), "+inf")
        except (RedisError, OSError):
            return [u for (r, u) in self._local if r == room]  # this node's view, for now
        return [UserId(u.decode() if isinstance(u, bytes) else str(u)) for u in raw]

    async def is_present(self, room: RoomId, user: UserId) -> bool:
        try:
            until = await self.client.zscore(f"{self.prefix}p:{room}", user)
        except (RedisError, OSError):
            return (room, user) in self._local
        return until is not None and float(until) >= self.clock()

    async def counts(self, rooms: Iterable[RoomId]) -> dict[RoomId, int]:
        rooms = list(rooms)
        now = self.clock()
        try:
            async with self.client.pipeline(transaction=False) as pipe:
                for room in rooms:
                    pipe.zcount(f"{self.prefix}p:{room}", now, "+inf")
                counts = await pipe.execute()
        except (RedisError, OSError):
            counts = [sum(1 for (r, _) in self._local if r == room) for room in rooms]
        return {room: int(n) for room, n in zip(rooms, counts, strict=True)}

    async def empty_since(self, room: RoomId) -> float | None:
        try:
            raw = await self.client.get(f"{self.prefix}e:{room}")
        except (RedisError, OSError) as exc:
            raise redis_unavailable() from exc
        return None if raw is None else float(raw)

    async def _beat(self) -> None:
        while True:
            await asyncio.sleep(self.lease / 3)
            try:
                await self.renew()
            except (RedisError, OSError):
                log.warning("redis presence heartbeat failed")

    async def renew(self) -> None:
        """Renew every lease this node holds (also restores them after a Redis restart)."""
        if not self._local:
            return
        until = self.clock() + self.lease
        head = [self.prefix, self.node, until, int(self.lease * 1000)]
        held = [part for pair in self._local for part in pair]
        # One script call per 1,000 leases: a few Python calls per renewal, not 3 per lease.
        for start in range(0, len(held), RENEW_BATCH * 2):
            await self._renew(keys=[], args=head + held[start : start + RENEW_BATCH * 2])

    async def close(self) -> None:
        if self._heartbeat is not None:
            self._heartbeat.cancel()
            self._heartbeat = None
        for timer in self._timers.values():
            timer.cancel()
        self._timers.clear()
        for task in list(self._tasks):
            task.cancel()


class RedisRateLimits:
    """`RateLimits` shared through Redis: one budget per user across all nodes."""

    def __init__(
        self,
        client: Redis,
        *,
        prefix: str,
        capacity: int,
        window: float,
        wait: float,
        room_memory: float = ROOM_MEMORY,
    ):
        self.client = client
        self.prefix = prefix
        self.capacity = capacity
        self.window = window
        self.wait = wait
        self.room_memory = room_memory
        self._take: Any = client.register_script(_TAKE)
        # Used only while Redis does not answer: limits per node rather than none.
        self._buckets: dict[UserId, TokenBucket] = {}
        self._waits: dict[UserId, JoinWait] = {}
        self._rooms = RoomMemory(room_memory)  # this node's copy, for the same reason

    async def take(self, user: UserId, now: float) -> float:
        try:
            wait = await self._take(
                keys=[f"{self.prefix}tb:{user}"], args=[self.capacity, self.window, now]
            )
        except (RedisError, OSError):
            log.warning("redis rate limit failed; limited on this node")
            bucket = self._buckets.get(user)
            if bucket is None:
                bucket = self._buckets[user] = TokenBucket(self.capacity, self.window)
            return bucket.take(now)
        return float(wait)

    async def join_wait(self, user: UserId, now: float, *, premium: bool) -> float:
        if premium or self.wait <= 0:
            return 0.0
        try:
            raw = await self.client.get(f"{self.prefix}jw:{user}")
        except (RedisError, OSError):
            local = self._waits.get(user)
            return 0.0 if local is None else local.check(now, premium=premium)
        return 0.0 if raw is None else max(0.0, float(raw) + self.wait - now)

    async def record_join(self, user: UserId, now: float) -> None:
        if self.wait <= 0:
            return
        self._waits.setdefault(user, JoinWait(self.wait)).record(now)
        try:
            await self.client.set(
                f"{self.prefix}jw:{user}", repr(now), px=math.ceil(self.wait * 1000) + 1000
            )
        except (RedisError, OSError):
            log.warning("redis join wait failed; kept on this node")

    async def remember_rooms(self, user: UserId, rooms: Iterable[RoomId], now: float) -> None:
        wanted = list(rooms)
        if not wanted:
            return
        self._rooms.remember(user, wanted, now)
        key = f"{self.prefix}jr:{user}"
        try:
            async with self.client.pipeline(transaction=True) as pipe:
                pipe.hset(key, mapping={room: repr(now) for room in wanted})
                pipe.expire(key, math.ceil(self.room_memory))
                await pipe.execute()
        except (RedisError, OSError):
            log.warning("redis room memory failed; kept on this node")

    async def forget_room(self, user: UserId, room: RoomId) -> None:
        self._rooms.forget(user, room)
        try:
            await self.client.hdel(f"{self.prefix}jr:{user}", room)
        except (RedisError, OSError):
            log.warning("redis room memory failed; kept on this node")

    async def joined_rooms(self, user: UserId, now: float) -> set[RoomId]:
        try:
            raw = await self.client.hgetall(f"{self.prefix}jr:{user}")
        except (RedisError, OSError):
            return self._rooms.joined(user, now)
        return {
            RoomId(room.decode() if isinstance(room, bytes) else room)
            for room, at in raw.items()
            if now - float(at) <= self.room_memory
        }

    def forget(self, user: UserId) -> None:
        """The budget in Redis follows the user to any node and expires by itself."""
        self._buckets.pop(user, None)

    def prune(self, now: float) -> None:
        """Redis expires its keys; forget the local fallbacks that are over."""
        for user, jw in list(self._waits.items()):
            if jw.last_join is None or now - jw.last_join > self.wait:
                del self._waits[user]
        self._rooms.prune(now)
