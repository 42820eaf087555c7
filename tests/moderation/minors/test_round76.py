"""Round 76: batch bz (volunteering and associations), a thirty-first theme's one-detail age
lies. More of the two concepts (`c.minor_only`, `a.adult_only`), each wording beside a
look-alike; paraphrased, not copied from the batch."""

import pytest

from .conftest import adult_rules, child_rules


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("j'ai pas de portable à moi, j'utilise celui de ma mère", True),
        ("faut que je demande à maman si elle veut bien que je reste", True),
        ("je demande à ma prof si je peux rater le cours de lundi", True),
        ("c'est mamie qui garde mes sous", True),
        # look-alikes: a grown-up's side of the same
        ("j'ai pas de portable pro, j'utilise le mien", False),
        ("demande à papa s'il veut bien te prêter la voiture", False),
        ("je demande à mon chef si je peux partir plus tôt", False),
        ("c'est ma banque qui garde mes économies", False),
    ],
)
def test_what_only_a_minor_lives_round_76(text: str, counted: bool) -> None:
    assert ("c.minor_only" in child_rules(text, 20)) is counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("j'ai pris un congé sans solde pour le festival", True),
        ("je l'ai connu quand jetais etudiant a la fac", True),
        ("je suis allé là-bas pendant mon erasmus", True),
        # look-alikes: a teen's side of the same
        ("mon père a pris un congé sans solde", False),
        ("ma sœur a fait son erasmus à Madrid", False),
        ("quand j'étais en 6e on y allait", False),
    ],
)
def test_what_only_an_adult_lives_round_76(text: str, counted: bool) -> None:
    assert ("a.adult_only" in adult_rules(text, 16)) is counted
