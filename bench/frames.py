"""The load generator's own WebSocket wire code (RFC 6455), client side only.

Sans-I/O: bytes in, counts or texts out. Two readers of server frames:

* `FrameCounter` for bulk connections: it walks frame headers and classifies a
  text frame by a fixed prefix of its payload with `bytes.startswith`, so the work
  per frame is O(1) and no JSON is parsed. Payload bytes are skipped, not copied.
* `FrameReader` for probe connections: it returns every complete frame
  (opcode, payload) so the caller can read the send timestamp.

Client frames use an all-zero mask (RFC 6455 §5.3 allows any 32-bit key), which
makes masking free: the payload is sent as is.
"""

from __future__ import annotations

import base64
import hashlib
import os
from collections.abc import Callable, Sequence

__all__ = [
    "OP_BINARY",
    "OP_CLOSE",
    "OP_CONT",
    "OP_PING",
    "OP_PONG",
    "OP_TEXT",
    "FrameCounter",
    "FrameReader",
    "HandshakeError",
    "accept_key",
    "encode_client_frame",
    "handshake_request",
    "parse_handshake_response",
    "parse_stamp",
]

OP_CONT, OP_TEXT, OP_BINARY = 0x0, 0x1, 0x2
OP_CLOSE, OP_PING, OP_PONG = 0x8, 0x9, 0xA

_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
_ZERO_MASK = b"\x00\x00\x00\x00"
# Longest prefix a counter may need to classify a frame; headers shorter than
# this plus the header itself are kept in a small tail between chunks.
_PEEK = 32


class HandshakeError(Exception):
    """The server did not answer the upgrade with a valid 101 response."""


def encode_client_frame(payload: bytes, opcode: int = OP_TEXT) -> bytes:
    """Return one final, masked (all-zero key) client frame carrying `payload`."""
    n = len(payload)
    first = bytes((0x80 | opcode,))
    if n < 126:
        header = first + bytes((0x80 | n,))
    elif n < 65536:
        header = first + b"\xfe" + n.to_bytes(2, "big")
    else:
        header = first + b"\xff" + n.to_bytes(8, "big")
    return header + _ZERO_MASK + payload


def accept_key(key: str) -> str:
    """The `Sec-WebSocket-Accept` value a server must answer to `key`."""
    return base64.b64encode(hashlib.sha1(key.encode() + _GUID).digest()).decode()


def handshake_request(host: str, port: int, path: str) -> tuple[bytes, str]:
    """Return the upgrade request for `path` and the key to check the answer with."""
    key = base64.b64encode(os.urandom(16)).decode()
    req = (
        f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\n"
        f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
        "Sec-WebSocket-Version: 13\r\n\r\n"
    )
    return req.encode(), key


def parse_handshake_response(buf: bytes, key: str) -> int:
    """Check a buffered upgrade answer; return the offset of the first frame byte.

    Return -1 while the header block is incomplete. Raise `HandshakeError` when the
    status is not 101 or the accept key is wrong.
    """
    end = buf.find(b"\r\n\r\n")
    if end < 0:
        if len(buf) > 65536:
            raise HandshakeError("upgrade answer too long")
        return -1
    head = buf[:end].decode("latin-1").split("\r\n")
    if not head[0].startswith("HTTP/1.1 101"):
        raise HandshakeError(head[0])
    want = accept_key(key)
    for line in head[1:]:
        name, _, value = line.partition(":")
        if name.strip().lower() == "sec-websocket-accept" and value.strip() == want:
            return end + 4
    raise HandshakeError("missing or wrong Sec-WebSocket-Accept")


def parse_stamp(payload: bytes) -> int:
    """Return the `t=<ns>` send stamp carried in a message text, or -1 if absent."""
    i = payload.find(b"t=")
    if i < 0:
        return -1
    j = payload.find(b"|", i)
    if j < 0:
        return -1
    try:
        return int(payload[i + 2 : j])
    except ValueError:
        return -1


