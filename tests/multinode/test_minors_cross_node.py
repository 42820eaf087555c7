"""Protection of minors kept in PostgreSQL: every node, and a restarted node, knows it.

Two `causette serve` nodes share PostgreSQL, Redis and the secret.
"""

from __future__ import annotations

import aiohttp
import pytest

from tests.multinode.cluster import Chatter, service_url
from tests.multinode.conftest import NodeFactory

pytestmark = [pytest.mark.redis, pytest.mark.postgres, pytest.mark.e2e]


def env(pg_url: str, redis_prefix: str) -> dict[str, str]:
    return {
        "CAUSETTE_DATABASE_URL": pg_url,
        "CAUSETTE_REDIS_URL": service_url("redis"),
        "CAUSETTE_REDIS_PREFIX": redis_prefix,
    }


async def entry(http: aiohttp.ClientSession, url: str, age: int, device: str) -> tuple[int, str]:
    body = {
        "pseudonym": f"Entree{age}{device[-3:]}",
        "age": age,
        "gender": "x",
        "postal_code": "59000",
        "device_id": device,
    }
    async with http.post(url + "/api/guests", json=body) as resp:
        data = await resp.json()
        return resp.status, (data.get("error") or {}).get("code", "")


async def enter(http: aiohttp.ClientSession, url: str, name: str, age: int) -> Chatter:
    body = {"pseudonym": name, "age": age, "gender": "x", "postal_code": "69001"}
    async with http.post(url + "/api/guests", json=body) as resp:
        assert resp.status == 201, await resp.text()
        return Chatter(http, await resp.json())


async def test_an_under_15_refusal_on_node_a_bars_the_device_on_node_b_and_after_a_restart(
    pg_url: str, redis_prefix: str, start_node: NodeFactory
) -> None:
    a = start_node(env(pg_url, redis_prefix))
    b = start_node(env(pg_url, redis_prefix))
    async with aiohttp.ClientSession() as http:
        assert await entry(http, a.url, 13, "device-minor-01") == (422, "age_too_young")
        # Same browser, another node, another age: still refused.
        assert await entry(http, b.url, 18, "device-minor-01") == (422, "age_refused_recently")
    b.stop()
    b.start()  # its memory is gone; the database's is not
    async with aiohttp.ClientSession() as http:
        assert await entry(http, b.url, 21, "device-minor-01") == (422, "age_refused_recently")


async def test_a_suspension_pending_review_holds_on_a_restarted_node(
    pg_url: str, redis_prefix: str, start_node: NodeFactory
) -> None:
    a = start_node(env(pg_url, redis_prefix))
    b = start_node(env(pg_url, redis_prefix))
    async with aiohttp.ClientSession() as http:
        predator = await enter(http, a.url, "Grand17b", 17)
        minors = [await enter(http, a.url, f"Petit{i}b", 15) for i in range(3)]
        await predator.connect(a.url)
        for i, minor in enumerate(minors):
            await predator.send(type="dm", to=minor.id, text="ajoute moi sur snap stp", ref=f"m{i}")
            await predator.reply(f"m{i}")
        await predator.wait_for("notice", code="suspended")
        await predator.close()
    b.stop()
    b.start()  # B's memory of the measure is gone; the database's is not
    async with aiohttp.ClientSession() as http:
        back = Chatter(http, {"token": predator.token, "user": predator.user})
        await back.connect(b.url)
        await back.send(type="dm", to=minors[0].id, text="salut", ref="x")
        assert (await back.reply("x"))["code"] == "suspended"
        await back.close()
