"""`causette requisition`: a judicial requisition answered from the identification
records (décret 2021-1362), written in the audit log, run in-process as the legal
officer types it."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import time
from pathlib import Path

import pytest

from causette.app import load_identification_vault
from causette.cli import main
from causette.config import load_settings
from causette.domain.ids import RoomId, UserId
from causette.domain.utc import utc_text
from causette.ports import Identification
from causette.storage.sqlite import SqliteStore
from tests.storage.test_contract import guest, room

T0 = 1_800_000_000.0  # 15 January 2027, 08:00 UTC


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CAUSETTE_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("CAUSETTE_DATABASE_URL", "")

    async def seed() -> None:
        # Sealed with the key the CLI derives from the node's secret (data_dir/secret.key).
        vault = load_identification_vault(load_settings())
        store = SqliteStore(tmp_path / "causette.db", vault=vault)
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

    async def last() -> list[tuple[str, str, str, dict[str, object]]]:
        store = SqliteStore(data_dir / "causette.db")
        entries = await store.audit_tail(3)
        await store.close()
        return [(e.actor, e.action, e.target, e.details) for e in reversed(entries)]

    received, answered, effected = asyncio.run(last())
    # The requisition is an order to provide information (DSA art. 10): received (no
    # date given: now), answered, given effect, each step in the audit log.
    assert [(e[0], e[1], e[2]) for e in (received, answered, effected)] == [
        ("juriste Martin", "order_received", "order:PV 2027/123"),
        ("juriste Martin", "requisition_answered", "requisition:PV 2027/123"),
        ("juriste Martin", "order_effected", "order:PV 2027/123"),
    ]
    details = answered[3]
    assert details["criterion"] == "pseudonym" and details["records"] == 3
    assert answer["received_at_utc"] == utc_text(received[3]["received_at"])  # type: ignore[arg-type]


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


def test_the_transparency_report_counts_the_requisitions_and_their_median_times(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # DSA art. 15(1)(a): the orders received, by type and Member State, the median
    # times to acknowledge them and to give them effect.
    now = time.time()
    argv = ["requisition", "--authority", "OPJ", "--operator", "M", "--session", "u1"]
    assert main([*argv, "--reference", "PV 1", "--received", str(now - 7200)]) == 0
    assert (
        main(
            [
                *argv,
                "--reference",
                "PV 2",
                "--received",
                str(now - 3 * 3600),
                "--acknowledged",
                str(now - 2 * 3600),
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["transparency"]) == 0
    orders = json.loads(capsys.readouterr().out)["orders"]
    assert orders["received"] == 2 and orders["open"] == 0
    assert orders["by_kind"] == {"act": 0, "information": 2}
    assert orders["by_member_state"] == {"FR": 2}
    # PV 1 acknowledged by its answer (~2 h), PV 2 after 1 h: median 1.5 h.
    assert 5400 <= orders["median_acknowledgement_seconds"] < 5400 + 60
    # Answered ~2 h and ~3 h after receipt: median 2.5 h.
    assert 9000 <= orders["median_effect_seconds"] < 9000 + 60
    assert main(["transparency", "--format", "csv", "--end", "2020-01-01"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert "orders,received,0" in rows and rows[-1] == "orders,median_effect_seconds,"


def test_a_receipt_in_the_future_or_a_late_acknowledgement_answers_nothing(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["requisition", *ASKED, "--operator", "Martin", "--session", "u1"]
    assert main([*argv, "--received", str(time.time() + 3600)]) == 1
    out = capsys.readouterr()
    assert out.out == ""
    assert "order_received_future: La date de réception" in out.err
    assert main([*argv, "--received", "2026-01-15", "--acknowledged", "2026-01-14"]) == 1
    assert "order_acknowledged_before_receipt" in capsys.readouterr().err
    assert main(["order", "list"]) == 0
    assert capsys.readouterr().out == ""  # nothing recorded
    assert main(["audit", "verify"]) == 0
    assert capsys.readouterr().out.startswith("0 entrées")


def test_an_order_is_followed_step_by_step_and_open_ones_are_in_no_median(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    names = ["--authority", "Parquet de Bruxelles", "--reference", "2027/7", "--operator", "M"]
    received = str(time.time() - 4 * 3600)
    assert (
        main(
            [
                "order",
                "receive",
                *names,
                "--kind",
                "act",
                "--member-state",
                "be",
                "--received",
                received,
            ]
        )
        == 0
    )
    assert "réception notée" in capsys.readouterr().err
    assert main(["transparency"]) == 0
    orders = json.loads(capsys.readouterr().out)["orders"]
    assert (orders["received"], orders["open"]) == (1, 1)
    assert orders["by_kind"]["act"] == 1 and orders["by_member_state"] == {"BE": 1}
    assert orders["median_effect_seconds"] is None
    assert main(["order", "acknowledge", *names, "--at", str(time.time() - 3 * 3600)]) == 0
    assert main(["order", "acknowledge", *names]) == 1
    assert "order_already_acknowledged" in capsys.readouterr().err
    assert main(["order", "list", "--open"]) == 0
    (listed,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert listed["member_state"] == "BE" and listed["effected_at"] is None
    assert main(["order", "effect", *names]) == 0
    assert json.loads(capsys.readouterr().out)["effected_utc"] is not None
    assert main(["order", "list", "--open"]) == 0
    assert capsys.readouterr().out == ""
    assert main(["transparency"]) == 0
    orders = json.loads(capsys.readouterr().out)["orders"]
    assert 3600 <= orders["median_acknowledgement_seconds"] < 3600 + 60
    assert 4 * 3600 <= orders["median_effect_seconds"] < 4 * 3600 + 60
    assert main(["order", "effect", "--authority", "X", "--reference", "Y", "--operator", "M"]) == 1
    assert "order_not_found" in capsys.readouterr().err


def test_the_order_commands_help_the_legal_officer_in_french(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for argv in (["order", "--help"], ["order", "receive", "--help"], ["requisition", "--help"]):
        with pytest.raises(SystemExit):
            main(argv)
        out = capsys.readouterr().out
        assert out.startswith("utilisation : causette"), out
        assert "options" in out and "show this help" not in out
    assert "réception" in out and "accusé de réception" in out and "--member-state" in out


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


def test_a_requisition_noted_on_receipt_is_given_effect_by_its_first_answer(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    names = ["--authority", "OPJ Lyon", "--reference", "PV 9", "--operator", "Martin"]
    received = time.time() - 3600
    argv = ["order", "receive", *names, "--kind", "information", "--received", str(received)]
    assert main(argv) == 0
    capsys.readouterr()
    assert main(["requisition", *names, "--session", "u1"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["received_at_utc"] == utc_text(received)
    # Another criterion of the same requisition: answered and audited, the times kept.
    assert main(["requisition", *names, "--ip", "203.0.113.7"]) == 0
    capsys.readouterr()
    assert main(["requisition", *names, "--ip", "203.0.113.7", "--received", "2026-01-01"]) == 1
    assert "order_already_received" in capsys.readouterr().err
    assert main(["order", "list"]) == 0
    (order,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert order["received_at"] == received
    assert order["acknowledged_at"] == order["effected_at"]  # the answer acknowledged it
    assert 3600 <= order["effected_at"] - received < 3600 + 60


def test_the_database_file_holds_no_address_and_the_answer_shows_it(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Décret 2021-1362 data sealed at rest: a copy of the file (a dump, a backup) does
    # not give the addresses; the legal officer's answer does, as recorded.
    files = [data_dir / "causette.db", data_dir / "causette.db-wal"]
    stored = b"".join(f.read_bytes() for f in files if f.exists())
    assert b"203.0.113.7" not in stored and b"198.51.100.4" not in stored
    argv = ["requisition", *ASKED, "--operator", "Martin", "--ip", "203.0.113.7"]
    assert main(argv) == 0
    answer = json.loads(capsys.readouterr().out)
    assert [(r["ip"], r["port"]) for r in answer["records"]] == [
        ("203.0.113.7", 51000),
        ("203.0.113.7", 51002),
    ]
    # The audit entry of the answer outlives the records (never purged): it keeps the
    # address asked about as a keyed digest, so the file still holds no address.
    stored = b"".join(f.read_bytes() for f in files if f.exists())
    assert b"203.0.113.7" not in stored and b"198.51.100.4" not in stored


def _audited(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict[str, object]]:
    assert main(["audit", "requisitions", *argv]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_the_audit_keeps_no_address_or_pseudonym_and_finds_the_requisitions_that_asked(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    by_ip = ["requisition", *ASKED, "--operator", "Martin", "--ip", "203.0.113.7"]
    assert main(by_ip) == 0
    by_name = ["requisition", "--authority", "Tribunal judiciaire de Lyon", "--reference"]
    assert main([*by_name, "PV 2027/200", "--operator", "Martin", "--pseudonym", "zébulon"]) == 0
    assert main([*by_name, "PV 2027/201", "--operator", "Martin", "--session", "u3"]) == 0
    capsys.readouterr()
    everything = _audited(capsys)
    assert [e["reference"] for e in everything] == ["PV 2027/123", "PV 2027/200", "PV 2027/201"]
    text = json.dumps(everything, ensure_ascii=False).lower()
    assert "203.0.113.7" not in text and "zébulon" not in text and "zebulon" not in text
    assert everything[2]["value"] == "u3"  # the service's own session id, as asked
    assert everything[0]["authority"] == "Commissariat de Lyon 3e"
    # Found by the value asked about, written as the legal officer types it.
    assert [e["reference"] for e in _audited(capsys, "--ip", "::ffff:203.0.113.7")] == [
        "PV 2027/123"
    ]
    assert _audited(capsys, "--ip", "198.51.100.4") == []
    assert [e["reference"] for e in _audited(capsys, "--pseudonym", " ZEBULON ")] == ["PV 2027/200"]
    assert _audited(capsys, "--pseudonym", "Autre") == []
    assert main(["audit", "verify"]) == 0


def test_the_requisitions_asked_before_a_key_rotation_are_still_found(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["requisition", *ASKED, "--operator", "Martin", "--ip", "203.0.113.7"]) == 0
    old = (data_dir / "secret.key").read_text().strip()
    # A new key seals from now on; the old one is kept while data it sealed is (the
    # node refuses to start without it) and still reads the digests written under it.
    monkeypatch.setenv("CAUSETTE_IDENTIFICATION_KEY", "n" * 48)
    monkeypatch.setenv("CAUSETTE_IDENTIFICATION_OLD_KEYS", f'["{old}"]')
    capsys.readouterr()
    assert [e["reference"] for e in _audited(capsys, "--ip", "203.0.113.7")] == ["PV 2027/123"]
