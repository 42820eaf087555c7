"""A private message's recipient read from their live connection (one node over SQLite).

What users rely on, whichever way the node finds the recipient: a block or an unblock
applies to the very next private message, a logout ends private messages at once, and a
session idle longer than the idle time is gone even if its socket is still open, while
one that kept talking is not.
"""

from __future__ import annotations

from pathlib import Path

from causette.broker.memory import MemoryBroker
from tests.chatters import Chatter, enter
from tests.conftest import AppFactory, FakeClock


async def test_block_and_unblock_apply_to_the_next_private_message(
    make_app: AppFactory,
) -> None:
    system, client = await make_app()
    assert system.chat.recipients.live  # the path this file is about
    zoe = await Chatter.connect(client)
    zoe_phone = await Chatter.connect(client, {"token": zoe.token, "user": zoe.user})
    troll = await Chatter.connect(client)
    for n in range(2):
        await zoe_phone.send(type="block", user=troll.id)
        await zoe_phone.expect("blocked", user=troll.id)
        await troll.send(type="dm", to=zoe.id, text="hé", ref=f"b{n}")
        assert (await troll.expect("rejected", ref=f"b{n}"))["code"] == "dm_blocked"
        await zoe.send(type="unblock", user=troll.id)
        await zoe.expect("unblocked", user=troll.id)
        await troll.send(type="dm", to=zoe.id, text="pardon", ref=f"u{n}")
        await troll.expect("ack", ref=f"u{n}")
        assert (await zoe.expect("dm", text="pardon"))["from"]["id"] == troll.id


async def test_a_logged_out_recipient_gets_no_more_private_messages(
    make_app: AppFactory,
) -> None:
    _, client = await make_app()
    zoe, marc = await Chatter.connect(client), await Chatter.connect(client)
    await marc.send(type="dm", to=zoe.id, text="avant", ref="d1")
    await marc.expect("ack", ref="d1")
    resp = await client.delete("/api/session", headers={"Authorization": f"Bearer {zoe.token}"})
    assert resp.status == 204
    await marc.send(type="dm", to=zoe.id, text="après", ref="d2")
    assert (await marc.expect("error", ref="d2"))["code"] == "user_not_found"


async def test_idle_sessions_end_even_with_an_open_socket_active_ones_do_not(
    make_app: AppFactory, clock: FakeClock
) -> None:
    system, client = await make_app()
    ttl = system.settings.session_idle_ttl
    zoe, marc, lea = [await Chatter.connect(client) for _ in range(3)]
    clock.advance(ttl - 10)
    await lea.send(type="ping")  # Léa is active; Zoé is not
    await lea.expect("pong")
    clock.advance(20)  # past Zoé's idle time, within Léa's
    await marc.send(type="dm", to=zoe.id, text="tu es là ?", ref="z")
    assert (await marc.expect("error", ref="z"))["code"] == "user_not_found"
    await marc.send(type="dm", to=lea.id, text="tu es là ?", ref="l")
    await marc.expect("ack", ref="l")
    assert (await lea.expect("dm"))["text"] == "tu es là ?"


async def test_a_block_on_one_node_stops_messages_through_the_other_at_once(
    make_app: AppFactory, tmp_path: Path
) -> None:
    # Two nodes in one process: one store file, one in-process broker.
    broker = MemoryBroker()
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    _, node_a = await make_app(broker=broker, store_url=url)
    _, node_b = await make_app(broker=broker, store_url=url)
    zoe_entered = await enter(node_a)
    zoe_a = await Chatter.connect(node_a, zoe_entered)
    zoe_b = await Chatter.connect(node_b, zoe_entered)  # Zoé is live on B too
    troll = await Chatter.connect(node_b)
    await troll.send(type="dm", to=zoe_a.id, text="salut", ref="t0")
    await troll.expect("ack", ref="t0")
    await zoe_b.expect("dm", text="salut")
    await zoe_a.send(type="block", user=troll.id)
    await zoe_a.expect("blocked", user=troll.id)
    await troll.send(type="dm", to=zoe_a.id, text="hé", ref="t1")
    assert (await troll.expect("rejected", ref="t1"))["code"] == "dm_blocked"
    await zoe_b.nothing("dm", wait=0.1)
