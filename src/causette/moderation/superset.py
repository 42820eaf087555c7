"""Many regular expressions searched at once, exactly: an RE2 set as a sound prefilter.

    pset = PatternSet([p1, p2, p3])      # compiled `re` patterns
    maybe = pset.candidates(text)        # indexes of the patterns that may match `text`
    found = [i for i in maybe if patterns[i].search(text)]  # = searching every pattern

Each `re` pattern is translated, with the standard library's own parser, into an RE2
pattern that matches wherever it matches, and possibly elsewhere: look-arounds and anchors
are dropped, except `^` and `\\A` where nothing can come before them (the start of the
text, kept as RE2's `^`: a pattern anchored there adds few DFA states), a leading
one-character look-behind and a trailing one-character look-ahead, which become "start, or
a character outside the class" and "a character outside the class, or end" (the same thing
for a search); `\\d`, `\\w`, `\\s` and their negations are exact on ASCII and let any
other character through (negated classes use the narrower reading, so they too only
widen). One pass of RE2's DFA over the text (linear time, C++) then tells which patterns
*cannot* match; only the others are searched with `re`. `candidates` therefore never
leaves out a pattern that `re` would find: results are the same, only the number of `re`
searches drops (most texts match none of a table's patterns, and `re` tries every
alternative at every position).

A pattern the translation does not handle (back references, inline or global flags
such as IGNORECASE) or that RE2 refuses is always a candidate. Every pattern is a
candidate without the `google-re2` package, for a text RE2 cannot take (lone
surrogates), and when RE2 gives up on a text: the set holds an empty pattern that
matches everywhere, so an answer without it means "no answer", never "no match".
"""

from __future__ import annotations

import hashlib
import importlib
import json
import logging
import os
import platform
import re
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

__all__ = ["PatternSet", "SharedScan", "SharedTable", "superset_pattern"]

log = logging.getLogger(__name__)

_MAX = 0x10FFFF
_RE2_MAX_REPEAT = 1000
_MAX_MEM = 64 << 20  # RE2's budget for the set's program and DFA cache (bytes)

Ranges = list[tuple[int, int]]

# Python's classes on str patterns are Unicode-aware; RE2's are ASCII. Each class is
# given two readings, equal on ASCII: OVER also accepts every non-ASCII character (used
# in positive classes), UNDER accepts no non-ASCII character (used inside [^...], whose
# complement then accepts them all). Both only ever widen what the RE2 pattern accepts.
_ASCII_WORD: Ranges = [(0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A)]
_ASCII_NOT_WORD: Ranges = [(0x00, 0x2F), (0x3A, 0x40), (0x5B, 0x5E), (0x60, 0x60), (0x7B, 0x7F)]
_ASCII_SPACE: Ranges = [(0x09, 0x0D), (0x1C, 0x20)]
_ASCII_NOT_SPACE: Ranges = [(0x00, 0x08), (0x0E, 0x1B), (0x21, 0x7F)]
_UNDER: dict[str, Ranges] = {
    "CATEGORY_DIGIT": [(0x30, 0x39)],
    "CATEGORY_NOT_DIGIT": [(0x00, 0x2F), (0x3A, 0x7F)],
    "CATEGORY_SPACE": _ASCII_SPACE,
    "CATEGORY_NOT_SPACE": _ASCII_NOT_SPACE,
    "CATEGORY_WORD": _ASCII_WORD,
    "CATEGORY_NOT_WORD": _ASCII_NOT_WORD,
}
_OVER: dict[str, Ranges] = {name: [*r, (0x80, _MAX)] for name, r in _UNDER.items()}


class _Untranslatable(Exception):
    pass


def _parser() -> Any:
    # The standard library's regex parser (re._parser since 3.11; no type stubs).
    return importlib.import_module("re._parser")


