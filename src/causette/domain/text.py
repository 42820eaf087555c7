"""Checks on message text before anything else looks at it."""

from __future__ import annotations

import re
import unicodedata

from causette.domain.errors import InvalidInput

__all__ = ["validate_text"]

# Every character refused below, in one class: C0/C1 controls (category Cc is exactly
# U+0000-U+001F and U+007F-U+009F) other than newline and tab, surrogates (Cs), and the
# bidirectional overrides. One C-level search instead of a category look-up per character.
_REFUSED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


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
    found = _REFUSED.search(text)
    if found is not None:  # the first refused character decides the message, as it reads
        if unicodedata.category(found.group()) == "Cs":
            raise InvalidInput(
                "text_invalid_unicode",
                "Le message contient des caractères invalides.",
                field="text",
            )
        raise InvalidInput(
            "text_control_chars",
            "Le message contient des caractères de contrôle interdits.",
            field="text",
        )
    return text
