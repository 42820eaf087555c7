"""Round 23: batches u and v, new authors' conversations. Precision by the situation (siblings
named by a shared parent, a past the two lived together, a photo asked to help, a confided crush,
a job named by the partner, a teacher's marking, medical school, a year remembered, a comparison
with childhood), then misses by meaning (the listeners' disbelief, a question echoing a cue read
on its own, a correction offered, a doubter's echoed words no cue of theirs; implicit age cues:
not knowing what a rent is, candles, lice, an elder's greeting, a degree done; grooming wordings).
Each ordinary case beside a twin that must still be flagged."""

from functools import partial

import pytest

from causette.moderation.minors import SignalKind, doubts, guard
from causette.moderation.minors.fold import fold

from .conftest import adult_rules, child_rules, grooming_rules, replay_dm, replay_room

GROOMING = SignalKind.GROOMING
ADULT_LIE = SignalKind.AGE_LIE_ADULT
MINOR_LIE = SignalKind.AGE_LIE_MINOR


dm = replay_dm
room = partial(replay_room, kind="general")
teen_room = partial(replay_room, kind="teen")


def found(pattern: object, text: str) -> bool:
    return pattern.search(fold(text).plain) is not None  # type: ignore[attr-defined]


# -- who the two people are ------------------------------------------------------------------

PRESENT = [
    ("A", "je te le paye pour ton anniv le nouveau jeu"),
    ("B", "trop bien"),
    ("A", "et tu dis rien à personne hein"),
]


def test_siblings_named_by_a_shared_parent() -> None:
    turns = [("A", "papa m'a dit que tu voulais le jeu de foot"), ("B", "ouiii"), *PRESENT]
    assert dm(turns, {"A": 17, "B": 14}) == set()


def test_a_present_with_a_secret_between_strangers_still_counts() -> None:
    assert (GROOMING, "A") in dm([("A", "salut"), ("B", "slt"), *PRESENT], {"A": 17, "B": 14})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("maman m'a dit que tu voulais des skins", True),
        ("papa veut que tu rentres avant 20h", True),
        ("ma maman m'a dit que t'étais gentil", False),
        ("maman est au travail", False),
    ],
)
def test_a_parent_shared_with_the_partner(text: str, expected: bool) -> None:
    assert found(guard._KNOWN, text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tu te rappelles quand ton père nous avait ramenés en pyjama", True),
        ("tu te souviens de la fois où on s'était perdus au ski", True),
        ("la fois où ta soeur nous a grillés", True),
        ("tu te rappelles de moi ?", False),
        ("tu te souviens de ton mot de passe ?", False),
    ],
)
def test_a_past_the_two_lived_together(text: str, expected: bool) -> None:
    assert found(guard._SHARED_PAST, text) is expected


def test_a_past_told_together_carries_no_approach() -> None:
    turns = [
        ("A", "tu te rappelles quand ta mère nous avait récupérés en pyjama à la soirée"),
        ("B", "mdr la honte"),
        ("A", "grave, envoie la photo de groupe si tu l'as encore"),
    ]
    assert dm(turns, {"A": 16, "B": 16}) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("envoie une photo je regarde", True),
        ("prends-le en photo je t'explique", True),
        ("envoie une photo de toi je regarde", False),
        ("envoie une photo stp", False),
    ],
)
def test_a_photo_asked_to_help_with_something(text: str, expected: bool) -> None:
    assert found(guard._THING_PHOTO, text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("je crois que j'aime bien Yanis de la classe", True),
        ("je pense que je suis amoureuse de Théo", True),
        ("je crois que j'aime bien toi", False),
        ("je crois que j'aime bien quand tu parles", False),
    ],
)
def test_a_crush_confided_on_someone_else(text: str, expected: bool) -> None:
    assert found(guard._CONFIDED, text) is expected


# -- adult lives next to school talk ---------------------------------------------------------

