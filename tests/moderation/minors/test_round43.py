"""Round 43: batch ao, a new author (school, exams and orientation seen from outside the
classroom: tutoring, revision camps, open days, internships, driving school, sport and music
exams, first-year student housing). Age lies told through the school year: for a declared
adult, a move up into a lycée class said in the passé composé or given as the whole answer, the
brevet passed a year ago or less, the class council acting on oneself, parents who cut the wifi
at an hour, one's phone under parental control, an outing allowed only with an adult, the age
a job asks said as what keeps one out; the slip after a doubt renamed into a student's stage
("le bts je voulais dire"), blamed on the keyboard or on a date, or said after a laugh. For a
declared minor, apprentices taken on for years. Each wording beside a look-alike; the
conversations are paraphrased, not copied from the batch."""

import pytest

from causette.moderation.minors import SignalKind
from causette.moderation.minors.doubts import _SLIP
from causette.moderation.minors.fold import fold

from .conftest import adult_rules, child_rules, replay_dm, replay_room, signalled

ADULT_LIE = SignalKind.AGE_LIE_ADULT
MINOR_LIE = SignalKind.AGE_LIE_MINOR

dm = replay_dm


# -- a declared adult: the lycée class, the brevet, the class council ---------------------------


@pytest.mark.parametrize(
    ("text", "child"),
    [
        ("je suis passée en seconde !!", True),
        ("chui passé en 1ère générale", True),
        ("moi je suis enfin passé en première à la rentrée", True),
        ("euh en 1ère", True),
        ("en seconde mdr", True),
        ("bah en première pro", True),
        # look-alikes: a student's year, a train's class, a gear at the driving school
        ("je suis passé en première année de licence", False),
        ("en seconde année", False),
        ("je suis passée en seconde trop tôt, j'ai calé", False),
        ("à la leçon j'ai calé quand je suis passé en seconde", False),
        ("je voyage en première classe", False),
    ],
)
def test_a_lycee_class_moved_up_or_given_as_the_answer(text: str, child: bool) -> None:
    assert ("c.lycee_class" in child_rules(text, age=19)) is child


@pytest.mark.parametrize(
    ("text", "child"),
    [
        ("j'ai eu mon brevet l'an dernier", True),
        ("j'ai passé le brevet des collèges en juin dernier", True),
        ("j'ai eu mon brevet avec mention bien cette année", True),
        ("moi j'ai raté le brevet l'année dernière", True),
        # look-alikes: a child's brevet, another brevet, years ago
        ("mon fils a eu son brevet l'année dernière", False),
        ("j'ai eu mon brevet de secourisme l'an dernier", False),
        ("j'ai eu mon brevet fédéral cette année", False),
        ("j'ai eu mon brevet il y a 6 ans", False),
    ],
)
def test_the_brevet_passed_a_year_ago_or_less(text: str, child: bool) -> None:
    assert ("c.school_class" in child_rules(text, age=20)) is child


@pytest.mark.parametrize(
    ("text", "child"),
    [
        ("le conseil de classe a dit que je parlais trop", True),
        ("le conseil de classe il m'a mis les encouragements", True),
        ("au conseil de classe ils m'ont donné un avertissement", True),
        ("mon passage a été validé au conseil de classe", True),
        # look-alikes: a teacher, a parent
        ("au conseil de classe j'ai défendu un élève", False),
        ("je suis parent délégué au conseil de classe", False),
        ("le conseil de classe de mon fils est jeudi", False),
    ],
)
def test_the_class_council_acting_on_oneself(text: str, child: bool) -> None:
    assert ("c.school_mine" in child_rules(text, age=19)) is child


# -- a declared adult: the parents' hour, the phone, an adult to go with, an age to wait for ----


@pytest.mark.parametrize(
    ("text", "child"),
    [
        ("mes darons coupent le wifi à 22h30", True),
        ("mes parents éteignent le wifi vers 22h", True),
        ("mon père me bloque le tel après 21h", True),
        # look-alikes: a parent who cuts it, no hour
        ("je coupe le wifi à 22h pour les petits", False),
        ("mes parents coupent le wifi quand ils partent en vacances", False),
    ],
)
def test_parents_who_cut_the_wifi_at_an_hour(text: str, child: bool) -> None:
    assert ("c.parents_forbid" in child_rules(text, age=20)) is child


@pytest.mark.parametrize(
    ("text", "child"),
    [
        ("mon portable a un contrôle parental", True),
        ("non c'est mon tel, y a un contrôle parental", True),
        ("il faut qu'un adulte m'accompagne au festival", True),
        ("je dois être accompagnée d'un majeur", True),
        # look-alikes: a child's phone, a monitor's ratio, someone to go with
        ("le tel de ma fille a un contrôle parental", False),
        ("il faut un adulte pour 8 enfants", False),
        ("faut que quelqu'un m'accompagne, j'ai peur en voiture", False),
    ],
)
def test_a_phone_under_parental_control_and_an_adult_to_go_with(text: str, child: bool) -> None:
    assert ("c.childhood" in child_rules(text, age=22)) is child


