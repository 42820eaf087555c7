"""Round 60: batch bj (health and the body's care), a seventeenth theme's one-detail age lies.
More of the two concepts (`c.minor_only`, `a.adult_only`), each wording beside a look-alike;
paraphrased, not copied from the batch."""

import pytest

from causette.moderation.minors.signals import SignalKind

from .conftest import adult_rules, child_rules, room_signals


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("il m'a donné une image parce que j'ai été sage", True),
        ("papa m'a tenu la main", True),
        ("je suis sur la carte vitale de maman", True),
        ("ma mère a signé l'autorisation de sortie", True),
        ("j'ai pris 3 cm depuis l'été", True),
        ("i'm too little for the adult medicine", True),
        ("maman l'a mise sous mon oreiller", True),
        ("lights out at 8 on school nights", True),
        ("dad checks if i brushed my teeth", True),
        ("my checkup at the pediatrician is at 10", True),
        ("mom drives me to school", True),
        ("j'aurai un portable à noël", True),
        ("ma gardienne me couche à 8h", True),
        ("j'ai le droit de jouer jusqu'à ce que papa rentre", True),
        ("maman a dit que j'étais très courageuse", True),
        ("le docteur m'a donné une sucette", True),
        ("the school nurse sent me home", True),
        ("my teacher sent a note home", True),
        ("je sais pas encore avaler les comprimés", True),
        ("la maîtresse va me donner les devoirs", True),
        ("c'est pour le concours d'entrée en sixième", True),
        ("je suis en secondaire 2", True),
        ("on a eu la visite médicale à l'école", True),
        ("ma mère dit que je suis trop petite", True),
        ("je vais au camp des louveteaux", True),
        ("i have a palate expander", True),
        ("c'est dans mon journal de classe", True),
        ("no screens after my bath", True),
        ("mon tonton doit venir voir le directeur", True),
        ("grade 5 but shh", True),
        # look-alikes: a parent's, carer's or grown-up's side of the same
        ("il a donné une image à mon fils parce qu'il a été sage", False),
        ("je lui ai tenu la main", False),
        ("mon fils est sur ma carte vitale", False),
        ("ma mère a signé le formulaire de mon fils", False),
        ("j'ai pris 3 cm de tour de taille", False),
        ("the adult medicine is too strong for my son", False),
        ("je l'ai mise sous son oreiller", False),
        ("i check if my kids brushed their teeth", False),
        ("i drive my son to school", False),
        ("je suis la gardienne des enfants du voisin", False),
        ("the school nurse called me about my son", False),
        ("il doit encore avaler ses comprimés", False),
        ("le concours d'entrée en sixième de mon fils", False),
        ("ma mère dit que je suis trop gentille", False),
        ("je suis cheffe des louveteaux", False),
        ("my son has a palate expander", False),
        ("le journal de classe de mon fils", False),
        ("i read in my bath", False),
        ("le directeur doit venir voir mes parents", False),
        # review mend: a grown-up's side of the same
        ("mon père a signé le papier pour la vente", False),
        ("ma gardienne m'a donné un colis", False),
        ("ma mère m'a tenu la main pendant l'accouchement", False),
        ("je suis sur la carte chifa de mon père", False),
    ],
)
def test_what_only_a_minor_lives_round_60(text: str, counted: bool) -> None:
    assert ("c.minor_only" in child_rules(text, 20)) is counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("j'ai reçu le kit de dépistage ce matin", True),
        ("picked up my kid's prescription", True),
        ("renew the health cards for the whole family", True),
        # look-alikes: a teen's side of the same
        ("ma mère a reçu le kit de dépistage", False),
        ("my mom picked up my prescription", False),
        ("you literally said my kid's prescription", False),
    ],
)
def test_what_only_an_adult_lives_round_60(text: str, counted: bool) -> None:
    assert ("a.adult_only" in adult_rules(text, 16)) is counted


def test_answering_a_childlike_adult_whose_cue_answered_no_one_is_read_toward_a_child() -> None:
    # devbj-g-002's shape: her child cue opens the talk (it answers no one), a third writes,
    # then a declared adult answers her with grooming cues; the pair was weighed as adults'
    turns = [
        ("B", "the school nurse sent me home, i have a cold"),
        ("C", "oh no, drink lots of water"),
        ("B", "my mom is coming to get me"),
        ("A", "i can help, how old are you really?"),
        ("B", "18"),
        ("A", "are you home alone right now? when do your parents finish work?"),
        ("B", "mom at 5"),
        ("A", "send me a pic so i can see, on whatsapp it's easier"),
        ("A", "and don't tell your mom"),
    ]
    assert _groomers(turns, {"A": 38, "B": 18, "C": 29}) == {"A"}


def test_answering_an_adult_with_no_child_cue_stays_between_adults() -> None:
    # the look-alike: the same words to a declared adult who wrote no child cue
    turns = [
        ("B", "i'm home sick today, i have a cold"),
        ("C", "oh no, drink lots of water"),
        ("A", "how old are you really?"),
        ("B", "29"),
        ("A", "are you home alone right now?"),
        ("A", "send me a pic, on whatsapp it's easier"),
    ]
    assert _groomers(turns, {"A": 38, "B": 29, "C": 29}) == set()


def _groomers(turns: list[tuple[str, str]], ages: dict[str, int]) -> set[str]:
    """Whom a general room's replay (rules only) signals for grooming."""
    signals = room_signals(turns, ages, kind="general")
    return {s.subject for s in signals if s.kind is SignalKind.GROOMING}
