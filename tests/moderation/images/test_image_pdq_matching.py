"""PDQ: edited copies of a banked image match, unrelated and flat images never do."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from PIL import Image, ImageOps

from causette.media.synthetic import EDITS, ESCAPING_EDITS, flat_image, structured_image
from causette.moderation.images.banks import (
    Bank,
    BankAction,
    BankEntry,
    BankIndex,
    ImageSignals,
    SignalType,
)
from causette.moderation.images.pdq import (
    MATCH_THRESHOLD,
    PdqHashes,
    hamming,
    hash_pixels,
    shrink,
    validate_pdq,
)


def pdq(image: Image.Image) -> PdqHashes:
    rgb = image.convert("RGB")
    rgb.thumbnail((512, 512))
    return hash_pixels(np.asarray(rgb, dtype=np.uint8))


def bank_of(*hashes: str, threshold: int = MATCH_THRESHOLD) -> BankIndex:
    entries = [BankEntry(f"e{i}", SignalType.PDQ, h) for i, h in enumerate(hashes)]
    bank = Bank("NCII_CONFIRMED", BankAction.BLOCK, "ncii", threshold=threshold)
    return BankIndex([bank.with_entries(entries)])


BASE = structured_image(1001)


def test_hash_is_64_hex_digits_with_eight_variants() -> None:
    hashes = pdq(BASE)
    assert len(hashes.variants) == 8 and len(set(hashes.variants)) == 8
    assert all(validate_pdq(h) == h for h in hashes.variants)
    assert hashes.quality >= 50 and hashes.matchable


@pytest.mark.parametrize("name", sorted(EDITS))
def test_edited_copy_of_a_banked_image_matches(name: str) -> None:
    index = bank_of(pdq(BASE).hash)
    edited = pdq(EDITS[name](BASE))
    matches = index.match(ImageSignals(pdq=edited))
    assert [m.entry_id for m in matches] == ["e0"]
    assert matches[0].distance <= MATCH_THRESHOLD


def test_mirror_and_rotation_need_the_dihedral_variants() -> None:
    original = pdq(BASE).hash
    for edit in (ImageOps.mirror, lambda im: im.rotate(90, expand=True)):
        edited = pdq(edit(BASE))
        assert hamming(original, edited.hash) > 64  # the plain hash alone would miss
        assert min(hamming(original, v) for v in edited.variants) <= MATCH_THRESHOLD


def test_unrelated_generated_images_never_match() -> None:
    hashes = [pdq(structured_image(seed)) for seed in range(2000, 2030)]
    index = bank_of(*(h.hash for h in hashes))
    worst = 256
    for i, j in itertools.combinations(range(len(hashes)), 2):  # 435 pairs
        worst = min(worst, min(hamming(hashes[i].hash, v) for v in hashes[j].variants))
    assert worst > MATCH_THRESHOLD
    # And through the index: each image matches itself only.
    for i, h in enumerate(hashes):
        assert [m.entry_id for m in index.match(ImageSignals(pdq=h))] == [f"e{i}"]


def test_flat_image_has_low_quality_and_is_never_matched() -> None:
    flat = pdq(flat_image())
    assert flat.quality < 50 and not flat.matchable
    index = bank_of(flat.hash)
    assert index.match(ImageSignals(pdq=flat)) == []


@pytest.mark.parametrize("name", sorted(ESCAPING_EDITS))
def test_crop_escapes_pdq_documented_limit(name: str) -> None:
    edited = pdq(ESCAPING_EDITS[name](BASE))
    assert min(hamming(pdq(BASE).hash, v) for v in edited.variants) > MATCH_THRESHOLD


def test_shrink_reduces_by_whole_blocks_and_keeps_small_images() -> None:
    pixels = np.zeros((1030, 2050, 3), dtype=np.uint8)
    pixels[:, 1025:] = 200
    small = shrink(pixels)
    assert max(small.shape[:2]) <= 512 and small.shape[2] == 3
    assert small[0, 0, 0] == 0 and small[0, -1, 0] == 200
    tiny = np.zeros((10, 10, 3), dtype=np.uint8)
    assert shrink(tiny) is tiny


def test_hash_pixels_rejects_non_rgb_arrays() -> None:
    with pytest.raises(ValueError):
        hash_pixels(np.zeros((10, 10), dtype=np.uint8))
    with pytest.raises(ValueError):
        hash_pixels(np.zeros((10, 10, 3), dtype=np.float32))
