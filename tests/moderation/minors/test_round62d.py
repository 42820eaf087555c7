"""Thirty-ninth sitting, step 6: a partner's possession and checking (`g.control`), a grooming
family of its own beside cutting one off (`g.isolation`); paraphrased, not copied."""

import pytest

from causette.moderation.minors import SignalKind

from .conftest import grooming_rules, replay_dm


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("t'es à moi maintenant", True),
        ("tu m'appartiens", True),
        ("prouve-le", True),
        ("fais-moi voir tes conversations", True),
        ("je veux être sûre que t'as personne d'autre", True),
        ("envoie-moi une capture pour le prouver", True),
        # look-alikes: a thing one owns, one's turn, a doubt about an age, a friend's words
        ("ce gâteau est à moi", False),
        ("c'est à moi de jouer", False),
        ("t'es à moi de répondre", False),
        ("prouve-le que t'as eu 18", False),
        ("t'es la seule qui me comprend", False),
        ("fais-moi voir ta nouvelle coupe", False),
    ],
)
def test_possession_and_checking_round_62_step_6(text: str, counted: bool) -> None:
    assert ("g.control" in grooming_rules(text)) is counted


def test_a_jealous_partner_who_checks_and_cuts_off_is_held() -> None:
    turns = [
        ("A", "pourquoi tu parles à ce mec ?"),
        ("B", "c'est juste un pote"),
        ("A", "je veux que tu parles qu'à moi"),
        ("A", "bloque-le et envoie-moi une capture que c'est fait"),
    ]
    assert replay_dm(turns, {"A": 17, "B": 15}) == {(SignalKind.GROOMING, "A")}


def test_cutting_off_alone_stays_under_the_threshold() -> None:
    turns = [
        ("A", "pourquoi tu parles à ce mec ?"),
        ("B", "c'est juste un pote"),
        ("A", "je veux que tu parles qu'à moi"),
        ("A", "bloque-le stp"),
    ]
    assert replay_dm(turns, {"A": 17, "B": 15}) == set()
