"""Round 36: batch ai, a new author (cues spread thin over many turns, mixed with the noise of
daily life: exams, break-ups, moving house, pocket money). Five false alarms: two adults
telling a school story, one asked "t'avais quel âge ?" and answering a child age of that time;
two teens of 15 who part because one family moves away; an adult answering the age of her
little sister and what their parents did ("11 ans, mes parents ont mis le contrôle
parental"); an adult remembering an age ("j'ai souvenir de mes 14 ans"); a big sister who
meets her brother's friend at a lycée's open day ("la porte ouverte", read as a closed door).
Grooming read earlier by meaning: loyalty promised as the others drift away ("moi je te
lâcherai pas"); the adults as a whole disparaged ("les adultes captent rien"). Each new
wording beside a look-alike that must not match; the conversations are paraphrased, not
copied from the batch."""

from functools import partial

import pytest

from causette.moderation.minors import SignalKind, ages
from causette.moderation.minors.asides import _KNOWN
from causette.moderation.minors.fold import fold

from .conftest import child_rules, grooming_rules, replay_dm, replay_room, signalled

GROOMING = SignalKind.GROOMING
ADULT_LIE = SignalKind.AGE_LIE_ADULT

dm = replay_dm
adult_room = partial(replay_room, kind="adult")


# -- false alarms -----------------------------------------------------------------------------


def test_a_school_story_and_the_age_it_was_told_at() -> None:
    turns = [
        ("A", "je suis tombé sur mon vieux cahier de textes en faisant du tri"),
        ("B", "mdr t'étais sérieux au moins ?"),
        ("A", "pas du tout, je recopiais les devoirs de mon voisin"),
        ("B", "t'avais quel âge ?"),
        ("A", "12 ans je crois, en 6e"),
        ("B", "et aujourd'hui t'es prof, la blague"),
        ("A", "oui prof de maths au lycée, je les grille tous"),
    ]
    assert not signalled(turns, {"A": 27, "B": 25})


def test_the_age_asked_now_still_counts() -> None:
    turns = [
        ("B", "t'as quel âge ?"),
        ("A", "12 ans je crois, en 6e"),
    ]
    assert (ADULT_LIE, "A") in dm(turns, {"A": 27, "B": 25})


@pytest.mark.parametrize(
    ("text", "then"),
    [
        ("t'avais quel âge ?", True),
        ("tu avais quel age à l'époque ?", True),
        ("vous aviez quel âge quand c'est arrivé ?", True),
        ("t'avais quel âge et maintenant t'as quel âge ?", False),
        ("t'as quel âge ?", False),
    ],
)
def test_round36_the_age_of_a_storys_time(text: str, then: bool) -> None:
    assert ages.asks_age_then(fold(text)) is then


def test_two_teens_part_as_one_family_moves_away() -> None:
    turns = [
        ("A", "ça y est on déménage à Bordeaux en août"),
        ("B", "nooon c'est trop loin"),
        ("A", "on se fera des facetime tous les soirs"),
        ("B", "ma mère a dit que je pourrais venir quelques jours cet été"),
        ("A", "trop bien, mes parents sont d'accord aussi"),
        ("B", "tu me montreras la ville"),
        ("A", "grave, y'a la plage pas loin"),
        ("B", "t'as vu ton nouveau collège ?"),
        ("A", "juste sur le site, il a l'air immense"),
    ]
    assert not signalled(turns, {"A": 15, "B": 15})


@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("ça y est on déménage à Bordeaux en août", True),
        ("je vais déménager cet été", True),
        ("je déménage près de chez toi", False),
        ("je déménage pas loin de chez toi", False),
        ("mes parents déménagent", False),
    ],
)
def test_round36_a_family_moving_away(text: str, known: bool) -> None:
    assert (_KNOWN.search(fold(text).plain) is not None) is known


def test_a_stranger_moving_closer_is_still_a_pickup() -> None:
    turns = [
        ("A", "je déménage près de chez toi en septembre"),
        ("B", "ah ouais ?"),
        ("A", "je viens te chercher après les cours, dis rien à ta mère"),
    ]
    assert (GROOMING, "A") in dm(turns, {"A": 17, "B": 14})


def test_an_adult_answers_her_little_sisters_age() -> None:
    turns = [
        ("A", "ma petite sœur vient d'avoir son premier portable"),
        ("B", "ah elle a quel âge ?"),
        ("A", "10 ans, mes parents ont mis le contrôle parental"),
        ("B", "ils font bien"),
        ("A", "elle me supplie de le lui enlever mdr"),
        ("B", "classique"),
        ("A", "moi à son âge j'avais même pas de téléphone"),
    ]
    assert not signalled(turns, {"A": 27, "B": 24})


