"""The moderators' console under `/console`: server-rendered pages, plain forms, no script.

Login is rate-limited (`LoginLimiter`), TOTP when the account has it. The session
cookie is `HttpOnly; SameSite=Strict` (and `Secure` over TLS). Every POST carries
a CSRF token bound to the session (`make_csrf_token`); the login form's token is
bound to a short-lived pre-login cookie.
"""

from __future__ import annotations

import html
import json
import math
import secrets
from typing import Any

from aiohttp import web

from causette.domain.errors import CausetteError, InvalidInput
from causette.domain.moderators import Moderator, ModeratorSession
from causette.domain.orders import AuthorityOrder
from causette.domain.reports import CATEGORY_LABELS_FR
from causette.domain.sanctions import DAY, HOUR
from causette.services.casefile import Item
from causette.services.credentials import make_csrf_token, verify_csrf_token
from causette.web.console_common import (
    COOKIE,
    DONE_FR,
    PRE_COOKIE,
    cases_of,
    checked_form,
    console_session,
    csrf_field,
    logged_in,
    nav,
    set_cookie,
    when,
)
from causette.web.console_review import export_forms
from causette.web.reports import page

__all__ = ["COOKIE", "add_console_routes"]

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


# -- login ---------------------------------------------------------------------
async def login_page(request: web.Request, error: str = "", status: int = 200) -> web.Response:
    pre = request.cookies.get(PRE_COOKIE) or secrets.token_urlsafe(24)
    csrf = make_csrf_token(cases_of(request).secret, "pre:" + pre)
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
    set_cookie(request, response, PRE_COOKIE, pre)
    return response


async def login(request: web.Request) -> web.StreamResponse:
    from causette.web.routes import client_source

    cases = cases_of(request)
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
    set_cookie(request, response, COOKIE, token)
    response.del_cookie(PRE_COOKIE, path="/console")
    raise response


async def logout(request: web.Request) -> web.StreamResponse:
    try:
        session, _, token = await console_session(request)
    except CausetteError:
        raise web.HTTPSeeOther("/console/login") from None
    await checked_form(request, session.id)
    await cases_of(request).moderators.logout(token)
    response = web.HTTPSeeOther("/console/login")
    response.del_cookie(COOKIE, path="/console")
    raise response


# -- the queue -------------------------------------------------------------------
def _contest(item: Item) -> str | None:
    """The author's explanation when they contest a refusal (`services/refusals.py`)."""
    contest = item.verdict.get("contest") if item.held is not None else None
    if not isinstance(contest, dict):
        return None
    return str(contest.get("text") or "")


def _item_line(item: Item) -> str:
    t = item.ticket
    badges = []
    if item.queue.life_in_danger:
        badges.append('<span class="badge badge--life">Vie en danger</span>')
    if item.queue.trusted_flagger:
        badges.append('<span class="badge">Signaleur de confiance</span>')
    label = CATEGORY_LABELS_FR.get(item.category, item.category)
    who = item.author.pseudonym if item.author else "?"
    if t:
        count = f" · {t.ticket.reporter_count} signalement(s)"
    elif _contest(item) is not None:
        count = " · refusé par le filtre, contesté par l'auteur"
    else:
        count = " · retenu par le filtre"
    return (
        f'<li class="item item--{item.queue.severity.name.lower()}">'
        f'<a href="/console/item/{_e(item.id)}">{_e(item.id)}</a> {"".join(badges)} '
        f"<strong>{_e(label)}</strong>{count} · {_e(who)} · {_e(item.where)} · "
        f"{_e(when(item.queue.created_at))}"
        f"<blockquote>{_e(item.content[:200])}</blockquote></li>"
    )


@logged_in
async def queue(request: web.Request, session: ModeratorSession, mod: Moderator) -> web.Response:
    cases = cases_of(request)
    items = await cases.files.queue()
    lines = "".join(_item_line(i) for i in items) or "<li>La file est vide.</li>"
    body = nav(mod, csrf_field(cases, session.id)) + (
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
                f"<li{cls}>{_e(when(m['at']))}{room} <strong>{_e(m['author'])}</strong> : "
                f"{_e(m['text'])}</li>"
            )
        return "".join(out) or "<li>—</li>"

    pseudos = "".join(
        f"<li>{_e(p['pseudonym'])} ({p['age']} ans, {_e(p['id'])})</li>" for p in ctx["pseudonyms"]
    )
    sanctions = "".join(
        f"<li>{_e(s['kind'])} · {_e(when(s['start']))} · {_e(s['reason'])}"
        f"{' (levée)' if s['lifted'] else ''}</li>"
        for s in ctx["sanctions"]
    )
    measures = "".join(
        f"<li>{_e(_MEASURES_FR.get(m['kind'], m['kind']))} · {_e(m['author'])}"
        f"{' → ' + _e(m['other']) if m['other'] else ''} · depuis le {_e(when(m['start']))}</li>"
        for m in ctx.get("measures", ())
    )
    running = (
        "<h2>Mesures conservatoires en cours (protection des mineurs)</h2>"
        f'<ul class="measures">{measures}</ul>'
        "<p>Toute décision sur le signalement correspondant les lève.</p>"
        if measures
        else ""
    )
    return (
        f'<h2>Contexte</h2><ol class="around">{rows(ctx["around"], True)}</ol>'
        "<h2>Pseudos du même appareil ou réseau</h2>"
        f'<ul class="pseudonyms">{pseudos or "<li>—</li>"}</ul>'
        f'<h2>Historique récent</h2><ol class="history">{rows(ctx["history"])}</ol>'
        f'<h2>Sanctions antérieures</h2><ul class="sanctions">{sanctions or "<li>aucune</li>"}</ul>'
        f"{running}"
    )


