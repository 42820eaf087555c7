"""Settings: environment, TOML file, and a clear error naming the bad key."""

from __future__ import annotations

from pathlib import Path

import pytest

from causette.config import ConfigError, load_settings


def test_defaults_serve_sqlite_under_var(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in ("CAUSETTE_DATA_DIR", "CAUSETTE_DATABASE_URL", "CAUSETTE_CONFIG"):
        monkeypatch.delenv(key, raising=False)
    settings = load_settings()
    assert settings.port == 8000 and settings.host == "127.0.0.1"
    assert settings.effective_database_url == "sqlite:///var/causette.db"
    assert settings.join_wait == 5.0 and settings.rate_messages == 5


def test_a_bad_environment_value_names_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAUSETTE_PORT", "quatre-vingt")
    with pytest.raises(ConfigError) as err:
        load_settings()
    assert "CAUSETTE_PORT" in str(err.value)


def test_a_bad_database_url_names_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAUSETTE_DATABASE_URL", "mysql://nope")
    with pytest.raises(ConfigError) as err:
        load_settings()
    assert "CAUSETTE_DATABASE_URL" in str(err.value)


def test_toml_file_then_environment_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    conf = tmp_path / "causette.toml"
    conf.write_text('join_wait = 2.5\ntext_max = 500\ntrusted_proxies = ["10.0.0.0/8"]\n')
    monkeypatch.setenv("CAUSETTE_CONFIG", str(conf))
    monkeypatch.setenv("CAUSETTE_TEXT_MAX", "800")
    settings = load_settings()
    assert settings.join_wait == 2.5
    assert settings.text_max == 800
    assert settings.trusted_proxies == ["10.0.0.0/8"]


def test_unknown_toml_key_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    conf = tmp_path / "causette.toml"
    conf.write_text("join_wiat = 2\n")
    monkeypatch.setenv("CAUSETTE_CONFIG", str(conf))
    with pytest.raises(ConfigError) as err:
        load_settings()
    assert "join_wiat" in str(err.value)


def test_bad_trusted_proxy_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAUSETTE_TRUSTED_PROXIES", '["not-a-network"]')
    with pytest.raises(ConfigError) as err:
        load_settings()
    assert "CAUSETTE_TRUSTED_PROXIES" in str(err.value)


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("CAUSETTE_PORT", "99999", "doit être inférieur ou égal à 65535"),
        ("CAUSETTE_PORT", "-1", "doit être supérieur ou égal à 0"),
        ("CAUSETTE_PORT", "quatre-vingt", "nombre entier attendu"),
        ("CAUSETTE_DATABASE_URL", "mysql://x", "doit commencer par sqlite:///"),
    ],
)
def test_a_bad_setting_is_explained_in_french(
    monkeypatch: pytest.MonkeyPatch, key: str, value: str, expected: str
) -> None:
    monkeypatch.setenv(key, value)
    with pytest.raises(ConfigError) as err:
        load_settings()
    assert str(err.value) == f"réglage {key} invalide : {expected}" or (
        str(err.value).startswith(f"réglage {key} invalide : {expected}")
    ), str(err.value)


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        # Not JSON: pydantic-settings raised its own English SettingsError (a traceback).
        (
            "CAUSETTE_TRUSTED_PROXIES",
            "127.0.0.1",
            'liste JSON attendue, par exemple ["127.0.0.1/32"]',
        ),
        ("CAUSETTE_ALLOWED_ORIGINS", "https://chat.example.fr", "liste JSON attendue"),
        ("CAUSETTE_TRUSTED_PROXIES", '["x"]', "réseau attendu (adresse IP ou CIDR"),
        ("CAUSETTE_TIER2", "maybe", "valeur attendue : auto, on ou off"),
        ("CAUSETTE_LOG_FORMAT", "xml", "valeur attendue : auto, json ou text"),
        # Décret 2021-1362: one year; a shorter term would purge what the law keeps.
        (
            "CAUSETTE_IDENTIFICATION_RETENTION_DAYS",
            "30",
            "au moins 365 jours : le décret 2021-1362",
        ),
        # The secret keys the hashes of network addresses.
        ("CAUSETTE_SECRET_KEY", "court", "au moins 32 caractères aléatoires"),
        # The dedicated key of the identification records, and the old ones.
        ("CAUSETTE_IDENTIFICATION_KEY", "court", "au moins 32 caractères aléatoires"),
        ("CAUSETTE_IDENTIFICATION_OLD_KEYS", '["court"]', "au moins 32 caractères aléatoires"),
    ],
)
def test_every_bad_setting_is_explained_in_french(
    monkeypatch: pytest.MonkeyPatch, key: str, value: str, expected: str
) -> None:
    monkeypatch.setenv(key, value)
    with pytest.raises(ConfigError) as err:
        load_settings()
    assert str(err.value).startswith(f"réglage {key} invalide : {expected}"), str(err.value)


def test_a_missing_config_file_is_explained_in_french(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAUSETTE_CONFIG", str(tmp_path / "absent.toml"))
    with pytest.raises(ConfigError) as err:
        load_settings()
    assert str(err.value).endswith("absent.toml) : fichier introuvable")
    (tmp_path / "bad.toml").write_text("port 8000\n")
    monkeypatch.setenv("CAUSETTE_CONFIG", str(tmp_path / "bad.toml"))
    with pytest.raises(ConfigError) as err:
        load_settings()
    assert "TOML invalide" in str(err.value)


def test_a_mistyped_variable_is_refused_naming_the_near_setting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Ignored, it left every node on its own in-process broker without a word.
    monkeypatch.setenv("CAUSETTE_REDIS_ULR", "redis://127.0.0.1:6379/0")
    with pytest.raises(ConfigError) as err:
        load_settings()
    assert str(err.value) == (
        "réglage inconnu CAUSETTE_REDIS_ULR ; vouliez-vous dire CAUSETTE_REDIS_URL ?"
    )
    monkeypatch.delenv("CAUSETTE_REDIS_ULR")
    monkeypatch.setenv("CAUSETTE_TEST_POSTGRES_URL", "postgresql://x")  # not settings
    monkeypatch.setenv("CAUSETTE_REQUIRE_SERVICES", "1")
    assert load_settings().redis_url == ""
