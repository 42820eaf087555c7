"""Sanctions that stick: the entry and posting checks the message path calls.

`SanctionCheck` is the one collaborator `Entry` and `Chat` are given. It turns a
device id and an address into keyed hashes (`domain.sanctions.device_key`,
`network_key`, with the operator secret) and asks the store for the running
sanctions bound to them. A refused entry is an evasion attempt: it goes to the
audit log.

The posting check runs on every message, so what the store answers for a session and
device is kept (`posting_ttl`, 30 s by default) and forgotten at once when a sanction is
added or lifted anywhere: the desk and appeals write sanctions through `add` and `lift`,
which call `changed()`: it clears this node's answers and publishes on the broker channel
`SANCTIONS_CHANNEL`, which every node follows (`start`); after a broker outage (a publish
may have been lost) the answers are dropped too (`forget`, from the composition root). A
sanction written without a node (straight into the database) binds within
`posting_ttl`. Entry checks always read the store.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any, Protocol

from causette.domain.audit import SYSTEM_ACTOR
from causette.domain.errors import Forbidden
from causette.domain.guests import Guest
from causette.domain.ids import UserId
from causette.domain.reasons import format_date_fr
from causette.domain.sanctions import (
    InvalidAddress,
    Sanction,
    SanctionKind,
    check_entry,
    check_posting,
    device_key,
    evasion_attempt,
    network_key,
)
from causette.ports import (
    AgeRefusals,
    Broker,
    CaseStore,
    Clock,
    MessageStore,
    MinorsMeasures,
    Subscription,
)

__all__ = ["REQUEST_ORIGIN", "SANCTIONS_CHANNEL", "SanctionCheck", "Stores", "statement_path"]

SANCTIONS_CHANNEL = "sanctions"
"""Broker channel: "a sanction was added or lifted" (the payload carries nothing more)."""
_POSTING_KEPT = 100_000  # answers kept at most (all dropped when full: they are re-read)

log = logging.getLogger(__name__)

REQUEST_ORIGIN: ContextVar[Callable[[], str | None] | None] = ContextVar(
    "causette_request_origin", default=None
)
"""Set by the web layer for each request (and a WebSocket's whole life): a function
giving the address the request came in on (`https://chat.example.fr`), or None when it
cannot tell. Asked only when no public address is configured (`SanctionCheck.site_url`)."""


class Stores(MessageStore, CaseStore, AgeRefusals, MinorsMeasures, Protocol):
    """Every contract: `SqliteStore` and `PostgresStore` implement them on one database."""


def statement_path(sanction_id: str, token: str) -> str:
    """Where the sanctioned person reads the statement of reasons and appeals."""
    return f"/sanctions/{sanction_id}?token={token}"


class SanctionCheck:
    """Refuse entry to a suspended or banned device or network; refuse posting when muted."""

    def __init__(
        self,
        store: CaseStore,
        clock: Clock,
        secret: bytes,
        *,
        base_url: str = "",
        broker: Broker | None = None,
        posting_ttl: float = 30.0,
    ) -> None:
        self.store = store
        self.clock = clock
        self.secret = secret
        # The site's public address (CAUSETTE_PUBLIC_URL, else the first allowed origin),
        # so a statement read outside the site (copied, mailed, printed) still carries a
        # working link; "" means: the address of the request (`site_url`).
        self.base_url = base_url.rstrip("/")
        self.broker = broker
        self.posting_ttl = posting_ttl
        # (session, device key) -> (sanctions binding them, when read); see the module doc
        self._posting: dict[tuple[UserId, str | None], tuple[list[Sanction], float]] = {}
        self._generation = 0  # bumped by every change, so a read in flight is not kept
        self._device_keys: dict[str, str] = {}
        self._subscription: Subscription | None = None

    async def start(self) -> None:
        """Follow the sanctions added or lifted on the other nodes."""
        if self.broker is not None and self._subscription is None:
            self._subscription = await self.broker.subscribe(SANCTIONS_CHANNEL, self._on_change)

    async def close(self) -> None:
        if self._subscription is not None:
            await self._subscription.close()
            self._subscription = None

    def forget(self) -> None:
        """Drop every kept answer: the next posting check of each session reads the store."""
        self._generation += 1
        self._posting.clear()

    async def add(self, sanction: Sanction, statement: dict[str, Any]) -> None:
        """Store `sanction` with its statement; every node's posting check reads it from
        the next message on (`changed`). The one way the services add a sanction."""
        await self.store.add_sanction(sanction, statement)
        await self.changed()

    async def lift(self, sanction_id: str, at: float, by: str) -> None:
        """Lift a sanction (an appeal reversed it), on every node from the next message."""
        await self.store.lift_sanction(sanction_id, at, by)
        await self.changed()

    async def changed(self) -> None:
        """A sanction was added or lifted (in the store already): forget here, at once,
        and tell the other nodes."""
        self.forget()
        if self.broker is None:
            return
        try:
            await self.broker.publish(SANCTIONS_CHANNEL, b"changed")
        except Exception:
            # The other nodes re-read within `posting_ttl` whatever happens.
            log.warning("broker publish failed", extra={"channel": SANCTIONS_CHANNEL})

    def _on_change(self, _channel: str, _data: bytes) -> None:
        self.forget()

    def device_key(self, device_hash: str | None) -> str | None:
        """`Guest.device_hash` (SHA-256 of the browser's id) as a keyed hash, or None."""
        if not device_hash:
            return None
        found = self._device_keys.get(device_hash)
        if found is None:  # an HMAC per message otherwise; pure, so kept (bounded)
            if len(self._device_keys) >= _POSTING_KEPT:
                self._device_keys.clear()
            found = self._device_keys[device_hash] = device_key(device_hash, self.secret)
        return found

    def network_key(self, ip: str | None) -> str | None:
        if not ip:
            return None
        try:
            return network_key(ip, self.secret)
        except InvalidAddress:
            log.warning("no network key for a malformed client address")
            return None

    def site_url(self) -> str:
        """The base of the links given out: the configured address, else the address of
        the request being served (`REQUEST_ORIGIN`), else "" (a path; outside any
        request with nothing configured, which no link-giving path does today)."""
        if self.base_url:
            return self.base_url
        origin = REQUEST_ORIGIN.get()
        return (origin() if origin is not None else None) or ""

    def link(self, sanction_id: str) -> str:
        """The statement's address with its appeal token, absolute (`site_url`)."""
        from causette.domain.appeals import appeal_token

        path = statement_path(sanction_id, appeal_token(self.secret, sanction_id))
        return self.site_url() + path

    async def check_entry(self, device_hash: str | None, ip: str | None, pseudonym: str) -> None:
        """Raise `Forbidden("sanction_active")` (403) if a suspension or ban binds this
        device or network; the message carries the statement's link. Audited."""
        now = self.clock()
        dkey, nkey = self.device_key(device_hash), self.network_key(ip)
        if dkey is None and nkey is None:
            return
        found = check_entry(
            dkey,
            nkey,
            await self.store.sanctions_binding(device_key=dkey, network_key=nkey, since=now),
            now,
        )
        if found is None:
            return
        attempt = evasion_attempt(
            found, device_key=dkey, network_key=nkey, pseudonym=pseudonym, now=now
        )
        await self.store.append_audit(
            at=now,
            actor=SYSTEM_ACTOR,
            action="evasion_refused",
            target=f"user:{found.binding.user}",
            reason="nouvelle entrée refusée pendant une sanction",
            details={
                "sanction": found.id,
                "matched_on": list(attempt.matched_on),
                "pseudonym": pseudonym,
            },
        )
        raise self.refusal(found)

    def refusal(self, sanction: Sanction) -> Forbidden:
        until = sanction.ends_at
        what = "suspendu" if sanction.kind is SanctionKind.SUSPENSION else "banni"
        when = f" jusqu'au {format_date_fr(until)}" if until is not None else ""
        return Forbidden(
            "sanction_active",
            f"L'accès à Causette est {what}{when} depuis cet appareil ou ce réseau. "
            f"Motifs et recours : {self.link(sanction.id)}",
        )

    async def check_posting(self, guest: Guest) -> None:
        """Raise `Forbidden("muted")` if a mute (or entry sanction) binds this session or device."""
        now = self.clock()
        dkey = self.device_key(guest.device_hash)
        found = check_posting(guest.id, dkey, await self._binding(guest.id, dkey, now), now)
        if found is None:
            return
        until = found.ends_at
        when = f" jusqu'au {format_date_fr(until)}" if until is not None else ""
        raise Forbidden(
            "muted",
            f"Vous ne pouvez pas écrire{when}. Motifs et recours : {self.link(found.id)}",
        )

    async def _binding(self, user: UserId, dkey: str | None, now: float) -> list[Sanction]:
        """The sanctions binding this session or device, not ended before `now` (those
        ending meanwhile are told apart by `check_posting`, which reads their end)."""
        key = (user, dkey)
        kept = self._posting.get(key)
        if kept is not None and 0.0 <= now - kept[1] < self.posting_ttl:
            return kept[0]
        generation = self._generation
        found = await self.store.sanctions_binding(user=user, device_key=dkey, since=now)
        if generation == self._generation and self.posting_ttl > 0:  # no change meanwhile
            if len(self._posting) >= _POSTING_KEPT:
                self._posting.clear()
            self._posting[key] = (found, now)
        return found
