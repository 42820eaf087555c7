"""The verdict on one image in its context: who sends it, where, to whom.

Inputs are the bank matches (`BankIndex.match`), the nudity detector's result
and the context; the output is an `ImageVerdict`: the usual `Verdict` (stored
with the image, shown to moderators, basis of the statement of reasons) plus
what the delivery needs: `blur`, `preserve_evidence`, and `sender_message`,
the only text the uploader sees when the image is refused.

The rules, most severe first (the first that applies decides):

| situation | action | category | escalate | evidence |
|---|---|---|---|---|
| match in a `block` bank | block | the bank's | yes | yes |
| explicit image sent by a minor, to a minor, or in a teen room | block | child_safety | yes | yes |
| match in a `review` bank | review | the bank's | if severe | no |
| explicit image in a room that is not `adult` | block | sexual | no | no |
| nudity unchecked (no detector) and a minor involved, or a `general` room | review | | no | no |
| explicit image in an `adult` room or an adults' private message | allow, blurred | | | |
| anything else | allow (blurred in private messages) | | | |

Every image in a private message is delivered blurred: the recipient taps to
see it (issue 8). The uploader of a refused or held image learns only that
it could not be sent: telling them which list or detector fired would help
them evade it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from causette.domain.profile import AgeBand
from causette.domain.rooms import RoomKind
from causette.moderation.images.banks import BankAction, Match
from causette.moderation.images.pdq import PdqHashes
from causette.moderation.verdict import SEVERE_CATEGORIES, Action, Verdict

__all__ = [
    "GENERIC_REFUSAL",
    "HELD_MESSAGE",
    "ImageContext",
    "ImageVerdict",
    "NudityResult",
    "image_verdict",
]

GENERIC_REFUSAL = "Cette image ne peut pas être envoyée."
HELD_MESSAGE = "Votre image sera visible après vérification par un modérateur."


@dataclass(frozen=True, slots=True)
class NudityResult:
    """A nudity detector's finding: `explicit` when an exposed intimate body part
    scored above the detector's threshold; `labels` the best score per label;
    `model` names the model and version (recorded in the verdict)."""

    explicit: bool
    labels: Mapping[str, float] = field(default_factory=dict)
    model: str = ""


@dataclass(frozen=True, slots=True)
class ImageContext:
    """Where an image is sent. A room image has `room_kind`; a private image has
    `recipient_band` and no `room_kind`."""

    sender_band: AgeBand
    room_kind: RoomKind | None = None
    recipient_band: AgeBand | None = None

    def __post_init__(self) -> None:
        if (self.room_kind is None) == (self.recipient_band is None):
            raise ValueError("an image goes either to a room or to one recipient")

    @property
    def private(self) -> bool:
        return self.room_kind is None

    @property
    def involves_minor(self) -> bool:
        return (
            self.sender_band is AgeBand.MINOR
            or self.recipient_band is AgeBand.MINOR
            or self.room_kind is RoomKind.TEEN
        )


@dataclass(frozen=True, slots=True)
class ImageVerdict:
    """The decision on one image.

    `verdict` is stored with the image; `blur` asks clients to show it blurred
    until tapped; `preserve_evidence` asks the service to copy it to the
    restricted evidence area before anything else; `sender_message` (French)
    is what the uploader is shown when the image is not delivered, "" otherwise.
    """

    verdict: Verdict
    blur: bool = False
    explicit: bool = False
    preserve_evidence: bool = False
    sender_message: str = ""

    @property
    def action(self) -> Action:
        return self.verdict.action


def _scores(
    matches: Sequence[Match], nudity: NudityResult | None, pdq: PdqHashes | None
) -> dict[str, float]:
    scores: dict[str, float] = {}
    if pdq is not None:
        scores["pdq.quality"] = float(pdq.quality)
    if matches:
        scores["pdq.best_distance"] = float(min(m.distance for m in matches))
    if nudity is not None:
        scores.update({f"nudity.{label}": score for label, score in nudity.labels.items()})
    return scores


def _model(nudity: NudityResult | None) -> str:
    return "pdq" + (f"+{nudity.model}" if nudity is not None and nudity.model else "")


def image_verdict(
    matches: Sequence[Match],
    nudity: NudityResult | None,
    context: ImageContext,
    *,
    pdq: PdqHashes | None = None,
) -> ImageVerdict:
    """Decide on one image; see the module's table.

    `nudity` is None when no detector ran (not installed, or it failed): the
    image is then held wherever an explicit image would be refused.
    `pdq` (optional) adds the hash quality to the verdict's scores.
    """
    scores = _scores(matches, nudity, pdq)
    model = _model(nudity)
    explicit = nudity is not None and nudity.explicit

    blocking = [m for m in matches if m.action is BankAction.BLOCK]
    if blocking:
        categories = tuple(dict.fromkeys(m.category for m in blocking))
        return ImageVerdict(
            Verdict(
                Action.BLOCK,
                categories=categories,
                reasons=tuple(
                    f"Image identique à une image connue de la liste {m.bank} "
                    f"(distance {m.distance})."
                    for m in blocking
                ),
                rules=tuple(f"image.bank.{m.bank}" for m in blocking),
                scores=scores,
                model_version=model,
                escalate=True,
            ),
            explicit=explicit,
            preserve_evidence=True,
            sender_message=GENERIC_REFUSAL,
        )

    if explicit and context.involves_minor:
        return ImageVerdict(
            Verdict(
                Action.BLOCK,
                categories=("child_safety",),
                reasons=("Image explicite envoyée par, à ou parmi des mineurs.",),
                rules=("image.explicit.minor",),
                scores=scores,
                model_version=model,
                escalate=True,
                # A minor who sent it is shown the 3018 helpline note.
                safety_note=context.sender_band is AgeBand.MINOR,
            ),
            explicit=True,
            preserve_evidence=True,
            sender_message=GENERIC_REFUSAL,
        )

    if matches:  # review banks only
        categories = tuple(dict.fromkeys(m.category for m in matches))
        return ImageVerdict(
            Verdict(
                Action.REVIEW,
                categories=categories,
                reasons=tuple(
                    f"Image proche d'une image de la liste {m.bank} (distance {m.distance})."
                    for m in matches
                ),
                rules=tuple(f"image.bank.{m.bank}" for m in matches),
                scores=scores,
                model_version=model,
                escalate=any(c in SEVERE_CATEGORIES for c in categories),
            ),
            blur=True,
            explicit=explicit,
            sender_message=HELD_MESSAGE,
        )

    if explicit and not context.private and context.room_kind is not RoomKind.ADULT:
        return ImageVerdict(
            Verdict(
                Action.BLOCK,
                categories=("sexual",),
                reasons=("Les images explicites ne sont autorisées que dans les salons adultes.",),
                rules=("image.explicit.public_room",),
                scores=scores,
                model_version=model,
            ),
            explicit=True,
            sender_message=GENERIC_REFUSAL,
        )

    if nudity is None and (context.involves_minor or context.room_kind is RoomKind.GENERAL):
        # Fail closed: without a nudity check we cannot promise that no explicit
        # image reaches a minor or a general room.
        return ImageVerdict(
            Verdict(
                Action.REVIEW,
                reasons=("Détection de nudité indisponible : vérification humaine.",),
                rules=("image.nudity.unchecked",),
                scores=scores,
                model_version=model,
            ),
            blur=True,
            sender_message=HELD_MESSAGE,
        )

    rules = ("image.explicit.blurred",) if explicit else ()
    return ImageVerdict(
        Verdict(Action.ALLOW, rules=rules, scores=scores, model_version=model),
        # Unchecked images reaching adults are blurred like explicit ones.
        blur=context.private or explicit or nudity is None,
        explicit=explicit,
    )
