"""Step AD (forty-third sitting): the apostrophe chat leaves out. "jai", "cest", "quon" are read
as "j ai", "c est", "qu on" in the second folded form (the SMS readings), so the rules written
against the elided forms read them; ambiguous words are left as they are."""

import pytest

from causette.moderation.minors.fold import fold, fold_python

from .conftest import adult_rules, child_rules


@pytest.mark.parametrize(
    ("text", "leet"),
    [
        ("jai 14 ans", "j ai 14 ans"),
        ("cest quon a cours", "c est qu on a cours"),
        ("mon frere mamene a lecole", "mon frere m amene a l ecole"),
        # words that are words: left as written
        ("ma soeur tes belle ta vu", "ma soeur tes bele ta vu"),
        ("le mont blanc est laid", "le mont blanc est laid"),
    ],
)
def test_elided_words_read_with_their_apostrophe(text: str, leet: str) -> None:
    assert fold(text).leet == leet
    assert fold_python(text).leet == leet  # the C path and the Python one agree
    assert fold(text).plain == fold_python(text).plain


def test_the_plain_form_keeps_what_was_written() -> None:
    assert fold("jai 14 ans").plain == "jai 14 ans"


def test_a_student_past_without_apostrophe_is_an_adult_cue() -> None:
    assert "a.aging" in adult_rules("quand jetais etudiant on faisait ca", 16)
    assert "a.aging" in adult_rules("quand j'étais étudiant on faisait ça", 16)


def test_a_child_cue_without_apostrophe() -> None:
    assert "c.minor_only" in child_rules("demain jai piscine avec lecole", 20)
