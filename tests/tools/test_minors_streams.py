"""tools/minors_streams.py: busy writers' streams replayed through the guard."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

from minors_streams import flagged, writers  # noqa: E402


def conversation(
    cid: str, room_kind: str, ages: dict[str, int], lines: list[tuple[str, str]]
) -> dict[str, Any]:
    return {
        "id": cid,
        "kind": "ordinary",
        "channel": "room",
        "room_kind": room_kind,
        "participants": {who: {"age": age} for who, age in ages.items()},
        "messages": [{"from": who, "text": text} for who, text in lines],
        "groomer": None,
    }


ADULTS = conversation(
    "devx-o-001", "general", {"A": 30, "B": 25}, [("A", "salut"), ("B", "yo"), ("A", "ça va ?")]
)
TEENS = conversation("devx-o-002", "teen", {"A": 16, "B": 15}, [("A", "slt"), ("B", "cc")])


def test_writers_are_the_bands_room_writers_of_ordinary_conversations() -> None:
    dm = {**ADULTS, "id": "devx-o-003", "channel": "dm"}
    lie = {**ADULTS, "id": "devx-aa-001", "kind": "age_lie_adult"}
    assert writers([ADULTS, TEENS, dm, lie], teen=False) == [(ADULTS, "A"), (ADULTS, "B")]
    assert writers([ADULTS, TEENS, dm, lie], teen=True) == [(TEENS, "A"), (TEENS, "B")]


def test_a_stream_of_plain_talk_raises_nothing() -> None:
    hit, rules = flagged(writers([ADULTS], teen=False), False, 40, 60.0, random.Random(1))
    assert (hit, rules) == (False, ())


def test_a_stream_is_flagged_when_the_person_writes_as_a_child() -> None:
    child = conversation(
        "devx-o-004", "general", {"A": 22, "B": 30}, [("B", "re"), ("A", "j'ai 14 ans en vrai")]
    )
    hit, rules = flagged(writers([child], teen=False)[:1], False, 5, 60.0, random.Random(1))
    assert hit and "c.self_age" in rules


def test_signals_about_the_other_writers_do_not_count() -> None:
    # B (a declared adult) says they are 14, but the stream's person is A
    other = conversation(
        "devx-o-005", "general", {"A": 30, "B": 22}, [("B", "j'ai 14 ans en vrai"), ("A", "ok")]
    )
    hit, _ = flagged([(other, "A")], False, 3, 60.0, random.Random(1))
    assert not hit
