"""Moderator accounts, console sessions and trusted flaggers as stored (the records; the rules on
passwords, TOTP and CSRF live in `causette.services.credentials`)."""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace

__all__ = ["Moderator", "ModeratorSession", "Role", "TrustedFlagger"]


class Role(enum.StrEnum):
    MODERATOR = "moderator"
    ADMIN = "admin"  # also manages moderator accounts and settings


@dataclass(frozen=True, slots=True)
class Moderator:
    """A moderator account as stored. `totp_secret` None means TOTP is off."""

    id: str
    login: str
    role: Role
    password_hash: str
    created_at: float
    totp_secret: str | None = None
    last_totp_step: int | None = None
    disabled: bool = False


@dataclass(frozen=True, slots=True)
class ModeratorSession:
    """A console session. `id` is the SHA-256 of its token (also the CSRF binding).

    It ends at `expires_at`, or after `idle_ttl` seconds without activity.
    """

    id: str
    moderator_id: str
    role: Role
    created_at: float
    last_seen_at: float
    expires_at: float
    idle_ttl: float

    def valid(self, now: float) -> bool:
        return now < self.expires_at and now - self.last_seen_at < self.idle_ttl

    def touch(self, now: float) -> ModeratorSession:
        return replace(self, last_seen_at=now)


@dataclass(frozen=True, slots=True)
class TrustedFlagger:
    """A trusted flagger (DSA Art. 22), designated by the Digital Services Coordinator
    (Arcom). Its notices go first within their severity. `token_hash` is the SHA-256
    (hex) of its API token; it reports as the user id `tf:{id}`."""

    id: str
    name: str
    token_hash: str
    created_at: float
    disabled: bool = False

    @property
    def reporter(self) -> str:
        return f"tf:{self.id}"
