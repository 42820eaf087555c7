"""A second caller of `Hub.feed` waits until the broker has confirmed the subscription."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from causette.protocol.wsframe import text_frame
from causette.services.hub import Hub


class SlowBroker:
    """Subscriptions are confirmed only when the test says so (or fail once)."""

    def __init__(self, *, fail_first: bool = False) -> None:
        self.gate = asyncio.Event()
        self.fail_first = fail_first
        self.calls = 0

    async def publish(self, channel: str, payload: bytes) -> None:
        return None

    async def subscribe(
        self, channel: str, handler: Callable[[str, bytes], Awaitable[None] | None]
    ) -> object:
        self.calls += 1
        await self.gate.wait()
        if self.fail_first and self.calls == 1:
            raise ConnectionError("redis down")

        class _Sub:
            async def close(self) -> None:
                return None

        return _Sub()

    async def close(self) -> None:
        return None


async def _nothing(channel: str, first: int, last: int) -> list[tuple[int, str, bytes]]:
    return []


async def test_second_caller_waits_for_the_confirmation() -> None:
    broker = SlowBroker()
    hub = Hub(broker, wrap=text_frame, fill_gap=_nothing, send_queue_max=1 << 20)  # type: ignore[arg-type]
    first = asyncio.ensure_future(hub.feed("room:general"))
    await asyncio.sleep(0)
    second = asyncio.ensure_future(hub.feed("room:general"))
    await asyncio.sleep(0.01)
    assert not first.done() and not second.done()  # nobody reads the store too early
    broker.gate.set()
    (feed1, created1), (feed2, created2) = await first, await second
    assert feed1 is feed2 and created1 and not created2
    assert feed1.subscription is not None


async def test_second_caller_retries_when_the_first_subscription_failed() -> None:
    broker = SlowBroker(fail_first=True)
    hub = Hub(broker, wrap=text_frame, fill_gap=_nothing, send_queue_max=1 << 20)  # type: ignore[arg-type]
    first = asyncio.ensure_future(hub.feed("room:general"))
    await asyncio.sleep(0)
    second = asyncio.ensure_future(hub.feed("room:general"))
    await asyncio.sleep(0.01)
    broker.gate.set()
    results = await asyncio.gather(first, second, return_exceptions=True)
    assert isinstance(results[0], ConnectionError)
    feed, created = results[1]  # type: ignore[misc]
    assert created and feed.subscription is not None and broker.calls == 2
