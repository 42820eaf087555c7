"""The moderators' console under `/console`: server-rendered pages, plain forms, no script.

Login is rate-limited (`LoginLimiter`), TOTP when the account has it. The session
cookie is `HttpOnly; SameSite=Strict` (and `Secure` over TLS). Every POST carries
a CSRF token bound to the session (`make_csrf_token`); the login form's token is
bound to a short-lived pre-login cookie.
"""

from __future__ import annotations

import html
import secrets
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from causette.domain.audit import verify_chain
from causette.domain.errors import CausetteError, Forbidden
from causette.domain.moderators import Moderator, ModeratorSession
from causette.domain.reasons import format_date_fr
from causette.domain.reports import CATEGORY_LABELS_FR
from causette.domain.sanctions import DAY, HOUR
from causette.services.credentials import make_csrf_token, verify_csrf_token
from causette.services.desk import Item
from causette.web.case_context import CASES, CaseServices
from causette.web.reports import page

__all__ = ["COOKIE", "add_console_routes"]

COOKIE = "causette_console"
PRE_COOKIE = "causette_console_pre"
_e = html.escape
_ACTIONS_FR = {
    "dismiss": "Classer sans suite",
    "remove": "Retirer le contenu",
    "release": "Publier le contenu retenu (en retard)",
    "warn": "Avertir",
    "mute": "Interdire d'écrire (durée en heures)",
    "suspend": "Suspendre (durée en jours)",
    "ban": "Bannir (durée en jours, vide = définitif)",
    "close_room": "Fermer le salon",
}


def _cases(request: web.Request) -> CaseServices:
    return request.app[CASES]


def _when(ts: float | None) -> str:
    return "" if ts is None else format_date_fr(ts)


def _set_cookie(request: web.Request, response: web.StreamResponse, name: str, value: str) -> None:
    response.set_cookie(
        name, value, path="/console", httponly=True, samesite="Strict", secure=request.secure
    )


async def _session(request: web.Request) -> tuple[ModeratorSession, Moderator, str]:
    token = request.cookies.get(COOKIE)
    session, moderator = await _cases(request).moderators.session(token)
    return session, moderator, token or ""


def _csrf_field(cases: CaseServices, session_id: str) -> str:
    token = make_csrf_token(cases.secret, session_id)
    return f'<input type="hidden" name="csrf" value="{_e(token)}">'


async def _checked_form(request: web.Request, session_id: str) -> Any:
    form = await request.post()
    if not verify_csrf_token(_cases(request).secret, session_id, str(form.get("csrf", ""))):
        raise Forbidden("csrf_invalid", "Formulaire expiré : rechargez la page.")
    return form


Page = Callable[[web.Request, ModeratorSession, Moderator], Awaitable[web.StreamResponse]]


def _logged_in(handler: Page) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    async def wrapped(request: web.Request) -> web.StreamResponse:
        try:
            session, moderator, _ = await _session(request)
        except CausetteError:
            raise web.HTTPSeeOther("/console/login") from None
        try:
            return await handler(request, session, moderator)
        except CausetteError as exc:
            return page(
                "Erreur",
                f'<p class="error" role="alert">{_e(exc.message)}</p>'
                '<p><a href="/console">Retour à la file</a></p>',
                status=exc.status,
            )

    return wrapped


def _nav(moderator: Moderator, csrf: str) -> str:
    return (
        '<nav class="bar"><a href="/console">File</a> <a href="/console/appeals">Recours</a> '
        f'<a href="/console/audit">Journal</a> <span>{_e(moderator.login)}</span>'
        f'<form method="post" action="/console/logout">{csrf}'
        '<button type="submit">Se déconnecter</button></form></nav>'
    )


