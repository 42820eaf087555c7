"""Reports (DSA Art. 16 notices): what can be reported, why, how often, and how they merge.

A report names a target (a room message, a private message, a user, a room or a
photo), a category and optional text. Reports on the same target for the same
category merge into one ticket that counts its distinct reporters, so a message
reported by twenty people is one line in the moderators' queue, not twenty.
Guests can report; a per-reporter sliding window keeps reporting from being a
flooding tool. Everything here is pure: the caller passes `now` and the counters.
"""

from __future__ import annotations

import base64
import enum
import hashlib
import hmac
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from causette.domain.errors import InvalidInput, RateLimited
from causette.domain.ids import UserId

__all__ = [
    "CATEGORY_LABELS_FR",
    "MAX_REPORT_TEXT",
    "REPORT_CATEGORIES",
    "Report",
    "ReportLimit",
    "ReportTarget",
    "TargetKind",
    "Ticket",
    "check_decision_token",
    "decision_token",
    "format_ticket_number",
    "merge_key",
    "next_ticket_number",
    "open_ticket",
    "parse_target",
    "validate_report",
]

MAX_REPORT_TEXT = 1_000
"""The optional explanation a reporter may add, in characters."""

REPORT_CATEGORIES = (
    "drugs",
    "child_safety",
    "sexual_violence",
    "ncii",
    "prostitution",
    "threat",
    "hate",
    "doxxing",
    "sexual",
    "spam",
    "other",
)
"""The moderation categories (`causette.moderation.verdict.CATEGORIES`) plus `other`.

Repeated here because the domain imports nothing from `moderation`; a test keeps
the two lists in step.
"""

CATEGORY_LABELS_FR = {
    "drugs": "Drogues, vente de stupéfiants",
    "child_safety": "Mise en danger d'un mineur",
    "sexual_violence": "Violence ou harcèlement sexuel",
    "ncii": "Image intime diffusée sans accord",
    "prostitution": "Prostitution, proxénétisme",
    "threat": "Menace, chantage",
    "hate": "Haine, discrimination",
    "doxxing": "Divulgation d'informations personnelles",
    "sexual": "Contenu sexuel non sollicité",
    "spam": "Spam, publicité",
    "other": "Autre",
}
"""What the report form shows (French first)."""


class TargetKind(enum.StrEnum):
    MESSAGE = "message"  # a room message: message:ROOM:SEQ
    DM = "dm"  # a private message: dm:ID (its global id)
    USER = "user"  # a pseudonym / session: user:ID
    ROOM = "room"  # a room (its name or topic): room:ID
    PHOTO = "photo"  # a photo: photo:ID


@dataclass(frozen=True, slots=True)
class ReportTarget:
    """What a report points at. `key()` is its stable text form, e.g. `message:general:120`.

    For `message`, `ref` is the room id and `seq` the message id in that room;
    for the other kinds `ref` is the id and `seq` is None.
    """

    kind: TargetKind
    ref: str
    seq: int | None = None

    def key(self) -> str:
        if self.kind is TargetKind.MESSAGE:
            return f"message:{self.ref}:{self.seq}"
        return f"{self.kind.value}:{self.ref}"


_ID_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.")


def _bad_target() -> InvalidInput:
    return InvalidInput(
        "report_target_invalid",
        "L'élément signalé n'est pas valide.",
        field="target",
    )


def _check_id(raw: str) -> str:
    if not (1 <= len(raw) <= 64) or not set(raw) <= _ID_CHARS:
        raise _bad_target()
    return raw


def _check_seq(raw: str) -> int:
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 18 or int(raw) < 1:
        raise _bad_target()
    return int(raw)


def parse_target(raw: str) -> ReportTarget:
    """Parse `message:ROOM:SEQ`, `dm:ID`, `user:ID`, `room:ID` or `photo:ID`.

    Raise `InvalidInput` (`report_target_invalid`) on anything else. Whether the
    target exists is for the caller to check against the store.
    """
    kind_text, _, rest = raw.strip().partition(":")
    try:
        kind = TargetKind(kind_text)
    except ValueError:
        raise _bad_target() from None
    if kind is TargetKind.MESSAGE:
        room, _, seq = rest.rpartition(":")
        return ReportTarget(kind, _check_id(room), _check_seq(seq))
    if kind is TargetKind.DM:
        # Private messages are reported by their global id, a positive integer.
        return ReportTarget(kind, str(_check_seq(rest)))
    return ReportTarget(kind, _check_id(rest))


@dataclass(frozen=True, slots=True)
class Report:
    """One person's notice, validated. `reporter` may be a guest session."""

    target: ReportTarget
    category: str
    text: str
    life_in_danger: bool
    reporter: UserId
    at: float
    trusted_flagger: bool = False


