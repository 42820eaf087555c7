"""Step F (fortieth sitting): pushing past a refusal (`g.insist`) in private, between two
declared teens. Paraphrased conversations, not copied from the corpus."""

import pytest

from causette.moderation.minors import SignalKind
from causette.moderation.minors.fold import fold
from causette.moderation.minors.insist import presses, refuses

from .conftest import Chat, replay_dm

TEENS = {"A": 16, "B": 15}


@pytest.mark.parametrize(
    ("text", "refusal"),
    [
        ("nn", True),
        ("j'aime pas trop donner mon adresse", True),
        ("je préfère pas", True),
        ("hmmm", True),
        ("ok pas de souci", False),
        ("nickel, à demain", False),
        ("n'hésite pas à me dire", False),
        ("n'importe quoi mdr", False),
    ],
)
def test_refusals_are_read(text: str, refusal: bool) -> None:
    assert refuses(fold(text).plain) is refusal


@pytest.mark.parametrize(
    ("text", "pressing"),
    [
        ("je comprends mais donne juste le quartier", True),
        ("c'est rien, t'es trop timide", True),
        ("ok d'accord", False),
        ("pas de souci, une autre fois", False),
    ],
)
def test_pressing_is_read(text: str, pressing: bool) -> None:
    assert presses(fold(text).plain) is pressing


def test_pressing_on_after_a_refusal_holds_the_pair() -> None:
    turns = [
        ("A", "tu habites vers où ? moi je suis à Bondy"),
        ("B", "moi aussi"),
        ("A", "c'est quoi ta rue ? je passe devant tous les jours"),
        ("B", "j'aime pas trop donner mon adresse"),
        ("A", "je comprends mais donne juste le quartier. et tu dis rien à ta sœur"),
    ]
    assert (SignalKind.GROOMING, "A") in replay_dm(turns, TEENS)


def test_taking_no_for_an_answer_does_not() -> None:
    turns = [
        ("A", "tu habites vers où ? moi je suis à Bondy"),
        ("B", "moi aussi"),
        ("A", "c'est quoi ta rue ? je passe devant tous les jours"),
        ("B", "j'aime pas trop donner mon adresse"),
        ("A", "ok pas de souci. et tu dis rien à ta sœur"),
    ]
    assert (SignalKind.GROOMING, "A") not in replay_dm(turns, TEENS)


@pytest.mark.parametrize(("between", "counted"), [(0, True), (1, True), (2, False)])
def test_pressing_counts_only_in_the_next_two_messages(
    chat: Chat, between: int, counted: bool
) -> None:
    turns = [("A", "c'est quoi ta rue ?"), ("B", "nn")]
    turns += [("A", "bon ok")] * between + [("A", "allez juste le quartier")]
    for who, text in turns:
        other = "B" if who == "A" else "A"
        chat.dm(who, TEENS[who], other, TEENS[other], text)
        chat.clock.tick()
    pair = chat.guard._pairs.get(("A", "B"), chat.clock.now)
    assert pair is not None
    assert ("g.insist" in pair.state.hits) is counted