SCHOOL_DAY = [
    ("A", "journée horrible au collège"),
    ("B", "ah bon"),
    ("A", "deux 4e se sont battus à la récré"),
    ("B", "pfff"),
]


def test_the_partner_naming_the_recipient_s_job() -> None:
    turns = [*SCHOOL_DAY, ("B", "mdr ton job de pion"), ("B", "je te paie un verre ce soir")]
    assert dm([*turns, ("A", "ok")], {"A": 26, "B": 27}) == set()


def test_school_talk_with_no_job_named_still_counts() -> None:
    turns = [*SCHOOL_DAY, ("B", "je te paie un verre ce soir"), ("A", "ok")]
    assert (ADULT_LIE, "A") in dm(turns, {"A": 26, "B": 27})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ton taf de surveillant ça va ?", True),
        ("t'es prof de quoi ?", True),
        ("ton job de rêve c'est quoi", False),
        ("t'es prof ?", False),
    ],
)
def test_the_recipient_s_job_named(text: str, expected: bool) -> None:
    assert found(guard._YOUR_WORK, text) is expected


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        ("_CARER", "je viens de corriger 35 copies de 5e", True),
        ("_CARER", "j'ai encore 40 copies à corriger", True),
        ("_CARER", "le prof a corrigé nos copies", False),
        ("_YOUNG_ADULT", "je révise l'ECN depuis janvier", True),
        ("_YOUNG_ADULT", "en 4e année de médecine", True),
        ("_YOUNG_ADULT", "je regarde grey's anatomy", False),
        ("_LIKENED", "ma mère me fait mon sac comme au collège", True),
        ("_LIKENED", "j'ai l'impression d'avoir 14 ans", True),
        ("_LIKENED", "je suis redevenu un ado", True),
        ("_LIKENED", "au collège on a piscine", False),
    ],
)
def test_an_adult_life_beside_school_talk(pattern: str, text: str, expected: bool) -> None:
    assert found(getattr(guard, pattern), text) is expected


def test_a_comparison_with_childhood_is_no_child_cue() -> None:
    turns = [
        ("A", "mon père vérifie mes notes comme au collège"),
        ("B", "mdr"),
        ("A", "et ma mère me fait mes tartines, j'ai l'impression d'avoir 12 ans"),
    ]
    assert dm(turns, {"A": 26, "B": 25}) == set()


def test_a_year_remembered_is_no_birth_year() -> None:
    assert "c.birth_year" not in child_rules("moi en 2011 c'était les toupies", 26)
    assert "c.birth_year" in child_rules("moi je suis de 2011", 26)


# -- the listeners' disbelief ----------------------------------------------------------------

TEENS = {"A": 17, "B": 15, "C": 16}


def test_a_teen_told_they_were_not_born() -> None:
    turns = [
        ("A", "quand j'étais jeune c'était mieux"),
        ("B", "t'étais même pas né mdr"),
        ("A", "je parle de ce que raconte mon père"),
    ]
    assert (MINOR_LIE, "A") in teen_room(turns, TEENS)


def test_a_teen_s_memory_not_disbelieved_is_not_held() -> None:
    turns = [
        ("A", "quand j'étais jeune c'était mieux"),
        ("B", "ok"),
        ("A", "je parle de ce que raconte mon père"),
    ]
    assert teen_room(turns, TEENS) == set()


def test_a_disbelief_after_an_echo_of_the_same_cue() -> None:
    turns = [
        ("A", "faut que je trouve une nounou pour ma fille"),
        ("B", "ta fille ??"),
        ("A", "ma petite soeur"),
        ("C", "t'as 17 ans toi"),
        ("A", "bref"),
    ]
    assert (MINOR_LIE, "A") in dm(turns[:3], {"A": 17, "B": 15}) | teen_room(turns, TEENS)
    assert (MINOR_LIE, "A") in teen_room(turns, TEENS)


