"""Round 63: batch bm (hobbies and culture), a twentieth theme's one-detail age lies. More of
the two concepts (`c.minor_only`, `a.adult_only`), each wording beside a look-alike;
paraphrased, not copied from the batch."""

import pytest

from .conftest import adult_rules, child_rules


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("je dois jouer un menuet devant tous les parents", True),
        ("mon père m'a inscrite au stage de poterie", True),
        ("ma mère m'inscrit à l'atelier de BD chaque été", True),
        ("my dad says only if he drives us", True),
        ("my mom still has to sign my permission slip", True),
        ("j'ai eu un vélo pour ma profession de foi l'an dernier", True),
        ("they wouldn't let me in for the 12+ film", True),
        ("je vais à l'atelier théâtre pour les 9-13 ans", True),
        ("papa me dépose au solfège le samedi", True),
        ("je suis en 8e année de base", True),
        ("la prof d'arts plastiques nous a donné un exposé", True),
        ("mon costume pour le défilé des enfants est prêt", True),
        ("j'ai fait le tournoi des minimes", True),
        ("maman me fait réviser tous les soirs", True),
        ("je passe le bem en juin", True),
        ("je dois demander à la maîtresse si je peux partir", True),
        # look-alikes: a parent's, teacher's or grown-up's side of the same
        ("mon fils doit jouer devant tous les parents", False),
        ("j'ai inscrit ma fille au stage de poterie", False),
        ("i'll go only if my sister comes", False),
        ("i have to sign my son's permission slip", False),
        ("la profession de foi de mon neveu l'an dernier", False),
        ("j'emmène mon fils à l'atelier pour les 9-13 ans", False),
        ("je dépose ma fille au solfège", False),
        ("mes élèves passent le bem", False),
        ("je fais réviser mon fils tous les soirs", False),
        # review mend: a grown-up's side of the same
        ("my boss still has to sign my form", False),
        ("je dois demander à la maîtresse si je peux venir chercher mon fils", False),
        ("j'ai eu une bible pour ma confirmation cette année", False),
        ("my mom says only if it's not raining", False),
        ("we had to fill out a worksheet at the training", False),
    ],
)
def test_what_only_a_minor_lives_round_63(text: str, counted: bool) -> None:
    assert ("c.minor_only" in child_rules(text, 20)) is counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("j'ai eu des places via le comité d'entreprise", True),
        ("faut que je trouve une nounou pour samedi", True),
        ("on est allés à Venise pour notre voyage de noces", True),
        ("i sang at my own wedding", True),
        # look-alikes: a teen's side of the same
        ("ma mère a eu des places via son comité d'entreprise", False),
        ("on a eu des places avec le cse de ma mère", False),
        ("je fais du baby-sitting samedi", False),
        ("mes parents sont allés à Venise pendant leur voyage de noces", False),
        ("i sang at my cousin's wedding", False),
    ],
)
def test_what_only_an_adult_lives_round_63(text: str, counted: bool) -> None:
    assert ("a.adult_only" in adult_rules(text, 16)) is counted
