"""The identification table's SQL, written once for both dialects: its rows sealed by
`vault.IdentificationVault`, and the first-start step that seals the rows an older
version kept in clear (migration 0008 moved them to `identification_clear`).

`IdentificationSql` is a mixin of both stores, like `CaseSql`: it uses their
`_cases(work, write=...)` and `_vault`, and two dialect hooks (`_has_table`,
`_lock_sealing`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

from causette.domain.ids import UserId
from causette.domain.requisitions import canonical_ip
from causette.ports import Identification
from causette.storage.cases_records import Q
from causette.storage.vault import IdentificationVault

__all__ = ["IDENT_COLUMNS", "IDENT_INSERT_COLUMNS", "SEALED_SCHEMA", "IdentificationSql"]

T = TypeVar("T")

IDENT_INSERT_COLUMNS = "kind, ref, user_id, key_id, sealed, ip_index, at"
"""The columns `IdentificationVault.row` gives values for, in its order."""
IDENT_COLUMNS = "kind, ref, user_id, key_id, sealed, at"
"""What `IdentificationSql._record` reads back."""

SEALED_SCHEMA = 8
"""The migration from which the records are sealed (0008_sealed_identification)."""
_BATCH = 1000  # clear rows sealed per transaction at the first start
_ROWS_PER_INSERT = 100  # 800 parameters a statement: under SQLite's historical 999


class IdentificationSql:
    """Reads of `identification` through the vault, the register of keys, and the
    first-start sealing (the stores write the rows themselves, in their transactions)."""

    _vault: IdentificationVault

    async def _cases(self, work: Callable[[Q], Awaitable[T]], *, write: bool = False) -> T:
        raise NotImplementedError

    async def _has_table(self, q: Q, name: str) -> bool:
        raise NotImplementedError

    async def _lock_sealing(self, q: Q) -> None:
        """Make concurrent first starts (several nodes) take turns."""

    def _record(self, row: Sequence[Any]) -> Identification:
        """An `Identification` from a row of `IDENT_COLUMNS`, opened with the vault
        (raise `IdentificationKeyError` rather than return a wrong address)."""
        kind, ref, user, key_id, sealed, at = row
        ip, port = self._vault.open(kind, ref, user, float(at), key_id, sealed)
        return Identification(kind, ref, UserId(user), ip, port, float(at))

    # -- reads (`CaseStore`) ----------------------------------------------------

    async def entry_ip(self, user: UserId) -> str | None:
        row = await self._cases(
            lambda q: q.fetchrow(
                f"SELECT {IDENT_COLUMNS} FROM identification WHERE user_id = ?"
                " AND kind = 'entry' ORDER BY at DESC LIMIT 1",
                user,
            )
        )
        return None if row is None else self._record(row).ip

    async def entries_since(self, since: float, limit: int = 2000) -> list[Identification]:
        rows = await self._cases(
            lambda q: q.fetch(
                f"SELECT {IDENT_COLUMNS} FROM identification"
                " WHERE kind = 'entry' AND at >= ? ORDER BY at DESC LIMIT ?",
                since,
                limit,
            )
        )
        return [self._record(r) for r in rows]

    async def identification_records(
        self,
        *,
        users: Sequence[UserId] = (),
        ip: str | None = None,
        ref: str | None = None,
        start: float | None = None,
        end: float | None = None,
        limit: int = 10_000,
    ) -> list[Identification]:
        where = ["at >= ?", "at < ?"]
        args: list[object] = [-1e18 if start is None else start, 1e18 if end is None else end]
        if users:
            where.append(f"user_id IN ({', '.join('?' for _ in users)})")
            args += list(users)
        if ip is not None:
            # The blind index under every configured key: no address is compared in clear.
            indexes = self._vault.ip_indexes(ip)
            where.append(f"ip_index IN ({', '.join('?' for _ in indexes)})")
            args += indexes
        if ref is not None:
            where.append("ref = ?")
            args.append(ref)
        sql = (
            f"SELECT {IDENT_COLUMNS} FROM identification WHERE "
            + " AND ".join(where)
            + " ORDER BY at, id LIMIT ?"
        )

        async def read(q: Q) -> list[Any]:
            if ip is not None:
                # A record under a key this node lacks would be missed by the blind index:
                # refuse rather than answer a requisition with records left out.
                await self._check_keys(q)
            return await q.fetch(sql, *args, limit)

        records = [self._record(r) for r in await self._cases(read)]
        if ip is not None:
            # The index keeps 128 bits of the HMAC: a collision is not expected, and is
            # not answered if it ever happens.
            wanted = canonical_ip(ip)
            records = [r for r in records if canonical_ip(r.ip) == wanted]
        return records

    # -- the first start after migration 0008 -----------------------------------

    async def seal_clear_identification(self, batch: int = _BATCH) -> int:
        """Seal the records an older version kept in clear (`identification_clear`), a
        batch per transaction, deleting each clear row in the transaction that seals it;
        drop the emptied table. Idempotent and resumable: a start interrupted half-way
        goes on from where it stopped. Return the number of rows sealed by this call."""
        sealed = 0
        while True:
            done = await self._cases(lambda q: self._seal_batch(q, batch), write=True)
            if done is None:
                return sealed
            sealed += done

    async def _seal_batch(self, q: Q, batch: int) -> int | None:
        await self._lock_sealing(q)
        if not await self._has_table(q, "identification_clear"):
            return None
        rows = await q.fetch(
            "SELECT id, kind, ref, user_id, ip, port, at FROM identification_clear"
            " ORDER BY id LIMIT ?",
            batch,
        )
        if not rows:
            await q.execute("DROP TABLE identification_clear")
            return None
        for start in range(0, len(rows), _ROWS_PER_INSERT):
            chunk = rows[start : start + _ROWS_PER_INSERT]
            values: list[object] = []
            for ident, kind, ref, user, ip, port, at in chunk:
                values += [ident, *self._vault.row(kind, ref, user, ip, int(port), float(at))]
            marks = ", ".join(["(?, ?, ?, ?, ?, ?, ?, ?)"] * len(chunk))
            await q.execute(
                f"INSERT INTO identification (id, {IDENT_INSERT_COLUMNS}) VALUES {marks}",
                *values,
            )
        await q.execute("DELETE FROM identification_clear WHERE id <= ?", rows[-1][0])
        return len(rows)

    async def check_identification_keys(self, now: float) -> None:
        """At start: register this node's key, then raise `IdentificationKeyError` if a
        registered key is not configured here while records sealed under it remain (a
        node started with another secret, an old key dropped too soon). A registered key
        with no record left is retired from the register."""

        async def work(q: Q) -> None:
            await q.execute(
                "INSERT INTO identification_keys (key_id, first_used) VALUES (?, ?)"
                " ON CONFLICT (key_id) DO NOTHING",
                self._vault.key_id,
                now,
            )
            await self._check_keys(q, retire=True)

        await self._cases(work, write=True)

    async def _check_keys(self, q: Q, *, retire: bool = False) -> None:
        """Raise `IdentificationKeyError` for a registered key this node lacks that still
        seals records (one read of the small register when every key is known)."""
        known = self._vault.key_ids
        for (key_id,) in await q.fetch("SELECT key_id FROM identification_keys ORDER BY key_id"):
            if key_id in known:
                continue
            # No index on key_id (a write per message for a check made at start): this
            # scan runs only while a key is registered and not configured.
            if await q.fetchrow("SELECT 1 FROM identification WHERE key_id = ? LIMIT 1", key_id):
                self._vault.check_key_ids([key_id])
            if retire:
                await q.execute("DELETE FROM identification_keys WHERE key_id = ?", key_id)
