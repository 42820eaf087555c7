"""Lexicons and patterns: versioned data files compiled into matchers.

Each file under `data/lexicons/` is TOML with a `version` and named groups:

    [groups.drug_substance]
    view = "text"                      # or "plain" (default "text")
    terms = ["coke", "beuh", "drogu*"] # words or phrases, see below
    patterns = ['\\d+ ?g\\b']          # raw regular expressions (optional)
    allow = ["coke zero"]              # phrases in which a hit does not count

A term is lower-case ASCII words (the views are folded): words match whole
tokens of the view whatever spaces or punctuation separate them, `*` at the end
of a word matches any ending, and repeated letters do not count ("salope" also
matches "saloppe"; see `word_key`). Patterns are regular expressions matched on
word boundaries. A hit lying inside an `allow` phrase is dropped: this
is how "coke zero", "joint de culasse" or "Connaux" pass.

A group only says that something is present; `rules.py` combines groups with
each other and with the context to reach a verdict.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, NamedTuple, overload

from causette.moderation.morphology import Verbs, expand_pattern, expand_term
from causette.moderation.normalize import Normalized
from causette.moderation.prefilter import required_chars
from causette.moderation.superset import PatternSet

try:  # the scan's inner loop in C (optional: setup.py builds it when it can)
    from causette.moderation import _lexscan
except ImportError:  # pragma: no cover - exercised where no C compiler is present
    _lexscan = None  # type: ignore[assignment]

__all__ = ["Group", "Lexicon", "compile_term", "load_lexicon", "tokenize", "word_key"]

_B = r"(?<![a-z0-9])"
_E = r"(?![a-z0-9])"
_CACHE_SIZE = 200_000
_WORD = re.compile(r"[a-z]+|[0-9]+")
_REPEAT = re.compile(r"([a-z])\1+")


@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """The key a word is matched by: repeated letters squeezed, digits kept.

    "saloppe" and "salope" share a key ("sa1ope" is read through `text_l`); "148" and
    "1488", "8" and "88" do not (a price of 148 euros is not a neo-Nazi code).
    """
    return _REPEAT.sub(r"\1", word)


def native() -> bool:
    """Whether the scan runs its inner loop in C (`_lexscan`) rather than in Python."""
    return _lexscan is not None


class _Term(NamedTuple):
    """A compiled term; a tuple, so that `_lexscan` reads it without attribute look-ups."""

    keys: tuple[str, ...]
    prefix: tuple[bool, ...]  # the word ends with `*`: any ending
    tag: tuple[str, bool] = ("", False)  # (group, is an allow phrase) in a merged index


def compile_term(term: str, tag: tuple[str, bool] = ("", False)) -> _Term:
    """Parse one lexicon term ("plan cul", "livr*") into word keys."""
    raw = [w for w in re.findall(r"[a-z]+\*?|[0-9]+\*?", term.lower())]
    if not raw or re.search(r"\*[a-z0-9*]", term.lower()):
        raise ValueError(f"bad lexicon term {term!r}")
    return _Term(
        keys=tuple(word_key(w.rstrip("*")) for w in raw),
        prefix=tuple(w.endswith("*") for w in raw),
        tag=tag,
    )


_Entry = tuple[list[tuple[str, bool]] | None, tuple[_Term, ...], bool]
_NOTHING: _Entry = (None, (), False)


class _TermIndex:
    """Terms indexed for a single pass over the tokens.

    One-word terms answer with one dictionary look-up; phrases are indexed by
    their first two words, so a common first word ("qui", "la") does not make
    every token try every phrase that starts with it. Terms whose first or
    second word ends with `*` are tried by prefix.
    """

    def __init__(self, terms: Iterable[_Term]) -> None:
        self.exact: dict[str, list[_Term]] = {}  # every exact-first-word term, by first key
        self.prefixes: dict[str, list[_Term]] = {}
        self.single: dict[str, list[tuple[str, bool]]] = {}
        self.pairs: dict[tuple[str, str], list[_Term]] = {}
        self.loose: dict[str, list[_Term]] = {}  # second word is a prefix
        for term in terms:
            if term.prefix[0]:
                self.prefixes.setdefault(term.keys[0], []).append(term)
                continue
            self.exact.setdefault(term.keys[0], []).append(term)
            if len(term.keys) == 1:
                self.single.setdefault(term.keys[0], []).append(term.tag)
            elif term.prefix[1]:
                self.loose.setdefault(term.keys[0], []).append(term)
            else:
                self.pairs.setdefault((term.keys[0], term.keys[1]), []).append(term)
        self.prefix_lengths = sorted({len(k) for k in self.prefixes})
        self._candidates: dict[str, tuple[_Term, ...]] = {}
        self._pair_first = frozenset(first for first, _ in self.pairs)
        # Per key, everything a token needs, in one look-up (bounded like `_candidates`).
        self._entries: dict[str, _Entry] = {}

    def _entry(self, key: str) -> _Entry:
        """(one-word tags, candidate terms, may start an indexed pair), or `_NOTHING`."""
        candidates = self._candidates.get(key)
        if candidates is None:
            candidates = self._lookup(key)
        entry: _Entry = (self.single.get(key), candidates, key in self._pair_first)
        if not (entry[0] or entry[1] or entry[2]):
            entry = _NOTHING
        if len(self._entries) < _CACHE_SIZE:
            self._entries[key] = entry
        return entry

    def _lookup(self, key: str) -> tuple[_Term, ...]:
        found = list(self.loose.get(key, ()))
        for length in self.prefix_lengths:
            if length > len(key):
                break
            found.extend(self.prefixes.get(key[:length], ()))
        if len(self._candidates) < _CACHE_SIZE:  # bounded: words repeat, spam does not
            self._candidates[key] = tuple(found)
        return tuple(found)

    def __bool__(self) -> bool:
        return bool(self.exact or self.prefixes)

    def view_spans(self, view: str) -> list[tuple[tuple[str, bool], tuple[int, int]]]:
        """`tagged_spans` of the words of `view`: in C when `_lexscan` is built (same
        result, same order), else through `tokenize` and the Python loop."""
        if _lexscan is not None:
            return _lexscan.tagged_spans(view, self._entries, self.pairs, self._entry, _NOTHING)
        tokens = tokenize(view)
        return self.tagged_spans(tokens.keys, tokens.bounds)

    def spans(self, keys: list[str], bounds: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        """Character spans of the terms found in the tokenised view."""
        return [span for _, span in self.tagged_spans(keys, bounds)]

    def tagged_spans(
        self, keys: list[str], bounds: Sequence[tuple[int, int]]
    ) -> list[tuple[tuple[str, bool], tuple[int, int]]]:
        """(tag, character span) of the longest term of each tag at each token."""
        found: list[tuple[tuple[str, bool], tuple[int, int]]] = []
        n = len(keys)
        pairs, entries = self.pairs, self._entries
        for i, key in enumerate(keys):
            entry = entries.get(key)
            if entry is None:
                entry = self._entry(key)
            if entry is _NOTHING:
                continue  # most words start no term: one look-up, no other work
            tags, candidates, pair_first = entry
            paired = pairs.get((key, keys[i + 1])) if pair_first and i + 1 < n else None
            if not (tags or candidates or paired):
                continue
            best: dict[tuple[str, bool], int] = dict.fromkeys(tags, 1) if tags else {}
            if paired:
                candidates = candidates + tuple(paired)
            for term in candidates:
                size = len(term.keys)
                if size <= best.get(term.tag, 0) or i + size > n:
                    continue
                words, prefix = term.keys, term.prefix
                for j in range(1, size):
                    key_j = keys[i + j]
                    if not (key_j.startswith(words[j]) if prefix[j] else key_j == words[j]):
                        break
                else:
                    best[term.tag] = size
            for tag, size in best.items():
                found.append((tag, (bounds[i][0], bounds[i + size - 1][1])))
        return found


def _regex(patterns: Iterable[str]) -> re.Pattern[str] | None:
    parts = list(patterns)
    return re.compile(_B + "(?:" + "|".join(parts) + ")" + _E) if parts else None


class _Bounds(Sequence[tuple[int, int]]):
    """The character spans of a view's words, found only if a term is (most views: never)."""

    __slots__ = ("_spans", "_view")

    def __init__(self, view: str) -> None:
        self._view = view
        self._spans: list[tuple[int, int]] | None = None

    def _all(self) -> list[tuple[int, int]]:
        if self._spans is None:
            self._spans = [m.span() for m in _WORD.finditer(self._view)]
        return self._spans

    @overload
    def __getitem__(self, index: int) -> tuple[int, int]: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[tuple[int, int]]: ...

    def __getitem__(self, index: int | slice) -> tuple[int, int] | Sequence[tuple[int, int]]:
        return self._all()[index]

    def __len__(self) -> int:
        return len(self._all())


