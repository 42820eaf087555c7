"""The statement page once its appeal is decided, and the console's appeals page, as
the sanctioned person and the moderators read them."""

from __future__ import annotations

import html
import re
from typing import Any

from aiohttp.test_utils import TestClient

from causette.app import Causette
from tests.chatters import Chatter

from ..conftest import AppFactory, FakeClock
from .test_console_case_page import _reported_threat
from .test_reports_console import _console, _csrf


async def _sanctioned(
    make_app: AppFactory,
    action: str = "mute",
    duration: str = "2",
    *,
    headers: dict[str, str] | None = None,
    **settings: Any,
) -> tuple[Causette, TestClient[Any, Any], str, Chatter]:
    """alice (logged in) takes `action` on a reported threat (her request carrying
    `headers`) in an app with `settings` changed; bruno exists too. The app, the client,
    the statement's link as the author received it, the author."""
    system, client, author, item_id = await _reported_threat(make_app, "alice", "bruno", **settings)
    csrf = await _csrf(client, f"/console/item/{item_id}")
    resp = await client.post(
        f"/console/item/{item_id}/act",
        data={
            "csrf": csrf,
            "action": action,
            "duration": duration,
            "category": "threat",
            "reason": "Menaces envers un autre membre.",
        },
        headers=headers,
        allow_redirects=False,
    )
    assert resp.status == 303, await resp.text()
    notice = await author.expect("notice", code="sanctioned")
    link = re.search(r"(\S*/sanctions/\S+)", notice["message"]).group(1)  # type: ignore[union-attr]
    return system, client, link, author


def _path(link: str) -> str:
    return link[link.index("/sanctions/") :]


async def _appeal_and_decide(client: TestClient[Any, Any], link: str, outcome: str) -> None:
    sanction_id = _path(link).split("/")[2].split("?")[0]
    token = link.split("token=")[1]
    resp = await client.post(
        f"/sanctions/{sanction_id}/appeal", data={"token": token, "text": "Je conteste."}
    )
    assert "Votre recours est enregistré" in await resp.text()
    client.session.cookie_jar.clear()
    await _console(client, "bruno")
    page = await (await client.get("/console/appeals")).text()
    appeal_id = re.search(r'action="/console/appeals/([^"]+)"', page).group(1)  # type: ignore[union-attr]
    csrf = await _csrf(client, "/console/appeals")
    resp = await client.post(
        f"/console/appeals/{appeal_id}",
        data={"csrf": csrf, "outcome": outcome, "explanation": "La menace est claire."},
        allow_redirects=False,
    )
    assert resp.status == 303, await resp.text()


def _text(page: str) -> str:
    """The page as read: tags dropped, entities unescaped."""
    return html.unescape(re.sub(r"<[^>]+>", "", page))


def _ids(link: str) -> tuple[str, str]:
    return _path(link).split("/")[2].split("?")[0], link.split("token=")[1]


async def test_an_upheld_appeal_is_final_and_the_page_names_the_outside_routes(
    make_app: AppFactory,
) -> None:
    system, client, link, _ = await _sanctioned(make_app)
    await _appeal_and_decide(client, link, "upheld")
    raw = await (await client.get(_path(link))).text()
    page = _text(raw)
    assert "Cette décision est définitive sur Causette." in page
    assert "vous ne pouvez pas la contester une seconde fois" in page
    assert "organisme de règlement extrajudiciaire des litiges" in page and "art. 21" in page
    assert "saisir la justice" in page
    assert '<p lang="en" class="en">' in raw and "This decision is final on Causette" in page
    assert "décision confirmée le " in page and "Explication : La menace est claire." in page
    # No form that the service would refuse.
    assert "<textarea" not in raw and "Envoyer mon recours" not in page

    sanction_id, token = _ids(link)
    api = await (await client.get(f"/api/sanctions/{sanction_id}?token={token}")).json()
    assert api["appeal_state"] == "upheld"
    # A second appeal (a stale tab, the API) is refused and says why, with the routes.
    again = await client.post(
        "/api/appeals", json={"sanction": sanction_id, "token": token, "text": "Encore."}
    )
    assert again.status == 409
    error = (await again.json())["error"]
    assert error["code"] == "appeal_decided" and "art. 21" in error["message"]
    resp = await client.post(
        f"/sanctions/{sanction_id}/appeal", data={"token": token, "text": "Encore."}
    )
    assert "définitive sur Causette" in _text(await resp.text())
    assert system.cases is not None
    assert len(await system.cases.store.appeals_of(sanction_id)) == 1


