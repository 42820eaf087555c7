"""Closing a user's connections and the minors' interim measures, seen from two nodes
sharing one broker (the in-memory one; tests/multinode runs the same over Redis)."""

from __future__ import annotations

import asyncio
import json

import pytest

from causette.broker.memory import MemoryBroker
from causette.domain.errors import Forbidden
from causette.domain.guests import Guest
from causette.domain.ids import UserId
from causette.domain.profile import Gender
from causette.services.hub import Connection, Hub
from causette.services.minors import MINORS_CHANNEL, MinorsProtection

USER = UserId("u_sanctioned")


class Peer:
    def __init__(self) -> None:
        self.events: list[tuple[str, object]] = []

    def write(self, data: bytes) -> None:
        self.events.append(("write", data))

    def buffered(self) -> int:
        return 0

    def close(self, code: int, reason: str) -> None:
        self.events.append(("close", code))


class FailingBroker(MemoryBroker):
    async def publish(self, channel: str, payload: bytes) -> None:
        raise ConnectionError("redis is down")


class HoldLog:
    """The one store call `MinorsProtection` makes: the signal goes to the queue."""

    def __init__(self) -> None:
        self.held: list[str] = []

    async def hold(
        self, target: str, sender: UserId, text: str, verdict: str, now: float, **_: object
    ) -> None:
        self.held.append(target)


def guest(user: UserId, age: int = 30) -> Guest:
    return Guest(
        id=user,
        token_hash=b"x" * 32,
        pseudonym=str(user),
        pseudonym_key=str(user),
        age=age,
        gender=Gender.OTHER,
        postal_code="69001",
        department="69",
        premium=False,
        created_at=0.0,
        last_seen_at=0.0,
    )


async def fail_gap(channel: str, first: int, last: int) -> list[tuple[int, str, bytes]]:
    raise AssertionError("no sequenced event in these tests")


def hub(broker: MemoryBroker) -> Hub:
    return Hub(broker, wrap=lambda p: p, fill_gap=fail_gap, send_queue_max=1 << 20)


async def connected(node: Hub, user: UserId) -> Peer:
    peer = Peer()
    conn = Connection(guest(user), peer, source=("127.0.0.1", 1), hidden=frozenset())
    node.register(conn)
    feed, _ = await node.feed(f"user:{user}")
    feed.add(conn, 0)
    feed.start_at(0)
    feed.ready(conn, 0)
    return peer


async def turns(count: int = 5) -> None:
    for _ in range(count):  # let the end-of-turn flush and the scheduled closes run
        await asyncio.sleep(0)


async def test_close_user_on_node_a_closes_the_connection_on_node_b_after_the_frame() -> None:
    broker = MemoryBroker()
    node_a, node_b = hub(broker), hub(broker)
    peer = await connected(node_b, USER)
    bystander = await connected(node_b, UserId("u_other"))
    frame = {"type": "notice", "code": "sanctioned", "message": "Décision de modération"}

    await node_a.close_user(USER, frame, 4401, "sanction")
    await turns()

    assert [kind for kind, _ in peer.events] == ["write", "close"]
    assert json.loads(peer.events[0][1]) == frame  # type: ignore[arg-type]
    assert peer.events[1] == ("close", 4401)
    assert bystander.events == []


async def test_close_user_still_closes_here_when_the_broker_is_down() -> None:
    node = hub(FailingBroker())
    peer = await connected(node, USER)

    await node.close_user(USER, {"type": "notice", "code": "suspended"}, 4403, "suspendu")
    await turns()

    assert [kind for kind, _ in peer.events] == ["write", "close"]
    assert peer.events[1] == ("close", 4403)


async def test_a_suspension_pending_review_on_node_a_is_seen_by_node_b_until_cleared() -> None:
    broker = MemoryBroker()
    node_a = MinorsProtection(HoldLog(), broker=broker)  # type: ignore[arg-type]
    node_b = MinorsProtection(HoldLog(), broker=broker)  # type: ignore[arg-type]
    await node_a.start()
    await node_b.start()
    adult = UserId("u_adult")
    for i in range(3):  # contact rules tripped with three different minors
        await node_a.teen_rule_tripped(adult, UserId(f"u_minor{i}"), f"dm:{i}", 60.0 * i)

    with pytest.raises(Forbidden) as refused:
        node_b.check_active(adult)
    assert refused.value.code == "suspended"

    await node_b.lift(adult, "m_1", 600.0)  # a moderator decided, on node B
    await turns()
    node_a.check_active(adult)
    node_b.check_active(adult)
    await node_a.close()
    await node_b.close()


async def test_a_malformed_change_on_the_channel_changes_nothing() -> None:
    broker = MemoryBroker()
    node = MinorsProtection(HoldLog(), broker=broker)  # type: ignore[arg-type]
    await node.start()
    for data in (b"not json", b'{"op": "suspended"}', b'{"op": "erase", "user": "u_x"}'):
        await broker.publish(MINORS_CHANNEL, data)
    await broker.publish(MINORS_CHANNEL, b'{"op": "restricted", "user": "u_x"}')
    assert node.suspended == set() and node.restricted == {UserId("u_x")}
    await node.close()
