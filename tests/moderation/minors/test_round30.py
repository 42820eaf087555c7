"""Round 30: batch ac, a new author's conversations, age lies told by implicit details of
one's life. Two false alarms on ordinary talk: a young adult who pays no rent "donc je dis
rien" (read as a gift offered, "je paie pas" with the item "pass" collapsed to "pas", and as
a secret asked); a teen of 15 whose parents divorce, comforted by a friend who tells of her
own parents' divorce "quand j'avais 10 ans" (the adult model's reading of a child's memory).
A teen's question "t'es né en 94 ?" was read as the asker's own birth year. Misses by
meaning: declared adults' child lives (one's own pediatrician, tears at a jab, the phone
confiscated by "her", screen time granted, the diary checked every evening, "maman" who
drives); declared teens' adult lives (one's own mutuelle compared, health cover through
one's work contract, retirement savings, shared custody of one's children, years of work in
one's back, tapes one rewound); grooming in teen rooms (who is under 16 asked, gift cards
offered, "je t'attends en mp", "notre petit coin à nous"). Each new wording beside a
look-alike that must not match; the positives are paraphrased, not copied from the batch."""

from functools import partial

import pytest

from causette.moderation.minors import SignalKind, ages
from causette.moderation.minors.adult_rules import TEEN_SCHOOL_NOW
from causette.moderation.minors.fold import fold

from .conftest import (
    T0,
    adult_rules,
    child_rules,
    grooming_rules,
    replay_dm,
    replay_room,
    signalled,
)

GROOMING = SignalKind.GROOMING
ADULT_LIE = SignalKind.AGE_LIE_ADULT
MINOR_LIE = SignalKind.AGE_LIE_MINOR

dm = replay_dm
teen_room = partial(replay_room, kind="teen")
room = partial(replay_room, kind="general")


# -- grooming wordings ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        ("je peux t'offrir des recharges psn si tu veux", "g.gift", True),
        ("à qui je peux offrir des recharges paysafe ?", "g.gift", True),
        ("je paie pas de loyer", "g.gift", False),
        ("je te paie pas le resto hein", "g.gift", False),
        ("je t'attends en mp", "g.off_platform", True),
        ("jt attends en privé 😘", "g.off_platform", True),
        ("je t'attends au lycée demain", "g.off_platform", False),
        ("qui a moins de 15 ans ici ?", "g.youngest", True),
        ("qui a moins de 16 ici", "g.youngest", True),
        ("qui a moins de 20 euros sur son compte", "g.youngest", False),
        ("qui a moins de 10 de moyenne en maths", "g.youngest", False),
        ("ce serait notre petit coin à nous", "g.secrecy", True),
        ("on a trouvé notre coin pique-nique", "g.secrecy", False),
        ("moi pareil je paie pas de loyer donc je dis rien", "g.secrecy", False),
        ("alors je dis rien, c'est leur maison", "g.secrecy", False),
        ("tu dis rien hein", "g.secrecy", True),
    ],
)
def test_round30_grooming_wording(text: str, rule: str, expected: bool) -> None:
    assert (rule in grooming_rules(text)) is expected


def test_under_sixteens_asked_gift_cards_then_private() -> None:
    turns = [
        ("A", "qui a moins de 15 ans ici ?"),
        ("B", "moi pourquoi"),
        ("A", "je peux t'offrir des recharges psn, donne moi ton snap"),
        ("C", "fais pas ça B"),
        ("A", "B je t'attends en mp, ce sera notre petit coin à nous"),
    ]
    assert (GROOMING, "A") in teen_room(turns, {"A": 17, "B": 14, "C": 15})


def test_young_adults_living_with_their_parents_pay_no_rent() -> None:
    turns = [
        ("A", "mon père m'a encore dit de vider le lave-vaisselle"),
        ("B", "mdr à 21 ans"),
        ("A", "ouais mais c'est sa maison"),
        ("B", "pareil, je paie pas de loyer alors je dis rien"),
        ("A", "je mets de côté pour partir l'an prochain"),
    ]
    assert not signalled(turns, {"A": 21, "B": 20})


