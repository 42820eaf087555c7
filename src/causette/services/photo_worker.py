"""What runs inside a photo worker process: one detector per process, one analysis per call.

The pool (`causette.services.photos.PhotoWorkers`) starts each worker with
`init_worker(factory)`, which builds the nudity detector once (loading the ONNX
model takes ~0.1 s and its session cannot cross processes); `analyse` then runs
`causette.media.pipeline.analyse_image` on one upload. Arguments, results and
errors are picklable. A worker that crashes or hangs on a crafted file takes
only itself down: the pool is replaced and the upload refused.
"""

from __future__ import annotations

from collections.abc import Callable

from causette.media.nudity import NudityDetector
from causette.media.pipeline import ImageAnalysis, analyse_image

__all__ = ["DetectorFactory", "analyse", "default_detector", "init_worker"]

DetectorFactory = Callable[[], NudityDetector | None]

_detector: NudityDetector | None = None


def default_detector() -> NudityDetector | None:
    """NudeNet with one onnxruntime thread (workers share 2 cores), or None when the
    `photos` extra is missing: the policy then fails closed (images held for review)."""
    from causette.media.nudity import NudeNetDetector

    try:
        return NudeNetDetector(threads=1)
    except RuntimeError:
        return None


def init_worker(factory: DetectorFactory) -> None:
    """Pool initializer: build this process's detector once."""
    global _detector
    try:
        _detector = factory()
    except Exception:  # a broken model must not kill the worker: fail closed instead
        _detector = None


def analyse(
    data: bytes,
    content_type: str | None,
    filename: str | None,
    max_bytes: int,
    max_pixels: int,
) -> ImageAnalysis:
    """Decode, clean, hash and classify one upload (raises `InvalidImage` for a bad file)."""
    return analyse_image(
        data,
        detector=_detector,
        max_bytes=max_bytes,
        max_pixels=max_pixels,
        content_type=content_type,
        filename=filename,
    )
