"""Round 25: batch y, a new author's conversations. Misses by meaning: for declared adults, a
coming of age still years away, a birth year or a collège class put right at once, a classmate,
a pony lesson, the parents receiving one's report, the age put on the site in the present, a
range of ages restated by a listener; for declared teens, a cue moved onto a relative after a
doubt ("enfin mes parents", "ma cousine."), a hedged "il y a au moins 20 ans", an elder's advice
and a listener restating the writer's school year; grooming in teen rooms (secrets kept from the
room and from "vos parents", no adults watching, the body praised, a size-and-weight game,
underwear asked, a named person disparaged). Each new wording beside a look-alike that must not
match; the positives are paraphrased, not copied from the batch."""

from functools import partial

import pytest

from causette.moderation.minors import SignalKind, doubts
from causette.moderation.minors.fold import fold

from .conftest import adult_rules, child_rules, grooming_rules, replay_dm, replay_room

GROOMING = SignalKind.GROOMING
ADULT_LIE = SignalKind.AGE_LIE_ADULT
MINOR_LIE = SignalKind.AGE_LIE_MINOR

dm = replay_dm
teen_room = partial(replay_room, kind="teen")
adult_room = partial(replay_room, kind="adult")


def found(pattern: object, text: str) -> bool:
    return pattern.search(fold(text).plain) is not None  # type: ignore[attr-defined]


# -- a declared adult's child wordings -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        ("mon père dit que mes 18 ans c'est dans 3 ans", "c.self_age", True),
        ("je serai majeur dans deux ans, vivement", "c.self_age", True),
        ("mes 18 ans c'était il y a deux ans", "c.self_age", False),
        ("je serai majeur dans mon droit de refuser", "c.self_age", False),
        ("non 2012 en vrai, chut", "c.self_age_reply", True),
        ("enfin 2010 mais je mets 2005 pour entrer", "c.self_age_reply", True),
        ("enfin 2012 c'était une belle année", "c.self_age_reply", False),
        ("euh en 5e... non en première année pardon", "c.class_reply", True),
        ("en 4eme enfin je veux dire en licence", "c.class_reply", True),
        ("ouais en 4eme on fait les fractions", "c.class_reply", True),
        ("en 4eme ils étaient déjà grands", "c.class_reply", False),
        ("jrentre du college la, crevé", "c.school_mine", True),
        ("samedi c'est chez mon copain de classe", "c.school_mine", True),
        ("je revois mon collègue de bureau samedi", "c.school_mine", False),
        ("j'ai pas fini mes devoir", "c.school_mine", True),
        ("mes parents vont recevoir mon bulletin lundi", "c.parents_forbid", True),
        ("ma mère va voir mon carnet ce soir", "c.parents_forbid", True),
        ("mes parents vont recevoir mon colis", "c.parents_forbid", False),
        ("demain matin j'ai poney", "c.child_world", True),
        ("on a vu un poney au salon de l'agriculture", "c.child_world", False),
    ],
)
def test_round25_child_wording(text: str, rule: str, expected: bool) -> None:
    assert (rule in child_rules(text, 20)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("jmets 2006 sinon on me laisse pas entrer", True),
        ("je mets 18 pour pouvoir parler ici", True),
        ("je mets 18 minutes pour venir", False),
        ("je mets 2 euros de côté", False),
    ],
)
def test_an_age_put_on_the_site_in_the_present(text: str, expected: bool) -> None:
    assert ("c.admits_lie" in child_rules(text, 19)) is expected


def test_coming_of_age_years_away_in_an_adults_room() -> None:
    turns = [
        ("B", "quelqu'un a une carte bleue sans frais ?"),
        ("C", "moi une néobanque"),
        ("A", "il faut l'accord des parents pour en avoir une ?"),
        ("B", "à ton âge non"),
        ("A", "mon père dit pas avant mes 18 ans, dans 3 ans"),
    ]
    assert (ADULT_LIE, "A") in replay_room(turns, {"A": 20, "B": 29, "C": 33}, kind="general")


