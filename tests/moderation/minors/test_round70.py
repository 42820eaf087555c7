"""Round 70: batch bt (faith, traditions and community life), a twenty-fifth theme's one-detail
age lies. More of the two concepts (`c.minor_only`, `a.adult_only`), each wording beside a
look-alike; paraphrased, not copied from the batch."""

import pytest

from .conftest import adult_rules, child_rules


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("j'étais louveteau l'année dernière", True),
        ("mon père préfère venir me chercher après", True),
        ("maman me tient la main dans la foule", True),
        ("mes parents doivent signer pour l'inscription au club", True),
        ("mon oncle m'a laissé tenir le micro pour la première fois", True),
        ("mon parrain me dépose au local", True),
        ("je dois rentrer avant 19h mes parents veulent", True),
        # look-alikes: a parent's, a leader's or a grown-up's side of the same
        ("j'étais louveteau il y a vingt ans", False),
        ("je préfère venir chercher mon fils", False),
        ("je tiens la main de ma fille dans la foule", False),
        ("je dois signer pour l'inscription de mon fils", False),
        ("ma mère m'a laissé conduire sa voiture pour la première fois", False),
        ("je dépose mon filleul au local", False),
        ("je dois rentrer avant 19h pour les enfants", False),
    ],
)
def test_what_only_a_minor_lives_round_70(text: str, counted: bool) -> None:
    assert ("c.minor_only" in child_rules(text, 20)) is counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("je finis mon boulot de nuit à 6h", True),
        ("j'ai posé 3 jours de congés", True),
        ("j'ai commencé à la fin des années 80", True),
        # look-alikes: a teen's side of the same
        ("ma mère a son boulot de nuit", False),
        ("mon père a pris des congés", False),
        ("les chansons de la fin des années 80", False),
    ],
)
def test_what_only_an_adult_lives_round_70(text: str, counted: bool) -> None:
    assert ("a.adult_only" in adult_rules(text, 16)) is counted
