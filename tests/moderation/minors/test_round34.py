"""Round 34: batches af and ag, two new authors. Five false alarms: a message erased in case a
sister reads the phone (a friend's crush kept secret); young apprentices whose master lets them
bake and who bring back unsold bread; a young adult of 19 in terminale who repeated a year of
the lycée; a teen's own new couple kept from the class; a teen room asking the age of a cousin
who works. Misses by meaning: an absence slip the parents sign and PE with a teacher named; a
mock brevet failed and a phone given back after a punishment; a child word taken back in the
message that said it; a terminale stammered; the evening tram forbidden; "lapsus" and "je sais
pas pourquoi j'ai dit ça"; a gift card sent, a room member kept out of a secret (and not the
person the message answers), a profile picture praised, "jtattends en mp", a walk home by the
park. Each new wording beside a look-alike that must not match; the conversations are
paraphrased, not copied from the batches."""

from functools import partial

import pytest

from causette.moderation.minors import SignalKind
from causette.moderation.minors.asides import _CONFIDED
from causette.moderation.minors.doubts import _RETRACTS, _SLIP, DOUBT, NO_DOUBT, _cue_words, _doubts
from causette.moderation.minors.fold import fold
from causette.moderation.minors.frames import _YOUNG_ADULT

from .conftest import adult_rules, child_rules, grooming_rules, replay_dm, replay_room, signalled

GROOMING = SignalKind.GROOMING
ADULT_LIE = SignalKind.AGE_LIE_ADULT
MINOR_LIE = SignalKind.AGE_LIE_MINOR

dm = replay_dm
teen_room = partial(replay_room, kind="teen")


# -- false alarms -----------------------------------------------------------------------------


def test_a_friends_crush_erased_in_case_a_brother_reads_the_phone() -> None:
    turns = [
        ("A", "tu jures de rien répéter ?"),
        ("B", "oui vas y"),
        ("A", "lou elle est amoureuse de noah de 4e b"),
        ("B", "trop mignon"),
        ("A", "et supprime ce message au cas où ton grand frère lit ton tel"),
        ("B", "ok c fait"),
    ]
    assert not signalled(turns, {"A": 14, "B": 14})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("efface ce message au cas où ta petite sœur lit ton tel", set()),
        ("supprime ce message au cas ou ton frere regarde ton portable", set()),
        ("efface ce message au cas où ta mère lit ton tel", {"g.secrecy_adults"}),
        ("efface ce message stp", {"g.secrecy_adults"}),
    ],
)
def test_round34_a_sibling_feared_as_reader(text: str, expected: set[str]) -> None:
    assert grooming_rules(text) & {"g.secrecy_adults", "g.off_platform"} == expected


def test_the_phone_as_a_thing_is_no_contact_asked() -> None:
    assert "g.off_platform" not in grooming_rules("au cas où ton père fouille ton tel")
    assert "g.off_platform" in grooming_rules("donne moi ton tel")


def test_apprentices_bring_back_unsold_bread() -> None:
    turns = [
        ("A", "debout à 4h encore, je suis mort"),
        ("B", "pareil, four allumé à 4h30"),
        ("A", "ma maîtresse d'apprentissage m'a laissé faire les pains au chocolat seul"),
        ("B", "stylé, moi que les tartes"),
        ("A", "on se voit au cfa jeudi ?"),
        ("B", "oui je te ramène des viennoiseries"),
        ("A", "parfait"),
    ]
    assert not signalled(turns, {"A": 19, "B": 20})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mon maître d'apprentissage m'a laissé faire le pain", False),
        ("ma maîtresse de stage m'a félicitée", False),
        ("ma maîtresse de CM1 m'a puni", True),
        ("ma maitresse d'anglais m'a mis une croix", True),
    ],
)
def test_round34_a_master_at_work(text: str, expected: bool) -> None:
    assert ("c.school_mine" in child_rules(text, 19)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("je te ramène des croissants demain", False),
        ("je te ramène un café", False),
        ("je te ramène chez toi après le ciné", True),
        ("je peux te ramener ce soir", True),
        ("je peux te ramener de l'école en voiture", True),
        ("je te ramène du collège", True),
        ("je te ramène du caramel", False),
    ],
)
def test_round34_a_thing_brought_is_no_pickup(text: str, expected: bool) -> None:
    assert ("g.pickup" in grooming_rules(text)) is expected


