"""Content a moderator releases is online from then on: its identification record
(décret 2021-1362) names the connection that sent it, at the time it was sent."""

from __future__ import annotations

from causette.broker.memory import MemoryBroker
from causette.domain.ids import UserId
from causette.ports import Identification
from causette.services.enforce import make_late_delivery
from causette.storage.sqlite import SqliteStore
from tests.storage.test_contract import guest, room

T0 = 1_800_000_000.0


async def test_released_content_keeps_the_connection_that_sent_it() -> None:
    store = SqliteStore(":memory:")
    await store.migrate()
    await store.seed_rooms([room("general", "Général", official=True)])
    for user, name in (("u1", "Auteur"), ("u2", "Destinataire")):
        await store.create_guest(guest(user, name, at=T0), 600.0, T0)
    deliver = make_late_delivery(store, MemoryBroker(), lambda: T0 + 3600)
    for target, kind, expected in (
        ("room:general", "message", "room:general:1"),
        ("dm:u2", "dm", "dm:1"),
    ):
        held = await store.hold(target, UserId("u1"), "texte retenu", "{}", T0 + 60)
        # What the chat writes when it holds content (the connection's address and port).
        await store.record_identification(
            Identification("held", f"held:{held.id}", UserId("u1"), "203.0.113.7", 51000, T0 + 60)
        )
        await deliver(held)
        (record,) = await store.identification_records(ref=expected)
        assert (record.kind, record.user, record.ip, record.port, record.at) == (
            kind,
            "u1",
            "203.0.113.7",
            51000,
            T0 + 60,  # when it was sent, not the release an hour later
        )
    await store.close()
