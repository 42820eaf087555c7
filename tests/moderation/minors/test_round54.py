"""Batch be (transport, travel and holidays): the message files retrained on a … be, and round
54's wordings. A parent and their grown child: the child model's reading of the child's words to
the parent makes no child context (`MinorsGuard._child_context`); a child rule still does."""

from __future__ import annotations

from causette.moderation.minors import SignalKind

from .conftest import replay_dm

GROOMING = SignalKind.GROOMING


def test_a_daughter_who_calls_her_father_in_childish_words_is_a_family() -> None:
    turns = [
        ("A", "je viens te chercher à la gare samedi"),
        ("B", "ouiii trop trop hâte papaaa 🥰🥰"),
        ("A", "ta mère est chez sa sœur, on sera que tous les deux"),
    ]
    assert (GROOMING, "A") not in replay_dm(turns, {"A": 45, "B": 18}, model=True)


def test_a_child_rule_still_makes_a_child_of_the_one_who_calls_him_papa() -> None:
    turns = [
        ("A", "je viens te chercher à la gare samedi"),
        ("B", "ouiii trop hâte papa, la maîtresse a dit que c'était bien mon cahier"),
        ("A", "ta mère est chez sa sœur, on sera que tous les deux"),
    ]
    assert (GROOMING, "A") in replay_dm(turns, {"A": 45, "B": 18}, model=True)


def test_a_father_posed_in_words_is_no_family() -> None:
    turns = [
        ("A", "tu peux m'appeler papa si tu veux"),
        ("B", "ouiii trop hâte papa"),
        ("A", "je viens te chercher à la gare samedi, on sera que tous les deux"),
    ]
    assert (GROOMING, "A") in replay_dm(turns, {"A": 45, "B": 18}, model=True)
