"""A fresh node's first room message and first private message: how long until the ack.

Each run starts `causette serve` on 127.0.0.1 with a new data dir (the bench settings of
`bench.servers`), enters two chatters, joins both to « general », and times, from the
frame sent to its `ack`, the first `say` the node handles and then the first `dm`. A node
pays here for whatever it builds lazily on its first message (the minors' guard compiled
its shared pattern database there until the thirty-fourth sitting: 0.27 to 0.68 s).

    python -m bench.first_message --runs 20 [--tier2 off]

Bounded: `--runs` servers one after the other, each answer awaited at most 60 s.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from collections.abc import Sequence

from bench.client import LOOPBACK, Conn, Recorder
from bench.servers import start_server
from bench.targets import CausetteTarget, frame_type

ANSWER_TIMEOUT = 60.0
ANSWERS = ("ack", "rejected", "held", "error")
"""The frames that answer a `say` or a `dm` (`docs/protocol.md`)."""


async def _timed(conn: Conn, payload: bytes) -> float:
    """Seconds from sending `payload` to its acknowledgement; any other answer raises."""
    started = time.perf_counter()
    conn.send_text(payload)
    answer = await conn.wait_for(lambda p: frame_type(p) in ANSWERS, ANSWER_TIMEOUT)
    took = time.perf_counter() - started
    if frame_type(answer) != "ack":
        raise RuntimeError(f"{payload!r} was answered {answer!r}, not acknowledged")
    return took


async def one_node(port: int) -> tuple[float, float]:
    """Seconds to the first room message's ack and to the first private message's."""
    target = CausetteTarget(LOOPBACK, [port], Recorder())
    await target.start()
    try:
        first = await target.connect(0, "general")
        second = await target.connect(1, "general")
        room = await _timed(second.conn, target.room_message("general", "bonsoir tout le monde"))
        dm = target.dm(second.user, "salut, tu viens d'où ?")
        private = await _timed(first.conn, dm)
        for member in (first, second):
            member.conn.close()
    finally:
        await target.stop()
    return room, private


def _line(name: str, values: Sequence[float]) -> str:
    ms = sorted(v * 1000 for v in values)
    return (
        f"{name}: min {ms[0]:.1f} ms, median {statistics.median(ms):.1f} ms, "
        f"max {ms[-1]:.1f} ms over {len(ms)} nodes"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="fresh nodes, one after the other")
    parser.add_argument(
        "--tier2",
        choices=("auto", "on", "off"),
        default=None,
        help="CAUSETTE_TIER2 (default: the node's)",
    )
    args = parser.parse_args(argv)
    if not 1 <= args.runs <= 200:
        parser.error("--runs is between 1 and 200")
    env = {} if args.tier2 is None else {"CAUSETTE_TIER2": args.tier2}
    rooms: list[float] = []
    privates: list[float] = []
    for i in range(args.runs):
        server = start_server("causette", cpu=None, env=env)
        try:
            room, private = asyncio.run(one_node(server.ports[0]))
        finally:
            server.stop()
        rooms.append(room)
        privates.append(private)
        print(f"node {i + 1}: first say {room * 1000:.1f} ms, first dm {private * 1000:.1f} ms")
    print(_line("first room message", rooms))
    print(_line("first private message", privates))
    return 0


if __name__ == "__main__":
    sys.exit(main())