def test_a_young_adult_who_repeated_a_year_of_the_lycee() -> None:
    turns = [
        ("A", "t'as commencé les révisions de philo ?"),
        ("B", "non j'ai redoublé la seconde, je suis en retard sur tout"),
        ("A", "moi j'ai 18 et je suis en terminale aussi, on révise ensemble ?"),
        ("B", "ok samedi au cdi"),
        ("A", "tu vises quoi après le bac"),
        ("B", "une licence d'histoire si j'ai mes notes"),
        ("B", "mon père répète que je suis le plus âgé de ma classe mdr"),
        ("A", "t'inquiète t'es pas le seul"),
    ]
    assert not signalled(turns, {"A": 18, "B": 19})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("jai redouble la premiere", True),
        ("j'ai redoublé ma seconde", True),
        ("j'ai redoublé ma 4e", False),
        ("mon frère a redoublé la seconde", False),
    ],
)
def test_round34_a_lycee_year_repeated_opens_the_young_adult_frame(
    text: str, expected: bool
) -> None:
    assert (_YOUNG_ADULT.search(fold(text).plain) is not None) is expected


def test_a_teen_keeps_her_own_new_couple_from_the_class() -> None:
    turns = [
        ("A", "jure que tu le dis à personne"),
        ("B", "juré, quoi"),
        ("A", "je suis avec Hugo depuis jeudi 🙈"),
        ("B", "naaan trop bien"),
        ("A", "chut je veux pas que tout le lycée le sache"),
        ("B", "motus"),
    ]
    assert not signalled(turns, {"A": 16, "B": 16})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("je suis avec Hugo depuis jeudi", True),
        ("jsors avec Inès depuis hier", True),
        ("je suis avec toi depuis le début", False),
        ("jsuis avec ma mère depuis ce matin", False),
        ("je suis avec les autres depuis midi", False),
    ],
)
def test_round34_ones_own_couple_confided(text: str, expected: bool) -> None:
    assert (_CONFIDED.search(fold(text).plain) is not None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("je veux pas que toute la classe sache", True),
        ("jveux pas que tout le monde le sache", True),
        ("je veux que tout le monde sache", False),
    ],
)
def test_round34_news_kept_from_a_group(text: str, expected: bool) -> None:
    assert ("g.secrecy" in grooming_rules(text)) is expected


def test_a_secret_kept_from_the_group_with_no_confidence_still_counts() -> None:
    turns = [
        ("A", "t'es trop mignonne"),
        ("B", "merci"),
        ("A", "je veux pas que tout le monde sache qu'on se parle"),
        ("A", "envoie moi ton snap et dis rien à tes parents"),
    ]
    assert (GROOMING, "A") in dm(turns, {"A": 16, "B": 13})


def test_a_teen_room_asks_the_age_of_a_brother_at_work() -> None:
    turns = [
        ("A", "mon père a râlé toute la soirée sur ses impôts"),
        ("B", "le mien pareil"),
        ("C", "mon frère bosse à la banque, il fait les papiers de toute la famille"),
        ("A", "pratique"),
        ("B", "il a quel âge ton frère ?"),
        ("C", "26"),
        ("A", "moi jamais je fais ça comme métier"),
    ]
    assert not teen_room(turns, {"A": 16, "B": 15, "C": 15}, model=True)


def _asks(question: str, cue: str) -> int:
    return _doubts(question, fold(question).plain, _cue_words(fold(cue).plain), True)


def test_round34_a_relatives_age_asked_is_no_doubt() -> None:
    cousin = "mon cousin travaille aux impôts"
    assert _asks("il a quel âge ton cousin ?", cousin) == NO_DOUBT
    assert _asks("ton cousin ?", cousin) == DOUBT
    assert _asks("ta fille a quel âge ?", "ma fille rentre à la crèche lundi") == DOUBT


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("je dois récup ma nièce à la crèche pour ma sœur", False),
        ("je passe à la crèche pour mon frère, il finit tard", False),
        ("je dois passer à la crèche avant 18h", True),
        ("je récupère ma fille à la crèche", True),
    ],
)
def test_round34_a_niece_fetched_at_the_creche(text: str, expected: bool) -> None:
    assert ("a.parenting" in adult_rules(text, 17)) is expected


