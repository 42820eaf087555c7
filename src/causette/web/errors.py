"""Errors become HTTP responses in one place."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from causette.domain.errors import CausetteError

__all__ = ["error_body", "error_middleware", "error_response"]

log = logging.getLogger(__name__)

_HTTP_CODES = {
    400: ("bad_request", "Requête invalide."),
    401: ("unauthorized", "Session absente ou expirée : reconnectez-vous."),
    403: ("forbidden", "Accès refusé."),
    404: ("not_found", "Cette page n'existe pas."),
    405: ("method_not_allowed", "Méthode non autorisée."),
    413: ("too_large", "Requête trop volumineuse."),
}


def error_body(code: str, message: str, field: str | None = None) -> dict[str, Any]:
    err: dict[str, Any] = {"code": code, "message": message}
    if field is not None:
        err["field"] = field
    return {"error": err}


def error_response(exc: CausetteError) -> web.Response:
    headers = {}
    if exc.retry_after is not None:
        headers["Retry-After"] = str(max(1, round(exc.retry_after)))
    return web.json_response(
        error_body(exc.code, exc.message, exc.field), status=exc.status, headers=headers
    )


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@web.middleware
async def error_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """CausetteErrors answer their status with a JSON body; nothing answers a traceback."""
    try:
        return await handler(request)
    except CausetteError as exc:
        return error_response(exc)
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        code, message = _HTTP_CODES.get(exc.status, ("http_error", "Requête refusée."))
        return web.json_response(
            error_body(code, message),
            status=exc.status,
            headers={"Allow": exc.headers["Allow"]} if "Allow" in exc.headers else None,
        )
    except Exception:
        log.exception("unexpected error", extra={"path": request.path})
        return web.json_response(
            error_body("internal_error", "Erreur interne : réessayez dans un instant."),
            status=500,
        )
