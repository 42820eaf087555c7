"""Nudity detection: a small protocol and its NudeNet adapter.

`NudeNetDetector` runs NudeNet 3.x's detector (the `320n.onnx` model shipped
inside the `nudenet` wheel, on onnxruntime's CPU provider). It loads the model
from the installed package only and never downloads anything. NudeNet
estimates no age: it gates nudity, it cannot detect child abuse material as
such (bank matching and people do).

An image is `explicit` when one of `EXPLICIT_LABELS` (exposed genitalia,
breasts, buttocks, anus) scores at least `threshold`. The other "*_EXPOSED"
labels (feet, armpits, belly, a man's chest) are reported in `labels` but do
not make an image explicit: a beach photo is not a nude.

Licence: the NudeNet code and model are AGPL-3.0 (the wheel's metadata says
MIT, its LICENSE files say AGPL-3.0); Causette is AGPL-3.0-or-later, so the
combination is fine.
"""

from __future__ import annotations

import os
from typing import Any, Protocol

import numpy as np
from PIL import Image

from causette.moderation.images.policy import NudityResult

__all__ = ["EXPLICIT_LABELS", "NudeNetDetector", "NudityDetector", "NudityResult"]

EXPLICIT_LABELS = frozenset(
    {
        "FEMALE_GENITALIA_EXPOSED",
        "MALE_GENITALIA_EXPOSED",
        "FEMALE_BREAST_EXPOSED",
        "BUTTOCKS_EXPOSED",
        "ANUS_EXPOSED",
    }
)
DEFAULT_THRESHOLD = 0.5
INPUT_SIDE = 640
"""Images are shrunk to this many pixels a side before detection: the model sees
320 x 320 anyway, and Pillow's filter aliases less than OpenCV's resize."""


class NudityDetector(Protocol):
    """Anything that says whether an image is explicit. Tests pass a fake."""

    def detect(self, image: Image.Image) -> NudityResult:
        """Classify a decoded image (any mode); never raises for a valid image."""
        ...


class NudeNetDetector:
    """NudeNet 3.x on CPU. Create once per process (loading takes ~0.1 s), then
    call `detect` from that process; a session is not shared across processes.
    `threads` caps onnxruntime's intra-op threads (None: its default, all cores).

    Raise `RuntimeError` at construction if the `photos` extra is not installed.
    """

    def __init__(self, *, threshold: float = DEFAULT_THRESHOLD, threads: int | None = None) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError("threshold must be in (0, 1]")
        try:
            import nudenet
        except ImportError as exc:  # pragma: no cover - depends on the installed extra
            raise RuntimeError(
                "nudity detection needs the `photos` extra: pip install 'causette[photos]'"
            ) from exc
        # NudeDetector() with no path opens the 320n.onnx file inside the package.
        self._detector: Any = nudenet.NudeDetector()
        if threads is not None:
            # Several workers on 2 cores: one intra-op thread each avoids oversubscription.
            import onnxruntime

            options = onnxruntime.SessionOptions()
            options.intra_op_num_threads = threads
            options.inter_op_num_threads = 1
            model_path = os.path.join(os.path.dirname(nudenet.__file__), "320n.onnx")
            self._detector.onnx_session = onnxruntime.InferenceSession(
                model_path,
                sess_options=options,
                providers=["CPUExecutionProvider"],
            )
        self.threshold = threshold
        self.model = f"nudenet-{_version()}-320n"

    def detect(self, image: Image.Image) -> NudityResult:
        """Run the model on `image`; `labels` keeps each label's best score."""
        small = image.convert("RGB")
        if max(small.size) > INPUT_SIDE:
            small = small.copy()
            small.thumbnail((INPUT_SIDE, INPUT_SIDE), Image.Resampling.BILINEAR)
        # NudeNet expects what cv2.imread returns: BGR, uint8, contiguous.
        bgr = np.ascontiguousarray(np.asarray(small)[:, :, ::-1])
        detections = self._detector.detect(bgr)
        labels: dict[str, float] = {}
        for detection in detections:
            label, score = str(detection["class"]), float(detection["score"])
            labels[label] = max(score, labels.get(label, 0.0))
        explicit = any(
            score >= self.threshold for label, score in labels.items() if label in EXPLICIT_LABELS
        )
        return NudityResult(explicit=explicit, labels=labels, model=self.model)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("nudenet")
    except PackageNotFoundError:  # pragma: no cover
        return "unknown"
