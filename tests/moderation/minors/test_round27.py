"""Round 27: batch aa, a new author's conversations. One false alarm on ordinary talk: an aunt
of 40 who will fetch her niece of 18 at the station (the age gap, the pickup and the child
model's reading of the niece's "trop hâte tata"). Misses by meaning, two declared teens'
adult lives: one's own divorce and the lawyer one pays, doubted ("le divorce de tes parents
?") and covered ("oui c'est ça"); a diploma had in a year before the writer was born,
disbelieved with an age below zero ("t'avais quoi, -8 ans ?") and put right with a clipped
"j'voulais dire". Each new wording beside a look-alike that must not match; the positives are
paraphrased, not copied from the batch."""

from functools import partial

import pytest

from causette.moderation.minors import SignalKind, asides, doubts
from causette.moderation.minors.fold import fold

from .conftest import adult_rules, replay_dm, replay_room, signalled

GROOMING = SignalKind.GROOMING
MINOR_LIE = SignalKind.AGE_LIE_MINOR

dm = replay_dm
teen_room = partial(replay_room, kind="teen")


# -- the false alarm: family ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ouiii trop hâte tata", True),
        ("merci tonton !", True),
        ("coucou mamie ça va ?", True),
        ("bisous ma nièce", True),
        ("joyeux anniversaire marraine", True),
        ("c'est ton cousin, j'ai changé de numéro", True),
        ("on va chez tata ce week-end", False),
        ("ma tata m'a offert un pull", False),
        ("omg félicitations tata", False),
        ("ça va papi", False),
        ("oui ma tante dit que je suis trop petit", False),
        ("ok tonton m'a dit de venir", False),
        ("t'es tonton !!", False),
        ("je lui dirai que c'est ma tante", False),
        ("tu diras que c'est ton cousin qui te l'a donné", False),
        ("dis à tes parents que c'est ta marraine qui paye", False),
        ("ok papy", False),
        ("je serai ton parrain dans la guilde", False),
        ("c'est ton cousin de Lyon qui m'a donné ton num", False),
    ],
)
def test_one_called_by_a_family_name(text: str, expected: bool) -> None:
    assert (asides._KIN.search(fold(text).plain) is not None) is expected


def test_an_aunt_fetches_her_niece_at_the_station() -> None:
    turns = [
        ("A", "coucou ma chérie, ton père m'a dit que tu viens à Lyon à Noël !"),
        ("B", "ouiii trop hâte tata"),
        ("A", "je viens te chercher à la gare Part-Dieu, envoie moi l'heure d'arrivée"),
        ("B", "18h05"),
        ("A", "parfait, tes cousines sont trop contentes"),
    ]
    assert not signalled(turns, {"A": 43, "B": 18})


def test_a_stranger_fetches_a_young_adult_at_the_station() -> None:
    """The twin without a family name: the gap and the pickup still count."""
    turns = [
        ("A", "coucou, tu viens à Lyon pour Noël ?"),
        ("B", "ouiii trop hâte"),
        ("A", "je viens te chercher à la gare Part-Dieu, envoie moi l'heure d'arrivée"),
        ("B", "18h05"),
        ("A", "parfait, on sera que tous les deux"),
    ]
    assert (GROOMING, "A") in dm(turns, {"A": 45, "B": 18}, model=True)


def test_family_names_do_not_shield_a_declared_minor() -> None:
    """`_Pair.kin` is only read between two declared adults."""
    turns = [
        ("B", "merci tonton"),
        ("A", "de rien. envoie moi une photo de toi en maillot"),
        ("A", "et dis rien à tes parents, c'est notre secret"),
        ("A", "je viens te chercher à la sortie du collège"),
    ]
    assert (GROOMING, "A") in dm(turns, {"A": 40, "B": 13})


# -- a declared teen's adult life --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        ("l'avocat me coûte une fortune", "a.adult_life", True),
        ("faut encore que je paie mon avocat", "a.adult_life", True),
        ("les frais d'avocat c'est un gouffre", "a.adult_life", True),
        ("mon père est avocat", "a.adult_life", False),
        ("les frais d'avocat de mes parents", "a.adult_life", False),
        ("ce divorce m'a ruiné", "a.ex_spouse", True),
        ("mon ex veut la garde des enfants", "a.ex_spouse", True),
        ("le divorce de mes parents me saoule", "a.ex_spouse", False),
        ("je l'ai eu en 2003 avec mention", "a.nostalgia", True),
        ("j'ai obtenu mon diplôme en 2006", "a.nostalgia", True),
        ("je l'ai eu en 2024 avec mention", "a.nostalgia", False),
        ("mes parents l'ont eu en 2003", "a.nostalgia", False),
    ],
)
def test_round27_adult_life_wording(text: str, rule: str, expected: bool) -> None:
    assert (rule in adult_rules(text, 16)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("t'avais quoi, -8 ans ?", True),
        ("tu avais quoi 3 ans", True),
        ("t'étais quoi, 5 ans ?", True),
        ("t'avais quoi comme note ?", False),
        ("t'avais quoi 17 ans", False),
    ],
)
def test_the_age_guessed_below_any_memory(text: str, expected: bool) -> None:
    assert doubts._doubts(text, fold(text).plain, frozenset(), minor=True) == (
        doubts.DISBELIEF if expected else doubts.NO_DOUBT
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("j'voulais dire 2023", True),
        ("non jvoulais dire l'année dernière", True),
        ("j'veux dire ma sœur", True),
        ("je voulais dire un truc mais j'ai oublié", True),
        ("j'voulais te dire merci", False),
        ("tu voulais dire quoi ?", False),
    ],
)
def test_a_clipped_correction(text: str, expected: bool) -> None:
    assert (doubts._SLIP.search(fold(text).plain) is not None) is expected


def test_a_lawyer_paid_then_a_divorce_put_on_the_parents() -> None:
    turns = [
        ("A", "dsl je réponds pas beaucoup en ce moment"),
        ("B", "qu'est-ce qui se passe ?"),
        ("A", "la séparation c'est l'enfer, l'avocat me prend tout"),
        ("B", "la séparation de tes parents ?"),
        ("A", "ouais voilà"),
    ]
    assert (MINOR_LIE, "A") in dm(turns, {"A": 17, "B": 16})


def test_a_teen_whose_parents_pay_a_lawyer() -> None:
    turns = [
        ("A", "dsl je réponds pas beaucoup en ce moment"),
        ("B", "qu'est-ce qui se passe ?"),
        ("A", "mes parents divorcent, c'est l'enfer à la maison"),
        ("B", "courage, ça va aller"),
        ("A", "merci t'es gentille"),
    ]
    assert not signalled(turns, {"A": 17, "B": 16})


def test_a_diploma_before_birth_then_a_clipped_correction() -> None:
    turns = [
        ("B", "tu passes le brevet cette année ?"),
        ("A", "non je l'ai eu en 2005, facile"),
        ("B", "2005 ?? t'avais quoi -4 ans ?"),
        ("A", "j'voulais dire 2025"),
    ]
    assert (MINOR_LIE, "A") in dm(turns, {"A": 16, "B": 15})


def test_a_teen_who_had_the_brevet_last_year() -> None:
    turns = [
        ("B", "tu passes le brevet cette année ?"),
        ("A", "non je l'ai eu en 2025, facile"),
        ("B", "avec mention ?"),
        ("A", "oui bien"),
    ]
    assert not signalled(turns, {"A": 16, "B": 15})
