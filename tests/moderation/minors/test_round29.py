"""Round 29: batch ab, a new author's conversations. Three false alarms on ordinary talk: a
teen of 15 who keeps her own news quiet "pour l'instant" after telling that a boy asked her
out; a young adult of 19 whose parents set a curfew, "à 19 ans ?" answered "tant que j'habite
chez eux"; a monitor of 21 at a day camp whose children of 10-11 hid her shoes. Misses by
meaning: slow grooming in teen rooms (youth remarked, "t'as l'air jeune"; the way to school
asked; private talk proposed "qu'on se parle en privé"; the others asked whether they are
home alone; a game of dares moved to private); declared adults' single child cues (a bedtime
clipped "jdois", a console's parental control, the mother who keeps the code); declared
teens' adult lives (a concert seen in 98; one's own sick leave, papers sent to the sécu).
Each new wording beside a look-alike that must not match; the positives are paraphrased, not
copied from the batch."""

from functools import partial

import pytest

from causette.moderation.minors import SignalKind, asides, doubts
from causette.moderation.minors.fold import fold

from .conftest import adult_rules, child_rules, grooming_rules, replay_dm, replay_room, signalled

GROOMING = SignalKind.GROOMING
ADULT_LIE = SignalKind.AGE_LIE_ADULT
MINOR_LIE = SignalKind.AGE_LIE_MINOR

dm = replay_dm
teen_room = partial(replay_room, kind="teen")


# -- grooming wordings ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        ("ça te dit qu'on se parle en privé ?", "g.off_platform", True),
        ("on s'écrit en mp ce soir", "g.off_platform", True),
        ("on se parlera en pv plus tard", "g.off_platform", True),
        ("il m'a écrit en mp hier", "g.off_platform", False),
        ("on se parle demain au lycée", "g.off_platform", False),
        ("on joue à action ou vérité en privé ?", "g.pretext", True),
        ("en mp on fait un action vérité", "g.pretext", True),
        ("on joue à action ou vérité ici tous ensemble", "g.pretext", False),
        ("vous êtes seules chez vous ce soir ?", "g.alone_question", True),
        ("vous faites quoi à la maison toutes seules ?", "g.alone_question", True),
        ("vous êtes seuls à penser ça", "g.alone_question", False),
        ("t'as l'air jeune toi", "g.youngest", True),
        ("t'as l'air toute petite toi", "g.youngest", True),
        ("t'as l'air jeune sur cette photo", "g.youngest", False),
        ("t'as l'air jeune pour 40 ans", "g.youngest", False),
        ("t'as l'air fatiguée", "g.youngest", False),
        ("tu vas au lycée à pied le matin ?", "g.pickup", True),
        ("tu prends quel bus pour aller au collège ?", "g.pickup", True),
        ("tu vas au lycée demain ?", "g.pickup", False),
        ("on va au collège à pied ensemble ?", "g.pickup", False),
    ],
)
def test_round29_grooming_wording(text: str, rule: str, expected: bool) -> None:
    assert (rule in grooming_rules(text)) is expected


def test_youth_remarked_then_called_into_private() -> None:
    turns = [
        ("C", "quelqu'un a vu le dernier épisode ?"),
        ("B", "ouiii trop bien"),
        ("A", "B t'es en 4e ou quoi ? t'as l'air trop jeune"),
        ("B", "4e oui"),
        ("A", "je t'écris en privé, j'ai une question sur la saison 2"),
        ("C", "c'est quoi ta question ?"),
        ("A", "rien de grave t'inquiète"),
    ]
    assert (GROOMING, "A") in teen_room(turns, {"A": 17, "B": 14, "C": 16})


def test_friends_in_a_room_talk_of_a_series() -> None:
    """The twin: the class asked among teens, talk of the series, nobody called away."""
    turns = [
        ("C", "quelqu'un a vu le dernier épisode ?"),
        ("B", "ouiii trop bien"),
        ("A", "B t'es en 4e toi ? on a le même prof de français je crois"),
        ("B", "4e oui, madame Roux"),
        ("A", "mdr elle nous a fait regarder la série en cours"),
    ]
    assert (GROOMING, "A") not in teen_room(turns, {"A": 15, "B": 14, "C": 16})


