"""Round 17: precision on hard ordinary conversations (batch o). A cue whose subject is
someone else (a stranger reported, a parent at work, a pet in a photo), advice to tell a
parent, a surprise for a third party, two teens who share a class, a story set in a past
year, a teen learner at work. Each ordinary case beside a twin that must still be flagged."""

import pytest

from causette.moderation.minors import MinorsGuard, SignalKind
from causette.moderation.minors.fold import fold
from causette.moderation.minors.rules import GROOMING_RULES, TEEN_FRAME, match

from .conftest import Chat

GROOMING, ADULT, MINOR = SignalKind.GROOMING, SignalKind.AGE_LIE_ADULT, SignalKind.AGE_LIE_MINOR

Turn = tuple[str, int, str, int, str]  # sender, age, recipient (or "#room"), age, text


def replay(turns: list[Turn], models: bool) -> set[tuple[SignalKind, str]]:
    chat = Chat(MinorsGuard(use_model=models))
    for sender, s_age, recipient, r_age, text in turns:
        if recipient.startswith("#"):
            chat.room(sender, s_age, text, room=recipient)
        else:
            chat.dm(sender, s_age, recipient, r_age, text)
    return {(s.kind, s.subject) for s in chat.signals}


def teen(text: str, sender: str = "a") -> Turn:
    other = "b" if sender == "a" else "a"
    return (sender, 16 if sender == "a" else 15, other, 15 if sender == "a" else 16, text)


def adult(text: str, sender: str = "a", room: str = "#r") -> Turn:
    return (sender, 45 if sender == "a" else 47, room, 0, text)


# (name, turns, models, expected): expected None = no signal at all; else a signal that
# must be among those raised. Each ordinary case fails on round 16's code.
CASES: list[tuple[str, list[Turn], bool, tuple[SignalKind, str] | None]] = [
    (
        "a stranger's questions reported to a friend",
        [teen("y a un mec sur insta, il me demande si je suis seule chez moi")],
        False,
        None,
    ),
    (
        "twin: the same questions asked",
        [teen("t'es seule chez toi ? ajoute moi sur insta"), teen("ne dis rien à ta mère")],
        False,
        (GROOMING, "a"),
    ),
    (
        "a friend urged to tell her mother",
        [
            teen("un mec bizarre me parle", "b"),
            teen("fais des captures et montre à ta mère"),
            teen("justement c'est pour ça que tu dois leur dire"),
        ],
        True,
        None,
    ),
    (
        "twin: told not to tell her mother",
        [teen("faut pas le dire à ta mère"), teen("envoie une photo de toi")],
        False,
        (GROOMING, "a"),
    ),
    (
        "a photo of the cat",
        [
            teen("envoie une photo de ton chat stp j'ai besoin de mignon"),
            teen("montre moi ton dessin aussi"),
        ],
        True,
        None,
    ),
    (
        "twin: a photo of the partner",
        [teen("envoie une photo de toi stp"), teen("rien que pour moi")],
        False,
        (GROOMING, "a"),
    ),
    (
        "a surprise party for a friend, hidden from the mothers",
        [
            teen("samedi on fait la surprise à Jade pour ses 15 ans"),
            teen("et surtout tu dis rien à personne"),
            teen("même pas à ta mère elle connaît la sienne"),
        ],
        False,
        None,
    ),
    (
        "twin: a surprise for the partner, hidden from her mother",
        [
            teen("j'ai une surprise pour toi"),
            teen("et surtout tu dis rien à personne"),
            teen("même pas à ta mère"),
        ],
        False,
        (GROOMING, "a"),
    ),
    (
        "twin: erased messages in a conversation about a present",
        [
            teen("on fait une cagnotte pour l'anniv de Lina ?"),
            teen("efface nos messages après, personne doit savoir"),
            teen("t'es seule ce soir ?"),
        ],
        False,
        (GROOMING, "a"),
    ),
    (
        "classmates moving to snap",
        [
            teen("on était dans la même classe en 4e !"),
            teen("t'as snap ?"),
            teen("on se voit samedi au skate ?"),
            teen("envoie une photo de maintenant je te reconnais plus"),
        ],
        False,
        None,
    ),
    (
        "twin: a stranger moving to snap",
        [
            teen("t'as snap ?"),
            teen("on se voit samedi au skate ?"),
            teen("envoie une photo de maintenant"),
        ],
        False,
        (GROOMING, "a"),
    ),
    (
        "a brother fetching his sister while their mother works",
        [
            ("a", 17, "b", 15, "je viens te chercher au collège à 17h"),
            ("a", 17, "b", 15, "elle est coincée au boulot, elle m'a demandé"),
        ],
        False,
        None,
    ),
    (
        "twin: a declared teen who is stuck at work himself",
        [
            ("a", 17, "b", 15, "je viens te chercher au collège à 17h"),
            ("a", 17, "b", 15, "je suis coincé au boulot jusqu'à 16h30"),
        ],
        False,
        (GROOMING, "a"),
    ),
    (
        "an apprentice's boss and colleagues",
        [
            ("a", 17, "b", 17, "je suis en apprentissage chez un boulanger"),
            ("a", 17, "b", 17, "mon patron est sympa"),
            ("a", 17, "b", 17, "mes collègues aussi"),
        ],
        False,
        None,
    ),
    (
        "a learner let do a job, called the youngest",
        [
            ("a", 17, "b", 17, "mon patron au garage m'a laissé faire une vidange tout seul"),
            ("a", 17, "b", 17, "mes collègues m'appellent le petit"),
        ],
        False,
        None,
    ),
    (
        "twin: a boss and colleagues without a learner",
        [
            ("a", 17, "b", 17, "mon patron m'a encore appelé ce soir"),
            ("a", 17, "b", 17, "mes collègues sont relous"),
        ],
        False,
        (MINOR, "a"),
    ),
    (
        "adults telling school in the historic present",
        [
            adult("bon je vous raconte : on est en 1993, je suis en 4e au collège"),
            adult("pareil, moi je suis en 5e", "b"),
        ],
        False,
        None,
    ),
    (
        "an old woman's first ball in the present",
        [adult("nous sommes en 1968, j'ai 15 ans et c'est mon premier bal")],
        False,
        None,
    ),
    ("twin: a class said today", [adult("moi je suis en 5e", "b")], False, (ADULT, "b")),
    (
        "twin: an age said today in someone else's scene",
        [adult("on est en 1993, je suis en 4e au collège"), adult("moi j'ai 12 ans", "b")],
        False,
        (ADULT, "b"),
    ),
    (
        "twin: an age said today",
        [adult("j'ai 15 ans et c'est mon premier bal")],
        False,
        (ADULT, "a"),
    ),
    (
        "a young adult in terminale under the parents' rules",
        [
            ("a", 19, "b", 22, "je suis en terminale et mes parents me laissent pas sortir"),
            ("a", 19, "b", 22, "ma mère veut pas que je sorte en semaine"),
        ],
        False,
        None,
    ),
    (
        "twin: the same rules without a young adult's life",
        [
            ("a", 19, "b", 22, "j'ai pas le permis et mes parents me laissent pas sortir"),
            ("a", 19, "b", 22, "ma mère veut pas que je sorte en semaine"),
        ],
        False,
        (ADULT, "a"),
    ),
    (
        "adult siblings, one staying the night at their parents'",
        [
            ("a", 30, "b", 27, "maman rentre à quelle heure de l'hôpital ?"),
            ("b", 27, "a", 30, "elle est seule ce soir, je reste dormir chez eux"),
        ],
        False,
        None,
    ),
]


