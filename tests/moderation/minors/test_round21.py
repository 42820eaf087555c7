"""Round 21: batch s, a new author's hard ordinary conversations. Precision by the situation
(school remembered together, a plural "nés en 2012", a mark asked that makes the next numbers
marks, a colo's staff speaking of their rules, siblings who share a parent, a student job's
place), then misses by meaning (a call planned for when the partner is alone, a spouse or dated
memories beside a teen's job, an age slip, a teen-room message naming no one that goes on with
the person the writer was talking to, a place without moderators, a link erased). Each ordinary
case beside a twin that must still be flagged."""

import pytest

from causette.moderation.minors import SignalKind, ages
from causette.moderation.minors.fold import fold

from .conftest import T0, adult_rules, child_rules, grooming_rules, replay_dm, replay_room

GROOMING = SignalKind.GROOMING
ADULT_LIE = SignalKind.AGE_LIE_ADULT
MINOR_LIE = SignalKind.AGE_LIE_MINOR


dm = replay_dm
room = replay_room


ADULTS = {"Anne": 44, "Bruno": 46}
TEENS = {"Noah": 17, "Lina": 15}


# -- precision: who the two people are ----------------------------------------------------------


def test_school_remembered_together_is_not_a_class_of_today() -> None:
    turns = [
        ("Anne", "tu te souviens du collège Jean-Moulin ?"),
        ("Bruno", "trop, en 4e je copie tout sur toi"),
        ("Anne", "et moi en 3e je suis fan du prof d'histoire mdr"),
    ]
    assert dm(turns, ADULTS) == set()


def test_a_class_said_in_the_present_without_a_memory_still_counts() -> None:
    turns = [("Bruno", "salut"), ("Anne", "et moi en 3e je suis fan du prof d'histoire mdr")]
    assert (ADULT_LIE, "Anne") in dm(turns, ADULTS)


def test_school_remembered_in_a_general_room() -> None:
    people = {"Anne": 31, "Bruno": 28, "Chloe": 35}
    asked = [
        ("Anne", "qui se souvient de sa première boum au collège ?"),
        ("Bruno", "moi en 5e, on danse sur des slows"),
        ("Anne", "moi en 4e je reste assise toute la soirée"),
    ]
    assert room(asked, people, kind="general") == set()
    plain = [("Chloe", "bonsoir"), ("Bruno", "moi en 5e, on danse sur des slows")]
    assert (ADULT_LIE, "Bruno") in room(plain, people, kind="general")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tu te souviens du collège Paul-Éluard ?", True),
        ("vous vous rappelez le lycée ?", True),
        ("tu te souviens de ce que t'as dit hier", False),
        ("je me souviens plus de mon code", False),
    ],
)
def test_remembering_school_sets_a_scene(text: str, expected: bool) -> None:
    assert ages.past_scene(fold(text), T0) is expected


@pytest.mark.parametrize(
    ("text", "child", "adult"),
    [
        ("13-14 ans, nés en 2012", False, False),  # the players
        ("mes joueuses sont nées en 2013", False, False),
        ("je suis née en 2012", True, False),
        ("nous sommes nées en 2012", True, False),
        ("nées en 2011 toutes les deux", True, False),
        ("les gens nés en 1990 comme moi", False, True),
    ],
)
def test_a_plural_birth_is_someone_elses(text: str, child: bool, adult: bool) -> None:
    found_child, found_adult = ages.numeric_self(fold(text), T0, False)
    assert (ages.C_BIRTH in found_child) is child
    assert (ages.A_BIRTH in found_adult) is adult


def test_a_coach_giving_his_players_birth_year_is_not_held() -> None:
    turns = [
        ("Anne", "alors le match de tes U15 ?"),
        ("Bruno", "gagné 3-1"),
        ("Anne", "c'est quoi les âges ?"),
        ("Bruno", "13-14 ans, nés en 2012"),
    ]
    assert dm(turns, ADULTS) == set()


MARK = [
    ("Bruno", "t'as eu combien au bac d'anglais ?"),
    ("Anne", "9 mdr la honte"),
    ("Bruno", "moi 16 mais j'ai tout oublié"),
]


def test_a_number_after_a_mark_asked_is_a_mark() -> None:
    assert dm(MARK, ADULTS) == set()


def test_an_age_asked_after_the_mark_is_read_again() -> None:
    turns = [*MARK, ("Anne", "et t'as quel âge en vrai ?"), ("Bruno", "16 mais chut")]
    assert (ADULT_LIE, "Bruno") in dm(turns, ADULTS)


def test_a_bare_age_without_a_mark_asked_still_counts() -> None:
    assert (ADULT_LIE, "Bruno") in dm([("Anne", "slt"), ("Bruno", "moi 16 mais chut")], ADULTS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("t'as eu combien au bac d'anglais ?", True),
        ("t'as eu quelle note ?", True),
        ("combien au brevet ?", True),
        ("t'as combien d'enfants ?", False),
        ("t'as quel âge ?", False),
    ],
)
def test_a_mark_asked(text: str, expected: bool) -> None:
    assert ages.asks_a_mark(fold(text)) is expected


COLO = {"Anne": 33, "Bruno": 35}


