"""Tier 1: a linear model over hashed word and character n-grams.

Multinomial logistic regression, pure Python inference (a few dozen dictionary
look-ups per message). The weights ship as `data/model.json`, written by
`tools/train_moderation_model.py` from the development part of the corpus
only. Classes are `none` plus the content categories; the policy turns the
probabilities into a verdict with the context.
"""

from __future__ import annotations

import json
import math
import re
import sys
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, reduce
from importlib import resources
from operator import add

__all__ = ["HASH_BITS", "LinearModel", "features", "load_model", "native", "rule_tokens"]

HASH_BITS = 18
_MASK = (1 << HASH_BITS) - 1
_WORDS = re.compile(r"[^\W_]+")  # letters and digits, as str.isalnum splits


def _add_in_order(column: Iterable[float], start: float) -> float:
    return reduce(add, column, start)


# Python 3.11's sum() adds floats one after the other in a C double: the same sums as
# `reduce(add)`, a few times faster. From 3.12 sum() compensates rounding errors, which
# would change the last bits of the scores, so there the explicit reduce is kept.
_add_all: Callable[[Iterable[float], float], float] = (
    sum if sys.version_info < (3, 12) else _add_in_order
)


try:  # the C part of tier 1 (setup.py builds it when a compiler is present)
    from causette.moderation import _tier1
except ImportError:  # pragma: no cover - exercised by the builds without a compiler
    _tier1 = None  # type: ignore[assignment]


def native() -> bool:
    """Whether tier 1 scores in C (`_tier1`) rather than with the Python reference."""
    return _tier1 is not None


def _h(token: str, mask: int = _MASK) -> int:
    return zlib.crc32(token.encode()) & mask


@lru_cache(maxsize=65536)
def _word_features(word: str, sizes: tuple[int, ...] = (3,), mask: int = _MASK) -> tuple[int, ...]:
    """The word's hash, then its char n-grams size by size, left to right: distinct, in
    the order of their first occurrence (the order `_tier1.c` adds them in)."""
    padded = f"<{word}>"
    grams = {_h("w:" + word, mask): None}
    for n in sizes:
        if len(padded) > n:
            # 3-grams keep the prefix of the first models' files ("c:"), longer ones "c<n>:".
            prefix = "c:" if n == 3 else f"c{n}:"
            grams.update(
                dict.fromkeys(
                    _h(prefix + padded[i : i + n], mask) for i in range(len(padded) - n + 1)
                )
            )
    return tuple(grams)


def features(
    text: str, context: Sequence[str] = (), sizes: tuple[int, ...] = (3,), bits: int = HASH_BITS
) -> list[int]:
    """Hashed features of a normalised text: words, word pairs, char n-grams of words
    (`sizes`: the n, 3 by default), each once, in the order of its first occurrence: per
    word its own features then the pair it ends, the context last. A class's score adds
    the weights in this order (`LinearModel.predict`), as the C scorer does. `bits`: the
    hash's width (the shipped models use `HASH_BITS`; the trainer's tools try others).

    `context` adds tokens such as `kind=pseudonym` (kept few: the policy, not
    the model, applies most of the context).
    """
    mask = (1 << bits) - 1
    feats: dict[int, None] = {}
    previous = None
    for word in _WORDS.findall(text):
        feats.update(dict.fromkeys(_word_features(word, sizes, mask)))
        if previous is not None:
            feats[_h("b:" + previous + " " + word, mask)] = None
        previous = word
    feats.update(dict.fromkeys(_h("x:" + c, mask) for c in context))
    return list(feats)


def rule_tokens(groups: Iterable[str], rules: Iterable[str]) -> tuple[str, ...]:
    """Context tokens naming the lexicon groups that matched and the rules that fired:
    a stacked model learns how far to trust each of them."""
    return (*(f"g:{g}" for g in sorted(groups)), *(f"r:{r}" for r in sorted(rules)))


