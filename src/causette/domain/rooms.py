"""Rooms and who may see and join them."""

from __future__ import annotations

import enum

from causette.domain.profile import AgeBand

__all__ = ["RoomKind", "visible_to"]


class RoomKind(enum.StrEnum):
    """`general`: adults; `adult`: adults, 18+ content allowed; `teen`: minors only."""

    GENERAL = "general"
    ADULT = "adult"
    TEEN = "teen"


def visible_to(kind: RoomKind, band: AgeBand) -> bool:
    """The minor band sees only `teen` rooms; the adult band never sees them."""
    return (kind is RoomKind.TEEN) == (band is AgeBand.MINOR)