class FrameCounter:
    """Count server frames by kind with O(1) work per frame.

    `prefixes[k]` is a tuple of byte prefixes; a text frame whose payload starts
    with one of them adds one to `counts[k]`, other text frames to `other`.
    `on_control(opcode, payload)` receives pings and closes (the whole payload is
    buffered for control frames, which are short). `on_short_text(payload)` sees
    text frames of at most 2 bytes (Engine.IO pings are the text "2").
    """

    __slots__ = (
        "_skip",
        "_tail",
        "counts",
        "frames",
        "on_control",
        "on_short_text",
        "other",
        "prefixes",
    )

    def __init__(
        self,
        prefixes: Sequence[tuple[bytes, ...]],
        on_control: Callable[[int, bytes], None] | None = None,
        on_short_text: Callable[[bytes], None] | None = None,
    ) -> None:
        self.prefixes = [tuple(p) for p in prefixes]
        self.counts = [0] * len(self.prefixes)
        self.other = 0
        self.frames = 0
        self.on_control = on_control
        self.on_short_text = on_short_text
        self._skip = 0
        self._tail = b""

    def feed(self, data: bytes) -> None:
        """Consume one received chunk (any split of the stream is fine)."""
        skip = self._skip
        if skip:
            if len(data) <= skip:
                self._skip = skip - len(data)
                return
            data = data[skip:]
            self._skip = 0
        if self._tail:
            data = self._tail + data
            self._tail = b""
        pos = 0
        n = len(data)
        prefixes = self.prefixes
        counts = self.counts
        while pos < n:
            if n - pos < 2:
                self._tail = data[pos:]
                return
            b0 = data[pos]
            plen = data[pos + 1] & 0x7F
            hlen = 2
            if plen == 126:
                if n - pos < 4:
                    self._tail = data[pos:]
                    return
                plen = int.from_bytes(data[pos + 2 : pos + 4], "big")
                hlen = 4
            elif plen == 127:
                if n - pos < 10:
                    self._tail = data[pos:]
                    return
                plen = int.from_bytes(data[pos + 2 : pos + 10], "big")
                hlen = 10
            opcode = b0 & 0x0F
            start = pos + hlen
            end = start + plen
            if opcode & 0x08:  # control frame: needs its whole (short) payload
                if end > n:
                    self._tail = data[pos:]
                    return
                if self.on_control is not None:
                    self.on_control(opcode, data[start:end])
                pos = end
                continue
            if n - start < min(plen, _PEEK):
                self._tail = data[pos:]
                return
            self.frames += 1
            if opcode == OP_TEXT:
                if plen <= 2 and self.on_short_text is not None:
                    self.on_short_text(data[start:end])
                for k, alts in enumerate(prefixes):
                    if any(data.startswith(p, start) for p in alts):
                        counts[k] += 1
                        break
                else:
                    self.other += 1
            if end > n:
                self._skip = end - n
                return
            pos = end


class FrameReader:
    """Reassemble complete server frames; for probes, which read every payload."""

    __slots__ = ("_buf",)

    def __init__(self) -> None:
        self._buf = bytearray()

    def pending(self) -> bytes:
        """Bytes of an incomplete frame still buffered (to hand over to a counter)."""
        return bytes(self._buf)

    def feed(self, data: bytes) -> list[tuple[int, bytes]]:
        """Consume a chunk; return the frames it completed as (opcode, payload)."""
        buf = self._buf
        buf += data
        out: list[tuple[int, bytes]] = []
        pos = 0
        n = len(buf)
        while n - pos >= 2:
            plen = buf[pos + 1] & 0x7F
            hlen = 2
            if plen == 126:
                if n - pos < 4:
                    break
                plen = int.from_bytes(buf[pos + 2 : pos + 4], "big")
                hlen = 4
            elif plen == 127:
                if n - pos < 10:
                    break
                plen = int.from_bytes(buf[pos + 2 : pos + 10], "big")
                hlen = 10
            end = pos + hlen + plen
            if end > n:
                break
            out.append((buf[pos] & 0x0F, bytes(buf[pos + hlen : end])))
            pos = end
        if pos:
            del buf[:pos]
        return out
