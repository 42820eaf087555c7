"""A small bag-of-features text model (naive Bayes log-odds) for grooming messages.

The rules in `rules.py` recognise phrasings someone wrote down; this model
generalises a little beyond them (other inflections, spellings, word orders)
from the labelled development conversations. It scores one message: words,
word pairs and character 4-grams of its folded form, each carrying the
log-odds of appearing in a groomer's message rather than an ordinary one.

Pure and deterministic; the weights ship as a JSON data file built by
`corpus/minors/train_model.py` from `corpus/minors/dev.jsonl` only.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from causette.moderation.minors.fold import Folded, fold

__all__ = [
    "ADULT_MODEL_PATH",
    "CHILD_MODEL_PATH",
    "DEFAULT_MODEL_PATH",
    "TextModel",
    "features",
    "load_default",
    "load_path",
    "train",
]

DEFAULT_MODEL_PATH = Path(__file__).with_name("grooming_model.json")
CHILD_MODEL_PATH = Path(__file__).with_name("child_model.json")
"""Declared adults writing as children (age-lie), against adults' ordinary messages."""
ADULT_MODEL_PATH = Path(__file__).with_name("adult_model.json")
"""Declared minors writing as adults (age-lie), against minors' ordinary messages."""


def features(folded: Folded) -> set[str]:
    """Words, adjacent word pairs and character 4-grams of the leet-read form."""
    text = f" {folded.leet} "
    words = text.split()
    found = {f"w:{w}" for w in words}
    found.update(f"b:{a}_{b}" for a, b in itertools.pairwise(words))
    found.update(f"c:{text[i : i + 4]}" for i in range(len(text) - 3))
    return found


@dataclass(frozen=True, slots=True)
class TextModel:
    """`score(folded)` is the bias plus the feature log-odds, normalised by the square
    root of the number of features; `threshold` was set on ordinary messages."""

    weights: Mapping[str, float]
    bias: float
    threshold: float
    version: str

    def score(self, folded: Folded) -> float:
        return self.score_features(features(folded))

    def score_features(self, found: set[str]) -> float:
        """`score` from features already computed (several models share them)."""
        # The same additions in the same order as a generator, without its per-item frame.
        total = sum(map(self.weights.get, found, itertools.repeat(0.0)))
        return self.bias + total / math.sqrt(max(1, len(found)))

    def flags(self, text: str) -> bool:
        return self.score(fold(text)) >= self.threshold

    def to_json(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "bias": self.bias,
            "threshold": self.threshold,
            "weights": dict(sorted(self.weights.items())),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> TextModel:
        return cls(
            weights={str(k): float(v) for k, v in data["weights"].items()},
            bias=float(data["bias"]),
            threshold=float(data["threshold"]),
            version=str(data["version"]),
        )


def train(
    positives: Iterable[str],
    negatives: Iterable[str],
    *,
    negative_quantile: float = 0.97,
    min_count: int = 2,
    min_weight: float = 0.3,
    version: str = "nb-1",
) -> TextModel:
    """Fit the log-odds (Laplace smoothing) and put the threshold at `negative_quantile`
    of the ordinary messages' scores. Features seen fewer than `min_count` times or
    weighing less than `min_weight` are dropped (smaller file, less noise)."""
    negatives = list(negatives)
    pos = [features(fold(t)) for t in positives]
    neg = [features(fold(t)) for t in negatives]
    if not pos or not neg:
        raise ValueError("training needs positive and negative messages")
    in_pos: Counter[str] = Counter(f for fs in pos for f in fs)
    in_neg: Counter[str] = Counter(f for fs in neg for f in fs)
    weights: dict[str, float] = {}
    for feature in in_pos.keys() | in_neg.keys():
        if in_pos[feature] + in_neg[feature] < min_count:
            continue
        weight = math.log((in_pos[feature] + 1) / (len(pos) + 2)) - math.log(
            (in_neg[feature] + 1) / (len(neg) + 2)
        )
        if abs(weight) >= min_weight:
            weights[feature] = round(weight, 3)
    model = TextModel(weights, round(math.log(len(pos) / len(neg)), 3), 0.0, version)
    scores = sorted(model.score(fold(t)) for t in negatives)
    cut = scores[min(len(scores) - 1, int(negative_quantile * len(scores)))]
    return TextModel(weights, model.bias, round(cut, 3), version)


@functools.cache
def load_path(path: Path) -> TextModel | None:
    """The model stored at `path` (read once), or None when the file is absent."""
    if not path.exists():
        return None
    return TextModel.from_json(json.loads(path.read_text(encoding="utf-8")))


def load_default() -> TextModel | None:
    """The shipped grooming model, or None when its data file is absent."""
    return load_path(DEFAULT_MODEL_PATH)
