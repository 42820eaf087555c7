"""Thirty-ninth sitting, step 8: three more grooming wordings of the dev misses between two
declared teens, each beside what a teen writes to a friend; paraphrased, not copied."""

import pytest

from .conftest import grooming_rules


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("personne doit savoir qu'on se parle", "g.secrecy_adults"),
        ("arrête de leur raconter nos conversations", "g.secrecy_adults"),
        ("comme ça je sais quand t'es seule", "g.alone_conceal"),
        ("comme ça jsais quand t'es dispo 😉", "g.alone_conceal"),
        # look-alikes
        ("personne doit savoir pour le cadeau", None),
        ("arrête de raconter nos blagues", None),
        ("comme ça je sais quand t'es dispo pour le match", None),
    ],
)
def test_grooming_wordings_of_step_8(text: str, rule: str | None) -> None:
    found = grooming_rules(text) & {"g.secrecy_adults", "g.alone_conceal"}
    assert found == ({rule} if rule else set())
