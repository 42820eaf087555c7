"""Round 74: batch bx (going out and night life), a twenty-ninth theme's one-detail age lies.
More of the two concepts (`c.minor_only`, `a.adult_only`), each wording beside a look-alike;
paraphrased, not copied from the batch."""

import pytest

from .conftest import adult_rules, child_rules


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("je peux pas jeudi, demain y a l'école", True),
        ("je dois rentrer avant que les réverbères s'allument", True),
        # look-alikes: a parent's or a grown-up's side of the same
        ("demain y a école pour les petits, on rentre tôt", False),
        ("les lampadaires s'allument à 17h en hiver", False),
    ],
)
def test_what_only_a_minor_lives_round_74(text: str, counted: bool) -> None:
    assert ("c.minor_only" in child_rules(text, 20)) is counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("pour sortir on a dû engager une gardienne", True),
        ("mon bal de promo c'était en 2004", True),
        ("mon CSE a des places pour le concert", True),
        ("j'ai fait la nuit à l'hôpital, je dors", True),
        # look-alikes: a teen's side of the same
        ("je fais la gardienne samedi pour les voisins", False),
        ("mon bal de promo c'est en juin", False),
        ("le CE de ma mère a des places", False),
        ("je suis en CE2 mdr non", False),
        ("j'ai passé la nuit à l'hôpital avec ma mère", False),
    ],
)
def test_what_only_an_adult_lives_round_74(text: str, counted: bool) -> None:
    assert ("a.adult_only" in adult_rules(text, 16)) is counted
