"""The Redis broker: fan-out between nodes on Redis pub/sub (`redis.asyncio`).

One connection pool publishes (and serves the shared presence and limits); one
pub/sub connection per node carries every channel this node subscribed to, read
by one task that hands each payload, untouched, to the channel's handlers in
arrival order. Each event is published once per channel, whatever the number of
nodes or recipients.

Redis is never the source of truth. When the pub/sub connection drops (Redis
restarts, the network blinks) the node reconnects with a bounded exponential
backoff, subscribes every channel again in one command, waits for Redis to
confirm, and only then calls `on_reconnect` so the hub reads from the store what
came after each feed's last delivered id: events published while the node was
deaf are caught up from the store, and sequence numbers drop any duplicate.

Redis errors leave this module as `Unavailable`, never as driver exceptions.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from redis.asyncio import Redis
from redis.asyncio.client import PubSub
from redis.asyncio.retry import Retry
from redis.backoff import ExponentialBackoff, NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError
from redis.exceptions import TimeoutError as RedisTimeoutError

from causette.domain.errors import Unavailable

__all__ = ["RedisBroker", "redis_unavailable"]

log = logging.getLogger(__name__)

Handler = Callable[[str, bytes], Awaitable[None] | None]

BACKOFF_MIN = 0.05
BACKOFF_MAX = 2.0
CONFIRM_TIMEOUT = 5.0  # seconds to wait for Redis to confirm a resubscription
READ_TIMEOUT = 1.0  # the reader wakes this often to notice `close()`
# A pub/sub connection that stays silent this long is pinged; without an answer within
# as long again it is treated as lost (a network cut leaves no reset to notice).
PING_AFTER = 10.0
# Always subscribed, so the node has a pub/sub connection (and notices a Redis
# restart) even when none of its clients is in a room.
NODES_CHANNEL = "@nodes"


def redis_unavailable() -> Unavailable:
    return Unavailable(
        "broker_unavailable",
        "Le service est momentanément indisponible, réessayez dans un instant.",
    )


class _Sub:
    __slots__ = ("broker", "channel", "handler")

    def __init__(self, broker: RedisBroker, channel: str, handler: Handler) -> None:
        self.broker = broker
        self.channel = channel
        self.handler = handler

    async def close(self) -> None:
        await self.broker._unsubscribe(self)


class RedisBroker:
    """`Broker` on Redis pub/sub. Build with `await RedisBroker.connect(url)`.

    `prefix` namespaces every channel and key, so several deployments (or test
    runs) may share one Redis database. `on_reconnect` is called, after each
    reconnection of the pub/sub connection and the confirmation of every
    subscription, to let the node catch up from the store.
    """

    def __init__(
        self,
        url: str,
        *,
        prefix: str = "causette:",
        backoff_min: float = BACKOFF_MIN,
        backoff_max: float = BACKOFF_MAX,
        ping_after: float = PING_AFTER,
    ) -> None:
        self.prefix = prefix
        self._prefix_b = prefix.encode()
        self.backoff_min = backoff_min
        self.backoff_max = backoff_max
        self.ping_after = ping_after
        # Commands retry twice on a fresh connection: after a Redis restart the first
        # command on a pooled (dead) connection fails although Redis is back.
        self.client: Redis = Redis.from_url(
            url,
            socket_connect_timeout=2.0,
            socket_timeout=5.0,
            retry=Retry(ExponentialBackoff(cap=0.5, base=0.05), 2),
            retry_on_error=[RedisConnectionError, RedisTimeoutError],
        )
        # The pub/sub client never reconnects on its own: the reader does it, so that
        # it knows when to resubscribe and catch up.
        self._sub_client: Redis = Redis.from_url(
            url, socket_connect_timeout=2.0, socket_keepalive=True, retry=Retry(NoBackoff(), 0)
        )
        self.on_reconnect: Callable[[], Awaitable[None] | None] | None = None
        self._handlers: dict[str, list[_Sub]] = {}
        self._pubsub: PubSub | None = None
        self._live = False
        self._closing = False
        self._reader: asyncio.Task[None] | None = None
        self.reconnects = 0  # how many times the pub/sub connection came back
        self._tasks: set[asyncio.Task[Any]] = set()
        # Subscriptions sent and not yet confirmed by Redis: key -> waiters.
        self._confirming: dict[str, list[asyncio.Future[None]]] = {}

    @classmethod
    async def connect(cls, url: str, **options: Any) -> RedisBroker:
        """Connect and start reading; raise `Unavailable` if Redis does not answer."""
        broker = cls(url, **options)
        try:
            await broker.client.ping()
            await broker._open_pubsub()
        except (RedisError, OSError) as exc:
            await broker.close()
            raise redis_unavailable() from exc
        broker._reader = asyncio.ensure_future(broker._run())
        return broker

    @property
    def connected(self) -> bool:
        """True while the pub/sub connection is up and its subscriptions confirmed."""
        return self._live

    # -- Broker -----------------------------------------------------------------
    async def publish(self, channel: str, payload: bytes) -> None:
        try:
            await self.client.publish(self.prefix + channel, payload)
        except (RedisError, OSError) as exc:
            raise redis_unavailable() from exc

    async def subscribe(self, channel: str, handler: Handler) -> _Sub:
        """Register `handler` and return once Redis confirmed the subscription, so that
        a store read made afterwards and the live events together miss nothing.

        Never fails: while Redis is away the channel is subscribed on reconnection
        (and caught up from the store then)."""
        sub = _Sub(self, channel, handler)
        subs = self._handlers.setdefault(channel, [])
        subs.append(sub)
        if len(subs) == 1 and self._live and self._pubsub is not None:
            key = self.prefix + channel
            confirmed: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            waiting = self._confirming.setdefault(key, [])
            waiting.append(confirmed)
            try:
                await self._pubsub.subscribe(key)
                await asyncio.wait_for(confirmed, CONFIRM_TIMEOUT)
            except (RedisError, OSError, TimeoutError):
                log.warning("redis subscribe failed; resubscribed on reconnect")
            finally:
                if confirmed in waiting:
                    waiting.remove(confirmed)
                if not waiting:
                    self._confirming.pop(key, None)
        return sub

    def _confirmed(self, key: bytes | str) -> None:
        name = key.decode() if isinstance(key, bytes) else key
        for future in self._confirming.pop(name, ()):
            if not future.done():
                future.set_result(None)

    async def _unsubscribe(self, sub: _Sub) -> None:
        subs = self._handlers.get(sub.channel)
        if subs is None or sub not in subs:
            return
        subs.remove(sub)
        if subs:
            return
        del self._handlers[sub.channel]
        if self._live and self._pubsub is not None:
            # If the connection is going away there is nothing to unsubscribe from.
            with contextlib.suppress(RedisError, OSError):
                await self._pubsub.unsubscribe(self.prefix + sub.channel)

    async def close(self) -> None:
        self._closing = True
        if self._reader is not None:
            self._reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._reader
            self._reader = None
        for task in list(self._tasks):
            task.cancel()
        await self._drop_pubsub()
        self._handlers.clear()
        for client in (self.client, self._sub_client):
            with contextlib.suppress(RedisError, OSError):
                await client.aclose()

    # -- the reader -------------------------------------------------------------
    async def _open_pubsub(self) -> None:
        """Subscribe every channel in one command and wait until Redis confirms."""
        pubsub = self._sub_client.pubsub()
        self._pubsub = pubsub
        keys = [self.prefix + NODES_CHANNEL, *(self.prefix + c for c in self._handlers)]
        await pubsub.subscribe(*keys)
        await self._confirm(pubsub, len(keys))
        self._live = True
        # Channels added while the command above was in flight.
        late = {self.prefix + c for c in self._handlers} - set(keys)
        if late:
            await pubsub.subscribe(*late)

    async def _confirm(self, pubsub: PubSub, count: int) -> None:
        """Read until `count` subscriptions are confirmed (messages meanwhile are delivered).

        Once confirmed, anything published is received, so a store read made after
        this point misses nothing."""
        deadline = time.monotonic() + CONFIRM_TIMEOUT
        confirmed = 0
        while confirmed < count:
            left = deadline - time.monotonic()
            if left <= 0:
                raise RedisTimeoutError("subscriptions not confirmed in time")
            msg = await pubsub.get_message(timeout=min(left, READ_TIMEOUT))
            if msg is None:
                continue
            if msg["type"] == "subscribe":
                confirmed += 1
            elif msg["type"] == "message":
                await self._dispatch(msg["channel"], msg["data"])

    async def _drop_pubsub(self) -> None:
        self._live = False
        # Waiters go on: the reconnection resubscribes their channels and catches up.
        for key in list(self._confirming):
            self._confirmed(key)
        pubsub, self._pubsub = self._pubsub, None
        if pubsub is not None:
            with contextlib.suppress(RedisError, OSError):
                await pubsub.aclose()  # type: ignore[no-untyped-call, unused-ignore]  # typed from redis 8.2

    async def _run(self) -> None:
        delay = self.backoff_min
        heard = time.monotonic()  # last time anything came from Redis
        pinged: float | None = None  # when the unanswered ping went out
        while not self._closing:
            try:
                if self._pubsub is None:
                    await self._open_pubsub()
                    self.reconnects += 1
                    delay = self.backoff_min
                    heard, pinged = time.monotonic(), None
                    log.info("redis pub/sub reconnected", extra={"channels": len(self._handlers)})
                    await self._notify_reconnect()
                assert self._pubsub is not None
                msg = await self._pubsub.get_message(timeout=min(READ_TIMEOUT, self.ping_after / 2))
                now = time.monotonic()
                if msg is not None:
                    heard, pinged = now, None
                elif pinged is not None and now - pinged > self.ping_after:
                    raise RedisTimeoutError("no answer to a ping on the pub/sub connection")
                elif pinged is None and now - heard > self.ping_after:
                    pinged = now
                    await self._pubsub.ping()
            except asyncio.CancelledError:
                raise
            except (RedisError, OSError) as exc:
                log.warning("redis pub/sub lost; reconnecting", extra={"error": str(exc)})
                await self._drop_pubsub()
                await asyncio.sleep(delay)
                delay = min(delay * 2, self.backoff_max)
                continue
            if msg is None:
                continue
            if msg["type"] == "message":
                await self._dispatch(msg["channel"], msg["data"])
            elif msg["type"] == "subscribe":
                self._confirmed(msg["channel"])

    async def _notify_reconnect(self) -> None:
        """Start the catch-up beside the reader: live events keep flowing meanwhile
        (feeds merge both by sequence number) and Redis's buffer for us stays small."""
        callback = self.on_reconnect
        if callback is None:
            return
        try:
            result = callback()
        except Exception:
            log.exception("catch-up after redis reconnect failed")
            return
        if inspect.isawaitable(result):
            task = asyncio.ensure_future(result)
            self._tasks.add(task)
            task.add_done_callback(self._catch_up_done)

    def _catch_up_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("catch-up after redis reconnect failed", exc_info=task.exception())

    async def _dispatch(self, key: bytes, data: bytes) -> None:
        channel = key[len(self._prefix_b) :].decode()
        for sub in list(self._handlers.get(channel, ())):
            try:
                result = sub.handler(channel, data)
                if inspect.isawaitable(result):
                    await result
            except Exception:
                log.exception("broker handler failed", extra={"channel": channel})
