"""`train_tier2.cached_embeddings`: texts already embedded are not embedded again, and each
save goes through a temporary file that is moved into place (one per process since the
thirty-ninth sitting, so that two trainings side by side never write the same one)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

import train_tier2 as t2


class CountingEmbedder:
    """A stand-in for e5-small: a text's vector is its length, repeated."""

    version = "fake-1"

    def __init__(self) -> None:
        self.seen: list[str] = []

    def embed(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        self.seen += texts
        return np.array([[len(t)] * 3 for t in texts], dtype=np.float32)


def test_only_new_texts_are_embedded_and_the_cache_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "tier2" / "embeddings.npz"
    first = CountingEmbedder()
    vectors = t2.cached_embeddings(first, ["cc", "salut", "cc"], path)  # type: ignore[arg-type]
    assert first.seen == ["cc", "salut"]
    assert vectors.tolist() == [[2.0] * 3, [5.0] * 3, [2.0] * 3]
    second = CountingEmbedder()
    again = t2.cached_embeddings(second, ["salut", "bonsoir"], path)  # type: ignore[arg-type]
    assert second.seen == ["bonsoir"]
    assert again.tolist() == [[5.0] * 3, [7.0] * 3]
    # Nothing but the cache is left behind: the temporary file was moved into place.
    assert sorted(p.name for p in path.parent.iterdir()) == ["embeddings.npz"]
