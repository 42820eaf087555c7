"""Round 31: batch ad, a new author's hard ordinary conversations (teens of 15-17 among
themselves, adults who speak of their children and pupils, young adults of 18-19 still at the
lycée). Three false alarms: two young adults in terminale whose parents set the rules of the
house (the mock bac, "tant que j'habite chez lui", "18 ans et toujours au lycée" not read as
a young adult's life, which frames the parents' rules as an adult's, round 17); a teen who
hides a party from her own parents and asks her friend to say nothing (the secret is the
writer's own, like a crush confided, round 18). Misses by meaning: declared adults' child
lives (snack and homework after school, the mother who fetches one at 16h30, one's own school
trip, lights out said by a parent); declared teens' adult lives (one's own class in a year
long gone, one's own retirement counted in years). Each new wording beside a look-alike that
must not match; the conversations are paraphrased, not copied from the batch."""

from functools import partial

import pytest

from causette.moderation.minors import SignalKind

from .conftest import adult_rules, child_rules, replay_dm, replay_room, signalled

GROOMING = SignalKind.GROOMING
ADULT_LIE = SignalKind.AGE_LIE_ADULT
MINOR_LIE = SignalKind.AGE_LIE_MINOR

dm = replay_dm
room = partial(replay_room, kind="general")
teen_room = partial(replay_room, kind="teen")


# -- false alarms: a young adult's own lycée life ------------------------------------------


def test_two_young_adults_in_terminale_whose_parents_set_the_rules() -> None:
    turns = [
        ("A", "t'as fini le dm de physique ?"),
        ("B", "non mon père m'a coupé le wifi à minuit"),
        ("A", "t'as 18 ans et il te coupe encore le wifi ?"),
        ("B", "tant que je vis chez lui c'est lui qui décide"),
        ("A", "moi ma mère veut que je dorme avant minuit, c'est la semaine du bac blanc"),
        ("B", "bon elle a pas tort"),
        ("A", "on finit ça demain au cdi"),
    ]
    found = dm(turns, {"A": 18, "B": 18}, model=True)
    # her mock bac frames her mother's rule; B's wifi cut, before any frame, still counts
    assert (ADULT_LIE, "A") not in found


def test_a_young_adult_still_at_the_lycee_with_a_curfew() -> None:
    turns = [
        ("A", "qui passe le bac en juin ?"),
        ("B", "moi, 19 ans et toujours au lycée 😅"),
        ("C", "courage, ça passe vite"),
        ("B", "mes parents veulent que je sois rentrée à 22h en semaine"),
        ("A", "pareil pour moi"),
    ]
    assert not room(turns, {"A": 18, "B": 19, "C": 25}, model=True)


def test_the_same_curfew_without_the_lycee_said() -> None:
    """The twin: with no young adult's life said, the curfew stays a child's cue."""
    turns = [
        ("A", "qui passe le bac en juin ?"),
        ("B", "mes parents veulent que je sois rentrée à 20h en semaine"),
        ("C", "à 19 ans ?"),
        ("B", "et après goûter et devoirs je peux sortir le chien"),
    ]
    assert (ADULT_LIE, "B") in room(turns, {"A": 18, "B": 19, "C": 25})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tant que j'habite chez lui c'est ses règles", False),  # a child's cover too
        ("c'est la semaine du bac blanc", True),
        ("j'ai bac blanc demain", True),
        ("18 ans et toujours au lycée mdr", True),
        ("19 ans et encore en terminale", True),
        ("mes terminales sont en bac blanc", True),  # a teacher (round 23's frame)
        ("le bac blanc de mon frère", False),
        ("15 ans et toujours au collège", False),
        ("je vis chez lui le week-end", False),
    ],
)
def test_round31_young_adult_frame(text: str, expected: bool) -> None:
    """The frame drops a declared adult's parents' rule said in the same message."""
    rules = child_rules(f"{text}, et ma mère veut que je sois rentrée à 22h", 19)
    assert ("c.parents_forbid" not in rules) is expected


# -- false alarm: a secret kept from one's own parents --------------------------------------


def test_a_teen_hides_a_party_from_her_own_parents() -> None:
    turns = [
        ("A", "t'es seule ?"),
        ("B", "oui pourquoi"),
        ("A", "appelle moi, jdois te parler de la soirée d'Inès samedi"),
        ("B", "tu veux y aller ?"),
        ("A", "oui mais ma mère sait pas que c'est une soirée, dis rien si la tienne l'appelle"),
        ("B", "tkt"),
    ]
    assert not signalled(turns, {"A": 17, "B": 16})


