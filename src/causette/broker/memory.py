"""The in-process broker: one node, no network. Handlers run synchronously on publish.

Synchronous delivery keeps a room's events in commit order on a single node and
costs nothing per event beyond the handlers themselves.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Awaitable, Callable

__all__ = ["MemoryBroker"]

log = logging.getLogger(__name__)

Handler = Callable[[str, bytes], Awaitable[None] | None]


class _Sub:
    __slots__ = ("broker", "channel", "handler")  # one per subscribed channel per node

    def __init__(self, broker: MemoryBroker, channel: str, handler: Handler) -> None:
        self.broker = broker
        self.channel = channel
        self.handler = handler

    async def close(self) -> None:
        handlers = self.broker.channels.get(self.channel)
        if handlers is not None and self in handlers:
            handlers.remove(self)
            if not handlers:
                del self.broker.channels[self.channel]


class MemoryBroker:
    """Channels held in a dict; several app instances may share one (tests of fan-out)."""

    def __init__(self) -> None:
        self.channels: dict[str, list[_Sub]] = {}

    async def publish(self, channel: str, payload: bytes) -> None:
        for sub in list(self.channels.get(channel, ())):
            try:
                result = sub.handler(channel, payload)
                if inspect.isawaitable(result):
                    await result
            except Exception:
                log.exception("broker handler failed", extra={"channel": channel})

    async def subscribe(self, channel: str, handler: Handler) -> _Sub:
        sub = _Sub(self, channel, handler)
        self.channels.setdefault(channel, []).append(sub)
        return sub

    async def close(self) -> None:
        self.channels.clear()
