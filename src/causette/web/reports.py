"""Report routes (DSA Art. 16), the statement of reasons page (Art. 17) and appeals (Art. 20).

- `POST /api/reports` (Bearer): `{"target", "category", "text"?, "life_in_danger"?}` → 201 receipt.
- `GET /api/reports/{ticket}` (Bearer, the reporter only): the receipt and the decision.
- `GET /reports/{ticket}?token=`: the decision on the report as a page (the link the
  reporters get with the decision; the token is the proof).
- `GET /api/sanctions/{id}?token=` : the statement as JSON; `GET /sanctions/{id}?token=`
  the same as a page with the appeal form (the token of the link is the proof).
- `POST /api/appeals` `{"sanction", "token", "text"}` → 201; the page's form posts to
  `POST /sanctions/{id}/appeal`.
"""

from __future__ import annotations

import html
import re
from typing import Any

from aiohttp import web

from causette.domain.appeals import appeal_deadline, check_appeal_token
from causette.domain.errors import CausetteError, InvalidInput, NotFound
from causette.domain.guests import Guest
from causette.domain.moderators import TrustedFlagger
from causette.domain.reasons import format_date_fr
from causette.domain.reports import CATEGORY_LABELS_FR, check_decision_token
from causette.services.appeals import AppealState, appeal_state
from causette.services.moderators import TRUSTED_PREFIX
from causette.services.reports import receipt_json, reporter_decision
from causette.web.case_context import CASES, CaseServices

__all__ = ["add_report_routes", "breakable", "page"]

_OUTCOMES_FR = {
    "pending": "en cours d'examen",
    "upheld": "décision confirmée",
    "reversed": "décision annulée",
}


def _cases(request: web.Request) -> CaseServices:
    return request.app[CASES]


_LONG_WORD = re.compile(r"\S{25,}")


def breakable(text: str) -> str:
    """`text` escaped, with `<wbr>` every 20 characters of a long word (the appeal
    link and its token): on a phone the statement wraps instead of scrolling sideways."""
    out, last = [], 0
    for m in _LONG_WORD.finditer(text):
        word = m.group(0)
        out.append(html.escape(text[last : m.start()]))
        out.append("<wbr>".join(html.escape(word[i : i + 20]) for i in range(0, len(word), 20)))
        last = m.end()
    out.append(html.escape(text[last:]))
    return "".join(out)


def page(title: str, body: str, *, status: int = 200) -> web.Response:
    """A plain French page with the console's stylesheet (no script, no inline style)."""
    doc = (
        '<!doctype html><html lang="fr"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(title)} · Causette</title>"
        '<link rel="stylesheet" href="/static/console/console.css"></head>'
        f"<body><main>{body}</main></body></html>"
    )
    return web.Response(
        text=doc,
        status=status,
        content_type="text/html",
        headers={"Cache-Control": "no-store"},
    )


async def _reporter(request: web.Request) -> Guest | TrustedFlagger:
    """A guest session, or a trusted flagger's API token (`tf.…`), from the Bearer header."""
    from causette.web.routes import guest_from_request

    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    token = token.strip()
    if scheme.lower() == "bearer" and token.startswith(TRUSTED_PREFIX):
        return await _cases(request).moderators.trusted_flagger(token)
    return await guest_from_request(request)


async def file_report(request: web.Request) -> web.Response:
    from causette.web.routes import _json_object

    reporter = await _reporter(request)
    body = await _json_object(request)
    record = await _cases(request).reports.file(reporter, body)
    return web.json_response(receipt_json(record), status=201)


async def contest_refusal(request: web.Request) -> web.Response:
    """`POST /api/refusals/{id}/contest` `{"text": "..."}` (the session's token): the
    author of a refused message asks a person to look at it again → 202."""
    from causette.web.routes import _json_object, guest_from_request

    guest = await guest_from_request(request)
    body = await _json_object(request)
    raw_id = request.match_info["id"]
    text = body.get("text", "")
    if not isinstance(text, str):
        raise InvalidInput(
            "contest_text_invalid", "L'explication doit être un texte.", field="text"
        )
    if not raw_id.isdigit() or len(raw_id) > 18:
        raise NotFound("refusal_not_found", "Ce message refusé n'existe plus.")
    done = await _cases(request).refusals.contest(guest, int(raw_id), text)
    return web.json_response(
        {"status": "contested", "id": done.held_id, "message": done.message}, status=202
    )


async def report_receipt(request: web.Request) -> web.Response:
    reporter = await _reporter(request)
    receipt = await _cases(request).reports.receipt(reporter, request.match_info["ticket"])
    return web.json_response(receipt)


