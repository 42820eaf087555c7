"""One search for a whole table of rule patterns (an exact shortcut for `rules.match`).

`any_of(patterns)` joins patterns into one alternation: it matches wherever one of
them matches, and its leftmost match starts where the leftmost match of any of them
starts. No match there means no pattern of the table matches (most messages); a
match at `p` means none matches before `p`, so each can be searched from `p`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["any_of", "first_start"]


def any_of(patterns: Iterable[re.Pattern[str]]) -> re.Pattern[str] | None:
    """One pattern matching where any of `patterns` matches; None when they cannot be
    joined as they are (flags other than the default, back references)."""
    parts = list(patterns)
    if any(p.flags != re.UNICODE for p in parts):
        return None
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in parts))
    except re.error:
        return None


def first_start(pattern: re.Pattern[str] | None, text: str | None) -> int:
    """Where the leftmost match of `pattern` starts in `text`: -1 for none (or no
    text), 0 when there is no pattern (search everything)."""
    if text is None:
        return -1
    if pattern is None:
        return 0
    found = pattern.search(text)
    return -1 if found is None else found.start()
