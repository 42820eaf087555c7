"""What the console's pages share: the session cookie, CSRF fields, login guard, nav."""

from __future__ import annotations

import html
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from causette.domain.errors import CausetteError, Forbidden
from causette.domain.moderators import Moderator, ModeratorSession
from causette.domain.reasons import format_date_fr
from causette.services.credentials import make_csrf_token, verify_csrf_token
from causette.web.case_context import CASES, CaseServices
from causette.web.reports import page

__all__ = [
    "COOKIE",
    "DONE_FR",
    "PRE_COOKIE",
    "Page",
    "cases_of",
    "checked_form",
    "console_session",
    "csrf_field",
    "logged_in",
    "nav",
    "set_cookie",
    "when",
]

COOKIE = "causette_console"
PRE_COOKIE = "causette_console_pre"
_e = html.escape


def cases_of(request: web.Request) -> CaseServices:
    return request.app[CASES]


def when(ts: float | None) -> str:
    return "" if ts is None else format_date_fr(ts)


def set_cookie(request: web.Request, response: web.StreamResponse, name: str, value: str) -> None:
    response.set_cookie(
        name, value, path="/console", httponly=True, samesite="Strict", secure=request.secure
    )


async def console_session(request: web.Request) -> tuple[ModeratorSession, Moderator, str]:
    token = request.cookies.get(COOKIE)
    session, moderator = await cases_of(request).moderators.session(token)
    return session, moderator, token or ""


def csrf_field(cases: CaseServices, session_id: str) -> str:
    token = make_csrf_token(cases.secret, session_id)
    return f'<input type="hidden" name="csrf" value="{_e(token)}">'


async def checked_form(request: web.Request, session_id: str) -> Any:
    form = await request.post()
    if not verify_csrf_token(cases_of(request).secret, session_id, str(form.get("csrf", ""))):
        raise Forbidden("csrf_invalid", "Formulaire expiré : rechargez la page.")
    return form


Page = Callable[[web.Request, ModeratorSession, Moderator], Awaitable[web.StreamResponse]]


def logged_in(handler: Page) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    async def wrapped(request: web.Request) -> web.StreamResponse:
        try:
            session, moderator, _ = await console_session(request)
        except CausetteError:
            raise web.HTTPSeeOther("/console/login") from None
        try:
            return await handler(request, session, moderator)
        except CausetteError as exc:
            # Back to where the moderator was, not only to the queue; « Précédent »
            # keeps what they typed (a long reason is not lost to a missing duration).
            back = ""
            item_id = request.match_info.get("id", "")
            if request.path.startswith("/console/item/") and item_id:
                back = f'<a href="/console/item/{_e(item_id)}">Retour au dossier</a> · '
            elif request.path.startswith("/console/appeals"):
                back = '<a href="/console/appeals">Retour aux recours</a> · '
            hint = (
                "<p>Le bouton « Précédent » du navigateur retrouve ce que vous aviez saisi.</p>"
                if request.method == "POST"
                else ""
            )
            return page(
                "Erreur",
                # The stable code rides along for tools and tests (the person reads
                # the French message).
                f'<p class="error" role="alert" data-code="{_e(exc.code)}">'
                f"{_e(exc.message)}</p>{hint}"
                f'<p>{back}<a href="/console">Retour à la file</a></p>',
                status=exc.status,
            )

    return wrapped


def nav(moderator: Moderator, csrf: str) -> str:
    return (
        '<nav class="bar"><a href="/console">File</a> <a href="/console/appeals">Recours</a> '
        f'<a href="/console/audit">Journal</a> <span>{_e(moderator.login)}</span>'
        f'<form method="post" action="/console/logout">{csrf}'
        '<button type="submit">Se déconnecter</button></form></nav>'
    )


DONE_FR = {
    "dismiss": "classé sans suite",
    "remove": "contenu retiré",
    "release": "contenu publié",
    "warn": "avertissement",
    "mute": "interdiction d'écrire",
    "suspend": "suspension",
    "ban": "bannissement",
    "close_room": "salon fermé",
}
"""A decision as the console reports it once taken (case page, audit log)."""
