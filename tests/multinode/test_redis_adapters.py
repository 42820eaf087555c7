"""The Redis adapters against the real Redis, in one process: two "nodes" share state.

Time is a fake clock passed to the adapters (leases, grace, buckets); no test sleeps
to let time pass, only to let Redis answer.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from urllib.parse import urlsplit

import pytest

from causette.broker.redis import RedisBroker
from causette.broker.redis_state import RedisPresence, RedisRateLimits
from causette.domain.errors import Unavailable
from causette.domain.ids import RoomId, UserId
from tests.conftest import FakeClock
from tests.multinode.cluster import Relay, service_url

pytestmark = pytest.mark.redis

ROOM = RoomId("general")
ZOE, MARC = UserId("u_zoe"), UserId("u_marc")


@pytest.fixture
async def broker(redis_prefix: str) -> AsyncIterator[RedisBroker]:
    b = await RedisBroker.connect(service_url("redis"), prefix=redis_prefix)
    yield b
    await b.close()


async def wait_until(check: object, timeout: float = 5.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while loop.time() < deadline:
        if callable(check) and check():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("condition not met in time")


async def test_payload_reaches_every_node_untouched_once(redis_prefix: str) -> None:
    nodes = [await RedisBroker.connect(service_url("redis"), prefix=redis_prefix) for _ in range(2)]
    try:
        got: list[list[tuple[str, bytes]]] = [[], []]
        for i, node in enumerate(nodes):

            def handler(channel: str, data: bytes, i: int = i) -> None:
                got[i].append((channel, data))

            await node.subscribe("room:general", handler)
        payload = b'M|7|u_zoe|{"type":"message","text":"\xc3\xa9t\xc3\xa9"}'
        await nodes[0].publish("room:general", payload)
        await nodes[1].publish("room:other", b"P|{}")  # nobody listens there
        await wait_until(lambda: all(got))
        await asyncio.sleep(0.1)
        assert got == [[("room:general", payload)], [("room:general", payload)]]
    finally:
        for node in nodes:
            await node.close()


async def test_unsubscribed_channel_stops_delivering(broker: RedisBroker) -> None:
    got: list[bytes] = []
    sub = await broker.subscribe("user:u_zoe", lambda c, d: got.append(d))
    await broker.publish("user:u_zoe", b"P|1")
    await wait_until(lambda: got == [b"P|1"])
    await sub.close()
    await broker.publish("user:u_zoe", b"P|2")
    await asyncio.sleep(0.2)
    assert got == [b"P|1"]


async def test_publish_to_an_absent_redis_raises_unavailable() -> None:
    from tests.e2e.server import free_port

    port = free_port()  # nothing listens there
    with pytest.raises(Unavailable):
        await RedisBroker.connect(f"redis://127.0.0.1:{port}/0")


Left = list[tuple[str, RoomId, UserId]]


def presence_pair(
    broker: RedisBroker, prefix: str, clock: FakeClock, grace: float = 10.0
) -> tuple[list[RedisPresence], Left]:
    left: Left = []
    nodes = []
    for name in ("A", "B"):

        def on_left(room: RoomId, user: UserId, name: str = name) -> None:
            left.append((name, room, user))

        nodes.append(
            RedisPresence(
                broker.client, prefix=prefix, grace=grace, on_left=on_left, clock=clock, node=name
            )
        )
    return nodes, left


async def test_member_list_and_counts_are_the_same_on_both_nodes(
    broker: RedisBroker, redis_prefix: str
) -> None:
    clock = FakeClock()
    (a, b), _ = presence_pair(broker, redis_prefix, clock)
    assert await a.arrive(ROOM, ZOE) is True
    assert await b.arrive(ROOM, MARC) is True
    assert await b.arrive(ROOM, ZOE) is False  # already present through node A
    assert sorted(await a.members(ROOM)) == sorted(await b.members(ROOM)) == [MARC, ZOE]
    assert await a.counts([ROOM, RoomId("paris")]) == {ROOM: 2, RoomId("paris"): 0}
    assert await b.counts([ROOM]) == {ROOM: 2}


async def test_leave_is_announced_once_when_no_node_holds_the_user(
    broker: RedisBroker, redis_prefix: str
) -> None:
    clock = FakeClock()
    (a, b), left = presence_pair(broker, redis_prefix, clock)
    await a.arrive(ROOM, ZOE)
    await b.arrive(ROOM, ZOE)
    await a.depart(ROOM, ZOE, disconnected=False, now=clock())
    assert left == [] and await b.members(ROOM) == [ZOE]
    await b.depart(ROOM, ZOE, disconnected=False, now=clock())
    assert left == [("B", ROOM, ZOE)]
    assert await a.members(ROOM) == []
    assert await a.empty_since(ROOM) == pytest.approx(clock())


async def test_a_dead_node_s_users_drop_out_when_its_lease_ends(
    broker: RedisBroker, redis_prefix: str
) -> None:
    clock = FakeClock()
    (a, b), _ = presence_pair(broker, redis_prefix, clock)
    await a.arrive(ROOM, ZOE)  # node A then dies: it never renews
    await b.arrive(ROOM, MARC)
    clock.advance(20)
    await b.renew()
    assert sorted(await b.members(ROOM)) == [MARC, ZOE]
    clock.advance(15)  # A's lease (30 s) is over, B renewed its own
    assert await b.members(ROOM) == [MARC]
    assert await b.counts([ROOM]) == {ROOM: 1}


async def test_reconnect_on_the_other_node_within_grace_is_not_a_departure(
    broker: RedisBroker, redis_prefix: str
) -> None:
    clock = FakeClock()
    (a, b), left = presence_pair(broker, redis_prefix, clock, grace=0.2)
    await a.arrive(ROOM, ZOE)
    await a.depart(ROOM, ZOE, disconnected=True, now=clock())
    assert await b.members(ROOM) == [ZOE]  # within the grace period
    assert await b.arrive(ROOM, ZOE) is False  # came back through B: no new arrival
    clock.advance(1)
    await asyncio.sleep(0.4)  # A's grace timer (real time) runs its check
    assert left == []
    await b.depart(ROOM, ZOE, disconnected=True, now=clock())
    clock.advance(1)
    await wait_until(lambda: left == [("B", ROOM, ZOE)])
    await a.close()
    await b.close()


async def test_token_bucket_is_shared_between_nodes(broker: RedisBroker, redis_prefix: str) -> None:
    clock = FakeClock()
    a, b = (
        RedisRateLimits(broker.client, prefix=redis_prefix, capacity=3, window=3.0, wait=5.0)
        for _ in range(2)
    )
    assert [await a.take(ZOE, clock()) for _ in range(2)] == [0.0, 0.0]
    assert await b.take(ZOE, clock()) == 0.0
    assert await b.take(ZOE, clock()) == pytest.approx(1.0)  # empty: one token a second
    assert await a.take(MARC, clock()) == 0.0  # another user's budget is untouched
    clock.advance(1.0)
    assert await a.take(ZOE, clock()) == 0.0

    assert await a.join_wait(ZOE, clock(), premium=False) == 0.0
    await a.record_join(ZOE, clock())
    clock.advance(2)
    assert await b.join_wait(ZOE, clock(), premium=False) == pytest.approx(3.0)
    assert await b.join_wait(ZOE, clock(), premium=True) == 0.0


async def test_the_rooms_a_session_joined_are_shared_between_nodes(
    broker: RedisBroker, redis_prefix: str
) -> None:
    clock = FakeClock()
    a, b = (
        RedisRateLimits(
            broker.client, prefix=redis_prefix, capacity=3, window=3.0, wait=5.0, room_memory=60
        )
        for _ in range(2)
    )
    general, paris = RoomId("general"), RoomId("paris")
    assert await b.joined_rooms(ZOE, clock()) == set()
    await a.remember_rooms(ZOE, [general, paris], clock())
    assert await b.joined_rooms(ZOE, clock()) == {general, paris}
    assert await b.joined_rooms(MARC, clock()) == set()
    await b.forget_room(ZOE, paris)
    assert await a.joined_rooms(ZOE, clock()) == {general}
    clock.advance(61)
    assert await a.joined_rooms(ZOE, clock()) == set()  # remembered 60 s after last seen


async def test_renew_writes_the_leases_again_after_redis_lost_them(
    broker: RedisBroker, redis_prefix: str
) -> None:
    clock = FakeClock()
    (a, b), _ = presence_pair(broker, redis_prefix, clock)
    await a.arrive(ROOM, ZOE)
    await a.arrive(RoomId("paris"), MARC)
    keys = [k async for k in broker.client.scan_iter(match=redis_prefix + "*")]
    await broker.client.delete(*keys)  # what a Redis restart without persistence does
    assert await b.members(ROOM) == []
    await a.renew()
    assert await b.members(ROOM) == [ZOE]
    assert await b.counts([ROOM, RoomId("paris")]) == {ROOM: 1, RoomId("paris"): 1}


async def test_a_silent_pubsub_connection_is_noticed_and_replaced(redis_prefix: str) -> None:
    """A network cut without a reset: the ping goes unanswered, the node reconnects,
    resubscribes and asks for a catch-up."""
    target = urlsplit(service_url("redis"))
    relay = Relay((target.hostname or "127.0.0.1", target.port or 6379))
    await relay.start()
    broker = await RedisBroker.connect(
        f"redis://127.0.0.1:{relay.port}/0", prefix=redis_prefix, ping_after=0.3
    )
    direct = await RedisBroker.connect(service_url("redis"), prefix=redis_prefix)
    try:
        caught_up = asyncio.Event()
        broker.on_reconnect = caught_up.set
        got: list[bytes] = []
        await broker.subscribe("room:general", lambda c, d: got.append(d))
        await asyncio.sleep(1.0)  # pings answered: the connection stays
        assert broker.connected and not caught_up.is_set()

        relay.frozen = True
        await wait_until(lambda: not broker.connected)
        relay.frozen = False
        await asyncio.wait_for(caught_up.wait(), 10)
        assert broker.connected
        await direct.publish("room:general", b"P|apres")
        await wait_until(lambda: got == [b"P|apres"])
    finally:
        await broker.close()
        await direct.close()
        await relay.cut()
