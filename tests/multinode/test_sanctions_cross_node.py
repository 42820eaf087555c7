"""Sanctions and minors' interim measures hold on every node, not only the deciding one.

A moderator's suspension decided on one node closes the person's connections on the
other node, after the notice with the statement's link; a suspension pending review
triggered by the minors' protection on node A closes the person's connections on
node B too, and node B refuses their messages afterwards.
"""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from causette.app import Causette
from causette.config import load_settings
from causette.domain.ids import UserId
from causette.domain.sanctions import SanctionKind
from tests.multinode.cluster import Chatter, service_url
from tests.multinode.conftest import NodeFactory

pytestmark = [pytest.mark.redis, pytest.mark.postgres, pytest.mark.e2e]


def env(pg_url: str, redis_prefix: str, **extra: str) -> dict[str, str]:
    return {
        "CAUSETTE_DATABASE_URL": pg_url,
        "CAUSETTE_REDIS_URL": service_url("redis"),
        "CAUSETTE_REDIS_PREFIX": redis_prefix,
        **extra,
    }


async def enter(http: aiohttp.ClientSession, url: str, name: str, age: int) -> Chatter:
    body = {"pseudonym": name, "age": age, "gender": "x", "postal_code": "69001"}
    async with http.post(url + "/api/guests", json=body) as resp:
        assert resp.status == 201, await resp.text()
        return Chatter(http, await resp.json())


def same_guest(http: aiohttp.ClientSession, other: Chatter) -> Chatter:
    """A second connection of the same guest (another tab, another node)."""
    return Chatter(http, {"token": other.token, "user": other.user})


async def close_code(chatter: Chatter, timeout: float = 10.0) -> int | None:
    """Wait until the server closed the connection; its close code."""
    assert chatter._reader is not None and chatter.ws is not None
    with contextlib.suppress(asyncio.CancelledError, aiohttp.ClientError):
        await asyncio.wait_for(chatter._reader, timeout)
    return chatter.ws.close_code


async def moderators_node(
    b_env: dict[str, str], pg_url: str, redis_prefix: str, tmp_path: Path
) -> Causette:
    """The moderator's node: the same services in this process (its desk), sharing
    PostgreSQL, Redis and the secret with node B."""
    return await Causette.start(
        load_settings(
            data_dir=tmp_path / "moderation",
            database_url=pg_url,
            redis_url=service_url("redis"),
            redis_prefix=redis_prefix,
            secret_key=b_env["CAUSETTE_SECRET_KEY"],
            tier2="off",
        ),
        janitor=False,
    )


async def test_a_suspension_decided_on_one_node_closes_the_connection_on_the_other(
    pg_url: str, redis_prefix: str, start_node: NodeFactory, tmp_path: Path
) -> None:
    b = start_node(env(pg_url, redis_prefix))
    moderation = await moderators_node(b.env, pg_url, redis_prefix, tmp_path)
    try:
        assert moderation.cases is not None
        async with aiohttp.ClientSession() as http:
            author = await enter(http, b.url, "Vendeur42", 30)
            witness = await enter(http, b.url, "Temoin", 30)
            await author.connect(b.url)
            await witness.connect(b.url)
            guest = await moderation.store.guest(UserId(author.id))
            assert guest is not None
            sanction = await moderation.cases.desk.sanction(
                "alice",
                SanctionKind.SUSPENSION,
                guest,
                "Menaces envers un autre membre.",
                duration=7 * 86400,
                category="threat",
                item=None,
                now=moderation.clock(),
            )

            notice = await author.wait_for("notice", code="sanctioned")
            assert f"/sanctions/{sanction.id}" in notice["message"]
            assert "_close" not in notice  # the nodes' marker never reaches the client
            assert await close_code(author) == 4401
            # Only the sanctioned person is told and closed.
            await witness.send(type="join", room="general")
            await witness.wait_for("joined", room="general")
            assert not any(f.get("code") == "sanctioned" for f in witness.frames)
            # The session ended everywhere: its token opens nothing any more.
            again = same_guest(http, author)
            with pytest.raises((aiohttp.WSServerHandshakeError, AssertionError)):
                await again.connect(b.url)
            await again.close()
            await witness.close()
    finally:
        await moderation.stop()


async def test_a_minors_protection_suspension_on_node_a_holds_on_node_b(
    pg_url: str, redis_prefix: str, start_node: NodeFactory
) -> None:
    a = start_node(env(pg_url, redis_prefix))
    b = start_node(env(pg_url, redis_prefix))
    async with aiohttp.ClientSession() as http:
        predator = await enter(http, a.url, "Grand17", 17)
        on_b = same_guest(http, predator)
        minors = [await enter(http, b.url, f"Petit{i}", 15) for i in range(3)]
        await predator.connect(a.url)
        await on_b.connect(b.url)
        for i, minor in enumerate(minors):
            await predator.send(type="dm", to=minor.id, text="ajoute moi sur snap stp", ref=f"m{i}")
            await predator.reply(f"m{i}")

        # Both connections, on A (which decided) and on B, get the reasons and close.
        for conn in (predator, on_b):
            notice = await conn.wait_for("notice", code="suspended")
            assert "suspendu" in notice["message"] and "_close" not in notice
            assert await close_code(conn) == 4403
        assert not any(f["type"] == "ack" for f in predator.frames)  # nothing reached them

        # Back on node B, which saw none of the messages: still suspended there.
        back = same_guest(http, predator)
        await back.connect(b.url)
        await back.send(type="dm", to=minors[0].id, text="salut", ref="x")
        assert (await back.reply("x"))["code"] == "suspended"
        await back.join("15-17")
        reply: dict[str, Any] = await back.say("15-17", "bonjour", "y")
        assert reply["type"] == "error" and reply["code"] == "suspended"
        await back.close()


async def test_a_mute_decided_on_one_node_refuses_the_next_message_on_the_other(
    pg_url: str, redis_prefix: str, start_node: NodeFactory, tmp_path: Path
) -> None:
    """Node B keeps the answer of its posting check for a while: the mute decided on the
    moderator's node must reach it through the broker before the author's next message."""
    b = start_node(env(pg_url, redis_prefix))
    moderation = await moderators_node(b.env, pg_url, redis_prefix, tmp_path)
    try:
        assert moderation.cases is not None
        async with aiohttp.ClientSession() as http:
            author = await enter(http, b.url, "Bavard42", 30)
            await author.connect(b.url)
            await author.join("general")
            assert (await author.say("general", "bonjour à tous", "before"))["type"] == "ack"
            guest = await moderation.store.guest(UserId(author.id))
            assert guest is not None
            await moderation.cases.desk.sanction(
                "alice",
                SanctionKind.MUTE,
                guest,
                "Messages répétés.",
                duration=3600,
                category="spam",
                item=None,
                now=moderation.clock(),
            )
            await author.wait_for("notice", code="sanctioned")
            refused = await author.say("general", "encore moi", "after")
            assert refused["type"] == "error" and refused["code"] == "muted"
            await author.close()
    finally:
        await moderation.stop()
