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
import json
import statistics
import sys
import time
from collections.abc import Sequence
from typing import Any

import aiohttp

from bench.servers import start_server

ANSWER_TIMEOUT = 60.0


async def _answer(ws: aiohttp.ClientWebSocketResponse, ref: str) -> dict[str, Any]:
    """The next frame that answers `ref` (ack, or the refusal that replaces it)."""
    deadline = time.monotonic() + ANSWER_TIMEOUT
    while True:
        msg = await asyncio.wait_for(ws.receive(), max(0.0, deadline - time.monotonic()))
        if msg.type is not aiohttp.WSMsgType.TEXT:
            raise RuntimeError(f"socket closed before the answer to {ref!r}: {msg.type}")
        frame: dict[str, Any] = json.loads(msg.data)
        if frame.get("ref") == ref:
            return frame


async def _timed(ws: aiohttp.ClientWebSocketResponse, frame: dict[str, Any]) -> float:
    started = time.perf_counter()
    await ws.send_str(json.dumps(frame))
    answer = await _answer(ws, str(frame["ref"]))
    took = time.perf_counter() - started
    if answer.get("type") != "ack":
        raise RuntimeError(f"{frame['type']} was answered {answer!r}, not acknowledged")
    return took


async def one_node(url: str) -> tuple[float, float]:
    """Seconds to the first room message's ack and to the first private message's."""
    async with aiohttp.ClientSession() as http:
        sockets: list[aiohttp.ClientWebSocketResponse] = []
        ids: list[str] = []
        for pseudonym in ("Premier_1", "Premier_2"):
            body = {"pseudonym": pseudonym, "age": 30, "gender": "f", "postal_code": "69003"}
            async with http.post(f"{url}/api/guests", json=body) as resp:
                entered = await resp.json()
            ids.append(entered["user"]["id"])
            ws = await http.ws_connect(f"{url}/ws?token={entered['token']}", origin=url)
            await ws.receive()  # hello
            sockets.append(ws)
        for ws in sockets:
            await ws.send_str(json.dumps({"type": "join", "room": "general"}))
            while json.loads((await ws.receive(timeout=ANSWER_TIMEOUT)).data)["type"] != "joined":
                pass
        say = {"type": "say", "room": "general", "text": "bonsoir tout le monde", "ref": "s1"}
        room = await _timed(sockets[1], say)
        dm = {"type": "dm", "to": ids[1], "text": "salut, tu viens d'où ?", "ref": "d1"}
        private = await _timed(sockets[0], dm)
        for ws in sockets:
            await ws.close()
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
            room, private = asyncio.run(one_node(f"http://127.0.0.1:{server.ports[0]}"))
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