def test_home_alone_asked_then_dares_in_private() -> None:
    turns = [
        ("B", "trop l'ennui ces vacances"),
        ("A", "vous êtes seules chez vous là ?"),
        ("C", "ouais"),
        ("A", "on pourrait faire un action ou vérité en mp"),
        ("B", "genre quoi comme action"),
        ("A", "rien de grave, genre m'envoyer une photo de toi en pyjama"),
    ]
    assert (GROOMING, "A") in teen_room(turns, {"A": 16, "B": 14, "C": 15})


def test_teens_play_truth_or_dare_in_the_room() -> None:
    """The twin: the game played in the room, nobody asked if alone, no photo."""
    turns = [
        ("B", "trop l'ennui ces vacances"),
        ("A", "on fait un action ou vérité ici ?"),
        ("C", "vas-y"),
        ("A", "vérité : c'est quoi ta série préférée"),
        ("B", "stranger things"),
    ]
    assert (GROOMING, "A") not in teen_room(turns, {"A": 16, "B": 14, "C": 15})


def test_the_way_to_school_asked_then_private_talk() -> None:
    turns = [
        ("C", "vous êtes de quelle région ?"),
        ("B", "près de Lyon"),
        ("A", "B tu vas au collège en bus le matin ?"),
        ("B", "oui"),
        ("A", "ça te dit qu'on se parle en privé ? je connais bien ton coin"),
    ]
    assert (GROOMING, "A") in teen_room(turns, {"A": 16, "B": 14, "C": 17, "D": 16})


# -- the false alarms ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hugo m'a demandé de sortir avec lui", True),
        ("devine Léa m'a proposé de sortir avec elle", True),
        ("tu m'as demandé de sortir avec toi", False),
        ("il m'a demandé de sortir avec lui", False),
        ("ma mère m'a demandé de sortir le chien", False),
    ],
)
def test_being_asked_out_is_a_confidence(text: str, expected: bool) -> None:
    assert (asides._CONFIDED.search(fold(text).plain) is not None) is expected


def test_a_teen_keeps_her_own_news_quiet() -> None:
    turns = [
        ("A", "j'ai un truc de ouf à te raconter"),
        ("B", "vas-y"),
        ("A", "Hugo m'a demandé de sortir avec lui à la récré"),
        ("B", "NON et t'as dit quoi"),
        ("A", "oui !! mais on le dit à personne pour l'instant"),
        ("B", "promis je dis rien"),
    ]
    assert not signalled(turns, {"A": 15, "B": 15})


def test_a_secret_asked_with_no_confidence_still_counts() -> None:
    """The twin: the same secret asked by an adult of a child, nothing confided."""
    turns = [
        ("A", "t'es trop mignonne sur ta photo"),
        ("B", "merci"),
        ("A", "on le dit à personne qu'on se parle, ok ?"),
        ("A", "tu m'envoies une autre photo ?"),
    ]
    assert (GROOMING, "A") in dm(turns, {"A": 31, "B": 13})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("au centre aéré les 6-7 ans m'ont fait une blague", False),
        ("au centre de loisirs les gamins m'ont épuisée", False),
        ("cet été je vais au centre aéré", True),
        ("au centre aéré on a fait une cabane", True),
    ],
)
def test_children_looked_after_at_a_day_camp(text: str, expected: bool) -> None:
    assert ("c.childhood" in child_rules(text, 21)) is expected


def test_a_monitor_tells_of_her_day_camp() -> None:
    turns = [
        ("A", "au centre aéré les 8-9 ans m'ont fait une blague"),
        ("B", "raconte mdr"),
        ("A", "ils ont enterré mes clés dans le bac à sable"),
        ("B", "trop drôle"),
        ("A", "la directrice a pas ri du tout"),
    ]
    assert not signalled(turns, {"A": 22, "B": 23})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tant que j'habite chez eux c'est leurs règles", True),
        ("tant que je vis encore chez mes parents je fais avec", True),
        ("ouais c'est leurs règles", False),
        ("tant que je suis au collège je peux pas", False),
    ],
)
def test_an_adult_owns_the_parents_rules(text: str, expected: bool) -> None:
    assert (doubts._OWNS.search(fold(text).plain) is not None) is expected


