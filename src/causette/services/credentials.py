"""Moderator credentials: passwords, TOTP, login rate limits, CSRF tokens and sessions.

- Passwords are hashed with Argon2id (`argon2-cffi`), verified in constant time,
  re-hashed when the parameters change.
- TOTP (RFC 6238, `pyotp`) is optional per account; a code is accepted one step
  (30 s) early or late, and never twice (the accepted step is kept).
- Logins are limited per account and per network key (a sliding window; the
  clock is passed in). Limits live in this process: several nodes share them
  through Redis later (issue 7).
- CSRF tokens are HMACs bound to the moderator session, so a token taken from
  one session is worthless in another.
- Session tokens carry 256 random bits; the store keeps only their SHA-256.

Library exceptions never leave this module: callers get booleans or `CausetteError`s.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import pyotp
from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError

from causette.domain.errors import InvalidInput, RateLimited, Unauthorized

# Plain records, kept in the domain so storage can build them; re-exported here.
from causette.domain.moderators import Moderator, ModeratorSession, Role

__all__ = [
    "MAX_PASSWORD",
    "MIN_PASSWORD",
    "TOTP_STEP",
    "LoginLimiter",
    "LoginResult",
    "Moderator",
    "ModeratorSession",
    "Passwords",
    "Role",
    "authenticate",
    "hash_token",
    "make_csrf_token",
    "new_session",
    "new_totp_secret",
    "totp_uri",
    "verify_csrf_token",
    "verify_totp",
]

MIN_PASSWORD = 12
MAX_PASSWORD = 1_024  # hashing a megabyte on every try would be a cheap denial of service
TOTP_STEP = 30


class Passwords:
    """Argon2id hashing. The defaults are argon2-cffi's (RFC 9106 low-memory profile).

    Tests may pass cheaper parameters; production keeps the defaults.
    """

    def __init__(
        self, *, time_cost: int = 3, memory_cost: int = 65_536, parallelism: int = 4
    ) -> None:
        self._hasher = PasswordHasher(
            time_cost=time_cost, memory_cost=memory_cost, parallelism=parallelism, type=Type.ID
        )
        # Verified against when the login is unknown, so timing does not reveal which logins exist.
        self._dummy = self._hasher.hash(secrets.token_urlsafe(16))

    def hash(self, password: str) -> str:
        """The Argon2id hash of `password`; raise `InvalidInput` unless 12 to 1,024 characters."""
        if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
            raise InvalidInput(
                "password_invalid",
                f"Le mot de passe doit faire de {MIN_PASSWORD} à {MAX_PASSWORD} caractères.",
                field="password",
            )
        return self._hasher.hash(password)

    def verify(self, stored: str | None, password: str) -> bool:
        """True if `password` matches `stored`; False otherwise, also for a broken hash."""
        if len(password) > MAX_PASSWORD:
            return False
        try:
            return self._hasher.verify(stored or self._dummy, password) and bool(stored)
        except (VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, stored: str) -> bool:
        """True when `stored` was made with other parameters: hash again after a good login."""
        try:
            return self._hasher.check_needs_rehash(stored)
        except (InvalidHashError, ValueError):
            return True


def new_totp_secret() -> str:
    """A fresh base32 TOTP secret (160 bits) to show once as a QR code."""
    return pyotp.random_base32(32)


def totp_uri(secret: str, login: str, issuer: str = "Causette") -> str:
    """The `otpauth://` URI authenticator apps read."""
    return pyotp.TOTP(secret).provisioning_uri(name=login, issuer_name=issuer)


def verify_totp(secret: str, code: str, now: float, *, last_step: int | None = None) -> int | None:
    """The time step `code` is valid for at `now` (±1 step), or None.

    Steps at or before `last_step` (the last one accepted for this account) are
    refused, so a code seen over a shoulder cannot be replayed. Store the
    returned step as the new `last_step`.
    """
    digits = "".join(code.split())
    if len(digits) != 6 or not (digits.isascii() and digits.isdigit()):
        return None
    totp = pyotp.TOTP(secret)
    step = int(now // TOTP_STEP)
    for candidate in (step - 1, step, step + 1):
        if last_step is not None and candidate <= last_step:
            continue
        if hmac.compare_digest(totp.generate_otp(candidate), digits):
            return candidate
    return None


@dataclass
class LoginLimiter:
    """At most `max_failures` failed logins per `window` seconds, per account and per network.

    Call `check()` before verifying, `failure()` after a failed attempt and
    `success()` after a good one (it clears the account's count, not the network's).
    """

    max_failures: int = 5
    window: float = 900.0
    _failures: dict[str, list[float]] = field(default_factory=dict)

    def _keys(self, login: str, network_key: str | None) -> list[str]:
        keys = ["a:" + login.casefold()]
        if network_key:
            keys.append("n:" + network_key)
        return keys

    def _recent(self, key: str, now: float) -> list[float]:
        kept = [t for t in self._failures.get(key, ()) if now - self.window < t <= now]
        if kept:
            self._failures[key] = kept
        else:
            self._failures.pop(key, None)
        return kept

    def check(self, login: str, network_key: str | None, now: float) -> None:
        """Raise `RateLimited` (`login_rate_limited`) while either count is at the limit."""
        retry = 0.0
        for key in self._keys(login, network_key):
            recent = self._recent(key, now)
            if len(recent) >= self.max_failures:
                retry = max(retry, recent[-self.max_failures] + self.window - now)
        if retry > 0:
            raise RateLimited(
                "login_rate_limited",
                "Trop de tentatives de connexion. Réessayez dans quelques minutes.",
                retry_after=retry,
            )

    def failure(self, login: str, network_key: str | None, now: float) -> None:
        for key in self._keys(login, network_key):
            recent = self._recent(key, now)
            recent.append(now)
            self._failures[key] = recent

    def success(self, login: str, now: float) -> None:
        self._failures.pop("a:" + login.casefold(), None)

    def prune(self, now: float) -> None:
        """Forget keys with no failure in the window (call now and then to bound memory)."""
        for key in list(self._failures):
            self._recent(key, now)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _csrf_mac(secret: bytes, session_id: str, nonce: bytes) -> bytes:
    if len(secret) < 16:
        raise ValueError("the CSRF secret must be at least 16 bytes")
    message = b"causette/csrf\x00" + session_id.encode("utf-8") + b"\x00" + nonce
    return hmac.new(secret, message, hashlib.sha256).digest()


def make_csrf_token(secret: bytes, session_id: str, *, nonce: bytes | None = None) -> str:
    """A CSRF token for the console's forms, valid only with `session_id`."""
    nonce = secrets.token_bytes(16) if nonce is None else nonce
    return _b64(nonce) + "." + _b64(_csrf_mac(secret, session_id, nonce))


