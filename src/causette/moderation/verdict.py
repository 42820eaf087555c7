"""What moderation decides about one text in its context.

Every verdict records categories, rule ids, scores and the model version:
statements of reasons (DSA Art. 17) and the transparency report are built on them.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from causette.domain.profile import AgeBand
from causette.domain.rooms import RoomKind

__all__ = ["ALLOW", "CATEGORIES", "SEVERE_CATEGORIES", "Action", "Context", "TextKind", "Verdict"]

CATEGORIES = (
    "drugs",
    "child_safety",
    "sexual_violence",
    "ncii",
    "prostitution",
    "threat",
    "hate",
    "doxxing",
    "sexual",
    "spam",
)
"""Stable category ids; definitions and examples live in docs/moderation.md."""

SEVERE_CATEGORIES = frozenset({"child_safety", "sexual_violence", "ncii"})
"""Always blocked and escalated to the top of the moderators' queue."""


class Action(enum.StrEnum):
    ALLOW = "allow"
    REVIEW = "review"  # stored, not delivered, queued for a moderator
    BLOCK = "block"  # refused, with the category and an explanation the sender can appeal


class TextKind(enum.StrEnum):
    MESSAGE = "message"
    PRIVATE_MESSAGE = "private_message"
    PSEUDONYM = "pseudonym"
    ROOM_NAME = "room_name"
    ROOM_TOPIC = "room_topic"


@dataclass(frozen=True, slots=True)
class Context:
    """Where a text is said: the verdict depends on it.

    `room_kind` is set for room messages, room names and topics (the kind the
    room has or will have); `recipient_band` for private messages.
    """

    kind: TextKind
    room_kind: RoomKind | None = None
    sender_band: AgeBand | None = None
    recipient_band: AgeBand | None = None

    @property
    def involves_minor(self) -> bool:
        return (
            self.room_kind is RoomKind.TEEN
            or self.sender_band is AgeBand.MINOR
            or self.recipient_band is AgeBand.MINOR
        )


@dataclass(frozen=True, slots=True)
class Verdict:
    """The decision on one text.

    `reasons` are French sentences for the sender; `rules` are stable rule ids;
    `escalate` puts the item at the top of the moderators' queue; `safety_note`
    asks the client to show a minor the 3018 helpline note.
    """

    action: Action
    categories: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()
    scores: Mapping[str, float] = field(default_factory=dict)
    model_version: str = ""
    escalate: bool = False
    safety_note: bool = False

    @property
    def allowed(self) -> bool:
        return self.action is Action.ALLOW

    def to_json(self) -> dict[str, Any]:
        """The verdict as stored with the content (and shown to moderators)."""
        return {
            "action": self.action.value,
            "categories": list(self.categories),
            "reasons": list(self.reasons),
            "rules": list(self.rules),
            "scores": dict(self.scores),
            "model_version": self.model_version,
            "escalate": self.escalate,
            "safety_note": self.safety_note,
        }


ALLOW = Verdict(Action.ALLOW)