def test_the_same_talk_from_a_young_adult_who_waited() -> None:
    turns = [
        ("B", "quelqu'un a une carte bleue sans frais ?"),
        ("C", "moi une néobanque"),
        ("A", "moi j'ai attendu mes 18 ans pour en ouvrir une"),
        ("B", "normal"),
    ]
    assert (ADULT_LIE, "A") not in replay_room(turns, {"A": 20, "B": 29, "C": 33}, kind="general")


def test_a_birth_year_put_right_then_a_range_restated() -> None:
    turns = [
        ("B", "t'es née en quelle année ?"),
        ("A", "2006"),
        ("B", "ok"),
        ("A", "non 2012 en vrai mais jmets 2006 sinon ils me laissent pas"),
        ("B", "t'as 13 ou 14 ans alors ?"),
        ("A", "dis rien stp"),
    ]
    assert (ADULT_LIE, "A") in dm(turns, {"A": 19, "B": 22})


def test_a_pony_lesson_and_a_classmate_in_an_adults_room() -> None:
    turns = [
        ("B", "des plans pour dimanche ?"),
        ("C", "brunch avec mon mari"),
        ("A", "moi poney le matin puis le goûter de mon copain de classe"),
        ("C", "sympa"),
    ]
    assert (ADULT_LIE, "A") in adult_room(turns, {"A": 27, "B": 36, "C": 40})


def test_an_adult_riding_horses_with_colleagues() -> None:
    turns = [
        ("B", "des plans pour dimanche ?"),
        ("C", "brunch avec mon mari"),
        ("A", "balade à cheval avec des collègues de bureau"),
        ("C", "sympa"),
    ]
    assert (ADULT_LIE, "A") not in adult_room(turns, {"A": 27, "B": 36, "C": 40})


def test_a_report_card_the_parents_receive() -> None:
    turns = [
        ("B", "ta semaine au boulot ?"),
        ("A", "tranquille"),
        ("A", "mais j'angoisse, mes parents vont recevoir mon bulletin vendredi"),
        ("B", "ton quoi ?"),
        ("A", "laisse tomber"),
    ]
    assert (ADULT_LIE, "A") in dm(turns, {"A": 22, "B": 25})


def test_a_collège_class_put_right_at_once() -> None:
    turns = [
        ("B", "t'es en quelle année de fac ?"),
        ("A", "en 4eme... non en L1 pardon"),
        ("B", "mdr"),
        ("A", "et j'ai pas fini mes devoir de maths"),
    ]
    assert (ADULT_LIE, "A") in dm(turns, {"A": 19, "B": 21})


# -- a declared teen's adult wordings --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        ("je sais plus, c'était il y a bien 25 ans", "a.nostalgia", True),
        ("le bac ? y a presque trente ans mdr", "a.nostalgia", True),
        ("il y a au moins 20 minutes que j'attends", "a.nostalgia", False),
        ("profitez en bien, c'est vos plus belles années", "a.aging", True),
        ("ça fait bien longtemps que le lycée est derrière moi", "a.aging", True),
        ("ça fait longtemps que c'est fini avec lui", "a.aging", False),
        ("profitez du soleil", "a.aging", False),
    ],
)
def test_round25_adult_wording(text: str, rule: str, expected: bool) -> None:
    assert (rule in adult_rules(text, 16)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("enfin ma mère quoi", True),
        ("ma soeur je veux dire", True),
        ("mon oncle pardon", True),
        ("enfin bref", False),
        ("ma soeur est là", False),
    ],
)
def test_a_cue_moved_onto_a_relative(text: str, expected: bool) -> None:
    assert found(doubts._SLIP, text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ma tante. elle a 16 ans comme moi", True),
        ("non mon grand frère", True),
        ("pardon ma cousine", True),
        ("oui et alors", False),
        ("c'est ma vie", False),
    ],
)
def test_an_answer_renaming_the_cue(text: str, expected: bool) -> None:
    assert found(doubts._RENAMED, text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("t'es pas en première ?", True),
        ("tu es pas à la fac ?", True),
        ("t'es pas en retard ?", False),
    ],
)
def test_a_listener_restating_the_school_year(text: str, expected: bool) -> None:
    assert doubts._doubts(text, fold(text).plain, frozenset()) == (
        doubts.DOUBT if expected else doubts.NO_DOUBT
    )


