"""`causette requisition`: a judicial requisition answered from the identification
records (décret 2021-1362), written in the audit log, run in-process as the legal
officer types it."""

from __future__ import annotations

import asyncio
import csv
import io
import json
from pathlib import Path

import pytest

from causette.cli import main
from causette.domain.ids import RoomId, UserId
from causette.ports import Identification
from causette.storage.sqlite import SqliteStore
from tests.storage.test_contract import guest, room

T0 = 1_800_000_000.0  # 15 January 2027, 08:00 UTC


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CAUSETTE_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("CAUSETTE_DATABASE_URL", "")

    async def seed() -> None:
        store = SqliteStore(tmp_path / "causette.db")
        await store.migrate()
        await store.seed_rooms([room("general", "Général", official=True)])
        await store.create_guest(guest("u1", "Zébulon", at=T0), 600.0, T0)
        await store.end_guest(UserId("u1"), T0 + 500)
        await store.create_guest(guest("u2", "Zébulon", at=T0 + 3600), 600.0, T0 + 3600)
        await store.create_guest(guest("u3", "Autre", at=T0), 600.0, T0)
        for user, ip, port, at in (
            ("u1", "203.0.113.7", 51000, T0),
            ("u2", "198.51.100.4", 52000, T0 + 3600),
            ("u3", "203.0.113.7", 51002, T0 + 10),
        ):
            await store.record_identification(
                Identification("entry", f"guest:{user}", UserId(user), ip, port, at)
            )
        await store.append_room_message(
            RoomId("general"), UserId("u2"), "bonjour", T0 + 3700, source=("198.51.100.4", 52001)
        )
        await store.close()

    asyncio.run(seed())
    return tmp_path


ASKED = ["--authority", "Commissariat de Lyon 3e", "--reference", "PV 2027/123"]


def test_a_pseudonym_gives_every_session_that_held_it_and_is_audited(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["requisition", *ASKED, "--operator", "juriste Martin", "--pseudonym", "zébulon"]
    assert main(argv) == 0
    out = capsys.readouterr()
    answer = json.loads(out.out)
    assert answer["requisition"]["reference"] == "PV 2027/123"
    assert answer["answered_by"] == "juriste Martin"
    assert [(r["session"], r["operation"], r["ip"], r["port"]) for r in answer["records"]] == [
        ("u1", "entry", "203.0.113.7", 51000),
        ("u2", "entry", "198.51.100.4", 52000),
        ("u2", "message", "198.51.100.4", 52001),
    ]
    message = answer["records"][2]
    assert message["content"] == "room:general:1"
    assert message["at_utc"] == "2027-01-15 09:01:40"
    assert message["operation_fr"] == "message dans un salon"
    assert message["pseudonym"] == "Zébulon"
    assert [s["session"] for s in answer["sessions"]] == ["u1", "u2"]
    assert answer["sessions"][0]["postal_code"] == "69003"
    assert "journal d'audit" in out.err
    # The answer is in the audit chain, and the chain still verifies.
    assert main(["audit", "verify"]) == 0

    async def last() -> tuple[str, str, str, dict[str, object]]:
        store = SqliteStore(data_dir / "causette.db")
        (entry,) = await store.audit_tail(1)
        await store.close()
        return entry.actor, entry.action, entry.target, entry.details

    actor, action, target, details = asyncio.run(last())
    assert (actor, action, target) == (
        "juriste Martin",
        "requisition_answered",
        "requisition:PV 2027/123",
    )
    assert details["criterion"] == "pseudonym" and details["records"] == 3


def test_an_address_over_a_period_in_csv(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [
        "requisition",
        *ASKED,
        "--operator",
        "Martin",
        "--ip",
        "203.0.113.7",
        "--start",
        "2027-01-15T08:00",
        "--end",
        "2027-01-15T08:00:05",
        "--format",
        "csv",
    ]
    assert main(argv) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["autorité requérante", "Commissariat de Lyon 3e"]
    assert ["période, début (UTC, inclus)", "2027-01-15 08:00:00"] in rows
    header = rows.index(
        [
            "date et heure (UTC)",
            "nature de l'opération",
            "identifiant du contenu",
            "adresse IP",
            "port source",
            "session",
            "pseudo",
        ]
    )
    assert rows[header + 1 :] == [
        [
            "2027-01-15 08:00:00",
            "ouverture de session (choix du pseudo)",
            "guest:u1",
            "203.0.113.7",
            "51000",
            "u1",
            "Zébulon",
        ],
    ]


def test_a_requisition_names_one_criterion_and_its_author(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as code:
        main(["requisition", *ASKED, "--operator", "Martin"])
    assert code.value.code == 2
    assert "usage_invalid" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["requisition", *ASKED, "--operator", "M", "--ip", "1.2.3.4", "--session", "u1"])
    assert main(["requisition", *ASKED, "--operator", " ", "--session", "u1"]) == 1
    assert "requisition_operator_missing" in capsys.readouterr().err


def test_the_transparency_report_counts_the_requisitions_answered(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # DSA art. 15(1)(a): the orders to provide information (art. 10) received.
    for ref in ("PV 1", "PV 2"):
        argv = ["requisition", "--authority", "OPJ", "--reference", ref, "--operator", "M"]
        assert main([*argv, "--session", "u1"]) == 0
    capsys.readouterr()
    assert main(["transparency"]) == 0
    assert json.loads(capsys.readouterr().out)["information_orders_answered"] == 2
    assert main(["transparency", "--format", "csv", "--end", "2020-01-01"]) == 0
    assert capsys.readouterr().out.endswith("orders,information_answered,0\n")


def test_a_malformed_address_is_refused_not_answered_empty(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # An empty answer to a mistyped address would read as « nothing held ».
    argv = ["requisition", *ASKED, "--operator", "Martin"]
    assert main([*argv, "--ip", "203.0.113"]) == 1
    assert "requisition_ip_invalid: Adresse IP invalide" in capsys.readouterr().err


def test_a_content_is_named_as_the_console_names_it_or_refused(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["requisition", *ASKED, "--operator", "Martin", "--content"]
    assert main([*argv, "message:general:1"]) == 0  # a ticket's target
    (record,) = json.loads(capsys.readouterr().out)["records"]
    assert (record["session"], record["port"]) == ("u2", 52001)
    assert main([*argv, "general:1"]) == 1
    assert "requisition_content_invalid" in capsys.readouterr().err
