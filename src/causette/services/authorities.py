"""The « vie en danger / enfant en danger » export for the authorities (DSA Art. 18).

`build()` assembles the item, the content with the messages around it, the
author's identification data kept under décret 2021-1362 and the moderator;
`transmit()` records that it went out (channel, the authority's reference),
marks the ticket transmitted and audits it. Both are audited: who exported
what, when.
"""

from __future__ import annotations

from typing import Any

from causette.domain.authorities import (
    AuthorityExport,
    ContextMessage,
    Transmission,
    build_export,
    export_json,
)
from causette.domain.errors import InvalidInput
from causette.ports import Clock
from causette.services.casefile import CaseFiles
from causette.services.sanctions import Stores

__all__ = ["CHANNELS", "AuthorityExports"]

CHANNELS = ("pharos", "17", "112", "ofac-email", "autre")


def _identification_ref(item_id: str, target: str) -> str | None:
    """The identification record's `ref` of an item's content: a held item's own
    (`held:ID`), a reported room message's (`room:ROOM:SEQ`) or private message's."""
    if item_id.startswith("held:"):
        return item_id
    kind, _, rest = target.partition(":")
    if kind == "message":
        return f"room:{rest}"
    if kind == "dm":
        return target
    return None


class AuthorityExports:
    def __init__(self, store: Stores, clock: Clock, files: CaseFiles) -> None:
        self.store = store
        self.clock = clock
        self.files = files

    async def build(self, moderator: str, item_id: str, summary: str) -> AuthorityExport:
        """The export of one item; raise `InvalidInput("export_summary_missing")`."""
        if not summary.strip():
            raise InvalidInput(
                "export_summary_missing",
                "Résumez pourquoi une vie ou un enfant est en danger.",
                field="summary",
            )
        item = await self.files.item(item_id)
        context = await self.files.context(item)
        messages = [
            ContextMessage(m["at"], m["author"], m["text"], bool(m.get("flagged")))
            for m in context["around"]
        ]
        if not any(m.flagged for m in messages):
            author = item.author.pseudonym if item.author else "?"
            messages.append(ContextMessage(item.at or self.clock(), author, item.content, True))
        identification: dict[str, Any] = {}
        if item.author is not None:
            identification = {
                "pseudonym": item.author.pseudonym,
                "session": item.author.id,
                "declared_age": item.author.age,
                "department": item.author.department,
                "session_opened_at": item.author.created_at,
                "entry_ip": await self.store.entry_ip(item.author.id) or "",
                "other_pseudonyms": [p["pseudonym"] for p in context["pseudonyms"]],
            }
            # The connection behind the content itself (address *and source port*,
            # décret 2021-1362), when the content was recorded.
            ref = _identification_ref(item.id, item.target)
            sent = await self.store.identification_records(ref=ref, limit=1) if ref else []
            entry = await self.store.identification_records(ref=f"guest:{item.author.id}", limit=1)
            if entry:
                identification["entry_port"] = entry[0].port
            if sent:
                identification["content_ip"] = sent[0].ip
                identification["content_port"] = sent[0].port
                identification["content_sent_at"] = sent[0].at
        export = build_export(
            reference=item.id.partition(":")[2],
            category=item.category,
            summary=summary,
            target=item.target,
            detected_at=item.queue.created_at,
            moderator=moderator,
            messages=messages,
            identification=identification,
            now=self.clock(),
        )
        await self.store.append_audit(
            at=export.exported_at,
            actor=moderator,
            action="authority_export",
            target=item.id,
            reason=summary.strip()[:200],
        )
        return export

    async def transmit(
        self, moderator: str, item_id: str, summary: str, channel: str, receipt: str = ""
    ) -> Transmission:
        """Record that the export of `item_id` went to the authorities through `channel`."""
        if channel not in CHANNELS:
            raise InvalidInput("channel_invalid", "Canal de transmission inconnu.", field="channel")
        export = await self.build(moderator, item_id, summary)
        now = self.clock()
        transmission = Transmission(export.reference, now, moderator, channel, receipt.strip())
        await self.store.add_transmission(transmission, export_json(export))
        if item_id.startswith("ticket:"):
            await self.store.mark_transmitted(export.reference, now)
        await self.store.append_audit(
            at=now,
            actor=moderator,
            action="authority_transmitted",
            target=item_id,
            reason=f"transmis via {channel}",
            details={"receipt": receipt.strip()},
        )
        return transmission
