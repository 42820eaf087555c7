"""The RE2 prefilter never leaves out a pattern that `re` would find (moderation/superset.py)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from causette.moderation import superset
from causette.moderation.engine import Engine
from causette.moderation.minors.rules import ADULT_SELF_RULES, CHILD_SELF_RULES, GROOMING_RULES
from causette.moderation.superset import PatternSet, superset_pattern

pytest.importorskip("re2")

# Constructs whose RE2 reading differs from `re`'s unless translated with care.
TRICKY = [
    r"(?<![a-z0-9])(?:\d+ ?(?:e|€|euros?))(?![a-z0-9])",  # one-character look-arounds
    r"\b(?:je (?:te|t) (?:tue|bute))\b",  # \b is Unicode-aware in re, ASCII in RE2
    r"(?<!\d)1[0-7] ?(?:ans|an)(?![a-z])",
    r"\d{2,}",  # re's \d takes every Unicode digit ("٣", "５")
    r"\w+@\w+",  # re's \w takes every Unicode letter
    r"[^\W\d_]{3}",  # negated class of categories
    r"[^a-z]x[^\s]",
    r"a\sb",  # re's \s takes NBSP, U+2028 and more
    r"^salut$",
    r"\Aab|^x\d",  # the start of the text: kept as RE2's ^
    r"(?:^|y)ab",
    r"(?m)^ab",  # multi-line: ^ after every newline, dropped
    r"x.y",
    r"(?s)x.y",  # flags: always searched
    r"(?i)coke",
    r"(a)\1",  # back reference: always searched
    r"(?:ab){2,3}c{1001}",  # beyond RE2's repeat limit
    r"(?=ab)a",
    r"c\.o\.k\.e",
    r"[\u00e0-\u00ff]+",
]

ALPHABET = "ab xyz01789.@_-\n\t é٣５\u00a0\u2028ÉaBkcoe€ansjtu"
TEXTS = [
    "",
    "salut",
    "12e le g",
    "٣٣ euros",  # Arabic-Indic digits
    "５５ balles",  # fullwidth digits
    "je te tue",
    "jé te bute",
    "j’ai 15ans",
    "abab" + "c" * 1001,
    "x\ny",
    "COKE",
    "aa",
    "a\u00a0b",
    "a\u2028b",
    "émile@été",
    "c.o.k.e",
    "ab",
    "x\nab",
    "yab",
    "x1",
]


def _found(patterns: list[re.Pattern[str]], text: str) -> set[int]:
    return {i for i, p in enumerate(patterns) if p.search(text)}


def test_every_pattern_that_matches_is_a_candidate() -> None:
    patterns = [re.compile(p) for p in TRICKY]
    pset = PatternSet(patterns)
    assert pset.active
    for text in TEXTS:
        assert _found(patterns, text) <= pset.candidates(text), text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_candidates_are_a_superset_on_any_text(text: str) -> None:
    patterns = [re.compile(p) for p in TRICKY]
    assert _found(patterns, text) <= PatternSet(patterns).candidates(text)


def test_an_anchored_pattern_is_not_a_candidate_past_the_start() -> None:
    patterns = [re.compile(r"^ab"), re.compile(r"\Acd")]
    pset = PatternSet(patterns)
    assert pset.candidates("ab et cd") == {0}
    assert pset.candidates("x ab cd") == set()
    assert PatternSet([re.compile(r"(?m)^ab")]).candidates("x\nab") == {0}


def test_texts_without_a_match_are_not_searched() -> None:
    patterns = [re.compile(r"\bcoke\b"), re.compile(r"(?<![a-z0-9])\d+ ?g(?![a-z0-9])")]
    pset = PatternSet(patterns)
    assert pset.candidates("bonjour à toutes") == frozenset()
    assert pset.candidates("de la coke") == {0}
    assert pset.candidates("12g") == {1}


def test_what_the_translation_does_not_handle_is_always_searched() -> None:
    for pattern in (r"(?i)coke", r"(a)\1", r"(?s:x.)y"):
        assert superset_pattern(re.compile(pattern)) is None
        assert PatternSet([re.compile(pattern)]).candidates("rien") == {0}


def test_text_re2_cannot_read_searches_everything() -> None:
    pset = PatternSet([re.compile("a"), re.compile("b")])
    assert pset.candidates("\ud800") == {0, 1}  # lone surrogate: not UTF-8


def test_an_answer_without_the_sentinel_searches_everything() -> None:
    pset = PatternSet([re.compile("a"), re.compile("b")])

    class GaveUp:
        def Match(self, text: Any) -> list[int] | None:
            return None  # what RE2::Set answers when its DFA runs out of memory

    pset._set = GaveUp()
    assert pset.candidates("zzz") == {0, 1}


def test_without_re2_every_pattern_is_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(superset, "_re2", lambda: None)
    pset = PatternSet([re.compile("a"), re.compile("b")])
    assert not pset.active
    assert pset.candidates("zzz") == {0, 1}


def test_the_shipped_tables_are_all_translated() -> None:
    """Every lexicon pattern and minors' rule goes through RE2 (none silently falls back)."""
    lexicon = Engine.default().lexicon
    tables = [
        [g.patterns for g in lexicon.groups.values() if g.patterns is not None],
        *[[r.pattern for r in t] for t in (GROOMING_RULES, CHILD_SELF_RULES, ADULT_SELF_RULES)],
    ]
    for table in tables:
        untranslated = [p.pattern[:60] for p in table if superset_pattern(p) is None]
        assert untranslated == []
        assert PatternSet(table).active