@dataclass(frozen=True, slots=True)
class _Tokens:
    keys: list[str]
    bounds: Sequence[tuple[int, int]]


def tokenize(view: str) -> _Tokens:
    """Words of a view with their keys and character spans."""
    return _Tokens(list(map(word_key, _WORD.findall(view))), _Bounds(view))


@dataclass(frozen=True, slots=True)
class Group:
    """One named set of terms and patterns with its allow-list."""

    name: str
    view: str
    terms: _TermIndex
    patterns: re.Pattern[str] | None
    allow_terms: _TermIndex
    allow_patterns: re.Pattern[str] | None
    # Characters every match of `patterns` holds (prefilter.py): without one in the
    # view, the patterns cannot match and are not run. None: always run them.
    gate: re.Pattern[str] | None = None
    # False (`feature = false` in its TOML table): the group only marks some hits of
    # another for the rules (`laughter`, `threat_when`) and is no feature of the model.
    feature: bool = True

    def patterns_may_match(self, view: str) -> bool:
        """False only when `patterns` cannot match `view` (exact; see `gate`)."""
        return self.patterns is not None and (self.gate is None or bool(self.gate.search(view)))

    def find(self, norm: Normalized) -> list[str]:
        """The hits of this group in `norm` that no allow phrase covers."""
        view = norm.plain if self.view == "plain" else norm.text
        spans: list[tuple[int, int]] = []
        allowed: list[tuple[int, int]] = []
        for variant in (view, norm.text_l if self.view == "text" else ""):
            if variant:
                tokens = tokenize(variant)
                spans += self.terms.spans(tokens.keys, tokens.bounds)
                allowed += self.allow_terms.spans(tokens.keys, tokens.bounds)
        return self.resolve(view, spans, allowed)

    def resolve(
        self,
        view: str,
        spans: list[tuple[int, int]],
        allowed: list[tuple[int, int]],
        may_match: bool = True,
    ) -> list[str]:
        """Add the pattern hits to the term hits and drop those an allow phrase covers.

        `may_match=False`: the caller knows the patterns cannot match `view`."""
        if may_match and self.patterns is not None and self.patterns_may_match(view):
            spans = spans + [m.span() for m in self.patterns.finditer(view)]
        if not spans:
            return []
        if self.allow_patterns is not None:
            allowed = allowed + [m.span() for m in self.allow_patterns.finditer(view)]
        kept = sorted({(a, b) for a, b in spans if not any(x <= a and b <= y for x, y in allowed)})
        # A hit inside a longer hit of the same group is the same evidence
        # ("en douce" within "prises en douce"): count it once.
        return [
            view[a:b]
            for a, b in kept
            if not any(x <= a and b <= y and (x, y) != (a, b) for x, y in kept)
        ]


