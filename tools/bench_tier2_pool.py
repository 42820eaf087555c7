"""How much traffic tier 2 covers in the message path: the pool as the server builds it.

    python tools/bench_tier2_pool.py [--rate 20] [--seconds 20] [--minor-share 0.2]
        [--workers 2] [--budget 0.25] [--queue 8] [--nice 10] [--out-json P] [--out-md P]

Builds the moderation the way `causette serve` does (`app.default_moderation` with
`CAUSETTE_TIER2=on`: tiers 0+1 in line, `Tier2Pool` for tier 2, warmed up), then, on
one event loop, offers development texts (`corpus/moderation/dev.jsonl` only; the
held-out parts are refused) at `--rate` texts a second for `--seconds`, a share
`--minor-share` of them in a teen room, the rest in a general room between adults.
Each text is judged as the chat service does (`check`, then `wants`/`judge`).
Reports, for the texts tier 2 wanted: the share answered, timed out, shed (`busy`),
refused (a minor involved, sender asked to retry), the hold time (p50, p99, max), and
the event loop's lateness (a 10 ms ticker: p50, p99, max) to show whether tier 2 takes
the CPU delivery needs. Writes JSON and Markdown (default `var/bench/tier2-pool.*`).
Needs the `tier2` extra.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import platform
import time
from pathlib import Path
from typing import Any

from causette.app import default_moderation
from causette.config import Settings
from causette.domain.errors import Unavailable
from causette.domain.profile import AgeBand
from causette.domain.rooms import RoomKind
from causette.moderation.verdict import Context, TextKind
from causette.services.tier2_pool import Tier2Pool

ROOT = Path(__file__).resolve().parent.parent
HELD_OUT = {"test.jsonl", "fresh.jsonl", "blind.jsonl", "blind2.jsonl"}
ADULTS = Context(TextKind.MESSAGE, RoomKind.GENERAL, AgeBand.ADULT)
TEENS = Context(TextKind.MESSAGE, RoomKind.TEEN, AgeBand.MINOR)


def dev_texts(path: Path) -> list[str]:
    if path.name in HELD_OUT:
        raise SystemExit(f"{path.name} is held out: timing runs use development texts only")
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle if line.strip()]


def quantile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def run(args: argparse.Namespace) -> dict[str, Any]:
    settings = Settings(
        data_dir=ROOT / "var",
        tier2="on",
        tier2_workers=args.workers,
        tier2_budget=args.budget,
        tier2_queue=args.queue,
        tier2_nice=args.nice,
    )
    check, _, pool = default_moderation(settings)
    assert isinstance(pool, Tier2Pool)
    texts = dev_texts(args.corpus)
    await asyncio.sleep(args.warmup)  # the pool's warm-up embedding
    loop = asyncio.get_running_loop()
    lateness: list[float] = []
    holds: list[float] = []
    counts = {"offered": 0, "wanted": 0}
    stop = loop.time() + args.seconds

    async def ticker() -> None:
        while loop.time() < stop:
            due = loop.time() + 0.01
            await asyncio.sleep(0.01)
            lateness.append(max(0.0, loop.time() - due))

    async def one(text: str, ctx: Context) -> None:
        verdict = check.check(text, ctx)
        if not pool.wants(verdict):
            return
        counts["wanted"] += 1
        started = loop.time()
        with contextlib.suppress(Unavailable):  # refused near a minor: counted in stats
            await pool.judge(verdict, text, ctx)
        holds.append(loop.time() - started)

    tick = asyncio.ensure_future(ticker())
    tasks: list[asyncio.Future[None]] = []
    gap = 1.0 / args.rate
    minor_every = round(1 / args.minor_share) if args.minor_share > 0 else 0
    i = 0
    next_at = loop.time()
    while loop.time() < stop:
        ctx = TEENS if minor_every and i % minor_every == 0 else ADULTS
        tasks.append(asyncio.ensure_future(one(texts[i % len(texts)], ctx)))
        counts["offered"] += 1
        i += 1
        next_at += gap
        await asyncio.sleep(max(0.0, next_at - loop.time()))
    await asyncio.gather(*tasks)
    await tick
    pool.close()
    stats = pool.stats
    wanted = max(1, counts["wanted"])
    return {
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs",
        "settings": {
            "rate": args.rate,
            "seconds": args.seconds,
            "minor_share": args.minor_share,
            "workers": args.workers,
            "budget": args.budget,
            "queue": args.queue,
            "nice": args.nice,
        },
        "offered": counts["offered"],
        "wanted_tier2": counts["wanted"],
        "answered_pct": round(100 * stats.answered / wanted, 1),
        "timeout_pct": round(100 * stats.timeout / wanted, 1),
        "busy_pct": round(100 * stats.busy / wanted, 1),
        "failed": stats.failed,
        "refused_pct": round(100 * stats.refused / wanted, 1),
        "hold_ms": {
            "p50": round(1000 * quantile(holds, 0.5), 1),
            "p99": round(1000 * quantile(holds, 0.99), 1),
            "max": round(1000 * max(holds, default=0.0), 1),
        },
        "loop_lateness_ms": {
            "p50": round(1000 * quantile(lateness, 0.5), 2),
            "p99": round(1000 * quantile(lateness, 0.99), 2),
            "max": round(1000 * max(lateness, default=0.0), 2),
        },
    }


def markdown(result: dict[str, Any]) -> str:
    s = result["settings"]
    return "\n".join(
        [
            "# Tier 2 pool (`tools/bench_tier2_pool.py`)",
            "",
            f"{result['machine']}; {s['rate']} texts/s for {s['seconds']} s, "
            f"{s['minor_share']:.0%} near minors; {s['workers']} workers, "
            f"budget {s['budget']} s, queue {s['queue']}, nice {s['nice']}.",
            "",
            "| offered | to tier 2 | answered | timeout | busy | refused (minors) "
            "| hold p50 / p99 / max ms | loop lateness p50 / p99 / max ms |",
            "|---|---|---|---|---|---|---|---|",
            f"| {result['offered']} | {result['wanted_tier2']} | {result['answered_pct']} % "
            f"| {result['timeout_pct']} % | {result['busy_pct']} % | {result['refused_pct']} % "
            f"| {result['hold_ms']['p50']} / {result['hold_ms']['p99']} / "
            f"{result['hold_ms']['max']} "
            f"| {result['loop_lateness_ms']['p50']} / {result['loop_lateness_ms']['p99']} / "
            f"{result['loop_lateness_ms']['max']} |",
            "",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=float, default=20.0, help="texts offered per second")
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--minor-share", type=float, default=0.2)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--budget", type=float, default=0.25)
    parser.add_argument("--queue", type=int, default=8)
    parser.add_argument("--nice", type=int, default=10)
    parser.add_argument("--warmup", type=float, default=5.0, help="seconds before offering")
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus/moderation/dev.jsonl")
    parser.add_argument("--out-json", type=Path, default=ROOT / "var/bench/tier2-pool.json")
    parser.add_argument("--out-md", type=Path, default=ROOT / "var/bench/tier2-pool.md")
    args = parser.parse_args()
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    result = {"started": started, **asyncio.run(run(args))}
    args.out_json.parent.mkdir(parents=True, exist_ok=True)
    args.out_json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    args.out_md.write_text(markdown(result), encoding="utf-8")
    print(markdown(result))


if __name__ == "__main__":
    main()
