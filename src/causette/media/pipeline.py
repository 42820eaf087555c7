"""One upload through every check that needs its pixels: decode, hash, detect nudity.

`analyse_image(data, detector=...)` is what a worker runs for each upload; the
service then matches `analysis.signals()` against the current `BankIndex` and
asks `causette.moderation.images.policy.image_verdict` for the verdict:

    analysis = analyse_image(data, detector=detector, content_type=declared)
    matches = bank_index.match(analysis.signals())
    decision = image_verdict(matches, analysis.nudity, context, pdq=analysis.pdq)

It is synchronous and CPU-bound; its result is picklable. A detector holds an
onnxruntime session: create one per worker process (or thread) and reuse it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image

from causette.media.decode import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_PIXELS,
    DEFAULT_MAX_SIDE,
    MAX_DIMENSION,
    CleanImage,
    InvalidImage,
    decode_to_pixels,
)
from causette.media.nudity import NudityDetector
from causette.moderation.images.banks import ImageSignals
from causette.moderation.images.pdq import MAX_HASH_SIDE, PdqHashes, hash_pixels
from causette.moderation.images.policy import NudityResult

__all__ = ["ImageAnalysis", "analyse_image", "flatten", "pdq_of"]


@dataclass(frozen=True, slots=True)
class ImageAnalysis:
    """The cleaned image, its PDQ hashes and the nudity result (None when no
    detector was given or it failed: the policy then fails closed)."""

    image: CleanImage
    pdq: PdqHashes
    nudity: NudityResult | None

    def signals(self) -> ImageSignals:
        """What `BankIndex.match` needs: PDQ variants and both SHA-256 digests."""
        digests = tuple(d for d in (self.image.sha256, self.image.source_sha256) if d)
        return ImageSignals(pdq=self.pdq, sha256=digests)


def flatten(image: Image.Image) -> Image.Image:
    """RGB as a viewer sees it: transparency composited over white."""
    if image.mode == "RGBA":
        background = Image.new("RGB", image.size, (255, 255, 255))
        background.paste(image, mask=image.getchannel("A"))
        return background
    return image.convert("RGB") if image.mode != "RGB" else image


def pdq_of(image: Image.Image) -> PdqHashes:
    """The PDQ hashes of a decoded image, on a copy shrunk to at most 512 pixels a side."""
    small = flatten(image)
    if max(small.size) > MAX_HASH_SIDE:
        small = small.copy()
        small.thumbnail((MAX_HASH_SIDE, MAX_HASH_SIDE), Image.Resampling.BILINEAR)
    return hash_pixels(np.asarray(small, dtype=np.uint8))


def analyse_image(
    data: bytes,
    *,
    detector: NudityDetector | None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_pixels: int = DEFAULT_MAX_PIXELS,
    max_side: int = DEFAULT_MAX_SIDE,
    max_dimension: int = MAX_DIMENSION,
    content_type: str | None = None,
    filename: str | None = None,
) -> ImageAnalysis:
    """Decode and clean `data` (see `decode_image`), hash it, run `detector` on it.

    Raise `InvalidImage` (an `InvalidInput`) for a bad file, exactly as `decode_image` does. A
    detector that raises yields `nudity=None` rather than an error: the upload
    is then held for a human instead of being lost.
    """
    clean, pixels = decode_to_pixels(
        data,
        max_bytes=max_bytes,
        max_pixels=max_pixels,
        max_side=max_side,
        max_dimension=max_dimension,
        content_type=content_type,
        filename=filename,
    )
    try:
        pdq = pdq_of(pixels)
    except ValueError:  # pragma: no cover - decode guarantees a non-empty RGB image
        raise InvalidImage("image_corrupt", "Ce fichier image est illisible ou abîmé.") from None
    nudity: NudityResult | None = None
    if detector is not None:
        try:
            nudity = detector.detect(flatten(pixels))
        except Exception:
            nudity = None
    return ImageAnalysis(image=clean, pdq=pdq, nudity=nudity)
