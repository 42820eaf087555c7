"""`open_store` picks the adapter from the database URL."""

from __future__ import annotations

from pathlib import Path

import pytest

from causette.storage import open_store
from causette.storage.postgres import PostgresStore
from causette.storage.sqlite import SqliteStore

from .conftest import postgres_url


async def test_sqlite_memory_url_opens_a_migrated_store() -> None:
    store = await open_store("sqlite:///:memory:", migrate=True)
    try:
        assert isinstance(store, SqliteStore)
        assert await store.rooms() == []
    finally:
        await store.close()


async def test_sqlite_url_path_is_relative_with_three_slashes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    store = await open_store("sqlite:///data.db", migrate=True)
    await store.close()
    assert (tmp_path / "data.db").is_file()
    absolute = tmp_path / "abs.db"
    store = await open_store(f"sqlite:///{absolute}")
    await store.close()
    assert absolute.is_file()


@pytest.mark.parametrize(
    "url", ["mysql://bob@db/chat", "sqlite://", "sqlite:///", "postgresql+asyncpg://h/d", ""]
)
async def test_unknown_url_is_refused_by_name(url: str) -> None:
    with pytest.raises(ValueError, match="unsupported database URL") as caught:
        await open_store(url)
    assert repr(url) in str(caught.value)


async def test_refused_url_does_not_echo_its_password() -> None:
    with pytest.raises(ValueError) as caught:
        await open_store("mysql://bob:hunter2@db/chat")
    assert "hunter2" not in str(caught.value) and "mysql://bob:***@db/chat" in str(caught.value)


@pytest.mark.postgres
@pytest.mark.parametrize("scheme", ["postgresql", "postgres"])
async def test_postgres_urls_open_a_postgres_store(scheme: str) -> None:
    url = postgres_url()
    store = await open_store(scheme + url[url.index("://") :])
    try:
        assert isinstance(store, PostgresStore)
        assert await store.ping()
    finally:
        await store.close()
