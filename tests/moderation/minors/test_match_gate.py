"""`match` answers exactly as searching every rule of a table on both folded forms."""

from __future__ import annotations

import pytest

from causette.moderation.minors import ages
from causette.moderation.minors.fold import fold
from causette.moderation.minors.rules import (
    ADULT_SELF_RULES,
    CHILD_SELF_RULES,
    GROOMING_RULES,
    Rule,
    match,
)

TEXTS = [
    "t'as quel âge ? tu es seule chez toi ?",
    "j'ai 14 ans et je suis en 4eme",
    "envoie une ph0t0 de toi, personne le saura",
    "14",
    "ma femme et mes enfants sont partis, je finis le taf à 18h",
    "on se voit au parc samedi ? je peux venir te chercher",
    "salut, tu as vu le match hier soir ?",
    "sinon je montre tes photos, ajoute moi sur snap",
    "née en 2011 lol",
    "",
]


def _naive(text: str, rules: tuple[Rule, ...]) -> list[str]:
    folded = fold(text)
    return [r.id for r in rules if r.pattern.search(folded.plain) or r.pattern.search(folded.leet)]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("rules", [GROOMING_RULES, CHILD_SELF_RULES, ADULT_SELF_RULES])
def test_match_equals_searching_each_rule(text: str, rules: tuple[Rule, ...]) -> None:
    assert [r.id for r in match(fold(text), rules)] == _naive(text, rules)


def test_a_table_of_its_own_is_searched_rule_by_rule() -> None:
    own = GROOMING_RULES[:3]  # not one of the packaged tables: no combined pattern
    text = "t'es en quelle classe ? tu as quel âge"
    assert [r.id for r in match(fold(text), own)] == _naive(text, own)
    assert [r.id for r in match(fold(text), own)]  # the case does match something


# -- ages.py: its patterns are gated by one RE2 set -----------------------------------------

AGE_TEXTS = [
    *TEXTS,
    "j'aurai 14 ans en mars et toi",
    "moi 37 ans",
    "je suis de 1989",
    "quand j'étais au collège en 2003 on avait cours le samedi",
    "j'ai eu mon bac il y a 25 ans",
    "je vote depuis 20 ans",
    "pour mes 15 ans j'ai eu un scooter",
    "mon fils a 7 ans",
    "t=1796307563186126654| salut à toutes et à tous, belle journée toi",
]


@pytest.mark.parametrize("text", AGE_TEXTS)
def test_every_age_pattern_that_matches_is_a_candidate(text: str) -> None:
    plain = fold(text).plain
    maybe = ages._may_match(plain)
    for pattern in ages._GATED:
        if pattern.search(plain):
            assert pattern.pattern in maybe, pattern.pattern[:60]


def test_the_gate_rules_patterns_out() -> None:
    """Sound is not enough: an ordinary message must leave most patterns unsearched."""
    if not ages._may_match._set.active:
        pytest.skip("google-re2 is not installed: every pattern is a candidate")
    plain = fold("salut, tu as vu le match hier soir ? 2 buts à 1").plain
    assert len(ages._may_match(plain)) <= 2


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("14 et toi", True),
        ("37 ans et vous ?", True),
        ("j'ai 37 ans, toi ?", True),
        ("t=1796307563186126654| une longue phrase, et toi", True),
        ("salut et toi", False),  # no number
        ("14toi", False),  # no word boundary before "toi"
        ("14 et toi ou pas", False),  # the question is not at the end
        ("et toi 14", False),
        ("", False),
    ],
)
def test_asks_age_back_reads_a_number_then_the_question_at_the_end(text: str, asks: bool) -> None:
    assert ages.asks_age_back(fold(text)) is asks
