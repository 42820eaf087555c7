"""MessageStore adapters: SQLite (default) and PostgreSQL, chosen by URL.

`await open_store("sqlite:///causette.db")` (a path relative to the working
directory; `sqlite:////var/lib/causette.db` for an absolute one,
`sqlite:///:memory:` for tests) or `await open_store("postgresql://user@host/db")`
(`postgres://` too). Then `await store.migrate()` before serving.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from causette.ports import MessageStore

if TYPE_CHECKING:
    from causette.storage.vault import IdentificationVault

__all__ = ["open_store"]

_SQLITE_PREFIX = "sqlite:///"
_POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def _redacted(url: str) -> str:
    """The URL without its password, fit for an error message."""
    return re.sub(r"(//[^:/@]*):[^@/]*@", r"\1:***@", url)


async def open_store(
    database_url: str,
    *,
    migrate: bool = False,
    sqlite_commit_gap: float = 0.0,
    vault: IdentificationVault | None = None,
) -> MessageStore:
    """Open the store named by `database_url`; apply migrations first if `migrate`.

    `sqlite_commit_gap`: see `SqliteStore` (group commit under load). `vault`: the keys
    of the identification records (`app.load_identification_vault(settings)`; without
    it a random key that no later start has, fit for tests only).
    Raise `ValueError` naming the URL when its scheme is not one of `sqlite:///`,
    `postgresql://`, `postgres://`; raise `Unavailable` when the database does not answer,
    `IdentificationKeyError` (with `migrate`) when it holds identification records under
    a key `vault` does not have.
    """
    store: MessageStore
    if database_url.startswith(_SQLITE_PREFIX) and len(database_url) > len(_SQLITE_PREFIX):
        from causette.storage.sqlite import SqliteStore

        store = SqliteStore(
            database_url.removeprefix(_SQLITE_PREFIX), commit_gap=sqlite_commit_gap, vault=vault
        )
    elif database_url.startswith(_POSTGRES_SCHEMES):
        # Imported here so a SQLite deployment never loads asyncpg.
        from causette.storage.postgres import PostgresStore

        store = await PostgresStore.connect(database_url, vault=vault)
    else:
        raise ValueError(
            f"unsupported database URL {_redacted(database_url)!r}: expected sqlite:///PATH, "
            "sqlite:///:memory: or postgresql://…"
        )
    if migrate:
        try:
            await store.migrate()
        except BaseException:
            await store.close()
            raise
    return store
