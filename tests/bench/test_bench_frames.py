"""The load generator's wire code against the `websockets` library's own protocol."""

from __future__ import annotations

import pytest
from bench.frames import (
    OP_PING,
    FrameCounter,
    FrameReader,
    HandshakeError,
    encode_client_frame,
    handshake_request,
    parse_handshake_response,
    parse_stamp,
)
from websockets.frames import Frame, Opcode
from websockets.http11 import Request
from websockets.server import ServerProtocol

SIZES = (0, 5, 125, 126, 200, 65535, 70000)


def open_server() -> tuple[ServerProtocol, bytes]:
    """A websockets server protocol that accepted our handshake; and its answer bytes."""
    server = ServerProtocol()
    request, key = handshake_request("127.0.0.1", 9, "/ws?token=x")
    server.receive_data(request)
    [req] = server.events_received()
    assert isinstance(req, Request)
    assert req.path == "/ws?token=x"
    server.send_response(server.accept(req))
    answer = b"".join(server.data_to_send())
    assert parse_handshake_response(answer + b"\x81\x00", key) == len(answer)
    return server, answer


def test_handshake_answer_checked_for_status_and_accept_key() -> None:
    _, answer = open_server()
    _, other_key = handshake_request("127.0.0.1", 9, "/")
    with pytest.raises(HandshakeError):
        parse_handshake_response(answer, other_key)
    with pytest.raises(HandshakeError):
        parse_handshake_response(b"HTTP/1.1 403 Forbidden\r\n\r\n", other_key)
    assert parse_handshake_response(answer[:-2], other_key) == -1


@pytest.mark.parametrize("size", SIZES)
def test_client_frames_with_zero_mask_decode_in_websockets(size: int) -> None:
    server, _ = open_server()
    payload = bytes(range(97, 123)) * (size // 26 + 1)
    payload = payload[:size]
    server.receive_data(encode_client_frame(payload) + encode_client_frame(b"bye"))
    frames = server.events_received()
    assert [(f.opcode, f.data) for f in frames if isinstance(f, Frame)] == [
        (Opcode.TEXT, payload),
        (Opcode.TEXT, b"bye"),
    ]


def server_stream(texts: list[bytes]) -> bytes:
    server, _ = open_server()
    for t in texts:
        server.send_text(t)
    server.send_ping(b"hb")
    server.send_text(b"2")
    return b"".join(server.data_to_send())


TEXTS = [
    b'{"type":"message","n":1}',
    b'{"type":"ack"}',
    b"x" * 300,
    b'{"type":"message"' + b"y" * 70000 + b"}",
    b'{"type": "message"}',
]


@pytest.mark.parametrize("chunk", [1, 2, 3, 7, 64, 1000, 1 << 20])
def test_counter_counts_kinds_whatever_the_chunking(chunk: int) -> None:
    stream = server_stream(TEXTS)
    pings: list[bytes] = []
    shorts: list[bytes] = []
    counter = FrameCounter(
        [(b'{"type":"message"', b'{"type": "message"'), (b'{"type":"ack"',)],
        on_control=lambda op, p: pings.append(p) if op == OP_PING else None,
        on_short_text=shorts.append,
    )
    for i in range(0, len(stream), chunk):
        counter.feed(stream[i : i + chunk])
    assert counter.counts == [3, 1]
    assert counter.other == 2  # the 300-byte text and the Engine.IO ping "2"
    assert counter.frames == 6
    assert pings == [b"hb"]
    assert shorts == [b"2"]


@pytest.mark.parametrize("chunk", [1, 5, 333, 1 << 20])
def test_reader_returns_every_payload_whatever_the_chunking(chunk: int) -> None:
    stream = server_stream(TEXTS)
    reader = FrameReader()
    got = []
    for i in range(0, len(stream), chunk):
        got += reader.feed(stream[i : i + chunk])
    assert [p for op, p in got if op == 1] == [*TEXTS, b"2"]
    assert (OP_PING, b"hb") in got
    assert reader.pending() == b""


def test_stamp_is_read_from_the_text_prefix() -> None:
    assert parse_stamp(b'42["message","t=123456|s1n2 salut"]') == 123456
    assert parse_stamp(b"t=|x") == -1
    assert parse_stamp(b"no stamp") == -1
