"""Round 28: misses of the cross-batch hold-out (each dev batch replayed with models trained
without it). Grooming cues several batches share and the rules did not read: the two of them
alone and the others left out ("juste toi et moi", "rien que nous"), discretion asked or
promised ("je serai discret", "tu sors sans bruit"), a counterpart asked for a gift ("en
échange tu m'appelles"), money or game currency already sent ("je t'ai envoyé 800 robux",
"t'as bien reçu les vbucks ?"), alone for an afternoon, the room asked when the parents come
home, a sibling often at home. Each wording beside look-alikes that must not match, and
conversations (paraphrased, not copied from dev) beside ordinary twins that stay unflagged."""

import pytest

from causette.moderation.minors import SignalKind

from .conftest import child_rules, grooming_rules, replay_dm, replay_room

GROOMING = SignalKind.GROOMING

dm = replay_dm


@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        # the two of them alone, the others left out
        ("on se voit samedi ? juste toi et moi", "g.isolation", True),
        ("on se fait un vocal, juste nous deux", "g.isolation", True),
        ("on ira au lac, rien que nous", "g.isolation", True),
        ("le groupe c'est que toi et moi", "g.isolation", True),
        ("pk que nous deux ?", "g.isolation", False),
        ("juste nous deux mais ma mère sera au café à côté", "g.isolation", False),
        ("on était que cinq au match", "g.isolation", False),
        ("toi et moi on est dans la même équipe", "g.isolation", False),
        # discretion asked or promised
        ("je serai discret, promis", "g.secrecy", True),
        ("faut être discrète hein", "g.secrecy", True),
        ("tu sors sans faire de bruit", "g.secrecy", True),
        ("sors discrètement, ils dormiront", "g.secrecy", True),
        ("on garde le projet secret, même pour ta famille", "g.secrecy", True),
        ("sors discrètement de la salle à 15h", "g.secrecy", False),
        ("je fais passer la feuille discrètement", "g.secrecy", False),
        ("le voisin est très discret", "g.secrecy", False),
        # a counterpart asked for a gift
        ("en échange tu m'appelles tous les soirs", "g.trust", True),
        ("en échange de ça tu me promets de répondre", "g.trust", True),
        ("on échange nos cartes ?", "g.trust", False),
        ("t'as des v-bucks à échanger ?", "g.trust", False),
        # money or game currency already sent
        ("je t'ai envoyé 20 euros sur lydia", "g.gift", True),
        ("jt'ai envoyé 500 robux", "g.gift", True),
        ("je t'ai acheté des skins", "g.gift", True),
        ("t'as bien reçu les v-bucks ?", "g.gift", True),
        ("alors, elle a eu ses robux ma petite ?", "g.gift", True),
        ("je t'ai envoyé les photos du mariage", "g.gift", False),
        ("j'ai eu 200 robux pour mon anniv", "g.gift", False),
        ("mon fils réclame des robux", "g.gift", False),
        # alone for a stretch, parents' hours, a sibling often home
        ("donc t'es seule tout l'aprem ?", "g.alone_question", True),
        ("t'es seul toute la journée ?", "g.alone_question", True),
        ("sondage : vos parents rentrent à quelle heure ?", "g.alone_question", True),
        ("elle est souvent là ta sœur ?", "g.alone_question", True),
        ("t'es seule tout le week-end ?", "g.alone_question", False),
        ("le bus rentre à quelle heure ?", "g.alone_question", False),
        ("elle est souvent là, ta prof ?", "g.alone_question", False),
    ],
)
def test_round28_grooming_wording(text: str, rule: str, expected: bool) -> None:
    assert (rule in grooming_rules(text)) is expected


def test_a_meeting_proposed_to_the_two_of_them_alone() -> None:
    turns = [
        ("A", "salut c'est le cousin de lina, elle m'a parlé de toi"),
        ("B", "ah ok"),
        ("A", "t'as quel âge ? 14 c'est ça ?"),
        ("B", "oui"),
        ("A", "on se voit mercredi au skatepark ? juste toi et moi"),
    ]
    assert (GROOMING, "A") in dm(turns, {"A": 17, "B": 14})


def test_two_friends_going_to_the_cinema_together() -> None:
    turns = [
        ("A", "on va voir le film samedi ?"),
        ("B", "oui grave, t'as quel âge déjà pour la salle ? 15 ?"),
        ("A", "oui 15"),
        ("B", "on y va juste nous deux mais mon père nous dépose"),
    ]
    assert not dm(turns, {"A": 15, "B": 15})


def test_money_sent_then_calls_asked_in_exchange() -> None:
    turns = [
        ("A", "je t'ai envoyé 20 euros sur lydia"),
        ("B", "hein pourquoi"),
        ("A", "pour te faire plaisir"),
        ("A", "en échange tu m'appelles ce soir ?"),
    ]
    assert (GROOMING, "A") in dm(turns, {"A": 17, "B": 15})