async def decision_page(request: web.Request) -> web.Response:
    """The decision on a report as its reporters read it (DSA Art. 16(5)): the ticket,
    the reason they gave, the decision on their notice and the redress. Nothing about
    the person reported or the measure they got (that statement is theirs, Art. 17)."""
    cases = _cases(request)
    number = request.match_info["ticket"]
    record = await cases.store.ticket(number)
    token = request.query.get("token", "")
    if record is None or not check_decision_token(cases.secret, number, token):
        return page(
            "Signalement introuvable",
            "<h1>Signalement introuvable</h1><p>Ce lien est incomplet ou a été mal copié."
            " Ouvrez le lien complet reçu avec la décision : il se termine par « ?token= »"
            " suivi d'une longue suite de caractères.</p>",
            status=404,
        )
    category = CATEGORY_LABELS_FR.get(record.ticket.category, record.ticket.category)
    parts = [
        "<h1>Décision sur votre signalement</h1>",
        f"<p>Signalement n° {html.escape(number)} · motif : {html.escape(category)}</p>",
    ]
    decision = reporter_decision(record)
    if decision is None:
        parts.append(
            "<p>Votre signalement est en cours d'examen par une personne de l'équipe de"
            " modération. Cette page donnera sa décision.</p>"
        )
    else:
        when = format_date_fr(float(decision["at"])) if decision["at"] is not None else ""
        parts += [
            f'<p class="decision">Décision du {html.escape(when)} : '
            f"{html.escape(decision['text'])}</p>",
            "<p>La mesure éventuellement prise à l'égard de la personne signalée lui est"
            " notifiée à elle seule, avec ses motifs.</p>",
            "<h2>Vos recours</h2>",
            f"<p>{html.escape(decision['redress'])} Gardez le lien de cette page.</p>",
        ]
    parts.append(
        '<p lang="en">The decision on your report, and how to contest it: you may write'
        " to the moderation team with this number, refer it to a certified out-of-court"
        " dispute settlement body (Digital Services Act, Art. 21) or to a court.</p>"
    )
    return page("Décision sur votre signalement", "".join(parts))


async def _statement(
    request: web.Request, token: str | None = None
) -> tuple[str, str, dict[str, Any]]:
    cases = _cases(request)
    sanction_id = request.match_info["id"]
    token = request.query.get("token", "") if token is None else token
    statement = await cases.store.statement(sanction_id)
    if statement is None or not check_appeal_token(cases.secret, sanction_id, token):
        raise NotFound("sanction_not_found", "Cette décision n'existe pas.")
    return sanction_id, token, statement


async def sanction_json(request: web.Request) -> web.Response:
    sanction_id, token, statement = await _statement(request)
    if "text/html" in request.headers.get("Accept", ""):
        # A browser that follows the API link gets the readable page.
        raise web.HTTPSeeOther(f"/sanctions/{sanction_id}?token={token}")
    cases = _cases(request)
    appeals = await cases.store.appeals_of(sanction_id)
    sanction = await cases.store.sanction(sanction_id)
    state = None if sanction is None else appeal_state(sanction, appeals, cases.appeals.clock())
    return web.json_response(
        {
            "statement": statement,
            # open: an appeal may be filed; pending; upheld (final on the platform: Art. 21
            # and the courts remain); reversed; lifted; closed (six months passed).
            "appeal_state": None if state is None else state.value,
            "appeals": [
                {"id": a.id, "outcome": a.outcome.value, "explanation": a.explanation}
                for a in appeals
            ],
        }
    )


async def sanction_page(
    request: web.Request, notice: str = "", token: str | None = None
) -> web.Response:
    try:
        sanction_id, token, statement = await _statement(request, token)
    except NotFound:
        return page(
            "Décision introuvable",
            "<h1>Décision introuvable</h1>"
            "<p>Ce lien est incomplet ou a été mal copié. Ouvrez le lien complet reçu avec "
            "la décision : il se termine par « ?token= » suivi d'une longue suite de "
            "caractères. C'est ce lien qui vous donne accès à l'exposé des motifs et au "
            "recours.</p>",
            status=404,
        )
    cases = _cases(request)
    appeals = await cases.store.appeals_of(sanction_id)
    sanction = await cases.store.sanction(sanction_id)
    state = (
        AppealState.OPEN
        if sanction is None
        else appeal_state(sanction, appeals, cases.appeals.clock())
    )
    parts = [
        "<h1>Exposé des motifs</h1>",
        f'<p class="notice" role="status">{html.escape(notice)}</p>' if notice else "",
        f'<pre class="statement">{breakable(statement.get("text_fr", ""))}</pre>',
        "<h2>Vos recours</h2>",
    ]
    for a in appeals:
        decided = f" le {format_date_fr(a.decided_at)}" if a.decided_at is not None else ""
        parts.append(
            f'<p class="appeal appeal--{a.outcome.value}">Votre recours du '
            f"{format_date_fr(a.filed_at)} (réf. {html.escape(a.id)}) : "
            f"{_OUTCOMES_FR[a.outcome.value]}{decided if a.outcome.value != 'pending' else ''}"
            + (f". Explication : {html.escape(a.explanation)}" if a.explanation else "")
            + "</p>"
        )
    if state is AppealState.OPEN:
        parts.append(
            f'<form method="post" action="/sanctions/{html.escape(sanction_id)}/appeal">'
            f'<input type="hidden" name="token" value="{html.escape(token)}">'
            '<label for="appeal-text">Contester la décision (gratuit, examiné par une '
            "personne)</label>"
            '<textarea id="appeal-text" name="text" rows="5" maxlength="2000" required>'
            "</textarea>"
            '<button type="submit">Envoyer mon recours</button></form>'
        )
    else:
        until = "" if sanction is None else format_date_fr(appeal_deadline(sanction.start))
        parts.append(_redress_html(state, until))
    return page("Exposé des motifs", "".join(parts))


