"""One upload through decode, hashing, bank matching, nudity and the policy."""

from __future__ import annotations

import pickle

import pytest
from PIL import Image

from causette.domain.errors import InvalidInput
from causette.domain.profile import AgeBand
from causette.domain.rooms import RoomKind
from causette.media.pipeline import analyse_image
from causette.media.synthetic import encode, flat_image, structured_image
from causette.moderation.images.banks import (
    Bank,
    BankAction,
    BankEntry,
    BankIndex,
    SignalType,
    entries_for_image,
)
from causette.moderation.images.policy import ImageContext, NudityResult, image_verdict
from causette.moderation.verdict import Action


class FakeDetector:
    """Says what it is told, and records what it was shown."""

    def __init__(self, explicit: bool = False, fail: bool = False) -> None:
        self.explicit, self.fail = explicit, fail
        self.seen: list[tuple[str, tuple[int, int]]] = []

    def detect(self, image: Image.Image) -> NudityResult:
        self.seen.append((image.mode, image.size))
        if self.fail:
            raise RuntimeError("model crashed")
        labels = {"BUTTOCKS_EXPOSED": 0.9} if self.explicit else {}
        return NudityResult(self.explicit, labels, "fake")


def ncii_bank(*entries: BankEntry) -> BankIndex:
    return BankIndex([Bank("NCII_CONFIRMED", BankAction.BLOCK, "ncii").with_entries(entries)])


PUBLIC = ImageContext(sender_band=AgeBand.ADULT, room_kind=RoomKind.GENERAL)


def test_banked_image_reuploaded_after_a_resize_is_blocked() -> None:
    original = structured_image(77, (1600, 1200))
    first = analyse_image(encode(original, "JPEG"), detector=FakeDetector())
    # A moderator confirmed it as non-consensual: it joins the local bank.
    index = ncii_bank(BankEntry("msg-1", SignalType.PDQ, first.pdq.hash))
    resized = encode(original.resize((800, 600)), "JPEG", quality=70)
    again = analyse_image(resized, detector=FakeDetector())
    matches = index.match(again.signals())
    decision = image_verdict(matches, again.nudity, PUBLIC, pdq=again.pdq)
    assert decision.action is Action.BLOCK and decision.preserve_evidence
    assert decision.verdict.categories == ("ncii",)


def test_unrelated_upload_passes_the_same_bank() -> None:
    first = analyse_image(encode(structured_image(78), "JPEG"), detector=FakeDetector())
    index = ncii_bank(BankEntry("msg-1", SignalType.PDQ, first.pdq.hash))
    other = analyse_image(encode(structured_image(79), "JPEG"), detector=FakeDetector())
    assert index.match(other.signals()) == []
    assert image_verdict([], other.nudity, PUBLIC).action is Action.ALLOW


def test_identical_flat_image_is_caught_by_exact_hash_only() -> None:
    data = encode(flat_image(), "PNG")
    first = analyse_image(data, detector=FakeDetector())
    assert not first.pdq.matchable
    index = ncii_bank(
        BankEntry("pdq", SignalType.PDQ, first.pdq.hash),
        BankEntry("file", SignalType.SHA256, first.image.source_sha256),
    )
    matches = index.match(analyse_image(data, detector=FakeDetector()).signals())
    assert [m.entry_id for m in matches] == ["file"]


def test_explicit_image_sent_to_a_minor_is_blocked() -> None:
    analysis = analyse_image(encode(structured_image(80), "JPEG"), detector=FakeDetector(True))
    context = ImageContext(sender_band=AgeBand.ADULT, recipient_band=AgeBand.MINOR)
    decision = image_verdict([], analysis.nudity, context, pdq=analysis.pdq)
    assert decision.action is Action.BLOCK
    assert decision.verdict.categories == ("child_safety",) and decision.verdict.escalate


def test_detector_sees_the_cleaned_rgb_pixels() -> None:
    detector = FakeDetector()
    rgba = structured_image(81, (3000, 1500), noise=0).convert("RGBA")
    rgba.putpixel((0, 0), (0, 0, 0, 0))
    analysis = analyse_image(encode(rgba, "PNG"), detector=detector)
    assert detector.seen == [("RGB", (2048, 1024))]
    assert analysis.image.mime == "image/png"


def test_failing_detector_yields_no_result_and_the_policy_holds_the_image() -> None:
    analysis = analyse_image(encode(structured_image(82), "JPEG"), detector=FakeDetector(fail=True))
    assert analysis.nudity is None
    assert image_verdict([], analysis.nudity, PUBLIC).action is Action.REVIEW


def test_bad_file_raises_invalid_input_and_analysis_pickles() -> None:
    with pytest.raises(InvalidInput):
        analyse_image(b"GIF89a" + bytes(64), detector=None)
    analysis = analyse_image(encode(structured_image(83), "WEBP"), detector=None)
    assert pickle.loads(pickle.dumps(analysis)) == analysis
    assert analysis.nudity is None


def test_image_removed_by_a_moderator_joins_the_bank_and_its_mirror_is_refused() -> None:
    original = structured_image(84, (1200, 900))
    removed = analyse_image(encode(original, "JPEG"), detector=FakeDetector())
    entries = entries_for_image("dm:42", removed.signals(), now=10.0, note="NCII confirmée")
    assert [e.signal_type for e in entries] == [
        SignalType.PDQ,
        SignalType.SHA256,
        SignalType.SHA256,
    ]
    index = ncii_bank(*entries)
    mirrored = encode(original.transpose(Image.Transpose.FLIP_LEFT_RIGHT), "PNG")
    matches = index.match(analyse_image(mirrored, detector=FakeDetector()).signals())
    assert [m.entry_id for m in matches] == ["dm:42"]
