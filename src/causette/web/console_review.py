"""Console pages after the first decision: the audit log, authority exports (the
appeals page is `console_appeals`)."""

from __future__ import annotations

import html

from aiohttp import web

from causette.domain.audit import SYSTEM_ACTOR, verify_chain
from causette.domain.authorities import export_html, export_json
from causette.domain.moderators import Moderator, ModeratorSession
from causette.services.authorities import CHANNELS
from causette.services.casefile import Item
from causette.web.case_context import CaseServices
from causette.web.console_common import (
    DONE_FR,
    cases_of,
    checked_form,
    csrf_field,
    logged_in,
    nav,
    when,
)
from causette.web.reports import breakable, page

__all__ = ["add_review_routes", "export_forms"]

_e = html.escape
# The printable export carries its own inline style and nothing else.
_EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"


def export_forms(cases: CaseServices, session_id: str, item: Item) -> str:
    """The « vie en danger » export forms of an item page."""
    done = ""
    if item.ticket is not None and item.ticket.transmitted_at is not None:
        done = f'<p class="notice">Transmis le {_e(when(item.ticket.transmitted_at))}.</p>'
    channels = "".join(f'<option value="{c}">{_e(c)}</option>' for c in CHANNELS)
    action = f"/console/item/{_e(item.id)}/export"
    # One form, one summary: the export and the « transmis » record use the same text,
    # so the moderator writes it once (two forms used to ask for it twice).
    return (
        '<h2 id="export">Vie en danger / enfant en danger : autorités</h2>'
        + done
        + f'<form method="post" action="{action}" class="export">'
        + csrf_field(cases, session_id)
        + '<label for="export-summary">Résumé : pourquoi une vie ou un enfant est en danger'
        "</label>"
        '<textarea id="export-summary" name="summary" rows="3" required></textarea>'
        "<h3>1. Préparer le dossier pour l'autorité</h3>"
        '<button type="submit" name="format" value="html">Page imprimable</button>'
        '<button type="submit" name="format" value="json">Fichier JSON</button>'
        "<h3>2. Après l'envoi : noter la transmission</h3>"
        f'<label for="channel">Canal</label><select id="channel" name="channel">{channels}'
        '</select><label for="receipt">Référence donnée par l\'autorité</label>'
        '<input id="receipt" name="receipt">'
        f'<button type="submit" formaction="{action}/transmitted">Marquer comme transmis'
        "</button></form>"
    )


@logged_in
async def export(request: web.Request, session: ModeratorSession, mod: Moderator) -> web.Response:
    form = await checked_form(request, session.id)
    built = await cases_of(request).exports.build(
        mod.id, request.match_info["id"], str(form.get("summary", ""))
    )
    name = f"causette-{built.reference}"
    if form.get("format") == "json":
        return web.Response(
            text=export_json(built),
            content_type="application/json",
            headers={
                "Content-Disposition": f'attachment; filename="{name}.json"',
                "Cache-Control": "no-store",
            },
        )
    return web.Response(
        text=export_html(built),
        content_type="text/html",
        headers={"Content-Security-Policy": _EXPORT_CSP, "Cache-Control": "no-store"},
    )


@logged_in
async def transmitted(
    request: web.Request, session: ModeratorSession, mod: Moderator
) -> web.Response:
    form = await checked_form(request, session.id)
    item_id = request.match_info["id"]
    await cases_of(request).exports.transmit(
        mod.id,
        item_id,
        str(form.get("summary", "")),
        str(form.get("channel", "")),
        str(form.get("receipt", "")),
    )
    raise web.HTTPSeeOther(f"/console/item/{item_id}")


@logged_in
async def audit(request: web.Request, session: ModeratorSession, mod: Moderator) -> web.Response:
    cases = cases_of(request)
    entries = []
    after = 0
    while True:  # bounded by the table: each page moves `after` forward
        chunk = await cases.store.audit_entries(after=after, limit=5_000)
        entries += chunk
        if len(chunk) < 5_000:
            break
        after = chunk[-1].seq
    check = verify_chain(entries)
    head = "<wbr>".join(_e(check.head[i : i + 16]) for i in range(0, len(check.head), 16))
    state = "chaîne intègre" if check.ok else f"chaîne rompue à l'entrée {check.first_bad_seq}"
    shown = list(reversed(entries[-200:]))
    logins: dict[str, str] = {}
    for e in shown:
        if e.actor.startswith("m_") and e.actor not in logins:
            found = await cases.store.moderator(e.actor)
            logins[e.actor] = found.login if found is not None else e.actor
    rows = "".join(
        f"<tr><td>{e.seq}</td><td>{_e(when(e.at))}</td><td>{_e(_actor_fr(e.actor, logins))}</td>"
        f'<td>{_e(_AUDIT_ACTIONS_FR.get(e.action, e.action))} <code class="code">'
        f"{_e(e.action)}</code></td><td>{breakable(e.target)}</td><td>{_e(e.reason)}</td></tr>"
        for e in shown
    )
    body = nav(mod, csrf_field(cases, session.id)) + (
        f'<h1>Journal d\'audit</h1><p class="chain">{_e(state)} · {check.count} entrées</p>'
        # The whole head (breakable on a phone): noted, it lets
        # `causette audit verify --expected-head` catch a truncated log.
        f'<p>Tête de la chaîne, à noter : <code class="head">{head}</code></p>'
        # On a phone the table scrolls inside its box; the page itself does not.
        '<div class="table-wrap"><table><thead><tr><th>n°</th><th>date</th>'
        "<th>qui</th><th>action</th><th>cible</th><th>motif</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></div>"
    )
    return page("Journal", body)


_AUDIT_ACTIONS_FR = {
    **DONE_FR,
    "login": "connexion à la console",
    "report_filed": "signalement reçu",
    "appeal_filed": "recours déposé",
    "appeal_upheld": "recours : décision confirmée",
    "appeal_reversed": "recours : décision annulée",
    "authority_export": "dossier préparé pour les autorités",
    "authority_transmitted": "dossier transmis aux autorités",
    "requisition_answered": "réquisition judiciaire : réponse remise",
    "order_received": "injonction d'une autorité reçue",
    "order_acknowledged": "injonction : accusé de réception envoyé",
    "order_effected": "injonction exécutée",
    "auto_hold": "retenu par le filtre",
    "auto_evidence": "bloqué et gardé comme preuve",
    "auto_suspend": "suspension automatique",
    "strike_warning": "avertissement automatique",
    "evasion_refused": "contournement refusé",
    "refusal_contested": "refus contesté par l'auteur",
    "minors_held_pair": "mesure conservatoire : conversation retenue",
    "minors_restricted": "mesure conservatoire : messages vérifiés avant publication",
    "minors_suspended": "mesure conservatoire : suspension",
    "minors_measures_expired": "mesures conservatoires terminées",
    "minors_measures_lifted": "mesures conservatoires levées",
}
"""What each audit action means, for the people who read the log (the code stays shown)."""


def _actor_fr(actor: str, logins: dict[str, str]) -> str:
    if actor == SYSTEM_ACTOR:
        return "système (automatique)"
    if actor.startswith("user:"):
        return f"personne {actor.removeprefix('user:')}"
    return logins.get(actor, actor)


def add_review_routes(app: web.Application) -> None:
    from causette.web.console_appeals import add_appeal_routes

    r = app.router
    add_appeal_routes(app)
    r.add_get("/console/audit", audit)
    r.add_post("/console/item/{id}/export", export)
    r.add_post("/console/item/{id}/export/transmitted", transmitted)
