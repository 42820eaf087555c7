"""Tier 2 in the message path: a bounded pool of threads with a time budget.

    pool = Tier2Pool(engine, workers=2, budget=0.25, max_waiting=8)
    verdict = FastTiers(engine).check(text, ctx)      # tiers 0+1, in line (< 1 ms)
    if pool.wants(verdict):
        verdict = await pool.judge(verdict, text, ctx)  # the text waits, unseen

`judge` runs `engine.with_tier2` (an embedding: tens of milliseconds) in a worker thread
(the embedder's C code releases the GIL) so the event loop keeps serving everyone else.
At most `workers` texts are embedded at once and `max_waiting` wait; the last quarter of
the waiting places is kept for texts that involve a minor, so a flood of adult traffic
cannot crowd them out. A text that finds no place, or whose answer takes longer than
`budget` seconds (queueing included), gets the verdict of `moderation.budget`
(documented there): tiers 0+1's, marked `tier2.busy` / `tier2.timeout`, or, where a
minor is involved, `Unavailable("moderation_busy")`. A text still waiting when its
budget passes is dropped from the queue, never embedded late. Counters are in `stats`;
a warning is logged at most once a minute while tier 2 misses answers.

The worker threads run at a lower CPU priority (`nice`, +10 by default, Linux): on 2
cores, a burst of texts for tier 2 must not slow delivery; what it cannot finish in time
falls back. On a machine shared with other busy processes this also puts tier 2 behind
them (docs/moderation.md has figures): lower `nice` there.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass
from typing import Protocol

from causette.domain.errors import Unavailable
from causette.moderation.budget import Unanswered, without_tier2
from causette.moderation.verdict import ALLOW, Context, TextKind, Verdict

__all__ = ["BUSY_TEXT", "FastTiers", "Tier2Engine", "Tier2Pool", "Tier2Stats"]

log = logging.getLogger(__name__)

BUSY_TEXT = (
    "La vérification de votre message a pris trop de temps : il n'a pas été envoyé. "
    "Réessayez dans un instant."
)
RETRY_AFTER = 1.0
WORKER_NICE = 10
LOG_EVERY = 60.0
WARM_CONTEXT = Context(TextKind.MESSAGE)


class Tier2Engine(Protocol):
    """What the pool needs from `moderation.engine.Engine`."""

    def wants_tier2(self, verdict: Verdict) -> bool: ...

    def with_tier2(self, verdict: Verdict, text: str, ctx: Context) -> Verdict: ...


class FastEngine(Protocol):
    def check_fast(self, text: str, ctx: Context) -> Verdict: ...


class FastTiers:
    """The checker the services call in line: an engine's tiers 0 and 1 only (its tier
    2 runs in the pool)."""

    def __init__(self, engine: FastEngine) -> None:
        self.engine = engine

    def check(self, text: str, ctx: Context) -> Verdict:
        return self.engine.check_fast(text, ctx)


@dataclass
class Tier2Stats:
    """Texts sent to tier 2, by outcome (since start)."""

    answered: int = 0
    timeout: int = 0  # the budget passed (waiting or embedding)
    busy: int = 0  # no place in the queue
    failed: int = 0  # tier 2 raised
    refused: int = 0  # of the three above, texts not accepted (a minor involved)

    @property
    def unanswered(self) -> int:
        return self.timeout + self.busy + self.failed


class Tier2Pool:
    """`SlowCheck` over a thread pool. Build one per node; `close` at shutdown."""

    def __init__(
        self,
        engine: Tier2Engine,
        *,
        workers: int = 2,
        budget: float = 0.25,
        max_waiting: int = 8,
        nice: int = WORKER_NICE,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if workers < 1 or max_waiting < 0 or budget <= 0 or not 0 <= nice <= 19:
            raise ValueError("tier 2 pool: workers >= 1, max_waiting >= 0, budget > 0, nice 0-19")
        self.engine = engine
        self.workers = workers
        self.budget = budget
        self.max_waiting = max_waiting
        # Places only a text involving a minor may take.
        self.reserved = max_waiting // 4
        self.stats = Tier2Stats()
        self._clock = clock
        self._executor = ThreadPoolExecutor(
            max_workers=workers,
            thread_name_prefix="causette-tier2",
            initializer=_lower_priority,
            initargs=(nice,),
        )
        self._lock = threading.Lock()
        self._taken = 0  # texts running or waiting; released when their thread is done
        self._logged_at = -LOG_EVERY
        self._logged_unanswered = 0

    def wants(self, verdict: Verdict) -> bool:
        return self.engine.wants_tier2(verdict)

    async def judge(self, verdict: Verdict, text: str, ctx: Context) -> Verdict:
        """Tier 2's verdict within `budget` seconds, else the fallback (module doc)."""
        if not self._admit(ctx.involves_minor):
            return self._unanswered(verdict, ctx, Unanswered.BUSY)
        deadline = self._clock() + self.budget
        try:
            job = self._executor.submit(self._run, verdict, text, ctx, deadline)
        except RuntimeError:  # shut down
            self._release(None)
            return self._unanswered(verdict, ctx, Unanswered.BUSY)
        # The place is given back when the thread is done with the text, not when the
        # caller stops waiting: the number of texts held by the pool stays bounded.
        job.add_done_callback(self._release)
        try:
            result = await asyncio.wait_for(asyncio.wrap_future(job), self.budget)
        except TimeoutError:
            job.cancel()  # still waiting: never embedded
            return self._unanswered(verdict, ctx, Unanswered.TIMEOUT)
        except Exception:
            log.exception("tier 2 failed")
            return self._unanswered(verdict, ctx, Unanswered.FAILED)
        if result is None:  # its turn came after the deadline
            return self._unanswered(verdict, ctx, Unanswered.TIMEOUT)
        self.stats.answered += 1
        return result

    def warm(self) -> None:
        """Embed one harmless text in the background, so that the first user's text does
        not pay for reading the model from disk (seconds, once)."""
        if self._admit(True):
            warm = self._executor.submit(self._run, ALLOW, "bonjour", WARM_CONTEXT, float("inf"))
            warm.add_done_callback(self._release)

    @property
    def taken(self) -> int:
        """Texts running or waiting now."""
        with self._lock:
            return self._taken

    def close(self) -> None:
        """Drop waiting texts and stop the threads (a text being embedded finishes)."""
        self._executor.shutdown(wait=False, cancel_futures=True)

    def _admit(self, minor: bool) -> bool:
        limit = self.workers + self.max_waiting - (0 if minor else self.reserved)
        with self._lock:
            if self._taken >= limit:
                return False
            self._taken += 1
            return True

    def _release(self, _: Future[Verdict | None] | None) -> None:
        with self._lock:
            self._taken -= 1

    def _run(self, verdict: Verdict, text: str, ctx: Context, deadline: float) -> Verdict | None:
        if self._clock() >= deadline:
            return None
        return self.engine.with_tier2(verdict, text, ctx)

    def _unanswered(self, verdict: Verdict, ctx: Context, why: Unanswered) -> Verdict:
        stats = self.stats
        setattr(stats, why.value, getattr(stats, why.value) + 1)
        final = without_tier2(verdict, ctx, why)
        if final is None:
            stats.refused += 1
        self._warn()
        if final is None:
            raise Unavailable("moderation_busy", BUSY_TEXT, retry_after=RETRY_AFTER)
        return final

    def _warn(self) -> None:
        now = self._clock()
        if now - self._logged_at < LOG_EVERY:
            return
        missed = self.stats.unanswered - self._logged_unanswered
        self._logged_at, self._logged_unanswered = now, self.stats.unanswered
        log.warning(
            "tier 2 did not answer in its budget",
            extra={"missed": missed, "budget": self.budget, **asdict(self.stats)},
        )


def _lower_priority(nice: int) -> None:
    """Thread initializer: `nice` more for this thread (and the OpenMP threads it starts)."""
    if nice and sys.platform.startswith("linux"):  # elsewhere it would renice the process
        tid = threading.get_native_id()
        with contextlib.suppress(OSError):
            os.setpriority(
                os.PRIO_PROCESS, tid, min(19, os.getpriority(os.PRIO_PROCESS, tid) + nice)
            )
