"""Sanction-check micro-benchmark: what sanctions that stick add to every message and entry.

    python -m causette.bench_cases                  # SQLite (temporary file)
    python -m causette.bench_cases --postgres URL   # also PostgreSQL (scratch schema)

With `--sanctions` running suspensions and mutes in the table (default 10,000,
each with its own device and network), prints the median and p99 wall time of
`SanctionCheck.check_posting` (run before each `say` and `dm`) for a clean
session, `check_entry` (run at each `POST /api/guests`) for a clean device, and
`append_audit` (one per moderator action). Figures depend on the machine and on
what else runs on it; report them with the command line.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import tempfile
import time
import uuid
from pathlib import Path

from causette.domain.guests import Guest
from causette.domain.ids import UserId
from causette.domain.profile import Gender
from causette.domain.sanctions import DAY, HOUR, Binding, Sanction, SanctionKind
from causette.services.sanctions import SanctionCheck, Stores
from causette.storage.bench import _line, _timed

__all__ = ["main"]

SECRET = b"bench-secret-0123456789abcdef"
NOW = 1_800_000_000.0


async def run(store: Stores, n: int, sanctions: int) -> list[str]:
    """Fill `store` (migrated, empty) with running sanctions, then measure the checks."""
    # posting_ttl=0: every check reads the store (what is measured here)
    check = SanctionCheck(store, lambda: NOW, SECRET, posting_ttl=0.0)
    for i in range(sanctions):
        kind = SanctionKind.MUTE if i % 2 else SanctionKind.SUSPENSION
        await store.add_sanction(
            Sanction(
                id=f"s{i}",
                kind=kind,
                binding=Binding(
                    UserId(f"u{i}"),
                    check.device_key(f"dev{i}"),
                    check.network_key(f"10.{i // 65536 % 256}.{i // 256 % 256}.{i % 256}"),
                ),
                start=NOW - HOUR,
                duration=2 * HOUR if kind is SanctionKind.MUTE else 7 * DAY,
                decided_by="m",
                reason="bench",
            ),
            {},
        )
    clean = Guest(
        id=UserId("u-clean"),
        token_hash=hashlib.sha256(b"clean").digest(),
        pseudonym="Propre",
        pseudonym_key="propre",
        age=30,
        gender=Gender.FEMALE,
        postal_code="69003",
        department="69",
        premium=False,
        created_at=NOW,
        last_seen_at=NOW,
        device_hash="dev-clean",
    )
    return [
        _line(
            "check_posting (clean session)", await _timed(n, lambda i: check.check_posting(clean))
        ),
        _line(
            "check_entry (clean device, network)",
            await _timed(n, lambda i: check.check_entry("dev-clean", "192.0.2.7", "Propre")),
        ),
        _line(
            "append_audit",
            await _timed(
                n,
                lambda i: store.append_audit(
                    at=NOW + i, actor="m", action="warn", target=f"user:u{i}", reason="bench"
                ),
            ),
        ),
    ]


async def _bench_sqlite(n: int, sanctions: int) -> list[str]:
    from causette.storage.sqlite import SqliteStore

    with tempfile.TemporaryDirectory() as tmp:
        store = SqliteStore(Path(tmp) / "bench.db")
        try:
            await store.migrate()
            return await run(store, n, sanctions)
        finally:
            await store.close()


async def _bench_postgres(url: str, n: int, sanctions: int) -> list[str]:
    import asyncpg

    from causette.storage.postgres import PostgresStore

    schema = f"causette_bench_{uuid.uuid4().hex[:12]}"
    store = await PostgresStore.connect(url, schema=schema)
    try:
        await store.migrate()
        return await run(store, n, sanctions)
    finally:
        await store.close()
        conn = await asyncpg.connect(url)
        try:
            await conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        finally:
            await conn.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("-n", type=int, default=2000, help="calls per operation")
    parser.add_argument("--sanctions", type=int, default=10_000, help="running sanctions")
    parser.add_argument("--postgres", metavar="URL", help="also measure this PostgreSQL server")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    print(f"SQLite (temporary file), n={args.n}, {args.sanctions} running sanctions")
    print("\n".join(asyncio.run(_bench_sqlite(args.n, args.sanctions))))
    if args.postgres:
        print(f"PostgreSQL (scratch schema), n={args.n}, {args.sanctions} running sanctions")
        print("\n".join(asyncio.run(_bench_postgres(args.postgres, args.n, args.sanctions))))
    print(f"({time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()
