"""Tier 0 normalisation: the views of one text that lexicons and the model read.

`normalize(text)` returns a `Normalized` holding the original (kept as evidence)
and two derived views:

- `plain`: NFKC, case folded, look-alike letters mapped to ASCII, accents
  removed, emoji replaced by spaces. Digits and punctuation are kept, so phone
  numbers, prices, ages and e-mail addresses are matched on this view.
- `text`: `plain` with leetspeak undone inside words ("c0ke" -> "coke"),
  letters stretched three times or more collapsed ("saaalut" -> "salut"),
  single letters split by spaces or punctuation rejoined ("c o k e",
  "c.o.k.e" -> "coke") and every emoji code replaced by a `zz<code>` token
  ("❄️" -> "zzcocaine"). Lexicon terms are matched on this view.

`emoji_codes` lists the codes found, in order; `emoji_only` is true when the
text holds emoji codes and nothing else but spaces, punctuation and other emoji.
Pure and deterministic; about ten microseconds for a chat line.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["CONFUSABLES", "LEET", "Normalized", "fold", "native", "normalize", "words_view"]

# Cyrillic and Greek letters that look like Latin ones (the usual evasion);
# NFKC already maps fullwidth and mathematical alphanumerics.
CONFUSABLES: Mapping[str, str] = {
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
    "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j",
    "ѕ": "s", "ԁ": "d", "ɡ": "g", "ո": "n", "ս": "u", "ı": "i", "ł": "l", "ø": "o",
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o",
    "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ß": "ss", "æ": "ae", "œ": "oe",
}  # fmt: skip

_ONE = "\x01"  # "1" reads as "i" or "l": resolved into `text` and `text_l` at the end

LEET: Mapping[str, str] = {
    "0": "o", "1": _ONE, "3": "e", "4": "a", "@": "a", "5": "s", "$": "s", "7": "t",
    "!": "i", "|": "l", "€": "e",
}  # fmt: skip

try:  # the last steps in C for an ASCII view (optional: setup.py builds it when it can)
    from causette.moderation import _views
except ImportError:  # pragma: no cover - exercised where no C compiler is present
    _views = None  # type: ignore[assignment]


def native() -> bool:
    """Whether `normalize` runs its last steps in C (`_views`) rather than in Python."""
    return _views is not None


_CONFUSABLE_TABLE = str.maketrans(dict(CONFUSABLES))
# A view without any of these characters has nothing for `_unleet` to change.
_ANY_LEET = re.compile("[" + "".join(re.escape(ch) for ch in LEET) + "]")
# The same for a token: only whole tokens (runs of non-space) holding one are visited.
_LEET_TOKEN = re.compile(r"(?<!\S)(?=\S*" + _ANY_LEET.pattern + r")\S+")

# Emoji presentation selectors, joiners and skin tones carry no meaning here.
_EMOJI_NOISE = re.compile("[\ufe0e\ufe0f\u200d\U0001f3fb-\U0001f3ff]")
_APOSTROPHES = frozenset("'’`´ʼ")
_ASCII_APOSTROPHES = str.maketrans("'`", "  ")

_DIGIT_RUN = re.compile(r"\d{2,}")
# A number with a short unit or ordinal ("15ans", "5eme", "3mmc", "20cm") is not leet.
_MEASURE = re.compile(r"^\d+[a-z]{1,4}[.,!?]*$")
_STRETCH = re.compile(r"([a-z])\1{2,}")
# Three or more single letters separated by spaces or punctuation: "c o k e", "c.o.k.e".
# A single space, or punctuation with at most one space on each side; a wider gap
# separates words ("s h i t   d i s p o" is two words).
_SPLIT = re.compile(r"(?<![a-z0-9])[a-z](?:(?: ?[.\-_*·/|+,:] ?| )[a-z](?![a-z0-9])){2,}")
_NOT_LETTER = re.compile(r"[^a-z]")


@dataclass(frozen=True, slots=True)
class Normalized:
    """The original text and the views derived from it (see the module docstring)."""

    original: str
    plain: str
    text: str
    emoji_codes: tuple[str, ...]
    emoji_only: bool
    text_l: str = ""


class _CombiningMarks(dict[int, int | None]):
    """A `str.translate` table deleting combining marks, filled as characters are met.

    The same characters as `unicodedata.combining(ch) != 0`, with one C-level look-up
    per character instead of a Python call; at most `_MARKS_KEPT` entries are kept.
    """

    def __missing__(self, code: int) -> int | None:
        value = None if unicodedata.combining(chr(code)) else code
        if len(self) < _MARKS_KEPT:
            self[code] = value
        return value


_MARKS_KEPT = 16384
_MARKS = _CombiningMarks()


def _is_emoji(ch: str) -> bool:
    # Symbols (So) outside Latin-1 cover pictographs, dingbats (❄ ⛄) and 🅿.
    return unicodedata.category(ch) == "So" and ord(ch) > 0xFF


def _ranges(codes: list[int]) -> list[tuple[int, int]]:
    """Sorted code points as (first, last) runs."""
    runs: list[tuple[int, int]] = []
    for code in codes:
        if runs and runs[-1][1] == code - 1:
            runs[-1] = (runs[-1][0], code)
        else:
            runs.append((code, code))
    return runs


def _fold_any(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold().translate(_CONFUSABLE_TABLE)
    return unicodedata.normalize("NFD", text).translate(_MARKS)


def _fold_alone(code: int) -> bool:
    """Whether the character folds the same whatever its neighbours: not a combining
    mark, and its compatibility decomposition starts with a Latin character (below
    U+0300) or a punctuation or currency sign (U+2000 to U+20CF), which no composition
    takes as its second part. Composition (NFKC) is the
    only step that reads two characters together; case folding, the look-alike table,
    decomposition and the removal of marks go character by character."""
    ch = chr(code)
    if unicodedata.combining(ch):
        return False
    first = ord(unicodedata.normalize("NFKD", ch)[0])
    return first < 0x300 or 0x2000 <= first <= 0x20CF


# Latin-1, Latin Extended-A and B, general punctuation and currency signs: what French
# chat writes besides ASCII ("à", "é", "’", "…", "€"). A text made only of them folds
# character by character, one `translate` in place of two normalisations (S4).
_FAST_RANGES = ((0x0000, 0x024F), (0x2000, 0x206F), (0x20A0, 0x20CF))
_FAST_CODES = [code for lo, hi in _FAST_RANGES for code in range(lo, hi + 1) if _fold_alone(code)]
_FAST_TABLE = {code: _fold_any(chr(code)) for code in _FAST_CODES}
_NOT_FAST = re.compile(
    "[^"
    + "".join(re.escape(chr(lo)) + "-" + re.escape(chr(hi)) for lo, hi in _ranges(_FAST_CODES))
    + "]"
)


def _fold(text: str) -> str:
    if text.isascii():
        return text.lower()
    if _NOT_FAST.search(text) is None:
        return text.translate(_FAST_TABLE)
    return _fold_any(text)


# The engine and the spam guard fold the same message one after the other: the second
# fold is a look-up. Pure, so caching changes nothing; a few entries are enough.
_recent_fold = lru_cache(maxsize=64)(_fold)


def fold(text: str) -> str:
    """NFKC, case folding, look-alikes mapped to ASCII and accents removed."""
    return _recent_fold(text) if len(text) <= _FOLD_CACHED_LENGTH else _fold(text)


_FOLD_CACHED_LENGTH = 2000


def _unleet(token: str) -> str:
    """Undo leetspeak inside a word, leaving numbers ("15ans", "20€", "@pseudo") alone."""
    if len(token) < 2 or not any(ch.isalpha() for ch in token) or _MEASURE.match(token):
        return token
    # "julie75", "beuh93": a number at either end is a number; "c0c41ne" is leet.
    protected = {
        i
        for m in _DIGIT_RUN.finditer(token)
        if m.start() == 0 or m.end() == len(token)
        for i in range(m.start(), m.end())
    }
    out = []
    for i, ch in enumerate(token):
        mapped = LEET.get(ch)
        if (
            mapped is None
            or i in protected
            or (ch == "@" and i == 0)  # a handle, not a letter
            or (ch in "!|€" and not (0 < i < len(token) - 1))  # end punctuation, prices
        ):
            out.append(ch)
        else:
            out.append(mapped)
    return "".join(out)


# Pure, and chat words repeat: most tokens are one look-up. Long tokens (spam, floods)
# are not kept, so the cache stays small.
_cached_unleet = lru_cache(maxsize=32768)(_unleet)


def _unleet_match(match: re.Match[str]) -> str:
    token = match.group()
    return _cached_unleet(token) if len(token) <= 40 else _unleet(token)


def _rejoin(match: re.Match[str]) -> str:
    letters = _NOT_LETTER.sub("", match.group())
    # "il y a a manger": runs of French one-letter words are not a split word.
    return match.group() if set(letters) <= {"a", "y", "o"} else letters


def words_view(view: str) -> tuple[str, str]:
    """(`text`, `text_l`) from the folded view: leetspeak undone, stretched letters and
    split words joined, white space squeezed. The reference `_views.c` is tested
    against, and the path without it (or for a view that is not ASCII)."""
    if _ANY_LEET.search(view):  # a token without leet characters is left as it is
        view = _LEET_TOKEN.sub(_unleet_match, view)
    view = _STRETCH.sub(r"\1", view)
    view = _SPLIT.sub(_rejoin, view)
    view = " ".join(view.split())
    alternative = view.replace(_ONE, "l") if _ONE in view else ""
    return view.replace(_ONE, "i"), alternative


def normalize(text: str, emoji_book: Mapping[str, str] | None = None) -> Normalized:
    """Return the views of `text`; `emoji_book` maps an emoji to its code name."""
    book = emoji_book or {}
    cleaned = _EMOJI_NOISE.sub("", text)
    codes: list[str] = []
    plain_chars: list[str] = []
    text_chars: list[str] = []
    has_other = False
    folded = fold(cleaned)
    if folded.isascii():  # the common case: no emoji, no per-character work
        plain_chars = [folded.translate(_ASCII_APOSTROPHES)]
        text_chars = plain_chars
        has_other = True
        folded = ""
    for ch in folded:
        if _is_emoji(ch):
            code = book.get(ch)
            plain_chars.append(" ")
            if code:
                codes.append(code)
                text_chars.append(f" zz{code} ")
            else:
                text_chars.append(" ")
            continue
        if ch in _APOSTROPHES:
            ch = " "  # "t'es" and "t es" are the same words for every matcher
        plain_chars.append(ch)
        text_chars.append(ch)
        if ch.isalnum():
            has_other = True
    # str.split() cuts at exactly the characters `\s` matches: runs of white space
    # become one space, none at either end (as `re.sub(r"\s+", " ", ...).strip()`).
    plain = " ".join("".join(plain_chars).split())
    view = "".join(text_chars)
    done = _views.views(view) if _views is not None else None  # C, for an ASCII view
    view, alternative = done if done is not None else words_view(view)
    return Normalized(
        original=text,
        plain=plain,
        text=view,
        text_l=alternative,
        emoji_codes=tuple(codes),
        emoji_only=bool(codes) and not has_other,
    )
