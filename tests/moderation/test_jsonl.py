"""`causette moderate`: one output line per input line, in order, never a crash."""

from __future__ import annotations

import json

from causette.moderation.engine import Engine
from causette.moderation.jsonl import moderate_lines

ENGINE = Engine.default()


def run(*lines: str) -> list[dict[str, object]]:
    return [json.loads(out) for out in moderate_lines(list(lines), ENGINE)]


def line(**fields: object) -> str:
    return json.dumps(fields, ensure_ascii=False)


def test_each_line_gets_its_verdict_in_order() -> None:
    out = run(
        line(kind="message", text="Coke dispo 60€ le g", room_adult=False, author_age=30),
        line(kind="message", text="bonne nuit tout le monde", room_adult=False, author_age=30),
        line(kind="pseudonym", text="PriseDeForce", room_adult=False, author_age=None),
        line(kind="room_name", text="À son insu", room_adult=True, author_age=40),
    )
    assert [o["action"] for o in out] == ["block", "allow", "block", "block"]
    assert out[0]["categories"] == ["drugs"]
    assert out[1] == {"action": "allow", "categories": [], "reasons": [], "rules": []}
    assert set(out[0]) == {"action", "categories", "reasons", "rules"}


def test_room_adult_selects_the_room_kind() -> None:
    text = "qui veut faire un plan cul ce soir dep 33"
    general, adult = run(
        line(kind="message", text=text, room_adult=False, author_age=30),
        line(kind="message", text=text, room_adult=True, author_age=30),
    )
    assert general["action"] == "review"
    assert adult["action"] == "allow"


def test_a_minor_author_is_protected() -> None:
    (out,) = run(
        line(
            kind="message",
            text="qui veut s'échanger des nudes ce soir",
            room_adult=False,
            author_age=16,
        )
    )
    assert out["action"] == "block"


def test_a_minor_authors_room_name_is_read_in_a_teen_room() -> None:
    """Minors only see teen rooms: an age in a minor's room name is no red flag there,
    while the same name from an adult, for a general room, is refused."""
    name = "Entraide devoirs 16 ans"
    minor, adult = run(
        line(kind="room_name", text=name, room_adult=False, author_age=16),
        line(kind="room_name", text=name, room_adult=False, author_age=40),
    )
    assert minor["action"] == "allow"
    assert adult["action"] == "block"
    assert adult["categories"] == ["child_safety"]


def test_malformed_lines_yield_errors_in_place() -> None:
    out = run(
        "not json",
        line(kind="message", text="cc", room_adult=False, author_age=30),
        "[1, 2]",
        line(kind="poem", text="x"),
        line(kind="message", text=42),
        line(kind="message", text="x", room_adult="yes"),
        line(kind="message", text="x", author_age="trente"),
        line(kind="message", text="x", author_age=500),
        "",
        line(kind="message", text="cc"),
    )
    assert len(out) == 10
    codes = [o["error"]["code"] if "error" in o else o["action"] for o in out]  # type: ignore[index]
    assert codes == [
        "invalid_json",
        "allow",
        "invalid_line",
        "invalid_field",
        "invalid_field",
        "invalid_field",
        "invalid_field",
        "invalid_field",
        "invalid_json",
        "allow",
    ]
    assert all(isinstance(o["error"]["message"], str) for o in out if "error" in o)  # type: ignore[index]


def test_missing_optional_fields_default_to_a_general_room_and_unknown_age() -> None:
    (out,) = run(line(kind="message", text="❄️"))
    assert out["action"] == "review"


def test_output_is_utf8_json_without_escapes() -> None:
    (raw,) = list(moderate_lines([line(kind="message", text="Coke dispo 60€ le g")], ENGINE))
    assert "refusé" in raw