class Lexicon:
    """All groups of all lexicon files, plus the emoji code book.

    The terms of every group share one index per view, so a scan reads each
    token once whatever the number of groups.
    """

    def __init__(self, groups: Mapping[str, Group], emoji_book: Mapping[str, str], version: str):
        self.groups = groups
        self.emoji_book = emoji_book
        self.version = version
        self._index = {
            view: _TermIndex(
                term
                for g in groups.values()
                if g.view == view
                for index in (g.terms, g.allow_terms)
                for table in (index.exact, index.prefixes)
                for terms in table.values()
                for term in terms
            )
            for view in ("text", "plain")
        }
        # The patterns of each view in one RE2 set (superset.py): one pass over a view
        # tells which groups' patterns may match it; the others are not searched.
        patterned = {
            view: [name for name, g in groups.items() if g.view == view and g.patterns]
            for view in ("text", "plain")
        }
        self._sets = {
            view: PatternSet([p for name in names if (p := groups[name].patterns) is not None])
            for view, names in patterned.items()
        }
        self._patterned = {view: tuple(names) for view, names in patterned.items()}
        slot = {name: i for names in patterned.values() for i, name in enumerate(names)}
        # Groups in order, with what `scan` asks of each, read once here.
        self._plan = {
            name: (name, g, g.view == "plain", g.patterns, g.gate, slot.get(name, -1))
            for name, g in groups.items()
        }
        self._order = {name: i for i, name in enumerate(groups)}
        # Groups the model does not read (`Group.feature`): see `model_groups`.
        self.unfeatured = frozenset(name for name, g in groups.items() if not g.feature)

    def model_groups(self, hits: Mapping[str, object]) -> list[str]:
        """The groups of `hits` the model reads as features (`model.rule_tokens`)."""
        return [name for name in hits if name not in self.unfeatured]

    def scan(self, norm: Normalized) -> dict[str, list[str]]:
        """Group name -> hits, for every group with at least one hit."""
        spans: dict[str, list[tuple[int, int]]] = {}
        allowed: dict[str, list[tuple[int, int]]] = {}
        views = [("text", norm.text), ("plain", norm.plain)]
        if norm.text_l:
            # same length: spans line up with `text`
            views.append(("text", norm.text_l))
        for view_name, view in views:
            for (name, is_allow), span in self._index[view_name].view_spans(view):
                (allowed if is_allow else spans).setdefault(name, []).append(span)
        found: dict[str, list[str]] = {}
        maybe_text = self._sets["text"].candidates(norm.text)
        maybe_plain = self._sets["plain"].candidates(norm.plain)
        # Only groups with a term hit or patterns that may match can find anything; they
        # are visited in the groups' order, as every group used to be.
        todo = set(spans)
        todo.update(self._patterned["text"][i] for i in maybe_text)
        todo.update(self._patterned["plain"][i] for i in maybe_plain)
        plan = self._plan
        for key in sorted(todo, key=self._order.__getitem__):
            name, group, on_plain, patterns, gate, slot = plan[key]
            may_match = slot in (maybe_plain if on_plain else maybe_text)
            if name not in spans:
                if patterns is None or not may_match:
                    continue
                view = norm.plain if on_plain else norm.text
                # Most groups find nothing: the gate or one search says so, without `resolve`.
                if (gate is not None and not gate.search(view)) or not patterns.search(view):
                    continue
                hits = group.resolve(view, [], allowed.get(name, []))
            else:
                view = norm.plain if on_plain else norm.text
                hits = group.resolve(view, spans[name], allowed.get(name, []), may_match)
            if hits:
                found[name] = hits
        return found


