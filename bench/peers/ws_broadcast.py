"""The Python floor: a bare room broadcast server on `websockets.broadcast`.

Protocol (the load generator's `WsTarget`): connect to `/?user=U&room=R`; the
server answers the text `joined`. Every text received is forwarded unchanged to
every member of the sender's room, sender included, with `websockets.broadcast`
(encoded once, no backpressure wait). A text `@V rest` goes to user V only, as
`rest`. Compression is off, as in the benchmark client.

Run: `python -m bench.peers.ws_broadcast --port P [--uvloop]` (127.0.0.1 only).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
from urllib.parse import parse_qs, urlsplit

from websockets.asyncio.server import ServerConnection, broadcast, serve

__all__ = ["main", "serve_peer"]

ROOMS: dict[str, set[ServerConnection]] = {}
USERS: dict[str, ServerConnection] = {}


async def handler(ws: ServerConnection) -> None:
    query = parse_qs(urlsplit(ws.request.path if ws.request else "/").query)
    user = query.get("user", [""])[0]
    room = query.get("room", [""])[0]
    members = ROOMS.setdefault(room, set()) if room else set()
    members.add(ws)
    if user:
        USERS[user] = ws
    try:
        await ws.send("joined")
        async for text in ws:
            if isinstance(text, bytes):
                continue
            if text.startswith("@"):
                to, _, rest = text[1:].partition(" ")
                peer = USERS.get(to)
                if peer is not None:
                    broadcast((peer,), rest)
            else:
                broadcast(members, text)
    finally:
        members.discard(ws)
        if USERS.get(user) is ws:
            del USERS[user]


async def serve_peer(port: int, ready: asyncio.Future[int] | None = None) -> None:
    """Serve on 127.0.0.1:`port` (0 picks one, reported through `ready`) until cancelled."""
    async with serve(
        handler,
        "127.0.0.1",
        port,
        compression=None,
        max_queue=None,
        ping_interval=None,
        backlog=1024,
    ) as server:
        if ready is not None:
            ready.set_result(server.sockets[0].getsockname()[1])
        await asyncio.Future()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--uvloop", action="store_true", help="run on uvloop instead of asyncio")
    args = parser.parse_args()

    async def run() -> None:
        loop = asyncio.get_running_loop()
        task = asyncio.current_task()
        assert task is not None
        loop.add_signal_handler(signal.SIGTERM, task.cancel)
        with contextlib.suppress(asyncio.CancelledError):
            await serve_peer(args.port)

    if args.uvloop:
        import uvloop

        uvloop.run(run())
    else:
        asyncio.run(run())


if __name__ == "__main__":
    main()
