"""Helpers shared by the minors tests: a fake clock and a conversation driver."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from causette.moderation.minors import MinorsGuard, Signal, SignalKind
from causette.moderation.minors.fold import fold
from causette.moderation.minors.rules import GROOMING_RULES, match

T0 = 1_780_000_000.0  # a fixed instant in 2026 (birth-year rules read the year from `now`)


@dataclass
class Clock:
    now: float = T0

    def tick(self, seconds: float = 30.0) -> float:
        self.now += seconds
        return self.now


@dataclass
class Chat:
    """Drives one guard with a fake clock; keeps every signal raised."""

    guard: MinorsGuard
    clock: Clock = field(default_factory=Clock)
    signals: list[Signal] = field(default_factory=list)
    count: int = 0

    def dm(self, sender: str, s_age: int, recipient: str, r_age: int, text: str) -> list[Signal]:
        self.count += 1
        out = self.guard.observe_dm(
            sender=sender,
            sender_age=s_age,
            recipient=recipient,
            recipient_age=r_age,
            text=text,
            ref=f"m{self.count}",
            now=self.clock.tick(),
        )
        self.signals += out
        return out

    def room(
        self, sender: str, age: int, text: str, kind: str = "general", room: str | None = None
    ) -> list[Signal]:
        self.count += 1
        out = self.guard.observe_room_message(
            sender=sender,
            sender_age=age,
            room_kind=kind,
            text=text,
            ref=f"m{self.count}",
            now=self.clock.tick(),
            room=room,
        )
        self.signals += out
        return out


@pytest.fixture
def chat() -> Chat:
    return Chat(MinorsGuard())


# Rule ids a message raises, rules only (no model), as the rounds' tests read them.


def child_rules(text: str, age: int = 19) -> set[str]:
    (child, _, _), _, _, _ = MinorsGuard(use_model=False)._read_self(fold(text), age, T0, False)
    return {r.id for r in child}


def adult_rules(text: str, age: int = 16) -> set[str]:
    (_, adult, _), _, _, _ = MinorsGuard(use_model=False)._read_self(fold(text), age, T0, False)
    return {r.id for r in adult}


def grooming_rules(text: str) -> set[str]:
    return {r.id for r in match(fold(text), GROOMING_RULES)}


def replay_dm(
    turns: list[tuple[str, str]], ages_of: dict[str, int], *, model: bool = False, step: float = 30
) -> set[tuple[SignalKind, str]]:
    """Replay `turns` (writer, text) in private between the two people of `ages_of`, `step`
    seconds apart, on a new guard (rules only unless `model`): each signal as (kind, subject)."""
    guard = MinorsGuard(use_model=model)
    signals: list[Signal] = []
    for i, (who, text) in enumerate(turns):
        other = next(w for w in ages_of if w != who)
        signals += guard.observe_dm(
            sender=who,
            sender_age=ages_of[who],
            recipient=other,
            recipient_age=ages_of[other],
            text=text,
            ref=f"m{i}",
            now=T0 + step * i,
        )
    return {(s.kind, s.subject) for s in signals}


def signalled(turns: list[tuple[str, str]], ages_of: dict[str, int]) -> bool:
    """Any signal of a private replay, with the statistical models too (a false alarm is
    often partly theirs): what the rounds' false-alarm and twin tests assert."""
    return bool(replay_dm(turns, ages_of, model=True))


def room_signals(
    turns: list[tuple[str, str]],
    ages_of: dict[str, int],
    *,
    kind: str = "teen",
    step: float = 30,
    model: bool = False,
    names: bool = True,
) -> list[Signal]:
    """Replay `turns` in one room (`#salon`) of `kind`, `step` seconds apart, on a new guard
    (rules only unless `model`); `names`: each writer's pseudonym passed, as the service does.
    Every signal raised, in order."""
    guard = MinorsGuard(use_model=model)
    signals: list[Signal] = []
    for i, (who, text) in enumerate(turns):
        signals += guard.observe_room_message(
            sender=who,
            sender_age=ages_of[who],
            room_kind=kind,
            text=text,
            ref=f"m{i}",
            now=T0 + step * i,
            room="#salon",
            name=who if names else None,
        )
    return signals


def replay_room(
    turns: list[tuple[str, str]],
    ages_of: dict[str, int],
    *,
    kind: str = "teen",
    step: float = 30,
    model: bool = False,
    names: bool = True,
) -> set[tuple[SignalKind, str]]:
    """`room_signals`, each signal as (kind, subject)."""
    signals = room_signals(turns, ages_of, kind=kind, step=step, model=model, names=names)
    return {(s.kind, s.subject) for s in signals}


def kinds(chat: Chat) -> list[tuple[SignalKind, str]]:
    """Each signal of the conversation as (kind, subject)."""
    return [(s.kind, s.subject) for s in chat.signals]
