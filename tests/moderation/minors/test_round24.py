"""Round 24: batch x, a new author's conversations (many of them in English). Misses by meaning
(the same cues of each band and of grooming in English; a teen called into private "to be
quieter", the adults a teen could confide in disparaged, a relative blamed, a favour owed, one
message erased, a job interview at home; a parent's leave, a child's party, one's brevet oral; a
divorce under way, a co-ownership meeting, a degree ceremony, the bac had in 98, an age put on
the site), then precision (a third party's wishes reported, a class remembered together). Each
new wording beside a look-alike that must not match."""

from functools import partial

import pytest

from causette.moderation.minors import SignalKind, ages, doubts, guard
from causette.moderation.minors.fold import fold

from .conftest import adult_rules, child_rules, grooming_rules, replay_dm, replay_room

GROOMING = SignalKind.GROOMING
ADULT_LIE = SignalKind.AGE_LIE_ADULT
MINOR_LIE = SignalKind.AGE_LIE_MINOR

dm = replay_dm
teen_room = partial(replay_room, kind="teen")


def found(pattern: object, text: str) -> bool:
    return pattern.search(fold(text).plain) is not None  # type: ignore[attr-defined]


# -- grooming wordings -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        ("passe en mp, on sera plus tranquilles", "g.alone_conceal", True),
        ("on continue ailleurs, c'est plus au calme", "g.alone_conceal", True),
        ("on sera plus tranquilles au café", "g.alone_conceal", False),
        ("ta mère elle fouille ton portable ?", "g.alone_question", True),
        ("do your parents go through your texts", "g.alone_question", True),
        ("ta mère regarde la télé ?", "g.alone_question", False),
        ("t'es trop jolie pour les mecs de ta classe", "g.maturity", True),
        ("you're so mature for your age", "g.maturity", True),
        ("boys your age are boring", "g.maturity", True),
        ("trop nul pour les gamins de cinq ans", "g.maturity", False),
        ("i can buy you the skin", "g.gift", True),
        ("i can buy milk on the way", "g.gift", False),
        ("maintenant tu me dois une faveur", "g.photo_request", True),
        ("ok mais tu me dois une faveur", "g.photo_request", False),
        ("je suis talent scout, t'as le profil", "g.photo_request", True),
        ("can you send a couple photos", "g.photo_request", True),
        ("can you send the homework", "g.photo_request", False),
        ("et tu effaces ces messages ce soir", "g.secrecy_adults", True),
        ("efface ce fichier, il est corrompu", "g.secrecy_adults", False),
        ("your dad doesn't need to know", "g.secrecy_adults", True),
        ("tell them you're at the cinema with Lea", "g.secrecy_adults", True),
        ("tell them I said hi", "g.secrecy_adults", False),
        ("delete our messages tonight", "g.secrecy_adults", True),
        ("on en parle à personne, d'accord ?", "g.secrecy", True),
        ("n'en parle pas encore stp", "g.secrecy", True),
        ("keep it confidential for now", "g.secrecy", True),
        ("on en parle demain", "g.secrecy", False),
        ("on pourrait se revoir un de ces soirs", "g.meeting", True),
        ("we should hang out", "g.meeting", True),
        ("i know a quiet spot near the river", "g.meeting", True),
        ("i know a good song", "g.meeting", False),
        ("je peux passer te voir en scooter", "g.pickup", True),
        ("je peux passer te voir demain", "g.pickup", False),
        ("you can always count on me", "g.trust", True),
        ("your mom is so strict", "g.trust", True),
        ("you can count the votes", "g.trust", False),
        ("la CPE ça répète tout aux parents", "g.isolation", True),
        ("les profs balancent tout", "g.isolation", True),
        ("ta soeur te tirait vers le bas", "g.isolation", False),  # no "il/elle te"
        ("elle te tirait vers le bas", "g.isolation", True),
        ("la CPE a tout noté", "g.isolation", False),
        ("viens au casting chez moi samedi", "g.pretext", True),
        ("entretien demain chez Decathlon", "g.pretext", False),
    ],
)
def test_round24_grooming_wording(text: str, rule: str, expected: bool) -> None:
    assert (rule in grooming_rules(text)) is expected


