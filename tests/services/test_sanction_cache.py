"""The posting check keeps the store's answer per session and device, and forgets it
whenever a sanction is added or lifted on any node (broker), after a broker outage, or
after `posting_ttl`: a message is never accepted from someone muted before it."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from causette.broker.memory import MemoryBroker
from causette.domain.errors import Forbidden
from causette.domain.guests import Guest
from causette.domain.ids import UserId
from causette.domain.profile import Gender
from causette.domain.sanctions import HOUR, Binding, Sanction, SanctionKind
from causette.services.sanctions import SanctionCheck

SECRET = b"test-secret-0123456789abcdef0123"


class Store:
    """`sanctions_binding` only, counting its reads; `gate` holds a read when set."""

    def __init__(self) -> None:
        self.sanctions: list[Sanction] = []
        self.reads = 0
        self.gate: asyncio.Event | None = None

    async def sanctions_binding(self, **query: Any) -> list[Sanction]:
        self.reads += 1
        found = list(self.sanctions)  # what the database holds when the read runs
        if self.gate is not None:
            await self.gate.wait()
        return found


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def guest(user: str = "u1", device: str | None = "d" * 64) -> Guest:
    return Guest(
        id=UserId(user),
        token_hash=b"x" * 32,
        pseudonym=user,
        pseudonym_key=user,
        age=30,
        gender=Gender.OTHER,
        postal_code="69001",
        department="69",
        premium=False,
        created_at=0.0,
        last_seen_at=0.0,
        device_hash=device,
    )


def mute(check: SanctionCheck, who: Guest, now: float) -> Sanction:
    return Sanction(
        id="s1",
        kind=SanctionKind.MUTE,
        binding=Binding(who.id, check.device_key(who.device_hash), None),
        start=now,
        duration=2 * HOUR,
        decided_by="m",
        reason="spam",
    )


def check_with(store: Store, clock: Clock, **kw: Any) -> SanctionCheck:
    return SanctionCheck(store, clock, SECRET, **kw)  # type: ignore[arg-type]


async def test_the_store_is_read_once_per_session_within_the_ttl() -> None:
    store, clock = Store(), Clock()
    check = check_with(store, clock, posting_ttl=30.0)
    for _ in range(5):
        await check.check_posting(guest())
    assert store.reads == 1
    await check.check_posting(guest("u2"))  # another session: its own answer
    assert store.reads == 2
    clock.now += 30.0  # kept no longer than the ttl
    await check.check_posting(guest())
    assert store.reads == 3


async def test_a_change_here_binds_the_next_message() -> None:
    store, clock = Store(), Clock()
    check = check_with(store, clock)
    who = guest()
    await check.check_posting(who)
    store.sanctions.append(mute(check, who, clock.now))
    await check.changed()  # what the desk calls once the sanction is stored
    with pytest.raises(Forbidden) as refused:
        await check.check_posting(who)
    assert refused.value.code == "muted"


async def test_a_change_on_another_node_binds_the_next_message_here() -> None:
    broker = MemoryBroker()
    store, clock = Store(), Clock()
    here = check_with(store, clock, broker=broker)
    there = check_with(store, clock, broker=broker)
    await here.start()
    await there.start()
    who = guest()
    await here.check_posting(who)
    store.sanctions.append(mute(here, who, clock.now))
    await there.changed()
    await asyncio.sleep(0)  # the broker delivers on the loop
    with pytest.raises(Forbidden):
        await here.check_posting(who)
    await here.close()
    await there.close()


async def test_an_answer_read_before_a_change_is_not_kept() -> None:
    store, clock = Store(), Clock()
    check = check_with(store, clock)
    who = guest()
    store.gate = asyncio.Event()
    reading = asyncio.ensure_future(check.check_posting(who))  # reads "no sanction"
    await asyncio.sleep(0)
    store.sanctions.append(mute(check, who, clock.now))
    await check.changed()  # while the read is in flight
    store.gate.set()
    await reading  # the message that raced the decision passes...
    store.gate = None
    with pytest.raises(Forbidden):  # ...but its stale answer was not kept
        await check.check_posting(who)


async def test_forget_drops_every_answer() -> None:
    store, clock = Store(), Clock()
    check = check_with(store, clock)
    await check.check_posting(guest())
    check.forget()  # the composition root calls it after a broker outage
    await check.check_posting(guest())
    assert store.reads == 2


async def test_the_same_device_is_muted_under_a_new_pseudonym() -> None:
    store, clock = Store(), Clock()
    check = check_with(store, clock)
    first = guest("u1")
    store.sanctions.append(mute(check, first, clock.now))
    await check.changed()
    with pytest.raises(Forbidden):
        await check.check_posting(guest("u9"))  # same browser, another session
