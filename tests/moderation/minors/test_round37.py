"""Round 37: batch aj, a new author (evenings and weekends around online games, streaming,
music and fandoms). One false alarm: two teens of one lycée, one recruiting the other into a
club of its pupils ("ah c'est mon lycée", read by no rule as a school shared). Three misses: a
pseudo-peer in a teen room whose cues were spread over several people answered and who points
the girl to his private messages ("B regarde tes mp"); a declared adult doing primary-school
arithmetic ("les divisions à virgule"); a declared adult playing in an under-13 team whom a
listener reminds of the age on his profile ("mdr t'as 25 ans sur ton profil"). Grooming read
earlier by meaning: a game's paid item already given ("je t'ai offert nitro"), whether the
parents see what the partner does ("tes parents voient tes achats ?"), "t'es tout seul ?" said
to a boy, contacts in music who work with big names ("jconnais un beatmaker qui bosse avec des
gros"), a selfie asked for a group's project, the camera brought into a voice call. Each new
wording beside a look-alike that must not match; the conversations are paraphrased, not
copied from the batch."""

from functools import partial

import pytest

from causette.moderation.minors import SignalKind
from causette.moderation.minors.asides import _KNOWN
from causette.moderation.minors.doubts import _TOO_CHILDISH
from causette.moderation.minors.fold import fold

from .conftest import child_rules, grooming_rules, replay_dm, replay_room, signalled

GROOMING = SignalKind.GROOMING
ADULT_LIE = SignalKind.AGE_LIE_ADULT

dm = replay_dm
adult_room = partial(replay_room, kind="adult")
teen_room = partial(replay_room, kind="teen")


# -- the false alarm: a school shared -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("ah c'est mon lycée, t'es en quelle classe ?", True),
        ("c'est aussi mon collège mdr", True),
        ("oh c mon bahut", True),
        ("je crois qu'on est dans le même bahut nan ?", False),
        ("c'est mon ancien lycée", False),
        ("c'est le lycée de mon frère", False),
    ],
)
def test_round37_a_school_shared(text: str, known: bool) -> None:
    assert (_KNOWN.search(fold(text).plain) is not None) is known


def test_two_pupils_of_one_lycee_recruit_for_their_club() -> None:
    turns = [
        ("A", "tu veux entrer dans notre équipe clash ? c'est que des élèves du lycée"),
        ("B", "ouais grave"),
        ("A", "t'as quel âge ? on prend que les secondes et les premières"),
        ("B", "15, en seconde à victor hugo"),
        ("A", "ah c'est mon lycée, t'es en quelle classe ?"),
        ("B", "seconde 3"),
        ("A", "je connais ta prof principale mdr"),
        ("B", "elle est cool"),
        ("A", "je t'envoie le lien de l'équipe"),
    ]
    assert not signalled(turns, {"A": 16, "B": 15})


def test_a_stranger_who_claims_the_same_lycee_and_asks_a_secret_photo_is_still_grooming() -> None:
    turns = [
        ("A", "t'es à quel lycée ?"),
        ("B", "victor hugo"),
        ("A", "ah c'est mon lycée"),
        ("A", "envoie une photo de toi, rien que pour moi"),
        ("A", "et dis rien à tes parents"),
    ]
    assert (GROOMING, "A") in dm(turns, {"A": 17, "B": 15})


# -- grooming read earlier --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("jt'ai offert 10 subs sur sa chaîne", {"g.gift"}),
        ("je t'ai envoyé le brawl pass t'as vu ?", {"g.gift"}),
        ("je t'ai offert nitro pour te remonter le moral", {"g.gift"}),
        ("je t'ai payé le passe de combat", {"g.gift"}),
        ("je t'ai pris un skin pour ton main", {"g.gift"}),
        ("je t'ai envoyé le lien du pass", set()),
        ("je t'ai envoyé le pass navigo de ta soeur", set()),
        ("je t'ai envoyé la photo du match", set()),
    ],
)
def test_round37_a_paid_item_already_given(text: str, expected: set[str]) -> None:
    assert grooming_rules(text) & {"g.gift"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tes parents ils regardent ce que tu fais sur ton portable ?", {"g.alone_conceal"}),
        ("tes parents voient tes achats sur le jeu ?", {"g.alone_conceal"}),
        ("ta mère sait que tu joues la nuit ?", {"g.alone_conceal"}),
        ("ta mère surveille avec qui tu parles ?", {"g.alone_conceal"}),
        ("tes parents regardent la télé ce soir ?", set()),
        ("tes parents savent que tu sors ce soir ?", set()),
        ("tes parents voient tes notes sur pronote ?", set()),
    ],
)
def test_round37_whether_the_parents_see(text: str, expected: set[str]) -> None:
    assert grooming_rules(text) & {"g.alone_conceal"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("t'es tout seul ?", {"g.alone_question"}),
        ("t'es souvent seul chez toi après le foot ?", {"g.alone_question"}),
        ("t'es des fois toute seule le soir ?", {"g.alone_question"}),
        ("t'es tout seul à penser ça", set()),
        ("t'es seule à quelle heure chez toi ?", set()),
        ("t es seul la ?", set()),
    ],
)
def test_round37_alone_said_to_a_boy_or_how_often(text: str, expected: set[str]) -> None:
    assert grooming_rules(text) & {"g.alone_question"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("jconnais un producteur qui bosse avec des gros rappeurs", {"g.pretext"}),
        ("je connais une manager qui cherche des voix comme la tienne", {"g.pretext"}),
        ("mon cousin connaît un producteur", set()),
        ("je connais un beatmaker il est chaud", set()),
    ],
)
def test_round37_contacts_who_work_with_big_names(text: str, expected: set[str]) -> None:
    assert grooming_rules(text) & {"g.pretext"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on demande à quelques membres un selfie, t'as été choisie", {"g.photo_request"}),
        ("j'aurais besoin d'un selfie pour le dossier", {"g.photo_request"}),
        ("viens en vocal avec la cam c plus drôle", {"g.photo_request"}),
        ("on fait un appel avec ta webcam ce soir ?", {"g.photo_request"}),
        ("je veux un selfie avec Jul au concert", set()),
        ("je demande un selfie à Ninho à la sortie", set()),
        ("l'appel avec la cam de la prof a planté", set()),
        ("on fait un vocal ce soir ?", set()),
    ],
)
def test_round37_a_selfie_asked_and_the_camera_in_a_call(text: str, expected: set[str]) -> None:
    assert grooming_rules(text) & {"g.photo_request"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lina regarde tes mp", {"g.off_platform"}),
        ("check tes dm", {"g.off_platform"}),
        ("va voir tes messages privés", {"g.off_platform"}),
        ("je t'ai écrit en mp", {"g.off_platform"}),
        ("je regarde mes mp et j'arrive", set()),
        ("il t'a écrit en mp ?", set()),
        ("regarde tes notifs", set()),
    ],
)
def test_round37_pointed_to_private_messages(text: str, expected: set[str]) -> None:
    assert grooming_rules(text) & {"g.off_platform"} == expected


