"""Entry without signup: a declared profile becomes a guest session and its token."""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Callable, Mapping
from typing import Protocol, cast

from causette.domain.age_gate import REFUSAL_MEMORY, refusal_keys
from causette.domain.errors import InvalidInput, Unauthorized
from causette.domain.guests import Guest
from causette.domain.ids import UserId
from causette.domain.profile import (
    Gender,
    band_for_age,
    department_for_postal_code,
    pseudonym_key,
    validate_pseudonym,
)
from causette.moderation.verdict import Action, Context, TextKind, Verdict
from causette.ports import AgeRefusals, Clock, Identification, MessageStore, SlowCheck

__all__ = ["Checker", "Entry", "EntryGuard", "hash_token", "moderate"]

TOUCH_EVERY = 60.0
_DEVICE_ID = re.compile(
    r"[A-Za-z0-9_-]{8,128}"
)  # seconds: activity is written at most this often per session


class EntryGuard(Protocol):
    """Sanctions that stick (`services.sanctions.SanctionCheck`): refuse a barred device
    or network with `Forbidden("sanction_active")`."""

    async def check_entry(
        self, device_hash: str | None, ip: str | None, pseudonym: str
    ) -> None: ...


class Checker(Protocol):
    """The text moderation engine as the services see it."""

    def check(self, text: str, ctx: Context) -> Verdict: ...


async def moderate(checker: Checker, tier2: SlowCheck | None, text: str, ctx: Context) -> Verdict:
    """The fast tiers' verdict, then tier 2's when it wants the text (the caller waits,
    having shown the text to no one; may raise `Unavailable("moderation_busy")`)."""
    verdict = checker.check(text, ctx)
    if tier2 is not None and tier2.wants(verdict):
        verdict = await tier2.judge(verdict, text, ctx)
    return verdict


def hash_token(token: str) -> bytes:
    """Tokens are stored as SHA-256: a leaked database does not leak sessions."""
    return hashlib.sha256(token.encode()).digest()


def _field(raw: Mapping[str, object], name: str) -> object:
    if name not in raw or raw[name] is None:
        raise InvalidInput("missing_field", f"Le champ « {name} » est obligatoire.", field=name)
    return raw[name]


def _text_field(raw: Mapping[str, object], name: str, max_chars: int = 100) -> str:
    value = _field(raw, name)
    if not isinstance(value, str) or len(value) > max_chars:
        raise InvalidInput("bad_field", f"Le champ « {name} » est invalide.", field=name)
    return value


