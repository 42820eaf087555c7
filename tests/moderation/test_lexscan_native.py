"""The lexicon scan's C loop (`moderation/_lexscan.c`) finds exactly what the Python
reference finds, in the same order, so a server with the extension built and one
without it reach the same verdicts."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from causette.moderation import lexicons
from causette.moderation.engine import Engine, prepare
from causette.moderation.lexicons import Lexicon, load_lexicon, tokenize, word_key
from causette.moderation.verdict import Context, TextKind

if not lexicons.native():
    if os.environ.get("CAUSETTE_REQUIRE_NATIVE") == "1":
        pytest.fail(
            "causette.moderation._lexscan is not built (pip install -e . with a C compiler)"
        )
    pytest.skip("the C part of the lexicon scan is not built here", allow_module_level=True)

from causette.moderation import _lexscan

ROOT = Path(__file__).resolve().parents[2]
LEXICON = Engine.default().lexicon
# Letters, digits, repeats, separators, accents and other scripts, emoji, a surrogate,
# and words that start terms and phrases of the shipped lexicons.
ALPHABET = "abcoke xyz0017889.@_-\n\téß٣５😀ﬁ'\ud800"
WORDS = ["coke", "dispo", "plan", "cul", "salope", "saloppe", "ghb", "snap", "06", "14", "ans"]


def python_reference(lexicon: Lexicon, view_name: str, view: str) -> list[object]:
    tokens = tokenize(view)
    return list(lexicon._index[view_name].tagged_spans(tokens.keys, tokens.bounds))


def native(lexicon: Lexicon, view_name: str, view: str) -> list[object]:
    index = lexicon._index[view_name]
    return list(
        _lexscan.tagged_spans(view, index._entries, index.pairs, index._entry, lexicons._NOTHING)
    )


def test_same_spans_as_python_on_the_development_corpus() -> None:
    files = [
        ROOT / "corpus/moderation/dev.jsonl",
        *sorted((ROOT / "corpus/moderation/train").glob("*.jsonl")),
    ]
    found = checked = 0
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            ctx = Context(kind=TextKind(case["kind"]))
            norm = prepare(case["text"], ctx, LEXICON)
            for view_name, view in (
                ("text", norm.text),
                ("plain", norm.plain),
                ("text", norm.text_l),
            ):
                expected = python_reference(LEXICON, view_name, view)
                assert native(LEXICON, view_name, view) == expected, (case["id"], view)
                found += len(expected)
                checked += 1
    assert checked > 30_000
    assert found > 10_000  # the comparison covers real hits, not only empty lists


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS) | st.text(alphabet=ALPHABET, max_size=8), max_size=12))
def test_same_spans_on_any_text(parts: list[str]) -> None:
    view = " ".join(parts)
    for view_name in ("text", "plain"):
        assert native(LEXICON, view_name, view) == python_reference(LEXICON, view_name, view)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60))
def test_keys_are_the_words_keys(view: str) -> None:
    assert _lexscan.keys(view) == [word_key(w) for w in re.findall(r"[a-z]+|[0-9]+", view)]


def test_a_fresh_index_fills_its_cache_through_the_lookup() -> None:
    lexicon = load_lexicon()  # a new index: nothing cached yet
    index = lexicon._index["text"]
    assert "coke" not in index._entries
    hits = lexicon.scan(prepare("coke dispo ce soir", Context(kind=TextKind.MESSAGE), lexicon))
    assert "coke" in index._entries
    assert hits == LEXICON.scan(
        prepare("coke dispo ce soir", Context(kind=TextKind.MESSAGE), LEXICON)
    )
    assert hits  # the scan still finds what it finds in Python


def test_a_malformed_entry_is_an_error_not_a_crash() -> None:
    with pytest.raises(TypeError):
        _lexscan.tagged_spans("coke", {"coke": ("bad",)}, {}, lambda key: None, object())
    with pytest.raises(TypeError):
        _lexscan.tagged_spans("coke dispo", {"coke": (None, ("bad",), False)}, {}, str, object())
