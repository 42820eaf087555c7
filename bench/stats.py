"""Percentiles, summaries over repeats and ratios to peers. Pure functions."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

__all__ = ["lag_ms", "median_range", "percentile", "percentiles_ms", "ratio", "tail_shape"]


def percentile(sorted_values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile of already sorted values, `q` in [0, 100].

    Nearest rank never invents a value that was not observed: p99 of 1,000 samples
    is the 990th smallest. Return NaN for an empty sequence.
    """
    if not sorted_values:
        return math.nan
    if not 0.0 <= q <= 100.0:
        raise ValueError(f"percentile out of range: {q}")
    # round() first: 99.9 / 100 * 1000 is 999.0000000000001 in floating point.
    rank = max(1, math.ceil(round(q / 100.0 * len(sorted_values), 9)))
    return float(sorted_values[rank - 1])


def percentiles_ms(latencies_ns: Iterable[int]) -> dict[str, float]:
    """p50, p99 and p99.9 in milliseconds of latencies given in nanoseconds."""
    values = sorted(latencies_ns)
    return {
        "p50_ms": percentile(values, 50.0) / 1e6,
        "p99_ms": percentile(values, 99.0) / 1e6,
        "p999_ms": percentile(values, 99.9) / 1e6,
        "samples": float(len(values)),
    }


def tail_shape(
    latencies_ns: Sequence[int], sent_ns: Sequence[int], since_ns: int, worst: int = 5
) -> dict[str, object]:
    """Where the slowest 1 % of samples were sent: one burst or spread over the window.

    `sent_ns[i]` is when the message of `latencies_ns[i]` was sent; `since_ns` the
    window's start. Returns how many samples are in the slowest 1 % (`slowest`), how
    many distinct messages they are (`messages`: every probe sees each message), in how
    many distinct 100 ms slices of the window they were sent (`slices_100ms`: one or
    two is a stall somewhere, many is steady queueing), the first and last of those send
    times in seconds into the window, and the `worst` samples as [seconds, ms] pairs.
    """
    if len(latencies_ns) != len(sent_ns):
        raise ValueError("one send time per latency sample")
    if not latencies_ns:
        return {
            "slowest": 0,
            "messages": 0,
            "slices_100ms": 0,
            "first_s": None,
            "last_s": None,
            "worst": [],
        }
    # The slowest 1 % (at least one sample), slowest first.
    tail = sorted(zip(latencies_ns, sent_ns, strict=True), reverse=True)[
        : max(1, len(latencies_ns) // 100)
    ]
    at = sorted((sent - since_ns) / 1e9 for _, sent in tail)
    return {
        "slowest": len(tail),
        "messages": len({sent for _, sent in tail}),
        "slices_100ms": len({math.floor(t * 10) for t in at}),
        "first_s": round(at[0], 3),
        "last_s": round(at[-1], 3),
        "worst": [
            [round((sent - since_ns) / 1e9, 3), round(lat / 1e6, 1)] for lat, sent in tail[:worst]
        ],
    }


def lag_ms(lateness_ns: Iterable[int]) -> dict[str, float]:
    """p99 and maximum of an event loop's lateness samples, in milliseconds (0 if none)."""
    values = sorted(lateness_ns)
    if not values:
        return {"p99_ms": 0.0, "max_ms": 0.0}
    return {"p99_ms": percentile(values, 99.0) / 1e6, "max_ms": values[-1] / 1e6}


def ratio(ours: float | None, peer: float | None) -> float | None:
    """`ours / peer`, or None when either side is missing, NaN or the peer is zero."""
    if ours is None or peer is None:
        return None
    if math.isnan(ours) or math.isnan(peer) or peer == 0.0:
        return None
    return ours / peer


def median_range(values: Iterable[float | None]) -> tuple[float, float, float] | None:
    """(median, min, max) of the values that are present; None if there are none.

    The median of an even count is the mean of the two middle values.
    """
    vals = sorted(v for v in values if v is not None and not math.isnan(v))
    if not vals:
        return None
    mid = len(vals) // 2
    med = vals[mid] if len(vals) % 2 else (vals[mid - 1] + vals[mid]) / 2.0
    return med, vals[0], vals[-1]
