"""A guest session: who is talking, since when, with which entitlements."""

from __future__ import annotations

from dataclasses import dataclass

from causette.domain.ids import UserId
from causette.domain.profile import AgeBand, Gender, band_for_age

__all__ = ["Guest", "PublicProfile"]


@dataclass(frozen=True, slots=True)
class Guest:
    """A guest session as stored. `token_hash` is SHA-256 of the bearer token.

    `postal_code` is never shown to other users: they see `department`,
    and not even that for the minor band.
    """

    id: UserId
    token_hash: bytes
    pseudonym: str
    pseudonym_key: str
    age: int
    gender: Gender
    postal_code: str
    department: str
    premium: bool
    created_at: float
    last_seen_at: float
    ended_at: float | None = None
    device_hash: str | None = None

    @property
    def band(self) -> AgeBand:
        return band_for_age(self.age)

    def expired(self, now: float, idle_ttl: float) -> bool:
        """A session ends when closed or after `idle_ttl` seconds without activity."""
        return self.ended_at is not None or now - self.last_seen_at > idle_ttl

    def public(self) -> PublicProfile:
        """What other users see. A minor's département is shown to no one."""
        return PublicProfile(
            id=self.id,
            pseudonym=self.pseudonym,
            age=self.age,
            gender=self.gender,
            department=None if self.band is AgeBand.MINOR else self.department,
        )


@dataclass(frozen=True, slots=True)
class PublicProfile:
    id: UserId
    pseudonym: str
    age: int
    gender: Gender
    department: str | None