async def test_a_reversed_appeal_leaves_nothing_to_contest(make_app: AppFactory) -> None:
    _, client, link, _ = await _sanctioned(make_app)
    await _appeal_and_decide(client, link, "reversed")
    raw = await (await client.get(_path(link))).text()
    page = _text(raw)
    assert "Votre recours a été accepté : la décision est annulée et la sanction levée." in page
    assert "<textarea" not in raw


async def test_after_six_months_the_page_offers_the_outside_routes_not_a_form(
    make_app: AppFactory, clock: FakeClock
) -> None:
    _, client, link, _ = await _sanctioned(make_app)
    page = await (await client.get(_path(link))).text()
    assert "Envoyer mon recours" in page
    clock.advance(190 * 24 * 3600.0)
    raw = await (await client.get(_path(link))).text()
    page = _text(raw)
    assert "Le délai pour contester auprès de Causette est dépassé" in page
    assert "art. 21" in page and "saisir la justice" in page
    assert "<textarea" not in raw


async def test_while_an_appeal_is_examined_the_page_says_where_the_answer_will_be(
    make_app: AppFactory,
) -> None:
    _, client, link, _ = await _sanctioned(make_app)
    sanction_id, token = _ids(link)
    resp = await client.post(
        f"/sanctions/{sanction_id}/appeal", data={"token": token, "text": "Je conteste."}
    )
    raw = await resp.text()
    page = _text(raw)
    assert "Votre recours est enregistré" in page and "en cours d'examen" in page
    assert "sa réponse s'y affichera" in page and "<textarea" not in raw


async def test_the_console_appeals_page_says_who_what_which_decision_and_when(
    make_app: AppFactory,
) -> None:
    _, client, link, author = await _sanctioned(make_app, "suspend", "7")
    sanction_id, token = _ids(link)
    resp = await client.post(
        f"/sanctions/{sanction_id}/appeal", data={"token": token, "text": "Je conteste."}
    )
    assert resp.status == 200
    client.session.cookie_jar.clear()
    await _console(client, "bruno")
    raw = await (await client.get("/console/appeals")).text()
    page = _text(raw)
    pseudonym = author.user["pseudonym"]
    # Who appeals, against what, decided when and by whom, on which content.
    assert f"Recours de {pseudonym}" in page and "Recours en attente (1)" in page
    assert "Décision contestée" in page
    assert "Suspension de l'accès au service pendant 7 jours." in page
    assert "Catégorie : Menace, chantage." in page
    assert "Prise le 15 janvier 2027 à 08:00 UTC par alice" in page
    assert "fin le 22 janvier 2027 à 08:00 UTC" in page
    assert "Contenu en cause" in page and "je sais où tu habites" in page
    assert "Motif donné à la personne" in page and "Menaces envers un autre membre." in page
    assert "Recours déposé" in page and "jusqu'au 15 juillet 2027 à 08:00 UTC" in page
    assert "Texte du recours" in page and "Je conteste." in page
    # The ids are there for support, no longer as headings.
    assert "<h2>Recours a_" not in raw and f"sanction {sanction_id}" in page
    # The one who decided reads who decided: « vous ».
    client.session.cookie_jar.clear()
    await _console(client, "alice")
    page = _text(await (await client.get("/console/appeals")).text())
    assert "par vous" in page and "un autre modérateur doit trancher" in page
