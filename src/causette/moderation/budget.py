"""When tier 2 does not answer in its budget: the verdict that applies instead (pure).

    final = without_tier2(verdict, ctx, Unanswered.TIMEOUT)
    if final is None:   # a minor is involved and only tier 2 could have said no
        ...             # accept nothing: the sender is asked to send it again
    else:
        ...             # apply `final`: tiers 0+1's verdict, marked `tier2.timeout`

Tier 2 (`tier2.py`) runs in a bounded worker pool with a time budget
(`services/tier2_pool.py`); the content waits, unseen, until it answers. It may not:
the budget passed (`TIMEOUT`), every worker was busy and the queue full (`BUSY`), or it
raised (`FAILED`, a bug). What then, and why (docs/moderation.md, "Tier 2 in the
message path"):

- A text tiers 0+1 held or refused keeps that verdict: a moderator or the refusal
  decides. (Tier 2 may set aside a rule's finding it judges harmless, so without its
  answer such a text is held or refused where tier 2 might have let it go: the safe
  side.)
- A text they allowed, **where a minor is involved** (teen room, a minor's private
  message, pseudonym or room), is not accepted (None): nothing stored, numbered or
  delivered; the sender may send it again. Grooming and the sexualisation of minors
  are the harms a miss makes irreversible, and tiers 0+1 alone catch about three
  quarters of harmful texts; a retry costs a second.
- A text they allowed between adults goes out on their verdict, marked with
  `scores["tier2.<reason>"] = 1.0` (the statement of reasons and the counters show
  tier 2 did not see it). Holding or refusing every such text whenever tier 2 is slow
  would turn a burst of traffic, or a deliberate flood, into an outage for everyone
  and into a moderators' queue of harmless texts in which the real harm drowns;
  tiers 0+1 are the measured floor of the product, tier 2 adds recall above it.
"""

from __future__ import annotations

import enum
from dataclasses import replace

from causette.moderation.verdict import Action, Context, Verdict

__all__ = ["Unanswered", "without_tier2"]


class Unanswered(enum.StrEnum):
    TIMEOUT = "timeout"  # the time budget passed
    BUSY = "busy"  # every worker busy and the queue full: never queued
    FAILED = "failed"  # tier 2 raised


def without_tier2(verdict: Verdict, ctx: Context, why: Unanswered) -> Verdict | None:
    """The verdict to apply to a text tiers 0+1 judged `verdict` when tier 2 gave no
    answer for reason `why`; None when the text must not be accepted (send again)."""
    if verdict.action is Action.ALLOW and ctx.involves_minor:
        return None
    return replace(verdict, scores={**verdict.scores, f"tier2.{why.value}": 1.0})