def test_friends_paying_back_a_pizza() -> None:
    turns = [
        ("A", "je t'ai envoyé les 12 euros pour la pizza"),
        ("B", "merci !"),
        ("A", "et on échange nos places au ciné samedi ?"),
    ]
    assert not dm(turns, {"A": 15, "B": 15})


def test_alone_all_afternoon_then_a_visit_kept_discreet() -> None:
    turns = [
        ("A", "tes parents rentrent tard ce soir ?"),
        ("B", "oui vers 20h"),
        ("A", "donc t'es seule tout l'aprem"),
        ("A", "je passe te voir, je serai discret"),
    ]
    assert (GROOMING, "A") in dm(turns, {"A": 17, "B": 15})


def test_a_friend_alone_for_the_weekend() -> None:
    turns = [
        ("A", "t'es seule tout le week-end ?"),
        ("B", "oui mes parents sont à un mariage"),
        ("A", "t'as pas peur ?"),
        ("B", "non ma voisine passe"),
    ]
    assert not dm(turns, {"A": 16, "B": 17})


def test_the_room_asked_when_parents_come_home_then_one_called_to_private() -> None:
    turns = [
        ("A", "sondage : vos parents rentrent à quelle heure ?"),
        ("C", "18h"),
        ("B", "tard ma mère bosse"),
        ("A", "B tu viens en mp ? juste toi et moi"),
    ]
    assert (GROOMING, "A") in replay_room(turns, {"A": 17, "B": 14, "C": 15})


def test_a_room_of_teens_planning_a_party() -> None:
    turns = [
        ("A", "vos parents rentrent à quelle heure vendredi ? on fait la soirée chez qui"),
        ("C", "chez moi ils sont là"),
        ("B", "chez moi aussi mdr"),
        ("A", "bon on fait au parc alors, tout le monde vient"),
    ]
    assert (GROOMING, "A") not in replay_room(turns, {"A": 15, "B": 15, "C": 15})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("t'inquiète, je prends soin de toi", True),
        ("moi je prendrais soin de toi", True),
        ("viens en mp que je te console", True),
        ("je m'occupe bien de toi, promis", True),
        ("prends soin de toi", False),
        ("je m'occupe de ton dossier demain", False),
        ("ma mère prend soin de moi", False),
    ],
)
def test_care_promised(text: str, expected: bool) -> None:
    assert ("g.trust" in grooming_rules(text)) is expected


def test_a_sad_teen_offered_care_in_private_and_silence() -> None:
    turns = [
        ("B", "jme suis fait larguer"),
        ("A", "il te méritait pas, t'as besoin d'un mec plus mature"),
        ("A", "moi je prendrais soin de toi, viens en mp"),
        ("A", "et le dis pas aux autres"),
    ]
    assert (GROOMING, "A") in replay_room(turns, {"A": 17, "B": 14, "C": 15})


def test_a_friend_comforts_another_in_the_room() -> None:
    turns = [
        ("B", "jme suis fait larguer"),
        ("A", "ohh courage, prends soin de toi"),
        ("C", "il te méritait pas"),
    ]
    assert (GROOMING, "A") not in replay_room(turns, {"A": 15, "B": 14, "C": 15})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("c'est plus de console jusqu'aux vacances", True),
        ("sinon plus de switch jusqu'à noël", True),
        ("ma mère veut que jsois couchée à 21h30", True),
        ("plus de sortie jusqu'à nouvel ordre pour les enfants, dit le maire", False),
        ("plus de console pour lui", False),
        ("ma mère veut que je vienne dimanche", False),
    ],
)
def test_a_punishment_until_a_date_and_a_clipped_bedtime(text: str, expected: bool) -> None:
    assert ("c.parents_forbid" in child_rules(text, 20)) is expected


def test_a_declared_adult_grounded_until_the_holidays() -> None:
    turns = [
        ("A", "j'ai trop peur, la note de maths est sur pronote"),
        ("B", "aïe"),
        ("A", "si c'est sous 10 c'est plus de console jusqu'aux vacances"),
        ("A", "mes parents voient tout sur l'appli"),
    ]
    assert (SignalKind.AGE_LIE_ADULT, "A") in dm(turns, {"A": 20, "B": 27})


def test_a_parent_whose_son_is_grounded() -> None:
    turns = [
        ("A", "le mien a eu 8 en maths"),
        ("B", "et alors ?"),
        ("A", "il est privé de console jusqu'aux vacances, ça va le calmer"),
    ]
    assert not dm(turns, {"A": 41, "B": 39})
