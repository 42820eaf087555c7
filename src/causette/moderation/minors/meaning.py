"""The meaning model's answer on one message, as the guard takes it (stdlib only).

A sentence embedding (multilingual-e5-small, the `tier2` extra) read by three small
classifiers gives, for one message, how far its score lies past each classifier's
threshold (in the classifier's logit units; negative: under it):

    meaning = Meaning(grooming=0.8, child=-2.1, adult=-3.0)
    signals = guard.observe_meaning(ref, meaning, now)

The embedding costs tens of milliseconds, so it runs only on the messages the guard
asks for (`MinorsGuard.wants_meaning(ref)`, after `observe_dm`), off the event loop,
and its answer comes back later by `observe_meaning`. The classifier itself
(`meaning_model.py`, numpy) lives outside this stdlib-only package's core.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["MEANING_BAR", "MEANING_WAIT", "WINDOW_LIMIT", "Meaning", "window_text"]

MEANING_BAR = 1.5
"""The meaning model is asked about a message only when the band's n-gram model scored it
at most this far under its threshold (and not past it): messages it finds a little
suspicious, not every message (docs/minors.md, round 10)."""

MEANING_WAIT = 120.0
"""Seconds a message waits for its meaning (the caller's answer); later, it is ignored."""

WINDOW_LIMIT = 2000
"""Characters of a window the embedding reads (tier 2's `MAX_TEXT`, which cuts from the
start: `window_text` drops the oldest messages first so the newest is always read)."""


@dataclass(frozen=True, slots=True)
class Meaning:
    """Margins past the meaning classifiers' thresholds for one message (logit units).

    `grooming`: like a groomer's message; `child`: like a declared adult writing as a
    child; `adult`: like a declared minor writing as an adult. Only the margin the guard
    asked for is read; `-inf` means "no opinion"."""

    grooming: float = float("-inf")
    child: float = float("-inf")
    adult: float = float("-inf")


def window_text(texts: Sequence[str], size: int, limit: int = WINDOW_LIMIT) -> str:
    """What a windowed meaning model embeds for a message (round 11): the writer's last
    `size` messages in the conversation, oldest first, the message itself last, one a
    line; `texts` are the writer's messages there up to and including it. Older messages
    are dropped while the window is longer than `limit` characters; a single message longer
    than that is cut to its first `limit`. With `size` 1 it is the message itself."""
    if size < 1:
        raise ValueError(f"a window of {size} messages")
    kept = list(texts[-size:])
    while len(kept) > 1 and sum(len(t) for t in kept) + len(kept) - 1 > limit:
        kept.pop(0)
    return "\n".join(kept)[:limit]
