"""The minors' protection's interim measures survive a restart, hold on a node started
later, are lifted from the console, and every automatic hold is in the audit log."""

from __future__ import annotations

import asyncio
import html
import json
import re
from pathlib import Path
from typing import Any

from aiohttp import WSMsgType
from aiohttp.test_utils import TestClient

from causette.app import Causette
from causette.domain.audit import verify_chain
from causette.domain.moderators import Role
from causette.services.credentials import Passwords
from tests.chatters import Chatter

from ..conftest import AppFactory, FakeClock

PASSWORD = "correct horse battery"
GROOMING = [
    "salut tu as quel age ?",
    "t'es en quelle classe ?",
    "tes parents sont la ce soir ?",
    "t'es trop mignonne franchement",
    "je peux te payer une recharge si tu veux",
    "ne dis rien a tes parents c'est notre secret",
]


async def _node(make_app: AppFactory, url: str, **kw: Any) -> tuple[Causette, TestClient[Any, Any]]:
    system, client = await make_app(store_url=url, real_moderation=True, rate_messages=100, **kw)
    assert system.cases is not None
    # Cheap Argon2 parameters for tests; production keeps the defaults.
    system.cases.moderators.passwords = Passwords(time_cost=1, memory_cost=1024, parallelism=1)
    return system, client


async def _reply(chatter: Chatter, ref: str) -> dict[str, Any]:
    """The frame answering `ref` (ack, held, rejected or error); others stay queued."""
    skipped = []
    try:
        while True:
            frame = await chatter.next()
            if frame.get("ref") == ref:
                return frame
            skipped.append(frame)
    finally:
        chatter.backlog = skipped + chatter.backlog


async def _lift_from_console(
    system: Causette, client: TestClient[Any, Any], signal: str, login: str
) -> str:
    """A moderator logs in and dismisses the signal's queue item through the forms;
    return the item's page as the moderator saw it."""
    held = [h for h in await system.store.held_items() if h.target.startswith(signal)]  # type: ignore[attr-defined]
    assert held, signal
    item = f"held:{held[0].id}"
    page = await (await client.get("/console/login")).text()
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
    resp = await client.post(
        "/console/login",
        data={"csrf": csrf, "login": login, "password": PASSWORD},
        allow_redirects=False,
    )
    assert resp.status == 303, await resp.text()
    page = html.unescape(await (await client.get(f"/console/item/{item}")).text())
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
    resp = await client.post(
        f"/console/item/{item}/act",
        data={"csrf": csrf, "action": "dismiss", "reason": "Vérifié : pas de mineur en danger."},
        allow_redirects=False,
    )
    assert resp.status == 303, await resp.text()
    return page


async def test_a_suspension_pending_review_survives_a_restart_until_lifted_in_the_console(
    make_app: AppFactory, clock: FakeClock, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'causette.db'}"
    system, client = await _node(make_app, url)
    assert system.cases is not None
    await system.cases.moderators.create("alice", PASSWORD, Role.MODERATOR)
    predator = await Chatter.connect(client, age=17)
    minors = [await Chatter.connect(client, age=15) for _ in range(3)]
    for i, minor in enumerate(minors):
        clock.advance(60)
        await predator.send(type="dm", to=minor.id, text="ajoute moi sur snap stp", ref=f"m{i}")
    while (msg := await asyncio.wait_for(predator.ws.receive(), 3)).type is WSMsgType.TEXT:
        pass
    assert msg.data == 4403
    await client.close()  # the node restarts: nothing of it stays in memory

    system, client = await _node(make_app, url)
    back = await Chatter.connect(client, {"token": predator.token, "user": predator.user})
    await back.send(type="dm", to=minors[0].id, text="salut", ref="x")
    assert (await back.expect("error", ref="x"))["code"] == "suspended"

    page = await _lift_from_console(system, client, "signal:many_minors:", "alice")
    assert "Mesures conservatoires en cours" in page
    assert "suspendu en attente d'examen" in page
    await back.send(type="dm", to=minors[0].id, text="bonjour", ref="y")
    assert (await _reply(back, "y"))["type"] != "error"
    log = [e for e in reversed(await system.store.audit_tail(200))]  # type: ignore[attr-defined]
    actions = [(e.action, e.actor) for e in log]
    assert ("minors_suspended", "system") in actions
    lifted = next(e for e in log if e.action == "minors_measures_lifted")
    assert lifted.actor.startswith("m") and lifted.actor != "system"
    assert lifted.target == f"user:{predator.id}"
    assert verify_chain(log).ok


