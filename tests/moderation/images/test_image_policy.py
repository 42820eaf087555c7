"""The image verdict in each context: who sends, where, to whom."""

from __future__ import annotations

import pytest

from causette.domain.profile import AgeBand
from causette.domain.rooms import RoomKind
from causette.moderation.images.banks import BankAction, Match, SignalType
from causette.moderation.images.policy import (
    GENERIC_REFUSAL,
    ImageContext,
    NudityResult,
    image_verdict,
)
from causette.moderation.verdict import Action

ADULT, MINOR = AgeBand.ADULT, AgeBand.MINOR
EXPLICIT = NudityResult(True, {"FEMALE_BREAST_EXPOSED": 0.91}, "fake-1")
CLEAN = NudityResult(False, {"FACE_FEMALE": 0.8}, "fake-1")


def room(kind: RoomKind, sender: AgeBand = ADULT) -> ImageContext:
    return ImageContext(sender_band=sender, room_kind=kind)


def dm(sender: AgeBand, recipient: AgeBand) -> ImageContext:
    return ImageContext(sender_band=sender, recipient_band=recipient)


def match(bank: str, action: BankAction, category: str, distance: int = 4) -> Match:
    return Match(bank, "c-1", SignalType.PDQ, distance, action, category, frozenset())


def test_blocking_bank_match_blocks_escalates_and_preserves_with_generic_text() -> None:
    decision = image_verdict(
        [match("NCII_CONFIRMED", BankAction.BLOCK, "ncii")], CLEAN, room(RoomKind.ADULT)
    )
    assert decision.action is Action.BLOCK
    assert decision.verdict.categories == ("ncii",) and decision.verdict.escalate
    assert decision.preserve_evidence
    assert decision.verdict.rules == ("image.bank.NCII_CONFIRMED",)
    # The uploader learns nothing about the list that matched.
    assert decision.sender_message == GENERIC_REFUSAL
    assert "NCII" not in decision.sender_message


def test_csam_bank_match_is_child_safety() -> None:
    decision = image_verdict(
        [match("CSAM_EXTERNAL", BankAction.BLOCK, "child_safety")], None, dm(ADULT, ADULT)
    )
    assert decision.verdict.categories == ("child_safety",) and decision.verdict.escalate


@pytest.mark.parametrize(
    "context",
    [dm(ADULT, MINOR), dm(MINOR, ADULT), dm(MINOR, MINOR), room(RoomKind.TEEN, MINOR)],
    ids=["adult_to_minor", "minor_to_adult", "minor_to_minor", "teen_room"],
)
def test_explicit_image_involving_a_minor_is_blocked_and_escalated(context: ImageContext) -> None:
    decision = image_verdict([], EXPLICIT, context)
    assert decision.action is Action.BLOCK
    assert decision.verdict.categories == ("child_safety",)
    assert decision.verdict.escalate and decision.preserve_evidence
    assert decision.sender_message == GENERIC_REFUSAL
    assert decision.verdict.safety_note is (context.sender_band is MINOR)


def test_explicit_image_in_a_general_room_is_blocked_as_sexual() -> None:
    decision = image_verdict([], EXPLICIT, room(RoomKind.GENERAL))
    assert decision.action is Action.BLOCK
    assert decision.verdict.categories == ("sexual",)
    assert not decision.verdict.escalate and not decision.preserve_evidence
    assert decision.sender_message == GENERIC_REFUSAL


def test_explicit_image_in_an_adult_room_is_allowed_blurred() -> None:
    decision = image_verdict([], EXPLICIT, room(RoomKind.ADULT))
    assert decision.action is Action.ALLOW and decision.blur and decision.explicit


def test_explicit_image_between_adults_in_private_is_allowed_blurred() -> None:
    decision = image_verdict([], EXPLICIT, dm(ADULT, ADULT))
    assert decision.action is Action.ALLOW and decision.blur and decision.explicit
    assert decision.verdict.scores["nudity.FEMALE_BREAST_EXPOSED"] == pytest.approx(0.91)
    assert decision.verdict.model_version == "pdq+fake-1"


def test_ordinary_image_is_clear_in_rooms_and_blurred_in_private() -> None:
    in_room = image_verdict([], CLEAN, room(RoomKind.GENERAL))
    assert in_room.action is Action.ALLOW and not in_room.blur
    teen = image_verdict([], CLEAN, room(RoomKind.TEEN, MINOR))
    assert teen.action is Action.ALLOW and not teen.blur
    private = image_verdict([], CLEAN, dm(MINOR, MINOR))
    assert private.action is Action.ALLOW and private.blur and not private.explicit


def test_review_bank_match_holds_the_image() -> None:
    decision = image_verdict(
        [match("LOCAL_SUSPECT", BankAction.REVIEW, "ncii", 20)], CLEAN, room(RoomKind.GENERAL)
    )
    assert decision.action is Action.REVIEW and decision.verdict.escalate
    assert decision.sender_message and not decision.preserve_evidence
    low = image_verdict([match("SPAM_IMAGES", BankAction.REVIEW, "spam")], CLEAN, dm(ADULT, ADULT))
    assert low.action is Action.REVIEW and not low.verdict.escalate


def test_explicit_to_a_minor_outranks_a_review_match() -> None:
    decision = image_verdict(
        [match("SPAM_IMAGES", BankAction.REVIEW, "spam")], EXPLICIT, dm(ADULT, MINOR)
    )
    assert decision.action is Action.BLOCK and decision.verdict.categories == ("child_safety",)


@pytest.mark.parametrize(
    ("context", "action"),
    [
        (room(RoomKind.GENERAL), Action.REVIEW),
        (room(RoomKind.TEEN, MINOR), Action.REVIEW),
        (dm(ADULT, MINOR), Action.REVIEW),
        (room(RoomKind.ADULT), Action.ALLOW),
        (dm(ADULT, ADULT), Action.ALLOW),
    ],
)
def test_without_nudity_check_the_policy_fails_closed(
    context: ImageContext, action: Action
) -> None:
    decision = image_verdict([], None, context)
    assert decision.action is action
    assert decision.blur  # never shown in clear when unchecked


def test_context_is_a_room_or_a_recipient_not_both() -> None:
    with pytest.raises(ValueError):
        ImageContext(sender_band=ADULT)
    with pytest.raises(ValueError):
        ImageContext(sender_band=ADULT, room_kind=RoomKind.GENERAL, recipient_band=ADULT)
