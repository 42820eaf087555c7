"""The prefilter never leaves out a pattern that `re` would find (moderation/superset.py),
with either engine: Hyperscan (preferred) and RE2."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from causette.moderation import superset
from causette.moderation.engine import Engine
from causette.moderation.minors.rules import ADULT_SELF_RULES, CHILD_SELF_RULES, GROOMING_RULES
from causette.moderation.superset import PatternSet, superset_pattern

pytest.importorskip("re2")


@pytest.fixture(autouse=True, params=["hyperscan", "re2"])
def engine(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every test runs once per engine: RE2's by hiding Hyperscan."""
    name = str(request.param)
    if name == "hyperscan":
        pytest.importorskip("hyperscan")
    else:
        monkeypatch.setattr(superset, "_hyperscan", lambda: None)
    return name


# Constructs whose RE2 reading differs from `re`'s unless translated with care.
TRICKY = [
    r"(?<![a-z0-9])(?:\d+ ?(?:e|€|euros?))(?![a-z0-9])",  # one-character look-arounds
    r"\b(?:je (?:te|t) (?:tue|bute))\b",  # \b is Unicode-aware in re, ASCII in RE2
    r"(?<!\d)1[0-7] ?(?:ans|an)(?![a-z])",
    r"\d{2,}",  # re's \d takes every Unicode digit ("٣", "５")
    r"\w+@\w+",  # re's \w takes every Unicode letter
    r"[^\W\d_]{3}",  # negated class of categories
    r"[^a-z]x[^\s]",
    r"a\sb",  # re's \s takes NBSP, U+2028 and more
    r"^salut$",
    r"\Aab|^x\d",  # the start of the text: kept as RE2's ^
    r"(?:^|y)ab",
    r"(?<![a-z])(?:x|(?:^|\s)88)",  # a start anchor after a translated look-behind
    r"a(?:^|b)c|(?:^x)+",  # start anchors after something: dropped
    r"(?m)^ab",  # multi-line: ^ after every newline, dropped
    r"x.y",
    r"(?s)x.y",  # flags: always searched
    r"(?i)coke",
    r"(a)\1",  # back reference: always searched
    r"(?:ab){2,3}c{1001}",  # beyond RE2's repeat limit
    r"(?=ab)a",
    r"c\.o\.k\.e",
    r"[\u00e0-\u00ff]+",
]

ALPHABET = "ab xyz01789.@_-\n\t é٣５\u00a0\u2028ÉaBkcoe€ansjtu"
TEXTS = [
    "",
    "salut",
    "12e le g",
    "٣٣ euros",  # Arabic-Indic digits
    "５５ balles",  # fullwidth digits
    "je te tue",
    "jé te bute",
    "j’ai 15ans",
    "abab" + "c" * 1001,
    "x\ny",
    "COKE",
    "aa",
    "a\u00a0b",
    "a\u2028b",
    "émile@été",
    "c.o.k.e",
    "ab",
    "x\nab",
    "yab",
    "x1",
]


def _found(patterns: list[re.Pattern[str]], text: str) -> set[int]:
    return {i for i, p in enumerate(patterns) if p.search(text)}


def test_every_pattern_that_matches_is_a_candidate(engine: str) -> None:
    patterns = [re.compile(p) for p in TRICKY]
    pset = PatternSet(patterns)
    assert pset.engine == engine
    for text in TEXTS:
        assert _found(patterns, text) <= pset.candidates(text), text


def test_candidates_are_a_superset_on_any_text() -> None:
    patterns = [re.compile(p) for p in TRICKY]
    pset = PatternSet(patterns)  # compiled once: Hyperscan takes tens of ms a table

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet=ALPHABET, max_size=40))
    def check(text: str) -> None:
        assert _found(patterns, text) <= pset.candidates(text)

    check()


def test_an_anchored_pattern_is_not_a_candidate_past_the_start() -> None:
    patterns = [re.compile(r"^ab"), re.compile(r"\Acd")]
    pset = PatternSet(patterns)
    assert pset.candidates("ab et cd") == {0}
    assert pset.candidates("x ab cd") == set()
    assert PatternSet([re.compile(r"(?m)^ab")]).candidates("x\nab") == {0}


