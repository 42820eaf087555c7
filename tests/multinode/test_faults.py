"""Faults broken on purpose, with two real nodes: nothing acknowledged is lost or doubled.

(b) a node is killed: its clients reconnect to the other and resume;
(c) Redis restarts: nodes reconnect, resubscribe and catch up from the store;
(d) PostgreSQL is unreachable: sends are refused, and the service recovers alone.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from urllib.parse import urlsplit

import aiohttp
import pytest

from tests.multinode.cluster import Chatter, PrivateRedis, Relay, service_url
from tests.multinode.conftest import NodeFactory, with_schema

pytestmark = [pytest.mark.redis, pytest.mark.postgres, pytest.mark.e2e]

ROOM = "general"


def env(pg_url: str, redis_url: str, redis_prefix: str) -> dict[str, str]:
    return {
        "CAUSETTE_DATABASE_URL": pg_url,
        "CAUSETTE_REDIS_URL": redis_url,
        "CAUSETTE_REDIS_PREFIX": redis_prefix,
    }


async def say_all(sender: Chatter, texts: list[str]) -> list[int]:
    """Send `texts` one after the other; return the acknowledged ids."""
    ids = []
    for text in texts:
        reply = await sender.say(ROOM, text, ref=text)
        assert reply["type"] == "ack", reply
        ids.append(reply["id"])
    return ids


def exactly(people: list[Chatter], acked: list[int]) -> None:
    for person in people:
        assert person.room_ids(ROOM) == acked, person.user["pseudonym"]


async def test_clients_of_a_killed_node_resume_on_the_other(
    pg_url: str, redis_prefix: str, start_node: NodeFactory
) -> None:
    a = start_node(env(pg_url, service_url("redis"), redis_prefix))
    b = start_node(env(pg_url, service_url("redis"), redis_prefix))
    async with aiohttp.ClientSession() as http:
        zoe, ines, marc = [
            await Chatter.enter(http, a.url, n) for n in ("Zoé_k", "Inès_k", "Marc_k")
        ]
        for person, server in ((zoe, a), (ines, a), (marc, b)):
            await person.connect(server.url)
            await person.join(ROOM)
        acked = await say_all(zoe, ["avant la panne 1", "avant la panne 2"])
        for person in (zoe, ines, marc):
            await person.until_messages(ROOM, len(acked))

        a.kill()
        await zoe.dropped()
        await ines.dropped()
        acked += await say_all(marc, ["pendant la panne 1", "pendant la panne 2"])
        await marc.send(type="dm", to=ines.id, text="tu es là ?", ref="dm1")
        assert (await marc.reply("dm1"))["type"] == "ack"

        for person in (zoe, ines):
            await person.connect(b.url)
            await person.send(
                type="resume", rooms={ROOM: person.last_id(ROOM)}, dms=len(person.dms)
            )
            await person.wait_for("resumed")
        acked += await say_all(marc, ["après la panne 1"])
        acked += await say_all(zoe, ["après la panne 2"])

        for person in (zoe, ines, marc):
            await person.until_messages(ROOM, len(acked))
        await asyncio.sleep(0.3)  # a duplicate would arrive now
        assert acked == list(range(acked[0], acked[0] + 6))
        exactly([zoe, ines, marc], acked)
        assert [d["text"] for d in ines.dms] == ["tu es là ?"]
        for person in (zoe, ines, marc):
            await person.close()


async def test_redis_restart_loses_nothing_and_doubles_nothing(
    tmp_path: Path, pg_url: str, start_node: NodeFactory
) -> None:
    service_url("redis")  # this test runs only where the Redis tests run
    redis = PrivateRedis(tmp_path)
    redis.start()
    try:
        a = start_node(env(pg_url, redis.url, "causette:"))
        b = start_node(env(pg_url, redis.url, "causette:"))
        async with aiohttp.ClientSession() as http:
            zoe, ines, marc = [
                await Chatter.enter(http, a.url, n) for n in ("Zoé_r", "Inès_r", "Marc_r")
            ]
            for person, server in ((zoe, a), (ines, a), (marc, b)):
                await person.connect(server.url)
                await person.join(ROOM)
            acked = await say_all(zoe, ["avant le redémarrage"])
            acked += await say_all(marc, ["avant le redémarrage aussi"])

            redis.stop()
            # Committed while Redis is away: acknowledged, delivered once it is back.
            acked += await say_all(zoe, ["pendant 1", "pendant 2"])
            acked += await say_all(marc, ["pendant 3"])
            await marc.send(type="dm", to=zoe.id, text="un message privé pendant", ref="dm")
            assert (await marc.reply("dm"))["type"] == "ack"
            redis.start()

            for person in (zoe, ines, marc):
                await person.until_messages(ROOM, len(acked), timeout=20)
            exactly([zoe, ines, marc], acked)

            acked += await say_all(marc, ["après 1"])
            acked += await say_all(zoe, ["après 2"])
            for person in (zoe, ines, marc):
                await person.until_messages(ROOM, len(acked))
            await asyncio.sleep(0.3)
            assert acked == list(range(acked[0], acked[0] + 7))
            exactly([zoe, ines, marc], acked)
            assert [d["text"] for d in zoe.dms] == ["un message privé pendant"]
            for person in (zoe, ines, marc):
                await person.close()
    finally:
        redis.stop()


async def test_postgres_unreachable_refuses_sends_then_recovers(
    pg_url: str, redis_prefix: str, start_node: NodeFactory
) -> None:
    real = urlsplit(service_url("postgres"))
    relay = Relay((real.hostname or "127.0.0.1", real.port or 5432))
    await relay.start()
    schema = pg_url.rsplit("search_path=", 1)[1]
    netloc = real.netloc.replace(f":{real.port}", "").split("@")
    user = f"{netloc[0]}@" if len(netloc) == 2 else ""
    via_relay = with_schema(f"postgresql://{user}127.0.0.1:{relay.port}{real.path}", schema)
    node_env = env(via_relay, service_url("redis"), redis_prefix)
    try:
        # The relay runs on this loop: start the nodes from a thread.
        a = await asyncio.to_thread(start_node, node_env)
        b = await asyncio.to_thread(start_node, node_env)
        async with aiohttp.ClientSession() as http:
            zoe = await Chatter.enter(http, a.url, "Zoé_pg")
            marc = await Chatter.enter(http, b.url, "Marc_pg")
            await zoe.connect(a.url)
            await marc.connect(b.url)
            for person in (zoe, marc):
                await person.join(ROOM)
            acked = await say_all(zoe, ["avant la coupure"])

            await relay.cut()
            refused = await zoe.say(ROOM, "pendant la coupure", ref="cut")
            assert refused["type"] == "error"
            assert refused["code"] == "database_unavailable"

            await relay.start()
            deadline = time.monotonic() + 20
            reply: dict[str, object] = {}
            for n in range(40):  # bounded: the pool heals within a few attempts
                reply = await zoe.say(ROOM, f"après la coupure {n}", ref=f"after{n}")
                if reply["type"] == "ack" or time.monotonic() > deadline:
                    break
                await asyncio.sleep(0.5)
            assert reply["type"] == "ack", reply
            acked.append(int(str(reply["id"])))
            await marc.until_messages(ROOM, len(acked))
            await asyncio.sleep(0.3)
            exactly([zoe, marc], acked)
            assert acked == [acked[0], acked[0] + 1]  # the refused send took no id
            never = [f for f in zoe.frames if f.get("ref") == "cut" and f["type"] == "ack"]
            assert not never
            texts = [m["text"] for m in marc.messages]
            assert "pendant la coupure" not in texts
            for person in (zoe, marc):
                await person.close()
    finally:
        await relay.cut()
