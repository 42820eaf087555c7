"""The console's case page as a moderator reads it: French status, one summary for the
authorities' export and its « transmis » record."""

from __future__ import annotations

import re
from typing import Any

from aiohttp.test_utils import TestClient

from causette.app import Causette
from causette.domain.audit import verify_chain
from causette.domain.moderators import Role
from tests.chatters import Chatter, enter

from ..conftest import AppFactory
from .test_reports_console import PASSWORD, _app, _console, _csrf


async def _reported_threat(
    make_app: AppFactory, *logins: str, report_text: str | None = None, **settings: Any
) -> tuple[Causette, TestClient[Any, Any], Chatter, str]:
    """An app (with `settings` changed) with moderators `logins` (the first logged in), a
    threat said in "general" and reported: the app, the client, the author and the
    report's queue item id."""
    system, client = await _app(make_app, **settings)
    assert system.cases is not None
    for login in logins:
        await system.cases.moderators.create(login, PASSWORD, Role.MODERATOR)
    author = await Chatter.connect(client)
    await author.join("general")
    ack = await author.say("general", "je sais où tu habites")
    reporter = await enter(client)
    body: dict[str, Any] = {"target": f"message:general:{ack['id']}", "category": "threat"}
    if report_text is not None:
        body["text"] = report_text
    resp = await client.post(
        "/api/reports", json=body, headers={"Authorization": f"Bearer {reporter['token']}"}
    )
    assert resp.status == 201, await resp.text()
    await _console(client, logins[0])
    queue = await (await client.get("/console")).text()
    item_id = re.search(r'href="/console/item/(ticket:[^"]+)"', queue).group(1)  # type: ignore[union-attr]
    return system, client, author, item_id


async def test_the_authorities_section_asks_for_the_summary_once(make_app: AppFactory) -> None:
    _, client, _, item_id = await _reported_threat(make_app, "alice", report_text="menace")
    item = await (await client.get(f"/console/item/{item_id}")).text()

    assert "statut : à traiter" in item and "statut open" not in item
    assert "Durée (en heures pour « Interdire d'écrire », en jours pour" in item
    assert item.count('name="summary"') == 1
    assert item.count("pourquoi une vie ou un enfant est en danger") == 1
    assert f'formaction="/console/item/{item_id}/export/transmitted"' in item

    csrf = await _csrf(client, f"/console/item/{item_id}")
    resp = await client.post(
        f"/console/item/{item_id}/export/transmitted",
        data={
            "csrf": csrf,
            "summary": "Menace de mort précise.",
            "format": "",
            "channel": "pharos",
            "receipt": "PH-1",
        },
        allow_redirects=False,
    )
    assert resp.status == 303, await resp.text()
    item = await (await client.get(f"/console/item/{item_id}")).text()
    assert "Transmis le" in item


async def test_a_decided_case_says_so_instead_of_offering_a_second_decision(
    make_app: AppFactory,
) -> None:
    _, client, _, item_id = await _reported_threat(make_app, "alice")
    csrf = await _csrf(client, f"/console/item/{item_id}")
    resp = await client.post(
        f"/console/item/{item_id}/act",
        data={"csrf": csrf, "action": "warn", "category": "threat", "reason": "Menace."},
        allow_redirects=False,
    )
    assert resp.status == 303, await resp.text()
    item = await (await client.get(f"/console/item/{item_id}")).text()
    assert "Déjà traité : avertissement, le " in item and ", par vous." in item
    assert "statut : mesure prise" in item
    assert f'action="/console/item/{item_id}/act"' not in item
    # The authorities' section stays: a life may be in danger after a decision too.
    assert 'name="summary"' in item


async def test_the_audit_page_shows_the_whole_head_to_note(make_app: AppFactory) -> None:
    system, client = await _app(make_app)
    assert system.cases is not None
    await system.cases.moderators.create("alice", PASSWORD, Role.MODERATOR)
    await _console(client, "alice")  # the login is audited
    page = await (await client.get("/console/audit")).text()
    head = verify_chain(await system.cases.store.audit_entries()).head
    assert len(head) == 64
    assert head in page.replace("<wbr>", "")


