"""A report's decision reaches its reporters at once (DSA Art. 16(5)): when a moderator
decides in the console (another connection), each reporter's open WebSocket gets
`report_decided`, the decision their receipt gives, and nothing of the sanction the
reported person got."""

from __future__ import annotations

import json
import re
from typing import Any

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
        told = {k: v for k, v in decision.items() if k != "at"}
        assert set(told) == {"action", "text", "redress"}
        assert not re.search(r"suspen|sanction|/sanctions/|jours|7", json.dumps(told))
    await bystander.nothing("report_decided")
    await author.expect("notice", code="sanctioned")


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
