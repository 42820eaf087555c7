"""Thirty-ninth sitting, step 9: four more grooming wordings of the dev misses between two
declared teens, each beside what a teen writes to a friend; paraphrased, not copied."""

import pytest

from .conftest import grooming_rules

_READ = {"g.alone_conceal", "g.alone_question", "g.pickup", "g.pretext", "g.photo_request"}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("sors en douce ce soir, personne verra rien", "g.alone_conceal"),
        ("out momon lé la ce soir ?", "g.alone_question"),
        ("mi arrive devant out case à 7h", "g.pickup"),
        ("je préfère te maquiller chez moi, c'est plus calme", "g.pretext"),
        ("tu veux poser pour moi ? c'est payé", "g.photo_request"),
    ],
)
def test_grooming_wordings_of_step_9(text: str, rule: str) -> None:
    assert rule in grooming_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "il est sorti en douce hier mdr",
        "out momon lé bien ?",
        "devant la case de ma tante",
        "je me maquille chez moi avant de sortir",
        "tu veux poser une question ?",
    ],
)
def test_a_teens_look_alikes_of_step_9(text: str) -> None:
    assert not grooming_rules(text) & _READ
