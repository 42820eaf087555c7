"""Round 12: age-lie told through daily life (batch k's misses, in general forms) and two
precision fixes: an adult's "depuis que j'ai 10 ans" (`rules` and `ages`), a class in a
reported question."""

from functools import partial

import pytest

from . import conftest
from .conftest import adult_rules

child_rules = partial(conftest.child_rules, age=20)  # a declared 20-year-old by default


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("mon père passe voir si j'ai fini mes exos", "c.parents_forbid"),
        ("mes parents disent que je peux aller au ciné que si ma soeur vient", "c.parents_forbid"),
        ("mes parents coupent internet à 21h", "c.parents_forbid"),
        ("ma tante me fait coucher tôt quand je dors chez elle", "c.parents_forbid"),
        ("ma soeur m'attend devant le collège", "c.childhood"),
        ("demain j'ai caté à 10h", "c.childhood"),
        ("faut que je révise ma dictée", "c.school_mine"),
        ("je me couche, y a école demain", "c.school_life"),
        ("on passe le permis piéton jeudi", "c.school_life"),
        ("faut que je change de collège à la rentrée", "c.school_life"),
        ("on joue chez les benjamins cette année", "c.age_category"),
    ],
)
def test_child_cues_of_round_12(text: str, rule: str) -> None:
    assert rule in child_rules(text)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("le prêt de la voiture est bientôt fini", "a.adult_life"),
        ("on a renégocié notre crédit", "a.adult_life"),
        ("je dois finir ma déclaration ce soir", "a.adult_life"),
        ("je suis conductrice de tram", "a.work"),
        ("cette semaine je suis d'équipe de nuit, en poste de nuit", "a.work"),
        ("j'ai une prise de sang pour surveiller mon taux de cholestérol", "a.aging"),
        ("il me faut des lunettes pour lire le journal", "a.aging"),
        ("quand j'étais en prépa on dormait pas", "a.aging"),
        ("ça fait déjà trente ans que je joue de la guitare", "a.nostalgia"),
        ("mon premier concert c'était en 1998", "a.nostalgia"),
        ("on fête nos 15 ans de mariage", "a.life_event"),
        ("cette semaine j'ai les gosses", "a.parenting"),
    ],
)
def test_adult_cues_of_round_12(text: str, rule: str) -> None:
    assert rule in adult_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "ça fait 20 ans que mes parents sont mariés",
        "ce soir j'ai les enfants des voisins en baby-sitting",
        "mon premier portable c'était en 2021",
        "le 20 ans de mariage de mes parents c'est samedi",
    ],
)
def test_teen_wording_read_as_no_adult_cue(text: str) -> None:
    assert not adult_rules(text) & {"a.nostalgia", "a.parenting", "a.life_event"}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("je collectionne les cartes depuis que j'ai 10 ans", "c.self_age"),
        ("les élèves me demandent si je suis en 3e mdr", "c.school_class"),
    ],
)
def test_adult_wording_read_as_no_child_cue(text: str, rule: str) -> None:
    assert rule not in child_rules(text, age=30)


def test_when_a_habit_began_is_no_age() -> None:
    rules = child_rules("c'est ma collection depuis que j'ai 10 ans", age=31)
    assert not rules & {"c.self_age", "c.self_age_more"}
    assert "c.self_age_more" in child_rules("bientôt j'aurai 14 ans")


def test_a_child_age_and_class_are_still_read() -> None:
    assert "c.self_age" in child_rules("j'ai 13 ans")
    assert "c.school_class" in child_rules("je suis en 4e")