def test_an_embedded_start_anchor_is_dropped_and_the_pattern_prefiltered(engine: str) -> None:
    r"""`(?<![a-z0-9])(?:…|(?:^|\s)88…)`: the look-behind's translated head comes first, so the
    inner `^` is embedded and Hyperscan refused the whole pattern (the lexicon group
    `hate_insinuation` was searched with `re` in every message). The anchor is dropped
    there, where it only narrowed; a leading one stays."""
    embedded = re.compile(r"(?<![a-z0-9])(?:\({3}eux\){3}|(?:^|\s)88 compris)")
    translated = superset_pattern(embedded)
    assert translated is not None and translated.startswith("(?:^|")  # the head's own
    assert translated.count("^") == 1  # the inner one dropped
    leading = superset_pattern(re.compile(r"(?:^|\s)88"))  # nothing before it: kept
    assert leading is not None and leading.startswith("(?:^|")
    pset = PatternSet([embedded])
    assert pset.engine == engine
    assert pset.candidates("bonjour tout le monde") == frozenset()  # prefiltered, not always
    for text in ("88 compris", "salut 88 compris", "(((eux)))", "x88 compris"):
        assert _found([embedded], text) <= pset.candidates(text), text
    assert pset.candidates("88 compris") == {0}


def test_texts_without_a_match_are_not_searched() -> None:
    patterns = [re.compile(r"\bcoke\b"), re.compile(r"(?<![a-z0-9])\d+ ?g(?![a-z0-9])")]
    pset = PatternSet(patterns)
    assert pset.candidates("bonjour à toutes") == frozenset()
    assert pset.candidates("de la coke") == {0}
    assert pset.candidates("12g") == {1}


def test_what_the_translation_does_not_handle_is_always_searched() -> None:
    for pattern in (r"(?i)coke", r"(a)\1", r"(?s:x.)y"):
        assert superset_pattern(re.compile(pattern)) is None
        assert PatternSet([re.compile(pattern)]).candidates("rien") == {0}


def test_text_re2_cannot_read_searches_everything() -> None:
    pset = PatternSet([re.compile("a"), re.compile("b")])
    assert pset.candidates("\ud800") == {0, 1}  # lone surrogate: not UTF-8


def test_an_answer_without_the_sentinel_searches_everything(engine: str) -> None:
    if engine != "re2":
        pytest.skip("RE2's sentinel")
    pset = PatternSet([re.compile("a"), re.compile("b")])

    class GaveUp:
        def Match(self, text: Any) -> list[int] | None:
            return None  # what RE2::Set answers when its DFA runs out of memory

    assert isinstance(pset._set, superset._Re2)
    pset._set._set = GaveUp()
    assert pset.candidates("zzz") == {0, 1}