def test_a_teen_fetches_her_niece_for_her_sister() -> None:
    turns = [
        ("A", "pas avant 19h dsl"),
        ("B", "pourquoi"),
        ("A", "je dois récup mon neveu à la crèche pour ma sœur, elle finit tard"),
        ("B", "il a quel âge ?"),
        ("A", "2 ans, il dit mon prénom de travers mdr"),
        ("B", "ok on se voit après alors"),
    ]
    assert not signalled(turns, {"A": 16, "B": 16})


# -- declared adults --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        ("faut que je rende le mot d'absence signé par mes parents", "c.school_mine", True),
        ("je dois faire signer mon billet d'absence", "c.school_mine", True),
        ("j'ai signé le mot d'absence de ma fille", "c.school_mine", False),
        ("cet aprem on a eps avec mme martin", "c.school_life", True),
        ("ce soir on a sport avec les collègues", "c.school_life", False),
        ("j'ai loupé mon brevet blanc", "c.school_mine", True),
        ("ma sœur a eu son brevet blanc", "c.school_mine", False),
        ("ma mère m'a enfin rendu mon portable", "c.parents_forbid", True),
        ("ma mère m'a rendu visite hier", "c.parents_forbid", False),
        ("jai pas le droit de prendre le bus le soir", "c.parents_forbid", True),
        ("j'ai pas le droit de prendre le tram avec mon vélo", "c.parents_forbid", False),
    ],
)
def test_round34_declared_adults_child_cues(text: str, rule: str, expected: bool) -> None:
    assert (rule in child_rules(text, 19)) is expected


def test_a_declared_adult_runs_around_the_school_with_the_class() -> None:
    turns = [
        ("B", "pause déjeuner enfin"),
        ("A", "moi j'ai une heure, après on a sport avec m dupuis"),
        ("C", "un coach ?"),
        ("A", "il nous fait faire dix tours du collège"),
        ("B", "ah"),
        ("A", "et faut rendre le mot d'absence signé par mes parents sinon c'est zéro"),
    ]
    assert (ADULT_LIE, "A") in replay_room(turns, {"A": 19, "B": 35, "C": 29}, kind="general")


def test_a_declared_adult_punished_over_a_mock_brevet() -> None:
    turns = [
        ("B", "ça fait longtemps qu'on t'a pas vu"),
        ("A", "j'étais privé, mes parents m'ont rendu mon portable ce matin"),
        ("C", "privé à 18 ans ?"),
        ("A", "j'ai raté mon brevet blanc"),
    ]
    assert (ADULT_LIE, "A") in replay_room(turns, {"A": 18, "B": 30, "C": 32}, kind="general")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("lapsus mdr", True),
        ("jsais pas pourquoi j'ai dit ça", True),
        ("aucune idée pourquoi j'ai écrit ça", True),
        ("je sais pas pourquoi j'ai dit oui à ce boulot", False),
    ],
)
def test_round34_a_slip_disowned(text: str, expected: bool) -> None:
    assert (_SLIP.search(fold(text).plain) is not None) is expected


def _studies(word: str) -> list[tuple[str, str]]:
    return [
        ("B", "tu fais quoi dans la vie ?"),
        ("A", "je suis à la fac, je finis mes partiels"),
        ("B", "courage"),
        ("A", word),
    ]


def test_a_child_word_taken_back_at_once_is_a_slip() -> None:
    turns = _studies("ce soir je révise le brevet, enfin pas le brevet, mes partiels quoi")
    assert (ADULT_LIE, "A") in dm(turns, {"A": 18, "B": 22})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("je révise le brevet, enfin pas le brevet, mes partiels", True),
        ("nan pas la récré, la pause", True),
        ("euh non en vrai je suis en 3e", False),
    ],
)
def test_round34_a_word_taken_back(text: str, expected: bool) -> None:
    assert (_RETRACTS.search(fold(text).plain) is not None) is expected


def test_a_student_whose_brother_sits_the_brevet() -> None:
    turns = _studies("ce soir mon petit frère révise le brevet et moi mes partiels")
    assert (ADULT_LIE, "A") not in dm(turns, {"A": 18, "B": 22})


