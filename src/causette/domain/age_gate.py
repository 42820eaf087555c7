"""Memory of under-15 refusals: retyping another age must not get past the gate.

After a refusal, the same browser (its long-lived device id) and the same network
cannot come back claiming another age for 24 hours. Keys are keyed hashes
(`domain.sanctions.device_key` / `network_key`); no address is kept.
"""

from __future__ import annotations

from collections import OrderedDict

__all__ = ["REFUSAL_MEMORY", "AgeGate"]

REFUSAL_MEMORY = 24 * 3600.0


class AgeGate:
    """Pure and bounded: the caller passes `now`; the oldest keys go first when full."""

    def __init__(self, *, memory: float = REFUSAL_MEMORY, max_keys: int = 100_000) -> None:
        self.memory = memory
        self.max_keys = max_keys
        self._until: OrderedDict[str, float] = OrderedDict()

    def refuse(self, keys: list[str], now: float) -> None:
        """Remember a refusal for each key (device, network) for `memory` seconds."""
        for key in keys:
            self._until.pop(key, None)
            self._until[key] = now + self.memory
        while len(self._until) > self.max_keys:
            self._until.popitem(last=False)

    def barred_for(self, keys: list[str], now: float) -> float:
        """Seconds until these keys may enter again (0.0 when none is barred)."""
        left = 0.0
        for key in keys:
            until = self._until.get(key)
            if until is None:
                continue
            if until <= now:
                del self._until[key]
            else:
                left = max(left, until - now)
        return left
