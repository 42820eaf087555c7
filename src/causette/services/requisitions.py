"""`Requisitions`: answer a judicial requisition from the identification records
(décret 2021-1362) and write it in the audit log: who answered which authority,
under which reference, with what criterion, period and number of records.

A requisition is an order to provide information (DSA Art. 10): the answer records
the order (`services/orders.py`) with its receipt time (given by the legal officer,
default now; or noted before with `causette order receive`), the acknowledgement
sent to the authority if one was, and the answer as the effect given, each step in
the audit log. A later answer under the same reference (another criterion of the same
requisition) is audited and leaves the order's times as the first answer set them.

Only what the requisition names is read: the records of one pseudonym (every
session that held it), one session, one address or one content, in the period.

The audit log is never purged, the records are: an address or a pseudonym asked about
goes into the audit entry as a keyed digest (`digest`, the vault's
`criterion_digest`), never in clear; `canonical_value` gives the form it digests, so
`causette audit requisitions --ip X` finds the entries that asked about X.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable

from causette.domain.errors import Conflict, InvalidInput
from causette.domain.guests import Guest
from causette.domain.ids import UserId
from causette.domain.orders import AuthorityOrder, OrderKind, acknowledge, give_effect, receive
from causette.domain.profile import pseudonym_key
from causette.domain.requisitions import (
    AnswerRow,
    Requisition,
    RequisitionAnswer,
    SessionFacts,
    canonical_ip,
)
from causette.domain.utc import utc_text
from causette.ports import Clock
from causette.services.orders import Orders
from causette.services.sanctions import Stores

__all__ = ["CRITERIA", "DIGESTED", "Requisitions", "canonical_value"]

CRITERIA = ("pseudonym", "session", "ip", "content")
# Personal data the audit log keeps only as a keyed digest (the session and content
# ids are the service's own references, kept as asked).
DIGESTED = ("pseudonym", "ip")

Digest = Callable[[str, str], str]
"""`(criterion, canonical value) -> "KEYID:HEX"`: the vault's `criterion_digest`."""


def canonical_value(criterion: str, value: str) -> str:
    """The value as the audit digest reads it: a pseudonym's key (case, accents and
    spaces folded, as `guests_named` matches), an address's canonical text
    (2001:db8::1, ::ffff:203.0.113.7 as 203.0.113.7); other criteria as given."""
    value = value.strip()
    if criterion == "pseudonym":
        return pseudonym_key(value)
    if criterion == "ip":
        return canonical_ip(value)
    return value


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
    def __init__(self, store: Stores, clock: Clock, retention_days: float, digest: Digest) -> None:
        self.store = store
        self.clock = clock
        self.retention_days = retention_days
        self.digest = digest

    async def answer(
        self,
        requisition: Requisition,
        *,
        received_at: float | None = None,
        acknowledged_at: float | None = None,
        member_state: str = "FR",
    ) -> RequisitionAnswer:
        """Record the order (received at `received_at`, default now; acknowledged at
        `acknowledged_at` if the authority was told before the answer), read the
        records the requisition names, audit the answer, note it as the order's
        effect, return it. Every time is checked before anything is written: a
        receipt in the future or after the answer, an acknowledgement before the
        receipt, raise `InvalidInput` and nothing is answered."""
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
        # Read first (a malformed address or content is refused with nothing written).
        order = await self._order(requisition, received_at, acknowledged_at, member_state)
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
            received_at=order.received_at,
        )
        criterion = requisition.criterion
        asked: dict[str, object] = (
            {"value_digest": self.digest(criterion, canonical_value(criterion, value))}
            if criterion in DIGESTED
            else {"value": value}
        )
        await self.store.append_audit(
            at=answer.answered_at,
            actor=requisition.operator.strip(),
            action="requisition_answered",
            target=f"requisition:{requisition.reference.strip()}",
            reason=requisition.authority.strip()[:200],
            details={
                "criterion": requisition.criterion,
                **asked,
                "start": requisition.start,
                "end": requisition.end,
                "records": len(rows),
                "sessions": len(answer.sessions),
                "received_at": order.received_at,
            },
        )
        if order.open:
            await self._orders.give_effect(order, by=requisition.operator, at=answer.answered_at)
        return answer

    @property
    def _orders(self) -> Orders:
        return Orders(self.store, self.clock)

    async def _order(
        self,
        requisition: Requisition,
        received_at: float | None,
        acknowledged_at: float | None,
        member_state: str,
    ) -> AuthorityOrder:
        """The order this requisition is (recorded now unless `causette order receive`
        did before), its receipt and acknowledgement noted; checked in full (the answer,
        now, included) before the first write."""
        authority, reference = requisition.authority.strip(), requisition.reference.strip()
        now = self.clock()
        order = await self.store.authority_order(authority, reference)
        if order is not None:
            if received_at is not None and received_at != order.received_at:
                when = (
                    f"reçue le {utc_text(order.received_at)} UTC"
                    if order.received_at is not None
                    else "répondue avant que les dates de réception soient notées"
                )
                raise Conflict(
                    "order_already_received",
                    f"Cette réquisition est déjà enregistrée ({when}) : ne donnez pas --received.",
                )
            if acknowledged_at is not None:
                planned = acknowledge(order, acknowledged_at, now)
                if order.open:
                    give_effect(planned, now, now)
                order = await self._orders.acknowledge(
                    authority, reference, by=requisition.operator, at=acknowledged_at
                )
            elif order.open:
                give_effect(order, now, now)
            return order
        planned = receive(
            authority=authority,
            reference=reference,
            kind=OrderKind.INFORMATION,
            state=member_state,
            received_at=now if received_at is None else received_at,
            by=requisition.operator,
            now=now,
        )
        if acknowledged_at is not None:
            planned = acknowledge(planned, acknowledged_at, now)
        give_effect(planned, now, now)
        order = await self._orders.receive(
            authority=authority,
            reference=reference,
            kind=OrderKind.INFORMATION,
            member_state=member_state,
            by=requisition.operator,
            received_at=planned.received_at,
        )
        if acknowledged_at is not None:
            order = await self._orders.acknowledge(
                authority, reference, by=requisition.operator, at=acknowledged_at
            )
        return order
