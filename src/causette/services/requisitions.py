"""`Requisitions`: answer a judicial requisition from the identification records
(décret 2021-1362) and write it in the audit log: who answered which authority,
under which reference, with what criterion, period and number of records.

Only what the requisition names is read: the records of one pseudonym (every
session that held it), one session, one address or one content, in the period.
"""

from __future__ import annotations

import ipaddress
import re

from causette.domain.errors import InvalidInput
from causette.domain.guests import Guest
from causette.domain.ids import UserId
from causette.domain.profile import pseudonym_key
from causette.domain.requisitions import (
    AnswerRow,
    Requisition,
    RequisitionAnswer,
    SessionFacts,
)
from causette.ports import Clock
from causette.services.sanctions import Stores

__all__ = ["CRITERIA", "Requisitions"]

CRITERIA = ("pseudonym", "session", "ip", "content")


def _facts(guest: Guest) -> SessionFacts:
    return SessionFacts(
        session=guest.id,
        pseudonym=guest.pseudonym,
        declared_age=guest.age,
        gender=guest.gender.value,
        postal_code=guest.postal_code,
        opened_at=guest.created_at,
        ended_at=guest.ended_at,
    )


_CONTENT = re.compile(r"(room:[A-Za-z0-9_-]{1,64}(?::\d+)?|dm:\d+|held:\d+|guest:u_\w+)")


def _content_ref(value: str) -> str:
    """The record's `ref` of a content; a report's `message:ROOM:N` (as tickets and the
    console name it) reads as `room:ROOM:N`. Malformed: refused, not answered empty."""
    if value.startswith("message:"):
        value = "room:" + value.removeprefix("message:")
    if not _CONTENT.fullmatch(value):
        raise InvalidInput(
            "requisition_content_invalid",
            f"Contenu invalide : {value!r} (room:SALON:N pour un message de salon, dm:N pour"
            " un message privé, room:SALON pour la création d'un salon, held:N pour un"
            " contenu retenu).",
            field="content",
        )
    return value


class Requisitions:
    def __init__(self, store: Stores, clock: Clock, retention_days: float) -> None:
        self.store = store
        self.clock = clock
        self.retention_days = retention_days

    async def answer(self, requisition: Requisition) -> RequisitionAnswer:
        """Read the records the requisition names, audit the answer, return it."""
        for field, value in (
            ("authority", requisition.authority),
            ("reference", requisition.reference),
            ("operator", requisition.operator),
        ):
            if not value.strip():
                raise InvalidInput(
                    f"requisition_{field}_missing",
                    "Indiquez l'autorité requérante, la référence de la réquisition et"
                    " qui y répond.",
                    field=field,
                )
        if requisition.criterion not in CRITERIA:
            raise InvalidInput("requisition_criterion_invalid", "Critère inconnu.")
        value = requisition.value.strip()
        start, end = requisition.start, requisition.end
        read = self.store.identification_records
        if requisition.criterion == "pseudonym":
            users = [g.id for g in await self.store.guests_named(pseudonym_key(value))]
            records = await read(users=users, start=start, end=end) if users else []
        elif requisition.criterion == "session":
            records = await read(users=[UserId(value)], start=start, end=end)
        elif requisition.criterion == "ip":
            try:
                # Recorded as the proxy or the socket gave it: 2001:db8::1, not 2001:DB8:0::1.
                value = str(ipaddress.ip_address(value))
            except ValueError:
                raise InvalidInput(
                    "requisition_ip_invalid",
                    f"Adresse IP invalide : {value!r} (ex. 203.0.113.7 ou 2001:db8::1).",
                    field="ip",
                ) from None
            records = await read(ip=value, start=start, end=end)
        else:
            records = await read(ref=_content_ref(value), start=start, end=end)
        known = {g.id: g for g in await self.store.guests(sorted({r.user for r in records}))}
        rows = tuple(
            AnswerRow(
                at=r.at,
                operation=r.kind,
                content=r.ref,
                ip=r.ip,
                port=r.port,
                session=r.user,
                pseudonym=known[r.user].pseudonym if r.user in known else "",
            )
            for r in records
        )
        answer = RequisitionAnswer(
            requisition=requisition,
            answered_at=self.clock(),
            rows=rows,
            sessions=tuple(_facts(known[u]) for u in sorted(known)),
            retention_days=self.retention_days,
        )
        await self.store.append_audit(
            at=answer.answered_at,
            actor=requisition.operator.strip(),
            action="requisition_answered",
            target=f"requisition:{requisition.reference.strip()}",
            reason=requisition.authority.strip()[:200],
            details={
                "criterion": requisition.criterion,
                "value": value,
                "start": requisition.start,
                "end": requisition.end,
                "records": len(rows),
                "sessions": len(answer.sessions),
            },
        )
        return answer
