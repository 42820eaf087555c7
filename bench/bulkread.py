"""Hand the bulk connections' reading to `bulkread.c`, a small C process.

In Python, a bulk connection costs one wake-up, one `recv` and one call into the
frame counter per received frame (each of 1,000 room members gets about one frame
per loop turn): 7-9 µs of the load generator's core per frame here, which made it
the limit of S7's sweep from 60-100k frames/s while the server still had room. The
C reader does the same counting (same rules as `bench.frames.FrameCounter`) for
well under a microsecond of user time a frame, so the sweep reads the server.

    reader = await BulkReader.start(conns, prefixes, sio=False)   # None: no compiler
    ...                                   # conn.delivered / conn.counts include its counts
    await reader.stop()

The counts live in a shared file (int64 slots, see the C file's header); the
connections stay open in the load generator, which keeps writing (sends) on them.
Its CPU is the client's: `pid` is added to the load generator's own for the
client-CPU figures. Compiled once into `var/bench/` with the system's C compiler.
"""

from __future__ import annotations

import asyncio
import mmap
import os
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from bench.client import Conn

__all__ = ["BulkReader", "build", "prefix_table"]

SOURCE = Path(__file__).with_name("bulkread.c")
BINARY = Path(__file__).resolve().parent.parent / "var" / "bench" / "bulkread"


def build() -> Path | None:
    """The compiled reader (built when missing or older than its source); None when it
    cannot be built (no C compiler): the caller then reads in Python."""
    try:
        if BINARY.exists() and BINARY.stat().st_mtime >= SOURCE.stat().st_mtime:
            return BINARY
        BINARY.parent.mkdir(parents=True, exist_ok=True)
        tmp = BINARY.with_name(f".bulkread.{os.getpid()}")
        cc = os.environ.get("CC", "cc")
        subprocess.run(
            [cc, "-O2", "-Wall", "-Wextra", "-o", str(tmp), str(SOURCE)],
            check=True,
            capture_output=True,
            timeout=120,
        )
        tmp.replace(BINARY)  # atomic: a concurrent build never runs half a file
        return BINARY
    except (OSError, subprocess.SubprocessError):
        return None


def prefix_table(prefixes: Sequence[tuple[bytes, ...]]) -> str:
    """The C reader's 4th argument: kinds joined by ';', alternatives by ',', in hex."""
    return ";".join(",".join(p.hex() for p in alts) for alts in prefixes)


class BulkReader:
    """A running `bulkread` process and the shared counts it writes."""

    def __init__(self, proc: asyncio.subprocess.Process, shm: mmap.mmap) -> None:
        self._proc = proc
        self._shm = shm

    @property
    def pid(self) -> int:
        return self._proc.pid

    @classmethod
    async def start(
        cls, conns: Sequence[Conn], prefixes: Sequence[tuple[bytes, ...]], sio: bool
    ) -> BulkReader | None:
        """Stop reading `conns` in this process and start the C reader on them; None
        (nothing changed) when the reader cannot be built or started."""
        binary = build()
        live = [c for c in conns if c.transport is not None and not c.closed]
        if binary is None or not live:
            return None
        kinds = len(prefixes)
        slots = kinds + 2
        fds: list[int] = []
        for c in live:
            assert c.transport is not None
            sock = c.transport.get_extra_info("socket")
            if sock is None:
                return None
            fds.append(sock.fileno())
        # Shared memory where there is some (the counts are written at every frame).
        shm_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None
        with tempfile.NamedTemporaryFile(prefix="causette-bulk-", dir=shm_dir) as f:
            f.truncate(len(live) * slots * 8)
            shm = mmap.mmap(f.fileno(), len(live) * slots * 8)
            for c in live:
                assert c.transport is not None
                c.transport.pause_reading()
            proc: asyncio.subprocess.Process | None = None
            ready = b""
            try:
                proc = await asyncio.create_subprocess_exec(
                    str(binary),
                    f.name,
                    str(kinds),
                    "1" if sio else "0",
                    prefix_table(prefixes),
                    *map(str, fds),
                    pass_fds=fds,
                    stdout=asyncio.subprocess.PIPE,
                )
                assert proc.stdout is not None
                ready = await asyncio.wait_for(proc.stdout.readline(), 10.0)
            except (OSError, TimeoutError):
                pass
            if proc is None or ready.strip() != b"ready":
                if proc is not None and proc.returncode is None:
                    proc.kill()
                for c in live:
                    assert c.transport is not None
                    c.transport.resume_reading()
                shm.close()
                return None
        view = memoryview(shm).cast("q")
        for i, c in enumerate(live):
            c.attach_shared(view[i * slots : (i + 1) * slots])
        return cls(proc, shm)

    async def stop(self) -> None:
        """Stop the reader; the counts it wrote stay readable."""
        if self._proc.returncode is None:
            self._proc.terminate()
            try:
                await asyncio.wait_for(self._proc.wait(), 5.0)
            except TimeoutError:
                self._proc.kill()
                await self._proc.wait()
