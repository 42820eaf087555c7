"""Round 68: batch br (orientation, internships, jobs and careers), a twenty-third theme's
one-detail age lies. More of the two concepts (`c.minor_only`, `a.adult_only`), each wording
beside a look-alike; paraphrased, not copied from the batch."""

import pytest

from .conftest import adult_rules, child_rules


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("j'ai eu mon attestation du savoir nager en juin", True),
        ("je révise le brevet tout le week-end", True),
        ("maman me donne l'argent du bus le lundi", True),
        ("la CPE nous a punis pour rien", True),
        # look-alikes: a parent's, teacher's or grown-up's side of the same
        ("ma fille a eu son attestation du savoir nager", False),
        ("je fais réviser le brevet à mon fils", False),
        ("je donne l'argent du bus à ma fille", False),
        ("la CPE a puni mon fils", False),
    ],
)
def test_what_only_a_minor_lives_round_68(text: str, counted: bool) -> None:
    assert ("c.minor_only" in child_rules(text, 20)) is counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("mon chum et moi on a acheté un condo", True),
        ("ma femme et moi on a acheté une maison l'an dernier", True),
        # look-alikes: a teen's side of the same
        ("mon frère et sa blonde ont acheté un condo", False),
        ("mes parents ont acheté une maison", False),
    ],
)
def test_what_only_an_adult_lives_round_68(text: str, counted: bool) -> None:
    assert ("a.adult_only" in adult_rules(text, 16)) is counted
