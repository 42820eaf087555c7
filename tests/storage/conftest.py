"""Fixtures for the one storage contract, run on every adapter.

SQLite always (a temporary file). PostgreSQL when `CAUSETTE_TEST_POSTGRES_URL`
is set: each test gets a fresh, uniquely named schema, dropped afterwards.
With `CAUSETTE_REQUIRE_SERVICES=1` a missing URL fails the PostgreSQL tests
instead of skipping them.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import asyncpg
import pytest

from causette.ports import MessageStore
from causette.storage.postgres import PostgresStore
from causette.storage.sqlite import SqliteStore
from causette.storage.vault import IdentificationVault

# `factory()`, or `factory(vault=...)` for a store with other identification keys.
StoreFactory = Callable[..., Awaitable[SqliteStore | PostgresStore]]


def _adapters_implement_the_port(a: SqliteStore, b: PostgresStore) -> list[MessageStore]:
    return [a, b]  # checked by mypy: both adapters satisfy the MessageStore protocol


def postgres_url() -> str:
    """The test server's URL, or skip (fail under CAUSETTE_REQUIRE_SERVICES=1)."""
    url = os.environ.get("CAUSETTE_TEST_POSTGRES_URL")
    if url:
        return url
    if os.environ.get("CAUSETTE_REQUIRE_SERVICES") == "1":
        pytest.fail("CAUSETTE_REQUIRE_SERVICES=1 but CAUSETTE_TEST_POSTGRES_URL is not set")
    pytest.skip("CAUSETTE_TEST_POSTGRES_URL is not set")


async def drop_schema(url: str, schema: str) -> None:
    conn = await asyncpg.connect(url, timeout=5)
    try:
        await conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    finally:
        await conn.close()


def fresh_schema() -> str:
    return f"causette_test_{uuid.uuid4().hex[:16]}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def open_test_store(
    request: pytest.FixtureRequest, tmp_path: Path
) -> AsyncIterator[StoreFactory]:
    """A factory of un-migrated stores that all share one database (one file or one schema)
    and, unless `vault` is given, one set of identification keys.

    Every store it opened is closed after the test.
    """
    opened: list[SqliteStore | PostgresStore] = []
    shared = IdentificationVault(b"test secret of the storage contract, 32+ bytes")
    schema = None
    if request.param == "postgres":
        url, schema = postgres_url(), fresh_schema()

        async def factory(vault: IdentificationVault = shared) -> SqliteStore | PostgresStore:
            store = await PostgresStore.connect(
                url, schema=schema, application_name=schema, max_size=10, vault=vault
            )
            opened.append(store)
            return store

    else:
        path = tmp_path / "causette.db"

        async def factory(vault: IdentificationVault = shared) -> SqliteStore | PostgresStore:
            store = SqliteStore(path, vault=vault)
            opened.append(store)
            return store

    try:
        yield factory
    finally:
        for store in opened:
            await store.close()
        if schema is not None:
            await drop_schema(url, schema)


@pytest.fixture
async def store(open_test_store: StoreFactory) -> SqliteStore | PostgresStore:
    """A migrated store on an empty database."""
    opened = await open_test_store()
    await opened.migrate()
    return opened
