"""Batch be (transport, travel and holidays): the message files retrained on a … be, and round
54's wordings. A parent and their grown child: the child model's reading of the child's words to
the parent makes no child context (`MinorsGuard._child_context`); a child rule still does."""

from __future__ import annotations

import pytest

from causette.moderation.minors import SignalKind

from .conftest import adult_rules, child_rules, grooming_rules, replay_dm, room_signals

GROOMING = SignalKind.GROOMING


def test_a_daughter_who_calls_her_father_in_childish_words_is_a_family() -> None:
    turns = [
        ("A", "je viens te chercher à la gare samedi"),
        ("B", "ouiii trop trop hâte papaaa 🥰🥰"),
        ("A", "ta mère est chez sa sœur, on sera que tous les deux"),
    ]
    assert (GROOMING, "A") not in replay_dm(turns, {"A": 45, "B": 18}, model=True)


def test_a_child_rule_still_makes_a_child_of_the_one_who_calls_him_papa() -> None:
    turns = [
        ("A", "je viens te chercher à la gare samedi"),
        ("B", "ouiii trop hâte papa, la maîtresse a dit que c'était bien mon cahier"),
        ("A", "ta mère est chez sa sœur, on sera que tous les deux"),
    ]
    assert (GROOMING, "A") in replay_dm(turns, {"A": 45, "B": 18}, model=True)


def test_a_father_posed_in_words_is_no_family() -> None:
    turns = [
        ("A", "tu peux m'appeler papa si tu veux"),
        ("B", "ouiii trop hâte papa"),
        ("A", "je viens te chercher à la gare samedi, on sera que tous les deux"),
    ]
    assert (GROOMING, "A") in replay_dm(turns, {"A": 45, "B": 18}, model=True)


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("j'étais assise sur les genoux de mamie tout le trajet", True),
        ("papi m'a donné 2 euros pour acheter des bonbons à la gare", True),
        ("jai eu mon permis vélo à l'école", True),
        ("les pompiers sont venus dans notre école ce matin", True),
        ("maman me laisse aller à la boulangerie toute seule maintenant", True),
        ("j'ai gagné le prix du meilleur campeur", True),
        ("le chauffeur me laisse appuyer sur le bouton", True),
        ("en cycle 3 on a fait un exposé sur les trains", True),
        ("je vais à l'école en pédibus", True),
        ("aujourd'hui c'est moi le chef de file", True),
        ("la maîtresse m'a donné deux bons points", True),
        ("papa m'a tiré sur ma valise jusqu'au taxi", True),
        ("the flight attendant took me to my mom", True),
        ("i flew as an unaccompanied minor", True),
        ("the lady gave me a coloring book", True),
        ("je suis partie avec l'école pour la classe verte", True),
        ("on devait tenir la main de notre binôme", True),
        ("je retourne au service de garde lundi", True),
        ("mamie m'a acheté une barbe à papa", True),
        ("maman dit que c'est gratuit jusqu'à 6 ans", True),
        ("je mesure 1m28", True),
        ("i still have to sit on my booster", True),
        ("my mom measures me on the wall", True),
        ("papa me mesure contre la porte", True),
        ("je pourrai monter devant quand j'aurai 10 ans", True),
        ("maman m'a portée jusqu'au lit", True),
        ("grandpa reads me a bedtime story", True),
        ("she lets me stay up till 8", True),
        ("au miniclub on a fabriqué des bateaux", True),
        ("mes parents vont me filmer au spectacle", True),
        ("je suis allé au zoo avec le camp de jour", True),
        # look-alikes: a parent's, teacher's, monitor's or driver's side of the same
        ("ma fille était sur mes genoux tout le trajet", False),
        ("j'ai donné 2 euros à mon fils pour acheter des bonbons", False),
        ("j'ai eu mon permis en 2009", False),
        ("les pompiers sont venus dans la classe de ma fille", False),
        ("je laisse ma fille aller à la boulangerie toute seule", False),
        ("j'ai remis le prix du meilleur campeur", False),
        ("je laisse mon fils appuyer sur le bouton", False),
        ("j'enseigne en cycle 3", False),
        ("j'accompagne le pédibus le mardi", False),
        ("je suis le chef de file du projet", False),
        ("la maîtresse m'a donné un mot pour toi", False),
        ("j'ai tiré ma fille sur sa valise", False),
        ("the flight attendant walked me to my seat", False),
        ("my daughter flew as an unaccompanied minor", False),
        ("i bought my son a coloring book", False),
        ("j'emmène mes élèves en classe verte", False),
        ("je travaille au service de garde", False),
        ("j'ai acheté une barbe à papa à mon petit-fils", False),
        ("c'est gratuit jusqu'à 6 ans pour les enfants", False),
        ("je mesure 1m75", False),
        ("my son still has to use his booster", False),
        ("je pourrai prendre ma retraite quand j'aurai 62 ans", False),
        ("j'ai porté ma fille jusqu'au lit", False),
        ("i read my son a bedtime story", False),
        ("au mini club j'anime les ateliers", False),
        ("mes potes vont me filmer au mariage", False),
        ("je suis monitrice au camp de jour", False),
    ],
)
def test_what_only_a_minor_lives_round_54(text: str, counted: bool) -> None:
    assert ("c.minor_only" in child_rules(text, 20)) is counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("avec ma carte avantage adulte j'ai eu -30%", True),
        ("mes collègues chauffeurs ont bloqué le dépôt", True),
        ("je voyage en classe affaires pour ma boîte", True),
        # look-alikes: a teen's side of the same
        ("j'ai la carte avantage jeune", False),
        ("mon père a la carte avantage adulte", False),
        ("mes collègues du mcdo sont sympas", False),
        ("mon père voyage en business pour la société", False),
    ],
)
def test_what_only_an_adult_lives_round_54(text: str, counted: bool) -> None:
    assert ("a.adult_only" in adult_rules(text, 16)) is counted