def _merge(ranges: Ranges) -> Ranges:
    out: Ranges = []
    for lo, hi in sorted(ranges):
        if out and lo <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _complement(ranges: Ranges) -> Ranges:
    out: Ranges = []
    start = 0
    for lo, hi in _merge(ranges):
        if lo > start:
            out.append((start, lo - 1))
        start = hi + 1
    if start <= _MAX:
        out.append((start, _MAX))
    return out


def _char(code: int) -> str:
    ch = chr(code)
    return ch if ch.isascii() and ch.isalnum() else f"\\x{{{code:X}}}"


def _class(ranges: Ranges) -> str:
    merged = _merge(ranges)
    if not merged:
        return f"[^\\x{{0}}-\\x{{{_MAX:X}}}]"  # matches nothing
    body = "".join(_char(lo) if lo == hi else f"{_char(lo)}-{_char(hi)}" for lo, hi in merged)
    return f"[{body}]"


def _in_ranges(items: Any, *, exact: bool = False) -> Ranges:
    """The ranges of an `IN` item list (negation applied). `exact`: refuse categories."""
    negate = False
    ranges: Ranges = []
    items = list(items)
    if items and items[0][0].name == "NEGATE":
        negate, items = True, items[1:]
    for op, av in items:
        name = op.name
        if name == "LITERAL":
            ranges.append((av, av))
        elif name == "RANGE":
            ranges.append((av[0], av[1]))
        elif name == "CATEGORY" and not exact and av.name in _OVER:
            ranges += (_UNDER if negate else _OVER)[av.name]
        else:
            raise _Untranslatable(name)
    return _complement(ranges) if negate else _merge(ranges)


def _one_char(sub: Any) -> Ranges | None:
    """The exact character set of a one-character look-around body, else None."""
    items = list(sub)
    if len(items) != 1:
        return None
    op, av = items[0]
    try:
        if op.name == "LITERAL":
            return [(av, av)]
        if op.name == "IN":
            return _in_ranges(av, exact=True)
    except _Untranslatable:
        return None
    return None


# A private bit of `flags` in the translation: something may come before the item being
# translated, so a start anchor there is embedded. It is dropped (the pattern only gets
# wider): Hyperscan refuses an embedded start anchor ("Embedded start anchors not
# supported"), as in a lexicon group `(?<![a-z0-9])(?:…|(?:^|\s)88…)`, whose translated head
# `(?:^|[^a-z0-9])` comes first, and the whole pattern was then searched with `re` in every
# text.
_AFTER = 1 << 30


def _seq(items: Any, flags: int) -> str:
    return "".join(
        _item(op, av, flags if i == 0 else flags | _AFTER) for i, (op, av) in enumerate(items)
    )


def _item(op: Any, av: Any, flags: int) -> str:
    name = op.name
    if name == "LITERAL":
        return _char(av)
    if name == "NOT_LITERAL":
        return _class(_complement([(av, av)]))
    if name == "ANY":
        return _class([(0, _MAX)]) if flags & re.DOTALL else "[^\\n]"
    if name == "IN":
        return _class(_in_ranges(av))
    if name == "BRANCH":
        return "(?:" + "|".join(_seq(alt, flags) for alt in av[1]) + ")"
    if name == "SUBPATTERN":
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise _Untranslatable("inline flags")
        return "(?:" + _seq(sub, flags) + ")"
    if name == "ATOMIC_GROUP":
        return "(?:" + _seq(av, flags) + ")"
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, sub = av
        body = _seq(sub, flags if high <= 1 else flags | _AFTER)  # a second pass follows one
        if not body:
            return ""
        low = min(low, _RE2_MAX_REPEAT)
        if high > _RE2_MAX_REPEAT:  # also MAXREPEAT (unbounded)
            return f"(?:{body}){{{low},}}"
        return f"(?:{body}){{{low},{high}}}"
    if name == "AT" and (
        av.name == "AT_BEGINNING_STRING" or (av.name == "AT_BEGINNING" and not flags & re.MULTILINE)
    ):
        # the start of the text, as RE2's ^ outside multi-line mode: exact; embedded: dropped
        return "" if flags & _AFTER else "^"
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return ""  # dropped: the pattern only gets wider
    raise _Untranslatable(name)