def test_a_degree_moved_onto_a_brother_after_a_doubt() -> None:
    turns = [
        ("B", "les partiels de mon grand frère c'est la semaine pro"),
        ("A", "moi je suis en L2, c'est chaud aussi"),
        ("C", "en L2 ?"),
        ("A", "mon frère je veux dire"),
    ]
    assert (MINOR_LIE, "A") in teen_room(turns, {"A": 16, "B": 15, "C": 16})


def test_a_dated_toy_renamed_a_cousin_s_after_a_doubt() -> None:
    turns = [
        ("B", "vous aviez quoi comme jouet petits ?"),
        ("A", "j'avais un tamagotchi, le premier modèle"),
        ("B", "un tamagotchi ??"),
        ("A", "ma cousine. elle me le prêtait"),
    ]
    assert (MINOR_LIE, "A") in teen_room(turns, {"A": 16, "B": 15, "C": 15})


def test_a_teen_who_owns_the_word() -> None:
    turns = [
        ("B", "vous aviez quoi comme jouet petits ?"),
        ("A", "j'avais un tamagotchi, le premier modèle"),
        ("B", "un tamagotchi ??"),
        ("A", "oui et alors ?"),
    ]
    assert (MINOR_LIE, "A") not in teen_room(turns, {"A": 16, "B": 15, "C": 15})


def test_an_elder_s_advice_then_the_school_year_restated() -> None:
    turns = [
        ("C", "vivement la terminale"),
        ("B", "moi j'y suis l'an prochain"),
        ("A", "profitez bien c'est les meilleures années, le lycée c'est loin pour moi"),
        ("C", "t'es pas en première ?"),
        ("A", "si si mais bon"),
    ]
    assert (MINOR_LIE, "A") in teen_room(turns, {"A": 16, "B": 16, "C": 15})


def test_a_teen_s_advice_to_younger_ones() -> None:
    turns = [
        ("C", "vivement la seconde"),
        ("B", "moi j'y suis l'an prochain"),
        ("A", "profitez bien du collège, le lycée c'est plus dur"),
        ("C", "ah bon ?"),
        ("A", "ouais trop de devoirs"),
    ]
    assert (MINOR_LIE, "A") not in teen_room(turns, {"A": 16, "B": 14, "C": 14})


# -- grooming wordings -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        ("dites rien à vos parents sinon ils vont tout bloquer", "g.secrecy_adults", True),
        ("vos parents ont pas besoin de savoir", "g.secrecy_adults", True),
        ("vos parents ont pas besoin de venir", "g.secrecy_adults", False),
        ("vos parents doivent pas le savoir", "g.secrecy_adults", True),
        ("dites à vos parents de signer", "g.secrecy_adults", False),
        ("dis rien dans le salon, on se parle en mp", "g.secrecy", True),
        ("raconte pas que on se parle la nuit", "g.secrecy", True),
        ("montre pas aux autres hein", "g.secrecy", True),
        ("dis pas ça dans le salon c'est méchant", "g.secrecy", False),
        ("y aura pas d'adultes sur le serveur", "g.secrecy", True),
        ("personne pour te juger là-bas", "g.secrecy", True),
        ("y a pas d'adulte pour surveiller la sortie ?", "g.secrecy", True),
        ("personne pour te remplacer demain ?", "g.secrecy", False),
        ("t'as un physique de mannequin", "g.compliment", True),
        ("t'es si menue", "g.compliment", True),
        ("t'as un physique de rugbyman", "g.compliment", False),
        ("allez tout le monde donne sa taille et son poids", "g.body_question", True),
        ("donne ta taille de chaussure", "g.body_question", True),  # an older rule's
        ("tu fais quelle taille de soutien gorge ?", "g.intimate_question", True),
        ("tu mets quoi comme culotte", "g.intimate_question", True),
        ("tu mets quoi comme chaussures", "g.intimate_question", False),
        ("dis rien à Lucas, il est hyper jaloux", "g.isolation", True),
        ("dis rien à Lucas, il est malade", "g.isolation", False),
    ],
)
def test_round25_grooming_wording(text: str, rule: str, expected: bool) -> None:
    assert (rule in grooming_rules(text)) is expected


