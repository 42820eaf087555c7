"""`train_tier2.py --folds author --tier1 PATH` (thirty-eighth sitting): tier 2 can be
trained and judged on the tier 1 trainer's folds (by author) and stacked on a tier 1 that is
not the shipped one, so that two pairs are compared on the same folds."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parents[2] / "tools"
if str(TOOLS) not in sys.path:
    sys.path.insert(0, str(TOOLS))

pytest.importorskip("numpy")

import train_moderation_model as tm  # noqa: E402
import train_tier2  # noqa: E402
from train_tier2 import GATE_GRID, everyday_reach, file_groups  # noqa: E402

from causette.moderation.model import load_model  # noqa: E402


def test_each_row_is_named_by_its_file_and_the_table_follows(tmp_path: Path) -> None:
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text('{"id": "1", "text": "x"}\n{"id": "2", "text": "y"}\n', encoding="utf-8")
    b.write_text('{"id": "3", "text": "z"}\n', encoding="utf-8")
    groups = file_groups([a, b], 5)
    assert groups == ["a", "a", "b", "", ""]
    folds = tm.folds(groups)
    assert folds[0] == folds[1] != folds[2]  # an author's texts stay together
    with pytest.raises(ValueError):
        file_groups([a, b], 2)


def test_a_fold_seed_without_author_folds_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="--folds author"):
        train_tier2.main(["--fold-seed", "1", "--corpus", str(tmp_path), "--out", str(tmp_path)])


def test_the_shipped_tier1_given_explicitly_reaches_as_the_default() -> None:
    shipped = load_model()
    assert shipped is not None
    for gate in GATE_GRID[:3]:
        assert everyday_reach(gate, shipped) == everyday_reach(gate)
