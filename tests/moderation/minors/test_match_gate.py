"""`match` answers exactly as searching every rule of a table on both folded forms."""

from __future__ import annotations

import pytest

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