@pytest.mark.parametrize(
    ("text", "rule", "counted"),
    [
        ("charge ton tel à fond avant de partir", "g.off_platform", False),
        ("donne moi ton tel", "g.off_platform", True),
        ("c'est pas normal ça, t'as dit à tes parents ?", "g.secrecy_adults", False),
        ("c'est pas grave, dis rien à tes parents", "g.secrecy_adults", True),
        ("c'est pas bien de tout dire à tes parents", "g.secrecy_adults", True),
        ("c'est pas normal de tout raconter à ta mère", "g.secrecy_adults", True),
    ],
)
def test_a_charged_phone_and_a_judgement_are_no_grooming(
    text: str, rule: str, counted: bool
) -> None:
    assert (rule in grooming_rules(text)) is counted


def test_a_friend_told_of_the_man_who_asked_for_her_snap_is_not_groomed() -> None:
    turns = [
        ("B", "le mec chelou du bus était encore là"),
        ("A", "celui qui t'a demandé ton snap ?"),
        ("B", "oui il s'assoit toujours à côté de moi"),
        ("A", "c'est pas normal ça, t'as dit à tes parents ?"),
        ("A", "faut que tu leur dises, et au chauffeur aussi"),
    ]
    assert not replay_dm(turns, {"A": 16, "B": 16}, model=True)


# -- step 2: a general room's message that names the writer who wrote like a child ----------------

_AGES = {"Lina": 19, "Marc": 36, "Sophie": 29}


def _groomed(turns: list[tuple[str, str]]) -> set[tuple[str, str | None]]:
    return {
        (s.subject, s.other)
        for s in room_signals(turns, _AGES, kind="general")
        if s.kind is GROOMING
    }


def test_a_message_naming_her_after_a_third_spoke_answers_the_childlike_adult() -> None:
    """devbe-g-026's shape: the offer to go skiing alone answers her; the last message, after a
    third person spoke, names her before a comma."""
    turns = [
        ("Lina", "moi je suis en cm2 et maman vient me chercher à 16h30"),
        ("Marc", "je peux t'emmener skier rien que nous deux"),
        ("Sophie", "il fait beau à chambéry aujourd'hui"),
        ("Marc", "ajoute moi sur snap Lina, et pas besoin d'en parler à ta maman"),
    ]
    assert ("Marc", "Lina") in _groomed(turns)


@pytest.mark.parametrize("named", ["Sophie", "Julie"])
def test_naming_an_adult_of_the_room_or_a_third_is_no_answer_to_her(named: str) -> None:
    turns = [
        ("Lina", "moi je suis en cm2 et maman vient me chercher à 16h30"),
        ("Sophie", "il fait beau à chambéry aujourd'hui"),
        ("Marc", f"ajoute moi sur snap {named}, et pas besoin d'en parler à ta maman"),
    ]
    assert not _groomed(turns)