# -- login ---------------------------------------------------------------------
async def login_page(request: web.Request, error: str = "", status: int = 200) -> web.Response:
    pre = request.cookies.get(PRE_COOKIE) or secrets.token_urlsafe(24)
    csrf = make_csrf_token(_cases(request).secret, "pre:" + pre)
    body = (
        "<h1>Console de modération</h1>"
        + (f'<p class="error" role="alert">{_e(error)}</p>' if error else "")
        + '<form method="post" action="/console/login" class="login">'
        f'<input type="hidden" name="csrf" value="{_e(csrf)}">'
        '<label for="login">Identifiant</label>'
        '<input id="login" name="login" autocomplete="username" required>'
        '<label for="password">Mot de passe</label>'
        '<input id="password" name="password" type="password" '
        'autocomplete="current-password" required>'
        '<label for="totp">Code à usage unique (si activé)</label>'
        '<input id="totp" name="totp" inputmode="numeric" autocomplete="one-time-code">'
        '<button type="submit">Se connecter</button></form>'
    )
    response = page("Connexion", body, status=status)
    _set_cookie(request, response, PRE_COOKIE, pre)
    return response


async def login(request: web.Request) -> web.StreamResponse:
    from causette.web.routes import client_source

    cases = _cases(request)
    form = await request.post()
    pre = request.cookies.get(PRE_COOKIE, "")
    if not pre or not verify_csrf_token(cases.secret, "pre:" + pre, str(form.get("csrf", ""))):
        return await login_page(request, "Formulaire expiré : réessayez.", 403)
    try:
        token, _ = await cases.moderators.login(
            str(form.get("login", "")),
            str(form.get("password", "")),
            str(form.get("totp", "")) or None,
            cases.check.network_key(client_source(request)[0]),
        )
    except CausetteError as exc:
        return await login_page(request, exc.message, exc.status)
    response = web.HTTPSeeOther("/console")
    _set_cookie(request, response, COOKIE, token)
    response.del_cookie(PRE_COOKIE, path="/console")
    raise response


async def logout(request: web.Request) -> web.StreamResponse:
    try:
        session, _, token = await _session(request)
    except CausetteError:
        raise web.HTTPSeeOther("/console/login") from None
    await _checked_form(request, session.id)
    await _cases(request).moderators.logout(token)
    response = web.HTTPSeeOther("/console/login")
    response.del_cookie(COOKIE, path="/console")
    raise response


# -- the queue -------------------------------------------------------------------
def _item_line(item: Item) -> str:
    t = item.ticket
    badges = []
    if item.queue.life_in_danger:
        badges.append('<span class="badge badge--life">Vie en danger</span>')
    if item.queue.trusted_flagger:
        badges.append('<span class="badge">Signaleur de confiance</span>')
    label = CATEGORY_LABELS_FR.get(item.category, item.category)
    who = item.author.pseudonym if item.author else "?"
    count = f" · {t.ticket.reporter_count} signalement(s)" if t else " · retenu par le filtre"
    return (
        f'<li class="item item--{item.queue.severity.name.lower()}">'
        f'<a href="/console/item/{_e(item.id)}">{_e(item.id)}</a> {"".join(badges)} '
        f"<strong>{_e(label)}</strong>{count} · {_e(who)} · {_e(item.where)} · "
        f"{_e(_when(item.queue.created_at))}"
        f'<blockquote class="blur-none">{_e(item.content[:200])}</blockquote></li>'
    )


@_logged_in
async def queue(request: web.Request, session: ModeratorSession, mod: Moderator) -> web.Response:
    cases = _cases(request)
    items = await cases.desk.queue()
    lines = "".join(_item_line(i) for i in items) or "<li>La file est vide.</li>"
    body = _nav(mod, _csrf_field(cases, session.id)) + (
        f'<h1>File de modération ({len(items)})</h1><ol class="queue">{lines}</ol>'
    )
    return page("File", body)


