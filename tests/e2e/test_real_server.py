"""The real server on 127.0.0.1: chat, then a restart, and nothing acknowledged is lost."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from tests.e2e.server import RealServer

pytestmark = pytest.mark.e2e


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RealServer]:
    srv = RealServer(tmp_path, CAUSETTE_JOIN_WAIT="0", CAUSETTE_PRESENCE_GRACE="0")
    srv.start()
    yield srv
    srv.stop()


async def _enter(http: aiohttp.ClientSession, url: str, name: str) -> dict[str, Any]:
    body = {"pseudonym": name, "age": 30, "gender": "x", "postal_code": "13001"}
    async with http.post(url + "/api/guests", json=body) as resp:
        assert resp.status == 201
        data: dict[str, Any] = await resp.json()
        return data


async def _frame(ws: aiohttp.ClientWebSocketResponse, kind: str) -> dict[str, Any]:
    while True:
        msg = await asyncio.wait_for(ws.receive(), 5)
        assert msg.type is aiohttp.WSMsgType.TEXT, msg
        frame: dict[str, Any] = json.loads(msg.data)
        if frame["type"] == kind:
            return frame


async def test_chat_survives_a_server_restart(server: RealServer) -> None:
    url = server.url
    async with aiohttp.ClientSession() as http:
        zoe = await _enter(http, url, "Zoé_e2e")
        marc = await _enter(http, url, "Marc_e2e")
        ws_z = await http.ws_connect(f"{url}/ws?token={zoe['token']}")
        ws_m = await http.ws_connect(f"{url}/ws?token={marc['token']}")
        for ws in (ws_z, ws_m):
            await _frame(ws, "hello")
            await ws.send_json({"type": "join", "room": "general"})
            await _frame(ws, "joined")
        await ws_z.send_json({"type": "say", "room": "general", "text": "avant", "ref": "1"})
        acked = (await _frame(ws_z, "ack"))["id"]
        last_seen = (await _frame(ws_m, "message"))["id"]
        assert last_seen == acked

        server.restart()
        await ws_z.close()
        await ws_m.close()

        ws_z = await http.ws_connect(f"{url}/ws?token={zoe['token']}")
        await _frame(ws_z, "hello")
        await ws_z.send_json({"type": "resume", "rooms": {"general": acked}, "dms": 0})
        await _frame(ws_z, "resumed")
        await ws_z.send_json({"type": "say", "room": "general", "text": "après", "ref": "2"})
        await _frame(ws_z, "ack")
        await ws_z.send_json({"type": "dm", "to": marc["user"]["id"], "text": "psst", "ref": "3"})
        await _frame(ws_z, "ack")

        ws_m = await http.ws_connect(f"{url}/ws?token={marc['token']}")
        await _frame(ws_m, "hello")
        await ws_m.send_json({"type": "resume", "rooms": {"general": last_seen}, "dms": 0})
        joined = await _frame(ws_m, "joined")
        assert [m["text"] for m in joined["history"]] == ["après"]
        assert (await _frame(ws_m, "dm"))["text"] == "psst"
        await _frame(ws_m, "resumed")
        await ws_m.close()
        await ws_z.close()
