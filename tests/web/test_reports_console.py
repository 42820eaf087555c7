"""Reports, the console, sanctions that stick and appeals, in-process over HTTP."""

from __future__ import annotations

import html
import re
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from causette.app import Causette
from causette.domain.audit import verify_chain
from causette.domain.moderators import Role
from causette.services.credentials import Passwords
from tests.chatters import Chatter, enter

from ..conftest import AppFactory, FakeClock

PASSWORD = "correct horse battery"


async def _app(make_app: AppFactory, **settings: Any) -> tuple[Causette, TestClient[Any, Any]]:
    system, client = await make_app(**settings)
    assert system.cases is not None
    # Cheap Argon2 parameters for tests; production keeps the defaults.
    system.cases.moderators.passwords = Passwords(time_cost=1, memory_cost=1024, parallelism=1)
    return system, client


async def _console(client: TestClient[Any, Any], login: str) -> None:
    """Log in through the form (CSRF bound to the pre-login cookie)."""
    page = await (await client.get("/console/login")).text()
    csrf = re.search(r'name="csrf" value="([^"]+)"', page)
    assert csrf is not None
    resp = await client.post(
        "/console/login",
        data={"csrf": csrf.group(1), "login": login, "password": PASSWORD},
        allow_redirects=False,
    )
    assert resp.status == 303, await resp.text()
    cookie = resp.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie


async def _csrf(client: TestClient[Any, Any], path: str) -> str:
    page = await (await client.get(path)).text()
    found = re.search(r'name="csrf" value="([^"]+)"', page)
    assert found is not None, page
    return found.group(1)


async def test_report_receipt_merge_and_validation(make_app: AppFactory) -> None:
    _, client = await _app(make_app)
    author = await Chatter.connect(client)
    await author.join("general")
    ack = await author.say("general", "bonjour")
    reporters = [await enter(client) for _ in range(2)]
    tickets = []
    for r in reporters:
        resp = await client.post(
            "/api/reports",
            json={"target": f"message:general:{ack['id']}", "category": "drugs"},
            headers={"Authorization": f"Bearer {r['token']}"},
        )
        assert resp.status == 201
        tickets.append((await resp.json())["ticket"])
    assert tickets[0] == tickets[1] and re.fullmatch(r"R-\d{4}-000001", tickets[0])
    resp = await client.get(
        f"/api/reports/{tickets[0]}", headers={"Authorization": f"Bearer {reporters[0]['token']}"}
    )
    assert (await resp.json())["status"] == "open"
    # The author did not report: the receipt is not theirs.
    resp = await client.get(
        f"/api/reports/{tickets[0]}", headers={"Authorization": f"Bearer {author.token}"}
    )
    assert resp.status == 404
    bad = await client.post(
        "/api/reports",
        json={"target": "message:general:1", "category": "nope"},
        headers={"Authorization": f"Bearer {author.token}"},
    )
    assert bad.status == 422 and (await bad.json())["error"]["code"] == "report_category_invalid"
    assert (await client.post("/api/reports", json={})).status == 401


async def test_the_web_client_form_is_accepted_and_reporting_is_rate_limited(
    make_app: AppFactory,
) -> None:
    _, client = await _app(make_app)
    me = await enter(client)
    others = [await enter(client) for _ in range(11)]
    auth = {"Authorization": f"Bearer {me['token']}"}
    missing = await client.post(
        "/api/reports", json={"target": "user:u_nobody", "category": "spam"}, headers=auth
    )
    assert missing.status == 404
    assert (await missing.json())["error"]["code"] == "report_target_not_found"
    for i in range(10):
        resp = await client.post(
            "/api/reports",
            json={"user": others[i]["user"]["id"], "category": "spam", "comment": ""},
            headers=auth,
        )
        assert resp.status == 201
    resp = await client.post(
        "/api/reports", json={"user": others[10]["user"]["id"], "category": "spam"}, headers=auth
    )
    assert resp.status == 429 and "Retry-After" in resp.headers