def superset_pattern(pattern: re.Pattern[str]) -> str | None:
    """An RE2 pattern whose search succeeds wherever `pattern`'s does (see above);
    None when `pattern` uses what the translation does not handle."""
    if not isinstance(pattern.pattern, str) or pattern.flags & (re.IGNORECASE | re.LOCALE):
        return None
    try:
        parsed = _parser().parse(pattern.pattern, pattern.flags)
        flags = int(parsed.state.flags)
        items = list(parsed)
        head = tail = ""
        if items and items[0][0].name == "ASSERT_NOT" and items[0][1][0] == -1:
            chars = _one_char(items[0][1][1])
            if chars is not None:  # (?<![a-z]) = at the start, or after another character
                head = f"(?:^|{_class(_complement(chars))})"
                items = items[1:]
        if items and items[-1][0].name == "ASSERT_NOT" and items[-1][1][0] == 1:
            chars = _one_char(items[-1][1][1])
            if chars is not None:  # (?![a-z]) = another character follows, or the end
                tail = f"(?:{_class(_complement(chars))}|$)"
                items = items[:-1]
        return head + _seq(items, flags | _AFTER if head else flags) + tail
    except (_Untranslatable, ImportError, AttributeError, TypeError, ValueError, re.error):
        return None


def _translate(patterns: Sequence[re.Pattern[str]]) -> list[tuple[int, str]]:
    """(index, RE2/Hyperscan expression) of each pattern the translation handles."""
    translated: list[tuple[int, str]] = []
    for i, pattern in enumerate(patterns):
        expression = superset_pattern(pattern)
        if expression is not None:
            translated.append((i, expression))
    return translated


def _re2() -> Any:
    try:
        return importlib.import_module("re2")
    except ImportError:
        return None


def _cache_dir() -> Path:
    """Where compiled Hyperscan databases are kept, as other tools keep theirs:
    `$XDG_CACHE_HOME/causette/hyperscan`, else `~/.cache/causette/hyperscan`. Derived data
    only (each file named by the hash of its patterns, flags, library version and
    machine), safe to delete."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "causette" / "hyperscan"


def _hyperscan() -> Any:
    try:
        return importlib.import_module("hyperscan")
    except ImportError:
        return None


_PROBE = 2
"""The version of `_Hyperscan._probe`, in the name of its cached answers: a probe that keeps
more than an earlier one must not read that one's answer."""


def _write(path: Path, data: bytes) -> None:
    """Keep `data` in the cache, atomically (another process reads all of it or nothing);
    a read-only home only means computing it again next time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(data)
        os.replace(partial, path)
    except OSError:
        pass


def _read_kept(path: Path, translated: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The items an earlier probe of `translated` kept (`_Hyperscan._probe`), or all of
    them when none was kept or the file does not hold a subset of their indexes."""
    try:
        kept = [(int(i), str(e)) for i, e in json.loads(path.read_bytes())]
    except (OSError, ValueError, TypeError):
        return translated
    known = {i for i, _ in translated}
    return kept if all(i in known for i, _ in kept) else translated


def _alternatives(expression: str) -> list[str]:
    """The translated `expression` as several patterns whose union matches what it does:
    `X(?:A|B|…)Y` as `X(?:A)Y`, `X(?:B)Y`, … over its top-level group of the most
    alternatives (a lexicon group's "(?:^|[^a-z0-9])(?:…)", a rule's "(?:…)"); `[expression]`
    when no top-level group has two. Translated literals are alphanumeric or `\\x{..}`
    escapes, so a raw parenthesis or bar is syntax; classes hold neither."""
    depth, escaped, start = 0, False, -1
    best: tuple[int, int, list[str]] | None = None  # (group start, end, alternatives)
    bars: list[int] = []
    for at, char in enumerate(expression):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "(":
            if depth == 0:
                start, bars = at, []
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0 and expression.startswith("(?:", start) and bars:
                cuts = [start + 3, *(b + 1 for b in bars)]
                ends = [*bars, at]
                alternatives = [expression[c:e] for c, e in zip(cuts, ends, strict=True)]
                if best is None or len(alternatives) >= len(best[2]):
                    best = (start, at, alternatives)
        elif char == "|" and depth == 1:
            bars.append(at)
    if best is None:
        return [expression]
    head, tail = expression[: best[0]], expression[best[1] + 1 :]
    return [f"{head}(?:{alternative}){tail}" for alternative in best[2]]


