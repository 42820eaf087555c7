"""Steps G and H (fortieth sitting): a listener's doubt asked without its question mark, and a
third person's foretold telling that is no advice to tell. Paraphrased, not copied."""

from functools import partial

import pytest

from causette.moderation.minors import SignalKind
from causette.moderation.minors.asides import _PROTECTS
from causette.moderation.minors.doubts import DOUBT, NO_DOUBT, _doubts
from causette.moderation.minors.fold import fold

from .conftest import replay_dm, replay_room

MINOR_LIE = SignalKind.AGE_LIE_MINOR
room = partial(replay_room, kind="teen")
TEEN_ROOM = {"A": 16, "B": 15, "C": 16}


@pytest.mark.parametrize(
    ("text", "doubt"),
    [
        ("quel bureau", DOUBT),
        ("c quoi ton bureau", DOUBT),
        ("hein ton patron", DOUBT),
        ("quel bureau ?", DOUBT),
        # not a question, or too long to be an echo, or no word of the cue echoed
        ("ok bureau", NO_DOUBT),
        ("quel bureau tu as pris pour ta chambre finalement", NO_DOUBT),
        ("quelle heure", NO_DOUBT),
    ],
)
def test_a_short_question_without_its_mark(text: str, doubt: int) -> None:
    words = frozenset({"bureau", "patron"})
    assert _doubts(text, fold(text).plain, words, minor=True) == doubt


def test_a_teen_s_adult_cue_doubted_without_a_mark_and_covered() -> None:
    turns = [
        ("A", "mon patron veut que je reste plus tard"),
        ("B", "hein ton patron"),
        ("A", "le gars de mon club"),
    ]
    assert (MINOR_LIE, "A") in room(turns, TEEN_ROOM)


def test_an_echo_that_is_no_question_is_no_doubt() -> None:
    turns = [
        ("A", "mon patron veut que je reste plus tard"),
        ("B", "relou ton patron"),
        ("A", "grave"),
    ]
    assert room(turns, TEEN_ROOM) == set()


@pytest.mark.parametrize(
    ("text", "advice"),
    [
        ("va tout raconter à ta mère", True),
        ("tu dois le dire à tes parents", True),
        ("on va le dire à ta mère ensemble", True),
        ("elle va tout raconter à ta mère", False),
        ("il va le dire à ton père", False),
    ],
)
def test_a_foretold_telling_is_no_advice(text: str, advice: bool) -> None:
    assert (_PROTECTS.search(fold(text).plain) is not None) is advice


def test_a_warning_with_guilt_holds_the_pair() -> None:
    turns = [
        ("A", "t'as dit à ta sœur qu'on se parlait ?"),
        ("B", "oui un peu"),
        ("A", "je t'avais dit de rien dire"),
        ("B", "elle est cool"),
        ("A", "elle va tout raconter à ta mère. si tu veux plus me parler dis-le"),
    ]
    assert (SignalKind.GROOMING, "A") in replay_dm(turns, {"A": 16, "B": 15})