def test_a_teens_question_of_a_birth_year_is_not_her_own() -> None:
    assert ages.numeric_self(fold("t'es né en 94 ?"), T0, False, 16) == ([], [])
    assert ages.numeric_self(fold("tu es de 1990 toi ?"), T0, False, 16) == ([], [])
    _, adult = ages.numeric_self(fold("je suis né en 94"), T0, False, 16)
    assert [r.id for r in adult] == ["a.birth_year"]
    _, adult = ages.numeric_self(fold("t'es sérieux ? je suis de 1990"), T0, False, 16)
    assert [r.id for r in adult] == ["a.birth_year"]


def test_teens_talk_of_old_music_and_one_asks_a_year() -> None:
    turns = [
        ("A", "j'écoute que des vieux sons des années 90"),
        ("B", "genre quoi"),
        ("A", "IAM, NTM, mon oncle m'a fait découvrir"),
        ("B", "t'es né en 94 ou quoi mdr"),
        ("A", "non 2010 comme toi"),
    ]
    assert (MINOR_LIE, "B") not in dm(turns, {"A": 16, "B": 16})


# -- the teen's memory of her parents' divorce --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("les miens ont divorcé quand j'avais 10 ans", True),
        ("quand j'avais 8 ans on a déménagé", True),
        ("quand j'avais 25 ans j'ai divorcé", False),
        ("j'avais 10 euros sur moi", False),
    ],
)
def test_a_recent_childhood_keeps_the_adult_model_off(text: str, expected: bool) -> None:
    assert (TEEN_SCHOOL_NOW.search(fold(text).plain) is not None) is expected


def test_a_teen_comforts_a_friend_whose_parents_divorce() -> None:
    turns = [
        ("A", "mes parents se séparent, mon père cherche un appart"),
        ("B", "oh non, ça va toi ?"),
        ("A", "bof, la garde alternée ça va être relou"),
        ("B", "les miens ont divorcé quand j'avais 9 ans, tu verras on s'habitue"),
        ("B", "t'inquiète je suis là si tu veux parler"),
        ("A", "merci t'es un amour"),
    ]
    assert not signalled(turns, {"A": 15, "B": 16})


# -- declared adults' child lives ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("le pédiatre a dit que je devais rester à la maison", True),
        ("le pédiatre m'a donné du sirop", True),
        ("j'ai rdv chez l'orthodontiste demain", True),
        ("le pédiatre de ma fille a dit qu'elle devait rester à la maison", False),
        ("j'ai rdv chez le pédiatre pour le petit", False),
        ("il m'a fait un vaccin et j'ai pleuré", True),
        ("j'ai pleuré à la prise de sang", True),
        ("mon fils a pleuré au vaccin", False),
        ("elle me confisque le tel sinon", True),
        ("je lui confisque son tel le soir", False),
        ("le week end j'ai le droit à une heure de switch", True),
        ("mon fils a droit à une heure de switch", False),
        ("ma mère vérifie mon agenda", True),
        ("elle vérifie mes devoirs tous les soirs", True),
        ("je vérifie l'agenda de mon fils tous les soirs", False),
        ("maman m'emmène à la piscine", True),
        ("maman m'attend dans la voiture", True),
        ("j'emmène maman chez le médecin", False),
    ],
)
def test_round30_child_wording(text: str, expected: bool) -> None:
    rules = child_rules(text, 20)
    assert bool(rules & {"c.childhood", "c.parents_forbid"}) is expected


def test_a_declared_adult_at_the_pediatrician() -> None:
    """No doubt, no slip: the two details of one's own childhood are enough."""
    turns = [
        ("B", "t'étais où cette semaine ?"),
        ("A", "malade, le pédiatre m'a dit de rester au lit"),
        ("B", "ah mince"),
        ("A", "et il m'a fait un vaccin, j'ai pleuré comme une madeleine"),
        ("B", "courage"),
    ]
    assert (ADULT_LIE, "A") in dm(turns, {"A": 19, "B": 24})


