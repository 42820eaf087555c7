"""Round 78: batch cb (making music), a thirty-third theme's one-detail age lies. More of the
two concepts (`c.minor_only`, `a.adult_only`), each wording beside a look-alike; paraphrased,
not copied from the batch."""

import pytest

from .conftest import adult_rules, child_rules


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("je vais demander la permission à maman d'abord", True),
        ("faut pas que je rate l'autobus jaune demain", True),
        ("moi je suis en standard 4 à Curepipe", True),
        ("ils me laissent pas y aller, je suis trop jeune qu'ils disent", True),
        ("lundi j'ai pas école, c'est férié", True),
        ("papi me ramène après la répète", True),
        ("c'est mon premier ramadan complet cette année", True),
        # look-alikes: a grown-up's side of the same
        ("je conduis l'autobus jaune le matin", False),
        ("mon fils est en standard 4", False),
        ("demande la permission à ton père", False),
        ("les enfants ont pas école lundi", False),
        ("je ramène mamie chez elle après la messe", False),
        ("mon premier ramadan loin de chez moi", False),
    ],
)
def test_what_only_a_minor_lives_round_78(text: str, counted: bool) -> None:
    assert ("c.minor_only" in child_rules(text, 20)) is counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("désolé j'étais en rendez-vous avec une cliente", True),
        ("ce soir j'ai la réunion des parents d'élèves", True),
        ("c'est l'anniversaire de ma plus vieille samedi", True),
        # look-alikes: a teen's side of the same
        ("ma mère a la réunion des parents d'élèves", False),
        ("ma plus vieille sœur a 20 ans", False),
        ("j'étais avec un client de mon oncle au garage", False),
    ],
)
def test_what_only_an_adult_lives_round_78(text: str, counted: bool) -> None:
    assert ("a.adult_only" in adult_rules(text, 16)) is counted
