"""Strikes: repeated violations lead to a timed suspension, but only after a warning.

DSA Art. 23: a platform suspends, for a reasonable period and after a prior
warning, users who frequently post manifestly illegal content and people who
frequently file manifestly unfounded notices. Each upheld violation (a warning,
a content removal) or unfounded report is a `Strike`. Past `threshold` strikes
of one kind within `period`, `evaluate()` answers:

- `WARN` if none of those strikes came with a warning yet: warn first
  (the caller sends the warning and marks the latest strike `warned`);
- `SUSPEND` once a warning was given before the latest strike.

Strikes older than the last automatic suspension do not count again, and a
strike removed on appeal never counts.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, replace

from causette.domain.audit import SYSTEM_ACTOR
from causette.domain.ids import UserId
from causette.domain.sanctions import DAY, Binding, Sanction, SanctionKind

__all__ = [
    "Strike",
    "StrikeDecision",
    "StrikeKind",
    "StrikeOutcome",
    "StrikePolicy",
    "auto_suspension",
    "evaluate",
]


class StrikeKind(enum.StrEnum):
    CONTENT = "content"  # content removed or warned about as against the rules
    UNFOUNDED_REPORT = "unfounded_report"  # a report a moderator found manifestly unfounded


@dataclass(frozen=True, slots=True)
class Strike:
    """One counted violation. `source` is the sanction or ticket it came from.

    `warned` is True when the person was told, with this strike, that more
    would lead to a suspension. `removed_at` is set when an appeal reverses it.
    """

    id: str
    user: UserId
    kind: StrikeKind
    at: float
    source: str
    warned: bool = False
    removed_at: float | None = None

    def counts(self, now: float) -> bool:
        return self.removed_at is None or self.removed_at > now

    def mark_warned(self) -> Strike:
        return replace(self, warned=True)

    def remove(self, at: float) -> Strike:
        return replace(self, removed_at=at)


@dataclass(frozen=True, slots=True)
class StrikePolicy:
    """`threshold` strikes of `kind` within `period` seconds → `suspension` seconds."""

    kind: StrikeKind = StrikeKind.CONTENT
    threshold: int = 3
    period: float = 30 * DAY
    suspension: float = 7 * DAY

    def __post_init__(self) -> None:
        if self.threshold < 2:
            # With one strike there is no room for the prior warning Art. 23 asks for.
            raise ValueError("a strike threshold must be at least 2")
        if not DAY <= self.suspension <= 30 * DAY:
            raise ValueError("an automatic suspension lasts 1 to 30 days")


class StrikeDecision(enum.StrEnum):
    NONE = "none"
    WARN = "warn"
    SUSPEND = "suspend"


@dataclass(frozen=True, slots=True)
class StrikeOutcome:
    """What to do, with the strikes counted (oldest first) for the statement of reasons."""

    decision: StrikeDecision
    counted: tuple[Strike, ...]
    policy: StrikePolicy

    @property
    def count(self) -> int:
        return len(self.counted)


def evaluate(
    strikes: Iterable[Strike],
    now: float,
    policy: StrikePolicy,
    *,
    last_suspension_at: float | None = None,
) -> StrikeOutcome:
    """Decide whether the strikes of one person call for a warning or a suspension.

    Counted: strikes of `policy.kind`, not removed, in `(now - period, now]`,
    and later than `last_suspension_at` (the start of the last automatic
    suspension for this kind, so one series suspends once).
    """
    since = now - policy.period
    if last_suspension_at is not None:
        since = max(since, last_suspension_at)
    counted = tuple(
        sorted(
            (s for s in strikes if s.kind is policy.kind and s.counts(now) and since < s.at <= now),
            key=lambda s: (s.at, s.id),
        )
    )
    if len(counted) < policy.threshold:
        return StrikeOutcome(StrikeDecision.NONE, counted, policy)
    # Art. 23 asks for a prior warning: one given with an earlier strike, not the last one.
    warned_before = any(s.warned for s in counted[:-1])
    decision = StrikeDecision.SUSPEND if warned_before else StrikeDecision.WARN
    return StrikeOutcome(decision, counted, policy)


def auto_suspension(
    outcome: StrikeOutcome,
    *,
    sanction_id: str,
    binding: Binding,
    now: float,
) -> Sanction:
    """The automatic suspension for a `SUSPEND` outcome; raise `ValueError` otherwise.

    Decided by `system`: its statement of reasons says the decision was
    automated, and the appeal goes to a human.
    """
    if outcome.decision is not StrikeDecision.SUSPEND:
        raise ValueError(f"no suspension for outcome {outcome.decision}")
    policy = outcome.policy
    days = round(policy.period / DAY)
    if policy.kind is StrikeKind.CONTENT:
        reason = f"{outcome.count} infractions aux règles en {days} jours, après un avertissement."
    else:
        reason = (
            f"{outcome.count} signalements manifestement infondés en {days} jours, "
            "après un avertissement."
        )
    return Sanction(
        id=sanction_id,
        kind=SanctionKind.SUSPENSION,
        binding=binding,
        start=now,
        duration=policy.suspension,
        decided_by=SYSTEM_ACTOR,
        reason=reason,
        category="repeat_" + policy.kind.value,
    )