async def test_a_held_pair_holds_on_a_node_started_later_and_its_lifting_reaches_every_node(
    make_app: AppFactory, clock: FakeClock, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'causette.db'}"
    system_a, node_a = await _node(make_app, url)
    assert system_a.cases is not None
    await system_a.cases.moderators.create("alice", PASSWORD, Role.MODERATOR)
    groomer = await Chatter.connect(node_a, age=17)
    child = await Chatter.connect(node_a, age=15)
    outcomes = []
    for i, text in enumerate(GROOMING):
        clock.advance(30)
        await groomer.send(type="dm", to=child.id, text=text, ref=f"g{i}")
        outcomes.append((await _reply(groomer, f"g{i}"))["type"])
    assert "held" in outcomes, outcomes

    # Node B starts afterwards, on the same database, with no broker in common.
    system_b, node_b = await _node(make_app, url)
    on_b = await Chatter.connect(node_b, {"token": groomer.token, "user": groomer.user})
    clock.advance(30)
    await on_b.send(type="dm", to=child.id, text="bon alors", ref="b1")
    assert (await _reply(on_b, "b1"))["type"] == "held"

    page = await _lift_from_console(system_a, node_a, "signal:grooming:", "alice")
    assert f"conversation privée retenue · {groomer.user['pseudonym']} → {child.id}" in page
    clock.advance(30)
    await groomer.send(type="dm", to=child.id, text="d'accord", ref="a2")
    assert (await _reply(groomer, "a2"))["type"] == "ack"  # lifted on the deciding node
    await system_b.tidy()  # B missed the publish; its janitor pass reads the store
    await on_b.send(type="dm", to=child.id, text="ok", ref="b2")
    assert (await _reply(on_b, "b2"))["type"] == "ack"


async def test_automatic_holds_are_audited_like_moderator_actions(make_app: AppFactory) -> None:
    system, client = await make_app()
    author = await Chatter.connect(client)
    await author.join("general")
    await author.send(type="say", room="general", text="VERIF est-ce permis ?", ref="h")
    await author.expect("held", ref="h")
    await author.send(type="say", room="general", text="BLOQUE", ref="b")  # not escalated
    await author.expect("rejected", ref="b")
    (held,) = await system.store.held_items()  # type: ignore[attr-defined]
    entries = await system.store.audit_tail(10)  # type: ignore[attr-defined]
    assert [(e.action, e.actor, e.target) for e in entries] == [
        ("auto_hold", "system", f"held:{held.id}")
    ]
    details = entries[0].details
    assert details["content"] == "room:general" and details["rules"] == ["test.review"]
    assert "VERIF" not in json.dumps(details)  # the text stays with the held item


async def test_measures_and_scores_end_when_their_signal_is_purged_unreviewed(
    make_app: AppFactory, clock: FakeClock
) -> None:
    """Nobody decided: the signal's queue item goes after the message retention, and the
    suspension it started, its stored row and what the guard counted go with it."""
    system, client = await _node(make_app, "sqlite:///:memory:")
    minors = system.chat.minors
    assert minors is not None
    predator = await Chatter.connect(client, age=17)
    for i in range(3):
        minor = await Chatter.connect(client, age=15)
        clock.advance(60)
        await predator.send(type="dm", to=minor.id, text="ajoute moi sur snap stp", ref=f"m{i}")
    while (await asyncio.wait_for(predator.ws.receive(), 3)).type is WSMsgType.TEXT:
        pass  # suspended pending review: closed with 4403
    assert predator.id in minors.suspended
    assert len(await system.store.running_minors_measures()) == 1  # type: ignore[attr-defined]

    clock.advance(2 * 86400)  # a janitor pass within the retention changes nothing...
    await system.tidy()
    assert predator.id in minors.suspended
    assert [m.user for m in await system.store.running_minors_measures()] == [predator.id]  # type: ignore[attr-defined]
    assert not minors.guard._pairs and not minors.guard._contacts  # ...but the scores: 24 h

    clock.advance(system.settings.message_retention_days * 86400)
    await system.tidy()
    assert await system.store.held_items() == []  # type: ignore[attr-defined]
    assert await system.store.running_minors_measures() == []  # type: ignore[attr-defined]
    assert predator.id not in minors.suspended
    log = await system.store.audit_tail(50)  # type: ignore[attr-defined]
    ended = [e for e in log if e.action == "minors_measures_expired"]
    assert [(e.actor, e.target) for e in ended] == [("system", f"user:{predator.id}")]
