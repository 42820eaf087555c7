"""`causette admin create-moderator`, `audit verify` and `transparency`, run in-process."""

from __future__ import annotations

import asyncio
import io
import json
import sqlite3
from pathlib import Path

import pytest

from causette.cli import main
from causette.domain.transparency import DecisionRecord, Source
from causette.storage.sqlite import SqliteStore


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CAUSETTE_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("CAUSETTE_DATABASE_URL", "")
    return tmp_path


def _seed(path: Path) -> None:
    async def work() -> None:
        store = SqliteStore(path)
        await store.migrate()
        for i in range(3):
            await store.append_audit(
                at=100.0 + i, actor="m1", action="warn", target="user:u", reason=f"motif {i}"
            )
        await store.add_decision(
            DecisionRecord("drugs", "warning", False, Source.NOTICE, 100.0, 160.0)
        )
        await store.add_decision(
            DecisionRecord("spam", "dismiss", True, Source.OWN_INITIATIVE, 100.0, 120.0)
        )
        await store.close()

    asyncio.run(work())


def test_create_moderator_reads_the_password_from_stdin(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("un mot de passe assez long\n"))
    assert main(["admin", "create-moderator", "alice", "--role", "admin"]) == 0
    assert "compte alice créé (admin" in capsys.readouterr().out
    assert main(["admin", "add-trusted-flagger", "Association Exemple"]) == 0
    assert capsys.readouterr().out.splitlines()[1].startswith("tf.")
    monkeypatch.setattr("sys.stdin", io.StringIO("court\n"))
    assert main(["admin", "create-moderator", "bruno"]) == 1
    assert "password_invalid" in capsys.readouterr().err


def test_audit_verify_passes_then_names_the_edited_entry(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _seed(data_dir / "causette.db")
    assert main(["audit", "verify"]) == 0
    out = capsys.readouterr().out
    assert "3 entrées" in out and "chaîne intègre" in out
    head = out.split("tête ")[1].split()[0]
    assert main(["audit", "verify", "--expected-head", head]) == 0
    capsys.readouterr()
    db = sqlite3.connect(data_dir / "causette.db")
    db.execute("DROP TRIGGER audit_no_update")
    db.execute("UPDATE audit SET reason = 'autre' WHERE seq = 2")
    db.commit()
    db.close()
    assert main(["audit", "verify"]) == 1
    assert "entrée 2" in capsys.readouterr().out


def test_transparency_counts_in_json_and_csv(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _seed(data_dir / "causette.db")
    assert main(["transparency"]) == 0
    counts = json.loads(capsys.readouterr().out)
    assert counts["total"] == 2 and counts["automated"] == 1 and counts["human"] == 1
    assert counts["by_action"] == {"dismiss": 1, "warning": 1}
    assert counts["median_handling_seconds"] == 40.0
    assert main(["transparency", "--format", "csv", "--start", "150"]) == 0
    assert "category,drugs,1" in capsys.readouterr().out


def test_transparency_json_states_its_period(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _seed(data_dir / "causette.db")
    assert main(["transparency", "--start", "2026-01-01", "--end", "2026-07-01"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["period"] == {
        "start": "2026-01-01T00:00:00+00:00",
        "end": "2026-07-01T00:00:00+00:00",
    }
    assert main(["transparency", "--start", "2026-01-01T01:00+01:00"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["period"] == {"start": "2026-01-01T00:00:00+00:00", "end": None}


def test_transparency_csv_states_its_period(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _seed(data_dir / "causette.db")
    argv = ["transparency", "--format", "csv", "--start", "2026-01-01T01:00+01:00"]
    assert main([*argv, "--end", "2026-07-01"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:3] == [
        "dimension,key,count",
        "period,start_utc,2026-01-01 00:00:00",
        "period,end_utc,2026-07-01 00:00:00",
    ]


def test_audit_verify_refuses_a_malformed_expected_head(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["audit", "verify", "--expected-head", "08585dcceaf31780…"])
    assert exit_.value.code == 2
    assert "64 caractères hexadécimaux" in capsys.readouterr().err


def test_a_mistyped_confirmation_gets_a_stable_code(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import getpass
    import sys

    typed = iter(["correct horse battery staple", "correct horse battery stapel"])
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(typed))
    assert main(["admin", "create-moderator", "alice"]) == 1
    err = capsys.readouterr().err
    assert err == "causette: password_mismatch: Les deux mots de passe diffèrent.\n"


def test_transparency_names_the_decisions_on_an_authority_order_even_at_zero(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _seed(data_dir / "causette.db")
    assert main(["transparency"]) == 0
    assert json.loads(capsys.readouterr().out)["by_source"] == {
        "authority_order": 0,
        "notice": 1,
        "own_initiative": 1,
        "trusted_flagger": 0,
    }
    assert main(["transparency", "--format", "csv"]) == 0
    assert "source,authority_order,0" in capsys.readouterr().out.splitlines()


def test_an_order_given_effect_in_the_console_is_refused_by_hand_and_listed_with_it(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from causette.domain.orders import give_effect

    names = ["--authority", "Parquet de Paris", "--reference", "2027/42", "--operator", "Martin"]
    assert main(["order", "receive", *names, "--kind", "act"]) == 0
    capsys.readouterr()

    async def console_decision() -> None:  # what Desk.act(order=…) stores
        store = SqliteStore(data_dir / "causette.db")
        await store.migrate()
        order = await store.authority_order("Parquet de Paris", "2027/42")
        assert order is not None and order.received_at is not None
        at = order.received_at + 60
        done = give_effect(order, at, at, item="ticket:R-2027-000001", sanction="s_abc")
        assert await store.save_authority_order(done)
        await store.close()

    asyncio.run(console_decision())
    assert main(["order", "effect", *names]) == 1
    err = capsys.readouterr().err
    assert err.startswith("causette: order_already_effected: Cette injonction a déjà été")
    assert "par la décision de modération sur ticket:R-2027-000001 (sanction s_abc)" in err
    assert main(["order", "list"]) == 0
    (listed,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert listed["effected_item"] == "ticket:R-2027-000001"
    assert listed["effected_sanction"] == "s_abc"