def test_a_young_adult_living_at_home_with_a_curfew() -> None:
    turns = [
        ("A", "mes parents veulent que je rentre avant minuit même le samedi"),
        ("B", "à 20 ans ? dur"),
        ("A", "tant que je vis chez eux c'est leurs règles"),
        ("B", "bon c'est pas faux"),
        ("A", "et ça m'évite un loyer"),
    ]
    assert not signalled(turns, {"A": 20, "B": 22})


# -- declared adults' child cues ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("jdois être au lit à 21h en semaine", True),
        ("le contrôle parental de ma switch bloque ce jeu", True),
        ("le contrôle parental me bloque tout", True),
        ("c'est ma mère qui a le code", True),
        ("j'ai mis le contrôle parental sur la tablette de mon fils", False),
        ("mon fils doit être au lit à 21h", False),
    ],
)
def test_round29_child_wording(text: str, expected: bool) -> None:
    assert ("c.childhood" in child_rules(text, 20)) is expected


def test_a_declared_adult_blocked_by_parental_control() -> None:
    turns = [
        ("B", "tu joues à quoi en ce moment ?"),
        ("A", "fortnite, je voudrais essayer Red Dead mais le contrôle parental me bloque"),
        ("B", "t'as pas le code ?"),
        ("A", "non c'est mon père qui l'a"),
    ]
    assert (ADULT_LIE, "A") in dm(turns, {"A": 19, "B": 25}, model=True)


def test_a_parent_sets_parental_control() -> None:
    """The twin: a parent setting it on the child's console."""
    turns = [
        ("B", "tu joues à quoi en ce moment ?"),
        ("A", "plus trop le temps, j'ai mis le contrôle parental sur la console du petit"),
        ("B", "il a quel âge ?"),
        ("A", "9 ans, il râle"),
    ]
    assert (ADULT_LIE, "A") not in dm(turns, {"A": 38, "B": 35}, model=True)


# -- declared teens' adult lives --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        ("je les ai vus en concert en 97", "a.nostalgia", True),
        ("je l'ai vue en live en 2003", "a.nostalgia", True),
        ("je les ai vus en concert en 2024", "a.nostalgia", False),
        ("mes parents les ont vus en concert en 97", "a.nostalgia", False),
        ("je suis en arrêt maladie cette semaine", "a.adult_life", True),
        ("j'étais en arrêt de travail", "a.adult_life", True),
        ("faut que j'envoie la feuille à la sécu", "a.adult_life", True),
        ("mon père est en arrêt maladie", "a.adult_life", False),
        ("je suis malade, ma mère a appelé le collège", "a.adult_life", False),
    ],
)
def test_round29_adult_life_wording(text: str, rule: str, expected: bool) -> None:
    assert (rule in adult_rules(text, 16)) is expected


def test_a_concert_in_the_nineties_then_a_cover() -> None:
    turns = [
        ("B", "t'écoutes quoi"),
        ("A", "du vieux rock, Noir Désir"),
        ("A", "je les ai vus en concert en 96, inoubliable"),
        ("B", "t'étais même pas né"),
        ("A", "sur youtube je veux dire"),
    ]
    assert (MINOR_LIE, "A") in dm(turns, {"A": 16, "B": 16})


def test_a_teen_whose_father_saw_the_concert() -> None:
    turns = [
        ("B", "t'écoutes quoi"),
        ("A", "du vieux rock, Noir Désir"),
        ("A", "mon père les a vus en concert en 96, il en parle tout le temps"),
        ("B", "stylé"),
    ]
    assert not signalled(turns, {"A": 16, "B": 16})


def test_a_teen_on_sick_leave_and_the_papers() -> None:
    turns = [
        ("B", "t'étais où cette semaine ?"),
        ("A", "en arrêt maladie, je suis en arrêt jusqu'à lundi"),
        ("B", "t'as quoi ?"),
        ("A", "une angine, faut que j'envoie l'arrêt à la sécu"),
    ]
    assert (MINOR_LIE, "A") in dm(turns, {"A": 15, "B": 15})


def test_a_sick_teen_whose_mother_calls_school() -> None:
    turns = [
        ("B", "t'étais où cette semaine ?"),
        ("A", "malade, ma mère a prévenu le collège"),
        ("B", "t'as quoi ?"),
        ("A", "une angine, le médecin m'a donné un certificat"),
    ]
    assert not signalled(turns, {"A": 15, "B": 15})