def test_a_colo_monitor_speaking_of_her_rules_is_not_a_child() -> None:
    turns = [
        ("Anne", "je pars en colo tout juillet"),
        ("Bruno", "t'as quel groupe ?"),
        ("Anne", "on a une règle : jamais seule avec un enfant, toujours à deux animateurs"),
        ("Anne", "et pas de réseaux sociaux avec eux après la colo"),
    ]
    assert dm(turns, COLO) == set()


def test_a_colo_without_the_staff_s_words_is_still_a_child_s() -> None:
    turns = [
        ("Anne", "je pars en colo tout juillet"),
        ("Bruno", "t'as quel groupe ?"),
        ("Anne", "les animateurs sont relous"),
        ("Anne", "et pas de réseaux sociaux avec eux après la colo"),
    ]
    assert (ADULT_LIE, "Anne") in dm(turns, COLO)


def test_a_present_between_siblings_is_not_held() -> None:
    turns = [
        ("Noah", "j'ai un cadeau pour toi ce soir"),
        ("Lina", "c'est quoi ?"),
        ("Noah", "surprise, dis rien à maman elle sait pas que j'ai dépensé ma paie"),
    ]
    assert dm(turns, TEENS) == set()


def test_a_present_from_a_stranger_with_his_pay_is_still_held() -> None:
    turns = [
        ("Noah", "j'ai un cadeau pour toi ce soir"),
        ("Lina", "c'est quoi ?"),
        ("Noah", "surprise, dis rien à personne, j'ai dépensé ma paie"),
    ]
    signals = dm(turns, TEENS)
    assert (GROOMING, "Noah") in signals
    assert (MINOR_LIE, "Noah") in signals


@pytest.mark.parametrize(
    "text",
    [
        "mon manager au ciné a 25 ans il est trop cool",
        "je bosse au mcdo le samedi, mon patron est sympa",
    ],
)
def test_a_student_job_s_place_keeps_the_boss_a_teen_s(text: str) -> None:
    assert "a.work" not in adult_rules(text, 17)


def test_a_boss_at_the_office_is_still_adult_work() -> None:
    assert "a.work" in adult_rules("mon patron au bureau m'a encore convoqué", 16)


# -- misses by meaning ------------------------------------------------------------------------


def test_a_spouse_and_dated_memories_beside_a_teen_job_still_count() -> None:
    turns = [
        ("Noah", "moi je bosse, enfin je suis en alternance"),
        ("Lina", "cool"),
        ("Noah", "ma femme m'a dit que j'étais fou de venir ici mdr"),
        ("Noah", "au collège moi on avait des MSN et des Nokia"),
    ]
    assert (MINOR_LIE, "Noah") in dm(turns, TEENS)


def test_a_teen_job_still_explains_the_boss_and_the_pay() -> None:
    turns = [
        ("Noah", "moi je bosse, enfin je suis en alternance"),
        ("Lina", "cool"),
        ("Noah", "mon patron m'a payé mon salaire en retard"),
    ]
    assert dm(turns, TEENS) == set()


@pytest.mark.parametrize(
    ("text", "age", "rule", "expected"),
    [
        ("13... enfin 18", 18, "c.self_age_reply", True),
        ("14 euh je veux dire 19", 19, "c.self_age_reply", True),
        ("18... enfin 19", 18, "c.self_age_reply", False),
        ("34... enfin 17", 17, "a.self_age", True),
        ("15 enfin 16 en mars", 15, "a.self_age", False),
    ],
)
def test_an_age_slip(text: str, age: int, rule: str, expected: bool) -> None:
    found = child_rules(text, age) if age >= 18 else adult_rules(text, age)
    assert (rule in found) is expected


@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        ("on pourra s'appeler quand t'es seule", "g.alone_conceal", True),
        ("viens me voir dès que tu seras seule", "g.alone_conceal", True),
        ("t'es seule ce soir ?", "g.alone_conceal", False),
        ("appelle-moi quand t'es rentrée", "g.alone_conceal", False),
        ("passez sur telegram, y a pas de modos", "g.secrecy", True),
        ("ici c'est trop surveillé", "g.secrecy", True),
        ("heureusement qu'il y a des modos", "g.secrecy", False),
        ("efface le lien après", "g.secrecy_adults", True),
        ("je t'envoie le lien", "g.secrecy_adults", False),
    ],
)
def test_round21_grooming_wording(text: str, rule: str, expected: bool) -> None:
    assert (rule in grooming_rules(text)) is expected


ROOM_TEENS = {"Noah": 17, "Lina": 15, "Yanis": 16}
SINGLED_OUT = [
    ("Yanis", "vous faites quoi samedi ?"),
    ("Lina", "ciné peut-être"),
    ("Noah", "Lina je t'invite au ciné, je paye tout"),
    ("Lina", "avec les autres ?"),
    ("Noah", "non juste toi, c'est plus sympa"),
    ("Yanis", "bizarre"),
    ("Noah", "et tu dis à personne que c'est moi qui paye"),
]


def test_a_room_message_after_an_interjection_goes_on_with_the_teen_picked_out() -> None:
    assert (GROOMING, "Noah") in room(SINGLED_OUT, ROOM_TEENS)


def test_a_room_message_long_after_is_not_carried_over() -> None:
    # 6 minutes between messages: the writer's last exchange is past ROOM_ANSWER_WINDOW
    assert room(SINGLED_OUT, ROOM_TEENS, step=360) == set()
