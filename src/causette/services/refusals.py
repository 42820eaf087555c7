"""Contesting a message moderation refused (DSA Art. 20, internal complaint handling).

When moderation refuses a message (action `block`, other than a flood, and not an
escalated block, which goes to the queue anyway), the chat service keeps it with the
status "refused" and tells the sender its id (`rejected.contest`). Nobody sees it unless
its author contests the refusal here: it then enters the moderators' queue as held
content with the author's explanation, and a person decides (release: it is delivered,
marked late; remove: the refusal is upheld, with a statement of reasons and its own
appeal). Refused messages are purged with the other messages (`message_retention_days`):
after that, the rules page's contact address stays open for six months.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Protocol

from causette.domain.errors import Conflict, InvalidInput, NotFound
from causette.domain.guests import Guest
from causette.ports import Clock, HeldContent
from causette.services.autolog import AuditLog

__all__ = ["CONTESTED_TEXT", "CONTEST_MAX", "Contested", "Refusals"]

CONTEST_MAX = 1000
"""The author's explanation, at most this many characters (it may be empty)."""

CONTESTED_TEXT = (
    "Votre contestation a été transmise à l'équipe de modération : une personne va "
    "réexaminer votre message. S'il a été refusé à tort, il sera publié."
)


class RefusalStore(AuditLog, Protocol):
    """The store calls this needs (`SqliteStore` and `PostgresStore` have them all)."""

    async def held(self, held_id: int) -> HeldContent | None: ...

    async def contest_refused(self, held_id: int, verdict: str) -> bool: ...


@dataclass(frozen=True, slots=True)
class Contested:
    held_id: int
    message: str = CONTESTED_TEXT


class Refusals:
    """`contest(guest, held_id, text)`: the author of a refused message contests it."""

    def __init__(self, store: RefusalStore, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    async def contest(self, guest: Guest, held_id: int, text: str) -> Contested:
        explanation = text.strip()
        if len(explanation) > CONTEST_MAX:
            raise InvalidInput(
                "contest_text_too_long",
                f"L'explication fait au plus {CONTEST_MAX} caractères.",
                field="text",
            )
        held = await self.store.held(held_id)
        if held is None or held.sender != guest.id:
            # Someone else's refusal, or purged: the same answer, nothing is revealed.
            raise NotFound("refusal_not_found", "Ce message refusé n'existe plus.")
        if held.status != "refused":
            raise Conflict("refusal_contested", "Ce refus est déjà contesté ou a été réexaminé.")
        now = self.clock()
        try:
            verdict: dict[str, Any] = json.loads(held.verdict)
        except ValueError:
            verdict = {}
        verdict["contest"] = {"text": explanation, "at": now}
        if not await self.store.contest_refused(held_id, json.dumps(verdict)):
            raise Conflict("refusal_contested", "Ce refus est déjà contesté ou a été réexaminé.")
        await self.store.append_audit(
            at=now,
            actor=f"user:{guest.id}",
            action="refusal_contested",
            target=f"held:{held_id}",
            reason=explanation[:200],
        )
        return Contested(held_id)
