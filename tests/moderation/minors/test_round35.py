"""Round 35: batch ah, a new author (timetabled hobbies: sports clubs, music lessons, voice
games, summer jobs, driving lessons). Two false alarms: a teen brother sent by their mother to
fetch his sister at the pool, who tells her to tell their mother about a stranger; adults telling
at what ages their working life began, in order ("15 ans en stage, puis plonge à 17"). Misses
by meaning: a student's school bus doubted by the partner and put right ("euh je veux dire la
navette"), the child cue covered by the student life named minutes before; a collège canteen
put right at once into the university restaurant ("enfin du resto u"); a birthday waited for
on the parents' word ("mes parents disent d'attendre mes 15 ans"); a class given after the
school ("collège, 4e B"); the true age owned with an apology ("... 14. désolé"). Each new wording
beside a look-alike that must not match; the conversations are paraphrased, not copied from
the batch."""

from functools import partial

import pytest

from causette.moderation.minors import SignalKind
from causette.moderation.minors.asides import _KNOWN
from causette.moderation.minors.doubts import _RETRACTS, _SLIP
from causette.moderation.minors.fold import fold

from .conftest import child_rules, grooming_rules, replay_dm, replay_room, signalled

GROOMING = SignalKind.GROOMING
ADULT_LIE = SignalKind.AGE_LIE_ADULT

dm = replay_dm
general_room = partial(replay_room, kind="general")


# -- false alarms -----------------------------------------------------------------------------


def test_a_brother_sent_by_their_father_to_fetch_his_sister() -> None:
    turns = [
        ("B", "tu finis à quelle heure le judo ?"),
        ("A", "18h30 comme toujours"),
        ("B", "ok papa a dit que je passe te prendre"),
        ("A", "ok. un mec sur roblox me demande mon insta"),
        ("B", "tu lui réponds pas et tu le dis à papa ce soir ok ?"),
        ("A", "ouais"),
        ("B", "et après t'as quoi ?"),
        ("A", "exos de maths puis minecraft"),
    ]
    assert not signalled(turns, {"A": 14, "B": 17})


@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("maman a dit que je viens te chercher", True),
        ("papa m'a demandé de passer te prendre", True),
        ("tu le dis à maman d'accord ?", True),
        ("ma maman a dit que je viens te chercher", False),
        ("ta maman a dit que je viens te chercher", False),
        ("je viens te chercher", False),
    ],
)
def test_round35_a_parent_shared_sends_the_writer(text: str, known: bool) -> None:
    assert (_KNOWN.search(fold(text).plain) is not None) is known


def test_a_stranger_who_fetches_a_girl_in_secret_is_still_grooming() -> None:
    turns = [
        ("B", "tu finis à quelle heure le judo ?"),
        ("A", "18h30"),
        ("B", "je viens te chercher après, dis rien à ta mère"),
    ]
    assert (GROOMING, "B") in dm(turns, {"A": 14, "B": 17})


def test_adults_tell_the_ages_their_working_life_began() -> None:
    turns = [
        ("A", "vous avez eu votre premier job à quel âge ?"),
        ("B", "moi 16 ans en apprentissage, puis intérim à 19"),
        ("C", "moi 17 ans au mcdo, ensuite la fac à 18"),
        ("A", "moi plus tard, j'ai fait des études"),
        ("B", "et maintenant t'es dans quoi ?"),
        ("A", "compta, dans une pme"),
    ]
    assert not general_room(turns, {"A": 27, "B": 25, "C": 23}, model=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("moi 16 ans en apprentissage, puis intérim à 19", set()),
        ("moi 15 ans en stage, ensuite plonge à 17", set()),
        ("moi 15 ans et toi ?", {"c.self_age"}),
        ("moi 15 ans, je suis en seconde", {"c.self_age"}),
    ],
)
def test_round35_ages_told_in_order(text: str, expected: set[str]) -> None:
    assert child_rules(text) & {"c.self_age", "c.self_age_more", "c.self_age_bare"} == expected


# -- misses: declared adults ------------------------------------------------------------------


def test_a_students_school_bus_doubted_and_put_right() -> None:
    turns = [
        ("B", "tu fais quoi dans la vie ?"),
        ("A", "étudiante en fac de psycho"),
        ("B", "cool, t'es dispo mercredi aprèm pour jouer ?"),
        ("A", "non j'ai cours jusqu'à 16h et le car scolaire part à 16h15"),
        ("B", "le car scolaire ? en fac ?"),
        ("A", "euh je veux dire le bus de la ville"),
    ]
    # the school bus is covered by the student life named just before (it does not count),
    # but the partner's doubt of it and the slip after it do
    assert (ADULT_LIE, "A") in dm(turns, {"A": 19, "B": 24})


def test_a_student_who_answers_the_doubt_plainly_stays_unflagged() -> None:
    turns = [
        ("B", "tu fais quoi dans la vie ?"),
        ("A", "étudiante en fac de psycho"),
        ("B", "cool, t'es dispo mercredi aprèm pour jouer ?"),
        ("A", "non j'ai cours jusqu'à 16h et le car scolaire part à 16h15"),
        ("B", "le car scolaire ? en fac ?"),
        ("A", "oui c'est la seule ligne qui passe par mon village"),
    ]
    assert not dm(turns, {"A": 19, "B": 24})


