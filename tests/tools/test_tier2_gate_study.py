"""`tools/tier2_gate_study.py`: the gates it compares and the arithmetic it reports."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

np = pytest.importorskip("numpy")

TOOLS = Path(__file__).resolve().parents[2] / "tools"
if str(TOOLS) not in sys.path:
    sys.path.insert(0, str(TOOLS))

from tier2_gate_study import (  # noqa: E402
    Signals,
    auc,
    cheap_gate,
    context_gate,
    harm_gate,
    ordinary_messages,
)

from causette.domain.profile import AgeBand  # noqa: E402
from causette.moderation.verdict import TextKind  # noqa: E402


def signals(harm: list[float], **flags: list[bool]) -> Signals:
    n = len(harm)

    def get(name: str) -> object:
        return np.array(flags.get(name, [False] * n), dtype=bool)

    return Signals(
        harm=np.array(harm),
        undecided=np.array(flags.get("undecided", [True] * n), dtype=bool),
        vetoable=get("vetoable"),
        vetoed=get("vetoed"),
        harm_hit=get("harm_hit"),
        emoji=get("emoji"),
        minor=get("minor"),
    )


def test_harm_gate_sends_only_undecided_texts_at_or_above_the_threshold() -> None:
    s = signals([0.1, 0.7, 0.9], undecided=[True, True, False])
    assert harm_gate(0.7)(s).tolist() == [False, True, False]


def test_cheap_gate_adds_flagged_texts_above_the_floor_only() -> None:
    s = signals([0.1, 0.3, 0.8, 0.3], vetoed=[True, True, False, False])
    assert cheap_gate(0.7, "vetoed", 0.2)(s).tolist() == [False, True, True, False]


def test_context_gate_uses_the_minor_threshold_near_minors() -> None:
    s = signals([0.65, 0.65], minor=[True, False])
    assert context_gate(0.7, 0.6)(s).tolist() == [False, True]


def test_auc_is_the_share_of_pairs_ranked_right_with_ties_half() -> None:
    assert auc(np.array([0.9, 0.8]), np.array([0.1, 0.2])) == 1.0
    assert auc(np.array([0.1]), np.array([0.9])) == 0.0
    assert auc(np.array([0.5]), np.array([0.5])) == 0.5


def test_ordinary_messages_are_every_message_of_ordinary_conversations_in_context() -> None:
    texts, contexts = ordinary_messages()
    assert len(texts) == len(contexts) > 1000
    kinds = {c.kind for c in contexts}
    assert kinds == {TextKind.PRIVATE_MESSAGE, TextKind.MESSAGE}
    dms = [c for c in contexts if c.kind is TextKind.PRIVATE_MESSAGE]
    assert all(c.recipient_band in (AgeBand.MINOR, AgeBand.ADULT) for c in dms)
    assert any(c.involves_minor for c in contexts)
    assert not all(c.involves_minor for c in contexts)
