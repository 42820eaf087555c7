"""What sealing the identification records costs (décret 2021-1362; storage/vault.py).

    python tools/bench_identification.py [--records 200000] [--appends 20000]

Prints the CPU time per record of `IdentificationVault.row` (what each room message,
private message, entry or held content pays in the hot path: a nonce, AES-256-GCM,
the blind index), of `open` (what a requisition pays per record read), and, on a
SQLite file in a temporary directory, of `append_dm` with and without an identification
record (the commit included; the difference is the whole cost of the sealed row: the
sealing, its three index entries and its bytes). No timing asserts: a measuring tool.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from causette.domain.ids import UserId
from causette.storage.sqlite import SqliteStore
from causette.storage.vault import IdentificationVault

SECRET = b"bench secret, at least 32 bytes long, not a real one"


def _per_call(n: int, call: Callable[[], object]) -> float:
    start = time.process_time()
    for _ in range(n):
        call()
    return (time.process_time() - start) / n * 1e6


def bench_vault(n: int) -> list[str]:
    vault = IdentificationVault(SECRET)
    ips = [f"198.51.{i // 256 % 256}.{i % 256}" for i in range(1000)]
    counter = iter(range(10**9))

    def row() -> object:
        i = next(counter)
        return vault.row("dm", f"dm:{i}", "u_4f1c2a", ips[i % 1000], 40000 + i % 20000, 1.8e9 + i)

    sealed = vault.row("dm", "dm:1", "u_4f1c2a", "198.51.100.4", 51234, 1.8e9)

    def opened() -> object:
        return vault.open("dm", "dm:1", "u_4f1c2a", 1.8e9, sealed[3], sealed[4])

    lines = [f"  {'vault.row (seal + blind index)':<40} {_per_call(n, row):7.2f} µs/record"]
    lines.append(f"  {'vault.open':<40} {_per_call(n, opened):7.2f} µs/record")
    return lines


async def bench_store(n: int) -> list[str]:
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        store = SqliteStore(Path(tmp) / "bench.db", vault=IdentificationVault(SECRET))
        await store.migrate()
        ana, bob = UserId("u-ana"), UserId("u-bob")
        spent = {False: 0.0, True: 0.0}
        # Alternate blocks, so both kinds see the same growing file.
        for block in range(8):
            with_record = block % 2 == 1
            start = time.process_time()
            for i in range(n // 8):
                src = (f"198.51.100.{i % 250}", 40000 + i % 20000) if with_record else None
                await store.append_dm(ana, bob, "Salut, ça va ?", 1.8e9 + i, source=src)
            spent[with_record] += time.process_time() - start
        await store.close()
        for label, key in (("append_dm, no record", False), ("append_dm + sealed record", True)):
            lines.append(f"  {label:<40} {spent[key] / (n / 2) * 1e6:7.2f} µs/DM")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=200_000)
    parser.add_argument("--appends", type=int, default=20_000)
    args = parser.parse_args()
    print("identification records (CPU time per call)")
    for line in bench_vault(args.records):
        print(line)
    for line in asyncio.run(bench_store(args.appends)):
        print(line)


if __name__ == "__main__":
    main()
