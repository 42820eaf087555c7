"""Percentiles, summaries and ratios used by the bench report."""

from __future__ import annotations

import math
from typing import Any

import pytest
from bench.report import knee, summarize
from bench.stats import lag_ms, median_range, percentile, percentiles_ms, ratio, tail_shape


def test_nearest_rank_percentiles_of_one_to_a_thousand() -> None:
    values = list(range(1, 1001))
    assert percentile(values, 50) == 500
    assert percentile(values, 99) == 990
    assert percentile(values, 99.9) == 999
    assert percentile(values, 100) == 1000
    assert percentile(values, 0) == 1
    assert math.isnan(percentile([], 50))
    with pytest.raises(ValueError):
        percentile(values, 101)


def test_latency_percentiles_are_reported_in_milliseconds() -> None:
    lat = percentiles_ms([3_000_000, 1_000_000, 2_000_000])
    assert lat["p50_ms"] == 2.0
    assert lat["p99_ms"] == 3.0
    assert lat["samples"] == 3


def test_ratio_is_none_when_a_side_is_missing_or_zero() -> None:
    assert ratio(6.0, 12.0) == 0.5
    assert ratio(None, 1.0) is None
    assert ratio(1.0, 0.0) is None
    assert ratio(math.nan, 1.0) is None


def test_median_range_over_repeats() -> None:
    assert median_range([3.0, 1.0, 2.0]) == (2.0, 1.0, 3.0)
    assert median_range([4.0, 1.0, None, 2.0, 3.0]) == (2.5, 1.0, 4.0)
    assert median_range([None]) is None


def step(rate: float, reach: float, p99: float, client: bool = False) -> dict[str, Any]:
    return {
        "delivered_per_s": rate,
        "reach": reach,
        "client_bound": client,
        "latency": {"p50_ms": p99 / 2, "p99_ms": p99, "p999_ms": p99},
        "server_us_per_frame": 10.0,
        "server_ms_per_msg": 1.0,
        "server_cpu_share": 0.5,
        "client_cpu_share": 0.3,
    }


def test_knee_is_the_highest_rate_with_full_reach_and_p99_within_100_ms() -> None:
    steps = [
        step(20e3, 1.0, 10),
        step(40e3, 1.0, 90),
        step(60e3, 1.0, 150),
        step(80e3, 0.98, 50),
    ]
    assert knee(steps) == 40e3
    assert knee([step(20e3, 0.9, 10)]) is None


def test_a_busy_load_generator_s_passing_step_counts_and_its_failed_step_does_not() -> None:
    # A client that reads late only adds latency: when the server still meets the
    # limit, the rate is the server's; when it misses it, the miss proves nothing.
    passed = [step(20e3, 1.0, 10), step(40e3, 1.0, 60, client=True)]
    assert knee(passed) == 40e3
    failed = [step(20e3, 1.0, 10), step(40e3, 1.0, 160, client=True)]
    assert knee(failed) == 20e3


def test_summary_gives_ratios_of_medians_to_each_peer() -> None:
    def run(target: str, us: float, rep: int) -> dict[str, Any]:
        s = step(20e3, 1.0, 20.0)
        s["server_us_per_frame"] = us
        return {"case": "S2", "target": target, "kind": "fanout", "repeat": rep, "steps": [s]}

    runs = [
        run("causette", 6.0, 0),
        run("causette", 8.0, 1),
        run("causette", 100.0, 2),
        run("websockets", 12.0, 0),
        run("python-socketio", 40.0, 0),
    ]
    summary = summarize(runs)["S2"]
    assert summary["causette"]["us_per_frame"] == (8.0, 6.0, 100.0)
    assert summary["causette"]["ratios"]["websockets"]["us_per_frame"] == pytest.approx(8 / 12)
    assert summary["causette"]["ratios"]["python-socketio"]["us_per_frame"] == pytest.approx(0.2)
    assert "websockets" not in summary["websockets"]["ratios"]


def test_tail_shape_tells_one_burst_from_a_spread_tail() -> None:
    since = 10**12
    sent = [since + i * 10_000_000 for i in range(1000)]  # one every 10 ms, over 10 s
    burst = [2_000_000] * 1000
    for i in range(500, 510):  # the 10 slowest, all sent within 100 ms at 5.0 s
        burst[i] = 90_000_000 + i
    shape = tail_shape(burst, sent, since)
    assert shape["slowest"] == 10
    assert shape["slices_100ms"] == 1
    assert shape["messages"] == 10
    assert shape["first_s"] == 5.0 and shape["last_s"] == 5.09
    assert shape["worst"][0] == [5.09, 90.0]

    spread = [2_000_000] * 1000
    for i in range(0, 1000, 100):  # 10 slow ones, one a second
        spread[i] = 90_000_000
    assert tail_shape(spread, sent, since)["slices_100ms"] == 10


def test_tail_shape_of_no_samples_and_mismatched_lists() -> None:
    assert tail_shape([], [], 0)["slowest"] == 0
    with pytest.raises(ValueError):
        tail_shape([1], [], 0)


def test_loop_lag_is_reported_in_milliseconds() -> None:
    assert lag_ms([]) == {"p99_ms": 0.0, "max_ms": 0.0}
    lag = lag_ms([1_000_000] * 99 + [40_000_000])
    assert lag == {"p99_ms": 1.0, "max_ms": 40.0}
