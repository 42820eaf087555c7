"""A sender's messages on a node: one at a time, in arrival order, even when one is cancelled."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any

from causette.domain.ids import UserId
from causette.services.turns import SenderTurns

ZOE, MARC = UserId("u_zoe"), UserId("u_marc")


async def test_turns_of_one_sender_run_in_order_and_others_do_not_wait() -> None:
    turns = SenderTurns()
    gate = asyncio.Event()
    done: list[str] = []

    async def message(user: UserId, name: str, wait: bool = False) -> None:
        async with turns.turn(user):
            if wait:
                await gate.wait()
            done.append(name)

    first = asyncio.ensure_future(message(ZOE, "zoe 1", wait=True))
    await asyncio.sleep(0)
    second = asyncio.ensure_future(message(ZOE, "zoe 2"))
    await message(MARC, "marc 1")  # another sender: not behind Zoé
    await asyncio.sleep(0.01)
    assert done == ["marc 1"]
    gate.set()
    await asyncio.gather(first, second)
    assert done == ["marc 1", "zoe 1", "zoe 2"]
    assert len(turns) == 0  # nothing kept once done


def _zoe(
    turns: SenderTurns, gate: asyncio.Event, done: list[str]
) -> Callable[..., Coroutine[Any, Any, None]]:
    """Zoé's message `name`: waits for its turn, then for `gate` when `wait`, then is done."""

    async def message(name: str, wait: bool = False) -> None:
        async with turns.turn(ZOE):
            if wait:
                await gate.wait()
            done.append(name)

    return message


async def test_a_cancelled_waiter_does_not_let_the_next_one_overtake() -> None:
    turns = SenderTurns()
    gate = asyncio.Event()
    done: list[str] = []
    message = _zoe(turns, gate, done)
    first = asyncio.ensure_future(message("1", wait=True))
    await asyncio.sleep(0)
    second = asyncio.ensure_future(message("2"))
    await asyncio.sleep(0)
    third = asyncio.ensure_future(message("3"))
    await asyncio.sleep(0)
    second.cancel()  # e.g. its connection closed while it waited
    await asyncio.sleep(0.01)
    assert done == []  # "3" still waits for "1"
    gate.set()
    await asyncio.gather(first, third)
    assert done == ["1", "3"]
    assert len(turns) == 0


async def test_a_waiter_cancelled_as_its_turn_comes_passes_the_turn_on() -> None:
    turns = SenderTurns()
    gate = asyncio.Event()
    done: list[str] = []
    message = _zoe(turns, gate, done)
    first = asyncio.ensure_future(message("1", wait=True))
    await asyncio.sleep(0)
    second = asyncio.ensure_future(message("2"))
    third = asyncio.ensure_future(message("3"))
    await asyncio.sleep(0)
    gate.set()
    await asyncio.sleep(0)  # "1" ends and hands the turn to "2", which has not run yet
    second.cancel()
    await asyncio.wait_for(asyncio.gather(first, third), 1)
    assert second.cancelled()
    assert done == ["1", "3"]
    assert len(turns) == 0


async def test_a_waiter_cancelled_before_the_turn_is_released_ends_cancelled() -> None:
    """Its future is cancelled at once, its task wakes later: the turn released in between
    passes over it to the next one, and the cancelled message ends cancelled, no error."""
    turns = SenderTurns()
    gate = asyncio.Event()
    done: list[str] = []
    message = _zoe(turns, gate, done)
    first = asyncio.ensure_future(message("1", wait=True))
    await asyncio.sleep(0)
    second = asyncio.ensure_future(message("2"))
    third = asyncio.ensure_future(message("3"))
    await asyncio.sleep(0)
    gate.set()
    second.cancel()  # before "1" wakes and releases the turn
    results = await asyncio.wait_for(
        asyncio.gather(first, second, third, return_exceptions=True), 1
    )
    assert isinstance(results[1], asyncio.CancelledError)
    assert done == ["1", "3"]
    assert len(turns) == 0