def _context_html(ctx: dict[str, Any]) -> str:
    def rows(entries: list[dict[str, Any]], flagged: bool = False) -> str:
        out = []
        for m in entries:
            cls = ' class="flagged"' if flagged and m.get("flagged") else ""
            room = f" [{_e(m['room'])}]" if "room" in m else ""
            out.append(
                f"<li{cls}>{_e(_when(m['at']))}{room} <strong>{_e(m['author'])}</strong> : "
                f"{_e(m['text'])}</li>"
            )
        return "".join(out) or "<li>—</li>"

    pseudos = "".join(
        f"<li>{_e(p['pseudonym'])} ({p['age']} ans, {_e(p['id'])})</li>" for p in ctx["pseudonyms"]
    )
    sanctions = "".join(
        f"<li>{_e(s['kind'])} · {_e(_when(s['start']))} · {_e(s['reason'])}"
        f"{' (levée)' if s['lifted'] else ''}</li>"
        for s in ctx["sanctions"]
    )
    return (
        f'<h2>Contexte</h2><ol class="around">{rows(ctx["around"], True)}</ol>'
        "<h2>Pseudos du même appareil ou réseau</h2>"
        f'<ul class="pseudonyms">{pseudos or "<li>—</li>"}</ul>'
        f'<h2>Historique récent</h2><ol class="history">{rows(ctx["history"])}</ol>'
        f'<h2>Sanctions antérieures</h2><ul class="sanctions">{sanctions or "<li>aucune</li>"}</ul>'
    )


@_logged_in
async def item_page(
    request: web.Request, session: ModeratorSession, mod: Moderator
) -> web.Response:
    cases = _cases(request)
    item = await cases.desk.item(request.match_info["id"])
    ctx = await cases.desk.context(item)
    actions = [a for a in _ACTIONS_FR if a != "release" or item.held is not None]
    options = "".join(f'<option value="{a}">{_e(_ACTIONS_FR[a])}</option>' for a in actions)
    cats = "".join(
        f'<option value="{c}"{" selected" if c == item.category else ""}>{_e(label)}</option>'
        for c, label in CATEGORY_LABELS_FR.items()
    )
    reporters = ""
    if item.ticket is not None:
        texts = "".join(f"<li>{_e(t)}</li>" for t in item.ticket.ticket.texts)
        reporters = (
            f"<p>{item.ticket.ticket.reporter_count} signalement(s) · statut "
            f'{_e(item.ticket.status)}</p><ul class="texts">{texts}</ul>'
        )
    author = item.author.pseudonym if item.author else "?"
    body = _nav(mod, _csrf_field(cases, session.id)) + (
        f"<h1>{_e(item.id)}</h1>{reporters}"
        f'<p>Auteur : <strong class="author">{_e(author)}</strong> · {_e(item.where)} · '
        f"{_e(_when(item.at))}</p>"
        f'<blockquote class="content">{_e(item.content)}</blockquote>'
        + _context_html(ctx)
        + f'<h2>Décision</h2><form method="post" action="/console/item/{_e(item.id)}/act" '
        f'class="act">{_csrf_field(cases, session.id)}'
        f'<label for="action">Action</label><select id="action" name="action">{options}</select>'
        '<label for="duration">Durée</label>'
        '<input id="duration" name="duration" inputmode="decimal">'
        f'<label for="category">Catégorie</label><select id="category" name="category">{cats}'
        "</select>"
        '<label for="reason">Motif (transmis à la personne)</label>'
        '<textarea id="reason" name="reason" rows="3" required></textarea>'
        '<button type="submit">Décider</button></form>'
    )
    return page(item.id, body)


def _duration(action: str, raw: str) -> float | None:
    raw = raw.strip().replace(",", ".")
    if not raw:
        return None
    try:
        value = float(raw)
    except ValueError:
        return -1.0  # refused by check_duration with its French message
    return value * (HOUR if action == "mute" else DAY)


@_logged_in
async def act(request: web.Request, session: ModeratorSession, mod: Moderator) -> web.Response:
    form = await _checked_form(request, session.id)
    action = str(form.get("action", ""))
    sanction = await _cases(request).desk.act(
        mod.id,
        request.match_info["id"],
        action,
        str(form.get("reason", "")),
        duration=_duration(action, str(form.get("duration", ""))),
        category=str(form.get("category", "")) or None,
    )
    del sanction  # its statement of reasons is stored; the queue shows what is left
    raise web.HTTPSeeOther("/console")