class Entry:
    """Create guest sessions and find them again from their token."""

    def __init__(
        self,
        store: MessageStore,
        clock: Clock,
        checker: Checker,
        *,
        idle_ttl: float,
        secret: bytes = b"",
        age_refusals: AgeRefusals | None = None,
        token_factory: Callable[[int], str] = secrets.token_urlsafe,
        sanctions: EntryGuard | None = None,
        tier2: SlowCheck | None = None,
    ) -> None:
        self.sanctions = sanctions
        self.tier2 = tier2
        self.store = store
        self.secret = secret
        # The under-15 refusal memory: the store (shared by every node, kept across
        # restarts); both adapters implement it next to `MessageStore`.
        self.age_refusals = age_refusals or cast(AgeRefusals, store)
        self.clock = clock
        self.checker = checker
        self.idle_ttl = idle_ttl
        self._token = token_factory
        self._touched: dict[UserId, float] = {}

    async def enter(self, raw: Mapping[str, object], source: tuple[str, int]) -> tuple[str, Guest]:
        """Validate the entry form, moderate the pseudonym, create the session.

        Return (token, guest). Raise `InvalidInput` (422) naming the field, or
        `Conflict("pseudonym_taken")` (409).
        """
        pseudonym = validate_pseudonym(_text_field(raw, "pseudonym"))
        age_raw = _field(raw, "age")
        if isinstance(age_raw, bool) or not isinstance(age_raw, int):
            raise InvalidInput("age_invalid", "L'âge doit être un nombre entier.", field="age")
        device = raw.get("device_id")
        if device is not None and (not isinstance(device, str) or not _DEVICE_ID.fullmatch(device)):
            raise InvalidInput("bad_field", "Identifiant d'appareil invalide.", field="device_id")
        now = self.clock()
        gate_keys = refusal_keys(
            self.secret, device if isinstance(device, str) else None, source[0]
        )
        until = await self.age_refusals.age_refused_until(gate_keys, now)
        if until is not None:
            # Retyping "18 ou plus" after a refusal must not get past the gate (issue 5).
            raise InvalidInput(
                "age_refused_recently",
                "L'entrée a été refusée depuis cet appareil ou cette connexion il y a moins "
                "de 24 heures. Causette est réservé aux personnes de 15 ans et plus.",
                field="age",
                retry_after=until - now,
            )
        try:
            band = band_for_age(age_raw)
        except InvalidInput as exc:
            if exc.code == "age_too_young":
                await self.age_refusals.refuse_age(gate_keys, now + REFUSAL_MEMORY)
            raise
        gender_raw = _text_field(raw, "gender", 1)
        try:
            gender = Gender(gender_raw)
        except ValueError:
            raise InvalidInput(
                "gender_invalid", "Choisissez f, m ou x (autre / non précisé).", field="gender"
            ) from None
        postal_code = _text_field(raw, "postal_code", 10)
        department = department_for_postal_code(postal_code)
        device_hash = hashlib.sha256(device.encode()).hexdigest() if device else None

        verdict = await moderate(
            self.checker, self.tier2, pseudonym, Context(TextKind.PSEUDONYM, sender_band=band)
        )
        if verdict.action is not Action.ALLOW:
            reason = verdict.reasons[0] if verdict.reasons else "Ce pseudo n'est pas accepté."
            raise InvalidInput("pseudonym_refused", reason, field="pseudonym")

        if self.sanctions is not None:
            await self.sanctions.check_entry(device_hash, source[0], pseudonym)
        token = self._token(32)
        guest = Guest(
            id=UserId("u_" + secrets.token_urlsafe(12)),
            token_hash=hash_token(token),
            pseudonym=pseudonym,
            pseudonym_key=pseudonym_key(pseudonym),
            age=age_raw,
            gender=gender,
            postal_code=postal_code.strip(),
            department=department,
            premium=False,
            created_at=now,
            last_seen_at=now,
            device_hash=device_hash,
        )
        await self.store.create_guest(guest, self.idle_ttl, now)
        await self.store.record_identification(
            Identification("entry", f"guest:{guest.id}", guest.id, source[0], source[1], now)
        )
        return token, guest

    async def authenticate(self, token: str | None) -> Guest:
        """Return the live session for `token`, or raise `Unauthorized`."""
        if not token or len(token) > 200:
            raise Unauthorized("unauthorized", "Session absente ou expirée : reconnectez-vous.")
        guest = await self.store.guest_by_token_hash(hash_token(token))
        now = self.clock()
        if guest is None or guest.expired(now, self.idle_ttl):
            raise Unauthorized("unauthorized", "Session absente ou expirée : reconnectez-vous.")
        await self.touch(guest.id, now)
        return guest

    async def touch(self, user: UserId, now: float) -> None:
        """Postpone idle expiry, writing at most once a minute per session."""
        if now - self._touched.get(user, 0.0) >= TOUCH_EVERY:
            self._touched[user] = now
            await self.store.touch_guest(user, now)

    def prune(self, now: float) -> None:
        """Forget touch times old enough that the next activity writes anyway."""
        for user in [u for u, at in self._touched.items() if now - at >= TOUCH_EVERY]:
            del self._touched[user]

    async def logout(self, guest: Guest) -> None:
        self._touched.pop(guest.id, None)
        await self.store.end_guest(guest.id, self.clock())
