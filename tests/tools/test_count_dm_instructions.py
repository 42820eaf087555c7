"""`tools/count_dm_instructions.py`: the two callgrind runs must differ by exactly `--extra`
DMs, so a base shorter than `profile_dm.py`'s warm-up is refused (a `/tmp` script that ran
300 and 1300 messages counted 1,200 DMs as 1,000)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TOOL = ROOT / "tools" / "count_dm_instructions.py"


def test_a_base_shorter_than_the_warm_up_is_refused() -> None:
    done = subprocess.run(
        [sys.executable, str(TOOL), "--base", "300"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2
    assert "--base must be at least 500" in done.stderr


def test_the_warm_up_it_assumes_is_profile_dms() -> None:
    source = (ROOT / "tools" / "profile_dm.py").read_text(encoding="utf-8")
    warm = re.search(r"warm = min\((\d+), messages\)", source)
    assert warm is not None and int(warm.group(1)) == 500


def test_the_data_digest_sees_a_model_rewritten(tmp_path: Path) -> None:
    """A trainer rewriting a model between the two runs made them read different files
    (thirtieth sitting): the digest the tool compares changes with any data file."""
    sys.path.insert(0, str(ROOT / "tools"))
    import count_dm_instructions as tool

    (tmp_path / "moderation" / "data").mkdir(parents=True)
    model = tmp_path / "moderation" / "data" / "model.json"
    model.write_text('{"version": "a"}', encoding="utf-8")
    (tmp_path / "notes.py").write_text("x = 1", encoding="utf-8")
    before = tool.data_digest(tmp_path)
    assert tool.data_digest(tmp_path) == before
    (tmp_path / "notes.py").write_text("x = 2", encoding="utf-8")  # code is not data
    assert tool.data_digest(tmp_path) == before
    model.write_text('{"version": "b"}', encoding="utf-8")
    assert tool.data_digest(tmp_path) != before
