"""Automatic actions go to the audit log like moderators' ones (actor `system`).

Moderation holding a message for review (or keeping an escalated block as evidence),
an image held at upload, and the minors' protection's interim measures are each one
entry, so the log tells every restriction that was applied and why, whoever applied it.
"""

from __future__ import annotations

import json
from typing import Any, Protocol

from causette.domain.audit import SYSTEM_ACTOR
from causette.ports import HeldContent

__all__ = ["AuditLog", "SystemAudit"]


class AuditLog(Protocol):
    """The one `CaseStore` method this needs."""

    async def append_audit(
        self,
        *,
        at: float,
        actor: str,
        action: str,
        target: str,
        reason: str,
        details: dict[str, Any] | None = None,
    ) -> Any: ...


HOLD_REASON = "contenu retenu par la modération automatique, en attente d'examen"
EVIDENCE_REASON = "contenu refusé par la modération automatique, conservé comme preuve"


class SystemAudit:
    """Writes the audit entries of automatic actions."""

    def __init__(self, log: AuditLog) -> None:
        self.log = log

    async def held(self, item: HeldContent, now: float) -> None:
        """`item` was held automatically: `auto_hold` (review) or `auto_evidence` (an
        escalated block kept for the moderators), naming the item and its verdict's rules."""
        try:
            verdict = json.loads(item.verdict)
        except ValueError:
            verdict = {}
        if not isinstance(verdict, dict):
            verdict = {}
        review = verdict.get("action", "review") == "review"
        signal = verdict.get("signal")
        await self.log.append_audit(
            at=now,
            actor=SYSTEM_ACTOR,
            action="auto_hold" if review else "auto_evidence",
            target=f"held:{item.id}",
            reason=HOLD_REASON if review else EVIDENCE_REASON,
            details={
                "content": item.target,
                "categories": list(verdict.get("categories") or ()),
                "rules": list(verdict.get("rules") or ()),
                "escalate": bool(verdict.get("escalate")),
                "signal": signal.get("kind") if isinstance(signal, dict) else None,
            },
        )

    async def measure(
        self,
        action: str,
        user: str,
        reason: str,
        now: float,
        *,
        actor: str = SYSTEM_ACTOR,
        **details: Any,
    ) -> None:
        """An interim measure of the minors' protection started (`system`) or was
        lifted (by the moderator who decided on its signal)."""
        await self.log.append_audit(
            at=now,
            actor=actor,
            action=action,
            target=f"user:{user}",
            reason=reason,
            details=details,
        )
