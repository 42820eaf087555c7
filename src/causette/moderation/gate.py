"""When the engine consults tier 2 (the gate), from what tiers 0 and 1 decided.

Tier 2 costs one sentence embedding (12 to 56 ms a text against well under a
millisecond for tiers 0 and 1), so ordinary traffic must rarely reach it. It is
consulted on two kinds of verdicts (`wants_tier2`):

- *undecided* ones (nothing fired, or only tier 1's model did: rule `<category>.model`)
  where tier 1's probability of harm (`tier1_harm`, 1 - P(none)) is at least
  `TIER2_GATE`: tier 2 may add a finding;
- *vetoable* ones (a rule flagged the text, and a model may set the finding aside:
  not one protecting a minor, not a standing rule): tier 2 may set it aside.

`TIER2_GATE` is chosen with tier 2's thresholds, out of fold on development data, by
`tools/train_tier2.py` (recorded as `gate` in `data/tier2.json`; a test checks they
agree). No numpy here: the engine imports this module without the `tier2` extra.
"""

from __future__ import annotations

from collections.abc import Mapping

from causette.moderation.verdict import CATEGORIES, Action, Verdict

__all__ = ["STANDING_RULES", "TIER2_GATE", "tier1_harm", "undecided", "vetoable"]

TIER2_GATE = 0.5
"""Tier 1's probability of harm from which an undecided text reaches tier 2."""

STANDING_RULES = frozenset({"spam.flood"})
"""Rules no model overrules: they judge the form of a text (a flood), not what it says."""


def tier1_harm(scores: Mapping[str, float]) -> float:
    """Tier 1's probability that a text is harmful (1 - P(none)), from a verdict's scores."""
    return sum(p for c, p in scores.items() if c in CATEGORIES)


def undecided(verdict: Verdict) -> bool:
    """Nothing fired, or only tier 1's model did (`<category>.model`)."""
    if verdict.action is Action.ALLOW:
        return True
    return verdict.action is Action.REVIEW and all(r.endswith(".model") for r in verdict.rules)


def vetoable(verdict: Verdict) -> bool:
    """Tiers 0 and 1 flagged the text and a model may set that aside: no finding protects
    a minor (`safety_note`) and none is a standing rule (`STANDING_RULES`)."""
    return (
        not undecided(verdict)
        and not verdict.safety_note
        and not any(r in STANDING_RULES for r in verdict.rules)
    )


def wants_tier2(verdict: Verdict) -> bool:
    """Tier 2 is consulted on a text tiers 0 and 1 left undecided that tier 1 finds
    harmful with probability at least `TIER2_GATE` (always without a tier 1 model), and
    on a finding of theirs it may set aside (`vetoable`)."""
    if vetoable(verdict):
        return True
    if not undecided(verdict):
        return False
    return not verdict.scores or tier1_harm(verdict.scores) >= TIER2_GATE
