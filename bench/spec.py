"""What one load-generator run does: a plain, JSON-serialisable spec."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any

__all__ = ["LoadSpec"]


@dataclass
class LoadSpec:
    """One run of the load generator against one server.

    `kind` is ``idle`` (N connections, no traffic), ``fanout`` (`rooms` rooms of
    `members`, `senders` senders per room) or ``dm`` (`pairs` pairs exchanging
    private messages). `offered` lists total offered frames/s, one step each (S7
    sweeps several); for ``dm`` it is messages/s. Every run is bounded: `timeout`
    caps the whole run, `drain` the wait for late frames after the last send.
    `bulk_reader` is ``c`` (bulk connections counted by `bench/bulkread.c`, in its
    own process on the load generator's core: the client is then far from the limit
    of any step here) or ``python`` (each frame read in this process, the fallback
    when no C compiler is found).
    `senders` is a minimum: with `max_sender_rate` > 0 a room gets as many senders
    as it takes to keep each at or under that rate (for a server whose per-user
    flood limit cannot be raised; Causette's is, by `CAUSETTE_SPAM_FLOOD_COUNT`).
    """

    target: str
    port: int
    kind: str
    host: str = "127.0.0.1"
    extra_ports: list[int] = field(default_factory=list)  # more nodes (S8)
    n: int = 0
    rooms: int = 1
    members: int = 0
    senders: int = 0
    pairs: int = 0
    offered: list[float] = field(default_factory=list)
    max_sender_rate: float = 0.0  # > 0: cap msgs/s per sender by adding senders (0: off)
    probes: int = 30
    warmup: float = 2.0
    duration: float = 8.0
    drain: float = 10.0
    churn_per_s: float = 0.0
    history_per_s: float = 0.0
    history_clients: int = 10
    stop_p99_ms: float = 100.0
    bulk_reader: str = "c"
    text_len: int = 96
    concurrency: int = 64
    timeout: float = 600.0
    server_pids: list[int] = field(default_factory=list)

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self))

    @classmethod
    def from_json(cls, text: str) -> LoadSpec:
        data: dict[str, Any] = json.loads(text)
        return cls(**data)
