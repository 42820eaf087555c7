"""`c.model_sum`: a declared adult's faint child wording, each message under the child
model's bar, summed over their messages (twenty-sixth sitting, docs/minors.md)."""

from __future__ import annotations

from causette.moderation.minors import MinorsGuard, SignalKind
from causette.moderation.minors.fold import fold
from causette.moderation.minors.model import TextModel, features
from causette.moderation.minors.model_cues import (
    FAINT_BAR,
    FAINT_OFFSET,
    FAINT_WINDOW,
    ROOM_FAINT_BAR,
    faint,
)

from .conftest import Chat

FAINT = "la piscine avec les potes"
"""The stub model's faint message: its margin is -0.5, so it adds 0.5 to the sum."""


def stub_child_model() -> TextModel:
    """A child model that knows only `FAINT`'s words, its threshold 0.5 above their score."""
    weights = dict.fromkeys(features(fold(FAINT)).names(), 1.0)
    scored = TextModel(weights=weights, bias=0.0, threshold=0.0, version="stub")
    return TextModel(
        weights=weights, bias=0.0, threshold=scored.score(fold(FAINT)) + 0.5, version="stub"
    )


def faint_chat(bar: float | None = 1.9, models_alone: bool = True) -> Chat:
    """`models_alone`: the sum alone fires (the guard before the twenty-sixth sitting's last
    trial; the shipped guard needs a rule cue beside it: `test_the_sum_alone_...`)."""
    guard = MinorsGuard(
        use_model=False, child_model=stub_child_model(), faint_bar=bar, models_alone=models_alone
    )
    return Chat(guard)


def test_a_message_adds_its_margin_past_the_offset_and_never_less_than_nothing() -> None:
    assert faint(-0.5) == FAINT_OFFSET - 0.5
    assert faint(0.7) == FAINT_OFFSET + 0.7
    assert faint(-FAINT_OFFSET - 3.0) == 0.0


def test_faint_child_wording_adds_up_until_the_bar_then_restricts_pending_review() -> None:
    chat = faint_chat()
    for _ in range(3):  # about 0.5 each (less the fading of 30 s): 1.5 < 1.9
        chat.room("u", 19, FAINT)
    assert chat.signals == []
    [signal] = chat.room("u", 19, FAINT)  # about 2.0
    assert signal.kind is SignalKind.AGE_LIE_ADULT
    assert signal.rules == ("c.model_sum",)
    assert signal.action == "restrict_pending_review"
    assert "un peu enfantins" in signal.explanation
    assert signal.evidence[0].ref == "m4"


def test_the_sum_alone_no_longer_fires_but_counts_beside_a_rule_cue() -> None:
    chat = faint_chat(models_alone=False)
    for _ in range(6):
        chat.room("u", 19, FAINT)
    assert chat.signals == []  # c.model_sum reached, alone
    [signal] = chat.room("u", 19, "mes parents veulent pas")
    assert signal.kind is SignalKind.AGE_LIE_ADULT
    assert "c.model_sum" in signal.rules and len(signal.rules) >= 2


def test_private_messages_count_toward_the_same_sum() -> None:
    chat = faint_chat()
    chat.room("u", 19, FAINT)
    chat.dm("u", 19, "v", 23, FAINT)
    chat.room("u", 19, FAINT)
    assert chat.signals == []
    assert [s.rules for s in chat.dm("u", 19, "v", 23, FAINT)] == [("c.model_sum",)]


def test_messages_far_under_the_bar_add_nothing() -> None:
    chat = faint_chat()
    for _ in range(40):
        chat.room("u", 19, "on se retrouve au bureau demain matin")
    assert chat.signals == []


def test_the_sum_reads_only_the_writers_last_messages() -> None:
    # however much a person writes, only their last FAINT_WINDOW messages count: three faint
    # messages, then plain talk, then a fourth faint one is 0.5 in the window, not 2.0
    assert FAINT_WINDOW == 7
    chat = faint_chat()
    for _ in range(3):
        chat.room("u", 19, FAINT)
    for _ in range(FAINT_WINDOW - 1):
        chat.room("u", 19, "on se retrouve au bureau demain matin")
    chat.room("u", 19, FAINT)
    assert chat.signals == []


def test_it_counts_once_per_writer() -> None:
    chat = faint_chat()
    for _ in range(12):
        chat.room("u", 19, FAINT)
    assert [s.rules for s in chat.signals] == [("c.model_sum",)]


