"""A cheap, exact pre-check for a regular expression: characters every match must hold.

    gate = required_chars(r"\\d+ ?(?:e|euros?)")  # re.compile(r"[\\d]")
    if gate is None or gate.search(view):          # else the pattern cannot match
        ...

`required_chars(pattern)` reads the pattern with the standard library's own parser
and returns a one-character-class pattern that every match of `pattern` must contain
at least one character of, or None when it cannot tell or when the class is not
selective (it holds ASCII letters or white space, present in nearly every text). A
view the gate does not find is a view the pattern cannot match, so skipping the
pattern there changes no result: only sub-patterns that must consume a character
count (a branch needs all its alternatives to agree; a repeat needs a minimum of
one; look-arounds and anchors are ignored).
"""

from __future__ import annotations

import importlib
import re
from typing import Any

__all__ = ["required_chars"]

_DIGIT = "\\d"  # stands for the `\d` category (any Unicode digit) in a required set
_MAX_RANGE = 64  # wider character ranges are not worth a gate


def _parser() -> Any:
    # The standard library's regex parser (re._parser since 3.11; no type stubs).
    return importlib.import_module("re._parser")


def _class(items: Any) -> frozenset[str] | None:
    found: set[str] = set()
    for op, av in items:
        name = op.name
        if name == "LITERAL":
            found.add(chr(av))
        elif name == "RANGE" and av[1] - av[0] < _MAX_RANGE:
            found.update(chr(c) for c in range(av[0], av[1] + 1))
        elif name == "CATEGORY" and av.name == "CATEGORY_DIGIT":
            found.add(_DIGIT)
        else:  # NEGATE, wide ranges, word or space categories: anything goes
            return None
    return frozenset(found)


def _selective(chars: frozenset[str]) -> bool:
    return not any(len(c) == 1 and (c.isspace() or "a" <= c.lower() <= "z") for c in chars)


def _item(op: Any, av: Any) -> frozenset[str] | None:
    name = op.name
    if name == "LITERAL":
        return frozenset(chr(av))
    if name == "IN":
        return _class(av)
    if name == "BRANCH":
        union: set[str] = set()
        for alternative in av[1]:
            need = _sequence(alternative)
            if need is None:
                return None
            union |= need
        return frozenset(union)
    if name == "SUBPATTERN":
        _group, add_flags, _del_flags, sub = av
        return None if add_flags & re.IGNORECASE else _sequence(sub)
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, _high, sub = av
        return _sequence(sub) if low >= 1 else None
    if name == "ATOMIC_GROUP":
        return _sequence(av)
    return None  # look-arounds, anchors, back references, any character


def _sequence(items: Any) -> frozenset[str] | None:
    """A set one of whose characters every match holds (the most selective one known)."""
    best: frozenset[str] | None = None
    for op, av in items:
        need = _item(op, av)
        if need is None:
            continue
        if best is None or (_selective(need), -len(need)) > (_selective(best), -len(best)):
            best = need
    return best


def required_chars(pattern: str) -> re.Pattern[str] | None:
    """A character-class pattern every match of `pattern` must find, or None (see above)."""
    try:
        parsed = _parser().parse(pattern, 0)
        if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
            return None
        need = _sequence(parsed)
    except (ImportError, AttributeError, TypeError, ValueError, re.error):
        return None  # another Python's parser: no gate, the pattern always runs
    if not need or not _selective(need):
        return None
    body = "".join(_DIGIT if c == _DIGIT else re.escape(c) for c in sorted(need))
    return re.compile(f"[{body}]")