def test_a_teachers_covered_cue_echoed_without_a_slip_stays_unflagged() -> None:
    turns = [
        ("B", "tu fais quoi dans la vie ?"),
        ("A", "prof de maths dans un collège"),
        ("B", "ah cool"),
        ("A", "demain je surveille la récré à 10h"),
        ("B", "la récré ?"),
        ("A", "oui on fait des tours de surveillance entre profs"),
    ]
    assert not dm(turns, {"A": 34, "B": 30})


@pytest.mark.parametrize(
    ("text", "slip"),
    [
        ("euh je veux dire la navette", True),
        ("bah je veux dire le tram", True),
        ("non je veux dire la fac", True),
        ("oups je voulais dire mon boulot", True),
        ("euh je sais pas", False),
        ("je veux bien", False),
    ],
)
def test_round35_a_correction_after_a_hesitation(text: str, slip: bool) -> None:
    assert (_SLIP.search(fold(text).plain) is not None) is slip


def test_a_college_canteen_put_right_into_the_university_restaurant() -> None:
    turns = [
        ("B", "t'as cours demain ?"),
        ("A", "oui, je prends le bus scolaire à 7h"),
        ("B", "t'es étudiant ?"),
        ("A", "oui en fac"),
        ("B", "et le midi ?"),
        ("A", "je mange à la cantine du collège avec les copains enfin au resto u"),
    ]
    assert (ADULT_LIE, "A") in dm(turns, {"A": 20, "B": 23})


@pytest.mark.parametrize(
    ("text", "retracts"),
    [
        ("à la cantine du collège avec mes potes enfin du resto u", True),
        ("je vais en cours au collège euh à la fac", True),
        ("je mange à la cantine du collège enfin au boulot quoi", False),
        ("la cantine du collège enfin celle de mon fils", False),
    ],
)
def test_round35_a_word_put_right_into_a_students_place(text: str, retracts: bool) -> None:
    assert (_RETRACTS.search(fold(text).plain) is not None) is retracts


def test_a_birthday_waited_for_on_the_parents_word() -> None:
    turns = [
        ("B", "qui a commencé la conduite accompagnée ?"),
        ("C", "moi depuis mars"),
        ("A", "pas encore, mes parents disent d'attendre mes 15 ans"),
        ("B", "t'as 18 sur ton profil non ?"),
    ]
    assert (ADULT_LIE, "A") in general_room(turns, {"A": 18, "B": 27, "C": 31})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mes parents disent d'attendre mes 15 ans", {"c.self_age_more"}),
        ("ma mère veut que j'attende avant mes 16 ans", {"c.self_age_more"}),
        ("mes darons disent d'attendre mes 16 ans pour le scooter", {"c.self_age_more"}),
        ("ma mère dit pas avant mes 16 ans", {"c.self_age_more"}),
        ("mon père dit jusqu'à mes 15 ans c'est non", {"c.self_age_more"}),
        ("mes parents disent que mon frère doit attendre ses 15 ans", set()),
        ("ma fille doit attendre ses 15 ans pour la conduite accompagnée", set()),
    ],
)
def test_round35_a_birthday_waited_for(text: str, expected: set[str]) -> None:
    assert child_rules(text) & {"c.self_age_more", "c.self_age"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("collège, 4e B", {"c.class_reply"}),
        ("au collège en 5e", {"c.class_reply"}),
        ("prof au collège, les 4e B", set()),
        ("collège de mon fils, il est en 4e", set()),
    ],
)
def test_round35_a_class_given_after_the_school(text: str, expected: set[str]) -> None:
    assert child_rules(text) & {"c.class_reply"} == expected


def test_the_true_age_owned_with_an_apology() -> None:
    turns = [
        ("A", "ils veulent pas me prendre au cinéma, il faut l'accord de mes parents"),
        ("B", "bizarre, t'es majeur non ?"),
        ("A", "mes parents veulent pas que je bosse"),
        ("B", "t'as vraiment 18 ans ?"),
        ("A", "... 14. désolé"),
    ]
    assert (ADULT_LIE, "A") in dm(turns, {"A": 18, "B": 19})


@pytest.mark.parametrize("answer", ["14 dsl", "15 ans désolée", "bon 13 pardon"])
def test_round35_a_child_age_given_with_an_apology(answer: str) -> None:
    turns = [("B", "t'as quel âge en vrai ?"), ("A", answer)]
    assert (ADULT_LIE, "A") in dm(turns, {"A": 19, "B": 25})


def test_an_adult_age_owned_with_an_apology_is_no_child_cue() -> None:
    turns = [
        ("B", "t'as quel âge ?"),
        ("A", "... 19. désolé j'étais pas là"),
        ("B", "t'as vraiment 19 ans ?"),
        ("A", "19 dsl"),
    ]
    assert not dm(turns, {"A": 19, "B": 22})


def test_a_stranger_asking_a_pickup_is_still_a_pickup() -> None:
    assert "g.pickup" in grooming_rules("ta maman a dit que je viens te chercher")
