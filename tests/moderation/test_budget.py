"""When tier 2 does not answer: the fast verdict, marked, except where a minor is involved."""

from __future__ import annotations

import pytest

from causette.domain.profile import AgeBand
from causette.domain.rooms import RoomKind
from causette.moderation.budget import Unanswered, without_tier2
from causette.moderation.verdict import ALLOW, Action, Context, TextKind, Verdict

ADULT, MINOR = AgeBand.ADULT, AgeBand.MINOR
HELD = Verdict(Action.REVIEW, categories=("drugs",), rules=("drugs.model",), scores={"drugs": 0.93})


@pytest.mark.parametrize("why", list(Unanswered))
def test_between_adults_the_fast_verdict_stands_marked(why: Unanswered) -> None:
    for ctx in (
        Context(TextKind.MESSAGE, RoomKind.GENERAL, ADULT),
        Context(TextKind.PRIVATE_MESSAGE, None, ADULT, ADULT),
        Context(TextKind.PSEUDONYM, None, ADULT),
    ):
        final = without_tier2(ALLOW, ctx, why)
        assert final is not None and final.action is Action.ALLOW
        assert final.scores == {f"tier2.{why.value}": 1.0}


@pytest.mark.parametrize(
    "ctx",
    [
        Context(TextKind.MESSAGE, RoomKind.TEEN, MINOR),
        Context(TextKind.PRIVATE_MESSAGE, None, MINOR, MINOR),
        Context(TextKind.PSEUDONYM, None, MINOR),
        Context(TextKind.ROOM_NAME, RoomKind.TEEN, MINOR),
    ],
)
def test_where_a_minor_is_involved_an_allowed_text_is_not_accepted(ctx: Context) -> None:
    assert without_tier2(ALLOW, ctx, Unanswered.TIMEOUT) is None


def test_a_text_the_fast_tiers_held_stays_held_with_its_scores() -> None:
    teen = Context(TextKind.MESSAGE, RoomKind.TEEN, MINOR)
    final = without_tier2(HELD, teen, Unanswered.BUSY)
    assert final is not None
    assert (final.action, final.rules) == (Action.REVIEW, ("drugs.model",))
    assert final.scores == {"drugs": 0.93, "tier2.busy": 1.0}