# -- appeals and audit -----------------------------------------------------------
@_logged_in
async def appeals(request: web.Request, session: ModeratorSession, mod: Moderator) -> web.Response:
    cases = _cases(request)
    lines = []
    for a in await cases.store.appeals():
        sanction = await cases.store.sanction(a.sanction_id)
        statement = await cases.store.statement(a.sanction_id) or {}
        mine = sanction is not None and sanction.decided_by == mod.id
        form = (
            '<p class="own">Vous avez pris la décision : un autre modérateur doit trancher.</p>'
            if mine
            else f'<form method="post" action="/console/appeals/{_e(a.id)}">'
            f"{_csrf_field(cases, session.id)}"
            f'<label for="outcome-{_e(a.id)}">Issue</label>'
            f'<select id="outcome-{_e(a.id)}" name="outcome">'
            '<option value="upheld">Confirmer la décision</option>'
            '<option value="reversed">Annuler la décision</option></select>'
            f'<label for="explanation-{_e(a.id)}">Explication</label>'
            f'<textarea id="explanation-{_e(a.id)}" name="explanation" required></textarea>'
            '<button type="submit">Trancher</button></form>'
        )
        lines.append(
            f'<li class="appeal"><h2>Recours {_e(a.id)}</h2>'
            f"<p>Sanction {_e(a.sanction_id)} · déposé le {_e(_when(a.filed_at))}</p>"
            f'<pre class="statement">{_e(statement.get("text_fr", ""))}</pre>'
            f"<blockquote>{_e(a.text)}</blockquote>{form}</li>"
        )
    body = _nav(mod, _csrf_field(cases, session.id)) + (
        f'<h1>Recours en attente</h1><ul class="appeals">{"".join(lines) or "<li>Aucun.</li>"}</ul>'
    )
    return page("Recours", body)


@_logged_in
async def decide(request: web.Request, session: ModeratorSession, mod: Moderator) -> web.Response:
    form = await _checked_form(request, session.id)
    await _cases(request).desk.decide_appeal(
        mod.id,
        request.match_info["id"],
        str(form.get("outcome", "")),
        str(form.get("explanation", "")),
    )
    raise web.HTTPSeeOther("/console/appeals")


@_logged_in
async def audit(request: web.Request, session: ModeratorSession, mod: Moderator) -> web.Response:
    cases = _cases(request)
    entries = await cases.store.audit_entries(limit=100_000)
    check = verify_chain(entries)
    state = "chaîne intègre" if check.ok else f"chaîne rompue à l'entrée {check.first_bad_seq}"
    rows = "".join(
        f"<tr><td>{e.seq}</td><td>{_e(_when(e.at))}</td><td>{_e(e.actor)}</td>"
        f"<td>{_e(e.action)}</td><td>{_e(e.target)}</td><td>{_e(e.reason)}</td></tr>"
        for e in reversed(entries[-200:])
    )
    body = _nav(mod, _csrf_field(cases, session.id)) + (
        f'<h1>Journal d\'audit</h1><p class="chain">{_e(state)} · {check.count} entrées · '
        f"tête {_e(check.head[:16])}…</p><table><thead><tr><th>n°</th><th>date</th>"
        "<th>qui</th><th>action</th><th>cible</th><th>motif</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )
    return page("Journal", body)


def add_console_routes(app: web.Application) -> None:
    r = app.router
    r.add_get("/console", queue)
    r.add_get("/console/login", login_page)
    r.add_post("/console/login", login)
    r.add_post("/console/logout", logout)
    r.add_get("/console/item/{id}", item_page)
    r.add_post("/console/item/{id}/act", act)
    r.add_get("/console/appeals", appeals)
    r.add_post("/console/appeals/{id}", decide)
    r.add_get("/console/audit", audit)
