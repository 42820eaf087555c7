"""Tier 1's C scorer (`moderation/_tier1.c`) gives exactly the Python reference's
probabilities, so a server with the extension built and one without it reach the same
verdicts (and the trainer's thresholds, chosen with the Python path, still hold)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from causette.moderation import model as tier1
from causette.moderation.engine import Engine, context_tokens, prepare
from causette.moderation.model import HASH_BITS, LinearModel, features
from causette.moderation.verdict import Context, TextKind

if not tier1.native():
    if os.environ.get("CAUSETTE_REQUIRE_NATIVE") == "1":
        pytest.fail("causette.moderation._tier1 is not built (pip install -e . with a C compiler)")
    pytest.skip("the C part of tier 1 is not built here", allow_module_level=True)

ROOT = Path(__file__).resolve().parents[2]
ENGINE = Engine.default()
MODEL = ENGINE.model
assert MODEL is not None

# Letters, digits, separators, accents, a ligature, Arabic and full-width digits, a
# title-case letter, emoji, an astral letter, underscores (not in words), a surrogate.
ALPHABET = "ab xyz01789.@_-\n\t éÉß٣５ǅ\u00a0\u2028😀𝔸ﬁ'\"<>coke salut\ud800"


def python_reference(model: LinearModel, text: str, context: tuple[str, ...]) -> dict[str, float]:
    return model.predict(features(text, context, model.char_sizes, model.hash_bits))


def test_same_probabilities_as_python_on_the_development_corpus() -> None:
    files = [
        ROOT / "corpus/moderation/dev.jsonl",
        *sorted((ROOT / "corpus/moderation/train").glob("*.jsonl")),
    ]
    ctx = Context(kind=TextKind.MESSAGE)
    checked = 0
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"]
            norm = prepare(text, ctx, ENGINE.lexicon)
            tokens = (*context_tokens(ctx), "g:drugs", "r:drugs.price")
            for view in (text, norm.text, norm.plain):
                assert MODEL.predict_text(view, tokens) == python_reference(MODEL, view, tokens)
                checked += 1
    assert checked > 20_000


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=80), st.lists(st.text(max_size=12), max_size=3))
def test_same_probabilities_on_any_text(text: str, context: list[str]) -> None:
    tokens = tuple(c for c in context if not any("\ud800" <= ch <= "\udfff" for ch in c))
    try:
        expected = python_reference(MODEL, text, tokens)
    except UnicodeEncodeError:  # a lone surrogate: the Python path refuses it too
        with pytest.raises(UnicodeEncodeError):
            MODEL.predict_text(text, tokens)
        return
    assert MODEL.predict_text(text, tokens) == expected


def test_other_sizes_and_a_small_model() -> None:
    keys = [tier1._h("w:coke"), tier1._h("c5:<coke"), tier1._h("b:coke dispo"), tier1._h("x:k")]
    rows = [(0.5, -0.25), (1.0, 2.0), (-3.0, 0.125), (0.75, 0.75)]
    model = LinearModel(
        version="t",
        classes=("none", "drugs"),
        bias=(0.1, -0.2),
        weights=dict(zip(keys, rows, strict=True)),
        char_sizes=(3, 5, 6),
    )
    for text in ("coke dispo", "COKE coke dispo dispo", "", "c", "ab", "coke"):
        assert model.predict_text(text, ("k",)) == python_reference(model, text, ("k",))
    # the scores really come from the weights: "coke dispo" is drugs, "salut" is not
    assert model.predict_text("coke dispo", ())["drugs"] > 0.9
    assert model.predict_text("salut", ())["drugs"] < 0.5


def test_a_wider_hash_scores_as_the_python_reference() -> None:
    """A model whose features were hashed on 20 bits (`tools/matched_share.py --hash-bits`)
    is scored in C with its own width, not the shipped one."""
    texts = ("coke dispo", "je sais ou tu habites", "salut ca va", "")
    mask = (1 << 20) - 1
    keys = sorted({f for t in texts for f in features(t, ("k",), (3, 4), bits=20)})
    assert max(keys) > (1 << HASH_BITS)  # some keys exist only in the wider space
    rows = [((k & mask) % 7 / 4 - 0.75, (k & mask) % 5 / 3 - 0.5) for k in keys]
    model = LinearModel(
        version="t",
        classes=("none", "threat"),
        bias=(0.1, -0.2),
        weights=dict(zip(keys, rows, strict=True)),
        char_sizes=(3, 4),
        hash_bits=20,
    )
    for text in texts:
        assert model.predict_text(text, ("k",)) == python_reference(model, text, ("k",))


def test_scorer_refuses_a_malformed_table() -> None:
    native = tier1._tier1
    assert native is not None
    with pytest.raises(ValueError):
        native.Scorer([1 << HASH_BITS], [(0.0,)], 1, HASH_BITS)
    with pytest.raises(ValueError):
        native.Scorer([1], [(0.0, 1.0)], 1, HASH_BITS)
    with pytest.raises(ValueError):
        native.Scorer([1, 2], [(0.0,)], 1, HASH_BITS)
