"""The broker envelope: how one node tells the others about an event.

The client-facing JSON is encoded once by the publisher and carried as is;
a short ASCII header carries what receiving nodes need to route and filter it.

    M|<seq>|<sender>|<json>   a sequenced event (room message, private message)
    P|<json>                   an unsequenced event (presence, control)

    >>> unpack(pack_sequenced(12, "u_ab", b'{"type":"message"}'))
    ('M', 12, 'u_ab', b'{"type":"message"}')
"""

from __future__ import annotations

__all__ = ["pack_plain", "pack_sequenced", "unpack"]


def pack_sequenced(seq: int, sender: str, payload: bytes) -> bytes:
    return b"M|%d|%s|%s" % (seq, sender.encode(), payload)


def pack_plain(payload: bytes) -> bytes:
    return b"P|" + payload


def unpack(data: bytes) -> tuple[str, int, str, bytes]:
    """Return (kind, seq, sender, payload); seq is 0 and sender "" for plain events.

    Raise ValueError on a malformed envelope.
    """
    if data[:2] == b"P|":
        return "P", 0, "", data[2:]
    if data[:2] != b"M|":
        raise ValueError("unknown envelope")
    _, seq, sender, payload = data.split(b"|", 3)
    return "M", int(seq), sender.decode(), payload
