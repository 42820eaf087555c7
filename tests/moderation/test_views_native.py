"""Tier 0's last steps give the same views in C (`moderation/_views.c`) as in the Python
reference (`words_view`), character for character, so every lexicon, rule and model
reads the same text with or without the extension."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from causette.moderation import normalize as tier0
from causette.moderation.normalize import normalize, words_view

ROOT = Path(__file__).resolve().parents[2]
# Every character the steps tell apart: letters (stretched, split, "a"/"y"/"o"), leet
# characters, digits, the split punctuation, white space of several kinds, the
# placeholder of "1", and units ("ans", "eme").
ALPHABET = [*"acoyszt0134579@$!|.-_*/+,:? \t\x1c\x01", "ans", "eme", "aaa", " c . o "]


def c_views(view: str) -> tuple[str, str] | None:
    from causette.moderation import _views

    return _views.views(view)


needs_native = pytest.mark.skipif(
    not tier0.native() and os.environ.get("CAUSETTE_REQUIRE_NATIVE") != "1",
    reason="the C part of tier 0 is not built here",
)


def test_the_extension_is_built_where_it_is_required() -> None:
    if os.environ.get("CAUSETTE_REQUIRE_NATIVE") == "1":
        assert tier0.native(), "pip install -e . with a C compiler builds _views"


@pytest.mark.parametrize(
    ("view", "text", "text_l"),
    [
        ("c0c41ne dispo", "cocaine dispo", "cocalne dispo"),
        ("julie75 et 15ans", "julie75 et 15ans", ""),
        ("@pseudo 20$", "@pseudo 20$", ""),
        ("sa1ope", "saiope", "salope"),
        ("saaalut   toi", "salut toi", ""),
        ("c o k e et c.o.k.e", "coke et coke", ""),
        ("il y a a manger", "il y a a manger", ""),
        ("ok!! t|es la", "oki! tles la", ""),  # only a last "!" is punctuation
        ("", "", ""),
    ],
)
def test_views_read_chat_as_the_lexicons_expect(view: str, text: str, text_l: str) -> None:
    assert words_view(view) == (text, text_l)
    if tier0.native():
        assert c_views(view) == (text, text_l)


def test_a_view_that_is_not_ascii_is_left_to_python() -> None:
    if not tier0.native():
        pytest.skip("the C part of tier 0 is not built here")
    assert c_views("tu es là") is None


@needs_native
def test_same_views_as_python_on_the_development_texts() -> None:
    """The view `normalize` hands over for every development text of the moderation
    corpus, and the raw text lowered (punctuation, digits and all)."""
    paths = [
        ROOT / "corpus/moderation/dev.jsonl",
        *sorted(ROOT.glob("corpus/moderation/train/*.jsonl")),
    ]
    checked = 0
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"]
            for view in (_view_of(text), text.lower()):
                native = c_views(view)
                if native is not None:
                    assert native == words_view(view), view
                    checked += 1
    assert checked > 15_000


@needs_native
@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(ALPHABET), max_size=40).map("".join))
def test_same_views_on_any_ascii_text(view: str) -> None:
    assert c_views(view) == words_view(view)


@needs_native
@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_normalize_is_the_same_with_or_without_c(text: str) -> None:
    norm = normalize(text)
    done = c_views(_view_of(text))
    if done is not None:
        assert (norm.text, norm.text_l) == words_view(_view_of(text))


def _view_of(text: str) -> str:
    """The view `normalize` hands to the last steps (its folding, without a book)."""
    folded = tier0.fold(tier0._EMOJI_NOISE.sub("", text))
    if folded.isascii():
        return folded.translate(tier0._ASCII_APOSTROPHES)
    out = []
    for ch in folded:
        if tier0._is_emoji(ch):
            out.append(" ")
        else:
            out.append(" " if ch in tier0._APOSTROPHES else ch)
    return "".join(out)
