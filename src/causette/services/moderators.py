"""Moderator accounts and console sessions over the store (rules in `credentials`)."""

from __future__ import annotations

import asyncio
import secrets

from causette.domain.errors import InvalidInput, Unauthorized
from causette.domain.moderators import Moderator, ModeratorSession, Role, TrustedFlagger
from causette.ports import CaseStore, Clock
from causette.services.credentials import (
    MAX_PASSWORD,
    MIN_PASSWORD,
    LoginLimiter,
    Passwords,
    authenticate,
    hash_token,
)

__all__ = ["TRUSTED_PREFIX", "Moderators"]

TRUSTED_PREFIX = "tf."
"""Trusted flaggers' API tokens start with it, so the report route knows which to check."""


class Moderators:
    """Create accounts, log in, find the session behind a cookie, log out."""

    def __init__(
        self,
        store: CaseStore,
        clock: Clock,
        *,
        passwords: Passwords | None = None,
        limiter: LoginLimiter | None = None,
    ) -> None:
        self.store = store
        self.clock = clock
        self.passwords = passwords or Passwords()
        self.limiter = limiter or LoginLimiter()

    async def create(self, login: str, password: str, role: Role = Role.MODERATOR) -> Moderator:
        """Raise `InvalidInput` for a short or long password, `Conflict("login_taken")`."""
        login = login.strip()
        if not login or len(login) > 64:
            raise InvalidInput("login_invalid", "Identifiant invalide.", field="login")
        if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
            raise InvalidInput(
                "password_invalid",
                f"Le mot de passe doit compter de {MIN_PASSWORD} à {MAX_PASSWORD} caractères.",
                field="password",
            )
        moderator = Moderator(
            id="m_" + secrets.token_urlsafe(9),
            login=login,
            role=role,
            password_hash=self.passwords.hash(password),
            created_at=self.clock(),
        )
        await self.store.create_moderator(moderator)
        return moderator

    async def login(
        self, login: str, password: str, totp: str | None, network_key: str | None
    ) -> tuple[str, ModeratorSession]:
        """Return (cookie token, session) or raise `Unauthorized` / `RateLimited`."""
        now = self.clock()
        found = await self.store.moderator_by_login(login.strip())
        # Argon2id costs tens of ms and 64 MiB: off the event loop, so a login never
        # stalls the chat.
        result = await asyncio.to_thread(
            authenticate,
            found,
            login=login.strip(),
            password=password,
            totp_code=totp or None,
            network_key=network_key,
            now=now,
            limiter=self.limiter,
            passwords=self.passwords,
        )
        if result.moderator != found:
            await self.store.save_moderator(result.moderator)
        await self.store.add_moderator_session(result.session)
        await self.store.append_audit(
            at=now,
            actor=result.moderator.id,
            action="login",
            target=f"moderator:{login}",
            reason="connexion à la console",
        )
        return result.token, result.session

    async def session(self, token: str | None) -> tuple[ModeratorSession, Moderator]:
        """The live session and account behind a cookie token, or `Unauthorized`."""
        if not token or len(token) > 200:
            raise Unauthorized("console_login_required", "Connectez-vous à la console.")
        now = self.clock()
        session = await self.store.moderator_session(hash_token(token))
        moderator = None if session is None else await self.store.moderator(session.moderator_id)
        if session is None or moderator is None or moderator.disabled or not session.valid(now):
            raise Unauthorized("console_login_required", "Connectez-vous à la console.")
        await self.store.touch_moderator_session(session.id, now)
        return session, moderator

    async def add_trusted_flagger(self, name: str) -> tuple[str, TrustedFlagger]:
        """Register a trusted flagger; return its API token (shown once) and the record."""
        name = name.strip()
        if not name or len(name) > 200:
            raise InvalidInput("name_invalid", "Nom invalide.", field="name")
        token = TRUSTED_PREFIX + secrets.token_urlsafe(32)
        flagger = TrustedFlagger(
            id="tf_" + secrets.token_urlsafe(9),
            name=name,
            token_hash=hash_token(token),
            created_at=self.clock(),
        )
        await self.store.add_trusted_flagger(flagger)
        return token, flagger

    async def trusted_flagger(self, token: str) -> TrustedFlagger:
        """The active trusted flagger behind an API token, or `Unauthorized`."""
        found = None
        if token.startswith(TRUSTED_PREFIX) and len(token) <= 200:
            found = await self.store.trusted_flagger_by_token(hash_token(token))
        if found is None or found.disabled:
            raise Unauthorized("unauthorized", "Jeton de signaleur de confiance invalide.")
        return found

    async def logout(self, token: str) -> None:
        await self.store.end_moderator_session(hash_token(token))
