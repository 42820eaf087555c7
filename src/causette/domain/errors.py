"""One error tree with stable codes.

A `CausetteError` carries a `code` clients may rely on and a French `message`
they may show. Internal faults are never `CausetteError`s and never shown raw.
The web layer turns these into frames or HTTP responses in one place.
"""

from __future__ import annotations

__all__ = [
    "CausetteError",
    "Conflict",
    "Forbidden",
    "InvalidInput",
    "NotFound",
    "RateLimited",
    "Unauthorized",
    "Unavailable",
]


class CausetteError(Exception):
    """An error a user may see: `code` is stable, `message` is French."""

    status = 400

    def __init__(
        self,
        code: str,
        message: str,
        *,
        field: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.field = field
        self.retry_after = retry_after


class InvalidInput(CausetteError):
    """The request is malformed or a value is out of bounds (HTTP 422)."""

    status = 422


class Conflict(CausetteError):
    """The request clashes with current state, e.g. a pseudonym in use (HTTP 409)."""

    status = 409


class Unauthorized(CausetteError):
    """No valid session (HTTP 401, WebSocket close 4401)."""

    status = 401


class Forbidden(CausetteError):
    """The rules do not allow this action for this user (HTTP 403)."""

    status = 403


class NotFound(CausetteError):
    """The target does not exist or is not visible to this user (HTTP 404)."""

    status = 404


class RateLimited(CausetteError):
    """Too soon: `retry_after` seconds until the action is allowed (HTTP 429)."""

    status = 429


class Unavailable(CausetteError):
    """A dependency (the database) is down; nothing was accepted (HTTP 503)."""

    status = 503
