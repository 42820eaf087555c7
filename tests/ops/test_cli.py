"""The operator's commands: migrate, rooms, premium, moderate."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from causette.cli import main

EXE = str(Path(sys.executable).with_name("causette"))


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CAUSETTE_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("CAUSETTE_DATABASE_URL", raising=False)
    return tmp_path


def test_migrate_and_rooms(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["migrate"]) == 0
    assert main(["rooms", "create", "jardin", "Jardinage", "--topic", "Tomates"]) == 0
    capsys.readouterr()
    assert main(["rooms", "list"]) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {"id": "jardin", "name": "Jardinage", "kind": "general", "official": True} in listed
    assert main(["rooms", "close", "jardin"]) == 0
    assert main(["rooms", "close", "jardin"]) == 1


def test_premium_grant_needs_an_active_session(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["premium", "grant", "Personne"]) == 1
    assert "aucune session" in capsys.readouterr().err


def test_moderate_reads_json_lines_and_answers_in_order() -> None:
    lines = [
        {"kind": "message", "text": "salut tout le monde", "room_adult": False, "author_age": 30},
        {
            "kind": "message",
            "text": "coke dispo 60e le g livraison",
            "room_adult": False,
            "author_age": 30,
        },
        "pas du json",
    ]
    stdin = "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n"
    out = subprocess.run(
        [EXE, "moderate"], input=stdin, capture_output=True, text=True, timeout=60, check=True
    ).stdout.splitlines()
    assert len(out) == 3
    first, second, third = (json.loads(line) for line in out)
    assert first["action"] == "allow"
    assert second["action"] == "block" and "drugs" in second["categories"]
    assert "error" in third


def test_a_bad_setting_stops_the_start_naming_the_key(data_dir: Path) -> None:
    result = subprocess.run(
        [EXE, "serve"],
        env={"CAUSETTE_PORT": "-3", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2
    assert "CAUSETTE_PORT" in result.stderr