def test_a_peer_groomer_hides_the_talk_itself() -> None:
    """The twin: what is hidden is the two's talk ("que je te parle"): still a secret asked."""
    turns = [
        ("A", "t'es seule ?"),
        ("B", "oui pourquoi"),
        ("A", "appelle-moi, faut que je te parle"),
        ("B", "de quoi"),
        ("A", "mes parents savent pas que je te parle, dis rien si ta mère demande"),
    ]
    assert (GROOMING, "A") in dm(turns, {"A": 17, "B": 14})


def test_an_adult_groomer_with_the_same_words() -> None:
    """The twin: the same party hidden, from an adult to a child of 13: still flagged."""
    turns = [
        ("A", "t'es seule ?"),
        ("B", "oui pourquoi"),
        ("A", "appelle-moi, faut que je te parle de samedi"),
        ("B", "la soirée ?"),
        ("A", "oui mais ma mère sait pas que c'est une soirée, dis rien si la tienne l'appelle"),
        ("A", "et efface nos messages"),
    ]
    assert (GROOMING, "A") in dm(turns, {"A": 34, "B": 13})


# -- misses: child and adult lives -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("après goûter et devoirs je suis dispo", True),
        ("ma mère vient me chercher à 16h30", True),
        ("je pars en classe de neige lundi", True),
        ("mon père dit extinction des feux à 21h", True),
        ("je pars en classe de neige avec mes CM2", False),
        ("je vais chercher ma mère à 16h30", False),
        ("au camping c'était extinction des feux à 22h", False),
    ],
)
def test_round31_child_wording(text: str, expected: bool) -> None:
    rules = child_rules(text, 20)
    assert bool(rules & {"c.childhood", "c.parents_forbid"}) is expected


@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        ("moi aussi j'en avais un, en CE2, en 1998", "a.nostalgia", True),
        ("moi en 6e en 2003 on avait des Nokia", "a.nostalgia", True),
        ("ma mère en avait un en CM1 en 1997", "a.nostalgia", False),
        ("moi en 6e en 2021 on avait des tablettes", "a.nostalgia", False),
        ("il vient de prendre sa retraite, moi dans 20 ans ce sera mon tour", "a.aging", True),
        ("il vient de prendre sa retraite, moi dans 50 ans ce sera mon tour", "a.aging", False),
    ],
)
def test_round31_adult_life_wording(text: str, rule: str, expected: bool) -> None:
    assert (rule in adult_rules(text, 16)) is expected


def test_a_declared_adult_fetched_after_school() -> None:
    turns = [
        ("B", "tu fais quoi dans la vie ?"),
        ("A", "je bosse. là ma mère vient me chercher à 16h30"),
        ("B", "elle vient te chercher au boulot ?"),
        ("A", "oui, et après goûter et devoirs"),
    ]
    assert (ADULT_LIE, "A") in dm(turns, {"A": 20, "B": 24})


def test_a_parent_who_fetches_her_child() -> None:
    """The twin: a parent whose son is fetched and does his homework after his snack."""
    turns = [
        ("B", "tu fais quoi ce soir ?"),
        ("A", "je vais chercher mon fils à 16h30, après son goûter il fait ses devoirs"),
        ("B", "courage"),
    ]
    assert not signalled(turns, {"A": 38, "B": 35})


def test_a_declared_teen_with_a_class_in_1997_and_a_retirement() -> None:
    turns = [
        ("C", "vous vous rappelez des pogs ?"),
        ("A", "moi j'en avais plein, en CM2, en 1996"),
        ("B", "1996 ? t'as 16 ans"),
        ("A", "mon père a pris sa retraite, moi dans 15 ans ce sera mon tour"),
    ]
    assert (MINOR_LIE, "A") in teen_room(turns, {"A": 16, "B": 15, "C": 16})


def test_a_teen_whose_father_retires() -> None:
    """The twin: a teen whose mother had pogs in 1996 and whose father retires."""
    turns = [
        ("C", "vous vous rappelez des pogs ?"),
        ("A", "ma mère en avait plein, en CM2, en 1996"),
        ("B", "trop vieux"),
        ("A", "et mon père prend sa retraite, il est trop content"),
    ]
    assert not teen_room(turns, {"A": 16, "B": 15, "C": 16}, model=True)
