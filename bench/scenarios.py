"""The scenarios S1-S8 of issue 7 as load-generator cases, full and `--quick`.

A `Case` is one measured configuration (S2 has two: 20k and 50k frames/s); it
runs once per target and repeat, each time against a freshly started server.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["ALL", "PEERS", "TARGETS", "Case", "build_cases"]

PEERS = ("websockets", "python-socketio")
TARGETS = ("causette", *PEERS)
ALL = ("S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8")


@dataclass
class Case:
    """One configuration: LoadSpec fields (minus target, ports and pids) and its setting."""

    scenario: str
    label: str
    spec: dict[str, Any]
    targets: tuple[str, ...] = TARGETS
    nodes: int = 1
    needs: tuple[str, ...] = ()  # "redis", "postgres": started beside the nodes
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def build_cases(names: list[str], quick: bool) -> list[Case]:
    """The cases of the scenarios `names` (e.g. ["S1", "S2"]); smaller when `quick`."""
    unknown = [n for n in names if n not in ALL]
    if unknown:
        raise ValueError(f"unknown scenarios: {unknown}; choose among {', '.join(ALL)}")
    timing = {"warmup": 1.0, "duration": 3.0} if quick else {"warmup": 2.0, "duration": 8.0}
    room = {"kind": "fanout", "rooms": 1, "members": 1000, "senders": 10, **timing}
    many = {"kind": "fanout", "rooms": 50 if quick else 200, "members": 10, "senders": 10}
    many_offered = float(many["rooms"]) * 10 * 10  # 1 msg/s per member, 10 recipients
    out: list[Case] = []
    for name in names:
        if name == "S1":
            for n in (1000,) if quick else (1000, 5000, 10000):
                spec = {"kind": "idle", "n": n, "duration": 2.0}
                out.append(Case("S1", f"S1 idle {n // 1000}k", spec))
        elif name == "S2":
            for rate in (20000,) if quick else (20000, 50000):
                spec = {**room, "offered": [float(rate)]}
                out.append(Case("S2", f"S2 room 1000 @{rate // 1000}k", spec))
        elif name == "S3":
            spec = {**many, **timing, "offered": [many_offered]}
            out.append(Case("S3", f"S3 {many['rooms']} rooms of 10", spec))
        elif name == "S4":
            pairs = 200 if quick else 1000
            spec = {"kind": "dm", "pairs": pairs, "offered": [float(pairs)], **timing}
            out.append(Case("S4", f"S4 {pairs} DM pairs", spec))
        elif name == "S5":
            spec = {**room, "offered": [20000.0], "churn_per_s": 20.0}
            out.append(Case("S5", "S5 S2@20k + 20 churn/s", spec))
        elif name == "S6":
            spec = {**many, **timing, "offered": [many_offered], "history_per_s": 50.0}
            out.append(
                Case(
                    "S6",
                    "S6 S3 + 50 history/s",
                    spec,
                    targets=("causette",),
                    note="peers keep no history",
                )
            )
        elif name == "S7":
            rates = (
                [20e3, 40e3]
                if quick
                else [20e3, 40e3, 60e3, 80e3, 100e3, 120e3, 150e3, 180e3, 220e3]
            )
            spec = {**room, "warmup": 1.0, "duration": 3.0 if quick else 4.0, "offered": rates}
            out.append(Case("S7", "S7 knee (S2 rising)", spec))
        elif name == "S8":
            spec = {**room, "offered": [20000.0]}
            out.append(
                Case(
                    "S8",
                    "S8 2 nodes + Redis + PostgreSQL @20k",
                    spec,
                    targets=("causette",),
                    nodes=2,
                    needs=("redis", "postgres"),
                )
            )
    return out
