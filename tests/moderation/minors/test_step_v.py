"""Step V (forty-first sitting): a couple's years said as an event with an article that is not
one's own are not the writer's years (`a.since_years`); one's own stay."""

import pytest

from .conftest import adult_rules


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("pour nos 20 ans de mariage on part à Rome", True),
        ("mes 15 ans de mariage c'est en mai", True),
        ("20 ans de mariage et toujours amoureux", True),
        # an event, someone else's
        ("on leur offre le resto le jour des 20 ans de mariage", False),
        ("on prépare une surprise pour les 25 ans de mariage", False),
        ("leurs 30 ans de vie commune c'est samedi", False),
    ],
)
def test_a_couples_years_as_an_event_are_not_the_writers(text: str, counted: bool) -> None:
    assert ("a.since_years" in adult_rules(text, 16)) is counted
