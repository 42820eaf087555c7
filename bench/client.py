"""One raw-socket WebSocket client connection of the load generator.

A `Conn` is an `asyncio.Protocol` with three modes:

* ``inbox`` (setup): every frame is parsed and queued; `wait_for()` pops frames
  until one matches, so setup code can wait for ``hello`` or ``joined``.
* ``bulk``: a `FrameCounter` counts frames by kind, O(1) per frame, no parsing;
  or, once `attach_shared` is called, the C reader of `bench.bulkread` counts them
  in another process and this connection only writes.
* ``probe``: every frame is parsed; message frames give a latency sample from the
  ``t=<ns>|`` stamp their text carries (sender and probe share one clock).

Every wait is bounded by a timeout. Only 127.0.0.1 may be reached.
"""

from __future__ import annotations

import asyncio
import collections
import time
from collections.abc import Callable, Sequence
from typing import cast

from bench.frames import (
    OP_CLOSE,
    OP_PING,
    OP_PONG,
    OP_TEXT,
    FrameCounter,
    FrameReader,
    encode_client_frame,
    handshake_request,
    parse_handshake_response,
    parse_stamp,
)

__all__ = ["LOOPBACK", "Conn", "Recorder", "check_loopback", "open_conn"]

LOOPBACK = "127.0.0.1"
MESSAGE = 0  # index of the "delivered chat frame" kind in every prefix table


def check_loopback(host: str) -> None:
    """Refuse any target but 127.0.0.1: the harness is for this machine only."""
    if host != LOOPBACK:
        raise ValueError(f"loopback only: refusing target {host!r}")


class Recorder:
    """Latency samples shared by every probe of one run.

    A sample is kept when its send stamp falls in [since, until): messages sent in
    the measurement window, whenever they arrive (late arrivals count).
    """

    __slots__ = ("samples", "sent", "since", "until")

    def __init__(self) -> None:
        self.samples: list[int] = []
        self.sent: list[int] = []  # each sample's send stamp (ns), for `stats.tail_shape`
        self.since = 1 << 62
        self.until = 1 << 62

    def open(self) -> None:
        self.since = time.time_ns()
        self.until = 1 << 62

    def close(self) -> None:
        self.until = time.time_ns()

    def reset(self) -> None:
        self.samples = []
        self.sent = []
        self.since = self.until = 1 << 62


