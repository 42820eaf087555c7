import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from causette.protocol.commands import (
    MAX_FRAME_BYTES,
    Block,
    Dm,
    Dms,
    History,
    Join,
    Ping,
    ProtocolError,
    Resume,
    Say,
    decode_command,
)


@pytest.mark.parametrize(
    ("frame", "command"),
    [
        ('{"type":"join","room":"general"}', Join("general")),
        (
            '{"type":"say","room":"general","text":"salut","ref":"c1"}',
            Say("general", "salut", "c1"),
        ),
        ('{"type":"dm","to":"u_1","text":"yo","ref":"c2"}', Dm("u_1", "yo", "c2")),
        ('{"type":"history","room":"general","before":120}', History("general", 120)),
        ('{"type":"history","room":"general"}', History("general", None)),
        ('{"type":"block","user":"u_2"}', Block("u_2")),
        ('{"type":"resume","rooms":{"general":118},"dms":7}', Resume({"general": 118}, 7)),
        ('{"type":"dms","after":200}', Dms(200)),
        ('{"type":"ping"}', Ping()),
    ],
)
def test_frames_decode_to_commands(frame: str, command: object) -> None:
    assert decode_command(frame) == command


@pytest.mark.parametrize(
    ("frame", "code"),
    [
        ("not json", "bad_json"),
        ("[1,2]", "bad_frame"),
        ('{"room":"general"}', "missing_field"),
        ('{"type":"dance"}', "unknown_type"),
        ('{"type":"say","room":"general"}', "missing_field"),
        ('{"type":"say","room":5,"text":"x"}', "bad_field"),
        ('{"type":"history","room":"g","before":true}', "bad_field"),
        ('{"type":"history","room":"g","before":-1}', "bad_field"),
        ('{"type":"resume","rooms":[]}', "bad_field"),
        ('{"type":"dms"}', "missing_field"),
        ('{"type":"dms","after":"200"}', "bad_field"),
        ('{"type":"join","room":""}', "bad_field"),
        ("[" * 100_00, "bad_json"),
    ],
)
def test_bad_frames_get_stable_codes(frame: str, code: str) -> None:
    with pytest.raises(ProtocolError) as err:
        decode_command(frame)
    assert err.value.code == code
    assert err.value.message  # a French sentence


def test_frames_over_16_kib_are_refused() -> None:
    frame = json.dumps({"type": "say", "room": "g", "text": "x" * MAX_FRAME_BYTES})
    with pytest.raises(ProtocolError) as err:
        decode_command(frame)
    assert err.value.code == "frame_too_large"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)


@given(
    st.dictionaries(
        st.sampled_from(["type", "room", "text", "ref", "to", "user", "before", "rooms", "dms"]),
        json_values,
        max_size=6,
    )
)
def test_any_json_object_decodes_or_raises_protocol_error(obj: dict[str, object]) -> None:
    try:
        decode_command(json.dumps(obj))
    except ProtocolError as err:
        assert err.code


@given(st.binary(max_size=200) | st.text(max_size=200))
def test_any_bytes_decode_or_raise_protocol_error(data: bytes | str) -> None:
    try:
        decode_command(data)
    except ProtocolError as err:
        assert err.code


def test_lone_surrogates_are_refused_not_crashing() -> None:
    with pytest.raises(ProtocolError) as err:
        decode_command('{"type":"say","room":"g","text":"a\\ud800b","ref":"x"}')
    assert err.value.code == "bad_field"
