"""Round 26: batch z, a new author's conversations. Two false alarms on ordinary talk: a snap
of a messy room asked between two teen friends (the photo and the grooming model's reading of
it), and a mother told to warn her daughter never to send photos (advice read as a request).
Misses by meaning: grooming in teen rooms (being alone asked and private talk offered in one
breath, something to show in private, game currency offered as a question, a talent praised
"for your age", contacts in music offered, a ticket given on condition of going together); a
declared teen's voter card and a listener working out their age from a year they gave. Each
new wording beside a look-alike that must not match; the positives are paraphrased, not
copied from the batch."""

from functools import partial

import pytest

from causette.moderation.minors import SignalKind, asides, doubts
from causette.moderation.minors.fold import fold

from .conftest import adult_rules, grooming_rules, replay_dm, replay_room, signalled

GROOMING = SignalKind.GROOMING
MINOR_LIE = SignalKind.AGE_LIE_MINOR

dm = replay_dm
teen_room = partial(replay_room, kind="teen")


def found(pattern: object, text: str) -> bool:
    return pattern.search(fold(text).plain) is not None  # type: ignore[attr-defined]


# -- the two false alarms ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("envoie un snap de ta chambre", False),
        ("le snap de la sortie était drôle", False),
        ("fais des snaps du concert", False),
        ("t'as snap ?", True),
        ("ajoute moi sur snap", True),
        ("envoie ton snap", True),
        ("mon snap c'est lea_07", True),
    ],
)
def test_a_snap_of_something_is_no_other_app(text: str, expected: bool) -> None:
    assert ("g.off_platform" in grooming_rules(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("explique-lui de ne jamais envoyer de photos", False),
        ("dis lui de pas donner son adresse ni d'envoyer de photo", False),
        ("n'envoie jamais de photos à quelqu'un d'internet", False),
        ("envoie moi une photo de toi", True),
        ("tu peux m'envoyer une photo ?", True),
        ("pourquoi tu veux pas m'envoyer une photo", True),
    ],
)
def test_advice_against_sending_photos_is_no_request(text: str, expected: bool) -> None:
    assert ("g.photo_request" in grooming_rules(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dis-leur de jamais accepter un inconnu", True),
        ("il faut jamais envoyer de photos à un inconnu", True),
        ("ne donne jamais ton adresse", True),
        ("dis lui de jamais envoyer de photos sauf à moi", False),
        ("faut jamais rien lui dire", False),
        ("dis lui de venir samedi", False),
    ],
)
def test_advice_passed_on_protects(text: str, expected: bool) -> None:
    assert asides._protects(fold(text).plain) is expected


def test_friends_and_a_snap_of_the_messy_room() -> None:
    turns = [
        ("A", "tu sors ce soir ?"),
        ("B", "mon père veut pas, j'ai pas rangé ma chambre"),
        ("A", "ptdr range vite"),
        ("B", "c'est le chantier"),
        ("A", "envoie une photo de ta chambre"),
        ("B", "[photo] voilà"),
        ("A", "mdrr le linge partout"),
        ("B", "je range et je te dis"),
        ("A", "ok je t'attends au skatepark"),
    ]
    assert not signalled(turns, {"A": 16, "B": 16})


def test_a_room_photo_asked_with_no_mess_spoken_of() -> None:
    turns = [
        ("A", "t'es où là ?"),
        ("B", "chez moi"),
        ("A", "envoie une photo de ta chambre"),
        ("B", "pourquoi"),
        ("A", "pour voir. je t'attends au parc demain"),
    ]
    assert (GROOMING, "A") in dm(turns, {"A": 17, "B": 14})


def test_a_parent_told_to_warn_her_son() -> None:
    turns = [
        ("A", "Mon fils de 13 ans joue en ligne avec des inconnus, ça m'angoisse"),
        ("B", "Tu en as discuté avec lui ?"),
        ("A", "Oui, il dit que je m'inquiète pour rien"),
        ("B", "Explique-lui de ne jamais envoyer de photos ni de donner son adresse"),
        ("A", "Et de venir me voir si quelqu'un insiste"),
        ("B", "Et de jamais rejoindre quelqu'un rencontré sur internet"),
        ("A", "Merci, ça m'aide"),
    ]
    assert not signalled(turns, {"A": 41, "B": 44})


# -- grooming in teen rooms --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        ("t'es seule à la maison ce soir ? on parle en privé", "g.alone_conceal", True),
        ("viens en mp, j'ai quelque chose à te montrer", "g.alone_conceal", True),
        ("j'ai un truc à te faire voir, passe en mp", "g.alone_conceal", True),
        ("t'es seule ce soir ou tes parents sont là ?", "g.alone_conceal", False),
        ("viens en mp j'ai un truc à te dire sur Inès", "g.alone_conceal", False),
        ("tu veux 500 robux ?", "g.gift", True),
        ("ça te dit des v-bucks ?", "g.gift", True),
        ("tu veux des conseils pour ton skin ?", "g.gift", False),
        ("t'as une voix de fou pour ton âge", "g.maturity", True),
        ("un talent énorme pour ton âge", "g.maturity", True),
        ("c'est un bon prix pour ton âge", "g.maturity", False),
        ("je connais du monde dans le cinéma", "g.pretext", True),
        ("je peux te présenter à des producteurs", "g.pretext", True),
        ("je connais des gens dans ma classe", "g.pretext", False),
        ("je peux te présenter ma sœur", "g.pretext", False),
        ("faudra juste qu'on y aille ensemble", "g.meeting", True),
        ("faut que tu y ailles avec tes parents", "g.meeting", False),
    ],
)
def test_round26_grooming_wording(text: str, rule: str, expected: bool) -> None:
    assert (rule in grooming_rules(text)) is expected


