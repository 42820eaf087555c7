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
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from causette.moderation.minors.fold import Folded, fold

__all__ = [
    "ADULT_MODEL_PATH",
    "CHILD_MODEL_PATH",
    "DEFAULT_MODEL_PATH",
    "Features",
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


try:  # the features and their sum in C (optional: setup.py builds it when it can)
    from causette.moderation.minors import _textmodel
except ImportError:  # pragma: no cover - exercised where no C compiler is present
    _textmodel = None  # type: ignore[assignment]


def native() -> bool:
    """Whether the message models score in C (`_textmodel`) rather than in Python."""
    return _textmodel is not None


@dataclass(frozen=True, slots=True)
class Features:
    """The features of one folded message: words, adjacent word pairs and character
    4-grams of the leet-read form, each once, in the order they first occur (words,
    then pairs, then 4-grams). Iterating spells them out; a model scores them in C
    from `leet` when it can."""

    leet: str

    def names(self) -> list[str]:
        text = f" {self.leet} "
        words = text.split()
        return list(
            dict.fromkeys(
                itertools.chain(
                    (f"w:{w}" for w in words),
                    (f"b:{a}_{b}" for a, b in itertools.pairwise(words)),
                    (f"c:{text[i : i + 4]}" for i in range(len(text) - 3)),
                )
            )
        )

    def __iter__(self) -> Iterator[str]:
        return iter(self.names())

    def __len__(self) -> int:
        return len(self.names())


def features(folded: Folded) -> Features:
    """Words, adjacent word pairs and character 4-grams of the leet-read form."""
    return Features(folded.leet)


@dataclass(frozen=True, slots=True)
class TextModel:
    """`score(folded)` is the bias plus the feature log-odds, normalised by the square
    root of the number of features; `threshold` was set on ordinary messages."""

    weights: Mapping[str, float]
    bias: float
    threshold: float
    version: str
    _table: _textmodel.Weights | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # As tier 1's `LinearModel._scorer`: the C table is built once, with the model.
        if _textmodel is not None:
            object.__setattr__(self, "_table", _textmodel.Weights(dict(self.weights)))

    def score(self, folded: Folded) -> float:
        return self.score_features(features(folded))

    def score_features(self, found: Features) -> float:
        """`score` from a message's features (several models read the same ones)."""
        summed = None
        if self._table is not None and _textmodel is not None:
            summed = self._table.score(found.leet)
        if summed is None:
            summed = self.python_sum(found)
        total, count = summed
        return self.bias + total / math.sqrt(max(1, count))

    def python_sum(self, found: Features) -> tuple[float, int]:
        """(sum of the features' weights, number of features): the reference `_textmodel`
        follows. One addition after the other in the features' order, so the result
        does not depend on hashing or on the Python version."""
        names = found.names()
        get = self.weights.get
        total = 0.0
        for name in names:
            total += get(name, 0.0)
        return total, len(names)

    def _native(self) -> _textmodel.Weights:
        """The C table of the weights (built with the model when the extension is)."""
        assert self._table is not None
        return self._table

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
