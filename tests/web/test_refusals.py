"""Contesting a refused message (DSA Art. 20), through the WebSocket and the HTTP API.

The app runs on SQLite in memory with the keyword moderation double (BLOQUE blocks,
category drugs); the moderators' desk is driven in-process.
"""

from __future__ import annotations

from typing import Any

from aiohttp.test_utils import TestClient

from causette.moderation.spam import SpamGuard
from causette.services.refusals import CONTEST_MAX
from tests.chatters import Chatter

from ..conftest import AppFactory


async def _contest(
    client: TestClient[Any, Any], token: str, held_id: object, text: object = "Erreur"
) -> tuple[int, dict[str, Any]]:
    resp = await client.post(
        f"/api/refusals/{held_id}/contest",
        json={"text": text},
        headers={"Authorization": f"Bearer {token}"},
    )
    body: dict[str, Any] = await resp.json()
    return resp.status, body


async def test_a_refused_message_can_be_contested_and_a_person_publishes_it(
    make_app: AppFactory,
) -> None:
    system, client = await make_app(join_wait=0)
    cases = system.cases
    assert cases is not None
    author, reader = await Chatter.connect(client), await Chatter.connect(client)
    await author.join("general")
    await reader.join("general")
    await author.send(type="say", room="general", text="BLOQUE mais c'est une blague", ref="b")
    rejected = await author.expect("rejected", ref="b")
    held_id = rejected["contest"]
    assert isinstance(held_id, int)
    await reader.nothing("message")
    # Kept for the author only: no moderator sees it unless it is contested.
    assert await cases.files.queue() == []

    # Someone else cannot contest it, nor learn that it exists.
    status, body = await _contest(client, reader.token, held_id)
    assert (status, body["error"]["code"]) == (404, "refusal_not_found")
    status, body = await _contest(client, author.token, held_id, "x" * (CONTEST_MAX + 1))
    assert (status, body["error"]["code"]) == (422, "contest_text_too_long")
    status, body = await _contest(client, author.token, "12abc")
    assert status == 404

    status, body = await _contest(client, author.token, held_id, "C'était une blague entre amis.")
    assert status == 202 and body["status"] == "contested"
    assert "réexaminer" in body["message"]
    status, body = await _contest(client, author.token, held_id)
    assert (status, body["error"]["code"]) == (409, "refusal_contested")

    (item,) = await cases.files.queue()
    assert item.id == f"held:{held_id}"
    assert item.verdict["contest"]["text"] == "C'était une blague entre amis."
    assert item.category == "drugs"
    entries = await cases.store.audit_entries()
    assert [e.action for e in entries if e.target == item.id] == ["refusal_contested"]

    await cases.desk.act("m_1", item.id, "release", "Refus à tort : une plaisanterie.")
    got = await reader.expect("message", room="general")
    assert got["text"] == "BLOQUE mais c'est une blague" and got["late"] is True


async def test_a_flood_is_not_kept_and_cannot_be_contested(make_app: AppFactory) -> None:
    system, client = await make_app(join_wait=0, rate_messages=100)
    system.chat.spam = SpamGuard(flood_count=2)  # the keyword double comes without one
    author = await Chatter.connect(client)
    await author.join("general")
    for i in range(2):
        await author.say("general", f"message ordinaire numéro {i}", ref=f"m{i}")
    await author.send(type="say", room="general", text="encore un message ordinaire", ref="f")
    rejected = await author.expect("rejected", ref="f")
    assert rejected["category"] == "spam" and "contest" not in rejected
    assert system.cases is not None
    assert await system.cases.store.held_items("refused") == []


async def test_a_refused_private_message_is_delivered_when_a_person_releases_it(
    make_app: AppFactory,
) -> None:
    system, client = await make_app(join_wait=0)
    assert system.cases is not None
    author, reader = await Chatter.connect(client), await Chatter.connect(client)
    await author.send(type="dm", to=reader.id, text="BLOQUE à tort", ref="d")
    rejected = await author.expect("rejected", ref="d")
    await reader.nothing("dm")
    status, _ = await _contest(client, author.token, rejected["contest"], "")
    assert status == 202
    (item,) = await system.cases.files.queue()
    assert item.where == "message privé" and item.verdict["contest"]["text"] == ""
    await system.cases.desk.act("m_1", item.id, "release", "Refus à tort.")
    got = await reader.expect("dm")
    assert got["text"] == "BLOQUE à tort" and got["late"] is True


async def test_content_kept_unseen_carries_the_connection_that_sent_it(
    make_app: AppFactory,
) -> None:
    """Décret 2021-1362: held and refused content keeps its sender's address and port
    (evidence a requisition reads), and a released message inherits them."""
    system, client = await make_app(join_wait=0)
    assert system.cases is not None
    store: Any = system.store
    author, reader = await Chatter.connect(client), await Chatter.connect(client)
    await author.join("general")
    await reader.join("general")
    await author.send(type="say", room="general", text="VERIF ceci", ref="v")
    await author.expect("held", ref="v")
    await author.send(type="say", room="general", text="BLOQUE à tort", ref="b")
    refused_id = (await author.expect("rejected", ref="b"))["contest"]
    (held,) = await system.cases.store.held_items()
    records = {}
    for kept in (held.id, refused_id):
        (record,) = await store.identification_records(ref=f"held:{kept}")
        assert (record.kind, record.user, record.ip) == ("held", author.id, "127.0.0.1")
        assert record.port > 0
        records[kept] = record

    await _contest(client, author.token, refused_id, "Une erreur.")
    await system.cases.desk.act("m_1", f"held:{refused_id}", "release", "Refus à tort.")
    got = await reader.expect("message", room="general")
    (published,) = await store.identification_records(ref=f"room:general:{got['id']}")
    assert (published.ip, published.port, published.at) == (
        records[refused_id].ip,
        records[refused_id].port,
        records[refused_id].at,
    )
