"""PDQ perceptual hashes: Meta's open image-similarity hash, 256 bits as 64 hex digits.

Two images a person would call "the same photo" (recompressed, resized,
blurred, greyscaled) land within a small Hamming distance; unrelated images
sit near 128. The reference rules, kept here (python-threatexchange
`PdqSignal`): a match is a distance of at most 31; a hash of quality below 50
(flat, featureless images) is too unreliable to match on.

Mirrors and rotations change the hash completely, so `hash_pixels` returns the
hashes of all eight flips and rotations of the upload (`compute_dihedral`):
matching any of them against the banked originals catches a mirrored or
rotated re-upload. Crops of more than about 5 % escape PDQ (documented limit).

Pure: takes an RGB pixel array, returns strings. No I/O, no Pillow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pdqhash

__all__ = [
    "MATCH_THRESHOLD",
    "MAX_HASH_SIDE",
    "QUALITY_THRESHOLD",
    "PdqHashes",
    "hamming",
    "hash_pixels",
    "shrink",
    "validate_pdq",
]

MATCH_THRESHOLD = 31
"""Default maximum Hamming distance of a match (`PDQ_CONFIDENT_MATCH_THRESHOLD`)."""

QUALITY_THRESHOLD = 50
"""Hashes of lower quality are not matched (flat or near-flat images)."""

MAX_HASH_SIDE = 512
"""Hashing runs on a copy shrunk to at most this many pixels a side: PDQ itself
downsamples to 64 x 64, so more pixels only cost time."""

DIHEDRAL_NAMES = (
    "original",
    "rotate90",
    "rotate180",
    "rotate270",
    "flip_x",
    "flip_y",
    "flip_plus1",
    "flip_minus1",
)
"""The order of `PdqHashes.variants` (that of the reference `compute_dihedral`)."""

_HEX64 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True, slots=True)
class PdqHashes:
    """The PDQ hashes of one image: `variants[0]` is the image as uploaded, the
    other seven its flips and rotations (`DIHEDRAL_NAMES`). `quality` is 0 to 100."""

    variants: tuple[str, ...]
    quality: int

    @property
    def hash(self) -> str:
        """The hash of the image as uploaded: the one to store or to bank."""
        return self.variants[0]

    @property
    def matchable(self) -> bool:
        """False when quality is under 50: match by exact hash only, never by PDQ."""
        return self.quality >= QUALITY_THRESHOLD


def validate_pdq(value: str) -> str:
    """Return `value` lower-cased if it is 64 hex digits; raise `ValueError` otherwise."""
    normalised = value.strip().lower()
    if not _HEX64.fullmatch(normalised):
        raise ValueError(f"not a PDQ hash: {value[:80]!r}")
    return normalised


def hamming(a: str, b: str) -> int:
    """The number of differing bits between two PDQ hex hashes (0 to 256)."""
    return (int(a, 16) ^ int(b, 16)).bit_count()


def shrink(pixels: npt.NDArray[np.uint8], max_side: int = MAX_HASH_SIDE) -> npt.NDArray[np.uint8]:
    """Return `pixels` (H x W x 3) shrunk by an integer factor to at most `max_side` a side.

    Each output pixel is the mean of a block (edges padded by replication), an
    area filter: it keeps the low frequencies PDQ looks at. Callers that have
    Pillow may shrink with it instead; either is fine for PDQ.
    """
    height, width = pixels.shape[:2]
    factor = -(-max(height, width) // max_side)  # ceiling division
    if factor <= 1:
        return pixels
    pad_h, pad_w = (-height) % factor, (-width) % factor
    if pad_h or pad_w:
        pixels = np.pad(pixels, ((0, pad_h), (0, pad_w), (0, 0)), mode="edge")
    h, w = pixels.shape[0] // factor, pixels.shape[1] // factor
    blocks = pixels.reshape(h, factor, w, factor, 3).astype(np.float32)
    shrunk: npt.NDArray[np.uint8] = blocks.mean(axis=(1, 3)).round().astype(np.uint8)
    return shrunk


def _to_hex(bits: npt.NDArray[np.integer]) -> str:
    # pdqhash returns the most significant bit first, so packing big-endian gives
    # the reference hex text (the C++ `Hash256::format`).
    return np.packbits(bits.astype(np.uint8)).tobytes().hex()


def hash_pixels(pixels: npt.NDArray[np.uint8]) -> PdqHashes:
    """The eight dihedral PDQ hashes and the quality of an RGB image.

    `pixels` is an H x W x 3 uint8 array (greyscale images: repeat the channel);
    larger than `MAX_HASH_SIDE` it is shrunk first. Raise `ValueError` for any
    other shape.
    """
    if pixels.ndim != 3 or pixels.shape[2] != 3 or pixels.dtype != np.uint8:
        raise ValueError("expected an H x W x 3 uint8 RGB array")
    if pixels.shape[0] == 0 or pixels.shape[1] == 0:
        raise ValueError("empty image")
    small = np.ascontiguousarray(shrink(pixels))
    hashes, quality = pdqhash.compute_dihedral(small)
    return PdqHashes(variants=tuple(_to_hex(bits) for bits in hashes), quality=int(quality))
