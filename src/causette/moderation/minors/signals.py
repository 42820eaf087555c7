"""What the guard reports: signals with their evidence and a French explanation."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

__all__ = ["ACTIONS", "Evidence", "Signal", "SignalKind"]


class SignalKind(enum.StrEnum):
    GROOMING = "grooming"
    AGE_LIE_ADULT = "age_lie_adult"  # a declared adult writes like a child
    AGE_LIE_MINOR = "age_lie_minor"  # a declared minor writes like an adult
    MANY_MINORS = "many_minors"


ACTIONS = {
    SignalKind.GROOMING: "hold_conversation",
    SignalKind.AGE_LIE_ADULT: "restrict_pending_review",
    SignalKind.AGE_LIE_MINOR: "flag",
    SignalKind.MANY_MINORS: "suspend_pending_review",
}
"""What the caller does on each kind (see docs/minors.md)."""


@dataclass(frozen=True, slots=True)
class Evidence:
    """One rule hit: the message `ref`, the rule id, its weight when the signal
    fired (after decay) and a short excerpt of the message."""

    ref: str
    rule: str
    weight: float
    excerpt: str

    def to_json(self) -> dict[str, Any]:
        return {"ref": self.ref, "rule": self.rule, "weight": self.weight, "excerpt": self.excerpt}


@dataclass(frozen=True, slots=True)
class Signal:
    """A conversation-level signal.

    `subject` is the user the signal is about, `other` the other party of a
    grooming pair (else None). `action` is one of `ACTIONS`' values; `rules`
    and `evidence` say which messages and rules made the `score` cross the
    `threshold`; `explanation` is French, for moderators and the statement of
    reasons (DSA Art. 17).
    """

    kind: SignalKind
    subject: str
    other: str | None
    score: float
    threshold: float
    action: str
    rules: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    explanation: str

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "subject": self.subject,
            "other": self.other,
            "score": self.score,
            "threshold": self.threshold,
            "action": self.action,
            "rules": list(self.rules),
            "evidence": [e.to_json() for e in self.evidence],
            "explanation": self.explanation,
        }
