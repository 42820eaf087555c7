"""A test chatter: enters over HTTP, talks over the WebSocket, reads frames by type."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from aiohttp import ClientWebSocketResponse, WSMsgType
from aiohttp.test_utils import TestClient

_counter = 0
_DIGITS = "01235679"


def _serial(n: int) -> str:
    """`n` written with the digits 0-3, 5-7 and 9 (base 8): never a 4 or an 8, so a default
    pseudonym never spells a number code that moderation rightly refuses in a name (88,
    1488, 420). "chatteur148" and "chatteur420" were refused, and a test failed or passed
    depending on how many chatters the tests before it had made."""
    digits = ""
    while True:
        n, d = divmod(n, 8)
        digits = _DIGITS[d] + digits
        if n == 0:
            return digits


async def enter(
    client: TestClient[Any, Any],
    pseudonym: str | None = None,
    *,
    age: int = 30,
    gender: str = "f",
    postal_code: str = "75011",
) -> dict[str, Any]:
    global _counter
    _counter += 1
    body = {
        "pseudonym": pseudonym or f"chatteur{_serial(_counter)}",
        "age": age,
        "gender": gender,
        "postal_code": postal_code,
    }
    resp = await client.post("/api/guests", json=body)
    assert resp.status == 201, await resp.text()
    data: dict[str, Any] = await resp.json()
    return data


class Chatter:
    def __init__(self, ws: ClientWebSocketResponse, token: str, user: dict[str, Any]) -> None:
        self.ws = ws
        self.token = token
        self.user = user
        self.id: str = user["id"]
        self.backlog: list[dict[str, Any]] = []
        self.hello: dict[str, Any] = {}

    @classmethod
    async def connect(
        cls, client: TestClient[Any, Any], entered: dict[str, Any] | None = None, **kw: Any
    ) -> Chatter:
        entered = entered or await enter(client, **kw)
        ws = await client.ws_connect(f"/ws?token={entered['token']}")
        chatter = cls(ws, entered["token"], entered["user"])
        chatter.hello = await chatter.expect("hello")
        return chatter

    async def send(self, **frame: Any) -> None:
        await self.ws.send_str(json.dumps(frame))

    async def next(self, timeout: float = 3.0) -> dict[str, Any]:
        if self.backlog:
            return self.backlog.pop(0)
        msg = await asyncio.wait_for(self.ws.receive(), timeout)
        if msg.type is not WSMsgType.TEXT:
            raise AssertionError(f"expected a text frame, got {msg.type} {msg.data!r}")
        frame: dict[str, Any] = json.loads(msg.data)
        return frame

    async def expect(self, kind: str, timeout: float = 3.0, **fields: Any) -> dict[str, Any]:
        """The next frame of type `kind` (matching `fields`); others are kept for later."""
        skipped: list[dict[str, Any]] = []
        try:
            while True:
                frame = await self.next(timeout)
                if frame.get("type") == kind and all(frame.get(k) == v for k, v in fields.items()):
                    return frame
                skipped.append(frame)
        finally:
            self.backlog = skipped + self.backlog

    async def nothing(self, kind: str, wait: float = 0.2) -> None:
        """Assert no frame of type `kind` arrives within `wait` seconds."""
        try:
            frame = await self.expect(kind, timeout=wait)
        except TimeoutError:
            return
        raise AssertionError(f"unexpected {kind} frame: {frame}")

    async def join(self, room: str) -> dict[str, Any]:
        await self.send(type="join", room=room)
        return await self.expect("joined", room=room)

    async def say(self, room: str, text: str, ref: str = "r") -> dict[str, Any]:
        await self.send(type="say", room=room, text=text, ref=ref)
        return await self.expect("ack", ref=ref)

    async def close(self) -> None:
        await self.ws.close()