_STATUS_FR = {
    "open": "à traiter",
    "dismissed": "classé sans suite",
    "actioned": "mesure prise",
}

_MEASURES_FR = {
    "held_pair": "conversation privée retenue",
    "restricted": "messages vérifiés avant publication",
    "suspended": "suspendu en attente d'examen",
}


@logged_in
async def item_page(
    request: web.Request, session: ModeratorSession, mod: Moderator
) -> web.Response:
    cases = cases_of(request)
    item = await cases.files.item(request.match_info["id"])
    ctx = await cases.files.context(item)
    target = item.ticket.ticket.target.kind.value if item.ticket is not None else None
    offered = {
        "release": item.held is not None and item.queue.signal is None,
        "remove": item.held is not None or target in ("message", "dm", "photo"),
        "close_room": target == "room",
    }
    actions = [a for a in _ACTIONS_FR if offered.get(a, True)]
    options = "".join(f'<option value="{a}">{_e(_ACTIONS_FR[a])}</option>' for a in actions)
    cats = "".join(
        f'<option value="{c}"{" selected" if c == item.category else ""}>{_e(label)}</option>'
        for c, label in CATEGORY_LABELS_FR.items()
    )
    reporters = ""
    if item.ticket is not None:
        texts = "".join(f"<li>{_e(t)}</li>" for t in item.ticket.ticket.texts)
        reporters = (
            f"<p>{item.ticket.ticket.reporter_count} signalement(s) · statut : "
            f"{_e(_STATUS_FR.get(item.ticket.status, item.ticket.status))}</p>"
            f'<ul class="texts">{texts}</ul>'
        )
    contest = _contest(item)
    if contest is not None:
        reporters += (
            '<section class="contest"><h2>Refus contesté par l\'auteur</h2>'
            "<p>Le filtre a refusé ce message ; son auteur demande qu'une personne le "
            "réexamine. « Publier le contenu retenu » le publie (marqué en retard) ; "
            "« Retirer le contenu » maintient le refus, avec un exposé des motifs et un "
            "recours.</p>"
            f'<blockquote class="contest-text">{_e(contest or "(sans explication)")}'
            "</blockquote></section>"
        )
    author = item.author.pseudonym if item.author else "?"
    orders = await cases.desk.orders.open_acts()
    decision_form = (
        f'<h2>Décision</h2><form method="post" action="/console/item/{_e(item.id)}/act" '
        f'class="act">{csrf_field(cases, session.id)}'
        f'<label for="action">Action</label><select id="action" name="action">{options}</select>'
        '<label for="duration">Durée (en heures pour « Interdire d\'écrire », en jours pour '
        "suspendre ou bannir ; vide = bannissement définitif)</label>"
        '<input id="duration" name="duration" inputmode="decimal">'
        f'<label for="category">Catégorie</label><select id="category" name="category">{cats}'
        "</select>"
        '<label for="reason">Motif (transmis à la personne)</label>'
        '<textarea id="reason" name="reason" rows="3" required></textarea>'
        '<label class="check"><input type="checkbox" name="spare_network" value="1"> '
        "Ne pas lier au réseau (réseau partagé : école, opérateur mobile)</label>"
        + (
            '<label class="check"><input type="checkbox" name="unfounded" value="1"> '
            "Signalement manifestement infondé (compte contre les auteurs du signalement, "
            "avec « Classer sans suite »)</label>"
            if item.ticket is not None
            else ""
        )
        + _order_field(orders)
        + '<button type="submit">Décider</button></form>'
    )
    done = _decided(item, mod)
    if done is not None:
        # A decided item offers no second decision (the desk would refuse it with
        # « Un autre modérateur a déjà traité cet élément », even to its author).
        decision_form = f'<h2>Décision</h2><p class="notice decided">{_e(done)}</p>'
    body = nav(mod, csrf_field(cases, session.id)) + (
        f"<h1>{_e(item.id)}</h1>{reporters}"
        f'<p>Auteur : <strong class="author">{_e(author)}</strong> · {_e(item.where)} · '
        f"{_e(when(item.at))}</p>"
        f'<blockquote class="content">{_e(item.content)}</blockquote>'
        + _context_html(ctx)
        + decision_form
        + export_forms(cases, session.id, item)
    )
    return page(item.id, body)