def test_a_private_server_without_adults_in_a_teen_room() -> None:
    turns = [
        ("A", "j'ai fait un groupe discord que pour les filles du salon"),
        ("C", "pourquoi que les filles"),
        ("A", "c'est plus tranquille. B ça te dit ?"),
        ("B", "y a quoi dessus"),
        ("A", "on parle de tout, y aura pas d'adultes pour vous juger"),
        ("B", "ok envoie"),
        ("A", "en mp, et dites rien à vos parents ils vont bloquer"),
    ]
    assert (GROOMING, "A") in teen_room(turns, {"A": 17, "B": 15, "C": 16})


def test_a_private_server_for_a_class_project() -> None:
    turns = [
        ("A", "j'ai fait un groupe discord pour l'exposé"),
        ("C", "top"),
        ("A", "B ça te dit ?"),
        ("B", "y a quoi dessus"),
        ("A", "les fiches et le diapo"),
        ("B", "ok envoie"),
        ("A", "je poste le lien ici"),
    ]
    assert (GROOMING, "A") not in teen_room(turns, {"A": 17, "B": 15, "C": 16})


def test_help_offered_then_the_exchange_hidden_from_the_room() -> None:
    turns = [
        ("C", "qui a compris le dm de maths ?"),
        ("B", "pas moi"),
        ("A", "moi, je peux t'expliquer B"),
        ("A", "viens en mp c'est mieux"),
        ("C", "poste-le ici"),
        ("A", "trop long. B tu as quel âge ?"),
        ("B", "15"),
        ("A", "je t'écris en privé, et montre pas aux autres"),
    ]
    assert (GROOMING, "A") in teen_room(turns, {"A": 17, "B": 15, "C": 16})


def test_help_offered_in_the_room() -> None:
    turns = [
        ("C", "qui a compris le dm de maths ?"),
        ("B", "pas moi"),
        ("A", "moi, je peux t'expliquer B"),
        ("A", "il faut factoriser d'abord"),
        ("C", "merci"),
    ]
    assert (GROOMING, "A") not in teen_room(turns, {"A": 17, "B": 15, "C": 16})


def test_a_body_praised_then_a_video_and_another_app() -> None:
    turns = [
        ("A", "jeu : tout le monde donne sa taille et son poids"),
        ("C", "nan"),
        ("B", "1m60 47kg"),
        ("A", "t'as un corps de gymnaste B"),
        ("B", "merci je fais de la gym"),
        ("A", "tu m'enverras une vidéo de ton enchaînement ?"),
        ("C", "il est chelou ton jeu"),
        ("A", "c'est pour rire. B t'as insta ?"),
    ]
    assert (GROOMING, "A") in teen_room(turns, {"A": 17, "B": 15, "C": 15})


def test_a_secret_from_a_named_friend_disparaged_in_private() -> None:
    turns = [
        ("A", "salut je suis le frère de Léo de ta classe"),
        ("B", "ah salut"),
        ("A", "tu vas au skatepark le soir ?"),
        ("B", "parfois avec des potes"),
        ("A", "viens seule un soir, je te montre des figures"),
        ("B", "quand ?"),
        ("A", "vendredi 20h. dis rien à Léo, il est trop lourd"),
    ]
    assert (GROOMING, "A") in dm(turns, {"A": 17, "B": 15})


def test_a_surprise_kept_from_a_named_friend() -> None:
    turns = [
        ("A", "salut c'est Jade, on prépare l'anniv de Léo"),
        ("B", "ah trop bien"),
        ("A", "tu viens samedi au parc ?"),
        ("B", "oui"),
        ("A", "dis rien à Léo, c'est une surprise"),
    ]
    assert (GROOMING, "A") not in dm(turns, {"A": 16, "B": 15})


def test_an_underwear_question_after_jokes() -> None:
    turns = [
        ("A", "t'as ri à la vidéo que je t'ai envoyée ?"),
        ("B", "un peu bizarre"),
        ("A", "tu mets quoi comme soutif ? pour rire"),
        ("B", "pourquoi"),
        ("A", "t'es trop mignonne quand t'es gênée"),
        ("A", "on en parle à personne ok"),
    ]
    assert (GROOMING, "A") in dm(turns, {"A": 17, "B": 15})