async def test_suspension_sticks_to_the_device_and_the_appeal_goes_to_another_moderator(
    make_app: AppFactory, clock: FakeClock
) -> None:
    system, client = await _app(make_app)
    assert system.cases is not None
    for login in ("alice", "bruno"):
        await system.cases.moderators.create(login, PASSWORD, Role.MODERATOR)
    entered = await enter(client)
    resp = await client.post(
        "/api/guests",
        json={
            "pseudonym": "vendeur42",
            "age": 30,
            "gender": "m",
            "postal_code": "75011",
            "device_id": "device-abcdef-123",
        },
    )
    author_entry = await resp.json()
    author = await Chatter.connect(client, author_entry)
    await author.join("general")
    ack = await author.say("general", "je vends des trucs")
    await client.post(
        "/api/reports",
        json={"target": f"message:general:{ack['id']}", "category": "threat", "text": "menace"},
        headers={"Authorization": f"Bearer {entered['token']}"},
    )
    # A held message also waits in the queue, after the urgent report.
    await author.send(type="say", room="general", text="VERIF ceci", ref="h")
    await author.expect("held", ref="h")

    await _console(client, "alice")
    queue = await (await client.get("/console")).text()
    assert queue.index("ticket:R-") < queue.index("held:")
    item_id = re.search(r'href="/console/item/(ticket:[^"]+)"', queue).group(1)  # type: ignore[union-attr]
    item = await (await client.get(f"/console/item/{item_id}")).text()
    assert "je vends des trucs" in item and "vendeur42" in item
    csrf = await _csrf(client, f"/console/item/{item_id}")
    refused = await client.post(
        f"/console/item/{item_id}/act",
        data={"csrf": "forged.token", "action": "suspend", "duration": "7", "reason": "x"},
    )
    assert refused.status == 403
    resp = await client.post(
        f"/console/item/{item_id}/act",
        data={
            "csrf": csrf,
            "action": "suspend",
            "duration": "7",
            "category": "threat",
            "reason": "Menaces envers un autre membre.",
        },
        allow_redirects=False,
    )
    assert resp.status == 303

    notice = await author.expect("notice", code="sanctioned")
    link = re.search(r"(/sanctions/\S+)", notice["message"]).group(1)  # type: ignore[union-attr]
    # Same device, new pseudonym: refused with the statement's link.
    again = await client.post(
        "/api/guests",
        json={
            "pseudonym": "autrepseudo",
            "age": 30,
            "gender": "m",
            "postal_code": "75011",
            "device_id": "device-abcdef-123",
        },
    )
    assert again.status == 403
    error = (await again.json())["error"]
    assert error["code"] == "sanction_active" and link in error["message"]
    statement = html.unescape(await (await client.get(link)).text())
    assert "Suspension de l'accès au service pendant 7 jours" in statement
    assert "Menaces envers un autre membre." in statement
    assert "(salon « Général »)" in statement and "« je vends des trucs »" in statement
    assert "Code pénal, art. 222-17" in statement

    sanction_id = link.split("/")[2].split("?")[0]
    token = link.split("token=")[1]
    api = await client.get(f"/api/sanctions/{sanction_id}?token={token}")
    data = await api.json()
    assert data["statement"]["kind"] == "suspension" and data["appeals"] == []
    assert data["statement"]["automated_decision"] is False
    wrong = await client.get(f"/api/sanctions/{sanction_id}?token=x{token}")
    assert wrong.status == 404
    resp = await client.post(
        "/api/appeals", json={"sanction": sanction_id, "token": token, "text": "Je contestе."}
    )
    assert resp.status == 201
    appeal_id = (await resp.json())["appeal"]
    page = await (await client.get("/console/appeals")).text()
    assert "un autre modérateur doit trancher" in page

    client.session.cookie_jar.clear()
    await _console(client, "bruno")
    csrf = await _csrf(client, "/console/appeals")
    resp = await client.post(
        f"/console/appeals/{appeal_id}",
        data={"csrf": csrf, "outcome": "reversed", "explanation": "Propos mal compris."},
        allow_redirects=False,
    )
    assert resp.status == 303
    back = await client.post(
        "/api/guests",
        json={
            "pseudonym": "revenu",
            "age": 30,
            "gender": "m",
            "postal_code": "75011",
            "device_id": "device-abcdef-123",
        },
    )
    assert back.status == 201
    entries = await system.cases.store.audit_entries()
    assert verify_chain(entries).ok
    actions = [e.action for e in entries]
    assert "suspend" in actions and "evasion_refused" in actions
    assert "appeal_reversed" in actions


