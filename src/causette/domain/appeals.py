"""Appeals (DSA Art. 20): free, open six months after the decision, decided by a human.

The window is six calendar months in UTC: a decision on 31 August can be
appealed until 28 (or 29) February, same time of day, that instant included.
The appeal is decided by a moderator other than the one who took the decision
(any human for automatic decisions). Reversed: the sanction is lifted and the
strikes it produced are removed.
"""

from __future__ import annotations

import base64
import calendar
import enum
import hashlib
import hmac
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from causette.domain.audit import SYSTEM_ACTOR
from causette.domain.errors import Forbidden, InvalidInput
from causette.domain.ids import UserId
from causette.domain.sanctions import Sanction
from causette.domain.strikes import Strike

__all__ = [
    "APPEAL_MONTHS",
    "MAX_APPEAL_TEXT",
    "Appeal",
    "AppealOutcome",
    "AppealResult",
    "add_months",
    "appeal_deadline",
    "appeal_token",
    "check_appeal_token",
    "decide_appeal",
    "file_appeal",
]

APPEAL_MONTHS = 6
MAX_APPEAL_TEXT = 2_000


def add_months(ts: float, months: int) -> float:
    """`ts` plus `months` calendar months in UTC, clamped to the month's last day."""
    when = datetime.fromtimestamp(ts, tz=UTC)
    index = when.month - 1 + months
    year, month = when.year + index // 12, index % 12 + 1
    day = min(when.day, calendar.monthrange(year, month)[1])
    return when.replace(year=year, month=month, day=day).timestamp()


def appeal_deadline(decided_at: float) -> float:
    """The last instant an appeal against a decision taken at `decided_at` is accepted."""
    return add_months(decided_at, APPEAL_MONTHS)


def _appeal_mac(secret: bytes, sanction_id: str) -> bytes:
    if len(secret) < 16:
        raise ValueError("the appeal secret must be at least 16 bytes")
    return hmac.new(
        secret, b"causette/appeal\x00" + sanction_id.encode("utf-8"), hashlib.sha256
    ).digest()


def appeal_token(secret: bytes, sanction_id: str) -> str:
    """The token of the appeal link sent with the statement of reasons.

    A suspended or banned person cannot open a session, so the link itself
    proves who may appeal: whoever holds `appeal_token(secret, sanction.id)`
    appeals as `sanction.binding.user`.
    """
    return base64.urlsafe_b64encode(_appeal_mac(secret, sanction_id)).rstrip(b"=").decode()


def check_appeal_token(secret: bytes, sanction_id: str, token: str) -> bool:
    """True only for `appeal_token(secret, sanction_id)` (compared in constant time)."""
    return hmac.compare_digest(token.encode("utf-8"), appeal_token(secret, sanction_id).encode())


class AppealOutcome(enum.StrEnum):
    PENDING = "pending"
    UPHELD = "upheld"  # the decision stands
    REVERSED = "reversed"  # the sanction is lifted and its strikes removed


@dataclass(frozen=True, slots=True)
class Appeal:
    """An appeal against one sanction, and its decision once taken."""

    id: str
    sanction_id: str
    appellant: UserId
    filed_at: float
    text: str
    outcome: AppealOutcome = AppealOutcome.PENDING
    decided_by: str | None = None
    decided_at: float | None = None
    explanation: str = ""


def file_appeal(
    sanction: Sanction,
    *,
    appeal_id: str,
    appellant: UserId,
    text: str,
    now: float,
) -> Appeal:
    """Open an appeal, or raise a `CausetteError` a user can read.

    `appellant` must be the sanctioned session (`appeal_not_yours`), `now` at
    most six months after the decision (`appeal_closed`), the sanction not
    already lifted (`appeal_pointless`), and `text` at most 2,000 characters.
    """
    if appellant != sanction.binding.user:
        raise Forbidden("appeal_not_yours", "Vous ne pouvez contester que vos propres sanctions.")
    if now > appeal_deadline(sanction.start):
        raise Forbidden(
            "appeal_closed",
            "Le délai de six mois pour contester cette décision est dépassé. "
            "Les recours devant un organisme de règlement extrajudiciaire "
            "ou un tribunal restent possibles.",
        )
    if sanction.lifted_at is not None:
        raise Forbidden("appeal_pointless", "Cette sanction a déjà été levée.")
    body = text.strip()
    if len(body) > MAX_APPEAL_TEXT:
        raise InvalidInput(
            "appeal_text_too_long",
            f"Votre recours ne peut pas dépasser {MAX_APPEAL_TEXT} caractères.",
            field="text",
        )
    return Appeal(
        id=appeal_id, sanction_id=sanction.id, appellant=appellant, filed_at=now, text=body
    )


@dataclass(frozen=True, slots=True)
class AppealResult:
    """The decided appeal, the sanction as it now stands, and the strikes changed."""

    appeal: Appeal
    sanction: Sanction
    removed_strikes: tuple[Strike, ...]


def decide_appeal(
    appeal: Appeal,
    sanction: Sanction,
    *,
    moderator: str,
    outcome: AppealOutcome,
    explanation: str,
    now: float,
    strikes: Iterable[Strike] = (),
) -> AppealResult:
    """Decide `appeal` as `moderator`.

    Raise `Forbidden` if `moderator` took the decision (`appeal_same_moderator`)
    or is `system` (`appeal_needs_human`: Art. 20 forbids deciding solely by
    automated means); raise `InvalidInput` if the appeal is already decided,
    `outcome` is `PENDING` or `explanation` is empty. On `REVERSED` the sanction is
    lifted at `now` and the strikes whose `source` is this sanction come back
    in `removed_strikes` with `removed_at=now` (store them).
    """
    if appeal.sanction_id != sanction.id:
        raise ValueError(f"appeal {appeal.id} is not about sanction {sanction.id}")
    if moderator == SYSTEM_ACTOR or not moderator:
        raise Forbidden(
            "appeal_needs_human",
            "Un recours est toujours examiné par une personne, jamais automatiquement.",
        )
    if moderator == sanction.decided_by:
        raise Forbidden(
            "appeal_same_moderator",
            "Ce recours doit être examiné par un autre modérateur que celui qui a décidé.",
        )
    if appeal.outcome is not AppealOutcome.PENDING:
        raise InvalidInput("appeal_already_decided", "Ce recours a déjà été tranché.")
    if outcome is AppealOutcome.PENDING:
        raise InvalidInput("appeal_outcome_invalid", "Choisissez : confirmer ou annuler.")
    if not explanation.strip():
        raise InvalidInput(
            "appeal_explanation_missing",
            "Expliquez la décision : elle est transmise à la personne.",
            field="explanation",
        )
    decided = replace(
        appeal,
        outcome=outcome,
        decided_by=moderator,
        decided_at=now,
        explanation=explanation.strip(),
    )
    if outcome is AppealOutcome.UPHELD:
        return AppealResult(decided, sanction, ())
    removed = tuple(
        s.remove(now) for s in strikes if s.source == sanction.id and s.removed_at is None
    )
    return AppealResult(decided, sanction.lift(now, moderator), removed)
