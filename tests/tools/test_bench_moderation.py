"""`tools/bench_moderation.py` times each check and reports honest percentiles.

A fake clock makes every duration known in advance; no test here measures real time.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parents[2] / "tools"
if str(TOOLS) not in sys.path:
    sys.path.insert(0, str(TOOLS))

from bench_moderation import main, percentile, run_bench  # noqa: E402
from corpus_stats import Case, load_corpus  # noqa: E402

from causette.moderation.verdict import Action, Context, Verdict  # noqa: E402


class CountingEngine:
    def __init__(self) -> None:
        self.calls = 0

    def check(self, text: str, ctx: Context) -> Verdict:
        self.calls += 1
        return Verdict(Action.ALLOW)


def stepping_clock(durations_ns: list[int]) -> Callable[[], int]:
    """A perf_counter_ns stand-in: the n-th timed check lasts durations_ns[n]."""
    queue: Iterator[int] = iter(durations_ns)
    now = 0
    reads = 0

    def clock() -> int:
        nonlocal now, reads
        reads += 1
        if reads % 2 == 0:  # the second read of a pair ends a timed check
            now += next(queue)
        return now

    return clock


@pytest.fixture(scope="module")
def cases() -> list[Case]:
    return load_corpus()["dev"][:10]


def test_percentile_is_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 50) == 50
    assert percentile(values, 99) == 99
    assert percentile(values, 99.9) == 100
    assert percentile(values, 100) == 100
    assert percentile([7.0], 99.9) == 7.0
    with pytest.raises(ValueError):
        percentile([], 50)


def test_each_check_is_timed_once_per_round_after_untimed_warmup(cases: list[Case]) -> None:
    engine = CountingEngine()
    durations = [100_000 + i for i in range(len(cases) * 3)]
    result = run_bench(engine, cases, rounds=3, warmup=2, clock=stepping_clock(durations))
    assert engine.calls == len(cases) * 5
    assert result.samples_ns == sorted(durations)
    assert result.texts == len(cases)


def test_p99_target_passes_under_1_ms_and_misses_above(cases: list[Case]) -> None:
    n = len(cases) * 10
    fast = run_bench(
        CountingEngine(), cases, rounds=10, warmup=0, clock=stepping_clock([900_000] * n)
    )
    assert fast.us(99) == 900.0 and fast.passed
    assert fast.messages_per_second == pytest.approx(1 / 0.0009)
    # One slow check in a hundred is the p99: it must count.
    slow_tail = [200_000] * (n - 2) + [1_500_000] * 2
    slow = run_bench(CountingEngine(), cases, rounds=10, warmup=0, clock=stepping_clock(slow_tail))
    assert slow.us(50) == 200.0
    assert slow.us(99) == 1500.0 and not slow.passed
    assert slow.slowest[0][1] == 1500.0
    # The diagnostic median per text ignores a rare slow round; the target does not.
    assert slow.to_json()["p99_of_text_medians_us"] == 200.0


def test_main_writes_json_and_markdown(tmp_path: Path) -> None:
    out_json, out_md = tmp_path / "b.json", tmp_path / "b.md"
    code = main(
        [
            "--rounds",
            "1",
            "--warmup",
            "0",
            "--no-pin",
            "--out-json",
            str(out_json),
            "--out-md",
            str(out_md),
        ],
        engine=CountingEngine(),
    )
    assert code == 0
    data = json.loads(out_json.read_text(encoding="utf-8"))
    corpus = load_corpus()
    assert data["samples"] == len(corpus["dev"]) + len(corpus["test"])
    assert data["pinned_cpu"] is None
    assert {"p50_us", "p99_us", "p99_9_us", "max_us", "messages_per_second"} <= data.keys()
    assert "p99 ≤ 1 ms" in out_md.read_text(encoding="utf-8")