@dataclass(frozen=True, slots=True)
class LinearModel:
    """Weights per feature (sparse) and biases, one column per class."""

    version: str
    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: Mapping[int, Sequence[float]]
    review_threshold: float = 0.6
    severe_block_threshold: float = 0.95
    stacked: bool = False
    """The features include the lexicon groups and rules that fired (`rule_tokens`)."""
    char_sizes: tuple[int, ...] = (3,)
    """The character n-gram sizes of its features (`features(..., sizes=)`)."""
    veto_threshold: float = 0.0
    """Below this probability of harm (1 - P(none)) the rules' requests for review are
    set aside (`engine.overruled`; 0: the model never overrules a rule)."""
    block_veto_threshold: float = 0.0
    """Below this (lower) probability of harm the rules' blocks are set aside too."""
    hash_bits: int = HASH_BITS
    """The width of its features' hash (`features(..., bits=)`)."""
    _scorer: _tier1.Scorer | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Python 3.11's sum() is what the C scorer reproduces (see `_add_all`).
        if _tier1 is not None and sys.version_info < (3, 12):
            keys = list(self.weights)
            rows = [self.weights[k] for k in keys]
            scorer = _tier1.Scorer(keys, rows, len(self.classes), self.hash_bits)
            object.__setattr__(self, "_scorer", scorer)

    def predict_text(self, text: str, context: Sequence[str] = ()) -> dict[str, float]:
        """`predict(features(text, context, self.char_sizes, self.hash_bits))`, in C when it
        is built."""
        if self._scorer is not None:
            logits = self._scorer.logits(text, context, self.char_sizes, self.bias)
            if logits is not None:
                return self._softmax(logits)
        return self.predict(features(text, context, self.char_sizes, self.hash_bits))

    def predict(self, feats: Sequence[int]) -> dict[str, float]:
        """Class -> probability (softmax)."""
        rows = [row for row in map(self.weights.get, feats) if row is not None]
        logits: Sequence[float] = self.bias
        if rows:
            # Column by column, each class still adds its rows in feature order (the
            # same float sums as row by row), without a new list per feature.
            columns = zip(*rows, strict=False)
            logits = [_add_all(col, b) for b, col in zip(self.bias, columns, strict=False)]
        return self._softmax(logits)

    def _softmax(self, logits: Sequence[float]) -> dict[str, float]:
        top = max(logits)
        exps = [math.exp(v - top) for v in logits]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    def to_json(self) -> dict[str, object]:
        return {
            "version": self.version,
            "hash_bits": self.hash_bits,
            "classes": list(self.classes),
            "review_threshold": self.review_threshold,
            "severe_block_threshold": self.severe_block_threshold,
            "stacked": self.stacked,
            "veto_threshold": self.veto_threshold,
            "block_veto_threshold": self.block_veto_threshold,
            "char_sizes": list(self.char_sizes),
            "bias": [round(b, 5) for b in self.bias],
            "weights": {str(k): [round(v, 4) for v in row] for k, row in self.weights.items()},
        }

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> LinearModel:
        bits = data.get("hash_bits")
        if not isinstance(bits, int) or isinstance(bits, bool) or not 1 <= bits <= 30:
            raise ValueError("model file without a valid hash size (1 to 30 bits)")
        weights = data["weights"]
        classes = data["classes"]
        bias = data["bias"]
        if not isinstance(weights, dict) or not isinstance(classes, list):
            raise ValueError("malformed model file")
        if not isinstance(bias, list):
            raise ValueError("malformed model file")
        return cls(
            version=str(data["version"]),
            classes=tuple(str(c) for c in classes),
            bias=tuple(float(b) for b in bias),
            weights={int(k): tuple(float(v) for v in row) for k, row in weights.items()},
            review_threshold=float(str(data.get("review_threshold", 0.6))),
            severe_block_threshold=float(str(data.get("severe_block_threshold", 0.95))),
            stacked=bool(data.get("stacked", False)),
            veto_threshold=float(str(data.get("veto_threshold", 0.0))),
            block_veto_threshold=float(str(data.get("block_veto_threshold", 0.0))),
            char_sizes=_sizes(data.get("char_sizes", [3])),
            hash_bits=bits,
        )


def _sizes(value: object) -> tuple[int, ...]:
    if not isinstance(value, list) or not all(isinstance(n, int) and n > 1 for n in value):
        raise ValueError("malformed model file: char_sizes")
    return tuple(value)


def load_model() -> LinearModel | None:
    """The packaged model, or None when no model file ships (tier 0 only)."""
    path = resources.files("causette.moderation").joinpath("data", "model.json")
    if not path.is_file():
        return None
    return LinearModel.from_json(json.loads(path.read_text(encoding="utf-8")))
