"""The `re` searches an ordinary private message costs (issue 7: S4's budget per DM).

Every rule table and lexicon group is prefiltered by Hyperscan (moderation/superset.py):
an ordinary message is searched with `re` only by a few cheap character-class checks.
A rule, lexicon group or standalone pattern that a sitting or a round adds outside the
prefilter (or that Hyperscan refuses) is searched in every message, and S4 pays for it
(seventeenth and eighteenth sittings: 5 to 28 µs a message each); this test names it.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

import pytest

from causette.domain import text as domain_text
from causette.domain.profile import AgeBand
from causette.moderation import normalize, superset
from causette.moderation.engine import Engine
from causette.moderation.minors import ages
from causette.moderation.minors import rules as minors_rules
from causette.moderation.minors.guard import MinorsGuard
from causette.moderation.spam import SpamGuard
from causette.moderation.verdict import Context, TextKind

# What the bench's load generator sends (`bench.loadgen.make_text`): a fresh stamp, then
# the same filler; and plain greetings.
ORDINARY = [
    "t=1796454915238558238| salut à toutes et à tous, belle journée sur le salon du banc"
    " d'essai salu",
    "coucou ça va ? il fait super beau ici, je sors me balader",
    "hello everyone, nice to meet you all",
]

# Cheap checks every message may run: one character class each.
CHEAP = {
    domain_text._REFUSED.pattern,  # control and bidi characters refused at the door
    normalize._EMOJI_NOISE.pattern,  # variation selectors and skin tones dropped
    normalize._NOT_FAST.pattern,  # whether the slow normalisation is needed
    ages._DIGIT.pattern,  # whether the message holds a number
    minors_rules._PHONE.pattern,  # gated on "0" or "+": the stamp's digits let it through
}


@contextmanager
def searched() -> Iterator[set[str]]:
    """The source of every `re.Pattern` whose methods run inside the block."""
    seen: set[str] = set()

    def hook(frame: FrameType, event: str, arg: object) -> None:
        owner = getattr(arg, "__self__", None)
        if event == "c_call" and isinstance(owner, re.Pattern):
            seen.add(str(owner.pattern))

    sys.setprofile(hook)
    try:
        yield seen
    finally:
        sys.setprofile(None)


def test_an_ordinary_private_message_runs_only_cheap_searches() -> None:
    if superset._hyperscan() is None:
        pytest.skip("Hyperscan prefilters the rules; without it every rule is searched")
    engine = Engine.default()
    guard = MinorsGuard()
    spam = SpamGuard()
    ctx = Context(TextKind.PRIVATE_MESSAGE, sender_band=AgeBand.ADULT, recipient_band=AgeBand.ADULT)

    def send(text: str, now: float) -> None:
        checked = domain_text.validate_text(text, 2000)
        engine.check_fast(checked, ctx)
        spam.check("a", "dm:b", checked, now)
        guard.observe_dm(
            sender="a",
            sender_age=34,
            recipient="b",
            recipient_age=29,
            text=checked,
            ref=f"dm:{now}",
            now=now,
        )

    for i, text in enumerate(ORDINARY):
        send(text, 1000.0 + i)  # compiled databases, caches
    for i, text in enumerate(ORDINARY):
        with searched() as seen:
            send(text, 2000.0 + i)
        assert seen <= CHEAP, (text, sorted(seen - CHEAP))
