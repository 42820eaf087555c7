"""The meaning model's file format and answers (numpy; no embedding computed here)."""

import json
from pathlib import Path

import numpy as np
import pytest

from causette.moderation.minors.meaning import Meaning
from causette.moderation.minors.meaning_model import HEADS, MeaningModel, load_meaning_model


def model() -> MeaningModel:
    return MeaningModel(
        version="test",
        embedder="fake",
        mean=np.zeros(2, dtype=np.float32),
        scale=np.full(2, 2.0, dtype=np.float32),
        weights=np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, -1.0]], dtype=np.float32),
        bias=np.array([0.5, 0.0, 0.0], dtype=np.float32),
        thresholds=np.array([1.0, 2.0, 0.0], dtype=np.float32),
    )


def test_a_head_answers_its_logit_minus_its_threshold() -> None:
    # grooming: 4/2 * 1 + 0.5 - 1.0; child: 2/2 - 2.0; adult: -(4/2 + 2/2) - 0
    assert model().meaning(np.array([4.0, 2.0], dtype=np.float32)) == Meaning(1.5, -1.0, -3.0)


def test_the_file_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "meaning.json"
    path.write_text(json.dumps(model().to_json()))
    loaded = load_meaning_model(path)
    assert loaded is not None
    vector = np.array([1.0, -3.0], dtype=np.float32)
    assert loaded.meaning(vector) == model().meaning(vector)
    assert json.loads(path.read_text())["heads"] == list(HEADS)


def test_a_file_with_other_heads_is_refused() -> None:
    data = model().to_json()
    data["heads"] = ["grooming"]
    with pytest.raises(ValueError, match="heads"):
        MeaningModel.from_json(data)


def test_no_file_no_model(tmp_path: Path) -> None:
    assert load_meaning_model(tmp_path / "absent.json") is None
