"""Decaying evidence accumulators and the bounded maps that hold them.

A `RuleState` keeps, per rule id, the weight of its latest hit and when it
happened. Its score at `now` is the sum of each rule's weight halved every
`half_life` seconds since that hit: a rule counts once (a new hit refreshes
it), so a repeated phrase never crosses a threshold alone, and old evidence
fades. Time comes only from the `now` the caller passes.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Generic, TypeVar

__all__ = ["BoundedMap", "Hit", "RuleState", "decay"]

K = TypeVar("K")
V = TypeVar("V")

MAX_HITS_KEPT = 32
"""Evidence kept per state: enough to explain a signal, bounded in memory."""


def decay(weight: float, age: float, half_life: float) -> float:
    """`weight` halved every `half_life` seconds of `age` (no growth for negative ages)."""
    return float(weight * 0.5 ** (max(age, 0.0) / half_life))


@dataclass(slots=True)
class Hit:
    rule: str
    weight: float
    at: float
    ref: str
    excerpt: str


@dataclass(slots=True)
class RuleState:
    """Per-rule latest hits (at most `cap` messages per rule), a fired flag for
    once-per-crossing, and the time of the last update."""

    hits: dict[str, list[Hit]] = field(default_factory=dict)
    refs: list[Hit] = field(default_factory=list)  # every hit, oldest first, bounded
    fired: bool = False
    last: float = 0.0

    def add(
        self, rule: str, weight: float, now: float, ref: str, excerpt: str, cap: int = 1
    ) -> None:
        """Record a hit. A rule counts in at most `cap` distinct messages: a further hit
        replaces its oldest one (refreshing it), so repetition alone cannot add up."""
        hit = Hit(rule, weight, now, ref, excerpt)
        kept = self.hits.setdefault(rule, [])
        if any(h.ref == ref for h in kept):
            return
        kept.append(hit)
        if len(kept) > cap:
            kept.sort(key=lambda h: (h.weight, h.at))  # drop the weakest, then the oldest
            del kept[0]
        self.refs.append(hit)
        del self.refs[:-MAX_HITS_KEPT]
        self.last = now

    def contributions(self, now: float, half_life: float) -> dict[str, float]:
        return {
            rule: sum(decay(h.weight, now - h.at, half_life) for h in kept)
            for rule, kept in self.hits.items()
        }

    def score(self, now: float, half_life: float) -> float:
        return sum(self.contributions(now, half_life).values())

    def kept(self) -> set[int]:
        """Identities of the hits that still count (to explain a score)."""
        return {id(h) for kept in self.hits.values() for h in kept}

    def drop(self, doomed: Callable[[Hit], bool]) -> None:
        """Drop the hits `doomed` says no longer count (a reading undone, round 23)."""
        for rule in list(self.hits):
            kept = [h for h in self.hits[rule] if not doomed(h)]
            if kept:
                self.hits[rule] = kept
            else:
                del self.hits[rule]
        self.refs = [h for h in self.refs if not doomed(h)]

    def forget_before(self, cutoff: float) -> None:
        """Drop the hits (and their excerpts) recorded before `cutoff`."""
        for rule in list(self.hits):
            kept = [h for h in self.hits[rule] if h.at >= cutoff]
            if kept:
                self.hits[rule] = kept
            else:
                del self.hits[rule]
        self.refs = [h for h in self.refs if h.at >= cutoff]


class BoundedMap(Generic[K, V]):
    """An LRU map: at most `capacity` entries, the least recently used dropped first,
    and entries idle for longer than `ttl` dropped when met at the old end."""

    def __init__(self, capacity: int, ttl: float, last_seen: Callable[[V], float]) -> None:
        self._data: OrderedDict[K, V] = OrderedDict()
        self._capacity = capacity
        self._ttl = ttl
        self._last_seen = last_seen

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def get(self, key: K, now: float) -> V | None:
        value = self._data.get(key)
        if value is None:
            return None
        if now - self._last_seen(value) > self._ttl:
            del self._data[key]
            return None
        self._data.move_to_end(key)
        return value

    def get_or_create(self, key: K, now: float, factory: Callable[[], V]) -> V:
        value = self.get(key, now)
        if value is None:
            value = factory()
            self._data[key] = value
        self.expire(now)
        return value

    def expire(self, now: float) -> None:
        """Drop idle entries from the old end, then trim to capacity."""
        while self._data:
            key, value = next(iter(self._data.items()))
            if now - self._last_seen(value) <= self._ttl and len(self._data) <= self._capacity:
                break
            del self._data[key]

    def sweep(self, now: float) -> list[V]:
        """Drop every entry idle for longer than `ttl`, wherever it sits (an entry read
        without being updated moves to the new end, so `expire` alone may stop before an
        idle one); return the live ones."""
        live = []
        for key, value in list(self._data.items()):
            if now - self._last_seen(value) > self._ttl:
                del self._data[key]
            else:
                live.append(value)
        return live

    def discard(self, key: K) -> None:
        self._data.pop(key, None)

    def drop_where(self, doomed: Callable[[K], bool]) -> None:
        """Drop the entries whose key `doomed` accepts."""
        for key in [k for k in self._data if doomed(k)]:
            del self._data[key]

    def items(self) -> Iterator[tuple[K, V]]:
        return iter(self._data.items())
