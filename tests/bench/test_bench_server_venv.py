"""The servers' interpreter: chosen with `--server-venv`, carried by every report."""

from __future__ import annotations

import math
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from bench.run import main
from bench.sysinfo import interpreter_speed, machine_info

from bench import servers


@pytest.fixture
def restore_bin() -> Iterator[None]:
    before = servers.BIN
    yield
    servers.BIN = before


def test_the_servers_run_on_the_chosen_venvs_python(tmp_path: Path, restore_bin: None) -> None:
    venv = tmp_path / "venv-system"
    (venv / "bin").mkdir(parents=True)
    servers.use_server_venv(venv)
    assert servers.server_python() == venv.resolve() / "bin" / "python"
    # Its `causette` is the one checked, not this venv's.
    assert servers.causette_available() == f"{venv.resolve() / 'bin' / 'causette'} not installed"


def test_a_server_venv_without_python_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], restore_bin: None
) -> None:
    with pytest.raises(SystemExit):
        main(["--server-venv", str(tmp_path), "--scenarios", "S1", "--out", str(tmp_path)])
    assert "no Python in" in capsys.readouterr().err


def test_the_interpreter_speed_is_measured_and_reported() -> None:
    version, seconds = interpreter_speed(Path(sys.executable))
    assert version == sys.version.split()[0]
    assert 0.0 < seconds < 120.0
    info = machine_info(Path(sys.executable))
    assert str(info["server_python"]).startswith(f"{version} ({sys.executable}; 20M-addition loop ")


def test_an_interpreter_that_fails_reads_unknown(tmp_path: Path) -> None:
    version, seconds = interpreter_speed(tmp_path / "no-such-python")
    assert version == "unknown"
    assert math.isnan(seconds)