def test_the_youngest_asked_if_alone_then_called_to_show_something() -> None:
    turns = [
        ("C", "vous avez vu le match hier ?"),
        ("B", "ouais trop fou"),
        ("A", "grave. B t'es en quelle classe ?"),
        ("B", "4e"),
        ("A", "B t'habites dans quelle ville ?"),
        ("B", "près de Nantes"),
        ("A", "pareil, t'es toute seule chez toi ce soir ? on continue en mp"),
        ("B", "non y a mon père"),
        ("A", "viens en mp quand même, j'ai quelque chose à te montrer"),
    ]
    assert (GROOMING, "A") in teen_room(turns, {"A": 17, "B": 14, "C": 16})


def test_a_friend_shares_a_meme_in_private() -> None:
    turns = [
        ("C", "vous avez vu le match hier ?"),
        ("B", "ouais trop fou"),
        ("A", "grave. B t'es en quelle classe cette année ?"),
        ("B", "4e, la même que toi mdr"),
        ("A", "ah oui, viens en mp j'ai un truc à te dire sur la prof"),
    ]
    assert (GROOMING, "A") not in teen_room(turns, {"A": 14, "B": 14, "C": 15})


def test_game_currency_offered_then_another_app_and_a_secret() -> None:
    turns = [
        ("A", "qui est chaud pour une game ce soir"),
        ("C", "moi"),
        ("B", "moi aussi"),
        ("C", "B t'as quel âge ?"),
        ("B", "14"),
        ("C", "cool. tu veux 1500 robux ?"),
        ("B", "ouiii"),
        ("C", "donne ton snap je t'explique"),
        ("C", "B et dis rien aux autres sinon ils vont en vouloir"),
    ]
    assert (GROOMING, "C") in teen_room(turns, {"A": 16, "B": 14, "C": 17})


def test_a_voice_praised_contacts_offered_and_a_ride_to_a_studio() -> None:
    turns = [
        ("A", "je vous poste ma reprise de Stromae"),
        ("C", "stylé"),
        ("B", "A t'as une voix de fou pour ton âge"),
        ("A", "merci !"),
        ("B", "je connais du monde dans la musique, je peux te présenter à des producteurs"),
        ("C", "c'est qui ?"),
        ("B", "A t'es libre dimanche ? je t'emmène au studio"),
    ]
    assert (GROOMING, "B") in teen_room(turns, {"A": 14, "B": 17, "C": 15})


def test_a_voice_praised_and_nothing_more() -> None:
    turns = [
        ("A", "je vous poste ma reprise de Stromae"),
        ("C", "stylé"),
        ("B", "A t'as une voix de fou pour ton âge"),
        ("A", "merci !"),
        ("B", "tu devrais t'inscrire au concours du lycée"),
    ]
    assert (GROOMING, "B") not in teen_room(turns, {"A": 14, "B": 15, "C": 15})


def test_a_ticket_offered_on_condition_of_going_together() -> None:
    turns = [
        ("A", "petite question : vous êtes en quelle classe ?"),
        ("B", "seconde"),
        ("C", "3e"),
        ("A", "C t'es en 3e où ?"),
        ("C", "au collège Jean Moulin"),
        ("A", "C j'ai une place en trop pour le match, je te l'offre"),
        ("C", "sérieux ?"),
        ("A", "faudra juste qu'on y aille ensemble"),
    ]
    assert (GROOMING, "A") in teen_room(turns, {"A": 17, "B": 16, "C": 14})


# -- a declared teen's adult life ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("je viens de recevoir ma carte d'électeur", True),
        ("j'ai reçu ma nouvelle carte électorale", True),
        ("ma mère a reçu sa carte d'électeur", False),
        ("j'ai reçu ma carte de bus", False),
    ],
)
def test_one_s_voter_card(text: str, expected: bool) -> None:
    assert ("a.adult_life" in adult_rules(text, 16)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("en 2009 t'avais 2 ans", True),
        ("t'avais genre 3 ans en 2011", True),
        ("en 2010 t'avais 0 ans mdr", True),
        ("en 2020 t'avais quel prof ?", False),
        ("t'avais 3 ans de retard", False),
    ],
)
def test_a_listener_works_out_the_writer_s_age_then(text: str, expected: bool) -> None:
    assert doubts._doubts(text, fold(text).plain, frozenset(), minor=True) == (
        doubts.DISBELIEF if expected else doubts.NO_DOUBT
    )


def test_a_voter_card_then_a_year_too_early() -> None:
    turns = [
        ("B", "ma mère est partie voter"),
        ("A", "j'y vais aussi tout à l'heure, je viens de recevoir ma carte d'électeur"),
        ("B", "à 16 ans tu votes ?"),
        ("A", "non, j'accompagne"),
    ]
    assert (MINOR_LIE, "A") in dm(turns, {"A": 16, "B": 15})


def test_a_teen_who_goes_with_his_parents_to_vote() -> None:
    turns = [
        ("B", "ma mère est partie voter"),
        ("A", "moi j'accompagne mes parents tout à l'heure"),
        ("B", "t'as le droit de rentrer dans l'isoloir ?"),
        ("A", "non j'attends dehors"),
    ]
    assert not signalled(turns, {"A": 16, "B": 15})
