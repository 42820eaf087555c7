"""Sanctions: the ladder, their durations, and what they are bound to.

Ladder: warning, content removal, room closure (one-off decisions), then mute
(1 h to 24 h), suspension (1 to 30 days) and ban (indefinite, or 90 days and more).

A sanction is bound to the session (user id), to the long-lived device id the
client keeps, and to the network prefix (IPv4 /24, IPv6 /64), so that a new
pseudonym from the same device or network is refused while a suspension or ban
lasts. Device ids and networks are only ever kept as keyed hashes
(HMAC-SHA256 with the operator's secret): the table of sanctions holds no IP
address and cannot be reversed by brute force without the secret.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass, replace

from causette.domain.audit import SYSTEM_ACTOR
from causette.domain.errors import InvalidInput
from causette.domain.ids import UserId

__all__ = [
    "BAN_MIN",
    "DAY",
    "ENTRY_BARRING",
    "HOUR",
    "MUTE_MAX",
    "MUTE_MIN",
    "POSTING_BARRING",
    "SUSPENSION_MAX",
    "SUSPENSION_MIN",
    "Binding",
    "EvasionAttempt",
    "InvalidAddress",
    "Sanction",
    "SanctionKind",
    "check_duration",
    "check_entry",
    "check_posting",
    "device_key",
    "evasion_attempt",
    "network_key",
]

HOUR = 3_600.0
DAY = 86_400.0
MUTE_MIN, MUTE_MAX = 1 * HOUR, 24 * HOUR
SUSPENSION_MIN, SUSPENSION_MAX = 1 * DAY, 30 * DAY
BAN_MIN = 90 * DAY
"""A timed ban lasts at least this long; a ban may also be indefinite (no duration)."""


class SanctionKind(enum.StrEnum):
    WARNING = "warning"
    CONTENT_REMOVAL = "content_removal"
    ROOM_CLOSURE = "room_closure"
    MUTE = "mute"  # may read, may not post
    SUSPENSION = "suspension"  # may not enter
    BAN = "ban"  # may not enter, long or indefinite


ENTRY_BARRING = frozenset({SanctionKind.SUSPENSION, SanctionKind.BAN})
POSTING_BARRING = frozenset({SanctionKind.MUTE, SanctionKind.SUSPENSION, SanctionKind.BAN})
_TIMED = {
    SanctionKind.MUTE: (MUTE_MIN, MUTE_MAX),
    SanctionKind.SUSPENSION: (SUSPENSION_MIN, SUSPENSION_MAX),
}


def check_duration(kind: SanctionKind, duration: float | None) -> None:
    """Raise `InvalidInput` (`sanction_duration_invalid`) unless `duration` fits `kind`.

    Mute 1 h to 24 h, suspension 1 to 30 days (both required); ban None
    (indefinite) or at least 90 days; the one-off kinds take no duration.
    """
    if kind in _TIMED:
        low, high = _TIMED[kind]
        if duration is None or not low <= duration <= high:
            label = "de 1 h à 24 h" if kind is SanctionKind.MUTE else "de 1 à 30 jours"
            raise InvalidInput(
                "sanction_duration_invalid",
                f"La durée doit être comprise {label}.",
                field="duration",
            )
    elif kind is SanctionKind.BAN:
        if duration is not None and not duration >= BAN_MIN:
            raise InvalidInput(
                "sanction_duration_invalid",
                "Un bannissement est définitif ou dure au moins 90 jours.",
                field="duration",
            )
    elif duration is not None:
        raise InvalidInput(
            "sanction_duration_invalid",
            "Cette mesure ne prend pas de durée.",
            field="duration",
        )


class InvalidAddress(ValueError):
    """Not an IP address: a bug or a forged header upstream, never a user's fault."""


def _hmac(secret: bytes, label: bytes, value: bytes) -> str:
    if len(secret) < 16:
        # A short key would let anyone holding the table brute-force the 2^24 IPv4 prefixes.
        raise ValueError("the hashing secret must be at least 16 bytes")
    return hmac.new(secret, label + b"\x00" + value, hashlib.sha256).hexdigest()


def network_key(ip: str, secret: bytes) -> str:
    """The keyed hash of the network `ip` belongs to: its /24 (IPv4) or /64 (IPv6).

    An IPv4-mapped IPv6 address (`::ffff:203.0.113.7`) counts as its IPv4
    address; an IPv6 zone (`%eth0`) is ignored. Raise `InvalidAddress` on anything
    that is not an IP address, and `ValueError` on a secret under 16 bytes.
    """
    text = ip.strip()
    if "%" in text:
        text = text.split("%", 1)[0]
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        raise InvalidAddress(f"not an IP address: {ip!r}") from None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if isinstance(address, ipaddress.IPv4Address):
        return _hmac(secret, b"causette/net4", address.packed[:3])
    return _hmac(secret, b"causette/net6", address.packed[:8])


