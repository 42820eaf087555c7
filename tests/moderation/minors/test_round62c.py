"""Thirty-ninth sitting, step 5: grooming wordings of the dev misses between two declared teens,
each beside what a teen writes to a friend; paraphrased, not copied from the batches."""

import pytest

from causette.moderation.minors import SignalKind

from .conftest import grooming_rules, replay_dm


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("faut garder le secret sinon ça marche pas", "g.secrecy"),
        ("personne d'autre la verra, promis", "g.secrecy"),
        ("je vais te montrer des trucs que les adultes font", "g.maturity"),
        ("c'est quoi ta rue ?", "g.meeting"),
        ("donne moi juste ton quartier", "g.meeting"),
        ("on fait ça samedi, pas besoin d'autorisation", "g.trust"),
        ("rdv derrière la gare, pas devant l'entrée y a trop de monde", "g.alone_conceal"),
    ],
)
def test_grooming_wordings_of_step_5(text: str, rule: str) -> None:
    assert rule in grooming_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "faut garder le secret pour la surprise de lucas",
        "faut garder le secret sur le cadeau",
        "les adultes font des trucs bizarres",
        "la rue de la gare est fermée",
        "y a trop de monde devant le ciné",
    ],
)
def test_a_teens_look_alikes_of_step_5(text: str) -> None:
    assert not grooming_rules(text) & {"g.secrecy", "g.maturity", "g.meeting", "g.alone_conceal"}


def test_a_lesson_of_grown_ups_things_kept_secret_and_a_meeting_is_held() -> None:
    turns = [
        ("A", "t'es ma préférée tu sais"),
        ("B", "mdr"),
        ("A", "je vais t'apprendre des choses que les grands font"),
        ("A", "mais faut garder le secret sinon ça marche pas"),
        ("A", "on se voit où ?"),
    ]
    assert replay_dm(turns, {"A": 16, "B": 15}) == {(SignalKind.GROOMING, "A")}