@pytest.mark.parametrize(("name", "turns", "models", "expected"), CASES, ids=[c[0] for c in CASES])
def test_round_17_conversations(
    name: str, turns: list[Turn], models: bool, expected: tuple[SignalKind, str] | None
) -> None:
    raised = replay(turns, models)
    if expected is None:
        assert raised == set(), name
    else:
        assert expected in raised, name


@pytest.mark.parametrize(
    ("text", "rule", "present"),
    [
        ("pas un mot à lui hein, il devine tout", "g.secrecy", False),
        ("dis rien à ma sœur c'est pour son anniv", "g.secrecy", False),
        ("pas un mot à personne", "g.secrecy", True),
        ("et tu dis rien", "g.secrecy", True),
        ("je reste dormir chez eux ce soir", "g.overnight", False),
        ("reste dormir chez moi", "g.overnight", True),
        ("t'as déjà fait un premier rendez-vous sur un site ?", "g.intimate_question", False),
        ("t'as déjà fait des trucs avec un garçon ?", "g.intimate_question", True),
        ("t'as insta ? je t'envoie les photos de la sortie", "g.photo_request", False),
        ("montre moi ton dessin", "g.photo_request", False),
        ("montre moi ta tenue", "g.photo_request", True),
    ],
)
def test_round_17_grooming_wording(text: str, rule: str, present: bool) -> None:
    assert (rule in {r.id for r in match(fold(text), GROOMING_RULES)}) is present


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        ("je suis en apprentissage", True),  # never matched before: "aprentisage" is folded
        ("mon contrat d'alternance commence lundi", True),
        ("apprentie fleuriste", True),
        ("ils me font faire les shampooings", True),
        ("septembre, 12h par semaine", True),
        ("35h par semaine", False),
        ("mon petit-fils m'a appris à jouer", False),
    ],
)
def test_round_17_teen_work_frame(text: str, frame: bool) -> None:
    assert (TEEN_FRAME.search(fold(text).plain) is not None) is frame
