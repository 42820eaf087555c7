"""NudeNetDetector: the shipped model runs offline; labels map to `explicit` by threshold."""

from __future__ import annotations

from typing import Any

import pytest

from causette.media.nudity import EXPLICIT_LABELS, NudeNetDetector
from causette.media.synthetic import structured_image

pytest.importorskip("nudenet", reason="the `photos` extra is not installed")


@pytest.fixture(scope="module")
def detector() -> NudeNetDetector:
    return NudeNetDetector(threads=1)  # as a worker in a pool would


def test_real_model_finds_nothing_explicit_in_a_synthetic_image(detector: NudeNetDetector) -> None:
    result = detector.detect(structured_image(5, (1024, 768)))
    assert result.explicit is False
    assert not any(label.endswith("_EXPOSED") for label in result.labels)
    assert result.model.startswith("nudenet-3.")


class _Canned:
    def __init__(self, detections: list[dict[str, Any]]) -> None:
        self.detections = detections

    def detect(self, _: Any) -> list[dict[str, Any]]:
        return self.detections


def _with(detector: NudeNetDetector, *detections: tuple[str, float]) -> NudeNetDetector:
    detector._detector = _Canned(
        [{"class": c, "score": s, "box": [0, 0, 1, 1]} for c, s in detections]
    )
    return detector


def test_explicit_only_for_intimate_labels_at_or_above_threshold() -> None:
    image = structured_image(6, (64, 64))
    strict = NudeNetDetector(threshold=0.6)
    assert _with(strict, ("FEMALE_GENITALIA_EXPOSED", 0.6)).detect(image).explicit
    assert not _with(strict, ("FEMALE_GENITALIA_EXPOSED", 0.59)).detect(image).explicit
    # Feet, armpits and bellies are exposed at the beach: not explicit.
    beach = _with(strict, ("FEET_EXPOSED", 0.95), ("BELLY_EXPOSED", 0.9), ("ARMPITS_EXPOSED", 0.9))
    result = beach.detect(image)
    assert not result.explicit and result.labels["FEET_EXPOSED"] == pytest.approx(0.95)
    assert "FEET_EXPOSED" not in EXPLICIT_LABELS


def test_best_score_per_label_is_kept() -> None:
    detector = _with(NudeNetDetector(), ("FACE_FEMALE", 0.3), ("FACE_FEMALE", 0.7))
    assert detector.detect(structured_image(7, (64, 64))).labels == {"FACE_FEMALE": 0.7}


def test_threshold_must_be_a_probability() -> None:
    with pytest.raises(ValueError):
        NudeNetDetector(threshold=0)