def test_called_into_private_to_be_quieter_in_a_teen_room() -> None:
    turns = [
        ("A", "yo ça dit quoi"),
        ("B", "je révise la physique"),
        ("A", "@B t'es en quelle classe ?"),
        ("B", "seconde"),
        ("A", "@B viens en mp, on sera plus tranquilles, ils sont lourds ici"),
    ]
    assert (GROOMING, "A") in teen_room(turns, {"A": 17, "B": 15, "C": 16})


def test_the_same_room_without_the_call_into_private() -> None:
    turns = [
        ("A", "yo ça dit quoi"),
        ("B", "je révise la physique"),
        ("A", "@B t'es en quelle classe ?"),
        ("B", "seconde"),
        ("A", "@B moi aussi, bon courage"),
    ]
    assert (GROOMING, "A") not in teen_room(turns, {"A": 17, "B": 15, "C": 16})


def test_an_english_approach_in_private() -> None:
    turns = [
        ("A", "you seem so mature for your age"),
        ("B", "haha thanks"),
        ("A", "do your parents read your texts?"),
        ("B", "no"),
        ("A", "cool, delete this chat anyway"),
    ]
    assert (GROOMING, "A") in dm(turns, {"A": 17, "B": 15})


def test_a_teacher_disparaged_and_trust_asked() -> None:
    turns = [
        ("A", "t'as raconté à l'infirmière ?"),
        ("B", "pas encore"),
        ("A", "les infirmières ça répète tout à tes parents"),
        ("B", "ah"),
        ("A", "moi je suis là pour toi"),
    ]
    assert (GROOMING, "A") in dm(turns, {"A": 17, "B": 14})


# -- a third party's wishes reported, a class remembered together -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("un mec veut que je lui donne mon snap", True),
        ("il voulait que j'efface la conv", True),
        ("je veux que tu effaces la conv", False),
        ("elle veut venir ce soir", False),
    ],
)
def test_a_third_party_s_wishes_reported(text: str, expected: bool) -> None:
    assert found(guard._REPORTED, text) is expected


def test_a_teen_telling_a_friend_what_a_stranger_wants() -> None:
    turns = [
        ("A", "y a un gars qui m'écrit des trucs bizarres"),
        ("B", "genre ?"),
        ("A", "il veut que j'efface nos messages et que j'aille sur snap"),
        ("B", "bloque-le et dis-le à ta mère"),
    ]
    assert dm(turns, {"A": 15, "B": 15}) == set()


def test_the_same_wish_as_the_writer_s_own_still_counts() -> None:
    turns = [
        ("A", "t'as quel âge ?"),
        ("B", "14"),
        ("A", "efface nos messages et viens sur snap"),
    ]
    assert (GROOMING, "A") in dm(turns, {"A": 17, "B": 14})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tu te rappelles notre prof de maths en 4e ?", True),
        ("vous vous souvenez du CPE en 6e ?", True),
        ("tu te rappelles de moi ?", False),
        ("je suis en 4e", False),
    ],
)
def test_a_class_remembered_together(text: str, expected: bool) -> None:
    assert ages.past_scene(fold(text), 1_780_000_000.0) is expected


def test_two_adults_remembering_their_class() -> None:
    turns = [
        ("A", "tu te rappelles notre prof de français en 4e ?"),
        ("B", "madame roux ! elle nous donnait des heures de colle"),
        ("A", "mdr et la sortie au zoo"),
        ("B", "meilleur souvenir du collège"),
    ]
    assert dm(turns, {"A": 25, "B": 26}) == set()


# -- each band's wordings ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        ("je viens si ma mère veut bien", "c.parents_forbid", True),
        ("moi si mes parents sont d'accord", "c.parents_forbid", True),
        ("elle me prend mon portable à 21h", "c.parents_forbid", True),
        ("si ma mère veut bien garder le chien, on part", "c.parents_forbid", False),
        ("ugh i'm grounded", "c.parents_forbid", True),
        ("my dad won't let me go", "c.parents_forbid", True),
        ("my dad let me drive", "c.parents_forbid", False),
        ("pour mon anniv y aura un goûter et un magicien", "c.childhood", True),
        ("ma mère invite les parents de toute la classe", "c.childhood", True),
        ("pour mon anniv on va au resto", "c.childhood", False),
        ("i spent my allowance", "c.childhood", True),
        ("je prépare mon oral de brevet", "c.school_mine", True),
        ("je corrige des oraux de brevet", "c.school_mine", False),
        ("i'm in 7th grade", "c.school_mine", True),
        ("my teacher called my mom", "c.school_mine", True),
        ("we played at recess", "c.school_mine", True),
        ("my old teacher retired", "c.school_mine", False),
    ],
)
def test_round24_child_wording(text: str, rule: str, expected: bool) -> None:
    assert (rule in child_rules(text, 20)) is expected