class _Hyperscan:
    """The translated patterns in one Hyperscan database (block mode). Hyperscan compiles
    the whole automaton ahead of time: a text it has never seen costs what a known one
    does, where RE2's DFA builds its states lazily, text by text (about 2 against 17 to
    48 µs for a novel chat message on the minors' tables)."""

    def __init__(self, hs: Any, translated: list[tuple[int, str]]) -> None:
        self._hs = hs
        flags = hs.HS_FLAG_UTF8 | hs.HS_FLAG_SINGLEMATCH | hs.HS_FLAG_ALLOWEMPTY
        self._db: Any = None
        # What the probes below kept of this table, from an earlier process: they take
        # seconds (one compilation per pattern), the cached answer a millisecond.
        probed = _cache_dir() / f"{self._key(translated, flags)}.kept{_PROBE}.json"
        kept = _read_kept(probed, translated)
        try:
            if kept:
                self._db = self._compile(kept, flags)
        except hs.error:  # find the refused patterns, one by one, and leave them out
            kept = self._probe(translated, flags)
            self._db = self._compile(kept, flags) if kept else None
            _write(probed, json.dumps(kept).encode())
        self.indexes = frozenset(i for i, _ in kept)
        self._local = threading.local()  # a scratch space per thread (Hyperscan's rule)

    def _probe(self, translated: list[tuple[int, str]], flags: int) -> list[tuple[int, str]]:
        """The items Hyperscan compiles one by one. A refused one (over its pattern length
        limit: a rule of many alternatives) is tried again as its top-level alternatives,
        under the same index; if one of them is refused too, the pattern is left out (it
        is then always a candidate), never kept in part."""
        hs = self._hs
        kept: list[tuple[int, str]] = []
        for i, expression in translated:
            for pieces in ([expression], _alternatives(expression)):
                try:
                    for piece in pieces:
                        self._build([(i, piece)], flags)  # a probe: not kept in the cache
                except hs.error:
                    continue
                kept.extend((i, piece) for piece in pieces)
                break
        return kept

    def _key(self, items: list[tuple[int, str]], flags: int) -> str:
        hs = self._hs
        return hashlib.sha256(
            repr((getattr(hs, "__version__", ""), platform.machine(), flags, items)).encode()
        ).hexdigest()

    def _compile(self, items: list[tuple[int, str]], flags: int) -> Any:
        """The database of `items`, from the compiled-database cache when it holds it
        (compiling a table takes 0.5 to 1 s, loading it under a millisecond)."""
        hs = self._hs
        path = _cache_dir() / f"{self._key(items, flags)}.hsdb"
        try:
            db = hs.loadb(path.read_bytes(), hs.HS_MODE_BLOCK)
            hs.Scratch(db)  # a database this CPU or library cannot run raises here
            return db
        except Exception:  # absent, unreadable, from another library or CPU: compile
            pass
        db = self._build(items, flags)
        _write(path, hs.dumpb(db))
        return db

    def _build(self, items: list[tuple[int, str]], flags: int) -> Any:
        hs = self._hs
        db = hs.Database(mode=hs.HS_MODE_BLOCK)
        db.compile(
            expressions=[e.encode() for _, e in items],
            ids=[i for i, _ in items],
            flags=[flags] * len(items),
        )
        return db

    def match(self, text: str) -> list[int]:
        if self._db is None:
            text.encode()  # the same refusal of lone surrogates as with patterns
            return []
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            scratch = self._local.scratch = self._hs.Scratch(self._db)
        found: list[int] = []
        self._db.scan(
            text.encode(),
            match_event_handler=lambda i, _start, _end, _flags, _ctx: found.append(i),
            scratch=scratch,
        )
        return found


