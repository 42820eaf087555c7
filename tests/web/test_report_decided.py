"""A report's decision reaches its reporters at once (DSA Art. 16(5)): when a moderator
decides in the console (another connection), each reporter's open WebSocket gets
`report_decided`, the decision their receipt gives, and nothing of the sanction the
reported person got."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

from causette.broker.memory import MemoryBroker
from causette.domain.moderators import Role

from ..chatters import Chatter
from ..conftest import AppFactory
from .test_reports_console import PASSWORD, _app, _console, _csrf


async def _report(client: Any, reporter: Chatter, target: str) -> str:
    resp = await client.post(
        "/api/reports",
        json={"target": target, "category": "threat", "text": "il menace"},
        headers={"Authorization": f"Bearer {reporter.token}"},
    )
    assert resp.status == 201
    ticket: str = (await resp.json())["ticket"]
    return ticket


async def _decide(client: Any, ticket: str, action: str, **form: str) -> None:
    item = f"ticket:{ticket}"
    csrf = await _csrf(client, f"/console/item/{item}")
    resp = await client.post(
        f"/console/item/{item}/act",
        data={"csrf": csrf, "action": action, "reason": "Menaces.", **form},
        allow_redirects=False,
    )
    assert resp.status == 303, await resp.text()


async def test_the_reporters_sockets_get_the_decision_when_the_moderator_takes_it(
    make_app: AppFactory,
) -> None:
    system, client = await _app(make_app)
    assert system.cases is not None
    await system.cases.moderators.create("alice", PASSWORD, Role.MODERATOR)
    author = await Chatter.connect(client)
    await author.join("general")
    said = await author.say("general", "je vais te retrouver")
    reporters = [await Chatter.connect(client) for _ in range(2)]
    bystander = await Chatter.connect(client)
    target = f"message:general:{said['id']}"
    tickets = {await _report(client, r, target) for r in reporters}
    (ticket,) = tickets  # merged: one ticket, two reporters

    await _console(client, "alice")
    await _decide(client, ticket, "suspend", duration="7", category="threat")

    receipt = await (
        await client.get(
            f"/api/reports/{ticket}", headers={"Authorization": f"Bearer {reporters[0].token}"}
        )
    ).json()
    for reporter in reporters:
        event = await reporter.expect("report_decided", ticket=ticket)
        assert event == {
            "type": "report_decided",
            "ticket": ticket,
            "decision": receipt["decision"],
        }
        decision = event["decision"]
        assert decision["action"] == "actioned"
        assert decision["text"] == "Une mesure a été prise après examen."
        assert "contester" in decision["redress"]
        # The reported person's sanction is theirs (Art. 17): not its kind, duration,
        # statement link or id.
        assert decision["link"].startswith(str(client.make_url(f"/reports/{ticket}?token=")))
        told = {k: v for k, v in decision.items() if k not in ("at", "link")}
        assert set(told) == {"action", "text", "redress"}
        assert not re.search(r"suspen|sanction|/sanctions/|jours|7", json.dumps(told))
    await bystander.nothing("report_decided")
    await author.expect("notice", code="sanctioned")

    # The link opens the reporter's decision page: the decision on their notice and the
    # redress; neither the measure the reported person got nor what was said.
    link = receipt["decision"]["link"]
    page = html.unescape(await (await client.get(link[link.index("/reports/") :])).text())
    assert f"Signalement n° {ticket} · motif : Menace, chantage" in page
    assert "Une mesure a été prise après examen." in page and "contester" in page
    assert not re.search(r"[Ss]uspen|7 jours|retrouver|/sanctions/", page)
    forged = await client.get(f"/reports/{ticket}?token=x{link.split('token=')[1]}")
    assert forged.status == 404


async def test_a_dismissal_reaches_the_reporter_on_each_of_their_connections(
    make_app: AppFactory,
) -> None:
    system, client = await _app(make_app)
    assert system.cases is not None
    await system.cases.moderators.create("alice", PASSWORD, Role.MODERATOR)
    other = await Chatter.connect(client)
    reporter = await Chatter.connect(client)
    second_tab = await Chatter.connect(client, {"token": reporter.token, "user": reporter.user})
    ticket = await _report(client, reporter, f"user:{other.id}")
    await _console(client, "alice")
    await _decide(client, ticket, "dismiss")
    for conn in (reporter, second_tab):
        event = await conn.expect("report_decided", ticket=ticket)
        assert event["decision"]["action"] == "dismiss"
        assert event["decision"]["text"] == "Après examen, aucune mesure n'a été prise."
    await other.nothing("report_decided")


async def test_a_decision_taken_on_one_node_reaches_the_reporter_on_another(
    make_app: AppFactory, tmp_path: Path
) -> None:
    # Two nodes sharing one database and one broker (the in-memory one; Redis carries the
    # same `user:ID` channels between processes).
    url = f"sqlite:///{tmp_path / 'causette.db'}"
    broker = MemoryBroker()
    _, chat_node = await make_app(store_url=url, broker=broker)
    moderation, console_node = await _app(make_app, store_url=url, broker=broker)
    assert moderation.cases is not None
    await moderation.cases.moderators.create("alice", PASSWORD, Role.MODERATOR)
    other = await Chatter.connect(chat_node)
    reporter = await Chatter.connect(chat_node)
    ticket = await _report(chat_node, reporter, f"user:{other.id}")
    await _console(console_node, "alice")
    await _decide(console_node, ticket, "warn", category="threat")
    event = await reporter.expect("report_decided", ticket=ticket)
    assert event["decision"]["action"] == "actioned"
