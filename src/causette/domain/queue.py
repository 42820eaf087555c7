"""The moderators' queue: one list for reports, held content and conversation signals.

Order: severity first (a life in danger, then child safety, sexual violence,
intimate images and threats), then the trusted-flagger lane (DSA Art. 22: their
notices are handled first), then age (oldest first, so nothing starves within a
level). `QueueItem.sort_key()` is the whole rule; storage sorts by it or by the
same columns.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = [
    "URGENT_CATEGORIES",
    "ItemKind",
    "QueueItem",
    "Severity",
    "SignalKind",
    "order_queue",
]

URGENT_CATEGORIES = frozenset({"child_safety", "sexual_violence", "ncii", "threat"})
"""Categories handled before anything else bar a life in danger."""

_LOW_CATEGORIES = frozenset({"spam"})


class ItemKind(enum.StrEnum):
    REPORT = "report"  # a ticket of merged notices
    HELD = "held"  # content held by moderation, not delivered yet
    SIGNAL = "signal"  # a conversation signal from the minors' protection


class SignalKind(enum.StrEnum):
    GROOMING = "grooming"  # grooming risk between a sender and a recipient
    AGE_LIE = "age_lie"  # declared age inconsistent with what is said
    MANY_MINORS = "many_minors"  # one sender contacting many minors


_URGENT_SIGNALS = frozenset({SignalKind.GROOMING, SignalKind.MANY_MINORS})


class Severity(enum.IntEnum):
    """Lower sorts first."""

    LIFE = 0  # « vie en danger / enfant en danger »
    URGENT = 1  # child safety, sexual violence, NCII, threats, grooming signals
    NORMAL = 2
    LOW = 3  # spam only


@dataclass(frozen=True, slots=True)
class QueueItem:
    """One line of the queue.

    `id` is the item's own id (ticket number, held content id, signal id);
    `created_at` is when the item entered the queue (first report, hold, signal).
    `escalate` is the moderation verdict's flag for held content.
    """

    id: str
    kind: ItemKind
    created_at: float
    categories: tuple[str, ...] = ()
    life_in_danger: bool = False
    trusted_flagger: bool = False
    signal: SignalKind | None = None
    escalate: bool = False

    @property
    def severity(self) -> Severity:
        if self.life_in_danger:
            return Severity.LIFE
        if (
            self.escalate
            or URGENT_CATEGORIES.intersection(self.categories)
            or self.signal in _URGENT_SIGNALS
        ):
            return Severity.URGENT
        if self.categories and set(self.categories) <= _LOW_CATEGORIES:
            return Severity.LOW
        return Severity.NORMAL

    def sort_key(self) -> tuple[int, int, float, str]:
        """Severity, then trusted flaggers first, then oldest first; `id` breaks ties."""
        return (int(self.severity), 0 if self.trusted_flagger else 1, self.created_at, self.id)


def order_queue(items: Iterable[QueueItem]) -> list[QueueItem]:
    """The items in the order a moderator should handle them."""
    return sorted(items, key=QueueItem.sort_key)