@pytest.mark.parametrize("posted_before", [False, True])
async def test_a_muted_chatter_gets_an_error_frame(
    make_app: AppFactory, posted_before: bool
) -> None:
    """Also right after a message was accepted: the posting check keeps the store's
    answer for a while, and the desk tells it that a sanction was added."""
    system, client = await _app(make_app)
    assert system.cases is not None
    chatter = await Chatter.connect(client)
    await chatter.join("general")
    if posted_before:
        await chatter.send(type="say", room="general", text="bonjour", ref="ok")
        await chatter.expect("ack", ref="ok")
    guest = await system.store.guest(chatter.id)  # type: ignore[arg-type]
    assert guest is not None
    from causette.domain.sanctions import HOUR, SanctionKind

    await system.cases.desk.sanction(
        "m_x",
        SanctionKind.MUTE,
        guest,
        "Spam répété.",
        duration=2 * HOUR,
        category="spam",
        item=None,
        now=system.clock(),
    )
    await chatter.send(type="say", room="general", text="encore", ref="m")
    err = await chatter.expect("error", ref="m")
    assert err["code"] == "muted"


async def test_console_requires_login(make_app: AppFactory) -> None:
    _, client = await _app(make_app)
    resp = await client.get("/console", allow_redirects=False)
    assert resp.status == 303 and resp.headers["Location"] == "/console/login"


async def test_a_private_message_is_reported_by_its_inbox_number_by_a_participant_only(
    make_app: AppFactory,
) -> None:
    _, client = await _app(make_app)
    alice, bob = await Chatter.connect(client), await Chatter.connect(client)
    outsider = await enter(client)
    await bob.send(type="dm", to=alice.id, text="message privé gênant", ref="d")
    await bob.expect("ack", ref="d")
    got = await alice.expect("dm")
    tickets = []
    for who, number in ((alice.token, got["id"]), (bob.token, 1)):
        resp = await client.post(
            "/api/reports",
            json={"dm_id": number, "user": bob.id, "category": "sexual"},
            headers={"Authorization": f"Bearer {who}"},
        )
        assert resp.status == 201, await resp.text()
        tickets.append(await resp.json())
    # Both participants name the same message: one ticket, under its global id.
    assert tickets[0]["ticket"] == tickets[1]["ticket"]
    assert tickets[0]["target"].startswith("dm:")
    resp = await client.post(
        "/api/reports",
        json={"target": f"dm:{got['id']}", "category": "sexual"},
        headers={"Authorization": f"Bearer {outsider['token']}"},
    )
    assert resp.status == 404


async def test_trusted_flaggers_report_with_their_token_and_go_first(make_app: AppFactory) -> None:
    system, client = await _app(make_app)
    assert system.cases is not None
    token, _ = await system.cases.moderators.add_trusted_flagger("Association Exemple")
    target = await enter(client)
    other = await enter(client)
    guest_report = await client.post(
        "/api/reports",
        json={"target": f"user:{other['user']['id']}", "category": "hate"},
        headers={"Authorization": f"Bearer {target['token']}"},
    )
    assert guest_report.status == 201
    resp = await client.post(
        "/api/reports",
        json={"target": f"user:{target['user']['id']}", "category": "hate"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert resp.status == 201
    ticket = (await resp.json())["ticket"]
    queue = await system.cases.files.queue()
    # Same severity, filed later: the trusted flagger's notice still comes first (Art. 22).
    assert queue[0].id == f"ticket:{ticket}" and queue[0].queue.trusted_flagger
    receipt = await client.get(
        f"/api/reports/{ticket}", headers={"Authorization": f"Bearer {token}"}
    )
    assert receipt.status == 200
    forged = await client.post(
        "/api/reports",
        json={"target": f"user:{target['user']['id']}", "category": "hate"},
        headers={"Authorization": "Bearer tf.not-a-real-token"},
    )
    assert forged.status == 401
