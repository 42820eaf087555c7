"""Checks on message text before anything else looks at it."""

from __future__ import annotations

import unicodedata

from causette.domain.errors import InvalidInput

__all__ = ["validate_text"]

_ALLOWED_CONTROLS = frozenset("\n\t")


def validate_text(raw: str, max_chars: int) -> str:
    """Return the text (NFC, trailing whitespace trimmed) or raise `InvalidInput`.

    Codes: `text_empty`, `text_too_long`, `text_control_chars` (C0/C1 controls
    other than newline and tab, and bidirectional overrides that can disguise text).
    """
    text = unicodedata.normalize("NFC", raw).rstrip()
    if not text.strip():
        raise InvalidInput("text_empty", "Le message est vide.", field="text")
    if len(text) > max_chars:
        raise InvalidInput(
            "text_too_long",
            f"Le message dépasse {max_chars} caractères.",
            field="text",
        )
    for ch in text:
        if ch in _ALLOWED_CONTROLS:
            continue
        category = unicodedata.category(ch)
        if category == "Cs":
            raise InvalidInput(
                "text_invalid_unicode",
                "Le message contient des caractères invalides.",
                field="text",
            )
        if category == "Cc" or ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069":
            raise InvalidInput(
                "text_control_chars",
                "Le message contient des caractères de contrôle interdits.",
                field="text",
            )
    return text