def test_a_parent_at_the_pediatrician() -> None:
    """The twin: a parent whose child saw the pediatrician and cried at the jab."""
    turns = [
        ("B", "t'étais où cette semaine ?"),
        ("A", "la petite était malade, le pédiatre de ma fille l'a gardée au lit"),
        ("B", "ah mince"),
        ("A", "et elle a eu un vaccin, elle a pleuré comme une madeleine"),
        ("B", "courage"),
    ]
    assert (ADULT_LIE, "A") not in dm(turns, {"A": 34, "B": 31}, model=True)


def test_a_declared_adult_with_screen_time_and_a_checked_diary() -> None:
    turns = [
        ("B", "on joue ce soir ?"),
        ("A", "pas en semaine, ma mère vérifie mon agenda tous les soirs"),
        ("B", "ok le week end alors"),
        ("A", "le week end j'ai le droit à une heure de switch"),
    ]
    assert (ADULT_LIE, "A") in dm(turns, {"A": 20, "B": 22})


# -- declared teens' adult lives --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        ("regarde si ta mutuelle rembourse, la mienne prend tout", "a.adult_life", True),
        ("la mutuelle de ma mère rembourse", "a.adult_life", False),
        ("c'est inclus dans mon contrat de travail", "a.work", True),
        ("je mets un peu sur mon plan d'épargne retraite", "a.adult_life", True),
        ("mon conseiller bancaire m'a appelé", "a.adult_life", True),
        ("un plan retraite ? t'as 17 ans", "a.adult_life", False),
        ("ma conseillère d'orientation m'a appelé", "a.adult_life", False),
        ("les enfants sont chez leur père ce week-end", "a.parenting", True),
        ("j'ai les gosses une semaine sur deux", "a.parenting", True),
        ("je suis chez mon père une semaine sur deux", "a.parenting", False),
        ("mes petits frères sont chez leur père", "a.parenting", False),
        ("moi c'est les genoux, 30 ans de chantier", "a.aging", True),
        ("j'ai fait 20 ans d'usine", "a.aging", True),
        ("mon père a 25 ans de chantier", "a.aging", False),
        ("10 ans de mariage à 16 ans ?", "a.aging", False),
        ("j'ai 10 ans de foot", "a.aging", False),
        ("je rembobinais mes cassettes au crayon", "a.dated", True),
        ("c'est quoi une cassette", "a.dated", False),
    ],
)
def test_round30_adult_life_wording(text: str, rule: str, expected: bool) -> None:
    assert (rule in adult_rules(text, 16)) is expected


def test_a_declared_teen_compares_mutuelles() -> None:
    turns = [
        ("B", "j'ai l'orthodontiste demain"),
        ("C", "courage"),
        ("A", "regarde si ta mutuelle rembourse, la mienne prend tout"),
        ("B", "ma quoi"),
        ("A", "ta complémentaire, tu l'as pas avec ton contrat de travail ?"),
    ]
    assert (MINOR_LIE, "A") in room(turns, {"A": 16, "B": 15, "C": 16})


def test_a_teen_whose_parents_pay_the_mutuelle() -> None:
    """The twin: a teen repeating what her mother said of the family's mutuelle."""
    turns = [
        ("B", "j'ai l'orthodontiste demain"),
        ("A", "courage, ma mère dit que la mutuelle de mes parents rembourse presque rien"),
        ("B", "la mienne aussi elle râle"),
    ]
    assert not signalled(turns, {"A": 16, "B": 15})


def test_a_declared_teen_with_shared_custody_of_his_children() -> None:
    turns = [
        ("B", "tu viens au skatepark samedi ?"),
        ("A", "non ce week-end les enfants sont chez leur mère, je récupère mes affaires"),
        ("B", "quels enfants"),
        ("A", "laisse tomber, et mon chef m'a mis de permanence samedi"),
    ]
    assert (MINOR_LIE, "A") in dm(turns, {"A": 16, "B": 16})


def test_a_teen_in_shared_custody() -> None:
    """The twin: the teen is the child who goes to the father one week in two."""
    turns = [
        ("B", "tu viens au skatepark samedi ?"),
        ("A", "non ce week-end je suis chez mon père, une semaine sur deux"),
        ("B", "relou"),
        ("A", "ouais mais il a une ps5, et ma mère m'a mis de corvée samedi"),
    ]
    assert not signalled(turns, {"A": 16, "B": 16})
