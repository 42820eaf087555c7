"""The tier 2 pool: bounded, within its budget, and what happens when it does not answer.

A fake engine stands in for tier 2: each text waits until the test opens its gate, so
nothing here depends on how fast the machine is, only on the budgets' order of
magnitude (a text the test never lets through must time out).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator

import pytest

from causette.domain.errors import Unavailable
from causette.domain.profile import AgeBand
from causette.domain.rooms import RoomKind
from causette.moderation.verdict import ALLOW, Action, Context, TextKind, Verdict
from causette.services.tier2_pool import Tier2Pool

ADULTS = Context(TextKind.MESSAGE, RoomKind.GENERAL, AgeBand.ADULT)
TEENS = Context(TextKind.MESSAGE, RoomKind.TEEN, AgeBand.MINOR)
HELD = Verdict(Action.REVIEW, categories=("drugs",), rules=("drugs.model",))


class GatedEngine:
    """Tier 2 double: "flag" in a text asks for review; every text waits for `gate`."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.started: list[str] = []
        self.fail = False

    def wants_tier2(self, verdict: Verdict) -> bool:
        return verdict.action is not Action.BLOCK

    def with_tier2(self, verdict: Verdict, text: str, ctx: Context) -> Verdict:
        self.started.append(text)
        self.gate.wait(10.0)
        if self.fail:
            raise RuntimeError("tier 2 broke")
        if "flag" in text:
            return Verdict(Action.REVIEW, categories=("drugs",), rules=("tier2.drugs",))
        return verdict


@pytest.fixture
def engine() -> Iterator[GatedEngine]:
    fake = GatedEngine()
    yield fake
    fake.gate.set()  # never leave a worker thread waiting


def pool_of(engine: GatedEngine, **kw: float) -> Tier2Pool:
    return Tier2Pool(engine, **{"workers": 1, "budget": 5.0, "max_waiting": 2, **kw})  # type: ignore[arg-type]


async def test_the_verdict_is_tier2s_when_it_answers_in_time(engine: GatedEngine) -> None:
    pool = pool_of(engine)
    engine.gate.set()
    assert await pool.judge(ALLOW, "salut", ADULTS) == ALLOW
    flagged = await pool.judge(ALLOW, "flag this", ADULTS)
    assert flagged.action is Action.REVIEW and flagged.rules == ("tier2.drugs",)
    assert pool.stats.answered == 2 and pool.stats.unanswered == 0
    pool.close()


async def test_the_pool_holds_at_most_workers_plus_queue_and_sheds_the_rest(
    engine: GatedEngine,
) -> None:
    pool = pool_of(engine, workers=1, max_waiting=2)
    waiting = [asyncio.ensure_future(pool.judge(ALLOW, f"t{i}", ADULTS)) for i in range(3)]
    await asyncio.sleep(0.05)
    assert pool.taken == 3
    # The fourth finds no place: it is not queued, it gets tiers 0+1's verdict, marked.
    shed = await pool.judge(ALLOW, "t3", ADULTS)
    assert shed.action is Action.ALLOW and shed.scores["tier2.busy"] == 1.0
    assert pool.taken == 3
    engine.gate.set()
    assert [v.action for v in await asyncio.gather(*waiting)] == [Action.ALLOW] * 3
    assert "t3" not in engine.started
    assert (pool.stats.answered, pool.stats.busy) == (3, 1)
    pool.close()


async def test_places_are_kept_for_texts_involving_a_minor(engine: GatedEngine) -> None:
    pool = pool_of(engine, workers=1, max_waiting=4)  # one of the four places kept
    adults = [asyncio.ensure_future(pool.judge(ALLOW, f"a{i}", ADULTS)) for i in range(4)]
    await asyncio.sleep(0.05)
    assert pool.taken == 4  # the fifth adult text would find no place...
    assert (await pool.judge(ALLOW, "a4", ADULTS)).scores["tier2.busy"] == 1.0
    teen = asyncio.ensure_future(pool.judge(ALLOW, "teen", TEENS))  # ...a minor's does
    await asyncio.sleep(0.05)
    assert pool.taken == 5
    engine.gate.set()
    assert (await teen).action is Action.ALLOW
    await asyncio.gather(*adults)
    pool.close()


async def test_past_the_budget_an_adults_text_keeps_the_fast_verdict_marked(
    engine: GatedEngine,
) -> None:
    pool = pool_of(engine, budget=0.05)
    verdict = await pool.judge(ALLOW, "slow", ADULTS)
    assert verdict.action is Action.ALLOW
    assert verdict.scores["tier2.timeout"] == 1.0
    held = await pool.judge(HELD, "slow too", ADULTS)  # still waits for a moderator
    assert held.action is Action.REVIEW and held.scores["tier2.timeout"] == 1.0
    assert (pool.stats.timeout, pool.stats.refused) == (2, 0)
    engine.gate.set()
    pool.close()


async def test_past_the_budget_a_text_involving_a_minor_is_not_accepted(
    engine: GatedEngine,
) -> None:
    pool = pool_of(engine, budget=0.05)
    with pytest.raises(Unavailable) as refused:
        await pool.judge(ALLOW, "slow", TEENS)
    assert refused.value.code == "moderation_busy"
    assert refused.value.retry_after and refused.value.retry_after > 0
    assert "Réessayez" in refused.value.message
    # Held by tiers 0+1 already: a moderator decides, nothing to refuse.
    assert (await pool.judge(HELD, "slow too", TEENS)).action is Action.REVIEW
    assert (pool.stats.timeout, pool.stats.refused) == (2, 1)
    engine.gate.set()
    pool.close()


async def test_a_text_still_queued_at_its_deadline_is_never_embedded(
    engine: GatedEngine,
) -> None:
    pool = pool_of(engine, workers=1, max_waiting=2, budget=0.1)
    first = asyncio.ensure_future(pool.judge(ALLOW, "first", ADULTS))
    await asyncio.sleep(0.02)
    queued = await pool.judge(ALLOW, "queued", ADULTS)
    assert queued.scores["tier2.timeout"] == 1.0
    engine.gate.set()
    await first
    await asyncio.sleep(0.05)
    assert engine.started == ["first"]
    assert pool.taken == 0  # every place given back
    pool.close()


async def test_a_failing_tier2_falls_back_like_a_timeout(engine: GatedEngine) -> None:
    pool = pool_of(engine)
    engine.fail = True
    engine.gate.set()
    verdict = await pool.judge(ALLOW, "boom", ADULTS)
    assert verdict.action is Action.ALLOW and verdict.scores["tier2.failed"] == 1.0
    with pytest.raises(Unavailable):
        await pool.judge(ALLOW, "boom", TEENS)
    pool.close()
