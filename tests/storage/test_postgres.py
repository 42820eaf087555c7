"""PostgreSQL outages: the store says `Unavailable`, never leaks asyncpg, and recovers alone.

The dead-URL tests need no server. The others need `CAUSETTE_TEST_POSTGRES_URL`
and cut the connections in two ways: `pg_terminate_backend` on this store's own
backends (found by a unique application name), and a TCP relay on 127.0.0.1
between the store and PostgreSQL that the test stops and restarts.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import pytest

from causette.domain.errors import Unavailable
from causette.domain.ids import MessageId, RoomId, UserId
from causette.domain.rooms import Room, RoomKind
from causette.storage import open_store
from causette.storage.postgres import PostgresStore

from .conftest import drop_schema, fresh_schema, postgres_url

GENERAL = Room(RoomId("general"), "Général", "", RoomKind.GENERAL, True, None, 0.0)
ANA = UserId("u-ana")


def closed_port() -> int:
    """A loopback port nobody listens on (bound then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def assert_clean_unavailable(error: BaseException) -> None:
    assert type(error) is Unavailable
    assert error.code == "database_unavailable"
    assert error.message == "Le service est momentanément indisponible, réessayez dans un instant."


async def test_unreachable_server_is_unavailable_at_open() -> None:
    url = f"postgresql://postgres@127.0.0.1:{closed_port()}/test"
    with pytest.raises(Exception) as caught:
        await PostgresStore.connect(url, connect_timeout=2.0)
    assert_clean_unavailable(caught.value)
    with pytest.raises(Exception) as caught:
        await open_store(url)
    assert_clean_unavailable(caught.value)


async def test_store_that_never_opened_is_unavailable_not_crashing() -> None:
    store = PostgresStore(f"postgresql://postgres@127.0.0.1:{closed_port()}/test")
    with pytest.raises(Exception) as caught:
        await store.room(RoomId("general"))
    assert_clean_unavailable(caught.value)
    assert await store.ping() is False
    await store.close()


@pytest.fixture
async def schema() -> AsyncIterator[tuple[str, str]]:
    url, name = postgres_url(), fresh_schema()
    try:
        yield url, name
    finally:
        await drop_schema(url, name)


@pytest.mark.postgres
async def test_store_recovers_after_its_backends_are_terminated(
    schema: tuple[str, str],
) -> None:
    url, name = schema
    store = await PostgresStore.connect(url, schema=name, application_name=name, min_size=3)
    try:
        await store.migrate()
        await store.seed_rooms([GENERAL])
        await asyncio.gather(*(store.ping() for _ in range(3)))
        admin = await asyncpg.connect(url, timeout=5)
        try:
            killed = await admin.fetchval(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                " WHERE application_name = $1",
                name,
            )
        finally:
            await admin.close()
        assert killed >= 1
        # No pause, no manual reconnect: the very next calls work.
        message = await store.append_room_message(GENERAL.id, ANA, "toujours là", 1.0)
        assert message.id == 1
        assert await store.room_messages_after(GENERAL.id, MessageId(0), 10) == [message]
    finally:
        await store.close()


class Relay:
    """A TCP relay 127.0.0.1:port -> PostgreSQL that can be cut and restored."""

    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.port = 0
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._tasks: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", self.port)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        """Refuse new connections and reset the open ones, like a crashed server."""
        assert self._server is not None
        self._server.close()
        for writer in self._writers:
            writer.transport.abort()
        await self._server.wait_closed()
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._writers.clear()
        self._tasks.clear()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection(*self.target)
        self._writers |= {writer, up_writer}
        for source, sink in ((reader, up_writer), (up_reader, writer)):
            task = asyncio.create_task(self._pipe(source, sink))
            self._tasks.add(task)

    @staticmethod
    async def _pipe(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
        try:
            while chunk := await source.read(65536):
                sink.write(chunk)
                await sink.drain()
        except (ConnectionError, OSError):
            pass
        finally:
            sink.transport.abort()


@pytest.mark.postgres
async def test_outage_gives_unavailable_then_the_store_comes_back_by_itself(
    schema: tuple[str, str],
) -> None:
    url, name = schema
    parts = urlsplit(url)
    relay = Relay(parts.hostname or "127.0.0.1", parts.port or 5432)
    await relay.start()
    netloc = f"{parts.username or 'postgres'}@127.0.0.1:{relay.port}"
    relayed = urlunsplit(parts._replace(netloc=netloc))
    store = await PostgresStore.connect(relayed, schema=name, connect_timeout=2.0)
    try:
        await store.migrate()
        await store.seed_rooms([GENERAL])
        assert (await store.append_room_message(GENERAL.id, ANA, "avant", 1.0)).id == 1

        await relay.stop()
        calls: list[Callable[[], Awaitable[object]]] = [
            lambda: store.append_room_message(GENERAL.id, ANA, "pendant", 2.0),
            lambda: store.room_messages_after(GENERAL.id, MessageId(0), 10),
            lambda: store.last_room_message_id(GENERAL.id),
        ]
        for call in calls:
            with pytest.raises(Exception) as caught:
                await call()
            assert_clean_unavailable(caught.value)
        assert await store.ping() is False

        await relay.start()  # same port: PostgreSQL is back
        assert (await store.append_room_message(GENERAL.id, ANA, "après", 3.0)).id == 2
        texts = [m.text for m in await store.room_messages_after(GENERAL.id, MessageId(0), 10)]
        assert texts == ["avant", "après"]
    finally:
        await store.close()
        await relay.stop()
