"""Round 39: batch al, a new author (city life for 15-25-year-olds: vocational school and
apprenticeships, transport, part-time jobs, older siblings, foster homes, clubs), read after the
grooming and child models were retrained on the whole dev split. First, two earlier tests that
the retrained models broke, made to hold by rules: a doubt owned by the lycée, whose answer the
child model now read as a child's (round 32), and a stranger 27 years older who fetches a
young adult at the station to be alone with her (round 27). Then by meaning: the two alone
said "tous les deux"; the cost of school supplies, a parent's worry; the nanny who fetches the
writer; years in a trade that a teen has not lived; a teacher at a lycée pro; the age said to
be let in; the declared age itself denied. Each new wording beside a look-alike; the
conversations are paraphrased, not copied from the batch."""

from functools import partial

import pytest

from causette.moderation.minors import SignalKind, doubts
from causette.moderation.minors.fold import fold

from .conftest import adult_rules, child_rules, grooming_rules, replay_dm, replay_room, signalled

GROOMING = SignalKind.GROOMING
MINOR_LIE = SignalKind.AGE_LIE_MINOR
ADULT_LIE = SignalKind.AGE_LIE_ADULT

dm = replay_dm
teen_room = partial(replay_room, kind="teen")


# -- part 0: a doubt owned, the answer not read by the band model ------------------------------


def test_a_young_adult_owns_the_doubt_by_terminale() -> None:
    turns = [
        ("A", "mon père a signé mon carnet de liaison hier"),
        ("B", "à 19 ans il signe encore ?"),
        ("A", "tant que je suis en terminale oui"),
        ("B", "la mienne ose même plus"),
        ("A", "c'est la règle du lycée, voilà"),
    ]
    assert not any(kind == ADULT_LIE for kind, _ in dm(turns, {"A": 19, "B": 19}, model=True))


def test_the_doubt_not_owned_still_counts() -> None:
    """The twin: an answer that does not own the doubt is read as before."""
    turns = [
        ("A", "mon père a signé mon carnet de liaison hier"),
        ("B", "à 19 ans il signe encore ?"),
        ("A", "tant que je suis au collège oui"),
    ]
    assert (ADULT_LIE, "A") in dm(turns, {"A": 19, "B": 19})


# -- the two alone, said "tous les deux" -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "isolation"),
    [
        ("parfait, on sera que tous les deux", True),
        ("on ira juste tous les deux au bord du lac", True),
        ("viens, rien que tous les deux ce soir", True),
        ("je vais vous bloquer tous les deux", False),
        ("on sera tous les deux au repas de noël", False),
        ("pourquoi que tous les deux ?", False),
        ("juste tous les deux mais ta sœur nous rejoint", False),
    ],
)
def test_round39_the_two_alone(text: str, isolation: bool) -> None:
    assert ("g.isolation" in grooming_rules(text)) is isolation


# -- a young adult met alone by one twenty years older -----------------------------------------

_FETCHED = [
    ("A", "alors tu montes à Paris pour le nouvel an ?"),
    ("B", "oui j'ai pris mon billet"),
    ("A", "je viens te récupérer à la gare de Lyon, tu me dis l'heure"),
    ("B", "20h40"),
]


def test_a_stranger_meets_a_young_adult_alone() -> None:
    turns = [*_FETCHED, ("A", "top, on sera juste tous les deux")]
    assert (GROOMING, "A") in dm(turns, {"A": 47, "B": 18})


@pytest.mark.parametrize(
    ("ages", "last"),
    [
        ({"A": 47, "B": 18}, "top, ta cousine est trop contente"),  # a pickup, no one alone
        ({"A": 30, "B": 18}, "top, on sera juste tous les deux"),  # a gap under 20 years
        ({"A": 47, "B": 24}, "top, on sera juste tous les deux"),  # no longer a young adult
    ],
)
def test_a_pickup_between_adults_without_the_whole(ages: dict[str, int], last: str) -> None:
    assert (GROOMING, "A") not in dm([*_FETCHED, ("A", last)], ages)


def test_family_alone_at_the_station_is_not_flagged() -> None:
    turns = [
        ("A", "coucou ma puce, tu montes à Paris pour le nouvel an ?"),
        ("B", "oui trop hâte tonton"),
        ("A", "je viens te récupérer à la gare de Lyon, tu me dis l'heure"),
        ("B", "20h40"),
        ("A", "top, on sera juste tous les deux, ta tante travaille"),
    ]
    assert (GROOMING, "A") not in dm(turns, {"A": 47, "B": 18})


# -- the cost of school supplies, a parent's worry ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("bon courage, les fournitures ça coûte", False),
        ("les fournitures c'est un budget chaque année", False),
        ("mes fournitures ça revient cher", False),
        ("on a acheté les fournitures avec ma mère", True),
        ("j'ai oublié mes fournitures de techno", True),
    ],
)
def test_round39_school_supplies_and_their_cost(text: str, school: bool) -> None:
    assert ("c.school_mine" in child_rules(text)) is school


def test_two_parents_on_the_back_to_school_bill() -> None:
    turns = [
        ("A", "mon grand entre en 6e et la petite en ce1, je suis déjà crevée"),
        ("B", "courage ! les fournitures ça coûte une fortune"),
        ("A", "120 euros chacun au moins"),
        ("B", "et la cantine ?"),
        ("A", "je dois encore remplir le dossier de la mairie"),
    ]
    assert not replay_room(turns, {"A": 36, "B": 31}, kind="general", model=True)