# Once the appeal inside Causette is used up (decided, or too late), the page names the
# routes left outside it (DSA Art. 20(5), Art. 21), in French then in English; it offers
# no form the service would refuse.
_OUTSIDE_ROUTES = (
    "<p>Il vous reste deux recours, en dehors de Causette :</p><ul>"
    "<li>saisir un <strong>organisme de règlement extrajudiciaire des litiges</strong> "
    "certifié (règlement européen sur les services numériques, art. 21) : la liste est "
    "publiée par l'Arcom et par la Commission européenne. Si l'organisme vous donne "
    "raison, Causette supporte les frais de la procédure (art. 21, § 5) ;</li>"
    "<li>saisir la <strong>justice</strong> (tribunal judiciaire).</li></ul>"
    "<p>Gardez le lien de cette page : il permet à l'organisme ou au juge de lire la "
    "décision et son exposé des motifs.</p>"
)
_OUTSIDE_ROUTES_EN = (
    "You may still refer it to a certified out-of-court dispute settlement body "
    "(Digital Services Act, Art. 21; lists published by Arcom and the European "
    "Commission) or to a court. Keep the link to this page."
)


def _redress_html(state: AppealState, until: str) -> str:
    """What the person can still do, when the form is not offered."""
    if state is AppealState.PENDING:
        return (
            '<p class="notice redress">Une personne examine votre recours. Gardez le lien de '
            "cette page : sa réponse s'y affichera.</p>"
        )
    if state is AppealState.REVERSED:
        return (
            '<p class="notice redress">Votre recours a été accepté : la décision est annulée '
            "et la sanction levée. Il n'y a plus rien à contester.</p>"
        )
    if state is AppealState.LIFTED:
        return (
            '<p class="notice redress">Cette sanction a été levée : il n\'y a plus rien à '
            "contester.</p>"
        )
    if state is AppealState.UPHELD:
        head = (
            "<p><strong>Cette décision est définitive sur Causette.</strong> Votre recours a "
            "été examiné par une personne, autre que celle qui avait décidé, et la décision "
            "a été confirmée : vous ne pouvez pas la contester une seconde fois auprès de "
            "Causette.</p>"
        )
        english = "This decision is final on Causette: your appeal was examined and the "
        english += "decision upheld. "
    else:  # CLOSED
        head = (
            "<p><strong>Le délai pour contester auprès de Causette est dépassé</strong> : "
            f"le recours était ouvert six mois, jusqu'au {html.escape(until)}.</p>"
        )
        english = "The six months to appeal to Causette are over. "
    return (
        f'<section class="redress final">{head}{_OUTSIDE_ROUTES}'
        f'<p lang="en" class="en">{english}{_OUTSIDE_ROUTES_EN}</p></section>'
    )


async def appeal_form(request: web.Request) -> web.Response:
    form = await request.post()
    token, text = str(form.get("token", "")), str(form.get("text", ""))
    sanction_id = request.match_info["id"]
    try:
        await _cases(request).appeals.file(sanction_id, token, text)
    except CausetteError as exc:
        notice = exc.message
    else:
        notice = "Votre recours est enregistré : une personne l'examinera."
    return await sanction_page(request, notice, token)


async def appeal_api(request: web.Request) -> web.Response:
    from causette.web.routes import _json_object

    body = await _json_object(request)
    fields = [body.get(name, "") for name in ("sanction", "token", "text")]
    if not all(isinstance(value, str) for value in fields):
        raise InvalidInput("bad_field", "Les champs du recours doivent être du texte.")
    appeal = await _cases(request).appeals.file(*fields)
    return web.json_response(
        {"appeal": appeal.id, "outcome": appeal.outcome.value, "filed_at": appeal.filed_at},
        status=201,
    )


def add_report_routes(app: web.Application) -> None:
    r = app.router
    r.add_post("/api/reports", file_report)
    r.add_get("/api/reports/{ticket}", report_receipt)
    r.add_get("/api/sanctions/{id}", sanction_json)
    r.add_post("/api/appeals", appeal_api)
    r.add_post("/api/refusals/{id}/contest", contest_refusal)
    r.add_get("/sanctions/{id}", sanction_page)
    r.add_get("/reports/{ticket}", decision_page)
    r.add_post("/sanctions/{id}/appeal", appeal_form)
    from causette.web.console import add_console_routes

    add_console_routes(app)
