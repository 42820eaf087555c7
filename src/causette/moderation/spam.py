"""INTERIM placeholder until the spam guard lands (branch `moderation`)."""

from __future__ import annotations

from causette.moderation.verdict import Verdict

__all__ = ["SpamGuard"]


class SpamGuard:
    def check(self, user: str, target: str, text: str, now: float) -> Verdict | None:
        return None