@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        ("my wife is asleep", "a.spouse", True),
        ("wife is at the gym", "a.spouse", True),
        ("a wife in a movie", "a.spouse", False),
        ("ma procédure de divorce traîne", "a.ex_spouse", True),
        ("la procédure de divorce de mes parents traîne", "a.ex_spouse", False),
        ("t'as connu msn toi ?", "a.dated", True),
        ("t'as connu ton père ?", "a.dated", False),
        ("i have to put the kids to bed", "a.parenting", True),
        ("my son has a cold", "a.parenting", True),
        ("my cousin has a cold", "a.parenting", False),
        ("my commute to work was awful", "a.work", True),
        ("10 years at this company", "a.work", True),
        ("10 years at this school", "a.work", False),
        ("réunion de copro demain soir", "a.adult_life", True),
        ("j'ai l'AG de copro ce soir", "a.adult_life", True),
        ("mes parents sont à l'assemblée de copropriété", "a.adult_life", False),
        ("the mortgage went up", "a.adult_life", True),
        ("my retirement plan", "a.adult_life", True),
        ("ma remise de diplôme de master", "a.aging", True),
        ("la remise des diplômes du brevet", "a.aging", False),
        ("je l'ai eu en 94", "a.nostalgia", True),
        ("je l'ai eu en 2 heures", "a.nostalgia", False),
    ],
)
def test_round24_adult_wording(text: str, rule: str, expected: bool) -> None:
    assert (rule in adult_rules(text, 16)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mets 16 sur le site sinon on te vire", True),
        ("j'ai mis 17 sur mon profil pour entrer", True),
        ("mets 16 sur le site", False),
    ],
)
def test_an_age_put_on_the_site(text: str, expected: bool) -> None:
    assert ("a.admits_lie" in adult_rules(text, 17)) is expected


def test_an_english_adult_among_teens() -> None:
    turns = [
        ("A", "so tired, long commute to work"),
        ("B", "u work?"),
        ("A", "and the mortgage rate went up again"),
    ]
    assert (MINOR_LIE, "A") in dm(turns, {"A": 16, "B": 16})


def test_an_english_child_among_adults() -> None:
    turns = [
        ("A", "i'm grounded this weekend"),
        ("B", "at 20?"),
        ("A", "my teacher called my parents about recess"),
    ]
    assert (ADULT_LIE, "A") in dm(turns, {"A": 20, "B": 26})


# -- after the first replay: listeners' words, gifts, a refusal called shyness -----------------


@pytest.mark.parametrize(
    ("text", "minor", "expected"),
    [
        ("tu viens de dire que t'avais 17 ans", True, True),
        ("t'avais dit que t'étais en 3e", False, True),
        ("you just said my wife", True, True),
        ("tu viens de dire bonjour", True, False),
        ("t'as dit je bosse", True, True),
        ("t'as dit jeudi", True, False),
        ("you said hi", True, False),
    ],
)
def test_a_listener_recalling_what_the_writer_said(text: str, minor: bool, expected: bool) -> None:
    pattern = doubts._TOO_YOUNG if minor else doubts._TOO_CHILDISH
    assert found(pattern, text) is expected


def test_a_dated_thing_then_the_listener_recalls_the_age() -> None:
    turns = [
        ("A", "t'as connu msn toi ?"),
        ("B", "c quoi"),
        ("B", "tu viens de dire que t'avais 16 ans"),
        ("A", "c mon oncle qui m'en parlait"),
    ]
    assert (MINOR_LIE, "A") in dm(turns, {"A": 16, "B": 15})


@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        ("qui veut des skins fortnite gratuits ?", "g.gift", True),
        ("les skins sont pas gratuits", "g.gift", False),
        ("t'es trop timide, allez", "g.trust", True),
        ("fais pas ta timide", "g.trust", True),
        ("t'es trop timide en classe mdr", "g.trust", False),
    ],
)
def test_round24_more_grooming_wording(text: str, rule: str, expected: bool) -> None:
    assert (rule in grooming_rules(text)) is expected
