"""Text folding for the conversation signals: one canonical form per message.

`fold(text)` returns the forms the rule patterns are written against:

* `plain`: casefolded, accents stripped, apostrophes and punctuation turned into
  spaces, spaced-out letters joined ("s n a p" -> "snap") and every run of a
  repeated letter collapsed to one ("trooop" -> "trop", "belle" -> "bele").
  Digits are kept, so ages, classes ("4eme") and phone numbers still match.
* `leet`: the same, with digits inside words read as letters ("s3cr3t" ->
  "secret", "ph0t0" -> "photo"), except tokens that are numbers with a unit or an
  ordinal ("14ans", "4eme", "2nde"), and common SMS spellings read as words
  ("kan" -> "quand", "pa" -> "pas", "tof" -> "photo").

Patterns are therefore written in the collapsed form ("colege", "mignone").
The moderation engine owns the full normaliser (`causette.moderation.normalize`);
this one is deliberately small so the package has no dependency on it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["Folded", "fold", "fold_lowered", "fold_python", "native"]

_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b"})
# The ligatures are letters ("sœur", "cœur", "œil"), which NFKD does not take apart.
_SYMBOLS = str.maketrans(
    {"@": " @", "$": "s", "€": " euros ", "&": " et ", "œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae"}
)
_SYMBOL_CHARS = frozenset("@$€&œŒæÆ")
_NOT_WORD = re.compile(r"[^a-z0-9@]+")
_REPEAT = re.compile(r"([a-z])\1+")
_SPACED = re.compile(r"\b(?:[a-z] ){2,}[a-z]\b")
_MIXED = re.compile(r"\b(?=[a-z0-9]*[a-z])(?=[a-z0-9]*\d)[a-z0-9]+\b")
# Numbers with a unit or an ordinal stay numbers: 14ans, 4eme, 2nde, 1ere, 20h, 50e.
_NUMERIC_TOKEN = re.compile(r"^\d+(?:e|eme|em|ieme|er|ere|nd|nde|ans?|h|k|min|mn|cm|kg|km|x|eur)?$")


# Common SMS spellings read as words (applied to the second form only; keys and values are
# already folded, collapsed and read with digits as letters: "ri1" is met as "ri").
# Ambiguous ones ("mer", "ta", "tes") are left alone.
# fmt: off
_SMS = {
    "kan": "quand", "qd": "quand", "koi": "quoi", "kwa": "quoi", "ki": "qui", "ke": "que",
    "pa": "pas", "pk": "pourquoi", "pq": "pourquoi", "pcq": "parce que", "tkt": "t inquiete",
    "dir": "dire", "fo": "faut", "tjr": "toujours", "tjrs": "toujours", "jsp": "je sais pas",
    "auj": "aujourd hui", "mnt": "maintenant", "mtn": "maintenant", "tro": "trop",
    "ds": "dans", "vs": "vous", "tt": "tout", "ptit": "petit", "ptite": "petite",
    "jte": "je te", "jt": "je t", "jme": "je me", "jsuis": "je suis", "chui": "je suis",
    "voi": "voit", "bcp": "beaucoup", "cmb": "combien", "cb": "combien",
    "fotos": "photos", "foto": "photo", "tof": "photo", "tofs": "photos", "pic": "photo",
    "pics": "photos", "ui": "oui", "msg": "message", "msgs": "messages", "pr": "pour",
    "vrm": "vraiment", "grv": "grave", "mm": "meme",
    "mntr": "montre", "mtr": "montre", "montr": "montre", "env": "envoie", "envoi": "envoie",
    "jveu": "je veux", "jveux": "je veux", "veu": "veux", "vx": "veux", "jpeu": "je peux",
    "jpx": "je peux", "tpeu": "tu peux", "tpx": "tu peux", "twa": "toi", "toa": "toi",
    "moa": "moi", "mwa": "moi", "tte": "toute", "sul": "seul", "sule": "seule",
    "ri": "rien", "2main": "demain",
    "dmain": "demain", "ajd": "aujourd hui", "ojd": "aujourd hui", "ac": "avec", "avc": "avec",
    "ak": "avec", "ns": "nous", "dc": "donc", "prsn": "personne", "prsne": "personne",
    "pers": "personne", "rents": "parents", "prents": "parents", "prnts": "parents",
    "parnts": "parents", "reum": "mere", "keske": "qu est ce que", "kesk": "qu est ce que",
    "kestu": "qu est ce que tu", "tfk": "tu fais quoi", "tfq": "tu fais quoi", "adr": "adresse",
    "adrs": "adresse", "snp": "snap", "sekret": "secret", "secre": "secret", "dodo": "dormir",
    "koman": "comment", "cmt": "comment", "ossi": "aussi", "oci": "aussi",
    "tinkiete": "t inquiete", "stv": "si tu veux", "cmbien": "combien", "kel": "quel",
    "kele": "quelle", "ql": "quel", "qel": "quel", "tabite": "t habites", "tabites": "t habites",
    "chuis": "je suis", "shui": "je suis", "jsui": "je suis",
}
# fmt: on
_SMS_LONGEST = max(map(len, _SMS))

try:  # the steps after case and accent folding in C (optional: setup.py builds it)
    from causette.moderation.minors import _fold
except ImportError:  # pragma: no cover - exercised where no C compiler is present
    _fold = None  # type: ignore[assignment]


def native() -> bool:
    """Whether `fold` runs its steps in C (`_fold`) rather than in Python."""
    return _fold is not None


@dataclass(frozen=True, slots=True)
class Folded:
    """The folded forms of one text (see the module docstring)."""

    plain: str
    leet: str


class _CombiningMarks(dict[int, int | None]):
    """A `str.translate` table deleting combining marks (`unicodedata.combining(ch) != 0`),
    filled as characters are met: one C-level look-up per character instead of a Python
    call. At most `_MARKS_KEPT` entries are kept."""

    def __missing__(self, code: int) -> int | None:
        value = None if unicodedata.combining(chr(code)) else code
        if len(self) < _MARKS_KEPT:
            self[code] = value
        return value


_MARKS_KEPT = 16384
_MARKS = _CombiningMarks()


class _Lowered(dict[int, str]):
    """Each character's own folding, as `fold` folds a whole text (symbols mapped, case
    folded, accents stripped), filled as characters are met; for `_fold.c`, which reads
    [a-z0-9] itself. At most `_MARKS_KEPT` entries are kept."""

    def __missing__(self, code: int) -> str:
        value = _strip_accents(chr(code).translate(_SYMBOLS).casefold())
        if len(self) < _MARKS_KEPT:
            self[code] = value
        return value


_LOWERED = _Lowered()


def _strip_accents(text: str) -> str:
    if text.isascii():  # the common case: ASCII has no accents and NFKD leaves it as is
        return text
    return unicodedata.normalize("NFKD", text).translate(_MARKS)


def _join_spaced(match: re.Match[str]) -> str:
    return match.group(0).replace(" ", "")


def _deleet(match: re.Match[str]) -> str:
    token = match.group(0)
    if _NUMERIC_TOKEN.match(token):
        return token
    return token.translate(_LEET)


def fold(text: str) -> Folded:
    """Fold `text` for matching; pure and cheap (a few regex passes, or one C call)."""
    if _fold is not None:
        plain, leet = _fold.fold(text, _LOWERED, _SMS, _SMS_LONGEST)
        return Folded(plain=plain, leet=leet)
    return fold_python(text)


def fold_python(text: str) -> Folded:
    """`fold` in Python only: the reference the C extension is tested against, and the
    path without it."""
    if not _SYMBOL_CHARS.isdisjoint(text):  # else nothing to map
        text = text.translate(_SYMBOLS)
    return fold_lowered(_strip_accents(text.casefold()))


def fold_lowered(lowered: str) -> Folded:
    """`fold`'s steps after case and accent folding, in Python: with them, the reference
    the C extension (`_fold.c`) is tested against, and the path without it."""
    spaced = " ".join(_NOT_WORD.sub(" ", lowered).split())
    joined = _SPACED.sub(_join_spaced, spaced)
    plain = _REPEAT.sub(r"\1", joined)
    mixed = _MIXED.sub(_deleet, joined)
    leet = plain if mixed == joined else _REPEAT.sub(r"\1", mixed)  # no digit read as letter
    leet = " ".join(_SMS.get(word, word) for word in leet.split())
    return Folded(plain=plain, leet=leet)