def _group(name: str, spec: Mapping[str, object], verbs: Verbs | None = None) -> Group:
    """Compile one group; its verb slots (`<tuer>`, `morphology.py`) are expanded here."""

    def strings(key: str) -> list[str]:
        value = spec.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"lexicon group {name!r}: {key!r} must be a list of strings")
        try:
            if key in ("terms", "allow"):
                return [t for v in value for t in expand_term(v, verbs)]
            return [expand_pattern(v, verbs) for v in value]
        except ValueError as exc:
            raise ValueError(f"lexicon group {name!r}: {exc}") from exc

    view = spec.get("view", "text")
    if view not in ("text", "plain"):
        raise ValueError(f"lexicon group {name!r}: view must be 'text' or 'plain'")
    patterns = _regex(strings("patterns"))
    feature = spec.get("feature", True)
    if not isinstance(feature, bool):
        raise ValueError(f"lexicon group {name!r}: feature must be true or false")
    return Group(
        name=name,
        view=str(view),
        terms=_TermIndex(compile_term(t, (name, False)) for t in strings("terms")),
        patterns=patterns,
        allow_terms=_TermIndex(compile_term(t, (name, True)) for t in strings("allow")),
        allow_patterns=_regex(strings("allow_patterns")),
        gate=required_chars(patterns.pattern) if patterns is not None else None,
        feature=feature,
    )


def _verbs(parsed: Mapping[str, Mapping[str, Any]]) -> dict[str, list[str]]:
    """The `[verbs]` tables of all files: infinitive -> extra forms (`morphology.forms`)."""
    verbs: dict[str, list[str]] = {}
    for file_name, data in parsed.items():
        table = data.get("verbs", {})
        if not isinstance(table, dict):
            raise ValueError(f"lexicon {file_name}: [verbs] must be a table")
        for verb, extra in table.items():
            if not isinstance(extra, list) or not all(isinstance(f, str) for f in extra):
                raise ValueError(f"lexicon {file_name}: verb {verb!r} needs a list of forms")
            verbs.setdefault(verb, []).extend(extra)
    return verbs


def load_lexicon(files: Mapping[str, str] | None = None) -> Lexicon:
    """Compile lexicon TOML sources (file name -> text); default: the packaged files.

    Raise `ValueError` on a malformed file or a group name defined twice.
    """
    if files is None:
        folder = resources.files("causette.moderation").joinpath("data", "lexicons")
        files = {
            entry.name: entry.read_text(encoding="utf-8")
            for entry in sorted(folder.iterdir(), key=lambda e: e.name)
            if entry.name.endswith(".toml")
        }
    groups: dict[str, Group] = {}
    book: dict[str, str] = {}
    versions: list[str] = []
    parsed: dict[str, dict[str, Any]] = {}
    for file_name, source in sorted(files.items()):
        try:
            parsed[file_name] = tomllib.loads(source)
        except tomllib.TOMLDecodeError as exc:
            raise ValueError(f"lexicon {file_name}: {exc}") from exc
    # Verb tables first: a slot in one file may use a verb another file lists.
    verbs = _verbs(parsed)
    for file_name, data in parsed.items():
        versions.append(f"{file_name.removesuffix('.toml')}@{data.get('version', '0')}")
        for emoji, code in data.get("emoji", {}).items():
            book[emoji.replace("\ufe0f", "")] = str(code)
        for name, spec in data.get("groups", {}).items():
            if name in groups:
                raise ValueError(f"lexicon group {name!r} defined twice")
            groups[name] = _group(name, spec, verbs)
    return Lexicon(groups=groups, emoji_book=book, version="+".join(versions))
