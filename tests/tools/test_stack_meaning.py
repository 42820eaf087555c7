"""The stacked meaning model of round 11 (`corpus/minors/stack_meaning.py`): the mixing
layer and its margins, on inline numbers (no embedding computed)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import numpy as np

from causette.moderation.minors.meaning_model import MeaningModel

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

from eval_minors import corpus_module  # noqa: E402


def stacker() -> Any:
    return corpus_module("stack_meaning")


def test_the_mix_leans_on_the_input_that_separates_the_classes() -> None:
    rng = np.random.default_rng(1)
    y = np.r_[np.ones(300), np.zeros(300)]
    # the n-gram margin separates the classes, the embedding logit is noise
    pairs = np.c_[rng.normal(0.0, 1.0, 600), np.where(y == 1, 1.5, -1.5) + rng.normal(0, 1, 600)]
    w = stacker().mix(pairs, y)
    assert w[1] > 1.0 and abs(w[0]) < 0.3
    scores = pairs @ w[:2] + w[2]
    assert (scores[y == 1] > 0).mean() > 0.85 and (scores[y == 0] < 0).mean() > 0.85


def test_stacked_margins_mix_the_embedding_logit_and_the_ngram_margin() -> None:
    heads = MeaningModel(
        version="test",
        embedder="fake",
        mean=np.zeros(1, dtype=np.float32),
        scale=np.ones(1, dtype=np.float32),
        weights=np.array([[1.0], [2.0], [0.0]], dtype=np.float32),
        bias=np.zeros(3, dtype=np.float32),
        thresholds=np.array([5.0, 5.0, 5.0], dtype=np.float32),  # ignored: logits are mixed
    )
    mix = np.array([[1.0, 0.0, 0.0], [0.5, 1.0, -1.0], [0.0, 2.0, 0.0]])
    stacked = stacker().Stacked(heads, mix, np.array([0.0, 1.0, 0.5]))
    out = stacked.margins(np.array([[3.0]]), np.array([[9.0, 2.0, -1.0]]))
    # grooming: logit 3; child: 0.5 * 6 + 2 - 1 - 1; adult: 2 * -1 - 0.5
    assert np.allclose(out, [[3.0, 3.0, -2.5]])
