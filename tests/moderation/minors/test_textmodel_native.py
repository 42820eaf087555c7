"""The minors' message models score the same in C (`minors/_textmodel.c`) as in the
Python reference, bit for bit, so the guard raises the same signals with or without the
extension; and the reference no longer depends on the order of a set (hash seeds)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from causette.moderation.minors import model as textmodel
from causette.moderation.minors.fold import fold
from causette.moderation.minors.model import Features, TextModel, features, load_path

ROOT = Path(__file__).resolve().parents[3]
MODELS = [
    m
    for m in (
        load_path(textmodel.DEFAULT_MODEL_PATH),
        load_path(textmodel.CHILD_MODEL_PATH),
        load_path(textmodel.ADULT_MODEL_PATH),
    )
    if m is not None
]
ALPHABET = "ab snap 14ans\t\n\x1c j'ai photo é 😀 0137 _"

needs_native = pytest.mark.skipif(
    not textmodel.native() and os.environ.get("CAUSETTE_REQUIRE_NATIVE") != "1",
    reason="the C part of the minors' models is not built here",
)


def test_the_extension_is_built_where_it_is_required() -> None:
    if os.environ.get("CAUSETTE_REQUIRE_NATIVE") == "1":
        assert textmodel.native(), "pip install -e . with a C compiler builds _textmodel"


def test_features_are_distinct_and_in_first_occurrence_order() -> None:
    names = Features("tu as quel age tu").names()
    assert names[:5] == ["w:tu", "w:as", "w:quel", "w:age", "b:tu_as"]
    assert len(names) == len(set(names))
    assert "c: tu " in names and names.index("c: tu ") > names.index("b:age_tu")
    assert list(features(fold("Tu as quel âge ?"))) == Features("tu as quel age").names()


@needs_native
def test_same_scores_as_python_on_the_development_conversations() -> None:
    assert MODELS, "the shipped models are missing"
    checked = 0
    for line in (ROOT / "corpus/minors/dev.jsonl").read_text(encoding="utf-8").splitlines():
        for message in json.loads(line)["messages"]:
            found = features(fold(message["text"]))
            for model in MODELS:
                native = model._native().score(found.leet)
                assert native == model.python_sum(found), message["text"]
                checked += 1
    assert checked > 25_000


@needs_native
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=80))
def test_same_scores_on_any_text(text: str) -> None:
    for model in MODELS:
        found = Features(text)  # not folded: spaces of every kind, non-ASCII
        native = model._native().score(found.leet)
        if not text.isascii():
            assert native is None  # the caller takes the Python path
            continue
        assert native == model.python_sum(found)
        assert model.score_features(found) == model.bias + native[0] / max(1, native[1]) ** 0.5


@needs_native
def test_a_table_refuses_what_it_cannot_hold() -> None:
    from causette.moderation.minors import _textmodel

    with pytest.raises(TypeError):
        _textmodel.Weights({1: 0.5})  # type: ignore[dict-item]
    with pytest.raises(TypeError):
        _textmodel.Weights({"w:a": "x"})  # type: ignore[dict-item]
    table = _textmodel.Weights({"w:snap": 2.0, "c: sna": -0.5})
    total, count = table.score("snap")  # type: ignore[misc]
    assert total == 1.5 and count == len(Features("snap").names())


def test_scores_do_not_depend_on_the_hash_seed() -> None:
    """Two interpreters with different string hashing give the same score (they did not
    when the weights were summed in a set's order)."""
    code = (
        "from causette.moderation.minors.model import load_path, CHILD_MODEL_PATH, Features;"
        "m = load_path(CHILD_MODEL_PATH);"
        "print(repr(m.python_sum(Features('jsuis en 4eme et ma mere veut pas que je sorte'))))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1


def test_a_model_without_the_extension_scores_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    model = MODELS[0]
    found = features(fold("tu es seule chez toi ce soir ? envoie une photo"))
    with_native = model.score_features(found)
    monkeypatch.setattr(textmodel, "_textmodel", None)
    assert model.score_features(found) == with_native
    small = TextModel({"w:photo": 1.0}, 0.0, 0.5, "t")
    assert small.score_features(Features("photo")) == 1.0 / len(Features("photo")) ** 0.5


@needs_native
def test_one_table_scores_each_message_afresh_whatever_came_before() -> None:
    """The C table of features seen is kept between calls (not cleared per message): a
    feature of an earlier message, long or short, is never taken as seen in a later one."""
    from causette.moderation.minors import _textmodel

    table = _textmodel.Weights({"w:snap": 2.0, "c: sna": -0.5, "w:photo": 1.0})
    alone = {text: table.score(text) for text in ("snap snap", "photo")}
    long_one = " ".join(["snap photo"] * 300)  # grows the table
    for text in ("snap snap", long_one, "photo", "snap snap", "photo", long_one, "snap snap"):
        expected = alone.get(text) or _textmodel.Weights(
            {"w:snap": 2.0, "c: sna": -0.5, "w:photo": 1.0}
        ).score(text)
        assert table.score(text) == expected
    assert table.score("snap snap") == (1.5, len(Features("snap snap").names()))
