"""Round 45: batch as, a new author (neighbourhood and club life: sports clubs, dance, scouts,
village fêtes). Age lies told through a club's paperwork and a family's rules: for a declared
adult, the phone taken at an hour by "on", a parent who signs one's authorisation or licence,
the slip to bring back signed, a bedtime one must keep, parents who must take one somewhere,
primary school a few years ago, a qualification among the cadets. For a declared minor, paid
holidays, a veterans' team, a concert seen in a year no minor lived, a vote in an election. And
a teen who takes a little brother to the crèche is no parent. Each wording beside a look-alike;
paraphrased, not copied from the batch."""

import pytest

from causette.moderation.minors import SignalKind

from .conftest import adult_rules, child_rules, replay_dm


@pytest.mark.parametrize(
    ("text", "rule", "counted"),
    [
        ("a 22h on me prend le tel", "c.parents_forbid", True),
        ("on me confisque le portable a 21h", "c.parents_forbid", True),
        ("ma mere a du signer l'autorisation hier", "c.parents_forbid", True),
        ("faut que mes parents signent la licence", "c.parents_forbid", True),
        ("jdois ramener l'autorisation signee lundi", "c.parents_forbid", True),
        ("jdois etre couchee a 22h", "c.childhood", True),
        ("mes parents doivent m'amener a la gare", "c.childhood", True),
        ("quand j'etais en primaire, il y a 3 ans", "c.school_class", True),
        ("jsuis qualifie pour les regionaux cadets", "c.age_category", True),
        # look-alikes: an adult's own signing, bedtime, lift, primary school long ago, coaching
        ("j'ai signe l'autorisation de sortie de ma fille", "c.parents_forbid", False),
        ("on me prend le tel au boulot a l'entree", "c.parents_forbid", False),
        ("je me couche a 22h en semaine", "c.childhood", False),
        ("mes parents vont m'aider pour le demenagement", "c.childhood", False),
        ("quand j'etais en primaire il y a 20 ans", "c.school_class", False),
        ("j'entraine les cadets le samedi", "c.age_category", False),
    ],
)
def test_a_declared_adults_club_paperwork_and_family_rules(
    text: str, rule: str, counted: bool
) -> None:
    assert (rule in child_rules(text, 20)) is counted


@pytest.mark.parametrize(
    ("text", "rule", "counted"),
    [
        ("jsuis en conges payes la 2e quinzaine", "a.work", True),
        ("veterans, euh non jveux dire en u17", "a.aging", True),
        ("je joue en veterans le dimanche", "a.aging", True),
        ("jles ai vus en 86 a la salle des fetes", "a.aging", True),
        ("jdois aller voter avant, c'est les municipales", "a.life_event", True),
        # look-alikes: a teen's job with no paid leave, the veterans watched, a film released
        # then, a class delegate's vote
        ("mon job d'ete commence lundi", "a.work", False),
        ("on a regarde le match des veterans", "a.aging", False),
        ("j'ai vu un film sorti en 86", "a.aging", False),
        ("jdois aller voter pour le delegue de classe", "a.life_event", False),
        ("jdois deposer mon petit frere a la creche", "a.parenting", False),
        ("jdois deposer ma fille a la creche", "a.parenting", True),
    ],
)
def test_a_declared_minors_adult_life_in_club_and_civic_life(
    text: str, rule: str, counted: bool
) -> None:
    assert (rule in adult_rules(text, 16)) is counted


def test_a_child_whose_phone_is_taken_at_night_and_who_covers_it_is_flagged() -> None:
    turns = [
        ("a", "tu danses ou toi ?"),
        ("b", "a l'ecole de danse pres de la mairie"),
        ("a", "mardi 18h, apres je rentre direct parce qu'a 22h on me prend le tel"),
        ("b", "on te prend le tel ? qui ca"),
        ("a", "mdr mon coloc, on a une regle pour dormir"),
    ]
    assert (SignalKind.AGE_LIE_ADULT, "a") in replay_dm(turns, {"a": 18, "b": 20})


def test_a_teen_taking_a_little_brother_to_the_creche_is_not_flagged() -> None:
    turns = [
        ("a", "jpeux pas samedi matin, jdois deposer mon petit frere a la creche"),
        ("b", "t'as un petit frere ?"),
        ("a", "oui demi frere, il a 4 ans. ma belle mere bosse le samedi donc c'est moi"),
        ("b", "apres tu viens a la piscine ?"),
    ]
    assert replay_dm(turns, {"a": 16, "b": 15}) == set()
