"""Tier 1's model file keeps the width of its features' hash: a model trained on another
width (`tools/matched_share.py --hash-bits`) is scored with its own, and a file with no
valid width is refused rather than scored with the wrong features."""

from __future__ import annotations

import pytest

from causette.moderation.model import HASH_BITS, LinearModel, features, load_model


def small(bits: int) -> LinearModel:
    keys = features("coke dispo", (), (3,), bits)
    return LinearModel(
        version="t",
        classes=("none", "drugs"),
        bias=(0.0, -1.0),
        weights={k: (0.0, 1.0) for k in keys},
        hash_bits=bits,
    )


@pytest.mark.parametrize("bits", [HASH_BITS, 20])
def test_the_width_survives_the_file(bits: int) -> None:
    model = small(bits)
    data = model.to_json()
    assert data["hash_bits"] == bits
    again = LinearModel.from_json(data)
    assert again.hash_bits == bits
    assert again.predict_text("coke dispo") == model.predict_text("coke dispo")
    assert again.predict_text("coke dispo")["drugs"] > 0.9


@pytest.mark.parametrize("bits", [None, 0, 31, "18", True])
def test_a_file_without_a_valid_width_is_refused(bits: object) -> None:
    data = small(HASH_BITS).to_json()
    data["hash_bits"] = bits
    with pytest.raises(ValueError, match="hash size"):
        LinearModel.from_json(data)


def test_the_shipped_model_uses_the_shipped_width() -> None:
    model = load_model()
    assert model is not None and model.hash_bits == HASH_BITS


def test_the_default_engine_takes_another_model_with_its_thresholds() -> None:
    """`Engine.default(model=...)`: the trainers judge a model they have not shipped."""
    from dataclasses import replace

    from causette.moderation.engine import Engine

    other = replace(small(HASH_BITS), review_threshold=0.42, severe_block_threshold=0.77)
    engine = Engine.default(model=other)
    assert engine.model is other
    assert (engine.review_threshold, engine.severe_block_threshold) == (0.42, 0.77)
    assert "model:t" in engine.version
    assert Engine.default().model == load_model()
