"""How the load generator speaks to each system under test.

Three targets share one harness: Causette (its JSON protocol, `docs/protocol.md`),
the bare `websockets` broadcast peer and the python-socketio peer (Engine.IO
framing). Each knows how to open a member connection (and join its room), how to
encode a room message, a private message and a history read, and the payload
prefixes that mark a delivered chat frame (kind 0), an acknowledgement (kind 1)
and a refusal (kind 2: rejected, held or error).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, ClassVar, Protocol

import aiohttp

from bench.client import Conn, Recorder, check_loopback, open_conn

__all__ = [
    "CausetteTarget",
    "Member",
    "SioTarget",
    "Target",
    "WsTarget",
    "frame_type",
    "make_target",
    "pseudonym",
]

SETUP_TIMEOUT = 15.0


@dataclass
class Member:
    """One connected client: its connection, user id and room (None for DMs only)."""

    conn: Conn
    user: str
    room: str | None


def _dumps(obj: Any) -> bytes:
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False).encode()


class Target(Protocol):
    """What a scenario needs from a system under test."""

    name: str
    has_history: bool

    @property
    def prefixes(self) -> list[tuple[bytes, ...]]:
        """Payload prefixes of kind 0 (delivered chat frame), 1 (ack), 2 (refusal)."""

    async def start(self) -> None: ...
    async def stop(self) -> None: ...
    async def rooms(self, count: int) -> list[str]: ...
    async def connect(self, index: int, room: str | None) -> Member: ...
    def room_message(self, room: str, text: str) -> bytes: ...
    def dm(self, to_user: str, text: str) -> bytes: ...
    def history(self, room: str, before: int) -> bytes: ...


class _PeerTarget:
    """What both peers share: loopback nodes, rooms named r0, r1, … and no setup."""

    def __init__(self, host: str, ports: list[int], recorder: Recorder) -> None:
        check_loopback(host)
        self.host, self.ports, self.recorder = host, ports, recorder

    def _port(self, index: int) -> int:
        # Members are spread over the nodes (S8 splits them 50/50).
        return self.ports[index % len(self.ports)]

    async def start(self) -> None:
        return None

    async def stop(self) -> None:
        return None

    async def rooms(self, count: int) -> list[str]:
        return [f"r{i}" for i in range(count)]


class WsTarget(_PeerTarget):
    """The bare `websockets` broadcast peer (`bench/peers/ws_broadcast.py`).

    Path `/?room=R&user=U`; the server answers the text `joined`, then forwards
    every text as is to the room (sender included), or to one user when the text
    starts with `@USER `.
    """

    name = "websockets"
    prefixes: ClassVar[list[tuple[bytes, ...]]] = [(b"t=",), (), ()]
    has_history = False

    async def connect(self, index: int, room: str | None) -> Member:
        user = f"u{index}"
        path = f"/?user={user}&room={room or ''}"
        port = self._port(index)
        conn = await open_conn(self.host, port, path, user, self.prefixes, self.recorder)
        await conn.wait_for(lambda p: p == b"joined", SETUP_TIMEOUT)
        return Member(conn, user, room)

    def room_message(self, room: str, text: str) -> bytes:
        return text.encode()

    def dm(self, to_user: str, text: str) -> bytes:
        return f"@{to_user} {text}".encode()

    def history(self, room: str, before: int) -> bytes:
        raise NotImplementedError("the websockets peer keeps no history")


class SioTarget(_PeerTarget):
    """The python-socketio peer on uvicorn (`bench/peers/sio_server.py`).

    Engine.IO v4 over WebSocket: the server opens with `0{...}`, the client
    connects to the namespace with `40{"user","room"}` (auth payload) and gets
    `40{"sid"}` once it is in its room; events are `42["message",ROOM,TEXT]` and
    `42["dm",USER,TEXT]`. Engine.IO pings (`2`) are answered `3` by `Conn`.
    """

    name = "python-socketio"
    prefixes: ClassVar[list[tuple[bytes, ...]]] = [(b'42["message"', b'42["dm"'), (), ()]
    has_history = False

    async def connect(self, index: int, room: str | None) -> Member:
        user = f"u{index}"
        path = "/socket.io/?EIO=4&transport=websocket"
        conn = await open_conn(
            self.host, self._port(index), path, user, self.prefixes, self.recorder, sio=True
        )
        await conn.wait_for(lambda p: p.startswith(b"0{"), SETUP_TIMEOUT)
        conn.send_text(b"40" + _dumps({"user": user, "room": room or ""}))
        await conn.wait_for(lambda p: p.startswith(b"40"), SETUP_TIMEOUT)
        return Member(conn, user, room)

    def room_message(self, room: str, text: str) -> bytes:
        return b"42" + _dumps(["message", room, text])

    def dm(self, to_user: str, text: str) -> bytes:
        return b"42" + _dumps(["dm", to_user, text])

    def history(self, room: str, before: int) -> bytes:
        raise NotImplementedError("the python-socketio peer keeps no history")


class CausetteTarget:
    """Causette: `POST /api/guests`, then `GET /ws?token=`, `hello`, `join`, `joined`."""

    name = "causette"
    prefixes: ClassVar[list[tuple[bytes, ...]]] = [
        (b'{"type":"message"', b'{"type": "message"', b'{"type":"dm"', b'{"type": "dm"'),
        (b'{"type":"ack"', b'{"type": "ack"'),
        (b'{"type":"rejected"', b'{"type":"held"', b'{"type":"error"'),
    ]
    has_history = True

    def __init__(self, host: str, ports: list[int], recorder: Recorder) -> None:
        check_loopback(host)
        self.host, self.ports, self.recorder = host, ports, recorder
        self._http: aiohttp.ClientSession | None = None

    def _port(self, index: int) -> int:
        # Members are spread over the nodes (S8 splits them 50/50).
        return self.ports[index % len(self.ports)]

    async def start(self) -> None:
        self._http = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=64),
            timeout=aiohttp.ClientTimeout(total=SETUP_TIMEOUT),
        )

    async def stop(self) -> None:
        if self._http is not None:
            await self._http.close()

    @property
    def http(self) -> aiohttp.ClientSession:
        assert self._http is not None, "call start() first"
        return self._http

    async def rooms(self, count: int) -> list[str]:
        """Room ids to use: the bench creates `banc-NNN` rooms, or falls back to listed ones."""
        owner = await self._guest(10**7, self.ports[0])
        headers = {"Authorization": f"Bearer {owner[0]}"}
        url = f"{self._base(self.ports[0])}/api/rooms"
        ids: list[str] = []
        for i in range(count):
            body = {"name": f"Banc {pseudonym(i, 0)[5:]}", "topic": "banc d'essai", "adult": False}
            async with self.http.post(url, json=body, headers=headers) as r:
                if r.status != 201:
                    break
                ids.append(str((await r.json())["id"]))
        if len(ids) < count:
            async with self.http.get(url, headers=headers) as r:
                listed = [str(room["id"]) for room in await r.json()]
            ids += [x for x in listed if x not in ids]
        if not ids:
            raise RuntimeError("causette: no room could be created or listed")
        return [ids[i % len(ids)] for i in range(count)]

    def _base(self, port: int) -> str:
        return f"http://{self.host}:{port}"

    async def _guest(self, index: int, port: int) -> tuple[str, str]:
        """Enter as a guest; a pseudonym refused by moderation or taken gets a variant."""
        for attempt in range(4):
            body = {
                "pseudonym": pseudonym(index, attempt),
                "age": 18 + index % 50,
                "gender": "fmx"[index % 3],
                "postal_code": "75001",
            }
            async with self.http.post(f"{self._base(port)}/api/guests", json=body) as r:
                data = await r.json()
                if r.status == 201:
                    return str(data["token"]), str(data["user"]["id"])
                code = data.get("error", {}).get("code") if isinstance(data, dict) else None
                if code not in ("pseudonym_refused", "pseudonym_taken"):
                    break
        raise RuntimeError(f"causette: POST /api/guests -> {r.status} {data}")

    async def connect(self, index: int, room: str | None) -> Member:
        port = self._port(index)
        token, user = await self._guest(index, port)
        conn = await open_conn(
            self.host, port, f"/ws?token={token}", user, self.prefixes, self.recorder
        )
        await conn.wait_for(lambda p: frame_type(p) == "hello", SETUP_TIMEOUT)
        if room is not None:
            conn.send_text(_dumps({"type": "join", "room": room}))
            answer = await conn.wait_for(
                lambda p: frame_type(p) in ("joined", "error"), SETUP_TIMEOUT
            )
            if frame_type(answer) == "error":
                raise RuntimeError(f"causette: join {room} refused: {answer!r}")
        return Member(conn, user, room)

    def room_message(self, room: str, text: str) -> bytes:
        return _dumps({"type": "say", "room": room, "text": text, "ref": "b"})

    def dm(self, to_user: str, text: str) -> bytes:
        return _dumps({"type": "dm", "to": to_user, "text": text, "ref": "b"})

    def history(self, room: str, before: int) -> bytes:
        return _dumps({"type": "history", "room": room, "before": before})


# Pseudonyms are spelt with neutral syllables, not digits: the moderation engine
# rightly refuses number codes (88, 1488, 420) and letter runs that spell a slur,
# a drug or worse. tests/bench/test_bench_pseudonyms.py checks every index the load
# generator uses against the engine; a pseudonym refused anyway gets a variant.
_SYLLABLES = (
    "la",
    "lo",
    "li",
    "mi",
    "mo",
    "ri",
    "ro",
    "ta",
    "to",
    "ve",
    "na",
    "no",
    "lu",
    "me",
    "du",
    "fo",
)


def pseudonym(index: int, attempt: int = 0) -> str:
    """A unique, moderation-friendly pseudonym for member `index` (3-20 characters)."""
    out = ""
    i = index
    while True:
        out = _SYLLABLES[i % 16] + out
        i //= 16
        if i == 0:
            break
    # "lo" then "li" spells "loli", "lolita": names moderation refuses (child_safety.
    # name_sexualised). "zi" is no syllable, so the names stay unique.
    out = out.replace("loli", "lozi")
    return f"Banc_{out}" + ("", "_a", "_e", "_o")[attempt]


def frame_type(payload: bytes) -> str:
    """A frame's `type` (empty when the payload is not a JSON object)."""
    try:
        return str(json.loads(payload).get("type", ""))
    except (ValueError, AttributeError):
        return ""


def make_target(kind: str, host: str, ports: list[int], recorder: Recorder) -> Target:
    """The target adapter for `kind`: ``causette``, ``websockets`` or ``python-socketio``."""
    if kind == "causette":
        return CausetteTarget(host, ports, recorder)
    if kind == "websockets":
        return WsTarget(host, ports, recorder)
    if kind == "python-socketio":
        return SioTarget(host, ports, recorder)
    raise ValueError(f"unknown target {kind!r}")
