"""Turn raw runs into summaries, ratios to peers, a Markdown table and a PNG plot.

A run is the dict `bench.run` stores per (case, target, repeat): the load
generator's result plus `case`, `scenario`, `target`, `repeat`. Summaries take the
median over repeats, with [min-max] when there are several.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from bench.loadgen import CONTENDED
from bench.scenarios import PEERS
from bench.stats import median_range, ratio

__all__ = ["headline", "knee", "markdown", "plot", "summarize"]

# Metrics where lower is better get ratio ours/peer < 1 when we win; the knee and
# the delivered rate are "higher is better".
RATIO_METRICS = ("us_per_frame", "p99_ms", "ms_per_msg", "kb_per_conn", "knee_per_s")


def knee(steps: list[dict[str, Any]], p99_limit_ms: float = 100.0) -> float | None:
    """Highest delivered frames/s among steps with reach 1.0 and p99 within the limit;
    None if no step passed.

    A step whose load generator was busy (`client_bound`) counts when it passes: a
    client that reads late can only add to the latency it measures, never to the frames
    it counts, so its pass is the server's. The load generator ends a sweep at such a
    step (it cannot offer more), so a knee found there is a lower bound: the table flags
    the step "(client-bound)". A busy client's failed step is not counted either way."""
    ok = [
        s["delivered_per_s"]
        for s in steps
        if s["reach"] == 1.0
        and not math.isnan(s["latency"]["p99_ms"])
        and s["latency"]["p99_ms"] <= p99_limit_ms
    ]
    return max(ok) if ok else None


def headline(run: dict[str, Any]) -> dict[str, float | None]:
    """The comparable figures of one run (None where they do not apply)."""
    if "error" in run:
        return {}
    if run["kind"] == "idle":
        return {
            "kb_per_conn": run["kb_per_conn"],
            "connects_per_s": run["connects_per_s"],
            "idle_cpu": run["idle_server_cpu_share"],
        }
    steps = run["steps"]
    if not steps:
        return {}
    # A sweep (S7) shows the step at its knee, or its first step when none passed.
    k = knee(steps)
    s = next((x for x in steps if x["delivered_per_s"] == k), steps[0])
    out: dict[str, float | None] = {
        "delivered_per_s": s["delivered_per_s"],
        "reach": s["reach"],
        "refused": s.get("refused", 0),
        "p50_ms": s["latency"]["p50_ms"],
        "p99_ms": s["latency"]["p99_ms"],
        "p999_ms": s["latency"]["p999_ms"],
        "us_per_frame": s["server_us_per_frame"],
        "ms_per_msg": s["server_ms_per_msg"],
        "server_cpu": s["server_cpu_share"],
        "client_cpu": s["client_cpu_share"],
        "server_wait": s.get("server_wait_share"),
        "client_wait": s.get("client_wait_share"),
    }
    if len(steps) > 1:
        out["knee_per_s"] = knee(steps)
    if "history" in s:
        out["history_p99_ms"] = s["history"]["p99_ms"]
    return out


def summarize(runs: Iterable[dict[str, Any]]) -> dict[str, dict[str, dict[str, Any]]]:
    """{case label: {target: {metric: (median, min, max) | None, "errors": [...]}}},
    plus a "ratios" entry per target: {peer: {metric: ratio of medians}}."""
    grouped: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for run in runs:
        grouped.setdefault(run["case"], {}).setdefault(run["target"], []).append(run)
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for case, by_target in grouped.items():
        out[case] = {}
        for target, trs in by_target.items():
            heads = [headline(r) for r in trs]
            keys = sorted({k for h in heads for k in h})
            entry: dict[str, Any] = {k: median_range(h.get(k) for h in heads) for k in keys}
            entry["errors"] = [r["error"] for r in trs if "error" in r]
            entry["notes"] = sorted({r["note"] for r in trs if "note" in r})
            entry["repeats"] = len(trs)
            out[case][target] = entry
        for target, entry in out[case].items():
            entry["ratios"] = {
                peer: {
                    m: ratio(_med(entry.get(m)), _med(out[case][peer].get(m)))
                    for m in RATIO_METRICS
                }
                for peer in PEERS
                if peer in out[case] and peer != target
            }
    return out


def _med(v: Any) -> float | None:
    return None if v is None else float(v[0])


def _fmt(v: Any, digits: int = 1) -> str:
    if v is None:
        return "–"
    med, lo, hi = v
    if lo == hi:
        return f"{med:,.{digits}f}"
    return f"{med:,.{digits}f} [{lo:,.{digits}f}–{hi:,.{digits}f}]"


def _r(x: float | None) -> str:
    return "–" if x is None else f"{x:.2f}×"


