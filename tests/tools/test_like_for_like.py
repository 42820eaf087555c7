"""The trainers' like-for-like figures (thirty-seventh sitting): out-of-fold figures on the
texts of the files the pair in use was trained on, as its own recorded figures are, so that
a new author's hard negatives joining the measure are not mistaken for a worse model."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

import train_moderation_model as tm

from causette.domain.profile import AgeBand
from causette.domain.rooms import RoomKind
from causette.moderation.verdict import CATEGORIES, Context, TextKind


def test_the_recorded_corpus_is_the_tier2_files_list(tmp_path: Path) -> None:
    record = tmp_path / "tier2.json"
    entries = ["moderation/dev.jsonl", "train/a.jsonl", "tests/moderation/engine_cases.txt"]
    record.write_text(json.dumps({"training": {"corpus": entries}}), encoding="utf-8")
    assert tm.recorded_corpus(record) == entries
    assert tm.recorded_corpus(tmp_path / "missing.json") == []
    (tmp_path / "bare.json").write_text("{}", encoding="utf-8")
    assert tm.recorded_corpus(tmp_path / "bare.json") == []


def test_the_shipped_pair_records_its_corpus() -> None:
    """The default `--like-for-like` file names files that exist in the corpus today."""
    entries = tm.recorded_corpus(tm.PAIR_RECORD)
    assert "moderation/dev.jsonl" in entries
    files = tm.training_files(tm.DEFAULT_CORPUS)
    mask = tm.source_mask([*files, tm.DEFAULT_CASES], entries)
    assert mask.sum() == len(entries)


def test_a_row_counts_when_its_file_is_named_by_its_end() -> None:
    sources = [
        Path("corpus/moderation/dev.jsonl"),
        Path("corpus/moderation/train/a.jsonl"),
        Path("corpus/moderation/train/ba.jsonl"),  # not named: "a.jsonl" is not its end
        Path("tests/moderation/engine_cases.txt"),
    ]
    entries = ["moderation/dev.jsonl", "train/a.jsonl", "tests/moderation/engine_cases.txt"]
    assert tm.source_mask(sources, entries).tolist() == [True, True, False, True]


def test_a_named_file_with_no_text_is_refused() -> None:
    with pytest.raises(SystemExit, match=r"train/zz\.jsonl"):
        tm.source_mask(
            [Path("corpus/moderation/train/a.jsonl")], ["train/a.jsonl", "train/zz.jsonl"]
        )


def test_row_sources_follow_the_rows_order(tmp_path: Path) -> None:
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text('{"id": "fr-1", "text": "cc"}\n{"id": "fr-2", "text": "slt"}\n', encoding="utf-8")
    b.write_text('{"id": "fr-3", "text": "yo"}\n\n', encoding="utf-8")
    cases = tmp_path / "cases.txt"
    cases.write_text("# a comment\na none gen | coucou\n", encoding="utf-8")
    sources = tm.row_sources([a, b], cases)
    assert sources == [a, a, b, cases]
    assert len(sources) == len(tm.json_rows([a, b]) + tm.case_rows(cases))


def test_tier2_figures_on_the_named_texts_only() -> None:
    np = pytest.importorskip("numpy")
    from train_tier2 import Data, Policy

    from causette.moderation.verdict import Action, Verdict

    allowed = Verdict(Action.ALLOW, scores={"none": 0.9})
    items = [
        tm.Item(
            row={"text": "t"},
            ctx=Context(TextKind.MESSAGE, RoomKind.GENERAL, AgeBand.ADULT),
            findings=(),
            feats=[],
            target=0,
            trains=True,
        )
        for _ in range(4)
    ]
    targets = np.zeros((4, len(CATEGORIES)))
    targets[2, CATEGORIES.index("child_safety")] = 1.0  # texts 0, 1 harmless; 2, 3 severe
    targets[3, CATEGORIES.index("child_safety")] = 1.0
    data = Data(
        items=items,
        inputs=["t"] * 4,
        emb=np.zeros((4, 1)),
        flags=np.zeros((4, 1)),
        tier1=np.zeros((4, 1)),
        verdicts=[allowed] * 4,
        targets=targets,
        trains=np.ones(4, dtype=bool),
        folds=np.zeros(4, dtype=np.int64),
    )
    policy = Policy(data)
    final = np.array([1, 0, 2, 0])  # a harmless text held, a severe one missed
    reach = np.array([True, False, False, False])
    everything = policy.figures(final, reach)
    assert (everything.caught, everything.benign_passed, everything.severe_blocked) == (
        0.5,
        0.5,
        0.5,
    )
    # Texts 1 and 2 only (the "old files"): nothing harmless held, every harmful caught.
    old = policy.figures(final, reach, np.array([False, True, True, False]))
    assert (old.caught, old.benign_passed, old.severe_blocked) == (1.0, 1.0, 1.0)
    assert (old.harmless, old.reach_benign, everything.reach_benign) == (1, 0.0, 0.5)
