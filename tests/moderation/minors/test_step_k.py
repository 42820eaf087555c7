"""Step K (fortieth sitting): in private between two declared adults, asking the partner her
real age puts a child in view; his later grooming cues are read as toward a possible child.
Paraphrased conversations, not copied from the corpus."""

from causette.moderation.minors import SignalKind

from .conftest import replay_dm

ADULTS = {"A": 31, "B": 19}


def test_grooming_after_asking_her_real_age_holds_the_pair() -> None:
    turns = [
        ("B", "on a fait des crêpes à l'atelier aujourd'hui"),
        ("A", "à l'atelier ? t'as quel âge en vrai ?"),
        ("B", "19 ans !!"),
        ("A", "ok 😉 tu rentres seule le soir ?"),
        ("A", "passe chez moi à 16h, dis rien à ta mère"),
        ("A", "donne ton snap et envoie une photo"),
    ]
    assert (SignalKind.GROOMING, "A") in replay_dm(turns, ADULTS)


def test_the_same_without_the_doubt_is_weighed_between_adults() -> None:
    turns = [
        ("B", "on a fait des crêpes à l'atelier aujourd'hui"),
        ("A", "à l'atelier ? c'était bon ?"),
        ("B", "trop !!"),
        ("A", "ok 😉 tu rentres seule le soir ?"),
        ("A", "passe chez moi à 16h, dis rien à ta mère"),
        ("A", "donne ton snap et envoie une photo"),
    ]
    assert (SignalKind.GROOMING, "A") not in replay_dm(turns, ADULTS)