@pytest.mark.parametrize(
    ("text", "child"),
    [
        ("j'aimerais bien mais faut avoir 16 ans", True),
        ("je peux pas, il faut avoir 15 ans pour s'inscrire", True),
        ("moi je voudrais trop mais faut avoir 16 ans pour ce job", True),
        # look-alikes: an employer, a parent, an adult's age floor
        ("faut avoir 16 ans pour bosser chez nous", False),
        ("ma fille voudrait mais faut avoir 16 ans", False),
        ("j'aimerais bien mais faut avoir 21 ans pour louer", False),
    ],
)
def test_the_age_a_job_asks_said_as_what_keeps_one_out(text: str, child: bool) -> None:
    assert ("c.age_category" in child_rules(text, age=20)) is child


# -- a declared minor: apprentices taken on for years -------------------------------------------


@pytest.mark.parametrize(
    ("text", "adult"),
    [
        ("ça fait 12 ans que je forme des apprentis", True),
        ("j'accueille des stagiaires depuis 8 ans au garage", True),
        # look-alikes: a few years, an apprentice oneself, a father's
        ("ça fait 2 ans que je prends des apprentis", False),
        ("ça fait 2 ans que je suis apprenti", False),
        ("mon père prend des apprentis depuis 10 ans", False),
    ],
)
def test_apprentices_taken_on_for_years(text: str, adult: bool) -> None:
    assert ("a.since_years" in adult_rules(text, age=16)) is adult


# -- the slip: renamed into a student's stage, blamed on the keyboard or a date -----------------


@pytest.mark.parametrize(
    ("text", "slip"),
    [
        ("la licence je voulais dire", True),
        ("deuxième année de fac je veux dire", True),
        ("en l2 jvoulais dire", True),
        ("correcteur automatique désolé", True),
        ("oups faute de frappe", True),
        ("je me suis trompée de date", True),
        ("haha je voulais dire mes collègues", True),
        # look-alikes: a student who says which, a keyboard bought, a date missed
        ("la licence c'est dur", False),
        ("je veux faire une licence de droit", False),
        ("j'ai acheté un clavier avec correcteur", False),
        ("je me suis trompée de train", False),
        ("haha trop bien", False),
    ],
)
def test_the_slip_renamed_or_blamed(text: str, slip: bool) -> None:
    assert (_SLIP.search(fold(text).plain) is not None) is slip


# -- conversations ----------------------------------------------------------------------------


def test_a_declared_adult_who_renames_the_brevet_into_a_bts() -> None:
    turns = [
        ("B", "t'as des cours ce soir ?"),
        ("A", "oui je révise pour le brevet ce soir"),
        ("B", "le brevet à 21 ans ?"),
        ("A", "le bts je voulais dire"),
    ]
    assert (ADULT_LIE, "A") in dm(turns, {"A": 21, "B": 24})


def test_a_declared_adult_who_moved_up_into_seconde() -> None:
    turns = [
        ("A", "chui passée en seconde !!"),
        ("B", "bravo, t'es pas à la fac ?"),
        ("A", "euh seconde année de licence je veux dire"),
    ]
    assert (ADULT_LIE, "A") in replay_room(turns, {"A": 19, "B": 22}, kind="general")


def test_a_declared_adult_whose_phone_is_cut_at_night() -> None:
    turns = [
        ("A", "je dois y aller, mes parents éteignent le wifi vers 21h"),
        ("B", "tout le wifi ?"),
        ("A", "non juste sur mon portable, y a un contrôle parental"),
    ]
    assert (ADULT_LIE, "A") in dm(turns, {"A": 19, "B": 20})


def test_a_declared_adult_who_waits_for_sixteen_to_work() -> None:
    turns = [
        ("B", "tu cherches un job pour l'été ?"),
        ("A", "je voudrais bien mais faut avoir 16 ans pour la cueillette"),
        ("B", "à 19 ans ?"),
        ("A", "oui bon, c'est comme ça"),
    ]
    assert (ADULT_LIE, "A") in replay_room(turns, {"A": 19, "B": 23}, kind="general")


def test_a_declared_minor_who_trains_apprentices() -> None:
    turns = [
        ("B", "tu fais quoi comme taf ?"),
        ("A", "boulanger, ça fait 9 ans que je forme des apprentis"),
        ("B", "9 ans ?"),
    ]
    assert (MINOR_LIE, "A") in replay_room(turns, {"A": 16, "B": 16}, kind="teen")


def test_a_student_who_corrects_a_year_is_not_signalled() -> None:
    turns = [
        ("B", "t'es en quoi ?"),
        ("A", "en master, enfin en l3 je voulais dire"),
        ("B", "ah ok, et après ?"),
        ("A", "un master de droit, faute de frappe avant"),
    ]
    assert not signalled(turns, {"A": 21, "B": 22})


def test_a_parent_and_a_driving_pupil_are_not_signalled() -> None:
    turns = [
        ("A", "mon fils a eu son brevet l'an dernier, il passe en seconde"),
        ("B", "super, et le permis toi ça avance ?"),
        ("A", "j'ai calé deux fois quand je suis passée en seconde mdr"),
        ("B", "ça viendra"),
        ("A", "le soir je coupe le wifi à 22h pour les enfants"),
    ]
    assert not signalled(turns, {"A": 42, "B": 40})