class _Re2:
    """The translated patterns in one RE2 set, with an empty sentinel that matches every
    text: an answer without it means RE2 gave up (its DFA out of memory), not "no match"."""

    def __init__(self, re2: Any, translated: list[tuple[int, str]]) -> None:
        options = re2.Options()
        options.max_mem = _MAX_MEM
        options.log_errors = False
        rset = re2.Set.SearchSet(options)
        rset.Add("")
        index = [-1]  # set index -> pattern index (0: the sentinel)
        for i, expression in translated:
            try:
                rset.Add(expression)
            except Exception:  # re2.error: refused (too large, unsupported)
                continue
            index.append(i)
        rset.Compile()
        self._set = rset
        self._index = index
        self.indexes = frozenset(index[1:])

    def match(self, text: str) -> list[int] | None:
        hits = self._set.Match(text)
        if not hits or 0 not in hits:
            return None
        index = self._index
        return [index[h] for h in hits if h]


class _Joined:
    """One Hyperscan database for several tables read over the same texts: one scan
    answers for all of them (each scan of a novel text pays Hyperscan's cold start, 5 to
    17 µs inside a busy message path, against 2 to 4 warm). The last two texts' hits
    are kept, split by table: a message is read in two forms (the minors' plain and leet
    folds), table after table."""

    def __init__(self, engine: _Hyperscan, bounds: list[tuple[int, int]]) -> None:
        self._engine = engine
        self._bounds = bounds  # (first global id, one past the last) per table
        self._last: tuple[tuple[str, tuple[list[int], ...]], ...] = ()

    def match(self, table: int, text: str) -> list[int]:
        last = self._last  # one read: another thread may replace it meanwhile
        for seen, split in last:
            if seen == text:
                return split[table]
        split = tuple([] for _ in self._bounds)
        for i in self._engine.match(text):
            for t, (start, stop) in enumerate(self._bounds):
                if start <= i < stop:
                    split[t].append(i - start)
                    break
        self._last = ((text, split), *last[:1])
        return split[table]


class _Slice:
    """One table's part of a `_Joined` database, with `_Hyperscan`'s interface."""

    def __init__(self, joined: _Joined, table: int, indexes: frozenset[int]) -> None:
        self._joined = joined
        self._table = table
        self.indexes = indexes

    def match(self, text: str) -> list[int]:
        return self._joined.match(self._table, text)


