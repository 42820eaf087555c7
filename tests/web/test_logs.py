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


async def test_a_slow_command_is_logged_with_its_kind_and_duration_not_its_content(
    make_app: AppFactory, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A command that takes longer than `SLOW_COMMAND` to handle is a warning naming the
    command and its seconds: the operator's first sign of a node whose loop is held."""
    from causette.web import ws

    caplog.set_level(logging.WARNING, logger="causette.web.ws")
    _, client = await make_app(join_wait=0)
    zoe = await Chatter.connect(client)
    await zoe.join("general")
    await zoe.say("general", SECRET_TEXT, ref="fast")
    await zoe.send(type="ping")  # a socket's commands run in turn: the say's handling is over
    await zoe.expect("pong")
    assert [r for r in caplog.records if r.getMessage() == "slow command"] == []

    monkeypatch.setattr(ws, "SLOW_COMMAND", 0.0)  # every command is now "slow"
    await zoe.say("general", SECRET_TEXT + "-2", ref="slow")
    await zoe.send(type="ping")
    await zoe.expect("pong")
    slow = [r for r in caplog.records if r.getMessage() == "slow command"]
    slow = [r for r in slow if r.command == "Say"]  # type: ignore[attr-defined]
    assert [r.levelno for r in slow] == [logging.WARNING]
    assert slow[0].seconds >= 0  # type: ignore[attr-defined]
    assert SECRET_TEXT not in JsonFormatter().format(slow[0])
