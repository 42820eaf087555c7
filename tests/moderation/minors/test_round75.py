"""Round 75: batch by (beauty, hair, make-up, tattoos and body image), a thirtieth theme's
one-detail age lies. More of the two concepts (`c.minor_only`, `a.adult_only`), each wording
beside a look-alike; paraphrased, not copied from the batch."""

import pytest

from .conftest import adult_rules, child_rules


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("je peux pas prendre le bus toute seule", True),
        # look-alikes: someone else who may not, or a choice
        ("mon petit frère peut pas prendre le bus seul", False),
        ("je préfère pas prendre le taxi seule la nuit", False),
    ],
)
def test_what_only_a_minor_lives_round_75(text: str, counted: bool) -> None:
    assert ("c.minor_only" in child_rules(text, 20)) is counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("je dors mal depuis que je bosse de nuit", True),
        ("ma barbe ça fait dix ans... non, ma barbe ça fait 12 ans que je la garde", True),
        # look-alikes: a parent's night work, a beard of a few months or years
        ("ma mère dort le jour depuis qu'elle travaille de nuit", False),
        ("ma barbe ça fait 2 ans que je la laisse pousser", False),
        ("je travaille de nuit ce week-end au snack", False),
    ],
)
def test_what_only_an_adult_lives_round_75(text: str, counted: bool) -> None:
    assert ("a.adult_only" in adult_rules(text, 16)) is counted