def order_value(order: AuthorityOrder) -> str:
    """An order as the decision form's select names it: the JSON pair [authority,
    reference] (both free text, so no separator would be safe)."""
    return json.dumps([order.authority, order.reference], ensure_ascii=False)


def _order_field(orders: list[AuthorityOrder]) -> str:
    """« Injonction d'une autorité »: the open orders to act (DSA Art. 9) a decision may
    execute; the legal officer records them with `causette order receive --kind act`."""
    options = "".join(
        f'<option value="{_e(order_value(o))}">{_e(o.authority)} · réf. {_e(o.reference)}'
        + (f" · reçue le {_e(when(o.received_at))}" if o.received_at is not None else "")
        + "</option>"
        for o in orders
    )
    hint = (
        "Avec un retrait, une fermeture de salon ou une sanction : la décision exécute "
        "l'injonction choisie, qui est notée exécutée maintenant, et l'exposé des motifs "
        "envoyé à la personne nomme l'autorité et la référence."
        if orders
        else "Aucune injonction d'agir ouverte (causette order receive --kind act)."
    )
    return (
        '<label for="order">Injonction d\'une autorité (DSA art. 9)</label>'
        f'<select id="order" name="order"><option value="">— aucune —</option>{options}'
        f'</select><p class="hint">{_e(hint)}</p>'
    )


def _order_choice(raw: str) -> tuple[str, str] | None:
    """The (authority, reference) the form names, None for « aucune »; raise
    `InvalidInput("order_invalid")` for anything the select cannot have sent."""
    if not raw.strip():
        return None
    try:
        pair = json.loads(raw)
    except ValueError:
        pair = None
    if (
        not isinstance(pair, list)
        or len(pair) != 2
        or not all(isinstance(v, str) and v.strip() for v in pair)
    ):
        raise InvalidInput(
            "order_invalid",
            "Injonction illisible : choisissez-la dans la liste du formulaire.",
            field="order",
        )
    return pair[0], pair[1]


def _decided(item: Item, mod: Moderator) -> str | None:
    """The notice of a decision already taken on `item`, or None while it is open."""
    if item.ticket is not None and item.ticket.status != "open":
        t = item.ticket
        label = DONE_FR.get(t.decision or "", t.decision or "?")
        who = ", par vous" if t.decided_by == mod.id else ", par un autre modérateur"
        at = f", le {when(t.decided_at)}" if t.decided_at is not None else ""
        return (
            f"Déjà traité : {label}{at}{who}. "
            "Pour revenir sur la décision, la personne concernée passe par un recours."
        )
    if item.held is not None and item.held.status in ("released", "removed"):
        return (
            "Déjà traité : contenu "
            + ("publié" if item.held.status == "released" else "retiré")
            + "."
        )
    return None


def _duration(action: str, raw: str) -> float | None:
    raw = raw.strip().replace(",", ".")
    if not raw:
        return None
    try:
        value = float(raw)
    except ValueError:
        return -1.0  # refused by check_duration with its French message
    if not math.isfinite(value):
        return -1.0
    return value * (HOUR if action == "mute" else DAY)


@logged_in
async def act(request: web.Request, session: ModeratorSession, mod: Moderator) -> web.Response:
    form = await checked_form(request, session.id)
    action = str(form.get("action", ""))
    order = _order_choice(str(form.get("order", "")))
    await cases_of(request).desk.act(
        mod.id,
        request.match_info["id"],
        action,
        str(form.get("reason", "")),
        duration=_duration(action, str(form.get("duration", ""))),
        category=str(form.get("category", "")) or None,
        bind_network=form.get("spare_network") != "1",
        unfounded=form.get("unfounded") == "1",
        order=order,
    )
    raise web.HTTPSeeOther("/console")


def add_console_routes(app: web.Application) -> None:
    from causette.web.console_review import add_review_routes

    r = app.router
    r.add_get("/console", queue)
    r.add_get("/console/login", login_page)
    r.add_post("/console/login", login)
    r.add_post("/console/logout", logout)
    r.add_get("/console/item/{id}", item_page)
    r.add_post("/console/item/{id}/act", act)
    add_review_routes(app)
