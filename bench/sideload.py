"""Side loads that run beside a measured step: connection churn (S5), history reads (S6).

Both run until their `stop` event is set and are bounded in rate; neither counts
towards reach (only the stable members do).
"""

from __future__ import annotations

import asyncio
import sys
import time

from bench.targets import Member, Target

__all__ = ["churn", "history_reader"]


def log(msg: str) -> None:
    print(f"[loadgen {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


async def churn(
    target: Target, room: str, per_s: float, stop: asyncio.Event, stats: dict[str, int]
) -> None:
    """Open one member a 1/`per_s` s into `room` and close the oldest, until `stop`."""
    alive: list[Member] = []
    index = 5_000_000
    loop = asyncio.get_running_loop()
    next_t = loop.time()
    pending: set[asyncio.Task[None]] = set()

    async def one(i: int) -> None:
        try:
            m = await target.connect(i, room)
        except Exception as exc:
            stats["failed"] += 1
            log(f"churn connect failed: {exc!r}")
            return
        m.conn.to_bulk()
        alive.append(m)
        stats["opened"] += 1

    while not stop.is_set():
        index += 1
        task = asyncio.create_task(one(index))
        pending.add(task)
        task.add_done_callback(pending.discard)
        while len(alive) > per_s:
            alive.pop(0).conn.close()
            stats["closed"] += 1
        next_t += 1.0 / per_s
        await asyncio.sleep(max(0.0, next_t - loop.time()))
    if pending:
        await asyncio.wait(pending, timeout=5.0)
    for m in alive:
        m.conn.close()


async def history_reader(
    target: Target,
    readers: list[Member],
    per_s: float,
    stop: asyncio.Event,
    lat: list[int],
    stats: dict[str, int],
) -> None:
    """Round-robin history reads at `per_s`/s; each reader has one read in flight."""
    loop = asyncio.get_running_loop()
    busy: set[int] = set()
    inflight: set[asyncio.Task[None]] = set()

    async def one(i: int) -> None:
        m = readers[i]
        assert m.room is not None
        t = time.time_ns()
        m.conn.send_text(target.history(m.room, 1_000_000_000))
        try:
            await m.conn.wait_for(lambda p: p.startswith(b'{"type":"history"'), 10.0)
            lat.append(time.time_ns() - t)
            stats["history_ok"] += 1
        except (TimeoutError, ConnectionError):
            stats["history_failed"] += 1
        finally:
            busy.discard(i)

    k = 0
    next_t = loop.time()
    while not stop.is_set():
        i = k % len(readers)
        k += 1
        if i not in busy:
            busy.add(i)
            task = asyncio.create_task(one(i))
            inflight.add(task)
            task.add_done_callback(inflight.discard)
        else:
            stats["history_skipped"] += 1
        next_t += 1.0 / per_s
        await asyncio.sleep(max(0.0, next_t - loop.time()))
    if inflight:
        await asyncio.wait(inflight, timeout=10.0)
