"""Two real nodes on one PostgreSQL and one Redis: any node serves any client.

Members split across the nodes see every message exactly once and in one order;
the member list, the member counts, the rate limit and the join wait are the
same whichever node answers.
"""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
import pytest

from tests.multinode.cluster import Chatter, service_url
from tests.multinode.conftest import NodeFactory

pytestmark = [pytest.mark.redis, pytest.mark.postgres, pytest.mark.e2e]

ROOM = "general"


def env(pg_url: str, redis_prefix: str, **extra: str) -> dict[str, str]:
    return {
        "CAUSETTE_DATABASE_URL": pg_url,
        "CAUSETTE_REDIS_URL": service_url("redis"),
        "CAUSETTE_REDIS_PREFIX": redis_prefix,
        **extra,
    }


async def rooms(http: aiohttp.ClientSession, url: str, token: str) -> dict[str, int]:
    async with http.get(url + "/api/rooms", headers={"Authorization": f"Bearer {token}"}) as r:
        assert r.status == 200
        listing: list[dict[str, Any]] = await r.json()
        return {room["id"]: room["members"] for room in listing}


async def test_members_split_across_nodes_see_every_message_once_in_one_order(
    pg_url: str, redis_prefix: str, start_node: NodeFactory
) -> None:
    a = start_node(env(pg_url, redis_prefix))
    b = start_node(env(pg_url, redis_prefix))
    async with aiohttp.ClientSession() as http:
        people = [await Chatter.enter(http, a.url, f"Noeud{i}") for i in range(4)]
        for i, person in enumerate(people):
            await person.connect((a, b)[i % 2].url)
            joined = await person.join(ROOM)
            # The member list is read from Redis: it names those joined on the other node.
            assert {m["id"] for m in joined["members"]} == {p.id for p in people[: i + 1]}

        counts_a = await rooms(http, a.url, people[0].token)
        counts_b = await rooms(http, b.url, people[1].token)
        assert counts_a == counts_b
        assert counts_a[ROOM] == 4

        # Everyone sends at once, two on each node (6 each: under the spam guard's
        # flood limit, which stays on).
        per_sender = 6

        async def burst(sender: Chatter) -> list[int]:
            acked = []
            for n in range(per_sender):
                reply = await sender.say(ROOM, f"{sender.user['pseudonym']} {n}", f"{n}")
                assert reply["type"] == "ack", reply
                acked.append(reply["id"])
            return acked

        bursts = await asyncio.gather(*(burst(p) for p in people))
        acked = sorted(i for ids in bursts for i in ids)
        assert acked == list(range(acked[0], acked[0] + len(people) * per_sender))

        for person in people:
            await person.until_messages(ROOM, len(acked))
        reference = [(m["id"], m["text"]) for m in people[0].messages]
        for person in people:
            ids = person.room_ids(ROOM)
            assert ids == acked, f"{person.user['pseudonym']} got {ids}"
            assert [(m["id"], m["text"]) for m in person.messages] == reference
        await asyncio.sleep(0.3)  # nothing more arrives late (a duplicate would)
        for person in people:
            assert person.room_ids(ROOM) == acked
            await person.close()


async def test_rate_limit_and_join_wait_follow_the_user_to_the_other_node(
    pg_url: str, redis_prefix: str, start_node: NodeFactory
) -> None:
    extra = {
        "CAUSETTE_RATE_MESSAGES": "3",
        "CAUSETTE_RATE_WINDOW": "60",
        "CAUSETTE_JOIN_WAIT": "60",
    }
    a = start_node(env(pg_url, redis_prefix, **extra))
    b = start_node(env(pg_url, redis_prefix, **extra))
    async with aiohttp.ClientSession() as http:
        lea = await Chatter.enter(http, a.url, "Léa_multi")
        await lea.connect(a.url)
        await lea.join(ROOM)
        for n in range(3):
            assert (await lea.say(ROOM, f"salut {n}", f"a{n}"))["type"] == "ack"
        await lea.close()

        # Same session, other node: the budget is spent, the join wait runs.
        await lea.connect(b.url)
        await lea.send(type="join", room="paris")
        cooldown = await lea.wait_for("error", code="cooldown")
        assert cooldown["retry_after"] > 50
        await lea.send(type="resume", rooms={ROOM: 0}, dms=0)
        await lea.wait_for("resumed")
        refused = await lea.say(ROOM, "encore", "b1")
        assert refused["type"] == "error"
        assert refused["code"] == "rate_limited"
        await lea.close()


async def test_presence_grace_spans_nodes(
    pg_url: str, redis_prefix: str, start_node: NodeFactory
) -> None:
    """A user who drops on one node and comes back on the other within the grace
    period is not announced as gone; one who does not come back is, once."""
    a = start_node(env(pg_url, redis_prefix, CAUSETTE_PRESENCE_GRACE="1.5"))
    b = start_node(env(pg_url, redis_prefix, CAUSETTE_PRESENCE_GRACE="1.5"))
    async with aiohttp.ClientSession() as http:
        zoe = await Chatter.enter(http, a.url, "Zoé_multi")
        marc = await Chatter.enter(http, a.url, "Marc_multi")
        await zoe.connect(a.url)
        await zoe.join(ROOM)
        await marc.connect(a.url)
        await marc.join(ROOM)
        await zoe.wait_for("presence", event="joined")

        await marc.close()
        await marc.connect(b.url)
        await marc.send(type="resume", rooms={ROOM: 0}, dms=0)
        await marc.wait_for("resumed")
        await asyncio.sleep(2.5)  # past the grace period
        assert not [f for f in zoe.frames if f["type"] == "presence" and f["event"] == "left"]
        assert (await rooms(http, a.url, zoe.token))[ROOM] == 2

        await marc.close()
        left = await zoe.wait_for("presence", event="left", timeout=6)
        assert left["user"]["id"] == marc.id
        assert (await rooms(http, b.url, zoe.token))[ROOM] == 1
        await zoe.close()


async def test_a_resume_on_the_other_node_restores_only_the_rooms_joined_without_the_wait(
    pg_url: str, redis_prefix: str, start_node: NodeFactory
) -> None:
    waits = {"CAUSETTE_JOIN_WAIT": "30"}
    a = start_node(env(pg_url, redis_prefix, **waits))
    b = start_node(env(pg_url, redis_prefix, **waits))
    async with aiohttp.ClientSession() as http:
        zoe = await Chatter.enter(http, a.url, "Reprise")
        await zoe.connect(a.url)
        await zoe.join(ROOM)
        await zoe.close()
        await zoe.connect(b.url)  # the join (and its 30 s wait) is known in Redis
        await zoe.send(type="resume", rooms={ROOM: 0, "paris": 0}, dms=0)
        await zoe.wait_for("joined", room=ROOM)
        refused = await zoe.wait_for("error", room="paris")
        assert refused["code"] == "cooldown" and refused["retry_after"] > 20
        assert (await zoe.wait_for("resumed"))["rooms"] == [ROOM]
        await zoe.close()
