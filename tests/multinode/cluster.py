"""Helpers for the multi-node tests: service URLs, nodes, a chat client, a TCP relay.

Every wait is bounded in time; every loop in count.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
import socket
import subprocess
import time
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from tests.e2e.server import RealServer, free_port

__all__ = [
    "Chatter",
    "PrivateRedis",
    "Relay",
    "node",
    "service_url",
]


def service_url(name: str) -> str:
    """`CAUSETTE_TEST_<NAME>_URL`, or skip (fail under CAUSETTE_REQUIRE_SERVICES=1)."""
    var = f"CAUSETTE_TEST_{name.upper()}_URL"
    url = os.environ.get(var)
    if url:
        return url
    if os.environ.get("CAUSETTE_REQUIRE_SERVICES") == "1":
        pytest.fail(f"CAUSETTE_REQUIRE_SERVICES=1 but {var} is not set")
    pytest.skip(f"{var} is not set")


def node(data_dir: Path, env: dict[str, str]) -> RealServer:
    """A `causette serve` node (not started) with its own data dir and the shared `env`."""
    data_dir.mkdir(parents=True, exist_ok=True)
    server = RealServer(data_dir)
    server.env.update(env)
    return server


class PrivateRedis:
    """A throwaway `redis-server` on a free port, without persistence, for restarts."""

    def __init__(self, work: Path) -> None:
        exe = shutil.which("redis-server")
        if exe is None:
            if os.environ.get("CAUSETTE_REQUIRE_SERVICES") == "1":
                pytest.fail("CAUSETTE_REQUIRE_SERVICES=1 but redis-server is not installed")
            pytest.skip("redis-server is not installed")
        self.exe = exe
        self.work = work
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self, timeout: float = 10.0) -> None:
        self.proc = subprocess.Popen(
            [
                self.exe,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.work),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with (
                contextlib.suppress(OSError),
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as sock,
            ):
                sock.sendall(b"PING\r\n")
                if sock.recv(16).startswith(b"+PONG"):
                    return
            time.sleep(0.05)
        raise TimeoutError("redis-server did not start")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait(5)
            self.proc = None


class Relay:
    """A TCP relay 127.0.0.1:port -> target, that a test can cut and restore."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.port = free_port()
        self.server: asyncio.Server | None = None
        self.writers: set[asyncio.StreamWriter] = set()
        # While frozen, bytes are swallowed and connections stay open: a silent network.
        self.frozen = False
        # Seconds each chunk from the target waits before it is passed on: a slow link
        # towards the client (what the client sends goes at once).
        self.delay_down = 0.0

    async def start(self) -> None:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", self.port)

    async def cut(self) -> None:
        """Refuse new connections and break every open one."""
        if self.server is not None:
            self.server.close()
            self.server = None
        for writer in list(self.writers):
            writer.transport.abort()
        self.writers.clear()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.target)
        except OSError:
            writer.transport.abort()
            return
        self.writers.update((writer, up_writer))

        async def pipe(
            src: asyncio.StreamReader, dst: asyncio.StreamWriter, *, down: bool = False
        ) -> None:
            try:
                while data := await src.read(65536):
                    if self.frozen:
                        continue
                    if down and self.delay_down > 0:
                        await asyncio.sleep(self.delay_down)
                    dst.write(data)
                    await dst.drain()
            except (OSError, asyncio.CancelledError):
                pass
            finally:
                dst.transport.abort()
                self.writers.discard(dst)

        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer, down=True))


class Chatter:
    """One guest on one node: enters over HTTP, talks over the WebSocket.

    Every frame received is kept in `frames`; room messages (live or in a
    `joined` history) are also appended to `messages` in arrival order.
    """

    def __init__(self, http: aiohttp.ClientSession, entered: dict[str, Any]) -> None:
        self.http = http
        self.token: str = entered["token"]
        self.user: dict[str, Any] = entered["user"]
        self.id: str = entered["user"]["id"]
        self.ws: aiohttp.ClientWebSocketResponse | None = None
        self.frames: list[dict[str, Any]] = []
        self.messages: list[dict[str, Any]] = []
        self.dms: list[dict[str, Any]] = []
        self._reader: asyncio.Task[None] | None = None
        self._seen = 0  # frames already looked at by `wait_for`

    @classmethod
    async def enter(cls, http: aiohttp.ClientSession, url: str, name: str) -> Chatter:
        body = {"pseudonym": name, "age": 30, "gender": "x", "postal_code": "69001"}
        async with http.post(url + "/api/guests", json=body) as resp:
            assert resp.status == 201, await resp.text()
            return cls(http, await resp.json())

    async def connect(self, url: str) -> dict[str, Any]:
        self.ws = await self.http.ws_connect(f"{url}/ws?token={self.token}", heartbeat=None)
        self._seen = len(self.frames)
        self._reader = asyncio.ensure_future(self._read(self.ws))
        return await self.wait_for("hello")

    async def _read(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        async for msg in ws:
            if msg.type is not aiohttp.WSMsgType.TEXT:
                break
            frame: dict[str, Any] = json.loads(msg.data)
            self.frames.append(frame)
            if frame["type"] == "message":
                self.messages.append(frame)
            elif frame["type"] == "joined":
                self.messages.extend(frame["history"])
            elif frame["type"] == "dm":
                self.dms.append(frame)

    async def send(self, **frame: Any) -> None:
        assert self.ws is not None
        await self.ws.send_str(json.dumps(frame))

    async def wait_for(self, kind: str, timeout: float = 10.0, **fields: Any) -> dict[str, Any]:
        """The first frame of type `kind` (matching `fields`) not yet returned."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for i in range(self._seen, len(self.frames)):
                frame = self.frames[i]
                if frame["type"] == kind and all(frame.get(k) == v for k, v in fields.items()):
                    self._seen = i + 1
                    return frame
            await asyncio.sleep(0.02)
        raise AssertionError(f"no {kind} {fields} within {timeout} s; got {self.frames[-5:]}")

    async def reply(self, ref: str, timeout: float = 10.0) -> dict[str, Any]:
        """The answer to the command `ref` (ack, error, held, rejected)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for frame in self.frames:
                if frame.get("ref") == ref:
                    return frame
            await asyncio.sleep(0.02)
        raise AssertionError(f"no answer to {ref} within {timeout} s")

    async def join(self, room: str) -> dict[str, Any]:
        await self.send(type="join", room=room)
        return await self.wait_for("joined", room=room)

    async def say(self, room: str, text: str, ref: str) -> dict[str, Any]:
        await self.send(type="say", room=room, text=text, ref=ref)
        return await self.reply(ref)

    async def until_messages(self, room: str, count: int, timeout: float = 15.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if len(self.room_ids(room)) >= count:
                return
            await asyncio.sleep(0.02)

    def room_ids(self, room: str) -> list[int]:
        return [m["id"] for m in self.messages if m["room"] == room]

    def last_id(self, room: str) -> int:
        ids = self.room_ids(room)
        return max(ids) if ids else 0

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()
        if self._reader is not None:
            with contextlib.suppress(asyncio.CancelledError, aiohttp.ClientError):
                await asyncio.wait_for(self._reader, 5)
        self.ws = None

    async def dropped(self, timeout: float = 10.0) -> None:
        """Wait until the server side went away (node killed)."""
        if self._reader is not None:
            with contextlib.suppress(asyncio.CancelledError, aiohttp.ClientError):
                await asyncio.wait_for(self._reader, timeout)
        if self.ws is not None:
            await self.ws.close()
        self.ws = None
