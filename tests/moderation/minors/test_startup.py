"""What a node builds when its guard is built, so that its first message does not."""

from __future__ import annotations

import pytest

from causette.moderation.minors import MinorsGuard, rules


def test_building_the_guard_builds_the_shared_pattern_database(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The guard's tables share one database, compiled on its first reading. Built on a
    node's first message, the compile held that message's answer and every other frame of
    the node for 0.3 to 0.8 s (two busy cores): it is built with the guard, at startup."""
    monkeypatch.setattr(rules.FOLDED, "_sets", None)  # as in a process that read nothing yet
    assert not rules.FOLDED.built
    MinorsGuard(use_model=False)
    assert rules.FOLDED.built
