"""The operator's commands: migrate, rooms, premium, moderate."""

from __future__ import annotations

import json
import os
import shutil
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
    # `migrate` also compiles the pattern databases (a few seconds even from the cache):
    # one test below checks that; the others are about the schema and the rooms.
    monkeypatch.setattr("causette.cli.compile_pattern_databases", lambda: 0.0)
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


def test_help_is_french(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert "utilisation : causette" in out and "afficher cette aide" in out
    assert "créer ou mettre à jour le schéma" in out
    assert "usage:" not in out and "show this help" not in out


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], "argument(s) obligatoire(s) manquant(s)"),
        (["rooms", "create", "x", "X", "--kind", "bad"], "--kind : choix invalide 'bad'"),
        (["transparency", "--start", "hier"], "date invalide 'hier'"),
        (["rooms", "list", "--bogus"], "argument(s) inconnu(s) : --bogus"),
    ],
)
def test_usage_errors_are_french_with_a_stable_code(
    data_dir: Path, capsys: pytest.CaptureFixture[str], argv: list[str], expected: str
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "causette: usage_invalid: " in err and expected in err, err
    assert "error:" not in err


@pytest.mark.parametrize(
    "argv",
    [
        ["rooms", "create", "", ""],
        ["rooms", "create", "a b/c", "Nom"],
        ["rooms", "create", "ok", "   "],
    ],
)
def test_rooms_create_refuses_an_empty_or_odd_id_or_name(
    data_dir: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    assert "usage_invalid" in capsys.readouterr().err
    assert main(["rooms", "list"]) == 0
    assert argv[2] not in {json.loads(x)["id"] for x in capsys.readouterr().out.splitlines()}


def test_transparency_takes_dates_and_refuses_an_inverted_period(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["transparency", "--start", "2026-01-01", "--end", "2026-07-01"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 0
    with pytest.raises(SystemExit) as exit_:
        main(["transparency", "--start", "2026-07-01", "--end", "2026-01-01"])
    assert exit_.value.code == 2
    assert "--start doit précéder --end" in capsys.readouterr().err


def test_a_bad_setting_gets_a_stable_code_and_a_french_message(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["migrate", "--database-url", "mysql://x"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("causette: config_invalid: réglage CAUSETTE_DATABASE_URL invalide : ")
    assert "doit commencer par sqlite:///" in err


def test_a_fresh_install_lists_the_official_rooms_before_the_first_serve(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["rooms", "list"]) == 0
    listed = {
        json.loads(line)["id"]: json.loads(line) for line in capsys.readouterr().out.splitlines()
    }
    assert listed["general"] == {
        "id": "general",
        "name": "Général",
        "kind": "general",
        "official": True,
    }
    assert listed["15-17"]["kind"] == "teen" and listed["rencontres"]["kind"] == "adult"
    # A seeded room can be closed before the first serve, and seeding again (the next
    # command, or serve) does not bring it back.
    assert main(["rooms", "close", "lyon"]) == 0
    assert main(["migrate"]) == 0
    capsys.readouterr()
    assert main(["rooms", "list"]) == 0
    ids = {json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()}
    assert "lyon" not in ids and "paris" in ids


def test_migrate_says_how_many_official_rooms_it_added(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["migrate"]) == 0
    first = capsys.readouterr().out
    assert "schéma à jour ; " in first and "salons officiels ajoutés" in first
    assert main(["migrate"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "schéma à jour"


def test_migrate_compiles_the_pattern_databases_a_node_would_build_at_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from causette.moderation.engine import Engine
    from causette.moderation.minors import MinorsGuard

    monkeypatch.setenv("CAUSETTE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("CAUSETTE_DATABASE_URL", raising=False)
    # A cache with no compiled database stands for a new machine; the probes' answers
    # (`*.kept2.json`, filled by the session fixture) are copied so that compiling takes
    # seconds rather than the minute a first probe of every pattern costs.
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    compiled = tmp_path / "cache" / "causette" / "hyperscan"
    compiled.mkdir(parents=True)
    for kept in (cache / "causette" / "hyperscan").glob("*.kept2.json"):
        shutil.copy(kept, compiled / kept.name)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert main(["migrate"]) == 0
    assert "bases de motifs de la modération prêtes (" in capsys.readouterr().out
    after_migrate = sorted(f.name for f in compiled.iterdir())
    assert any(name.endswith(".hsdb") for name in after_migrate)
    # What a node builds before it listens is all in the cache already: nothing new.
    Engine.default()
    MinorsGuard(use_model=False)
    assert sorted(f.name for f in compiled.iterdir()) == after_migrate


_SUBCOMMANDS = [
    ["serve"],
    ["migrate"],
    ["rooms"],
    ["rooms", "list"],
    ["rooms", "create"],
    ["rooms", "close"],
    ["premium", "grant"],
    ["premium", "revoke"],
    ["moderate"],
    ["admin", "create-moderator"],
    ["admin", "add-trusted-flagger"],
    ["audit"],
    ["transparency"],
]


@pytest.mark.parametrize("argv", _SUBCOMMANDS, ids=" ".join)
def test_each_subcommand_help_is_french_like_the_main_help(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([*argv, "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    usage, _, rest = out.partition("\n\n")
    assert usage.startswith("utilisation : causette " + " ".join(argv))
    # The values are named in French in the usage line (the main help says COMMANDE).
    for english in ("DATABASE_URL", "EXPECTED_HEAD", "START", "END", "HOST", "TOPIC"):
        assert english not in usage, usage
    for english in (" id", " name", " login", " pseudonym"):
        assert english not in usage, usage
    # Like `causette --help`, a French sentence says what the command does.
    sentence = rest.split("\n\n")[0]
    assert sentence[:1].isupper() and sentence.endswith("."), sentence


def test_a_missing_argument_is_named_in_french(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["rooms", "create"])
    err = capsys.readouterr().err
    assert "utilisation : causette rooms create" in err and "ID NOM" in err
    assert "causette: usage_invalid: argument(s) obligatoire(s) manquant(s) : ID, NOM" in err


def test_an_unusable_data_dir_is_a_clear_config_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A file where the directory should be: it was an OSError traceback.
    (tmp_path / "file").write_text("")
    monkeypatch.setenv("CAUSETTE_DATA_DIR", str(tmp_path / "file" / "var"))
    monkeypatch.delenv("CAUSETTE_DATABASE_URL", raising=False)
    assert main(["migrate"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("causette: config_invalid: réglage CAUSETTE_DATA_DIR invalide : dossier")
    assert "Traceback" not in err
