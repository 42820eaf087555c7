"""Fixtures for several real nodes on the real PostgreSQL and Redis (127.0.0.1 only).

Each test gets a fresh PostgreSQL schema (named in the DSN's `search_path`) and a
fresh Redis key prefix, both removed afterwards; nodes are `causette serve`
subprocesses, stopped after the test whatever happened.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import pytest
import redis.asyncio as aioredis

from tests.e2e.server import RealServer
from tests.multinode.cluster import node, service_url

NodeFactory = Callable[..., RealServer]


def with_schema(url: str, schema: str) -> str:
    """The DSN with `search_path` set: asyncpg passes unknown query keys as settings."""
    parts = urlsplit(url)
    query = f"{parts.query}&search_path={schema}" if parts.query else f"search_path={schema}"
    return urlunsplit(parts._replace(query=query))


@pytest.fixture
async def pg_url() -> AsyncIterator[str]:
    """A DSN to a fresh, empty schema of the test PostgreSQL."""
    base = service_url("postgres")
    schema = f"causette_mn_{uuid.uuid4().hex[:12]}"
    conn = await asyncpg.connect(base, timeout=5)
    try:
        await conn.execute(f'CREATE SCHEMA "{schema}"')
    finally:
        await conn.close()
    yield with_schema(base, schema)
    conn = await asyncpg.connect(base, timeout=5)
    try:
        await conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    finally:
        await conn.close()


@pytest.fixture
async def redis_prefix() -> AsyncIterator[str]:
    """A key prefix of its own on the shared test Redis; its keys are deleted afterwards."""
    url = service_url("redis")
    prefix = f"causette-test:{uuid.uuid4().hex[:12]}:"
    yield prefix
    client = aioredis.Redis.from_url(url)
    try:
        for _ in range(100):  # bounded: a test writes far fewer keys than 100 pages
            keys = [k async for k in client.scan_iter(match=prefix + "*", count=500)]
            if not keys:
                break
            await client.delete(*keys)
    finally:
        await client.aclose()


@pytest.fixture
def start_node(tmp_path: Path) -> Iterator[NodeFactory]:
    """Start nodes sharing one secret; every node is stopped after the test."""
    started: list[RealServer] = []
    secret = secrets.token_urlsafe(32)

    def factory(env: dict[str, str], name: str | None = None) -> RealServer:
        server = node(
            tmp_path / (name or f"node{len(started)}"),
            {
                "CAUSETTE_SECRET_KEY": secret,
                "CAUSETTE_JOIN_WAIT": "0",
                "CAUSETTE_PRESENCE_GRACE": "0",
                "CAUSETTE_RATE_MESSAGES": "1000",
                "CAUSETTE_LOG_LEVEL": "INFO",
                **env,
            },
        )
        started.append(server)
        server.start()
        return server

    yield factory
    for server in started:
        server.stop()
