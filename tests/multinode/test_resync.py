"""`Hub.resync`: after a broker outage, feeds catch up from the store, once and in order.

In-process (SQLite, in-memory broker): an event committed while the broker was away is
simulated by writing to the store without publishing.
"""

from __future__ import annotations

from causette.domain.ids import RoomId, UserId
from causette.domain.messages import RoomMessage
from causette.protocol import envelope, events
from tests.chatters import Chatter
from tests.conftest import AppFactory


async def test_resync_delivers_what_was_committed_unpublished_once(make_app: AppFactory) -> None:
    system, client = await make_app(join_wait=0)
    zoe = await Chatter.connect(client)
    marc = await Chatter.connect(client)
    await zoe.join("general")
    await marc.join("general")
    await zoe.say("general", "publié normalement", ref="a")
    assert (await marc.expect("message"))["text"] == "publié normalement"

    # Committed while the broker was away: stored, never published.
    store, clock = system.store, system.clock
    missed: list[RoomMessage] = []
    for text in ("pendant la panne 1", "pendant la panne 2"):
        missed.append(
            await store.append_room_message(RoomId("general"), UserId(zoe.id), text, clock())
        )
    await marc.nothing("message", wait=0.2)

    await system.hub.resync()
    got = [await marc.expect("message") for _ in missed]
    assert [(m["id"], m["text"]) for m in got] == [(m.id, m.text) for m in missed]

    # The same events published late (a node that was only slow) are not delivered again.
    for msg in missed:
        payload = events.encode({"type": "message", "room": msg.room, "id": msg.id})
        await system.broker.publish(
            "room:general", envelope.pack_sequenced(msg.id, msg.sender, payload)
        )
    await system.hub.resync()  # a second catch-up finds nothing new
    await marc.nothing("message", wait=0.3)

    await zoe.say("general", "après la panne", ref="b")
    after = await marc.expect("message")
    assert (after["id"], after["text"]) == (missed[-1].id + 1, "après la panne")


async def test_resync_catches_up_private_messages(make_app: AppFactory) -> None:
    system, client = await make_app(join_wait=0)
    zoe = await Chatter.connect(client)
    marc = await Chatter.connect(client)
    dm = await system.store.append_dm(
        UserId(marc.id), UserId(zoe.id), "message privé pendant la panne", system.clock()
    )
    await zoe.nothing("dm", wait=0.2)
    await system.hub.resync()
    got = await zoe.expect("dm")
    assert (got["id"], got["text"]) == (dm.recipient_seq, "message privé pendant la panne")
    await system.hub.resync()
    await zoe.nothing("dm", wait=0.2)
