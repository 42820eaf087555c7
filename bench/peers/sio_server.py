"""The Python chat-framework peer: python-socketio (ASGI) on uvicorn with uvloop.

Protocol (the load generator's `SioTarget`): Engine.IO v4 over WebSocket. The
client connects to the default namespace with the auth payload
`{"user": U, "room": R}`; the connect handler puts it in room R, so the `40`
answer means "joined". Events: `message(room, text)` is emitted to the room
(sender included, the Socket.IO default); `dm(user, text)` to that user's sid.

Run: `python -m bench.peers.sio_server --port P` (127.0.0.1 only).
"""

from __future__ import annotations

import argparse
from typing import Any

import socketio  # type: ignore[import-untyped]
import uvicorn

__all__ = ["app", "main", "sio"]

sio = socketio.AsyncServer(
    async_mode="asgi", cors_allowed_origins=[], logger=False, engineio_logger=False
)
app = socketio.ASGIApp(sio)
SIDS: dict[str, str] = {}


async def connect(sid: str, environ: dict[str, Any], auth: dict[str, str] | None) -> None:
    auth = auth or {}
    user, room = auth.get("user", ""), auth.get("room", "")
    if user:
        SIDS[user] = sid
        await sio.save_session(sid, {"user": user})
    if room:
        await sio.enter_room(sid, room)


async def disconnect(sid: str, *args: Any) -> None:
    session = await sio.get_session(sid)
    user = session.get("user")
    if user and SIDS.get(user) == sid:
        del SIDS[user]


async def message(sid: str, room: str, text: str) -> None:
    await sio.emit("message", text, room=room)


async def dm(sid: str, user: str, text: str) -> None:
    to = SIDS.get(user)
    if to is not None:
        await sio.emit("dm", text, to=to)


# Registered by call, not by decorator, so the handlers stay typed.
for _name, _handler in (
    ("connect", connect),
    ("disconnect", disconnect),
    ("message", message),
    ("dm", dm),
):
    sio.on(_name, _handler)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    uvicorn.run(
        app,
        host="127.0.0.1",
        port=args.port,
        loop="uvloop",
        log_level="warning",
        access_log=False,
        backlog=1024,
        ws_ping_interval=None,
    )


if __name__ == "__main__":
    main()