def _terminale(claim: str) -> list[tuple[str, str]]:
    return [
        ("B", "tu fais quoi de tes journées ?"),
        ("A", "les cours et la console"),
        ("B", "au lycée ? t'as 18 non ?"),
        ("A", claim),
        ("B", "on se voit un jour ?"),
        ("A", "oui mais jai pas le droit de prendre le bus le soir"),
        ("A", "et j'ai plus d'argent de poche"),
    ]


def test_a_stammered_terminale_opens_no_young_adult_frame() -> None:
    assert (ADULT_LIE, "A") in dm(_terminale("oui oui jsuis en... terminale"), {"A": 18, "B": 23})


def test_a_terminale_said_plainly_still_frames_the_parents_rules() -> None:
    assert (ADULT_LIE, "A") not in dm(_terminale("oui je suis en terminale"), {"A": 18, "B": 23})


# -- grooming in teen rooms -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        ("jt'ai pris une carte steam pour ton jeu", "g.gift", True),
        ("je t'ai envoyé une carte cadeau pour tes crayons", "g.gift", True),
        ("j'ai reçu une carte cadeau fnac", "g.gift", False),
        ("je t'ai envoyé la carte de la cantine", "g.gift", False),
        ("dis rien à Emma stp sinon elle va être jalouse", "g.secrecy", True),
        ("dis rien à Emma c'est pour son anniv", "g.secrecy", False),
        ("viens en mp et dis rien à Léo", "g.secrecy", True),
        ("je t'explique en mp, dis rien à personne", "g.secrecy", True),
        ("ta photo de profil est magnifique", "g.compliment", True),
        ("ta pdp est trop drôle", "g.compliment", False),
        ("jtattends en pv", "g.off_platform", True),
        ("jtattends au parc", "g.off_platform", False),
        ("je te ramène à pied, on passe par le bois c'est plus court", "g.pickup", True),
        ("je raccompagne ma cousine chez elle", "g.pickup", False),
    ],
)
def test_round34_grooming_wordings(text: str, rule: str, expected: bool) -> None:
    assert (rule in grooming_rules(text)) is expected


def test_a_peer_picks_one_and_keeps_another_out() -> None:
    turns = [
        ("Lina", "qq1 a une série à conseiller ?"),
        ("Zoe", "regarde la dernière saison de skam"),
        ("Max", "@Lina ta photo de profil est magnifique"),
        ("Lina", "mdr merci"),
        ("Max", "ajoute moi en snap en mp, dis rien à Zoe"),
        ("Zoe", "j'ai vu hein"),
        ("Max", "mdr rien. @Lina jtattends en mp"),
    ]
    assert (GROOMING, "Max") in teen_room(turns, {"Lina": 14, "Zoe": 15, "Max": 17})


def test_a_surprise_kept_from_one_in_a_teen_room() -> None:
    turns = [
        ("Lina", "samedi c'est l'anniv de Zoe"),
        ("Max", "@Lina on fait une cagnotte ?"),
        ("Lina", "oui"),
        ("Max", "pas un mot à Zoe hein"),
        ("Lina", "promis"),
    ]
    assert not teen_room(turns, {"Lina": 14, "Zoe": 15, "Max": 17})


def test_a_club_mate_walks_her_home_through_the_park() -> None:
    turns = [
        ("C", "entraînement décalé à 19h mardi"),
        ("A", "@B ton revers progresse vraiment"),
        ("B", "merci"),
        ("A", "tu rentres comment après ?"),
        ("B", "à pied"),
        ("A", "je te raccompagne, on coupe par le parc c'est plus court"),
        ("A", "@B et dis pas à ta mère que tu rentres avec moi"),
    ]
    assert (GROOMING, "A") in teen_room(turns, {"A": 17, "B": 14, "C": 16})


def test_friends_walk_home_together_with_no_secret() -> None:
    turns = [
        ("C", "entraînement décalé à 19h mardi"),
        ("A", "@B tu rentres comment après ?"),
        ("B", "à pied"),
        ("A", "je te raccompagne, on coupe par le parc c'est plus court"),
        ("B", "ok cool"),
    ]
    assert not teen_room(turns, {"A": 15, "B": 14, "C": 16})
