"""Round 15: batch m's misses in general forms. Declared adults who write as children about
screens allowed on some days, a hidden controller, a grandparent who minds them, a loose
tooth, honours on their report card, a reading sheet, homework with a parent, no school on an
afternoon; declared teens who write as adults about working from home, HR, a rise, a car's
full tank, going to vote, aging joints. And two precisions: "la classe verte" alone is a
parent's too, the pupils' elections are no vote."""

import pytest

from causette.moderation.minors import MinorsGuard, SignalKind

from .conftest import Chat, adult_rules, child_rules, kinds


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("j'ai droit à la console seulement le week-end", "c.parents_forbid"),
        ("j'ai le droit aux écrans que quand j'ai fini", "c.parents_forbid"),
        ("mon père a caché la manette jusqu'à vendredi", "c.parents_forbid"),
        ("le mardi c'est papi qui me garde", "c.childhood"),
        ("ma dent de devant qui bouge trop", "c.childhood"),
        ("je vais la mettre sous mon oreiller", "c.childhood"),
        ("ma mère m'a dit de l'appeler dès que j'arrive", "c.childhood"),
        ("j'apprends ma poésie avec papa", "c.childhood"),
        ("je reste chez la voisine quand mes parents travaillent", "c.childhood"),
        ("si j'ai les encouragements j'ai un cadeau", "c.school_mine"),
        ("faut que je finisse ma fiche de lecture", "c.school_mine"),
        ("j'ai une rédaction à rendre lundi", "c.school_mine"),
        ("on part en classe verte en mai", "c.school_mine"),
        ("pour la première fois depuis que je suis rentré au collège", "c.school_mine"),
        ("demain j'ai pas école le matin", "c.school_life"),
        ("pyjama party chez ma cousine", "c.school_life"),
    ],
)
def test_child_wording_of_round_15(text: str, rule: str) -> None:
    assert rule in child_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "ma mère me garde les enfants mercredi",  # a grandmother minding the writer's children
        "j'ai eu les félicitations du jury pour mon mémoire",
        "elle doit finir sa fiche de lecture",
        "quand mes parents travaillaient on allait chez ma tante",
        "ma dent me fait mal depuis hier",
    ],
)
def test_grown_ups_wording_stays_clear(text: str) -> None:
    assert not child_rules(text, age=35) & {"c.childhood", "c.school_mine", "c.parents_forbid"}


def test_a_parent_packing_for_the_classe_verte_is_no_pupil() -> None:
    assert child_rules("je prépare la valise de la classe verte", age=36) <= {"c.school_life"}
    assert "c.school_mine" in child_rules("ma classe verte c'est la semaine prochaine")


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("j'étais en télétravail toute la semaine", "a.work"),
        ("ma journée de télétravail a été longue", "a.work"),
        ("j'ai rendez-vous avec la RH à 14h", "a.work"),
        ("j'ai demandé une augmentation", "a.work"),
        ("75 euros le plein, c'est du vol", "a.adult_life"),
        ("je suis allée voter avant le marché", "a.life_event"),
        ("je serai assesseur dimanche", "a.life_event"),
        ("je vote depuis des années au même endroit", "a.life_event"),
        ("à mon âge on cicatrise moins vite", "a.aging"),
        ("mes genoux grincent dans l'escalier", "a.aging"),
        ("le médecin dit que c'est l'usure", "a.aging"),
    ],
)
def test_adult_wording_of_round_15(text: str, rule: str) -> None:
    assert rule in adult_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "j'ai voté pour les élections du CVL",
        "j'ai voté pour les élections des délégués",
        "je vais voter pour le délégué demain",
        "10 euros le plein du scooter",
    ],
)
def test_teens_wording_stays_clear(text: str) -> None:
    assert not adult_rules(text) & {"a.life_event", "a.adult_life"}


def test_a_declared_adult_with_screen_days_and_a_hidden_controller_is_flagged() -> None:
    chat = Chat(MinorsGuard(use_model=False))
    chat.dm("a", 19, "b", 24, "j'ai droit à la tablette que le samedi")
    assert not chat.signals
    chat.dm("a", 19, "b", 24, "et hier ma mère a caché la manette")
    chat.dm("a", 19, "b", 24, "mamie me garde mercredi, elle est plus cool")
    assert (SignalKind.AGE_LIE_ADULT, "a") in kinds(chat)


def test_a_parent_on_screen_days_and_a_grandmother_minding_the_children_is_not_flagged() -> None:
    chat = Chat(MinorsGuard(use_model=False))
    chat.dm("a", 38, "b", 40, "chez nous les écrans c'est que le samedi")
    chat.dm("a", 38, "b", 40, "le mercredi ma mère garde les petits")
    chat.dm("a", 38, "b", 40, "j'ai caché la manette, il la cherche partout")
    assert chat.signals == []


def test_a_declared_teen_working_from_home_who_offers_a_gift_is_flagged_as_an_adult() -> None:
    chat = Chat(MinorsGuard(use_model=False))
    chat.dm("a", 16, "b", 15, "j'étais en télétravail, j'ai eu le temps de te chercher un cadeau")
    chat.dm("a", 16, "b", 15, "dis pas à tes parents que ça vient de moi")
    assert (SignalKind.GROOMING, "a") in kinds(chat)
    assert (SignalKind.AGE_LIE_MINOR, "a") in kinds(chat)


def test_a_teen_who_voted_for_the_pupils_council_is_not_flagged() -> None:
    chat = Chat(MinorsGuard(use_model=False))
    chat.dm("a", 16, "b", 17, "j'ai voté pour les élections du CVL ce matin")
    chat.dm("b", 17, "a", 16, "t'as voté pour qui")
    assert chat.signals == []
