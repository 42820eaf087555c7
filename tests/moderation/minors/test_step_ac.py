"""Step AC (forty-second sitting): in private, a question naming a child by age and role ("le
grand de 13 ans fait ses devoirs quand ?") or asking after "les enfants" opens the declared
adult recipient's frame, as "ton fils" does: the school talk that answers is that child's."""

from causette.moderation.minors import SignalKind

from .conftest import replay_dm

ANSWER = [
    ("B", "le matin à 6h avant l'école, c'est frais"),
    ("B", "je dois finir mes devoirs avant l'école demain matin"),
]


def test_an_answer_about_the_grandchild_is_the_grandchilds() -> None:
    turns = [("A", "c'est bien. le grand de 13 ans fait ses devoirs quand ?"), *ANSWER]
    assert replay_dm(turns, {"A": 63, "B": 36}) == set()


def test_an_answer_about_the_children_is_theirs() -> None:
    turns = [("A", "les enfants ont bien dormi avec la chaleur ?"), *ANSWER]
    assert replay_dm(turns, {"A": 63, "B": 36}) == set()


def test_the_same_talk_with_no_child_named_is_the_writers() -> None:
    turns = [("A", "tu fais tes devoirs quand ?"), *ANSWER]
    assert (SignalKind.AGE_LIE_ADULT, "B") in replay_dm(turns, {"A": 63, "B": 36})


def test_a_child_named_without_a_question_opens_nothing() -> None:
    turns = [("A", "le grand de 13 ans fait ses devoirs le soir"), *ANSWER]
    assert (SignalKind.AGE_LIE_ADULT, "B") in replay_dm(turns, {"A": 63, "B": 36})