async def test_the_audit_log_says_who_and_what_in_words(make_app: AppFactory) -> None:
    """The legal officer reads logins and French actions, not ids and codes alone."""
    system, client = await _app(make_app)
    assert system.cases is not None
    alice = await system.cases.moderators.create("alice", PASSWORD, Role.MODERATOR)
    author = await Chatter.connect(client)
    await author.join("general")
    await author.send(type="say", room="general", text="VERIF à voir", ref="v")
    await author.expect("held", ref="v")
    await _console(client, "alice")
    page = await (await client.get("/console/audit")).text()
    rows = re.findall(r"<tr><td>\d+</td>.*?</tr>", page)
    login = next(r for r in rows if "connexion à la console" in r)
    assert "<td>alice</td>" in login and alice.id not in login
    held = next(r for r in rows if "retenu par le filtre" in r)
    assert "système (automatique)" in held and "auto_hold" in held
    assert '<div class="table-wrap"><table>' in page


async def test_a_bad_statement_link_says_what_to_do(make_app: AppFactory) -> None:
    _, client = await _app(make_app)
    resp = await client.get("/sanctions/s_nope?token=faux")
    assert resp.status == 404
    text = await resp.text()
    assert "Décision introuvable" in text and "lien complet" in text


async def test_an_appeal_has_no_default_outcome_and_links_to_its_case(
    make_app: AppFactory,
) -> None:
    _, client, author, item_id = await _reported_threat(make_app, "alice", "bruno")
    csrf = await _csrf(client, f"/console/item/{item_id}")
    await client.post(
        f"/console/item/{item_id}/act",
        data={
            "csrf": csrf,
            "action": "suspend",
            "duration": "7",
            "category": "threat",
            "reason": "Menace.",
        },
        allow_redirects=False,
    )
    notice = await author.expect("notice", code="sanctioned")
    link = re.search(r"(/sanctions/\S+)", notice["message"]).group(1)  # type: ignore[union-attr]
    sanction_id, token = link.split("/")[2].split("?")[0], link.split("token=")[1]
    resp = await client.post(
        "/api/appeals", json={"sanction": sanction_id, "token": token, "text": "Erreur."}
    )
    assert resp.status == 201
    client.session.cookie_jar.clear()
    await _console(client, "bruno")
    page = await (await client.get("/console/appeals")).text()
    assert '<option value="" selected disabled>— choisir —</option>' in page
    assert re.search(r'<select [^>]*name="outcome" required>', page)
    assert f'href="/console/item/{item_id}"' in page
    assert "<h3>Texte du recours</h3>" in page


async def test_a_refused_decision_leads_back_to_the_case(make_app: AppFactory) -> None:
    _, client, _, item_id = await _reported_threat(make_app, "alice")
    csrf = await _csrf(client, f"/console/item/{item_id}")
    resp = await client.post(
        f"/console/item/{item_id}/act",
        data={"csrf": csrf, "action": "suspend", "duration": "", "reason": "Long motif."},
        allow_redirects=False,
    )
    assert resp.status == 422
    page = await resp.text()
    assert "La durée doit être comprise de 1 à 30 jours." in page
    assert f'<a href="/console/item/{item_id}">Retour au dossier</a>' in page
    assert "« Précédent »" in page


def test_breakable_splits_long_words_only_and_keeps_the_text() -> None:
    import html

    from causette.web.reports import breakable

    link = "/sanctions/s_YXUio4K6old4?token=e61Q2p7nzabQaaLBkWtMsoWWlUmOEZOO51ajg6RxoMA"
    text = f"1. Contester <ici> : {link}. Fin & merci"
    shown = breakable(text)
    assert "<ici>" not in shown and "&lt;ici&gt;" in shown
    assert all(len(part) <= 40 for part in shown.split("<wbr>")[1:-1])
    assert html.unescape(shown.replace("<wbr>", "")) == text
    assert breakable("mots courts seulement") == "mots courts seulement"