def test_each_writer_has_their_own_sum() -> None:
    chat = faint_chat()
    for who in ("a", "b", "c", "d"):
        chat.room(who, 19, FAINT)
    assert chat.signals == []


def test_a_declared_minor_is_never_read_by_the_child_model() -> None:
    chat = faint_chat()
    for _ in range(8):
        chat.room("t", 16, FAINT, kind="teen")
    assert chat.signals == []


def test_off_never_fires_and_the_shipped_guard_uses_the_measured_bar() -> None:
    chat = faint_chat(bar=None)
    for _ in range(8):
        chat.room("u", 19, FAINT)
    assert chat.signals == []
    assert MinorsGuard(use_model=False).faint_bar == FAINT_BAR


# --- g.model_sum: a teen-room writer's faint grooming wording ------------------------------

GROOMING_FAINT = "on se capte plus tard les gens"
"""The stub grooming model's faint message: margin -0.5, so it adds 0.5 to the sum."""


def stub_grooming_model() -> TextModel:
    weights = dict.fromkeys(features(fold(GROOMING_FAINT)).names(), 1.0)
    scored = TextModel(weights=weights, bias=0.0, threshold=0.0, version="stub")
    return TextModel(
        weights=weights,
        bias=0.0,
        threshold=scored.score(fold(GROOMING_FAINT)) + 0.5,
        version="stub",
    )


def room_chat(bar: float | None = 1.9) -> Chat:
    guard = MinorsGuard(use_model=False, model=stub_grooming_model(), room_faint_bar=bar)
    return Chat(guard)


def test_faint_grooming_wording_in_a_teen_room_adds_up_and_holds_the_writer() -> None:
    chat = room_chat()
    for _ in range(3):
        chat.room("a", 16, GROOMING_FAINT, kind="teen", room="r1")
    assert chat.signals == []
    [signal] = chat.room("a", 16, GROOMING_FAINT, kind="teen", room="r1")
    assert signal.kind is SignalKind.GROOMING
    assert signal.subject == "a" and signal.other is None  # a room names no partner
    assert "g.model_sum" in signal.rules
    assert "un peu proches du pédopiégeage" in signal.explanation


def test_the_room_sum_keeps_only_the_last_quarter_of_an_hour() -> None:
    chat = room_chat()
    for _ in range(6):
        chat.room("a", 16, GROOMING_FAINT, kind="teen", room="r1")
        chat.clock.tick(10 * 60)  # 10 min apart: never more than two within 15 min
    assert chat.signals == []


def test_the_room_sum_is_the_writers_own_and_the_rooms_own() -> None:
    chat = room_chat()
    for who, room in (("a", "r1"), ("b", "r1"), ("a", "r2"), ("b", "r2")):
        chat.room(who, 16, GROOMING_FAINT, kind="teen", room=room)
    assert chat.signals == []


def test_the_room_sum_reads_only_the_writers_last_messages_there() -> None:
    chat = room_chat()
    for _ in range(3):
        chat.room("a", 16, GROOMING_FAINT, kind="teen", room="r1")
    for _ in range(FAINT_WINDOW - 1):
        chat.room("a", 16, "le prof de svt a encore oublié ses clés", kind="teen", room="r1")
    chat.room("a", 16, GROOMING_FAINT, kind="teen", room="r1")
    assert chat.signals == []


def test_messages_far_from_grooming_add_nothing_in_the_room() -> None:
    chat = room_chat()
    for _ in range(20):
        chat.room("a", 16, "le prof de svt a encore oublié ses clés", kind="teen", room="r1")
    assert chat.signals == []


def test_off_never_holds_and_forget_drops_the_room_sum() -> None:
    chat = room_chat(bar=None)
    for _ in range(8):
        chat.room("a", 16, GROOMING_FAINT, kind="teen", room="r1")
    assert chat.signals == []
    chat = room_chat()
    for _ in range(3):
        chat.room("a", 16, GROOMING_FAINT, kind="teen", room="r1")
    chat.guard.forget("a")
    chat.room("a", 16, GROOMING_FAINT, kind="teen", room="r1")  # 0.5 again, not 2.0
    assert chat.signals == []
    assert MinorsGuard(use_model=False).room_faint_bar == ROOM_FAINT_BAR
