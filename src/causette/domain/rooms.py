"""Rooms and who may see and join them."""

from __future__ import annotations

import enum
import unicodedata
from dataclasses import dataclass

from causette.domain.ids import RoomId, UserId
from causette.domain.profile import AgeBand

__all__ = ["Room", "RoomKind", "room_name_key", "visible_to"]


class RoomKind(enum.StrEnum):
    """`general`: adults; `adult`: adults, 18+ content allowed; `teen`: minors only."""

    GENERAL = "general"
    ADULT = "adult"
    TEEN = "teen"


def visible_to(kind: RoomKind, band: AgeBand) -> bool:
    """The minor band sees only `teen` rooms; the adult band never sees them."""
    return (kind is RoomKind.TEEN) == (band is AgeBand.MINOR)


@dataclass(frozen=True, slots=True)
class Room:
    """A salon: official (seeded from a data file) or created by a user.

    `last_seq` is the id of the newest delivered message (0 when none).
    A user room closes after being empty for a while (`closed_at` set).
    """

    id: RoomId
    name: str
    topic: str
    kind: RoomKind
    official: bool
    created_by: UserId | None
    created_at: float
    closed_at: float | None = None
    theme: str = ""
    region: str = ""

    @property
    def open(self) -> bool:
        return self.closed_at is None


def room_name_key(name: str) -> str:
    """Uniqueness key of a room name among open rooms: case, accents and spaces folded."""
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())
