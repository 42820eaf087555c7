"""The console's appeals page (`/console/appeals`): each pending appeal as a moderator
reads it — who appeals, against which decision (its words, when, by whom, until when),
the content and the reason given, the appeal's text — then the form to decide it.

Ids (appeal, sanction, session) stay on the page, small, for the audit log and support;
they no longer stand for the things themselves.
"""

from __future__ import annotations

import html
from typing import Any

from aiohttp import web

from causette.domain.appeals import Appeal, appeal_deadline
from causette.domain.audit import SYSTEM_ACTOR
from causette.domain.moderators import Moderator, ModeratorSession
from causette.domain.reports import CATEGORY_LABELS_FR
from causette.domain.sanctions import Sanction
from causette.web.case_context import CaseServices
from causette.web.console_common import cases_of, checked_form, csrf_field, logged_in, nav, when
from causette.web.reports import breakable, page

__all__ = ["add_appeal_routes"]

_e = html.escape


async def _decided_by(cases: CaseServices, sanction: Sanction, mod: Moderator) -> str:
    if sanction.decided_by == SYSTEM_ACTOR:
        return "automatiquement (système)"
    if sanction.decided_by == mod.id:
        return "vous"
    found = await cases.store.moderator(sanction.decided_by)
    return found.login if found is not None else sanction.decided_by


async def _appellant(cases: CaseServices, appeal: Appeal) -> str:
    guest = await cases.store.guest(appeal.appellant)
    return guest.pseudonym if guest is not None else "pseudo inconnu (session effacée)"


def _decision_html(sanction: Sanction, statement: dict[str, Any], by: str) -> str:
    restriction = str(statement.get("restriction") or sanction.kind.value)
    category = str(statement.get("category") or sanction.category)
    label = CATEGORY_LABELS_FR.get(category, category)
    ends = sanction.ends_at
    span = f" · fin le {_e(when(ends))}" if ends is not None else ""
    lifted = f" · levée le {_e(when(sanction.lifted_at))}" if sanction.lifted_at else ""
    return (
        f"<strong>{_e(restriction)}</strong> Catégorie : {_e(label)}. "
        f"Prise le {_e(when(sanction.start))} par {_e(by)}{span}{lifted}."
    )


def _facts_html(statement: dict[str, Any], sanction: Sanction) -> str:
    facts = statement.get("facts") or {}
    where = f"{facts['where']}, " if facts.get("where") else ""
    at = f"le {when(facts['at'])}" if isinstance(facts.get("at"), int | float) else ""
    context = f' <span class="meta">({_e(where + at).strip(", ")})</span>' if where or at else ""
    content = str(facts.get("content") or "")
    quoted = f'<blockquote class="content">{_e(content)}</blockquote>' if content else "—"
    reason = str(statement.get("explanation") or sanction.reason)
    return (
        f"<dt>Contenu en cause{context}</dt><dd>{quoted}</dd>"
        f"<dt>Motif donné à la personne</dt><dd>{_e(reason) or '—'}</dd>"
    )


async def _appeal_item(
    cases: CaseServices, session: ModeratorSession, mod: Moderator, a: Appeal
) -> str:
    sanction = await cases.store.sanction(a.sanction_id)
    statement = await cases.store.statement(a.sanction_id) or {}
    who = await _appellant(cases, a)
    if sanction is None:  # not expected: a sanction is never deleted
        return (
            f'<li class="appeal"><h2>Recours de {_e(who)}</h2>'
            f'<p class="error">Décision introuvable ({_e(a.sanction_id)}).</p></li>'
        )
    if sanction.decided_by == mod.id:
        form = '<p class="own">Vous avez pris la décision : un autre modérateur doit trancher.</p>'
    else:
        form = (
            f'<form method="post" action="/console/appeals/{_e(a.id)}">'
            f"{csrf_field(cases, session.id)}"
            f'<label for="outcome-{_e(a.id)}">Issue</label>'
            f'<select id="outcome-{_e(a.id)}" name="outcome" required>'
            # No default: a moderator who does not choose must not confirm by accident.
            '<option value="" selected disabled>— choisir —</option>'
            '<option value="upheld">Confirmer la décision</option>'
            '<option value="reversed">Annuler la décision</option></select>'
            f'<label for="explanation-{_e(a.id)}">Explication (transmise à la personne)</label>'
            f'<textarea id="explanation-{_e(a.id)}" name="explanation" required></textarea>'
            '<button type="submit">Trancher</button></form>'
        )
    case = (
        f'<dt>Signalement</dt><dd>{_e(sanction.ticket)} · <a href="/console/item/ticket:'
        f'{_e(sanction.ticket)}">voir le dossier (contexte, autres pseudos, sanctions '
        "antérieures)</a></dd>"
        if sanction.ticket
        else ""
    )
    by = await _decided_by(cases, sanction, mod)
    return (
        f'<li class="appeal"><h2>Recours de <span class="appellant">{_e(who)}</span></h2>'
        '<dl class="facts">'
        f'<dt>Décision contestée</dt><dd class="decision">{_decision_html(sanction, statement, by)}'
        "</dd>"
        + _facts_html(statement, sanction)
        + f"<dt>Recours déposé</dt><dd>le {_e(when(a.filed_at))} (délai de recours : "
        f"jusqu'au {_e(when(appeal_deadline(sanction.start)))})</dd>"
        + case
        + '<dt>Références</dt><dd class="code">'
        f"recours {_e(a.id)} · sanction {_e(a.sanction_id)} · session {_e(a.appellant)}</dd>"
        "</dl>"
        "<h3>Texte du recours</h3>"
        f'<blockquote class="appeal-text">{_e(a.text) or "(sans texte)"}</blockquote>'
        "<details><summary>Exposé des motifs tel que la personne l'a reçu</summary>"
        f'<pre class="statement">{breakable(statement.get("text_fr", ""))}</pre></details>'
        f"{form}</li>"
    )


@logged_in
async def appeals(request: web.Request, session: ModeratorSession, mod: Moderator) -> web.Response:
    cases = cases_of(request)
    pending = await cases.store.appeals()
    lines = [await _appeal_item(cases, session, mod, a) for a in pending]
    listing = "".join(lines) or "<li>Aucun recours en attente.</li>"
    body = nav(mod, csrf_field(cases, session.id)) + (
        f'<h1>Recours en attente ({len(pending)})</h1><ul class="appeals">{listing}</ul>'
    )
    return page("Recours", body)


@logged_in
async def decide(request: web.Request, session: ModeratorSession, mod: Moderator) -> web.Response:
    form = await checked_form(request, session.id)
    await cases_of(request).appeals.decide(
        mod.id,
        request.match_info["id"],
        str(form.get("outcome", "")),
        str(form.get("explanation", "")),
    )
    raise web.HTTPSeeOther("/console/appeals")


def add_appeal_routes(app: web.Application) -> None:
    app.router.add_get("/console/appeals", appeals)
    app.router.add_post("/console/appeals/{id}", decide)