class Conn(asyncio.Protocol):
    """A client WebSocket connection; see the module docstring for its modes."""

    def __init__(
        self,
        key: str,
        ws_key: str,
        prefixes: Sequence[tuple[bytes, ...]],
        recorder: Recorder,
        sio: bool = False,
    ) -> None:
        self.key = key
        self._ws_key = ws_key
        self.prefixes = [tuple(p) for p in prefixes]
        self.recorder = recorder
        self.sio = sio  # Engine.IO: answer the text ping "2" with "3"
        self.transport: asyncio.Transport | None = None
        self._closed = False
        self._shared: memoryview | None = None  # C reader's slots: kinds, other, closed
        self.open_future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.mode = "handshake"
        self._hs = b""
        self._reader = FrameReader()
        self._counter = FrameCounter(self.prefixes, self._control, self._short_text)
        self.inbox: collections.deque[tuple[int, bytes]] = collections.deque()
        self._inbox_event = asyncio.Event()
        self.probe_counts = [0] * len(self.prefixes)
        self.probe_other = 0
        self.on_probe_text: Callable[[bytes], None] | None = None
        self.sent = 0

    # asyncio callbacks -------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # uvloop's transports do not subclass asyncio.Transport; they implement it.
        self.transport = cast(asyncio.Transport, transport)

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        if not self.open_future.done():
            self.open_future.set_exception(exc or ConnectionError("closed during handshake"))
        self._inbox_event.set()

    def data_received(self, data: bytes) -> None:
        mode = self.mode
        if mode == "bulk":
            self._counter.feed(data)
        elif mode == "handshake":
            self._handshake(data)
        else:
            self._parsed(self._reader.feed(data))

    # counts --------------------------------------------------------------------

    @property
    def closed(self) -> bool:
        """Closed by either side (for a connection the C reader reads: as it saw)."""
        shared = self._shared
        return self._closed or (shared is not None and shared[len(self.prefixes) + 1] != 0)

    @closed.setter
    def closed(self, value: bool) -> None:
        self._closed = value

    @property
    def counts(self) -> list[int]:
        """Frames received so far per kind (bulk, C reader and probe modes added up)."""
        out = [a + b for a, b in zip(self._counter.counts, self.probe_counts, strict=True)]
        shared = self._shared
        if shared is not None:
            out = [a + shared[k] for k, a in enumerate(out)]
        return out

    @property
    def delivered(self) -> int:
        """Chat frames (room messages or DMs) received in bulk or probe mode."""
        shared = self._shared
        extra = shared[MESSAGE] if shared is not None else 0
        return self._counter.counts[MESSAGE] + self.probe_counts[MESSAGE] + extra

    def attach_shared(self, slots: memoryview) -> None:
        """From now on the C reader counts this connection's frames into `slots`."""
        self._shared = slots

    # modes -----------------------------------------------------------------------

    def to_bulk(self) -> None:
        """Switch to counting; frames already queued in the inbox are dropped."""
        self.inbox.clear()
        pending = self._reader.pending()
        self._reader = FrameReader()
        self.mode = "bulk"
        if pending:
            self._counter.feed(pending)

    def to_probe(self) -> None:
        """Switch to parsing with latency samples."""
        self.inbox.clear()
        self.mode = "probe"

    def to_inbox(self) -> None:
        self.mode = "inbox"

    # sending -----------------------------------------------------------------------

    def send_text(self, payload: bytes) -> None:
        if self.transport is not None and not self.closed:
            self.transport.write(encode_client_frame(payload, OP_TEXT))
            self.sent += 1

    def close(self) -> None:
        """Send a close frame and drop the socket (no wait for the answer)."""
        if self.transport is not None and not self.closed:
            self.transport.write(encode_client_frame(b"\x03\xe8", OP_CLOSE))
            self.transport.close()
        self.closed = True

    async def wait_for(self, match: Callable[[bytes], bool], timeout: float) -> bytes:
        """Pop inbox frames until a text frame satisfies `match`; return its payload.

        Raise `TimeoutError` after `timeout` seconds, `ConnectionError` if closed.
        """
        deadline = time.monotonic() + timeout
        while True:
            while self.inbox:
                op, payload = self.inbox.popleft()
                if op == OP_TEXT and match(payload):
                    return payload
            if self.closed:
                raise ConnectionError(f"{self.key}: closed while waiting")
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"{self.key}: no matching frame in {timeout:.1f} s")
            self._inbox_event.clear()
            await asyncio.wait_for(self._inbox_event.wait(), left)

    # internals -----------------------------------------------------------------------

    def _handshake(self, data: bytes) -> None:
        self._hs += data
        try:
            start = parse_handshake_response(self._hs, self._ws_key)
        except Exception as exc:
            if not self.open_future.done():
                self.open_future.set_exception(exc)
            if self.transport is not None:
                self.transport.close()
            return
        if start < 0:
            return
        rest = self._hs[start:]
        self._hs = b""
        self.mode = "inbox"
        if not self.open_future.done():
            self.open_future.set_result(None)
        if rest:
            self._parsed(self._reader.feed(rest))

    def _parsed(self, frames: list[tuple[int, bytes]]) -> None:
        for op, payload in frames:
            if op & 0x08:
                self._control(op, payload)
                continue
            if op == OP_TEXT and len(payload) <= 2:
                self._short_text(payload)
            if self.mode == "probe":
                self._probe(op, payload)
            else:
                self.inbox.append((op, payload))
                self._inbox_event.set()

    def _probe(self, op: int, payload: bytes) -> None:
        if op != OP_TEXT:
            return
        for k, alts in enumerate(self.prefixes):
            if any(payload.startswith(p) for p in alts):
                self.probe_counts[k] += 1
                if k == MESSAGE:
                    stamp = parse_stamp(payload)
                    rec = self.recorder
                    if rec.since <= stamp < rec.until:
                        rec.samples.append(time.time_ns() - stamp)
                        rec.sent.append(stamp)
                break
        else:
            self.probe_other += 1
            if self.on_probe_text is not None:
                self.on_probe_text(payload)

    def _control(self, op: int, payload: bytes) -> None:
        if op == OP_PING and self.transport is not None and not self.closed:
            self.transport.write(encode_client_frame(payload, OP_PONG))
        elif op == OP_CLOSE:
            self.closed = True
            if self.transport is not None:
                self.transport.close()

    def _short_text(self, payload: bytes) -> None:
        if self.sio and payload == b"2":
            self.send_text(b"3")


async def open_conn(
    host: str,
    port: int,
    path: str,
    key: str,
    prefixes: Sequence[tuple[bytes, ...]],
    recorder: Recorder,
    timeout: float = 10.0,
    sio: bool = False,
) -> Conn:
    """Open a TCP connection to 127.0.0.1, upgrade it, return the `Conn` in inbox mode."""
    check_loopback(host)
    loop = asyncio.get_running_loop()
    request, ws_key = handshake_request(host, port, path)

    def factory() -> Conn:
        return Conn(key, ws_key, prefixes, recorder, sio=sio)

    _, conn = await asyncio.wait_for(loop.create_connection(factory, host, port), timeout)
    assert conn.transport is not None
    conn.transport.write(request)
    try:
        await asyncio.wait_for(conn.open_future, timeout)
    except BaseException:
        conn.transport.close()
        raise
    return conn
