"""Round 40: batch am, a new author (the online life of 15-25-year-olds beyond games: revision
groups, language exchange, drawing, support spaces, second-hand selling, scouting, driving
lessons). First (part 0), round 39's `_met_alone` no longer holds a parent who fetches or hosts
their grown child alone, said by the words a parent and a child say to each other ("coucou ma
fille", "mon fils, tu…", "merci papa", "ta mère et moi…"), unless one posed as a parent
("appelle-moi papa"), was told they are none ("t'es pas mon père") or hides it from the parents.
Then by meaning: a scouts' branch of children as one's own, and an age under 15 still to wait
for. Each new wording beside a look-alike; the conversations are paraphrased, not copied from
the batch or from `src/dev_r40.txt`."""

import pytest

from causette.moderation.minors import SignalKind
from causette.moderation.minors.asides import _PARENT, _POSES
from causette.moderation.minors.fold import fold

from .conftest import child_rules, replay_dm

GROOMING = SignalKind.GROOMING
ADULT_LIE = SignalKind.AGE_LIE_ADULT

dm = replay_dm


# -- part 0: a parent who fetches their grown child alone ----------------------------------------


@pytest.mark.parametrize(
    ("text", "parent"),
    [
        ("salut ma fille, tu arrives quand ?", True),
        ("mon fils tu as pris ton billet ?", True),
        ("d'accord merci maman", True),
        ("papa tu peux me récupérer au bus ?", True),
        ("ton père et moi on t'a fait un gâteau", True),
        # look-alikes: the child spoken of, a role asked, a secret kept from the other parent
        ("ma fille a 18 ans elle aussi", False),
        ("tu pourrais être ma fille", False),
        ("appelle moi papa", False),
        ("ta mère et moi c'est un secret", False),
        ("mon papa est malade", False),
    ],
)
def test_a_parents_words_to_their_child(text: str, parent: bool) -> None:
    assert (_PARENT.search(fold(text).plain) is not None) is parent


@pytest.mark.parametrize(
    ("text", "posed"),
    [
        ("tu peux m'appeler papa si tu veux", True),
        ("je suis un peu comme un père pour toi", True),
        ("je serai ton papa ce week-end", True),
        ("mdr t'es pas mon père", True),
        # look-alikes
        ("mon père vient me chercher", False),
        ("merci papa", False),
    ],
)
def test_a_role_of_parent_posed_or_denied(text: str, posed: bool) -> None:
    assert (_POSES.search(fold(text).plain) is not None) is posed


def test_a_father_fetches_his_daughter_of_18_alone() -> None:
    turns = [
        ("A", "coucou ma fille, tu rentres à quelle heure dimanche ?"),
        ("B", "vers 17h à la gare"),
        ("A", "je viens te chercher à la gare, ta mère sera chez ta tante"),
        ("B", "ok"),
        ("A", "super, on sera que tous les deux ce soir"),
    ]
    assert (GROOMING, "A") not in dm(turns, {"A": 46, "B": 18}, model=True)


def test_a_daughter_calls_her_mother_and_is_fetched() -> None:
    turns = [
        ("B", "maman tu peux venir me prendre à la gare vendredi ?"),
        ("A", "oui bien sûr, je passe te chercher à 19h"),
        ("A", "ton frère est en stage, on sera que tous les deux"),
        ("B", "ok merci maman"),
    ]
    assert (GROOMING, "A") not in dm(turns, {"A": 48, "B": 19}, model=True)


def test_a_stepfather_hosts_his_stepson_alone() -> None:
    turns = [
        ("A", "ta mère et moi on t'a installé le bureau dans ta chambre"),
        ("B", "trop cool"),
        ("A", "elle est en déplacement, on sera juste tous les deux la première semaine"),
        ("A", "je viens te chercher à l'aéroport samedi"),
    ]
    assert (GROOMING, "A") not in dm(turns, {"A": 51, "B": 18}, model=True)


def test_a_stranger_who_asks_to_be_called_papa_is_still_held() -> None:
    turns = [
        ("A", "tu peux m'appeler papa, je m'occuperai de toi"),
        ("B", "ok merci papa"),
        ("A", "je viens te chercher à la gare samedi"),
        ("A", "on sera que tous les deux"),
    ]
    assert (GROOMING, "A") in dm(turns, {"A": 47, "B": 18}, model=True)


def test_a_stranger_told_he_is_no_father_is_still_held() -> None:
    turns = [
        ("A", "salut ma fille, ça va ?"),
        ("B", "t'es pas mon père mdr"),
        ("A", "je viens te chercher à la gare samedi"),
        ("A", "on sera que tous les deux"),
    ]
    assert (GROOMING, "A") in dm(turns, {"A": 45, "B": 18}, model=True)


def test_a_parents_words_do_not_cover_a_secret_from_the_parents() -> None:
    turns = [
        ("A", "coucou ma fille 😘"),
        ("A", "je viens te chercher à la gare samedi"),
        ("A", "on sera que tous les deux, dis rien à tes parents"),
    ]
    assert (GROOMING, "A") in dm(turns, {"A": 45, "B": 18}, model=True)


# -- a scouts' branch of children, an age still to wait for --------------------------------------


@pytest.mark.parametrize(
    ("text", "child"),
    [
        ("je suis louvette depuis septembre", True),
        ("moi jeannette, et toi ?", True),
        ("chui encore louveteau", True),
        ("je suis cheftaine chez les louveteaux", False),
        ("j'étais louveteau quand j'étais petit", False),
        ("mon fils est louveteau", False),
    ],
)
def test_a_scouts_branch_of_children_as_ones_own(text: str, child: bool) -> None:
    assert ("c.age_category" in child_rules(text)) is child


@pytest.mark.parametrize(
    ("text", "child"),
    [
        ("je dois attendre d'avoir 13 ans pour passer", True),
        ("il faut que j'attende d'avoir 14 ans", True),
        ("faut que j'attende d'avoir 18 ans pour le permis", False),
        ("mon fils doit attendre d'avoir 14 ans", False),
    ],
)
def test_an_age_under_15_still_to_wait_for(text: str, child: bool) -> None:
    assert ("c.age_category" in child_rules(text)) is child


def test_a_declared_adult_who_is_a_cub_scout() -> None:
    turns = [
        ("A", "y a des scouts ici ?"),
        ("B", "moi je suis cheftaine chez les louvettes"),
        ("A", "trop bien je suis louvette aussi"),
        ("B", "t'as mis 18 ans pourtant"),
        ("A", "oups"),
    ]
    assert (ADULT_LIE, "A") in dm(turns, {"A": 18, "B": 27}, model=True)


def test_a_declared_adult_who_waits_to_be_14() -> None:
    turns = [
        ("A", "t'es dans quelle troupe ?"),
        ("B", "les pionniers de rennes"),
        ("A", "moi je dois attendre d'avoir 14 ans pour monter"),
        ("B", "mais t'as 19 ans ?"),
        ("A", "oups"),
    ]
    assert (ADULT_LIE, "A") in dm(turns, {"A": 19, "B": 19}, model=True)