def test_a_pseudo_peer_who_gives_a_pass_first_is_signalled_sooner() -> None:
    turns = [
        ("A", "je t'ai envoyé le brawl pass t'as vu ?"),
        ("B", "ah c'était toi ? merci"),
        ("A", "de rien t'es trop drôle en vocal. t'as quel âge ?"),
        ("B", "15"),
        ("A", "t'es tout seul ?"),
    ]
    assert (GROOMING, "A") in dm(turns, {"A": 17, "B": 15})


def test_a_pseudo_peer_in_a_teen_room_points_her_to_his_private_messages() -> None:
    turns = [
        ("C", "vous avez vu le dernier épisode ?"),
        ("B", "oui j'ai fait un fanart de l'héroïne"),
        ("A", "il est ouf, je t'envoie de l'argent pour m'en faire un"),
        ("A", "et t'es trop belle sur ta photo de profil"),
        ("D", "euh t'es chelou toi"),
        ("A", "je parlais à B. B regarde tes mp"),
    ]
    assert (GROOMING, "A") in teen_room(turns, {"A": 17, "B": 15, "C": 16, "D": 16})


def test_friends_of_one_class_meet_in_voice_without_a_signal() -> None:
    turns = [
        ("A", "joyeux anniv ! je t'ai offert le passe de combat"),
        ("B", "t'es le meilleur, viens en vocal on le teste"),
        ("A", "j'arrive après mon exo de maths"),
        ("B", "on se voit au lycée demain de toute façon"),
    ]
    assert not signalled(turns, {"A": 15, "B": 16})


# -- declared adults ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("trop dur les divisions à virgule", {"c.school_mine"}),
        ("je dois réviser les fractions pour demain", {"c.school_mine"}),
        ("mes exos de fractions sont pas finis", {"c.school_mine"}),
        ("mon fils galère sur les divisions à virgule", set()),
        ("je dois faire des divisions pour ma compta", set()),
        ("t'as révisé les fractions ?", set()),
        ("ah les divisions posées c'est dur au début", set()),
    ],
)
def test_round37_primary_arithmetic_as_ones_own(text: str, expected: set[str]) -> None:
    assert child_rules(text) & {"c.school_mine"} == expected


@pytest.mark.parametrize(
    ("text", "disbelief"),
    [
        ("mdr t'as 25 ans sur ton profil", True),
        ("ton profil dit 22 ans", True),
        ("c'est marqué 19 sur ton profil", True),
        ("ton profil est trop beau", False),
        ("j'ai 25 ans sur mon profil", False),
        ("t'as 15 ans sur ton profil", False),
    ],
)
def test_round37_the_profiles_age_set_against_a_child_cue(text: str, disbelief: bool) -> None:
    assert (_TOO_CHILDISH.search(fold(text).plain) is not None) is disbelief


def test_a_declared_adult_in_an_under_13_team_reminded_of_his_profile() -> None:
    turns = [
        ("C", "qui a vu le match hier"),
        ("A", "moi je joue en u13, on a gagné 3-1"),
        ("D", "mdr t'as 24 ans sur ton profil"),
        ("A", "ouais ouais c'est compliqué"),
    ]
    assert (ADULT_LIE, "A") in adult_room(turns, {"A": 24, "C": 30, "D": 26})


def test_a_coach_of_an_under_13_team_who_owns_it_is_not_signalled() -> None:
    turns = [
        ("C", "qui a vu le match hier"),
        ("A", "moi j'entraîne les u13 le samedi matin"),
        ("D", "t'as 24 ans et t'entraînes déjà ?"),
        ("A", "oui depuis deux ans, j'adore"),
    ]
    assert not adult_room(turns, {"A": 24, "C": 30, "D": 26}, model=True)


def test_a_declared_adult_doing_divisions_is_signalled_at_the_doubt() -> None:
    turns = [
        ("A", "attends je finis un truc"),
        ("A", "c'est chaud les divisions à virgule"),
        ("B", "t'as 19 ans et tu fais des divisions ?"),
        ("A", "c'est pour aider quelqu'un"),
    ]
    assert (ADULT_LIE, "A") in dm(turns, {"A": 19, "B": 21})