def verify_csrf_token(secret: bytes, session_id: str, token: str) -> bool:
    """True only for a token made by `make_csrf_token(secret, session_id)`."""
    nonce_text, dot, mac_text = token.partition(".")
    if not dot or not nonce_text or not mac_text or len(token) > 200:
        return False
    try:
        nonce, mac = _unb64(nonce_text), _unb64(mac_text)
    except ValueError:
        return False
    return hmac.compare_digest(mac, _csrf_mac(secret, session_id, nonce))


def hash_token(token: str) -> str:
    """SHA-256 hex of a bearer token: what the store keeps and looks up."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_session(
    moderator: Moderator,
    now: float,
    *,
    ttl: float = 12 * 3_600.0,
    idle_ttl: float = 30 * 60.0,
    token_factory: Callable[[], str] = lambda: secrets.token_urlsafe(32),
) -> tuple[str, ModeratorSession]:
    """A new session: give the token to the browser (cookie), store the session."""
    token = token_factory()
    session = ModeratorSession(
        id=hash_token(token),
        moderator_id=moderator.id,
        role=moderator.role,
        created_at=now,
        last_seen_at=now,
        expires_at=now + ttl,
        idle_ttl=idle_ttl,
    )
    return token, session


@dataclass(frozen=True, slots=True)
class LoginResult:
    """A successful login: the token for the cookie, the session and account to store."""

    token: str
    session: ModeratorSession
    moderator: Moderator
    rehashed: bool


_FAILED = "Identifiant, mot de passe ou code incorrect."


def authenticate(
    moderator: Moderator | None,
    *,
    login: str,
    password: str,
    totp_code: str | None,
    network_key: str | None,
    now: float,
    limiter: LoginLimiter,
    passwords: Passwords,
) -> LoginResult:
    """Log `login` in, or raise `RateLimited` / `Unauthorized`.

    `moderator` is the account the store found for `login` (None if none). One
    message for every failure, so it tells nothing about which part was wrong,
    except `totp_required` once the password was right and no code was sent.
    The returned `moderator` carries the new TOTP step and, when the
    parameters changed, a new hash: store it.
    """
    limiter.check(login, network_key, now)

    def fail(code: str = "login_failed", message: str = _FAILED) -> Unauthorized:
        limiter.failure(login, network_key, now)
        return Unauthorized(code, message)

    stored = moderator.password_hash if moderator is not None else None
    if not passwords.verify(stored, password) or moderator is None or moderator.disabled:
        raise fail()
    account = moderator
    if account.totp_secret is not None:
        if not totp_code:
            # Not counted as a failure: the password was right, the form asks for the code.
            raise Unauthorized("totp_required", "Entrez le code de votre application.")
        step = verify_totp(account.totp_secret, totp_code, now, last_step=account.last_totp_step)
        if step is None:
            raise fail()
        account = replace(account, last_totp_step=step)
    rehashed = passwords.needs_rehash(account.password_hash) and len(password) >= MIN_PASSWORD
    if rehashed:
        account = replace(account, password_hash=passwords.hash(password))
    limiter.success(login, now)
    token, session = new_session(account, now)
    return LoginResult(token, session, account, rehashed)
