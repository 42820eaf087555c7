"""The console's decision form executes an order from an authority (DSA Art. 9).

In-process over HTTP: the legal officer has recorded orders (`causette order
receive`); the moderator picks one in « Injonction d'une autorité » on the item's
decision form. Refusals show the French message with the stable code and change
nothing; an accepted decision is counted as an order's, gives the order effect, and
the person's statement (and the appeal the other moderator reads) names the order.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from causette.app import Causette
from causette.domain.ids import UserId
from causette.domain.moderators import Role
from causette.domain.orders import OrderKind
from causette.domain.transparency import Source
from causette.services.credentials import Passwords
from tests.chatters import Chatter, enter

from ..conftest import AppFactory

PASSWORD = "correct horse battery"
OPEN = ("Parquet de Paris", "2027/42")
CLOSED = ("Parquet de Paris", "2027/41")
INFO = ("OPJ Lyon", "PV <1>")


async def _console(client: TestClient[Any, Any], login: str) -> None:
    page = await (await client.get("/console/login")).text()
    csrf = re.search(r'name="csrf" value="([^"]+)"', page)
    assert csrf is not None
    resp = await client.post(
        "/console/login",
        data={"csrf": csrf.group(1), "login": login, "password": PASSWORD},
        allow_redirects=False,
    )
    assert resp.status == 303, await resp.text()


async def _csrf(client: TestClient[Any, Any], path: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', await (await client.get(path)).text())
    assert found is not None
    return found.group(1)


async def _setup(make_app: AppFactory) -> tuple[Causette, TestClient[Any, Any], Chatter, str]:
    """Three orders (open act, closed act, information), a reported message, alice
    logged in; the item's id."""
    system, client = await make_app()
    cases = system.cases
    assert cases is not None
    cases.moderators.passwords = Passwords(time_cost=1, memory_cost=1024, parallelism=1)
    for login in ("alice", "bruno"):
        await cases.moderators.create(login, PASSWORD, Role.MODERATOR)
    for (authority, reference), kind in ((OPEN, "act"), (CLOSED, "act"), (INFO, "information")):
        await cases.desk.orders.receive(
            authority=authority,
            reference=reference,
            kind=OrderKind(kind),
            member_state="FR",
            by="juriste Martin",
            received_at=system.clock() - 3600,
        )
    await cases.desk.orders.give_effect(await cases.desk.orders.find(*CLOSED), by="juriste")
    author = await Chatter.connect(client)
    await author.join("general")
    ack = await author.say("general", "contenu visé par le parquet")
    reporter = await enter(client)
    resp = await client.post(
        "/api/reports",
        json={"target": f"message:general:{ack['id']}", "category": "hate"},
        headers={"Authorization": f"Bearer {reporter['token']}"},
    )
    ticket = (await resp.json())["ticket"]
    await _console(client, "alice")
    return system, client, author, f"ticket:{ticket}"


def _value(pair: tuple[str, str]) -> str:
    return json.dumps(list(pair), ensure_ascii=False)


async def test_the_decision_form_offers_only_the_open_orders_to_act(
    make_app: AppFactory,
) -> None:
    _, client, _, item_id = await _setup(make_app)
    page = await (await client.get(f"/console/item/{item_id}")).text()
    form = page[page.index('class="act"') :]
    assert "Injonction d'une autorité (DSA art. 9)" in html.unescape(form)
    select = re.search(r'<select id="order" name="order">(.*?)</select>', form)
    assert select is not None
    values = [html.unescape(v) for v in re.findall(r'value="([^"]*)"', select.group(1))]
    assert values == ["", _value(OPEN)]  # not the closed one, not the requisition
    assert "Parquet de Paris · réf. 2027/42" in select.group(1)


@pytest.mark.parametrize(
    ("action", "order", "status", "code", "words"),
    [
        ("dismiss", _value(OPEN), 422, "order_action_invalid", "Classer sans suite"),
        ("remove", _value(("Parquet de Paris", "2027/99")), 404, "order_not_found", "2027/99"),
        ("remove", _value(INFO), 422, "order_kind_not_act", "demande des informations"),
        ("remove", _value(CLOSED), 409, "order_already_effected", "déjà été exécutée"),
        ("remove", "Parquet de Paris 2027/42", 422, "order_invalid", "choisissez-la"),
    ],
)
async def test_a_refused_order_shows_its_code_and_changes_nothing(
    make_app: AppFactory, action: str, order: str, status: int, code: str, words: str
) -> None:
    system, client, author, item_id = await _setup(make_app)
    assert system.cases is not None
    csrf = await _csrf(client, f"/console/item/{item_id}")
    resp = await client.post(
        f"/console/item/{item_id}/act",
        data={"csrf": csrf, "action": action, "reason": "Injonction.", "order": order},
        allow_redirects=False,
    )
    body = html.unescape(await resp.text())
    assert resp.status == status, body
    assert f'data-code="{code}"' in body and words in body
    assert "Retour au dossier" in body
    ticket = await system.cases.store.ticket(item_id.removeprefix("ticket:"))
    assert ticket is not None and ticket.status == "open"
    assert await system.cases.store.decisions() == []
    assert await system.cases.store.sanctions_of(UserId(author.id)) == []
    assert (await system.cases.desk.orders.find(*OPEN)).open


async def test_a_removal_on_an_order_from_the_console_executes_it_and_says_so(
    make_app: AppFactory,
) -> None:
    system, client, author, item_id = await _setup(make_app)
    cases = system.cases
    assert cases is not None
    csrf = await _csrf(client, f"/console/item/{item_id}")
    resp = await client.post(
        f"/console/item/{item_id}/act",
        data={
            "csrf": csrf,
            "action": "remove",
            "category": "hate",
            "reason": "Contenu jugé illicite par l'autorité.",
            "order": _value(OPEN),
        },
        allow_redirects=False,
    )
    assert resp.status == 303, await resp.text()
    (record,) = await cases.store.decisions()
    assert record.source is Source.AUTHORITY_ORDER
    order = await cases.desk.orders.find(*OPEN)
    assert order.effected_at == record.decided_at and order.effected_item == item_id
    alice = await cases.store.moderator_by_login("alice")
    assert alice is not None
    (effected,) = [
        e
        for e in await cases.store.audit_entries()
        if e.action == "order_effected" and e.target == "order:2027/42"
    ]
    assert effected.actor == alice.id

    # The audit page reads the order's execution in French, next to the removal.
    journal = html.unescape(await (await client.get("/console/audit")).text())
    assert "contenu retiré" in journal and "injonction exécutée" in journal
    assert "order:2027/42" in journal

    # The person's statement page names the order and the redress against it.
    notice = await author.expect("notice", code="sanctioned")
    assert "Sur injonction de Parquet de Paris (référence 2027/42)" in notice["message"]
    link = re.search(r"(/sanctions/\S+)", notice["message"]).group(1)  # type: ignore[union-attr]
    statement = html.unescape(await (await client.get(link)).text())
    assert "Cette mesure exécute une injonction de Parquet de Paris (référence 2027/42" in statement
    assert "Contester l'injonction elle-même" in statement

    # The appeal path: the other moderator reads the same statement with the appeal.
    sanction_id, token = link.split("/")[2].split("?token=")
    filed = await client.post(
        "/api/appeals",
        json={"sanction": sanction_id, "token": token, "text": "Ce n'était pas moi."},
    )
    assert filed.status == 201, await filed.text()
    client.session.cookie_jar.clear()
    await _console(client, "bruno")
    appeals = html.unescape(await (await client.get("/console/appeals")).text())
    assert "injonction de Parquet de Paris (référence 2027/42" in appeals