def device_key(device_id: str, secret: bytes) -> str:
    """The keyed hash of the client's long-lived device id (never stored in clear)."""
    if not device_id:
        raise ValueError("empty device id")
    return _hmac(secret, b"causette/device", device_id.encode("utf-8"))


@dataclass(frozen=True, slots=True)
class Binding:
    """What a sanction sticks to. `device_key` and `network_key` are keyed hashes.

    Leave `network_key` None to spare a shared network (a school, a mobile
    carrier's NAT) when the device binding is enough.
    """

    user: UserId
    device_key: str | None = None
    network_key: str | None = None


@dataclass(frozen=True, slots=True)
class Sanction:
    """A decision against a user, content or room.

    `decided_by` is a moderator id or `system` (automatic). `target` names the
    content or room for removals and closures (`message:general:120`,
    `room:r_x`). `duration` None means one-off (warning, removal, closure) or
    indefinite (ban). `lifted_at` is set when an appeal reverses it.
    """

    id: str
    kind: SanctionKind
    binding: Binding
    start: float
    duration: float | None
    decided_by: str
    reason: str
    category: str = "other"
    target: str | None = None
    ticket: str | None = None
    lifted_at: float | None = None
    lifted_by: str | None = None

    def __post_init__(self) -> None:
        check_duration(self.kind, self.duration)

    @property
    def automated(self) -> bool:
        """True when no human took the decision."""
        return self.decided_by == SYSTEM_ACTOR

    @property
    def ends_at(self) -> float | None:
        """When it stops restricting; None for indefinite bans and one-off decisions."""
        return None if self.duration is None else self.start + self.duration

    def active(self, now: float) -> bool:
        """In force at `now`: started, not lifted, not over.

        One-off decisions stay "active" on the record until lifted; what they
        restrict is decided by `ENTRY_BARRING` and `POSTING_BARRING`.
        """
        if self.lifted_at is not None and self.lifted_at <= now:
            return False
        if now < self.start:
            return False
        end = self.ends_at
        return end is None or now < end

    def lift(self, at: float, by: str) -> Sanction:
        """This sanction lifted at `at` by `by` (an appeal reversed it)."""
        return replace(self, lifted_at=at, lifted_by=by)


def _rank(sanction: Sanction) -> tuple[int, float]:
    # Ban before suspension before mute, then the one that lasts longest.
    order = {SanctionKind.BAN: 0, SanctionKind.SUSPENSION: 1, SanctionKind.MUTE: 2}
    end = sanction.ends_at
    return (order.get(sanction.kind, 9), -(end if end is not None else float("inf")))


def check_entry(
    device_key: str | None,
    network_key: str | None,
    sanctions: Iterable[Sanction],
    now: float,
) -> Sanction | None:
    """The suspension or ban that bars a new session from this device or network, if any.

    Returns the strongest one (ban first, then the latest end) or None. A match
    means a new pseudonym is refused; record it with `evasion_attempt()`.
    """
    found = [
        s
        for s in sanctions
        if s.kind in ENTRY_BARRING
        and s.active(now)
        and (
            (device_key is not None and s.binding.device_key == device_key)
            or (network_key is not None and s.binding.network_key == network_key)
        )
    ]
    return min(found, key=_rank) if found else None


def check_posting(
    user: UserId,
    device_key: str | None,
    sanctions: Iterable[Sanction],
    now: float,
) -> Sanction | None:
    """The mute, suspension or ban that stops this session from posting, if any.

    Matches the session itself or its device (a muted person who starts a new
    pseudonym on the same browser stays muted); the network is not used here,
    so a mute never silences a whole shared network.
    """
    found = [
        s
        for s in sanctions
        if s.kind in POSTING_BARRING
        and s.active(now)
        and (
            s.binding.user == user
            or (device_key is not None and s.binding.device_key == device_key)
        )
    ]
    return min(found, key=_rank) if found else None


@dataclass(frozen=True, slots=True)
class EvasionAttempt:
    """A refused entry under a new pseudonym while a sanction lasts.

    `matched_on` says what matched: `device`, `network` or both.
    """

    at: float
    sanction_id: str
    sanctioned_user: UserId
    matched_on: tuple[str, ...]
    pseudonym: str
    device_key: str | None
    network_key: str | None


def evasion_attempt(
    sanction: Sanction,
    *,
    device_key: str | None,
    network_key: str | None,
    pseudonym: str,
    now: float,
) -> EvasionAttempt:
    """The record of an entry refused by `sanction` (from `check_entry`)."""
    matched = []
    if device_key is not None and device_key == sanction.binding.device_key:
        matched.append("device")
    if network_key is not None and network_key == sanction.binding.network_key:
        matched.append("network")
    return EvasionAttempt(
        at=now,
        sanction_id=sanction.id,
        sanctioned_user=sanction.binding.user,
        matched_on=tuple(matched),
        pseudonym=pseudonym,
        device_key=device_key,
        network_key=network_key,
    )
