"""An append-only, hash-chained audit log of every moderator and automatic action.

Each entry is hashed with SHA-256 over a canonical JSON encoding of its fields
(sorted keys, no whitespace, UTF-8, no NaN) together with the previous entry's
hash; the first entry chains to `GENESIS` (64 zeros). Editing, deleting,
inserting or reordering a row breaks the chain at that row, and
`verify_chain()` names the first bad `seq`.

Removing rows from the *end* leaves a shorter valid chain: the chain alone cannot
see it. Publish or log the head hash (`ChainCheck.head`) regularly and pass the
last known one as `expected_head` to catch a truncated tail.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

__all__ = [
    "GENESIS",
    "SYSTEM_ACTOR",
    "AuditEntry",
    "ChainCheck",
    "append",
    "entry_hash",
    "verify_chain",
]

GENESIS = "0" * 64
"""The `prev_hash` of the first entry."""

SYSTEM_ACTOR = "system"
"""The actor of automatic actions (moderation filters, strikes)."""


def _canonical(fields: Mapping[str, Any]) -> bytes:
    return json.dumps(
        fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def entry_hash(
    *,
    seq: int,
    at: float,
    actor: str,
    action: str,
    target: str,
    reason: str,
    details: Mapping[str, Any],
    prev_hash: str,
) -> str:
    """SHA-256 (hex) of the canonical JSON of the entry's fields and `prev_hash`."""
    return hashlib.sha256(
        _canonical(
            {
                "seq": seq,
                # Always a float: a store that hands back 1 for 1.0 must not break the chain.
                "at": float(at),
                "actor": actor,
                "action": action,
                "target": target,
                "reason": reason,
                "details": details,
                "prev_hash": prev_hash,
            }
        )
    ).hexdigest()


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One row of the log. Build it with `append()`; storage keeps every field as is.

    `actor` is a moderator id or `system`; `target` a stable key such as
    `message:general:120`, `user:u_8f3a` or `ticket:R-2026-000123`; `details`
    is JSON data (verdict, duration, statement of reasons id...).
    """

    seq: int
    at: float
    actor: str
    action: str
    target: str
    reason: str
    details: Mapping[str, Any]
    prev_hash: str
    hash: str

    def computed_hash(self) -> str:
        return entry_hash(
            seq=self.seq,
            at=self.at,
            actor=self.actor,
            action=self.action,
            target=self.target,
            reason=self.reason,
            details=self.details,
            prev_hash=self.prev_hash,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "at": self.at,
            "actor": self.actor,
            "action": self.action,
            "target": self.target,
            "reason": self.reason,
            "details": dict(self.details),
            "prev_hash": self.prev_hash,
            "hash": self.hash,
        }


def append(
    previous: AuditEntry | None,
    *,
    at: float,
    actor: str,
    action: str,
    target: str,
    reason: str,
    details: Mapping[str, Any] | None = None,
) -> AuditEntry:
    """The entry that follows `previous` (None for the first one).

    `details` must be JSON data (str keys; str, int, float, bool, None, lists,
    dicts); it is copied, so later changes by the caller do not touch the entry.
    Raise `ValueError` on an empty actor or action, a non-finite time or
    non-JSON details.
    """
    if not actor or not action:
        raise ValueError("an audit entry needs an actor and an action")
    if not math.isfinite(at):
        raise ValueError("an audit entry needs a finite time")
    try:
        # A JSON round trip copies deeply and refuses what cannot be hashed canonically.
        copied: dict[str, Any] = json.loads(_canonical(dict(details or {})))
    except (TypeError, ValueError) as exc:
        raise ValueError(f"audit details must be JSON data: {exc}") from None
    seq = 1 if previous is None else previous.seq + 1
    prev_hash = GENESIS if previous is None else previous.hash
    digest = entry_hash(
        seq=seq,
        at=at,
        actor=actor,
        action=action,
        target=target,
        reason=reason,
        details=copied,
        prev_hash=prev_hash,
    )
    return AuditEntry(seq, float(at), actor, action, target, reason, copied, prev_hash, digest)


@dataclass(frozen=True, slots=True)
class ChainCheck:
    """The verdict on a chain. `head` is the hash of the last good entry."""

    ok: bool
    first_bad_seq: int | None
    reason: str
    count: int = 0
    head: str = GENESIS


def verify_chain(
    entries: Iterable[AuditEntry],
    *,
    start_seq: int = 1,
    start_hash: str = GENESIS,
    expected_head: str | None = None,
) -> ChainCheck:
    """Check `entries` in storage order (by `seq`), from the first to the last.

    Each entry must have seq one more than the one before (starting at
    `start_seq`), `prev_hash` equal to the previous entry's hash (`start_hash`
    for the first) and `hash` equal to its recomputed hash. To verify a log
    whose old entries were purged, pass the first kept seq and its prev_hash.
    With `expected_head`, the last entry's hash must also equal it (catches a
    truncated tail). `first_bad_seq` is the seq where the chain first breaks
    (for a missing tail, the seq that should follow the last one).
    """
    expected_seq = start_seq
    prev = start_hash
    count = 0
    for entry in entries:
        if entry.seq != expected_seq:
            what = "manquante ou supprimée" if entry.seq > expected_seq else "en double ou déplacée"
            return ChainCheck(
                False,
                expected_seq,
                f"entrée {expected_seq} {what} (trouvé seq {entry.seq})",
                count,
                prev,
            )
        if entry.prev_hash != prev:
            return ChainCheck(
                False,
                entry.seq,
                f"entrée {entry.seq} : le hash précédent ne correspond pas",
                count,
                prev,
            )
        if entry.computed_hash() != entry.hash:
            return ChainCheck(
                False,
                entry.seq,
                f"entrée {entry.seq} : contenu modifié (hash différent)",
                count,
                prev,
            )
        prev = entry.hash
        expected_seq += 1
        count += 1
    if expected_head is not None and prev != expected_head:
        return ChainCheck(
            False,
            expected_seq,
            "la dernière entrée ne correspond pas à la tête attendue (fin du journal supprimée ?)",
            count,
            prev,
        )
    return ChainCheck(True, None, f"{count} entrées vérifiées", count, prev)
