"""The rule tables read together: matching a message against them, once per folded form.

Each rule is a stable id, a family, a weight and a pattern (`patterns.Rule`). The
tables are `grooming_rules.GROOMING_RULES`, `child_rules.CHILD_SELF_RULES` and
`adult_rules.ADULT_SELF_RULES` (named here too, with `Rule` and `TEEN_FRAME`, for the
tools and tests that read them from this module). Patterns match the folded forms of
`fold.py`; the figures behind the weights are in docs/minors.md (dev split only).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from causette.moderation.minors.adult_rules import ADULT_SELF_RULES, TEEN_FRAME
from causette.moderation.minors.child_rules import CHILD_SELF_RULES
from causette.moderation.minors.fold import Folded
from causette.moderation.minors.gate import any_of, first_start
from causette.moderation.minors.grooming_rules import GROOMING_RULES
from causette.moderation.minors.patterns import Rule
from causette.moderation.superset import SharedScan, SharedTable

__all__ = [
    "ADULT_SELF_RULES",
    "CHILD_SELF_RULES",
    "FOLDED",
    "GROOMING_RULES",
    "TEEN_FRAME",
    "Gate",
    "Rule",
    "match",
    "off_platform_contact",
    "strongest",
]

_PHONE = re.compile(r"(?:\+33|0033|\b0)\s*[1-9](?:[\s.\-]*\d{2}){4}\b")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[a-z]{2,}", re.IGNORECASE)
_HANDLE = re.compile(r"(?<![\w.])@[A-Za-z0-9_.]{3,}")


def off_platform_contact(raw: str) -> bool:
    """True when the raw text carries a phone number, an e-mail address or an @handle."""
    # Every branch of `_PHONE` starts with "+33" or a "0": without either it cannot match.
    if ("0" in raw or "+" in raw) and _PHONE.search(raw):
        return True
    # Both other patterns need an "@" (a literal in each): without one, neither can match.
    return "@" in raw and bool(_EMAIL.search(raw) or _HANDLE.search(raw))


# Most messages match no rule of a table. With RE2 (`moderation.superset`), one pass over
# a folded form tells which rules of a table may match it and only those are searched;
# without it, one search of the joined table answers for all its rules (see gate.py).
_TABLES = (GROOMING_RULES, CHILD_SELF_RULES, ADULT_SELF_RULES)
_ANY_RULE = {id(table): (table, any_of(rule.pattern for rule in table)) for table in _TABLES}
# One RE2 set per table (round 7): the DFA of the three tables together grew with the
# product of their states (about 113 µs per novel text once warm, against 8 + 7 + 33 µs for
# the three sets apart), and a message is matched against two tables at most, three for a
# declared adult's private message.
# With Hyperscan, the three share one database (twelfth sitting, for the DM's cost: a declared
# adult's message is matched against all three, over the same folded text, and each scan
# of a novel text pays Hyperscan's cold start): one scan for the three.
# Fourteenth sitting: the ages' gate (`ages._may_match`) and the guard's asides read the same
# folded text, and join the same database (`FOLDED`): a declared adult's message is scanned
# once, where it was scanned three times. Every standalone pattern gated this way goes
# through `Gate` (the ages', the partner's "ton fils" / "ton taf de").
FOLDED = SharedScan()
"""The tables read over a message's folded forms, in one database (`superset.SharedScan`)."""
_SETS = {id(table): (table, FOLDED.add([rule.pattern for rule in table])) for table in _TABLES}
_last_candidates: tuple[tuple[int, str, frozenset[int]], ...] = ()


# Standalone patterns searched over a whole folded message (`ages`, `someone_else`): the
# shared pass (`FOLDED`) tells which of them may match; the others are not searched (`re`
# tries every alternative at every position). Sound: a pattern left out cannot match the
# text from any position, so a search from a later `pos` cannot either.
class Gate:
    """The source strings (`Pattern.pattern`) of the patterns of a tuple that may match a
    text, as a set: membership of a source string is a cached hash, while a compiled
    pattern's hash reads its whole program. The last text's answer is kept: a message is
    read by several functions here, one after the other."""

    def __init__(self, patterns: tuple[re.Pattern[str], ...]) -> None:
        self._sources = tuple(p.pattern for p in patterns)
        self._set = FOLDED.add(patterns)  # one scan with the rules' tables
        self._every = frozenset(self._sources)
        self._last: tuple[str, frozenset[str]] = ("", self._every)

    def __call__(self, text: str) -> frozenset[str]:
        last = self._last  # one read: another thread may replace it meanwhile
        if last[0] == text:
            return last[1]
        maybe = self._set.candidates(text)
        found = (
            self._every
            if len(maybe) == len(self._sources)
            else frozenset(self._sources[i] for i in maybe)
        )
        self._last = (text, found)
        return found


def _candidates(table: int, pset: SharedTable, text: str) -> frozenset[int]:
    """Indexes in the table of the rules that may match `text` (see superset.py). The
    answers for the last four (table, text) pairs are kept: a message's two folded forms
    may be matched against a table twice."""
    global _last_candidates
    last = _last_candidates  # one read: another thread may replace it meanwhile
    for seen_table, seen, found in last:
        if seen_table == table and seen == text:
            return found
    found = pset.candidates(text)
    _last_candidates = ((table, text, found), *last[:3])
    return found


def match(folded: Folded, rules: tuple[Rule, ...]) -> Iterator[Rule]:
    """Yield each rule of `rules` whose pattern matches either folded form."""
    plain = folded.plain
    leet = folded.leet if folded.leet != plain else None
    table, pset = _SETS.get(id(rules), ((), None))
    if table is rules and pset is not None and pset.active:
        maybe_plain = _candidates(id(rules), pset, plain)
        maybe_leet = _candidates(id(rules), pset, leet) if leet is not None else frozenset()
        if not (maybe_plain or maybe_leet):
            return
        for i, rule in enumerate(rules):
            search = rule.pattern.search
            if (i in maybe_plain and search(plain)) or (
                i in maybe_leet and leet is not None and search(leet)
            ):
                yield rule
        return
    table, combined = _ANY_RULE.get(id(rules), ((), None))
    gate = combined if table is rules else None
    start_plain, start_leet = first_start(gate, plain), first_start(gate, leet)
    if start_plain < 0 and start_leet < 0:
        return
    for rule in rules:
        # `search(text, pos)` still reads `text` before `pos` for \b and look-behinds,
        # and `^` only ever matches at 0: the same answer as searching the whole text.
        search = rule.pattern.search
        if (start_plain >= 0 and search(plain, start_plain)) or (
            start_leet >= 0 and leet is not None and search(leet, start_leet)
        ):
            yield rule


def strongest(rules: Iterable[Rule]) -> list[Rule]:
    """Keep, per family, only the heaviest rule: one message counts once per family
    ("ne dis rien à tes parents" is one demand for secrecy, not two)."""
    best: dict[str, Rule] = {}
    for rule in rules:
        if rule.family not in best or rule.weight > best[rule.family].weight:
            best[rule.family] = rule
    return list(best.values())
