"""The minors' folding gives the same forms in C (`minors/_fold.c`) as in the Python
reference (`fold_python`), character for character, so every rule and model reads the
same text with or without the extension."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from causette.moderation.minors import fold as folding
from causette.moderation.minors.fold import Folded, fold

ROOT = Path(__file__).resolve().parents[3]
# Every character class the steps tell apart: letters (single, repeated), digits read as
# letters or not, units, "@", spaces and punctuation, accents, emoji, SMS words.
ALPHABET = [*"abceilnostx014589 .@-'é😀\t", "ans", "eme", "kan", "tof", "snap", "s n a p"]

needs_native = pytest.mark.skipif(
    not folding.native() and os.environ.get("CAUSETTE_REQUIRE_NATIVE") != "1",
    reason="the C part of the minors' folding is not built here",
)


_python = folding.fold_python


def test_the_extension_is_built_where_it_is_required() -> None:
    if os.environ.get("CAUSETTE_REQUIRE_NATIVE") == "1":
        assert folding.native(), "pip install -e . with a C compiler builds _fold"


@pytest.mark.parametrize(
    ("text", "plain", "leet"),
    [
        ("Salut, t'as quel âge ?", "salut t as quel age", "salut t as quel age"),
        ("s n a p : lea_14", "snap lea 14", "snap lea 14"),
        ("a b c x5", "abc x5", "abc xs"),  # a spaced word gives back its last unit
        ("a b c", "abc", "abc"),
        ("a b", "a b", "a b"),  # two letters are not a spaced word
        ("14ans en 4eme", "14ans en 4eme", "14ans en 4eme"),  # numbers with a unit
        ("ph0t0 s3cr3t", "ph0t0 s3cr3t", "photo secret"),
        (
            "envoie une tof kan tu veux",
            "envoie une tof kan tu veux",
            "envoie une photo quand tu veux",
        ),
        ("trooooop belle", "trop bele", "trop bele"),
        ("", "", ""),
        ("!!! ...", "", ""),
        (
            "ma sœur, mon cœur, ŒIL, Æsir",
            "ma soeur mon coeur oeil aesir",
            "ma soeur mon coeur oeil aesir",
        ),
    ],
)
def test_fold_reads_chat_as_the_rules_expect(text: str, plain: str, leet: str) -> None:
    assert fold(text) == Folded(plain=plain, leet=leet)
    assert _python(text) == Folded(plain=plain, leet=leet)


@needs_native
def test_same_forms_as_python_on_the_development_texts() -> None:
    """Every message of the minors' development conversations and every development
    text of the moderation corpus (chat of every kind: slang, leet, spaced letters)."""
    texts = [
        message["text"]
        for line in (ROOT / "corpus/minors/dev.jsonl").read_text(encoding="utf-8").splitlines()
        for message in json.loads(line)["messages"]
    ]
    for path in [
        ROOT / "corpus/moderation/dev.jsonl",
        *sorted(ROOT.glob("corpus/moderation/train/*.jsonl")),
    ]:
        texts += [
            json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()
        ]
    for text in texts:
        assert fold(text) == _python(text), text
    assert len(texts) > 20_000


@needs_native
@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(ALPHABET), max_size=40).map("".join))
def test_same_forms_on_any_text(text: str) -> None:
    assert fold(text) == _python(text)


@needs_native
@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_same_forms_on_any_unicode(text: str) -> None:
    assert fold(text) == _python(text)
