"""The key of the identification records: derived from the node's secret unless the
operator sets one, the same on every node that shares the secret, and a node with
another key refused at start with a stable code."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from causette.app import load_identification_vault, load_secret
from causette.cli import main
from causette.config import load_settings
from causette.domain.ids import UserId
from causette.ports import Identification
from causette.storage import open_store
from causette.storage.vault import IdentificationVault

SECRET = "s" * 48
DEDICATED = "k" * 48


@pytest.fixture
def node(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CAUSETTE_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("CAUSETTE_DATABASE_URL", "")
    for key in ("SECRET_KEY", "IDENTIFICATION_KEY", "IDENTIFICATION_OLD_KEYS", "CONFIG"):
        monkeypatch.delenv(f"CAUSETTE_{key}", raising=False)
    return tmp_path


def test_the_key_comes_from_the_node_secret_unless_one_is_set(
    node: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    generated = load_identification_vault(load_settings())  # data_dir/secret.key, made once
    assert generated.key_id == IdentificationVault(load_secret(load_settings())).key_id
    assert load_identification_vault(load_settings()).key_id == generated.key_id

    monkeypatch.setenv("CAUSETTE_SECRET_KEY", SECRET)  # what every node of a deployment shares
    shared = load_identification_vault(load_settings())
    assert shared.key_id == IdentificationVault(SECRET.encode()).key_id != generated.key_id

    monkeypatch.setenv("CAUSETTE_IDENTIFICATION_KEY", DEDICATED)
    monkeypatch.setenv("CAUSETTE_IDENTIFICATION_OLD_KEYS", f'["{SECRET}"]')
    dedicated = load_identification_vault(load_settings())
    assert dedicated.key_id == IdentificationVault(DEDICATED.encode()).key_id
    assert dedicated.key_ids == {dedicated.key_id, shared.key_id}


def test_a_node_with_another_key_does_not_start(
    node: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CAUSETTE_SECRET_KEY", SECRET)

    async def write_one() -> None:
        settings = load_settings()
        store = await open_store(
            settings.effective_database_url,
            migrate=True,
            vault=load_identification_vault(settings),
        )
        record = Identification("entry", "guest:u1", UserId("u1"), "203.0.113.7", 5000, 1.0)
        await store.record_identification(record)  # type: ignore[attr-defined]
        await store.close()

    asyncio.run(write_one())
    assert main(["migrate"]) == 0
    monkeypatch.setenv("CAUSETTE_SECRET_KEY", "another secret of this other node, 48 chars!!!")
    assert main(["migrate"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("causette: identification_key_unknown: ")
    assert SECRET not in err
    # Given the old secret as an old key, it starts, and seals with its own key from now on.
    monkeypatch.setenv("CAUSETTE_IDENTIFICATION_OLD_KEYS", f'["{SECRET}"]')
    assert main(["migrate"]) == 0
