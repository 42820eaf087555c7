"""Logs never hold message content nor IP addresses (privacy by default)."""

from __future__ import annotations

import json
import logging

import pytest

from causette.logs import JsonFormatter
from tests.chatters import Chatter
from tests.conftest import AppFactory

SECRET_TEXT = "mon-secret-tres-personnel"


async def test_chatting_logs_neither_content_nor_addresses(
    make_app: AppFactory, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    _, client = await make_app(join_wait=0)
    zoe = await Chatter.connect(client)
    marc = await Chatter.connect(client)
    await zoe.join("general")
    await marc.join("general")
    await zoe.say("general", SECRET_TEXT, ref="s")
    await zoe.send(type="dm", to=marc.id, text=SECRET_TEXT + "-dm", ref="d")
    await zoe.expect("ack", ref="d")
    await zoe.ws.send_str("{not json " + SECRET_TEXT)
    await zoe.expect("error")
    formatter = JsonFormatter()
    for record in caplog.records:
        line = formatter.format(record)
        assert SECRET_TEXT not in line
        assert "127.0.0.1" not in line


def test_json_formatter_writes_one_object_per_line() -> None:
    record = logging.LogRecord("causette.x", logging.INFO, "f", 1, "bonjour", (), None)
    record.channel = "room:general"
    entry = json.loads(JsonFormatter().format(record))
    assert entry["msg"] == "bonjour" and entry["channel"] == "room:general"
    assert entry["level"] == "info"
