"""Store micro-benchmark: wall time per call of the hot MessageStore operations.

    python -m causette.storage.bench                      # SQLite (temporary file)
    python -m causette.storage.bench --postgres URL       # also PostgreSQL (a scratch schema)

Prints, per adapter, the median and p99 wall time of: room append, DM append,
the last-50 history read, and room appends from 10 concurrent tasks into one
room (the per-room lock's cost), plus that case's throughput. Figures depend on
the machine and on what else runs on it; report them with the command line.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path

from causette.domain.ids import MessageId, RoomId, UserId
from causette.domain.rooms import Room, RoomKind
from causette.ports import MessageStore

__all__ = ["main"]

ROOM = Room(RoomId("bench"), "Bench", "", RoomKind.GENERAL, True, None, 0.0)
TEXT = "Salut tout le monde, quelqu'un de Lyon ce soir ?"


async def _timed(n: int, call: Callable[[int], Awaitable[object]]) -> list[float]:
    samples = []
    for i in range(n):
        start = time.perf_counter()
        await call(i)
        samples.append(time.perf_counter() - start)
    return samples


def _line(name: str, samples: list[float]) -> str:
    ordered = sorted(samples)
    p50 = statistics.median(ordered) * 1e6
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1e6
    return f"  {name:<34} p50 {p50:8.1f} µs   p99 {p99:8.1f} µs   (n={len(samples)})"


async def run(store: MessageStore, n: int) -> list[str]:
    """Measure `store` (migrated, empty) and return the report lines."""
    await store.seed_rooms([ROOM])
    ana, bob = UserId("u-ana"), UserId("u-bob")
    lines = [
        _line(
            "append_room_message",
            await _timed(n, lambda i: store.append_room_message(ROOM.id, ana, TEXT, float(i))),
        ),
        _line("append_dm", await _timed(n, lambda i: store.append_dm(ana, bob, TEXT, float(i)))),
        _line(
            "room_messages_before(None, 50)",
            await _timed(n, lambda i: store.room_messages_before(ROOM.id, None, 50)),
        ),
        _line(
            "room_messages_after(last-20, 50)",
            await _timed(n, lambda i: store.room_messages_after(ROOM.id, MessageId(n - 20), 50)),
        ),
    ]
    tasks, per_task = 10, max(1, n // 10)
    samples: list[float] = []

    async def writer(k: int) -> None:
        samples.extend(
            await _timed(
                per_task,
                lambda i: store.append_room_message(ROOM.id, UserId(f"u-{k}"), TEXT, float(i)),
            )
        )

    start = time.perf_counter()
    await asyncio.gather(*(writer(k) for k in range(tasks)))
    elapsed = time.perf_counter() - start
    lines.append(_line(f"append, {tasks} tasks, one room", samples))
    lines.append(f"  {'  throughput':<34} {len(samples) / elapsed:8.0f} appends/s")
    return lines


async def _bench_sqlite(n: int) -> list[str]:
    from causette.storage.sqlite import SqliteStore

    with tempfile.TemporaryDirectory() as tmp:
        store = SqliteStore(Path(tmp) / "bench.db")
        try:
            await store.migrate()
            return await run(store, n)
        finally:
            await store.close()


async def _bench_postgres(url: str, n: int) -> list[str]:
    import asyncpg

    from causette.storage.postgres import PostgresStore

    schema = f"causette_bench_{uuid.uuid4().hex[:12]}"
    store = await PostgresStore.connect(url, schema=schema)
    try:
        await store.migrate()
        return await run(store, n)
    finally:
        await store.close()
        conn = await asyncpg.connect(url)
        try:
            await conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        finally:
            await conn.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("-n", type=int, default=2000, help="calls per operation")
    parser.add_argument("--postgres", metavar="URL", help="also measure this PostgreSQL server")
    args = parser.parse_args(argv)
    print(f"SQLite (WAL, synchronous=NORMAL, temporary file), n={args.n}")
    print("\n".join(asyncio.run(_bench_sqlite(args.n))))
    if args.postgres:
        print(f"PostgreSQL (asyncpg pool, scratch schema), n={args.n}")
        print("\n".join(asyncio.run(_bench_postgres(args.postgres, args.n))))


if __name__ == "__main__":
    main()
