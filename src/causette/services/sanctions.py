"""Sanctions that stick: the entry and posting checks the message path calls.

`SanctionCheck` is the one collaborator `Entry` and `Chat` are given. It turns a
device id and an address into keyed hashes (`domain.sanctions.device_key`,
`network_key`, with the operator secret) and asks the store for the running
sanctions bound to them. A refused entry is an evasion attempt: it goes to the
audit log.
"""

from __future__ import annotations

import logging
from typing import Protocol

from causette.domain.audit import SYSTEM_ACTOR
from causette.domain.errors import Forbidden
from causette.domain.guests import Guest
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
from causette.ports import AgeRefusals, CaseStore, Clock, MessageStore, MinorsMeasures

__all__ = ["SanctionCheck", "Stores", "statement_path"]

log = logging.getLogger(__name__)


class Stores(MessageStore, CaseStore, AgeRefusals, MinorsMeasures, Protocol):
    """Every contract: `SqliteStore` and `PostgresStore` implement them on one database."""


def statement_path(sanction_id: str, token: str) -> str:
    """Where the sanctioned person reads the statement of reasons and appeals."""
    return f"/sanctions/{sanction_id}?token={token}"


class SanctionCheck:
    """Refuse entry to a suspended or banned device or network; refuse posting when muted."""

    def __init__(
        self, store: CaseStore, clock: Clock, secret: bytes, *, base_url: str = ""
    ) -> None:
        self.store = store
        self.clock = clock
        self.secret = secret
        # The site's address (the first allowed origin), so a statement read outside
        # the site (copied, mailed, printed) still carries a working link.
        self.base_url = base_url.rstrip("/")

    def device_key(self, device_hash: str | None) -> str | None:
        """`Guest.device_hash` (SHA-256 of the browser's id) as a keyed hash, or None."""
        return None if not device_hash else device_key(device_hash, self.secret)

    def network_key(self, ip: str | None) -> str | None:
        if not ip:
            return None
        try:
            return network_key(ip, self.secret)
        except InvalidAddress:
            log.warning("no network key for a malformed client address")
            return None

    def link(self, sanction_id: str) -> str:
        from causette.domain.appeals import appeal_token

        return self.base_url + statement_path(sanction_id, appeal_token(self.secret, sanction_id))

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
        found = check_posting(
            guest.id,
            dkey,
            await self.store.sanctions_binding(user=guest.id, device_key=dkey, since=now),
            now,
        )
        if found is None:
            return
        until = found.ends_at
        when = f" jusqu'au {format_date_fr(until)}" if until is not None else ""
        raise Forbidden(
            "muted",
            f"Vous ne pouvez pas écrire{when}. Motifs et recours : {self.link(found.id)}",
        )
