"""The `causette moderate` interface: JSON lines in, one verdict line out per input.

Input line: `{"kind": "message"|"pseudonym"|"room_name", "text": "...",
"room_adult": true|false, "author_age": 34|null}` (`private_message` and
`room_topic` are accepted too). Output line, same order:
`{"action": "allow"|"review"|"block", "categories": [...], "reasons": [...],
"rules": [...]}`, or `{"error": {"code": ..., "message": ...}}` for a line that
cannot be read. Never raises on bad input; outside evaluation relies on it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from causette.domain.profile import ADULT_AGE, MAXIMUM_AGE, AgeBand
from causette.domain.rooms import RoomKind
from causette.moderation.engine import Engine
from causette.moderation.verdict import Context, TextKind

__all__ = ["context_from", "moderate_line", "moderate_lines"]


class _BadLine(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def _band(age: Any) -> AgeBand | None:
    if age is None:
        return None
    if isinstance(age, bool) or not isinstance(age, int) or not 0 < age <= MAXIMUM_AGE:
        raise _BadLine(
            "invalid_field", f"author_age doit être un entier de 1 à {MAXIMUM_AGE} ou null"
        )
    # Under 15 cannot register, but a child is a minor for moderation all the same.
    return AgeBand.ADULT if age >= ADULT_AGE else AgeBand.MINOR


def context_from(item: Any) -> tuple[str, Context]:
    """The text and context of one decoded input object; raise `_BadLine` if invalid."""
    if not isinstance(item, dict):
        raise _BadLine("invalid_line", "chaque ligne doit être un objet JSON")
    text = item.get("text")
    if not isinstance(text, str):
        raise _BadLine("invalid_field", "text doit être une chaîne")
    try:
        kind = TextKind(str(item.get("kind")))
    except ValueError:
        raise _BadLine(
            "invalid_field", "kind doit valoir message, pseudonym ou room_name"
        ) from None
    adult = item.get("room_adult", False)
    if adult is None:
        adult = False
    if not isinstance(adult, bool):
        raise _BadLine("invalid_field", "room_adult doit valoir true ou false")
    band = _band(item.get("author_age"))
    room: RoomKind | None = None
    if kind in (TextKind.MESSAGE, TextKind.ROOM_NAME, TextKind.ROOM_TOPIC):
        room = RoomKind.ADULT if adult else RoomKind.GENERAL
        if band is AgeBand.MINOR and not adult:
            # Minors only ever see teen rooms (domain/rooms.py): a minor's message, room
            # name or topic is said in one, and judged as such ("Ados de Lyon" passes).
            room = RoomKind.TEEN
    return text, Context(kind=kind, room_kind=room, sender_band=band)


def moderate_line(line: str, engine: Engine) -> dict[str, Any]:
    """The output object for one input line."""
    try:
        try:
            item = json.loads(line)
        except (json.JSONDecodeError, RecursionError):
            raise _BadLine("invalid_json", "la ligne n’est pas du JSON valide") from None
        text, ctx = context_from(item)
    except _BadLine as bad:
        return {"error": {"code": bad.code, "message": bad.message}}
    verdict = engine.check(text, ctx)
    return {
        "action": verdict.action.value,
        "categories": list(verdict.categories),
        "reasons": list(verdict.reasons),
        "rules": list(verdict.rules),
    }


def moderate_lines(lines: Iterable[str], engine: Engine) -> Iterator[str]:
    """One JSON output line (no trailing newline) per input line, in order."""
    for line in lines:
        yield json.dumps(moderate_line(line, engine), ensure_ascii=False)
