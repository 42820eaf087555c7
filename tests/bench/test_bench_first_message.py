"""`bench.first_message` against one real node: both first messages are acknowledged."""

from __future__ import annotations

import re

import pytest
from bench.servers import causette_available

from bench import first_message

pytestmark = pytest.mark.e2e


def test_one_fresh_node_acknowledges_its_first_say_and_dm(
    capsys: pytest.CaptureFixture[str],
) -> None:
    missing = causette_available()
    if missing is not None:
        pytest.skip(missing)
    assert first_message.main(["--runs", "1", "--tier2", "off"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^first room message: min [\d.]+ ms, .* over 1 nodes$", out, re.M), out
    assert re.search(r"^first private message: min [\d.]+ ms, .* over 1 nodes$", out, re.M), out


def test_the_number_of_runs_is_bounded() -> None:
    with pytest.raises(SystemExit):
        first_message.main(["--runs", "0"])
