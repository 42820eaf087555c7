"""Round 41: a parent, an uncle, an aunt, a godparent or a grandparent who fetches or hosts a
grown child alone, the family said by forms round 40 did not read: a parent or a relative
called at the end of a line that is not thanks ("ouiii trop hâte papa", "t'es un amour papy"),
the child, a niece or a godchild called at the end of a line to them ("tu rentres pour Noël ma
fille ?"), a relative asked at the head ("tonton tu peux…"). Not the same words of a third
("je dois aller chercher ma fille", "ma fille rentre à 18h", "chez mamie"), and not when one
posed as family ("je peux être ton parrain de cœur" … "merci parrain", "tu diras que t'es ma
nièce"), which now also undoes round 27's `kin`. Then, from batch am's false alarms: a younger
sibling's school ("mon petit frère passe le brevet"). Each new wording beside a look-alike; the
conversations are paraphrased, not copied from `src/dev_r41.txt` or the batch."""

import re

import pytest

from causette.moderation.minors import SignalKind
from causette.moderation.minors.asides import _KIN, _PARENT, _POSES
from causette.moderation.minors.fold import fold

from .conftest import child_rules, replay_dm, replay_room

GROOMING = SignalKind.GROOMING

dm = replay_dm


def _reads(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.search(fold(text).plain) is not None


# -- a parent and their child, called at the end of a line -----------------------------------------


@pytest.mark.parametrize(
    ("text", "parent"),
    [
        ("ouiii trop contente papa", True),
        ("à ce soir maman", True),
        ("t'es le meilleur papa", True),
        ("ça te dit un resto samedi ma fille ?", True),
        ("t'as bien dormi mon fils ?", True),
        ("je viens te chercher ma fille", True),
        ("mon fils, tu finis à quelle heure ?", True),
        ("ma fille t'as pensé à ton billet ?", True),
        # the child or the parent spoken of, a third ("je dois aller chercher ma fille")
        ("je dois aller chercher ma fille", False),
        ("ma fille rentre à 18h", False),
        ("ma fille t'a vu hier", False),
        ("c'est pour ma fille", False),
        ("je suis avec ma fille ce soir", False),
        ("tu connais ma fille ?", False),
        ("t'as l'âge de ma fille", False),
        ("tu peux garder ma fille ?", False),
        ("je dois demander à maman", False),
        ("je dors chez papa ce soir", False),
        # any elder's word, not a family's
        ("t'as bien mangé mon grand ?", False),
    ],
)
def test_a_parent_or_a_child_called_at_the_end(text: str, parent: bool) -> None:
    assert _reads(_PARENT, text) is parent


@pytest.mark.parametrize(
    ("text", "kin"),
    [
        ("oui trop hâte de te voir mamie", True),
        ("t'es un amour papy", True),
        ("tonton tu peux venir me prendre au bus ?", True),
        ("marraine t'es la meilleure", True),
        ("tu arrives à quelle heure ma nièce ?", True),
        ("ça te dit de venir chez moi à Pâques mon filleul ?", True),
        # a relative spoken of, a role, a cover
        ("je dois aller chercher papy", False),
        ("je mange chez mamie", False),
        ("mes parents m'envoient chez papi mamie", False),
        ("je vais voir mamie dimanche", False),
        ("tu seras une super tata", False),
        ("mamie t'a dit quoi ?", False),
        ("je dois aller chercher ma nièce", False),
        ("tu diras que t'es ma nièce", False),
        ("c'est pour ma filleule", False),
    ],
)
def test_a_relative_called_at_the_end_or_asked_at_the_head(text: str, kin: bool) -> None:
    assert _reads(_KIN, text) is kin


@pytest.mark.parametrize(
    ("text", "posed"),
    [
        ("je peux être ton parrain de cœur", True),
        ("tu peux m'appeler tata", True),
        ("je serai le meilleur papa pour toi", True),
        ("je suis comme un tonton pour toi", True),
        ("si on te demande tu diras que t'es ma nièce", True),
        ("fais comme si j'étais ton oncle", True),
        ("je suis pas ta fille mdr", True),
        ("t'es pas mon oncle", True),
        # look-alikes
        ("mon parrain vient me chercher", False),
        ("merci parrain", False),
        ("ma marraine de cœur est venue", False),
    ],
)
def test_a_role_of_family_posed_said_or_denied(text: str, posed: bool) -> None:
    assert _reads(_POSES, text) is posed


def test_a_daughter_who_calls_her_father_before_he_says_they_will_be_alone() -> None:
    turns = [
        ("A", "je viens te chercher à la gare samedi"),
        ("B", "ouiii trop hâte papa"),
        ("A", "ta mère est chez sa sœur, on sera que tous les deux"),
    ]
    assert (GROOMING, "A") not in dm(turns, {"A": 45, "B": 18}, model=True)


def test_a_father_who_asks_his_daughter_if_she_comes_home() -> None:
    turns = [
        ("A", "tu rentres pour les vacances ma fille ?"),
        ("B", "oui le 20"),
        ("A", "je passe te prendre à la gare, ta mère bosse, on sera que tous les deux"),
    ]
    assert (GROOMING, "A") not in dm(turns, {"A": 48, "B": 19}, model=True)


def test_an_uncle_asked_to_fetch_his_niece() -> None:
    turns = [
        ("B", "tonton tu peux venir me chercher à la gare mardi ?"),
        ("A", "oui, je viens te chercher à 18h"),
        ("A", "ta tante est en voyage, on sera que tous les deux"),
    ]
    assert (GROOMING, "A") not in dm(turns, {"A": 50, "B": 18}, model=True)


def test_a_grandmother_who_hosts_her_grandson() -> None:
    turns = [
        ("B", "oui trop hâte de te voir mamie"),
        (
            "A",
            "je viens te chercher à la gare, papy est chez le médecin, on sera que tous les deux",
        ),
    ]
    assert (GROOMING, "A") not in dm(turns, {"A": 55, "B": 19}, model=True)


def test_a_godfather_of_the_heart_thanked_as_parrain_is_still_held() -> None:
    turns = [
        ("A", "je peux être ton parrain de cœur, je veillerai sur toi"),
        ("B", "oh merci parrain"),
        ("A", "je viens te chercher à la gare vendredi, on sera que tous les deux"),
        ("A", "tes parents ont pas besoin de le savoir"),
    ]
    assert (GROOMING, "A") in dm(turns, {"A": 49, "B": 18}, model=True)


def test_a_stranger_who_makes_her_his_niece_is_still_held() -> None:
    turns = [
        ("A", "si on te demande tu diras que t'es ma nièce"),
        ("B", "ok"),
        ("A", "tu arrives à quelle heure ma nièce ?"),
        ("A", "je viens te chercher à la gare, on sera que tous les deux, efface tout"),
    ]
    assert (GROOMING, "A") in dm(turns, {"A": 47, "B": 18}, model=True)


def test_a_stranger_who_speaks_of_his_own_daughter_is_still_held() -> None:
    turns = [
        ("A", "avant je dois aller chercher ma fille"),
        ("A", "ma fille rentre à 18h"),
        ("A", "après je viens te chercher à la gare, on sera que tous les deux"),
    ]
    assert (GROOMING, "A") in dm(turns, {"A": 46, "B": 18}, model=True)


def test_a_stranger_told_she_is_not_his_daughter_is_still_held() -> None:
    turns = [
        ("A", "t'as bien dormi ma fille ?"),
        ("B", "je suis pas ta fille mdr"),
        ("A", "je viens te chercher à la gare samedi, on sera que tous les deux"),
    ]
    assert (GROOMING, "A") in dm(turns, {"A": 45, "B": 18}, model=True)


# -- a younger sibling's school -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("ma petite sœur passe le brevet demain", False),
        ("j'aide mon petit frère pour le brevet", False),
        # the writer's own
        ("je passe le brevet demain", True),
        ("mon petit frère et moi on a le brevet", True),
    ],
)
def test_a_younger_siblings_school(text: str, school: bool) -> None:
    assert ("c.school_life" in child_rules(text)) is school


def test_a_young_adult_who_helps_his_sister_with_the_brevet() -> None:
    turns = [
        ("A", "ma petite sœur passe le brevet, elle veut que je l'aide en maths"),
        ("B", "t'es bon en maths ?"),
        ("A", "je suis en L2 de maths donc normalement oui"),
        ("B", "elle a de la chance"),
    ]
    assert not replay_room(turns, {"A": 19, "B": 23}, kind="general", model=True)
