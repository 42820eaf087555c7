"""Verb slots for the lexicons: `<tuer>` stands for every chat form of "tuer".

    forms("tuer")                       # ("tue", "tuer", "tues", "tuee", "tuerai", ...)
    expand_pattern("je vais te <tuer>")  # "je vais te (?:tu(?:er|e|...))"
    expand_term("je vais <tuer>")        # ["je vais tue", "je vais tuer", ...]

Lexicon patterns and terms (`data/lexicons/*.toml`) write a verb once, as its
infinitive between angle brackets, and `lexicons.load_lexicon` expands it when the
lexicon is compiled (never per message). The forms are those chat writes, on the
folded views (no accents, lower case): infinitive, present, imperfect, future and
conditional (je te tuerai, jte tuerais), imperative, present and past participles
(tué, tuée, tués: "tue", "tuee", "tues"), and the spellings chat mixes up: an
infinitive written as a participle or a present ("je vais te tué", "je vais te
tue"), a future as a conditional ("je te tuerais"), and a doubled or single final
consonant of the stem ("butte", "fraper"), in patterns; terms ignore repeated
letters anyway (`lexicons.word_key`).

Regular verbs need no table: `-er` (with `-ger`, `-cer` and `-yer` stems), `-ir` of
the second group (finir: finissons) and `-dre` (vendre, descendre). Other verbs, and
extra forms of regular ones, come from the `[verbs]` tables of the lexicon files:
`offrir = ["offre", "offert", ...]`. An unknown slot fails loudly (`ValueError`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence

__all__ = ["SLOT", "Verbs", "expand_pattern", "expand_term", "forms"]

SLOT = re.compile(r"<([a-z]+)>")
"""A verb slot in a lexicon pattern or term: its infinitive, folded, in angle brackets."""

Verbs = Mapping[str, Sequence[str]]

# Endings after the stem (the infinitive without `er`), on folded text: é is e.
_ER = (
    "er", "e", "es", "ent", "ons", "ez", "ee", "ees",  # present, participles, imperative
    "ai", "ais", "ait", "aient", "ant", "ions", "iez",  # imperfect, "je vais te tuai"
    "erai", "eras", "era", "erons", "erez", "eront",  # future
    "erais", "erait", "erions", "eriez", "eraient", "ere",  # conditional, "tuerè"
)  # fmt: skip
_IR = (
    "ir", "is", "it", "issons", "issez", "issent", "i", "ie", "ies",
    "issais", "issait", "issaient", "issant",
    "irai", "iras", "ira", "irons", "irez", "iront", "irais", "irait", "iraient",
)  # fmt: skip
_DRE = (
    "re", "s", "", "ons", "ez", "ent", "u", "ue", "us", "ues",
    "ais", "ait", "aient", "ant",
    "rai", "ras", "ra", "rons", "rez", "ront", "rais", "rait", "raient",
)  # fmt: skip
# Endings of -ger and -yer verbs that change the stem: "egorgeons", "paie".
_SOFT = ("ons", "ais", "ait", "aient", "ant")
_MUTE = ("e", "es", "ent", "erai", "eras", "era", "eront", "erais", "erait", "eraient")


def _regular(verb: str) -> list[str]:
    """The forms of a regular verb, or [] when its class is not known here."""
    if verb.endswith("dre") and len(verb) > 4:
        stem = verb[:-2]
        return [stem + e for e in _DRE]
    if verb.endswith("er") and len(verb) > 3:
        stem = verb[:-2]
        out = [stem + e for e in _ER]
        if stem.endswith("g"):
            out += [stem + "e" + e for e in _SOFT]
        if stem.endswith("y"):
            out += [stem[:-1] + "i" + e for e in _MUTE]
        return out
    if verb.endswith("ir") and len(verb) > 3:
        stem = verb[:-2]
        return [stem + e for e in _IR]
    return []


def forms(verb: str, verbs: Verbs | None = None) -> tuple[str, ...]:
    """Every form of `verb` (folded infinitive), shortest first, without repeats.

    `verbs` maps an infinitive to extra forms (the `[verbs]` tables): they are added
    to a regular verb's forms and are the only forms (with the infinitive) of any other.
    Raise `ValueError` for a verb that is neither regular nor in `verbs`.
    """
    extra = list((verbs or {}).get(verb, ()))
    found = _regular(verb) + extra
    if not found:
        raise ValueError(f"verb slot <{verb}>: not a regular verb and no [verbs] entry")
    found.append(verb)
    return tuple(sorted(set(found), key=lambda f: (len(f), f)))


def _stem(verb: str) -> str:
    """The part of `verb` its regular forms share ("but" for buter, "vend" for vendre)."""
    return verb[:-2] if _regular(verb) else verb


def _loose_stem(stem: str) -> str:
    """A regular expression for `stem` whose last consonant, single or doubled after a
    vowel, may be written either way ("but": "bute", "butte"; "frapp": "frape")."""
    match = re.fullmatch(r"(.*[aeiouy])([b-df-hj-np-tv-z])\2?", stem)
    if match is None:
        return re.escape(stem)
    head, consonant = match.groups()
    return f"{re.escape(head)}{consonant}{{1,2}}"


def _longest_first(parts: set[str]) -> str:
    # With `re`, the first alternative that lets the rest of the pattern match wins.
    return "|".join(sorted(parts, key=lambda p: (-len(p), p)))


def _alternation(verb: str, verbs: Verbs | None) -> str:
    """`(?:stem(?:endings)|other forms)`: the stem is read once, then its endings."""
    stem = _stem(verb)
    all_forms = forms(verb, verbs)
    endings = {re.escape(f[len(stem) :]) for f in all_forms if f.startswith(stem)}
    others = {re.escape(f) for f in all_forms if not f.startswith(stem)}
    optional = "" in endings
    endings.discard("")
    parts = set(others)
    if endings:
        parts.add(f"{_loose_stem(stem)}(?:{_longest_first(endings)}){'?' if optional else ''}")
    elif optional:
        parts.add(_loose_stem(stem))
    return "(?:" + _longest_first(parts) + ")"


def expand_pattern(pattern: str, verbs: Verbs | None = None) -> str:
    """`pattern` with each verb slot replaced by an alternation of the verb's forms.

    Only `<` followed by lower-case letters and `>` is a slot: look-behinds
    (`(?<!...)`, `(?<=...)`) are left alone."""
    return SLOT.sub(lambda m: _alternation(m.group(1), verbs), pattern)


def expand_term(term: str, verbs: Verbs | None = None) -> list[str]:
    """The terms `term` stands for: one per combination of the forms of its slots."""
    parts = SLOT.split(term)
    if len(parts) == 1:
        return [term]
    # split() alternates text and verb names: text, verb, text, verb, ..., text.
    choices: list[Sequence[str]] = [
        forms(part, verbs) if i % 2 else (part,) for i, part in enumerate(parts)
    ]
    return ["".join(combo) for combo in itertools.product(*choices)]