def test_the_writers_own_age_after_someone_elses_still_counts() -> None:
    turns = [
        ("B", "t'as quel âge ?"),
        ("A", "14 ans, mes parents ont mis le contrôle parental"),
    ]
    assert (ADULT_LIE, "A") in dm(turns, {"A": 20, "B": 24})


def test_adults_remember_an_age() -> None:
    turns = [
        ("A", "réunion parents-profs ce soir, mon fils stresse"),
        ("B", "il est en quelle classe ?"),
        ("A", "3e"),
        ("B", "je me souviens de mes 14 ans, c'était l'enfer"),
        ("C", "j'ai souvenir de mes 15 ans, pareil"),
        ("A", "bon j'y vais, je dois être au collège à 18h"),
    ]
    assert not adult_room(turns, {"A": 38, "B": 33, "C": 41}, model=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("j'ai souvenir de mes 14 ans, l'horreur", set()),
        ("je me souviens de mes 13 ans", set()),
        ("je me rappelle mes 15 ans, quelle galère", set()),
        ("pour mes 14 ans je veux un scooter", {"c.self_age_more"}),
        ("je me souviens de rien, j'ai eu 14 ans hier", {"c.self_age"}),
    ],
)
def test_round36_an_age_remembered(text: str, expected: set[str]) -> None:
    assert child_rules(text) & {"c.self_age", "c.self_age_more"} == expected


def test_a_big_sister_meets_her_brothers_friend_at_an_open_day() -> None:
    turns = [
        ("A", "coucou c'est la sœur de Malik, il m'a dit que tu hésitais pour le lycée"),
        ("B", "oui merci, c'est dur en seconde ?"),
        ("A", "un peu plus de boulot mais ça se fait"),
        ("B", "et l'ambiance ?"),
        ("A", "cool dans l'ensemble"),
        ("A", "on se croise à la porte ouverte samedi ? je serai avec mon père et Malik"),
        ("B", "oui je viens avec ma mère"),
        ("A", "parfait à samedi"),
    ]
    assert not signalled(turns, {"A": 17, "B": 15})


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("on se voit à la porte ouverte samedi ?", False),
        ("les portes ouvertes du lycée c'est samedi", False),
        ("ferme la porte", True),
        ("la porte de ta chambre elle ferme ?", True),
    ],
)
def test_round36_an_open_day_is_no_closed_door(text: str, alone: bool) -> None:
    assert ("g.alone_conceal" in grooming_rules(text)) is alone


# -- grooming read earlier --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("moi je te lâcherai jamais", {"g.trust"}),
        ("je t'abandonnerai pas promis", {"g.trust"}),
        ("moi je te laisserai pas", {"g.trust"}),
        ("je te laisserai pas gagner ce soir", set()),
        ("je te lâche pas la main dans la foule", set()),
    ],
)
def test_round36_loyalty_promised(text: str, expected: set[str]) -> None:
    assert grooming_rules(text) & {"g.trust"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("normal, les adultes captent rien", {"g.isolation"}),
        ("les adultes ils servent à rien en vrai", {"g.isolation"}),
        ("les adultes comprennent jamais rien", {"g.isolation"}),
        ("les adultes comprennent rien à tiktok mdr", set()),
        ("les adultes captent rien aux mèmes", set()),
    ],
)
def test_round36_the_adults_disparaged(text: str, expected: set[str]) -> None:
    assert grooming_rules(text) & {"g.isolation"} == expected


def test_a_pseudo_peer_who_disparages_the_adults_is_signalled_sooner() -> None:
    turns = [
        ("B", "jme fais harceler en ligne et ma prof dit juste d'ignorer"),
        ("A", "normal, les adultes captent rien"),
        ("A", "viens sur snap on parlera mieux"),
        ("A", "t'es trop jolie en plus"),
    ]
    assert (GROOMING, "A") in dm(turns, {"A": 17, "B": 14})


def test_a_friend_who_promises_to_stay_is_signalled_with_the_move_to_another_app() -> None:
    turns = [
        ("B", "mes potes de l'ancien collège me répondent plus"),
        ("A", "moi je te lâcherai pas"),
        ("B", "merci"),
        ("A", "viens sur snap on parlera mieux"),
        ("A", "t'es trop mignonne"),
    ]
    assert (GROOMING, "A") in dm(turns, {"A": 17, "B": 14})


def test_teens_laughing_at_the_adults_about_an_app_stay_unflagged() -> None:
    turns = [
        ("A", "ma mère a essayé de faire un tiktok mdr"),
        ("B", "les adultes comprennent rien à tiktok"),
        ("A", "grave, elle a filmé à l'horizontale"),
        ("B", "on se voit au lycée demain ?"),
        ("A", "oui à la récré"),
    ]
    assert not signalled(turns, {"A": 15, "B": 15})
