"""RFC 6455 framing of server-to-client text frames (unmasked, unfragmented).

Built once per event: the same bytes are written to every recipient's transport,
and frames queued for one recipient within an event-loop turn are written together.

    >>> text_frame(b'{"type":"pong"}')
    b'\\x81\\x0f{"type":"pong"}'
"""

from __future__ import annotations

import struct

__all__ = ["text_frame"]


def text_frame(payload: bytes) -> bytes:
    """Wrap UTF-8 `payload` in a final text frame header (RFC 6455 §5.2)."""
    size = len(payload)
    if size < 126:
        return bytes((0x81, size)) + payload
    if size < 65536:
        return struct.pack("!BBH", 0x81, 126, size) + payload
    return struct.pack("!BBQ", 0x81, 127, size) + payload
