"""Round 72: batch bv (DIY, repairs, gardening and handicrafts), a twenty-seventh theme's
one-detail age lies. More of the two concepts (`c.minor_only`, `a.adult_only`), each wording
beside a look-alike; paraphrased, not copied from the batch."""

import pytest

from .conftest import adult_rules, child_rules


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("la madame de la cantine nous a grondés", True),
        ("je vais demander de l'argent à papa pour la laine", True),
        ("en ACM on doit coudre un sac", True),
        ("j'ai une interro demain en maths", True),
        ("ma grande sœur doit m'accompagner au magasin", True),
        # look-alikes: a parent's or a grown-up's side of the same
        ("la dame de la garderie est très gentille", False),
        ("mon fils va demander des sous à sa maman", False),
        ("j'enseigne les ACM au collège", False),
        ("mes élèves ont un contrôle demain", False),
        ("je dois accompagner ma petite sœur au magasin", False),
    ],
)
def test_what_only_a_minor_lives_round_72(text: str, counted: bool) -> None:
    assert ("c.minor_only" in child_rules(text, 20)) is counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("après mon service civil j'ai bossé dans un atelier", True),
        ("on a fait la Grèce pour mon voyage de noces", True),
        # look-alikes: a teen's side of the same
        ("mon frère fait son service civil", False),
        ("le voyage de noces de ma cousine", False),
        ("je fais un service civique l'an prochain", False),
    ],
)
def test_what_only_an_adult_lives_round_72(text: str, counted: bool) -> None:
    assert ("a.adult_only" in adult_rules(text, 16)) is counted