class PatternSet:
    """The patterns of one table, with one pass of a multi-pattern engine telling which
    may match a text: Hyperscan when installed, else RE2, else none (every pattern is
    then always a candidate)."""

    def __init__(
        self, patterns: Sequence[re.Pattern[str]], *, _engine: _Slice | None = None
    ) -> None:
        self.size = len(patterns)
        self._every = frozenset(range(self.size))
        self._always = self._every
        self._set: _Hyperscan | _Slice | _Re2 | None = None
        if _engine is not None:
            self._set = _engine
            self._always = self._every - _engine.indexes
            return
        if not patterns:
            return
        translated = _translate(patterns)
        hs, re2 = _hyperscan(), _re2()
        engine: _Hyperscan | _Re2 | None = None
        if hs is not None:
            try:
                engine = _Hyperscan(hs, translated)
            except Exception:  # hyperscan.error, or a CPU it does not run on
                log.warning("Hyperscan refused a pattern table; RE2 is used instead")
        if engine is None and re2 is not None:
            try:
                engine = _Re2(re2, translated)
            except Exception:
                log.warning("RE2 set did not compile; every pattern is searched")
        if engine is None:
            return
        self._set = engine
        self._always = self._every - engine.indexes

    @classmethod
    def joined(cls, tables: Sequence[Sequence[re.Pattern[str]]]) -> tuple[PatternSet, ...]:
        """One `PatternSet` per table, the same answers as `PatternSet(table)` each, for
        tables matched against the same texts: with Hyperscan, the tables share one
        database and one scan per text. With RE2 (or if the joined database does not
        compile) each table keeps its own set: an RE2 DFA over several tables grows with
        the product of their states."""
        hs = _hyperscan()
        translated: list[tuple[int, str]] = []
        bounds: list[tuple[int, int]] = []
        for table in tables:
            start = bounds[-1][1] if bounds else 0
            translated.extend((start + i, e) for i, e in _translate(table))
            bounds.append((start, start + len(table)))
        if hs is None or not translated:
            return tuple(cls(table) for table in tables)
        try:
            engine = _Hyperscan(hs, translated)
        except Exception:  # hyperscan.error, or a CPU it does not run on
            return tuple(cls(table) for table in tables)
        joined = _Joined(engine, bounds)
        return tuple(
            cls(
                table,
                _engine=_Slice(
                    joined,
                    t,
                    frozenset(i - start for i in engine.indexes if start <= i < stop),
                ),
            )
            if table
            else cls(table)
            for t, (table, (start, stop)) in enumerate(zip(tables, bounds, strict=True))
        )

    @property
    def engine(self) -> str | None:
        """ "hyperscan", "re2", or None when every pattern is always a candidate."""
        if isinstance(self._set, (_Hyperscan, _Slice)):
            return "hyperscan"
        return None if self._set is None else "re2"

    @property
    def active(self) -> bool:
        """True when a multi-pattern engine is in use (else every pattern is a candidate)."""
        return self._set is not None

    def candidates(self, text: str) -> frozenset[int]:
        """Indexes of the patterns that may match `text`; the others cannot."""
        if self._set is None:
            return self._every
        try:
            hits = self._set.match(text)
        except UnicodeEncodeError:  # lone surrogates: both engines read UTF-8 only
            return self._every
        if hits is None:  # the engine gave up: no answer
            return self._every
        if not hits:
            return self._always
        return self._always.union(hits)


class SharedScan:
    """Tables of several modules read over the same texts, in one database: each module
    adds its table at import (`add`), and the first reading of any of them joins every
    table added so far (`PatternSet.joined`), so that a text they all read is scanned
    once. Each scan of a novel text pays Hyperscan's cold start (5 to 17 µs inside a busy
    message path, against 2 to 4 warm: docs/performance.md, ninth sitting). A table
    added later makes the next reading join them again."""

    def __init__(self) -> None:
        self._tables: list[tuple[re.Pattern[str], ...]] = []
        self._sets: tuple[PatternSet, ...] | None = None
        self._lock = threading.Lock()

    def add(self, patterns: Sequence[re.Pattern[str]]) -> SharedTable:
        """The table `patterns`, read with `PatternSet`'s interface."""
        with self._lock:
            self._tables.append(tuple(patterns))
            self._sets = None
            return SharedTable(self, len(self._tables) - 1, len(patterns))

    @property
    def built(self) -> bool:
        """Whether the joined database is built for every table added so far: a reading
        then costs a scan, not a compile (0.3 to 0.8 s for the minors' tables)."""
        return self._sets is not None

    def sets(self) -> tuple[PatternSet, ...]:
        """One `PatternSet` per table added, sharing one database (with Hyperscan)."""
        sets = self._sets
        if sets is None:
            with self._lock:
                if self._sets is None:
                    self._sets = PatternSet.joined(self._tables)
                sets = self._sets
        return sets


class SharedTable:
    """One table of a `SharedScan`: the same answers as `PatternSet(table)`."""

    def __init__(self, scan: SharedScan, index: int, size: int) -> None:
        self._scan = scan
        self._index = index
        self.size = size

    @property
    def engine(self) -> str | None:
        return self._scan.sets()[self._index].engine

    @property
    def active(self) -> bool:
        return self._scan.sets()[self._index].active

    def candidates(self, text: str) -> frozenset[int]:
        return self._scan.sets()[self._index].candidates(text)
