"""The bench's pseudonyms and texts: unique, valid, and accepted by Causette's moderation."""

from __future__ import annotations

import re

from bench.loadgen import make_text
from bench.targets import pseudonym

from causette.domain.profile import AgeBand
from causette.domain.rooms import RoomKind
from causette.moderation.engine import Engine
from causette.moderation.verdict import Action, Context, TextKind

# Member indices the load generator uses: members, churn, history readers, room owner.
INDICES = [*range(3000), *range(5_000_000, 5_000_300), *range(9_000_000, 9_000_050), 10**7]


def test_pseudonyms_are_unique_and_valid_for_every_index_used() -> None:
    names = [pseudonym(i) for i in INDICES]
    assert len(set(names)) == len(names)
    assert all(re.fullmatch(r"[\w.\-]{3,20}", n) for n in names)
    assert all(re.fullmatch(r"[\w.\-]{3,20}", pseudonym(10**7, a)) for a in range(4))


def test_moderation_accepts_the_bench_pseudonyms() -> None:
    engine = Engine.default()
    ctx = Context(TextKind.PSEUDONYM, sender_band=AgeBand.ADULT)
    refused = [
        n for n in map(pseudonym, INDICES) if engine.check(n, ctx).action is not Action.ALLOW
    ]
    assert refused == []


def test_moderation_refuses_almost_none_of_the_bench_message_texts() -> None:
    # The send stamp is random digits, which the model holds now and then (about
    # 2 in 10,000 here); the load generator counts such refusals apart from reach.
    engine = Engine.default()
    room = Context(TextKind.MESSAGE, RoomKind.GENERAL, sender_band=AgeBand.ADULT)
    dm = Context(TextKind.MESSAGE, sender_band=AgeBand.ADULT, recipient_band=AgeBand.ADULT)
    texts = [make_text(96) for _ in range(500)]
    verdicts = [engine.check(t, c) for t in texts for c in (room, dm)]
    refused = [v.rules for v in verdicts if v.action is not Action.ALLOW]
    assert len(refused) <= 5
