"""Memory of under-15 refusals: retyping another age must not get past the gate.

After a refusal, the same browser (its long-lived device id) and the same network
address cannot come back claiming another age for 24 hours. What is remembered
is a keyed hash of each (`refusal_keys`); the store keeps them (`ports.AgeRefusals`),
so a restart or another node still knows them, and the janitor deletes them once over.
"""

from __future__ import annotations

import hashlib
import hmac

__all__ = ["REFUSAL_MEMORY", "refusal_keys"]

REFUSAL_MEMORY = 24 * 3600.0


def refusal_keys(secret: bytes, device: str | None, ip: str) -> list[str]:
    """HMAC-SHA256 (operator secret) of the exact address, and of the device id if any.

    The exact address, not its /24: one child on a carrier's shared range must not bar
    everyone else on it. Each value has its own label, so the two kinds never collide.
    """
    keys = [_keyed(secret, b"address", ip)]
    if device:
        keys.append(_keyed(secret, b"device", device))
    return keys


def _keyed(secret: bytes, label: bytes, value: str) -> str:
    return hmac.new(secret, label + b"\0" + value.encode(), hashlib.sha256).hexdigest()