def test_without_either_engine_every_pattern_is_searched(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(superset, "_re2", lambda: None)
    monkeypatch.setattr(superset, "_hyperscan", lambda: None)
    pset = PatternSet([re.compile("a"), re.compile("b")])
    assert not pset.active
    assert pset.candidates("zzz") == {0, 1}


def test_a_pattern_the_engine_refuses_is_always_searched(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One refused pattern (a back reference slipped through) costs only itself."""
    real = superset.superset_pattern
    monkeypatch.setattr(
        superset,
        "superset_pattern",
        lambda p: "(?P<x>a)(?P=x)" if p.pattern == "zz" else real(p),
    )
    pset = PatternSet([re.compile("a"), re.compile("zz")])
    assert pset.active
    assert pset.candidates("bbb") == {1}


def test_the_shipped_tables_are_all_translated() -> None:
    """Every lexicon pattern and minors' rule goes through RE2 (none silently falls back)."""
    lexicon = Engine.default().lexicon
    tables = [
        [g.patterns for g in lexicon.groups.values() if g.patterns is not None],
        *[[r.pattern for r in t] for t in (GROOMING_RULES, CHILD_SELF_RULES, ADULT_SELF_RULES)],
    ]
    for table in tables:
        untranslated = [p.pattern[:60] for p in table if superset_pattern(p) is None]
        assert untranslated == []
        assert PatternSet(table).active


def test_compiled_databases_are_kept_and_a_bad_one_is_compiled_again(
    engine: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if engine != "hyperscan":
        pytest.skip("Hyperscan's compiled databases")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    patterns = [re.compile(r"\bcoke\b"), re.compile(r"^ab")]
    first = PatternSet(patterns)
    kept = list((tmp_path / "causette" / "hyperscan").glob("*.hsdb"))
    assert len(kept) == 1
    assert PatternSet(patterns).candidates("ab de la coke") == {0, 1}  # loaded
    kept[0].write_bytes(b"not a database")
    again = PatternSet(patterns)  # compiled again, and kept again
    assert again.candidates("ab de la coke") == first.candidates("ab de la coke") == {0, 1}
    assert again.candidates("rien") == frozenset()
    assert kept[0].read_bytes() != b"not a database"


def test_joined_tables_answer_as_each_table_alone(engine: str) -> None:
    """Tables read over the same text may share one database: each still gets exactly
    the candidates its own set would give, for any text, in any order of asking."""
    tables = [
        [re.compile(p) for p in TRICKY[:7]],
        [],
        [re.compile(p) for p in TRICKY[7:]],
        [re.compile(r"\bcoke\b"), re.compile(r"(?i)coke")],
    ]
    joined = PatternSet.joined(tables)
    alone = [PatternSet(t) for t in tables]
    assert [j.engine for j in joined] == [a.engine for a in alone]
    for text in [*TEXTS, "de la coke", "COKE 12e"]:
        for t in (3, 0, 2, 1, 0):  # the same text asked of each table, then again
            assert joined[t].candidates(text) == alone[t].candidates(text), (t, text)


@pytest.fixture
def scans(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts Hyperscan scans, in order, from now on."""
    seen: list[str] = []
    real = superset._Hyperscan.match

    def counted(self: Any, text: str) -> list[int]:
        seen.append(text)
        return real(self, text)

    monkeypatch.setattr(superset._Hyperscan, "match", counted)
    return seen


def test_joined_tables_scan_each_text_once(engine: str, scans: list[str]) -> None:
    if engine != "hyperscan":
        pytest.skip("RE2 keeps a set per table")
    joined = PatternSet.joined([[re.compile(r"\bcoke\b")], [re.compile(r"\d+ ?g\b")]])
    assert joined[0].candidates("12g de coke") == {0}
    assert joined[1].candidates("12g de coke") == {0}
    assert joined[1].candidates("rien") == frozenset()
    assert scans == ["12g de coke", "rien"]


def test_shared_scan_answers_as_each_table_alone_and_takes_a_late_table(engine: str) -> None:
    """Tables added by several modules answer as their own sets would; a table added
    after the first reading joins the database (the next reading rebuilds it)."""
    shared = superset.SharedScan()
    first = shared.add([re.compile(p) for p in TRICKY[:7]])
    second = shared.add(_coke())
    alone = [PatternSet([re.compile(p) for p in TRICKY[:7]]), PatternSet(_coke())]
    for text in [*TEXTS, "de la coke"]:
        assert first.candidates(text) == alone[0].candidates(text), text
        assert second.candidates(text) == alone[1].candidates(text), text
    late = shared.add([re.compile(p) for p in TRICKY[7:]])
    late_alone = PatternSet([re.compile(p) for p in TRICKY[7:]])
    assert (late.size, late.engine, late.active) == (late_alone.size, engine, True)
    for text in [*TEXTS, "COKE 12e"]:
        assert late.candidates(text) == late_alone.candidates(text), text
        assert second.candidates(text) == alone[1].candidates(text), text


def _coke() -> list[re.Pattern[str]]:
    return [re.compile(r"\bcoke\b"), re.compile(r"(?i)coke")]


def test_the_minors_tables_scan_a_message_once(engine: str, scans: list[str]) -> None:
    """The minors' rules, the ages' gate, the guard's asides and adult lives read the same
    folded text: a declared adult's private message costs one scan of their shared database
    per folded form."""
    if engine != "hyperscan":
        pytest.skip("RE2 keeps a set per table")
    from causette.moderation.minors import ages, guard, rules
    from causette.moderation.minors.fold import fold

    folded = fold("jsuis en terminale et je passe le permis, on se voit samedi ?")
    list(rules.match(folded, rules.ADULT_SELF_RULES))
    list(rules.match(folded, rules.CHILD_SELF_RULES))
    ages.numeric_self(folded, 0.0, False, 30)
    guard._asides(folded.plain)
    assert guard.MinorsGuard._adult_frame(folded, [])  # "en terminale": a young adult's life
    assert folded.leet != folded.plain  # "jsuis" read as "je suis": two forms, two scans
    assert scans == [folded.plain, folded.leet]


def test_alternatives_distribute_the_widest_top_level_group(engine: str) -> None:
    assert superset._alternatives(r"(?:(?:a\x{7C}b)|(?:c(?:d|e))|f)") == [
        r"(?:(?:a\x{7C}b))",
        "(?:(?:c(?:d|e)))",
        "(?:f)",
    ]
    # a lexicon group's head (a one-character look-behind) stays in front of every piece
    assert superset._alternatives("(?:^|[ab])(?:x|y|z)q") == [
        "(?:^|[ab])(?:x)q",
        "(?:^|[ab])(?:y)q",
        "(?:^|[ab])(?:z)q",
    ]
    assert superset._alternatives("(?:a)(?:b|c)") == ["(?:a)(?:b)", "(?:a)(?:c)"]
    assert superset._alternatives("(?:a)") == ["(?:a)"]
    assert superset._alternatives("abc") == ["abc"]


def _childhood() -> re.Pattern[str]:
    """A shipped rule of many alternatives that Hyperscan refuses as one pattern (over its
    pattern length limit), but not alternative by alternative (round 24)."""
    return next(r.pattern for r in CHILD_SELF_RULES if r.id == "c.childhood")


def test_a_rule_over_hyperscans_length_limit_is_kept_by_its_alternatives_once_probed(
    engine: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if engine != "hyperscan":
        pytest.skip("Hyperscan's pattern length limit")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    builds: list[int] = []
    real = superset._Hyperscan._build

    def counted(self: Any, items: list[tuple[int, str]], flags: int) -> Any:
        builds.append(len(items))
        return real(self, items, flags)

    monkeypatch.setattr(superset._Hyperscan, "_build", counted)
    table = [re.compile(r"\bcoke\b"), _childhood()]
    first = PatternSet(table)
    assert first.engine == "hyperscan"
    # not "always a candidate": the rule is searched only where one alternative may match
    assert first.candidates("salut tout le monde") == frozenset()
    text = "c est l heure du gouter"
    assert table[1].search(text) and first.candidates(text) == {1}
    probes = len(builds)
    assert probes > 3  # the whole table, then pattern by pattern, then what was kept
    again = PatternSet(table)  # a new process: the probe's answer and the database, cached
    assert len(builds) == probes
    assert again.candidates(text) == {1} and again.candidates("de la coke") == {0}


def test_every_shipped_minors_rule_is_prefiltered_by_hyperscan(engine: str) -> None:
    """None of the minors' rules falls back to being searched in every message."""
    if engine != "hyperscan":
        pytest.skip("Hyperscan's database")
    for table in (GROOMING_RULES, CHILD_SELF_RULES, ADULT_SELF_RULES):
        pset = PatternSet([r.pattern for r in table])
        assert pset.engine == "hyperscan"
        assert pset.candidates("bonjour") == frozenset(), [r.id for r in table]


def test_the_lexicon_groups_are_prefiltered_by_hyperscan(engine: str) -> None:
    """A lexicon group Hyperscan refused (the eighteenth sitting's `threat_direct`, over its
    size limit) was searched with `re` in every message, 10 µs each, as was
    `hate_insinuation`, whose translation kept a start anchor inside it."""
    if engine != "hyperscan":
        pytest.skip("Hyperscan's database")
    groups = Engine.default().lexicon.groups
    names = [name for name, g in groups.items() if g.patterns is not None]
    pset = PatternSet([groups[name].patterns for name in names])  # type: ignore[misc]
    always = {names[i] for i in pset.candidates("bonjour tout le monde")}
    assert always == set()


def test_a_shared_scan_is_built_by_its_first_reading_and_unbuilt_by_a_late_table() -> None:
    shared = superset.SharedScan()
    shared.add(_coke())
    assert not shared.built
    shared.sets()
    assert shared.built
    shared.add([re.compile(r"\bweed\b")])
    assert not shared.built
