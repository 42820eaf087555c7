"""Filing reports (DSA Art. 16): guests can report; duplicates merge; a receipt comes back."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from causette.domain.errors import InvalidInput, NotFound
from causette.domain.guests import Guest
from causette.domain.ids import DmSeq, MessageId, RoomId, UserId
from causette.domain.moderators import TrustedFlagger
from causette.domain.reports import (
    ReportLimit,
    ReportTarget,
    TargetKind,
    decision_token,
    validate_report,
)
from causette.ports import Clock, TicketRecord
from causette.services.sanctions import SanctionCheck, Stores

__all__ = ["Reports", "decision_path", "receipt_json", "reporter_decision", "target_from_body"]

_DECISIONS_FR = {
    "dismiss": "Après examen, aucune mesure n'a été prise.",
    "release": "Après examen, le contenu a été publié.",
}


def decision_path(ticket: str, token: str) -> str:
    """Where a reporter reads the decision on their report (`web/reports.py`)."""
    return f"/reports/{ticket}?token={token}"


def target_from_body(body: Mapping[str, Any]) -> str:
    """`target`, or the web client's form (`user`, `room`, `message_id`, `dm_id`).

    `dm:N` and `dm_id` are the message's number in the reporter's inbox."""
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
        store: Stores,
        clock: Clock,
        check: SanctionCheck,
        limit: ReportLimit | None = None,
        flagger_limit: ReportLimit | None = None,
    ) -> None:
        self.store = store
        self.clock = clock
        self.check = check
        self.limit = limit or ReportLimit()
        # Trusted flaggers send notices in batches; their lane still has a ceiling.
        self.flagger_limit = flagger_limit or ReportLimit(limit=500, window=600.0)

    async def file(self, reporter: Guest | TrustedFlagger, body: Mapping[str, Any]) -> TicketRecord:
        """Validate, rate-limit and merge a report from a guest or a trusted flagger
        (Art. 22: its ticket goes first within its severity); return the ticket.

        Raise `InvalidInput` (422), `NotFound("report_target_not_found")` (404) or
        `RateLimited("report_rate_limited")` (429).
        """
        trusted = isinstance(reporter, TrustedFlagger)
        who = UserId(reporter.reporter) if isinstance(reporter, TrustedFlagger) else reporter.id
        limit = self.flagger_limit if trusted else self.limit
        now = self.clock()
        text = body.get("text", body.get("comment"))
        category = body.get("category")
        report = validate_report(
            target=target_from_body(body),
            category=category if isinstance(category, str) else "",
            text=text if isinstance(text, str) else None,
            life_in_danger=body.get("life_in_danger") is True,
            reporter=who,
            now=now,
            trusted_flagger=trusted,
        )
        limit.check(await self.store.report_times(who, now - limit.window), now)
        if report.target.kind is TargetKind.DM:
            report = replace(report, target=await self._dm_by_inbox(who, report.target))
        await self._check_target(who, report.target)
        record, created = await self.store.add_report(report)
        await self.store.append_audit(
            at=now,
            actor=who if trusted else f"user:{who}",
            action="report_filed" if created else "report_merged",
            target=f"ticket:{record.ticket.number}",
            reason=report.category,
            details={"content": report.target.key(), "life_in_danger": report.life_in_danger},
        )
        return record

    async def _dm_by_inbox(self, who: UserId, target: ReportTarget) -> ReportTarget:
        """Clients know a private message by its number in their own inbox (the `id` of
        the `dm` frame); the ticket names it by its global id, so both participants'
        reports merge."""
        seq = int(target.ref)
        for dm in await self.store.dms_after(who, DmSeq(seq - 1), 1):
            if dm.seq_for(who) == seq:
                return ReportTarget(TargetKind.DM, str(dm.id))
        raise NotFound("report_target_not_found", "L'élément signalé est introuvable.")

    async def _check_target(self, who: UserId, target: ReportTarget) -> None:
        """Raise `NotFound("report_target_not_found")` unless the target exists and, for a
        private message, the reporter took part in it."""
        found: object = None
        if target.kind is TargetKind.MESSAGE and target.seq is not None:
            msgs = await self.store.room_messages_after(
                RoomId(target.ref), MessageId(target.seq - 1), 1
            )
            found = msgs and msgs[0].id == target.seq
        elif target.kind is TargetKind.DM:
            dm = await self.store.dm(int(target.ref))
            found = dm is not None and who in (dm.sender, dm.recipient)
        elif target.kind is TargetKind.USER:
            found = await self.store.guest(UserId(target.ref))
        elif target.kind is TargetKind.ROOM:
            found = await self.store.room(RoomId(target.ref))
        elif target.kind is TargetKind.PHOTO:
            found = await self.store.photo(target.ref)
        if not found:
            raise NotFound("report_target_not_found", "L'élément signalé est introuvable.")

    async def receipt(self, reporter: Guest | TrustedFlagger, number: str) -> dict[str, Any]:
        """The reporter's view of a ticket: status and decision, never who else reported."""
        who = UserId(reporter.reporter) if isinstance(reporter, TrustedFlagger) else reporter.id
        record = await self.store.ticket(number)
        if record is None or who not in record.ticket.reporters:
            raise NotFound("ticket_not_found", "Ce signalement n'existe pas.")
        return receipt_json(record, self.decision_link(record.ticket.number))

    def decision_link(self, ticket: str) -> str:
        """The absolute address of the decision page of `ticket` with its token (the
        site's address as for statements of reasons, `SanctionCheck.site_url`)."""
        path = decision_path(ticket, decision_token(self.check.secret, ticket))
        return self.check.site_url() + path


# What the reporter is told of the outcome (DSA Art. 16(5)): the decision on their
# notice, not the sanction the reported person got (its kind, duration and statement of
# reasons are the reported person's, Art. 17): any measure reads as `actioned`.
_OUTCOMES = frozenset({"dismiss", "release"})


def reporter_decision(record: TicketRecord, link: str | None = None) -> dict[str, Any] | None:
    """The decision on a ticket as its reporters may read it (receipt and
    `report_decided` event alike), with `link` to its page (`decision_link`), or None
    while it is open."""
    if record.decision is None:
        return None
    decision = {
        "action": record.decision if record.decision in _OUTCOMES else "actioned",
        "at": record.decided_at,
        "text": _DECISIONS_FR.get(record.decision, "Une mesure a été prise après examen."),
        "redress": "Vous pouvez contester cette décision en écrivant à l'équipe de "
        "modération avec ce numéro, ou saisir un organisme de règlement extrajudiciaire "
        "des litiges certifié, ou la justice.",
    }
    if link is not None:
        decision["link"] = link
    return decision


def receipt_json(record: TicketRecord, link: str | None = None) -> dict[str, Any]:
    return {
        "ticket": record.ticket.number,
        "target": record.ticket.target.key(),
        "category": record.ticket.category,
        "status": record.status,
        "received_at": record.ticket.last_at,
        "decision": reporter_decision(record, link),
    }
