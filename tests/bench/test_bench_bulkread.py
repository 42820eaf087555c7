"""The C bulk reader counts exactly what `FrameCounter` counts, answers pings, and
sees a closed connection, over real sockets."""

from __future__ import annotations

import contextlib
import mmap
import os
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator

import pytest
from bench.bulkread import build, prefix_table
from tests.bench.test_bench_frames import TEXTS, server_stream

KINDS = [(b'{"type":"message"', b'{"type": "message"'), (b'{"type":"ack"',), ()]
SLOTS = len(KINDS) + 2


@pytest.fixture(scope="module")
def binary() -> str:
    path = build()
    if path is None:
        if os.environ.get("CAUSETTE_REQUIRE_NATIVE") == "1":
            pytest.fail("bench/bulkread.c did not build (CAUSETTE_REQUIRE_NATIVE=1)")
        pytest.skip("no C compiler: the load generator reads in Python")
    return str(path)


@contextlib.contextmanager
def run_reader(binary: str, n: int, sio: bool) -> Iterator[tuple[list[socket.socket], memoryview]]:
    pairs = [socket.socketpair() for _ in range(n)]
    ours = [a for a, _ in pairs]
    theirs = [b for _, b in pairs]
    with tempfile.NamedTemporaryFile() as f:
        f.truncate(n * SLOTS * 8)
        shm = mmap.mmap(f.fileno(), n * SLOTS * 8)
        fds = [s.fileno() for s in theirs]
        proc = subprocess.Popen(
            [binary, f.name, str(len(KINDS)), str(int(sio)), prefix_table(KINDS), *map(str, fds)],
            pass_fds=fds,
            stdout=subprocess.PIPE,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == b"ready"
    view = memoryview(shm).cast("q")
    try:
        yield ours, view
    finally:
        proc.terminate()
        proc.wait(5)
        proc.stdout.close()
        view.release()
        shm.close()
        for s in ours + theirs:
            s.close()


def wait_until(check: object, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():  # type: ignore[operator]
            return
        time.sleep(0.01)


@pytest.mark.parametrize("chunk", [3, 7, 64, 1000, 1 << 20])
def test_counts_kinds_pings_and_engine_io_pings_whatever_the_chunking(
    binary: str, chunk: int
) -> None:
    stream = server_stream(TEXTS)
    with run_reader(binary, 2, sio=True) as (ours, slots):
        for s in ours:
            for i in range(0, len(stream), chunk):
                s.sendall(stream[i : i + chunk])
        # Per connection: 3 messages, 1 ack, 2 others (300 bytes of x, the "2").
        wait_until(lambda: all(slots[i * SLOTS + 3] == 2 for i in range(2)))
        for i in range(2):
            row = slots.tolist()[i * SLOTS : (i + 1) * SLOTS]
            assert row == [3, 1, 0, 2, 0]
        for s in ours:
            s.settimeout(5.0)
            got = b""
            # A pong with the ping's payload, then the text "3", both masked (zero key).
            want = b"\x8a\x82\x00\x00\x00\x00hb" + b"\x81\x81\x00\x00\x00\x003"
            while len(got) < len(want):
                got += s.recv(64)
            assert got == want


def test_a_connection_closed_by_the_server_is_marked(binary: str) -> None:
    with run_reader(binary, 2, sio=False) as (ours, slots):
        ours[1].close()
        wait_until(lambda: slots[SLOTS + SLOTS - 1] == 1)
        assert slots[SLOTS - 1] == 0
        assert slots[2 * SLOTS - 1] == 1