def validate_report(
    *,
    target: str,
    category: str,
    text: str | None,
    life_in_danger: bool,
    reporter: UserId,
    now: float,
    trusted_flagger: bool = False,
) -> Report:
    """Return a `Report` or raise `InvalidInput` with a French message.

    `text` is optional (None or blank means none) and at most 1,000 characters
    once trimmed. `life_in_danger` is the « vie en danger / enfant en danger »
    box: it sends the ticket to the top of the queue and to the authorities' export.
    """
    parsed = parse_target(target)
    if category not in REPORT_CATEGORIES:
        raise InvalidInput(
            "report_category_invalid",
            "Choisissez une catégorie de signalement dans la liste.",
            field="category",
        )
    body = (text or "").strip()
    if len(body) > MAX_REPORT_TEXT:
        raise InvalidInput(
            "report_text_too_long",
            f"Le texte du signalement ne peut pas dépasser {MAX_REPORT_TEXT} caractères.",
            field="text",
        )
    return Report(
        target=parsed,
        category=category,
        text=body,
        life_in_danger=life_in_danger,
        reporter=reporter,
        at=now,
        trusted_flagger=trusted_flagger,
    )


def merge_key(target: ReportTarget, category: str) -> str:
    """Reports with the same key merge into one ticket: same target, same category."""
    return f"{target.key()}|{category}"


@dataclass(frozen=True, slots=True)
class Ticket:
    """A merged notice as the moderators see it.

    `reporters` are distinct: one person reporting twice counts once.
    `life_in_danger` and `trusted_flagger` stick once any merged report sets them.
    `texts` keeps every non-empty explanation, in arrival order.
    """

    number: str
    key: str
    target: ReportTarget
    category: str
    opened_at: float
    last_at: float
    reporters: frozenset[UserId]
    life_in_danger: bool = False
    trusted_flagger: bool = False
    texts: tuple[str, ...] = field(default=())

    @property
    def reporter_count(self) -> int:
        return len(self.reporters)

    def merge(self, report: Report) -> Ticket:
        """Return this ticket with `report` merged in; raise `ValueError` if keys differ."""
        if merge_key(report.target, report.category) != self.key:
            raise ValueError(f"report {report.target.key()} does not belong to {self.number}")
        return replace(
            self,
            last_at=max(self.last_at, report.at),
            reporters=self.reporters | {report.reporter},
            life_in_danger=self.life_in_danger or report.life_in_danger,
            trusted_flagger=self.trusted_flagger or report.trusted_flagger,
            texts=self.texts + ((report.text,) if report.text else ()),
        )


def open_ticket(report: Report, number: str) -> Ticket:
    """A new ticket for the first report of its key."""
    return Ticket(
        number=number,
        key=merge_key(report.target, report.category),
        target=report.target,
        category=report.category,
        opened_at=report.at,
        last_at=report.at,
        reporters=frozenset({report.reporter}),
        life_in_danger=report.life_in_danger,
        trusted_flagger=report.trusted_flagger,
        texts=(report.text,) if report.text else (),
    )


def decision_token(secret: bytes, ticket: str) -> str:
    """The token of the link to the decision on a report (DSA Art. 16(5)), given to its
    reporters only: the page it opens says the decision on the notice and the redress,
    nothing about who was reported or what they got."""
    if len(secret) < 16:
        raise ValueError("the secret must be at least 16 bytes")
    mac = hmac.new(secret, b"causette/report\x00" + ticket.encode("utf-8"), hashlib.sha256)
    return base64.urlsafe_b64encode(mac.digest()).rstrip(b"=").decode()


def check_decision_token(secret: bytes, ticket: str, token: str) -> bool:
    """True only for `decision_token(secret, ticket)` (compared in constant time)."""
    return hmac.compare_digest(token.encode("utf-8"), decision_token(secret, ticket).encode())


def format_ticket_number(year: int, n: int) -> str:
    """`R-2026-000123`: easy to read aloud or type into a contact form."""
    if n < 1 or not 1970 <= year <= 9999:
        raise ValueError(f"bad ticket counter: year={year} n={n}")
    return f"R-{year}-{n:06d}"


def next_ticket_number(counter: Callable[[int], int], now: float) -> str:
    """Draw the next ticket number: `counter(year)` returns the next value for that year.

    The store provides `counter` (one sequence per UTC year, starting at 1).
    """
    year = time.gmtime(now).tm_year
    return format_ticket_number(year, counter(year))


@dataclass(frozen=True, slots=True)
class ReportLimit:
    """At most `limit` reports per `window` seconds per reporter (a sliding window).

    Guests can report, so this is what keeps reporting from being a harassment
    or flooding tool. Reports that merge into an existing ticket count too.
    """

    limit: int = 10
    window: float = 600.0

    def check(self, recent: Iterable[float], now: float) -> None:
        """Raise `RateLimited` if one more report at `now` would exceed the limit.

        `recent` are the times of this reporter's earlier reports (any order;
        those older than the window are ignored).
        """
        inside = sorted(t for t in recent if now - self.window < t <= now)
        if len(inside) >= self.limit:
            # The oldest report inside the window leaves it first.
            retry = inside[-self.limit] + self.window - now
            raise RateLimited(
                "report_rate_limited",
                "Vous avez envoyé beaucoup de signalements. Réessayez dans quelques minutes.",
                retry_after=max(retry, 0.0),
            )
