"""A stacked meaning model (round 11, an experiment): the embedding head's logit and the
band's n-gram model's margin read together by a three-weight logistic layer.

    stacked = train_stacked(rows, embed, quantiles=[0.99], size=4)[0]
    margins = stacked.margins(vectors, ngram)   # (n, heads), as `MeaningModel.margins`

For each head (`HEADS`): the embedding head of `train_meaning.py` (windows of `size`
messages) and the n-gram model of `train_model.py` (same examples and quantile) are trained
without each batch group (`GROUPS`) and score that group's examples; a logistic layer on
those out-of-fold pairs (embedding logit, n-gram margin) mixes them, and its threshold is
the quantile of its output on the out-of-fold negatives. At use, the full embedding head and
the n-gram model trained on all `rows` give the pair. The n-gram margin is the message's
own (the last line of its window). Evaluated by `tools/eval_minors.py --meaning-stack`;
not shipped (docs/minors.md, round 11). Development split only.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from causette.moderation.minors.fold import fold
from causette.moderation.minors.meaning_model import HEADS, MeaningModel
from causette.moderation.minors.model import TextModel, features
from causette.moderation.minors.model import train as train_ngram

HERE = Path(__file__).resolve().parent
Array = npt.NDArray[np.float64]
MIX_LAM = 1.0
"""The logistic layer's L2 penalty (three weights on standardised inputs: barely any)."""


def _load(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


train_meaning = _load("train_meaning")
train_model = train_meaning.train_model
TARGET_MODEL = {"grooming": "model", "child": "child_model", "adult": "adult_model"}
"""The guard's keyword for each head's n-gram model."""


def ngram_model(rows: list[dict[str, Any]], target: str) -> TextModel:
    """`train_model.py`'s n-gram model for `target` trained on `rows`."""
    pos, neg = train_model.examples(rows, target, train_model.SKIP_FIRST[target])
    return train_ngram(
        pos, neg, negative_quantile=train_model.QUANTILE[target], version=f"stack-{target}"
    )


def ngram_margin(model: TextModel, text: str) -> float:
    """The n-gram model's score minus its threshold on `text` (as the guard reads it)."""
    return model.score_features(features(fold(text))) - model.threshold


@dataclass(frozen=True, slots=True)
class Stacked:
    """Embedding heads, and per head the mix (embedding logit, n-gram margin, bias) and
    its threshold."""

    heads: MeaningModel
    mix: Array  # heads × 3
    thresholds: Array  # heads

    def margins(self, vectors: Array, ngram: Array) -> Array:
        """Mixed logit minus threshold, (n, heads), for embeddings (n, dim) and the n-gram
        margins (n, heads) of the same messages."""
        e = self.heads.margins(vectors.astype(np.float32)) + self.heads.thresholds
        out: Array = e * self.mix[:, 0] + ngram * self.mix[:, 1] + self.mix[:, 2] - self.thresholds
        return out


def mix(pairs: Array, labels: Array, lam: float = MIX_LAM) -> Array:
    """(weight of the embedding logit, weight of the n-gram margin, bias) of a logistic
    layer fitted on `pairs` (n, 2), classes weighted equally."""
    norm = (pairs.mean(0), pairs.std(0) + 1e-6)
    w = train_meaning.fit(pairs, labels, lam, norm)
    mean, scale = norm
    # w . (x - mean) / scale + b == (w / scale) . x + (b - w . mean / scale)
    out: Array = np.r_[w[:2] / scale, w[2] - float((w[:2] / scale) @ mean)]
    return out


def out_of_fold(
    rows: list[dict[str, Any]],
    target: str,
    embed: Any,
    full: Array,
    norm: tuple[Array, Array],
    lam: float,
    size: int,
) -> tuple[Array, Array]:
    """(pairs (n, 2), labels) of the examples of each group scored by the embedding head
    (warm-started from `full`) and the n-gram model trained without that group."""
    pairs, labels = [], []
    for group in train_meaning.GROUPS:
        held = [r for r in rows if r["id"].startswith(group)]
        inner = [r for r in rows if not r["id"].startswith(group)]
        if not held or not inner:
            continue
        skip = train_model.SKIP_FIRST[target]
        hp, hn = train_model.example_refs(held, target, skip)
        if not hp and not hn:
            continue
        ip, ineg = train_meaning.example_texts(inner, target, size)
        texts = [train_meaning.window(r, size) for r in hp + hn]
        embed.ensure(ip + texts)
        wi = train_meaning.refit(embed, ip, ineg, lam, norm, full)
        model = ngram_model(inner, target)
        e = train_meaning.logits(wi, embed(texts), norm)
        m = np.array([ngram_margin(model, r["messages"][i]["text"]) for r, i in hp + hn])
        pairs.append(np.c_[e, m])
        labels.append(np.r_[np.ones(len(hp)), np.zeros(len(hn))])
    return np.vstack(pairs), np.concatenate(labels)


def train_stacked(
    rows: list[dict[str, Any]],
    embed: Any,
    lam: float = train_meaning.LAM,
    quantiles: list[float] | None = None,
    size: int = train_meaning.WINDOW,
) -> list[Stacked]:
    """One `Stacked` per quantile of `quantiles` (the same heads and mixes)."""
    quantiles = quantiles or [train_meaning.QUANTILE]
    base = train_meaning.train_many(rows, embed, lam, [0.5], size)[0]
    mixes, thresholds = [], []
    for target in HEADS:
        pos, neg = train_meaning.example_texts(rows, target, size)
        x = np.vstack([embed(pos), embed(neg)])
        y = np.r_[np.ones(len(pos)), np.zeros(len(neg))]
        norm = (x.mean(0), x.std(0) + 1e-6)
        full = train_meaning.fit(x, y, lam, norm)
        pairs, labels = out_of_fold(rows, target, embed, full, norm, lam, size)
        weights = mix(pairs, labels)
        mixed = pairs[labels == 0] @ weights[:2] + weights[2]
        mixes.append(weights)
        thresholds.append([float(np.quantile(mixed, q)) for q in quantiles])
    return [
        Stacked(base, np.asarray(mixes), np.asarray([t[k] for t in thresholds]))
        for k in range(len(quantiles))
    ]
