"""Protection of minors kept in PostgreSQL: every node, and a restarted node, knows it.

Two `causette serve` nodes share PostgreSQL, Redis and the secret.
"""

from __future__ import annotations

import aiohttp
import pytest

from tests.multinode.cluster import service_url
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
