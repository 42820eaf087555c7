"""Step L (fortieth sitting): in private, a bare « toute seule ? » is the alone question; the
same words without the question mark are an answer. Paraphrased, not copied from the corpus."""

import pytest

from causette.moderation.minors import SignalKind

from .conftest import Chat, replay_dm

TEENS = {"A": 17, "B": 15}


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("toute seule ?", True),
        ("et t'es seule ?", True),
        ("tout seul?", True),
        ("toute seule", False),
        ("je suis toute seule ?", False),
    ],
)
def test_a_bare_alone_question(chat: Chat, text: str, asked: bool) -> None:
    chat.dm("A", 17, "B", 15, "tu fais quoi mercredi ?")
    chat.clock.tick()
    chat.dm("A", 17, "B", 15, text)
    pair = chat.guard._pairs.get(("A", "B"), chat.clock.now)
    hits = set() if pair is None else set(pair.state.hits)
    assert ("g.alone_question" in hits) is asked


def test_alone_asked_then_a_visit_holds_the_pair() -> None:
    turns = [
        ("A", "tu fais quoi le mercredi aprem ?"),
        ("B", "rien je suis chez moi"),
        ("A", "toute seule ?"),
        ("B", "oui mes parents bossent"),
        ("A", "on pourrait se voir chez toi du coup"),
    ]
    assert (SignalKind.GROOMING, "A") in replay_dm(turns, TEENS)
