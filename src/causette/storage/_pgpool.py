"""A resilient asyncpg pool: the one seam between the PostgreSQL store and the driver.

Every driver or connection error leaves this module as `Unavailable`, never as
an asyncpg exception. When PostgreSQL restarts, the pool opens new connections
on the next `acquire`. An operation that finds its connection dead *before*
anything could have been committed (a read, an idempotent statement, or a
transaction before its COMMIT) expires every pooled connection and is retried
once on a fresh one, so the first call after a restart works by itself. A
transaction that dies during COMMIT is not retried (it may have committed):
the caller gets `Unavailable`, as for any outage.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import asyncpg

from causette.storage._common import unavailable

__all__ = ["MIGRATE_LOCK", "Conn", "PgPool"]

log = logging.getLogger("causette.storage.postgres")

T = TypeVar("T")
Conn = Any  # asyncpg.Connection (asyncpg ships no type information)

# Everything the driver may raise: server errors, client/protocol errors, sockets, timeouts.
_DRIVER_ERRORS = (
    asyncpg.PostgresError,
    asyncpg.InterfaceError,
    asyncpg.InternalClientError,
    OSError,
    TimeoutError,
)
# The connection died under us (server restart, pg_terminate_backend, network cut).
# InternalClientError ("cannot switch to state 15") is how asyncpg sometimes reports
# a backend terminated while idle (MagicStack/asyncpg#1069, #784).
_CONNECTION_LOST = (
    asyncpg.ConnectionDoesNotExistError,
    asyncpg.AdminShutdownError,
    asyncpg.CrashShutdownError,
    asyncpg.InternalClientError,
)
# After these the connection's protocol state is not trusted: it is closed rather
# than returned to the pool, which opens a fresh one on the next acquire.
_CONNECTION_SUSPECT = (
    *_CONNECTION_LOST,
    asyncpg.PostgresConnectionError,
    asyncpg.InterfaceError,
    OSError,
    TimeoutError,
)
# One advisory lock key for schema changes: two nodes starting together migrate in turn.
MIGRATE_LOCK = 0x63617573657474  # "causett"
_SCHEMA_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def _discard(conn: Conn) -> None:
    """Close a connection whose state is not trusted, so the pool replaces it."""
    # InterfaceError: asyncpg already detached it from the pool when the socket closed.
    with contextlib.suppress(asyncpg.InterfaceError):
        conn.terminate()


class PgPool:
    """An asyncpg pool that raises `Unavailable` and heals after an outage.

    `schema` puts every table in that schema (created if missing; lower-case
    letters, digits and `_`), set as each connection's `search_path`.
    """

    def __init__(
        self,
        dsn: str,
        *,
        schema: str | None = None,
        min_size: int = 1,
        max_size: int = 10,
        connect_timeout: float = 5.0,
        command_timeout: float = 10.0,
        application_name: str = "causette",
    ) -> None:
        if schema is not None and not _SCHEMA_NAME.fullmatch(schema):
            raise ValueError(f"invalid PostgreSQL schema name: {schema!r}")
        self._dsn = dsn
        self._schema = schema
        self._min_size = min_size
        self._max_size = max_size
        self._connect_timeout = connect_timeout
        self._command_timeout = command_timeout
        self._application_name = application_name
        self._pool: Any = None

    async def open(self) -> None:
        """Create the schema if asked, then the connection pool."""
        settings = {"application_name": self._application_name}
        if self._schema is not None:
            settings["search_path"] = self._schema
        try:
            if self._schema is not None:
                await self._create_schema(self._schema)
            self._pool = await asyncpg.create_pool(
                self._dsn,
                min_size=self._min_size,
                max_size=self._max_size,
                timeout=self._connect_timeout,
                command_timeout=self._command_timeout,
                server_settings=settings,
            )
        except _DRIVER_ERRORS as exc:
            raise unavailable() from exc

    async def _create_schema(self, schema: str) -> None:
        conn = await asyncpg.connect(self._dsn, timeout=self._connect_timeout)
        try:
            async with conn.transaction():
                # CREATE SCHEMA IF NOT EXISTS races with itself; the lock orders the racers.
                await conn.execute("SELECT pg_advisory_xact_lock($1)", MIGRATE_LOCK)
                await conn.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
        finally:
            await conn.close()

    async def close(self) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        try:
            # Bounded: a connection some task never releases must not hang shutdown.
            await asyncio.wait_for(pool.close(), self._command_timeout)
        except _DRIVER_ERRORS:
            pool.terminate()

    async def run(self, work: Callable[[Conn], Awaitable[T]], *, transaction: bool = False) -> T:
        """Run `work` on a pooled connection (inside one transaction if asked).

        Without `transaction`, `work` must be a read or an idempotent statement:
        it is retried once when its connection turns out dead. A transaction is
        retried unless the connection died during COMMIT (it may have committed):
        a server drops an uncommitted transaction with its connection.
        """
        if self._pool is None:
            raise unavailable()
        for attempt in (1, 2):
            committing = False
            try:
                async with self._pool.acquire(timeout=self._connect_timeout) as conn:
                    try:
                        if not transaction:
                            return await work(conn)
                        async with conn.transaction():
                            result = await work(conn)
                            committing = True  # COMMIT runs on leaving the block
                        return result
                    except _CONNECTION_SUSPECT:
                        _discard(conn)
                        raise
            except _CONNECTION_LOST as exc:
                if attempt == 1 and not committing:
                    # One dead connection means the server restarted or cut us off: the
                    # other pooled ones are dead too, so replace them all, then retry.
                    log.info("PostgreSQL connection lost (%s); retrying once", type(exc).__name__)
                    await self._pool.expire_connections()
                    continue
                raise unavailable() from exc
            except _DRIVER_ERRORS as exc:
                log.warning("PostgreSQL unavailable: %s", type(exc).__name__)
                raise unavailable() from exc
        raise AssertionError("unreachable")  # pragma: no cover