@pytest.mark.parametrize(
    ("text", "minor", "expected"),
    [
        ("t'étais même pas née", True, "DISBELIEF"),
        ("en 1999 t'existais pas", True, "DISBELIEF"),
        ("t'as 16 ans, t'as pas pu faire ça", True, "DISBELIEF"),
        ("depuis tes 6 ans ?", True, "DISBELIEF"),
        ("t'es qui mon grand-père ?", True, "DISBELIEF"),
        ("c'est pour les gamins ça non ?", False, "DISBELIEF"),
        ("tu parles comme un gosse", False, "DISBELIEF"),
        ("t'as dit que t'étais au collège", False, "DISBELIEF"),
        ("au bureau tu veux dire ?", False, "DOUBT"),
        ("t'as 16 ans toi", True, "NO_DOUBT"),
        ("t'étais où hier", True, "NO_DOUBT"),
    ],
)
def test_what_listeners_say(text: str, minor: bool, expected: str) -> None:
    said = doubts._doubts(text, fold(text).plain, frozenset(), minor)
    assert said == getattr(doubts, expected)


def test_each_question_of_a_message_is_read_for_an_echo() -> None:
    text = "à la cantine ? tu bosses pas dans une entreprise toi ?"
    words = frozenset({"cantine", "mange"})
    assert doubts._doubts(text, fold(text).plain, words) == doubts.DOUBT


def test_a_doubter_s_echo_is_no_cue_of_theirs() -> None:
    kept = doubts._unechoed([doubts.DOUBTED_RULE, doubts.SLIP_RULE])
    assert kept == []
    turns = [
        ("B", "on s'échange des cartes à la récré"),
        ("A", "à la récré ? au boulot tu veux dire ?"),
        ("B", "oui voilà"),
        ("A", "ok"),
    ]
    signals = dm(turns, {"A": 28, "B": 20})
    assert (ADULT_LIE, "A") not in signals


def test_an_adult_s_child_cue_disbelieved_in_a_room() -> None:
    turns = [
        ("B", "je file c'est l'heure du goûter"),
        ("A", "c'est pour les enfants ça non ?"),
        ("B", "non c'est pour tout le monde"),
    ]
    assert (ADULT_LIE, "B") in room(turns, {"A": 35, "B": 19, "C": 28})


# -- implicit age cues -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        ("c'est quoi des impôts ?", "c.adult_unknown", True),
        ("cest quoi un bail", "c.adult_unknown", True),
        ("je savais pas qu'on devait payer pour l'eau", "c.adult_unknown", True),
        ("c'est quoi le loyer de ton studio ?", "c.adult_unknown", False),
        ("demain je vais souffler mes 11 bougies", "c.childhood", True),
        ("mon anniv c'est lundi, 13 bougies", "c.childhood", True),
        ("les 40 bougies de mon mari", "c.childhood", False),
        ("papa me brossait les cheveux", "c.childhood", True),
        ("j'ai encore des poux", "c.childhood", True),
        ("je suis trop petite pour les montagnes russes", "c.childhood", True),
        ("l'an prochain j'aurai grandi", "c.childhood", True),
        ("j'ai pas le droit d'aller au parc toute seule", "c.childhood", True),
        ("ma mère m'appelle pour le bain", "c.childhood", True),
        ("ma grand-mère nous lisait des histoires", "c.childhood", True),
        ("une grande soeur, elle a 16 ans", "c.childhood", True),
        ("jpasse en 4eme", "c.school_class", True),
        ("la prof a dit qu'on le ferait en 3e", "c.school_class", True),
        ("ma première semaine au collège", "c.school_mine", True),
    ],
)
def test_round23_child_wording(text: str, rule: str, expected: bool) -> None:
    assert (rule in child_rules(text, 20)) is expected


