"""A block made on one node stops private messages through the other at once.

Two real nodes on one PostgreSQL and one Redis. The person who blocks is connected to
both nodes, so the other node holds a live connection of theirs whose blocked set
learns of the block only through Redis; node B reaches Redis through a relay that
delays what Redis sends by 0.3 s, so a check that trusted that set would let the next
message through.
"""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit

import aiohttp
import pytest

from tests.multinode.cluster import Chatter, Relay, service_url
from tests.multinode.conftest import NodeFactory
from tests.multinode.test_two_nodes import env

pytestmark = [pytest.mark.redis, pytest.mark.postgres, pytest.mark.e2e]


async def test_a_block_on_node_a_stops_dms_through_node_b_at_once(
    pg_url: str, redis_prefix: str, start_node: NodeFactory
) -> None:
    target = urlsplit(service_url("redis"))
    relay = Relay((target.hostname or "127.0.0.1", target.port or 6379))
    await relay.start()
    a = start_node(env(pg_url, redis_prefix))
    # The relay runs on this loop: start the node from a thread.
    b = await asyncio.to_thread(
        start_node,
        {**env(pg_url, redis_prefix), "CAUSETTE_REDIS_URL": f"redis://127.0.0.1:{relay.port}/0"},
    )
    relay.delay_down = 0.3
    async with aiohttp.ClientSession() as http:
        zoe_a = await Chatter.enter(http, a.url, "Zoe")
        zoe_b = Chatter(http, {"token": zoe_a.token, "user": zoe_a.user})
        troll = await Chatter.enter(http, b.url, "Nestor")
        await zoe_a.connect(a.url)
        await zoe_b.connect(b.url)
        await troll.connect(b.url)
        await troll.send(type="dm", to=zoe_a.id, text="salut", ref="t0")
        assert (await troll.reply("t0"))["type"] == "ack"
        await zoe_b.wait_for("dm", text="salut")
        for n in range(2):
            await zoe_a.send(type="block", user=troll.id)
            await zoe_a.wait_for("blocked", user=troll.id)
            # No wait for node B to hear of it: the next message is refused.
            await troll.send(type="dm", to=zoe_a.id, text="hé", ref=f"b{n}")
            refused = await troll.reply(f"b{n}")
            assert (refused["type"], refused.get("code")) == ("rejected", "dm_blocked"), refused
            await zoe_a.send(type="unblock", user=troll.id)
            await zoe_a.wait_for("unblocked", user=troll.id)
            await troll.send(type="dm", to=zoe_a.id, text=f"pardon {n}", ref=f"u{n}")
            assert (await troll.reply(f"u{n}"))["type"] == "ack"
        assert [d["text"] for d in zoe_a.dms] == ["salut", "pardon 0", "pardon 1"]
        for chatter in (zoe_a, zoe_b, troll):
            await chatter.close()
    await relay.cut()
