"""The tier 1 model's version names what produced it: the data, the settings, and the
lexicons and code its stacked features come from (the twenty-fifth sitting found two models
trained on the same texts, before and after new lexicon data, under one version; the fortieth,
two with other thresholds)."""

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

import train_moderation_model as tm

CHOSEN = (0.6, 0.6, 0.8, 0.2)


def _engine_copy(tmp_path: Path) -> Path:
    root = tmp_path / "moderation"
    shutil.copytree(tm._ENGINE / "data" / "lexicons", root / "data" / "lexicons")
    for name in tm._FEATURE_CODE:
        shutil.copy(tm._ENGINE / f"{name}.py", root / f"{name}.py")
    return root


def _corpus(tmp_path: Path) -> list[Path]:
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "fr-0001", "text": "cc"}\n', encoding="utf-8")
    return [path]


def test_same_inputs_give_the_same_version(tmp_path: Path) -> None:
    root, files = _engine_copy(tmp_path), _corpus(tmp_path)
    assert tm.model_version(files, CHOSEN, root) == tm.model_version(files, CHOSEN, root)
    assert tm.model_version(files, CHOSEN, root).startswith("lr-stack-hash18-")


def test_new_lexicon_data_is_another_version(tmp_path: Path) -> None:
    root, files = _engine_copy(tmp_path), _corpus(tmp_path)
    before = tm.model_version(files, CHOSEN, root)
    lexicon = root / "data" / "lexicons" / "violence.toml"
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "\n# new entry\n", encoding="utf-8")
    assert tm.model_version(files, CHOSEN, root) != before


def test_rule_code_and_data_change_the_version(tmp_path: Path) -> None:
    root, files = _engine_copy(tmp_path), _corpus(tmp_path)
    before = tm.model_version(files, CHOSEN, root)
    rules = root / "rules.py"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    after_code = tm.model_version(files, CHOSEN, root)
    files[0].write_text('{"id": "fr-0001", "text": "coucou"}\n', encoding="utf-8")
    assert len({before, after_code, tm.model_version(files, CHOSEN, root)}) == 3


def test_other_thresholds_are_another_version(tmp_path: Path) -> None:
    root, files = _engine_copy(tmp_path), _corpus(tmp_path)
    other = tm.model_version(files, (0.7, 0.7, 0.7, 0.2), root)
    assert other != tm.model_version(files, CHOSEN, root)
    assert other == tm.model_version(files, (0.7, 0.7, 0.7, 0.2), root)