# -- the nanny who fetches the writer ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "parenting"),
    [
        ("la nounou vient me chercher à 16h30", False),
        ("la nounou me garde jusqu'à 19h", False),
        ("la nounou est malade, je pose ma journée", True),
        ("la nounou des petits part en vacances", True),
    ],
)
def test_round39_the_nanny_of_the_writer(text: str, parenting: bool) -> None:
    assert ("a.parenting" in adult_rules(text)) is parenting


def test_round39_the_nanny_who_fetches_is_a_child_cue() -> None:
    assert "c.childhood" in child_rules("la nounou vient me chercher à 16h30", age=22)


# -- years in a trade, more than a teen has lived ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("je suis cariste depuis 12 ans", True),
        ("j'ai été contrôleur 25 ans à la RATP", True),
        ("je suis livreuse depuis 8 ans", True),
        ("cdi chez Peugeot à Poissy depuis 2004", True),
        ("je suis fan de PNL depuis 5 ans", False),
        ("je fais du foot depuis 10 ans", False),
        ("mon père est cariste depuis 12 ans", False),
        ("ma sœur a été contrôleuse 25 ans", False),
    ],
)
def test_round39_years_in_a_trade(text: str, work: bool) -> None:
    assert ("a.work" in adult_rules(text)) is work


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("je suis prof dans un lycée pro, j'ai des copies à corriger", True),
        ("jsuis prof au collège", True),
        ("ma prof dans un lycée pro est cool", False),
        ("je suis au lycée pro en cap plomberie", False),
    ],
)
def test_round39_a_teacher_at_a_school(text: str, work: bool) -> None:
    assert ("a.work" in adult_rules(text)) is work


def test_a_declared_teen_who_drives_forklifts_for_years() -> None:
    turns = [
        ("A", "salut 15 ans"),
        ("B", "wsh"),
        ("A", "demain j'ai la visite pour mon chariot au dépôt"),
        ("B", "ton chariot ?"),
        ("A", "je suis cariste depuis 9 ans, le chariot élévateur"),
        ("B", "t'avais 6 ans ?"),
        ("A", "laisse tomber"),
    ]
    assert (MINOR_LIE, "A") in teen_room(turns, {"A": 15, "B": 16})


def test_a_declared_teen_who_teaches() -> None:
    turns = [
        ("A", "16 ans slt"),
        ("B", "yo"),
        ("A", "je suis prof dans un lycée pro, je rentre de conseil de classe"),
        ("B", "t'es prof à 16 ans ?"),
        ("A", "oui j'ai eu le concours tôt"),
    ]
    assert (MINOR_LIE, "A") in teen_room(turns, {"A": 16, "B": 16})


def test_a_teen_at_a_lycee_pro_is_not_flagged() -> None:
    turns = [
        ("A", "je suis au lycée pro en cap cuisine"),
        ("B", "trop bien, t'es en stage ?"),
        ("A", "oui dans un resto à Bercy, le chef est sympa"),
        ("B", "moi je cherche encore mon stage"),
    ]
    assert not any(kind == MINOR_LIE for kind, _ in teen_room(turns, {"A": 16, "B": 16}))


# -- the age said to be let in -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "admits"),
    [
        ("bah j'ai dit 18 pour m'inscrire", True),
        ("g dit 19 sinon on me laissait pas", True),
        ("j'ai marqué 20 ans pour créer mon compte", True),
        ("j'ai dit 19h pour le rdv", False),
        ("j'ai dit 20 pour le cadeau de Léa", False),
    ],
)
def test_round39_the_age_said_to_be_let_in(text: str, admits: bool) -> None:
    assert ("c.admits_lie" in child_rules(text)) is admits


# -- the declared age itself denied ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "disbelief"),
    [
        ("mdr t'as pas 16 ans", True),
        ("tu as pas 15 ans toi", True),
        ("si t'as pas 16 ans tu peux pas venir", False),
        ("t'as pas 16 ans et tu bosses ?", False),
        ("t'avais 6 ans ?", True),
        ("mdr tu avais 4 ans", True),
        ("t'avais 6 ans quand t'as déménagé ?", False),
    ],
)
def test_round39_the_declared_age_denied(text: str, disbelief: bool) -> None:
    assert (doubts._TOO_YOUNG.search(fold(text).plain) is not None) is disbelief


def test_a_declared_teen_on_a_permanent_contract_since_long() -> None:
    turns = [
        ("A", "slt 16 ans"),
        ("B", "yo tu fais quoi"),
        ("A", "cdi chez Peugeot à Poissy depuis 2004"),
        ("B", "mdr t'as pas 16 ans"),
        ("A", "si c'est l'expérience"),
    ]
    assert (MINOR_LIE, "A") in teen_room(turns, {"A": 16, "B": 15})


def test_a_lyceen_answers_his_doubt_without_a_signal() -> None:
    """The look-alike of the owned doubt: a declared 18-year-old's plain school life."""
    turns = [
        ("A", "le prof principal m'a convoqué"),
        ("B", "pourquoi ?"),
        ("A", "trop d'absences en terminale"),
    ]
    assert not signalled(turns, {"A": 18, "B": 18})
