"""Filing reports (DSA Art. 16): guests can report; duplicates merge; a receipt comes back."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from causette.domain.errors import InvalidInput, NotFound
from causette.domain.guests import Guest
from causette.domain.reports import ReportLimit, validate_report
from causette.ports import CaseStore, Clock, TicketRecord
from causette.services.sanctions import SanctionCheck

__all__ = ["Reports", "target_from_body"]

_DECISIONS_FR = {
    "dismiss": "Après examen, aucune mesure n'a été prise.",
    "release": "Après examen, le contenu a été publié.",
}


def target_from_body(body: Mapping[str, Any]) -> str:
    """`target`, or the web client's form (`user`, `room`, `message_id`, `dm_id`)."""
    target = body.get("target")
    if isinstance(target, str):
        return target
    room, user = body.get("room"), body.get("user")
    if body.get("message_id") is not None and isinstance(room, str):
        return f"message:{room}:{body['message_id']}"
    if body.get("dm_id") is not None:
        return f"dm:{body['dm_id']}"
    if isinstance(user, str):
        return f"user:{user}"
    if isinstance(room, str):
        return f"room:{room}"
    raise InvalidInput(
        "report_target_invalid", "L'élément signalé n'est pas valide.", field="target"
    )


class Reports:
    """File a report and read its receipt. One instance per node."""

    def __init__(
        self,
        store: CaseStore,
        clock: Clock,
        check: SanctionCheck,
        limit: ReportLimit | None = None,
    ) -> None:
        self.store = store
        self.clock = clock
        self.check = check
        self.limit = limit or ReportLimit()

    async def file(self, guest: Guest, body: Mapping[str, Any]) -> TicketRecord:
        """Validate, rate-limit and merge a report; return its ticket.

        Raise `InvalidInput` (422) or `RateLimited("report_rate_limited")` (429).
        """
        now = self.clock()
        text = body.get("text", body.get("comment"))
        category = body.get("category")
        report = validate_report(
            target=target_from_body(body),
            category=category if isinstance(category, str) else "",
            text=text if isinstance(text, str) else None,
            life_in_danger=body.get("life_in_danger") is True,
            reporter=guest.id,
            now=now,
        )
        self.limit.check(await self.store.report_times(guest.id, now - self.limit.window), now)
        record, created = await self.store.add_report(report)
        await self.store.append_audit(
            at=now,
            actor=f"user:{guest.id}",
            action="report_filed" if created else "report_merged",
            target=f"ticket:{record.ticket.number}",
            reason=report.category,
            details={"content": report.target.key(), "life_in_danger": report.life_in_danger},
        )
        return record

    async def receipt(self, guest: Guest, number: str) -> dict[str, Any]:
        """The reporter's view of a ticket: status and decision, never who else reported."""
        record = await self.store.ticket(number)
        if record is None or guest.id not in record.ticket.reporters:
            raise NotFound("ticket_not_found", "Ce signalement n'existe pas.")
        return receipt_json(record)


def receipt_json(record: TicketRecord) -> dict[str, Any]:
    decision = None
    if record.decision is not None:
        decision = {
            "action": record.decision,
            "at": record.decided_at,
            "text": _DECISIONS_FR.get(record.decision, "Une mesure a été prise après examen."),
            "redress": "Vous pouvez contester cette décision en écrivant à l'équipe de "
            "modération avec ce numéro, ou saisir un organisme de règlement extrajudiciaire "
            "des litiges certifié, ou la justice.",
        }
    return {
        "ticket": record.ticket.number,
        "target": record.ticket.target.key(),
        "category": record.ticket.category,
        "status": record.status,
        "received_at": record.ticket.last_at,
        "decision": decision,
    }
