"""The pattern gate skips a lexicon pattern only where it cannot match (an exact shortcut)."""

from __future__ import annotations

import re

import pytest

from causette.moderation.lexicons import load_lexicon
from causette.moderation.normalize import normalize
from causette.moderation.prefilter import required_chars

LEXICON = load_lexicon()


def test_a_pattern_that_needs_a_digit_is_gated_on_digits() -> None:
    gate = required_chars(r"\d+ ?(?:e|euros?)")
    assert gate is not None
    assert gate.search("10e le g")
    assert not gate.search("dix euros")


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:a|\d)",  # one alternative needs no digit
        r"x?5*",  # everything optional
        r"(?i)5e",  # case folding: letters may come in any case
        r"[^0-9]5?",  # a negated class guarantees nothing useful
        r"coke",  # letters are in nearly every text: not worth a gate
    ],
)
def test_no_gate_when_a_match_needs_no_rare_character(pattern: str) -> None:
    assert required_chars(pattern) is None


def test_both_sides_of_a_branch_count() -> None:
    gate = required_chars(r"(?:@[a-z]+|[a-z]+#\d{4})")
    assert gate is not None
    assert gate.search("pseudo#1234") and gate.search("@pseudo")
    assert not gate.search("pseudo tout court")


TEXTS = [
    "coke dispo 60€ le g, livraison 93",
    "j'ai 14 ans et toi",
    "ajoute moi sur snap: lea_2009",
    "mon 06 12 34 56 78",
    "10 balles la pipe",
    "on se voit au 12 rue des lilas",
    "salut ça va ? tu fais quoi ce soir",
    "je vais te retrouver et te tuer",
    "ecris moi a lea@example.org",
    "gagne 500€ par jour sur www.exemple.fr",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_gated_group_never_hides_a_pattern_match(text: str) -> None:
    norm = normalize(text, LEXICON.emoji_book)
    for group in LEXICON.groups.values():
        if group.patterns is None:
            continue
        view = norm.plain if group.view == "plain" else norm.text
        matched = group.patterns.search(view) is not None
        assert not matched or group.patterns_may_match(view), (group.name, view)


def test_the_packaged_lexicon_has_gates_for_its_number_patterns() -> None:
    gated = {name for name, g in LEXICON.groups.items() if g.gate is not None}
    assert {"drug_price", "money", "extort_money"} <= gated
    assert all(isinstance(LEXICON.groups[name].gate, re.Pattern) for name in gated)
