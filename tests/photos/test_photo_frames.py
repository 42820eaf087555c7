"""Photo fields of client frames: decoded with limits, stable error codes."""

from __future__ import annotations

import pytest

from causette.protocol.commands import Dm, Prefs, ProtocolError, Say, decode_command


def test_a_photo_message_may_have_no_text() -> None:
    frame = '{"type": "say", "room": "general", "photo": "abc", "ref": "p"}'
    assert decode_command(frame) == Say(room="general", text="", ref="p", photo="abc")
    frame = '{"type": "dm", "to": "u_1", "photo": "abc", "text": "tiens"}'
    assert decode_command(frame) == Dm(to="u_1", text="tiens", photo="abc")


@pytest.mark.parametrize(
    ("frame", "code"),
    [
        ('{"type": "say", "room": "general"}', "missing_field"),
        ('{"type": "say", "room": "general", "photo": 12}', "bad_field"),
        ('{"type": "dm", "to": "u_1", "photo": "' + "x" * 65 + '"}', "bad_field"),
        ('{"type": "prefs", "images_from_strangers": "non"}', "bad_field"),
    ],
)
def test_bad_photo_fields_have_stable_codes(frame: str, code: str) -> None:
    with pytest.raises(ProtocolError) as caught:
        decode_command(frame)
    assert caught.value.code == code


def test_prefs_reads_or_sets() -> None:
    assert decode_command('{"type": "prefs"}') == Prefs(None)
    assert decode_command('{"type": "prefs", "images_from_strangers": false}') == Prefs(False)
