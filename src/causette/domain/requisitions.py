"""The answer to a judicial requisition (réquisition judiciaire, code de procédure
pénale art. 60-1, 77-1-1, 99-3): the identification data kept under décret
2021-1362 for one person, address or content, over a period.

The décret lists, for whoever hosts content, per creation: the identifier of the
connection (address and source port), the identifier of the content, the protocols,
the nature of the operation, its date and time, and the identifier the author used
(here the pseudonym). `answer_rows()` shapes the stored records into those fields;
`to_json()` and `to_csv()` write the document handed to the authority, which says
what was asked (authority, reference, criterion, period), when it was received and
when it was answered.
Standard library only; times are passed in.
"""

from __future__ import annotations

import csv
import io
import ipaddress
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from causette.domain.utc import utc_text

__all__ = [
    "OPERATIONS_FR",
    "PROTOCOLS",
    "AnswerRow",
    "Requisition",
    "RequisitionAnswer",
    "SessionFacts",
    "canonical_ip",
    "to_csv",
    "to_json",
]

# Nature of the operation (décret 2021-1362), by the record's `kind`.
OPERATIONS_FR = {
    "entry": "ouverture de session (choix du pseudo)",
    "message": "message dans un salon",
    "dm": "message privé",
    "room_create": "création d'un salon",
    "held": "message retenu par la modération (non publié)",
}
# What every operation travels over (the nodes see HTTP behind the TLS proxy).
PROTOCOLS = "HTTPS (TLS), WebSocket"


def canonical_ip(ip: str) -> str:
    """The canonical text of an address, as it is recorded, indexed and asked about:
    2001:db8::1 for 2001:DB8:0::1, 203.0.113.7 for ::ffff:203.0.113.7; anything else
    stripped and in lower case."""
    text = ip.strip()
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return text.lower()
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return str(address.ipv4_mapped)
    return str(address)


@dataclass(frozen=True, slots=True)
class Requisition:
    """What the authority asked: one criterion (`pseudonym`, `session`, `ip` or
    `content`) and its value, a period (start included, end excluded; None: unbounded)."""

    authority: str
    reference: str
    operator: str
    criterion: str
    value: str
    start: float | None
    end: float | None


@dataclass(frozen=True, slots=True)
class AnswerRow:
    at: float
    operation: str  # the record's kind: entry, message, dm, room_create
    content: str  # the content's identifier: room:ID:SEQ, dm:ID, room:ID, guest:ID
    ip: str
    port: int
    session: str
    pseudonym: str


@dataclass(frozen=True, slots=True)
class SessionFacts:
    """What the person declared when choosing the pseudonym (nothing else is asked)."""

    session: str
    pseudonym: str
    declared_age: int
    gender: str
    postal_code: str
    opened_at: float
    ended_at: float | None


@dataclass(frozen=True, slots=True)
class RequisitionAnswer:
    requisition: Requisition
    answered_at: float
    rows: tuple[AnswerRow, ...]
    sessions: tuple[SessionFacts, ...]
    retention_days: float  # records older than this are no longer held
    received_at: float | None = None  # when the requisition reached us (DSA art. 10)


def operation_fr(kind: str) -> str:
    return OPERATIONS_FR.get(kind, kind)


def to_json(answer: RequisitionAnswer) -> str:
    """The document as JSON: UTC times as `AAAA-MM-JJ HH:MM:SS`, codes kept beside labels."""
    req = answer.requisition
    document: dict[str, object] = {
        "requisition": {
            "authority": req.authority,
            "reference": req.reference,
            "criterion": req.criterion,
            "value": req.value,
            "period_start_utc": utc_text(req.start),
            "period_end_utc": utc_text(req.end),
        },
        "received_at_utc": utc_text(answer.received_at),
        "answered_at_utc": utc_text(answer.answered_at),
        "answered_by": req.operator,
        "retention_days": answer.retention_days,
        "protocols": PROTOCOLS,
        "records": [
            {**asdict(row), "at_utc": utc_text(row.at), "operation_fr": operation_fr(row.operation)}
            for row in answer.rows
        ],
        "sessions": [
            {
                **asdict(s),
                "opened_at_utc": utc_text(s.opened_at),
                "ended_at_utc": utc_text(s.ended_at),
            }
            for s in answer.sessions
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


def to_csv(answer: RequisitionAnswer) -> str:
    """One row per record, French headers, after rows saying what was asked."""
    req = answer.requisition
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    head: Iterable[tuple[str, str]] = (
        ("autorité requérante", req.authority),
        ("référence de la réquisition", req.reference),
        ("critère", f"{req.criterion} = {req.value}"),
        ("période, début (UTC, inclus)", utc_text(req.start)),
        ("période, fin (UTC, exclue)", utc_text(req.end)),
        ("réquisition reçue le (UTC)", utc_text(answer.received_at)),
        ("réponse établie le (UTC)", utc_text(answer.answered_at)),
        ("par", req.operator),
        ("durée de conservation (jours)", f"{answer.retention_days:g}"),
        ("protocoles", PROTOCOLS),
    )
    for label, value in head:
        writer.writerow([label, value])
    writer.writerow([])
    writer.writerow(
        [
            "date et heure (UTC)",
            "nature de l'opération",
            "identifiant du contenu",
            "adresse IP",
            "port source",
            "session",
            "pseudo",
        ]
    )
    for row in answer.rows:
        writer.writerow(
            [
                utc_text(row.at),
                operation_fr(row.operation),
                row.content,
                row.ip,
                row.port,
                row.session,
                row.pseudonym,
            ]
        )
    return out.getvalue()
