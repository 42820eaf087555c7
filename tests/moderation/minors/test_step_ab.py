"""Step AB (forty-second sitting): two-digit years. A number followed by a unit is no year
("pendant 45 minutes"); "j'ai fait" tells a lived year like "j'étais"; a declared adult's
memory may be dated "en 85"."""

import pytest

from causette.moderation.minors import ages
from causette.moderation.minors.fold import fold

from .conftest import T0, adult_rules


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("en 87 j'étais au lycée", True),
        ("j'ai fait mon service en 85", True),
        ("j'ai travaillé pendant 10 ans en 1995", True),
        # look-alikes: a number with its unit, a year after the writer's birth
        ("j'ai travaillé pendant 45 minutes", False),
        ("j'ai fait le trajet en 50 minutes", False),
        ("j'ai bossé durant 60 h ce mois", False),
        ("j'ai fait ça en 2019", False),
    ],
)
def test_a_year_lived_before_birth(text: str, counted: bool) -> None:
    assert ("a.lived_before_birth" in adult_rules(text, 16)) is counted


@pytest.mark.parametrize(
    ("text", "memory"),
    [
        ("pour ma communion en 85 j'avais une robe blanche", True),
        ("en 1985 j'avais une robe blanche", True),
        # look-alikes: a duration, a birth year
        ("on a fini en 45 minutes j'étais crevée", False),
        ("je suis née en 85", False),
    ],
)
def test_a_memory_dated_with_two_digits(text: str, memory: bool) -> None:
    assert ages.past_frame(fold(text), T0) is memory