def markdown(summary: dict[str, dict[str, dict[str, Any]]], meta: dict[str, Any]) -> str:
    """The report: one table for traffic cases, one for idle cases, then ratios."""
    lines = [
        f"# Causette bench, {meta['started']}",
        "",
        f"Machine: {meta['machine']}. Command: `{meta['command']}`. "
        f"Server pinned to CPU{meta['server_cpu']}, load generator to CPU{meta['client_cpu']}. "
        f"Repeats: {meta['repeats']} (median [min–max]). Versions: {meta['versions']}.",
        "",
        f"Causette moderation engine: {meta.get('moderation', 'unknown')}.",
        "",
        "Run-queue wait s/c: seconds per second the server (s) or load generator (c) was "
        "runnable but another process held its core; above "
        f"{CONTENDED} the run is marked contended and its latency is pessimistic.",
        "",
        "| case | target | delivered/s | reach | p50 ms | p99 ms | p99.9 ms | µs CPU/frame "
        "| ms CPU/msg | server CPU | client CPU | run-queue wait s/c | knee/s |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    idle = [
        "",
        "| case | target | KB/conn | connects/s | idle server CPU |",
        "|---|---|---|---|---|",
    ]
    ratios = [
        "",
        "Ratios (target ÷ peer, medians; < 1 is cheaper/faster, for the knee > 1 is better):",
        "",
        "| case | target | vs | µs/frame | p99 | ms/msg | KB/conn | knee |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for case, by_target in summary.items():
        for target, e in by_target.items():
            if e["errors"] and e["repeats"] == len(e["errors"]):
                err = " ".join(e["errors"][0].split())[:160].replace("|", "/")
                lines.append(f"| {case} | {target} | **{err}** |" + " |" * 9)
                continue
            if "kb_per_conn" in e:
                idle.append(
                    f"| {case} | {target} | {_fmt(e['kb_per_conn'])} | "
                    f"{_fmt(e['connects_per_s'], 0)} | {_fmt(e['idle_cpu'], 3)} |"
                )
            else:
                flag = " (client-bound)" if (_med(e.get("client_cpu")) or 0) > 0.7 else ""
                waits = (_med(e.get("server_wait")) or 0, _med(e.get("client_wait")) or 0)
                busy = " (contended)" if max(waits) > CONTENDED else ""
                n_refused = _med(e.get("refused")) or 0
                held = f" ({n_refused:.0f} refused)" if n_refused else ""
                lines.append(
                    f"| {case} | {target} | {_fmt(e.get('delivered_per_s'), 0)} | "
                    f"{_fmt(e.get('reach'), 4)}{held} | {_fmt(e.get('p50_ms'))} | "
                    f"{_fmt(e.get('p99_ms'))} | {_fmt(e.get('p999_ms'))} | "
                    f"{_fmt(e.get('us_per_frame'))} | {_fmt(e.get('ms_per_msg'), 3)} | "
                    f"{_fmt(e.get('server_cpu'), 2)} | {_fmt(e.get('client_cpu'), 2)}{flag} | "
                    f"{_fmt(e.get('server_wait'), 2)} / {_fmt(e.get('client_wait'), 2)}{busy} | "
                    f"{_fmt(e.get('knee_per_s'), 0)} |"
                )
            for peer, r in e["ratios"].items():
                ratios.append(
                    f"| {case} | {target} | {peer} | {_r(r['us_per_frame'])} | "
                    f"{_r(r['p99_ms'])} | {_r(r['ms_per_msg'])} | "
                    f"{_r(r['kb_per_conn'])} | {_r(r['knee_per_s'])} |"
                )
    notes = [
        f"- {case} / {target}: {n}"
        for case, bt in summary.items()
        for target, e in bt.items()
        for n in e.get("notes", [])
    ]
    if notes:
        notes = ["", "Notes:", "", *notes]
    return "\n".join(lines + idle + ratios + notes) + "\n"


def plot(
    runs: list[dict[str, Any]], summary: dict[str, dict[str, dict[str, Any]]], path: Path
) -> None:
    """Latency PNG: p50/p99/p99.9 per traffic case and target, and the S7 sweep."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    cases = [c for c, bt in summary.items() if any("p99_ms" in e for e in bt.values())]
    sweeps = [r for r in runs if "steps" in r and len(r["steps"]) > 1]
    fig, axes = plt.subplots(1, 2 if sweeps else 1, figsize=(14 if sweeps else 9, 5), squeeze=False)
    ax = axes[0][0]
    targets = sorted({t for c in cases for t, e in summary[c].items() if e.get("p99_ms")})
    width = 0.8 / max(1, len(targets))
    for k, target in enumerate(targets):
        xs, p50, p99, p999 = [], [], [], []
        for i, c in enumerate(cases):
            e = summary[c].get(target)
            if e is None or e.get("p99_ms") is None:
                continue
            xs.append(i + (k - (len(targets) - 1) / 2) * width)
            p50.append(e["p50_ms"][0])
            p99.append(e["p99_ms"][0])
            p999.append(e["p999_ms"][0])
        ax.bar(xs, p99, width, label=f"{target} p99", alpha=0.8)
        ax.scatter(xs, p50, marker="_", color="black", s=80)
        ax.scatter(xs, p999, marker="^", color="black", s=14)
    ax.set_xticks(range(len(cases)), cases, rotation=20, ha="right", fontsize=8)
    ax.set_yscale("log")
    ax.set_ylabel("latency ms (bar p99, – p50, ▲ p99.9)")
    ax.set_title("Send → receive latency per case")
    ax.legend(fontsize=8)
    if sweeps:
        ax2 = axes[0][1]
        for r in sweeps:
            xs2 = [s["delivered_per_s"] / 1000 for s in r["steps"]]
            ys2 = [s["latency"]["p99_ms"] for s in r["steps"]]
            ax2.plot(xs2, ys2, marker="o", label=f"{r['target']} #{r['repeat']}")
        ax2.axhline(100.0, color="red", linestyle="--", linewidth=1)
        ax2.set_yscale("log")
        ax2.set_xlabel("delivered k frames/s")
        ax2.set_ylabel("p99 ms")
        ax2.set_title("S7: p99 against delivered rate (knee at 100 ms)")
        ax2.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