@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        ("bonsoir la jeunesse", "a.aging", True),
        ("alors jeune fille, la forme ?", "a.aging", True),
        ("la jeunesse c'est fou", "a.aging", False),
        ("j'ai fait une licence d'histoire", "a.aging", True),
        ("je veux faire une licence", "a.aging", False),
        ("rendez-vous de la médecine du travail", "a.work", True),
        ("j'ai appelé ma mutuelle", "a.adult_life", True),
        ("mon fils dit pareil, il est en 5e", "a.children", True),
        ("mon frère est en 5e", "a.children", False),
    ],
)
def test_round23_adult_wording(text: str, rule: str, expected: bool) -> None:
    assert (rule in adult_rules(text, 16)) is expected


def test_a_teen_not_knowing_the_rent_in_private() -> None:
    turns = [
        ("A", "je cherche un appart, les loyers sont fous"),
        ("B", "c'est quoi un loyer ?"),
        ("A", "ce que tu paies chaque mois"),
        ("B", "ah ma mère dit qu'on a de la chance on habite chez nous"),
        ("A", "t'as des coloc ?"),
        ("B", "non ma mère veut pas que je sorte le soir"),
    ]
    assert (ADULT_LIE, "B") in dm(turns, {"A": 24, "B": 19})


# -- grooming wordings -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        ("je peux te passer des robux", "g.gift", True),
        ("je peux te passer le lien", "g.gift", False),
        ("qui veut se faire 30 euros ce samedi ?", "g.gift", True),
        ("qui veut gagner la partie", "g.gift", False),
        ("tu parles comme une fille plus âgée", "g.maturity", True),
        ("trop mature pour les garçons de ta classe", "g.maturity", True),
        ("on pourrait sortir ensemble en secret", "g.secrecy", True),
        ("on prépare le cadeau en secret", "g.secrecy", False),
        ("pas besoin de prévenir ta mère", "g.secrecy", True),
        ("viens en privé, pas devant les autres", "g.secrecy", True),
        ("je t'attends devant le parc, tu viens seule", "g.alone_conceal", True),
        ("tu viens seule ou avec ta soeur ?", "g.alone_conceal", False),
        ("je serai ton seul confident", "g.isolation", True),
        ("je peux te montrer comment ça se passe", "g.intimate_question", True),
        ("mon pote de 24 ans voudrait te parler", "g.introduce", True),
        ("il a vu ta photo", "g.introduce", False),
        ("je lui donne ton insta ?", "g.introduce", True),
        ("que pour les plus jeunes", "g.youngest", True),
        ("j'aime parler avec les filles de 5e", "g.youngest", True),
    ],
)
def test_round23_grooming_wording(text: str, rule: str, expected: bool) -> None:
    assert (rule in grooming_rules(text)) is expected


def test_an_older_friend_introduced_in_private() -> None:
    turns = [
        ("A", "j'ai un ami de 23 ans qui voudrait te connaître"),
        ("B", "ah"),
        ("A", "il t'a vue sur ta photo, je lui donne ton snap ?"),
    ]
    assert (GROOMING, "A") in dm(turns, {"A": 17, "B": 14})


# -- after the cross-batch hold-out ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("en mai, je suis en première générale", True),
        ("je passe chez ma tante après le lycée", True),
        ("je révise pour le bac de français", True),
        ("j'étais en terminale il y a longtemps", False),
        ("je suis en réunion", False),
    ],
)
def test_a_teen_s_lycee_year_said_in_the_present(text: str, expected: bool) -> None:
    assert found(guard.TEEN_SCHOOL_NOW, text) is expected


def test_a_job_named_in_a_room_explains_the_school_talk() -> None:
    turns = [
        ("A", "mes 5e ont chanté faux toute l'heure"),
        ("B", "t'es prof de quoi ?"),
        ("A", "de musique"),
        ("C", "au collège ?"),
        ("A", "oui la cantine est pas terrible"),
        ("A", "et la récré trop bruyante"),
    ]
    assert room(turns, {"A": 29, "B": 26, "C": 31}) == set()
    assert found(guard._CARER, "mes 5e ont chanté faux")
    assert not found(guard._CARER, "mes 5e années de fac")
