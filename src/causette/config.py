"""One typed Settings object from `CAUSETTE_*` environment variables and an optional TOML file.

Validated at start: a bad value stops the start with a message naming the key.
The TOML file is named by `CAUSETTE_CONFIG`; environment variables win over it.
"""

from __future__ import annotations

import difflib
import ipaddress
import os
import re
import tomllib
from pathlib import Path
from typing import Any

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict, SettingsError

__all__ = ["ConfigError", "Settings", "load_settings"]

_HOST = r"(?:[A-Za-z0-9.\-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?"
_PUBLIC_URL = re.compile(rf"https?://{_HOST}(?:/[A-Za-z0-9._~\-/]*)?")
# Décret 2021-1362: the connection data behind each content is kept one year.
_IDENTIFICATION_MIN_DAYS = 365
# The secret keys the hashes of network addresses: short, they could be brute-forced.
_SECRET_MIN = 32


def _check_secret(value: str) -> None:
    if len(value.strip()) < _SECRET_MIN:
        raise ValueError(
            f"au moins {_SECRET_MIN} caractères aléatoires (48 conseillés), les mêmes sur"
            " tous les nœuds"
        )


class ConfigError(Exception):
    """A setting is invalid; the message names the key."""


class Settings(BaseSettings):
    # Other CAUSETTE_* variables (CAUSETTE_CONFIG, test settings) are not ours to refuse.
    model_config = SettingsConfigDict(env_prefix="CAUSETTE_", extra="ignore")

    data_dir: Path = Path("./var")
    database_url: str = ""  # default: sqlite:///{data_dir}/causette.db
    sqlite_commit_gap: float = Field(
        0.005,
        ge=0,
        le=0.05,
        description="SQLite: seconds at least between two group commits (0: commit every turn)",
    )
    redis_url: str = ""  # set: several nodes share fan-out, presence and limits in Redis
    redis_prefix: str = Field(
        "causette:", pattern=r"^[A-Za-z0-9_:.\-]{1,64}$", description="namespace of keys"
    )
    host: str = "127.0.0.1"
    port: int = Field(8000, ge=0, le=65535)

    join_wait: float = Field(5.0, ge=0, description="seconds a free session waits between joins")
    rate_messages: int = Field(5, ge=1, description="messages allowed per rate_window")
    rate_window: float = Field(5.0, gt=0)
    text_max: int = Field(1000, ge=1, le=8000)
    spam_flood_count: int = Field(8, ge=2, description="messages in spam_flood_window = flood")
    spam_flood_window: float = Field(10.0, gt=0)
    # Tier 2 of text moderation (docs/moderation.md): auto = on when the `tier2` extra
    # is installed; on = refuse to start without it; off = tiers 0+1 only.
    tier2: str = Field("auto", pattern="^(auto|on|off)$")
    tier2_workers: int = Field(2, ge=1, le=32, description="threads embedding texts")
    tier2_budget: float = Field(
        0.25, gt=0, le=10, description="seconds a text may wait for tier 2, queue included"
    )
    tier2_queue: int = Field(8, ge=0, le=1024, description="texts waiting for a thread")
    tier2_nice: int = Field(10, ge=0, le=19, description="lower CPU priority of its threads")
    history_page: int = Field(50, ge=1, le=500)
    resume_max: int = Field(
        200,
        ge=1,
        le=2000,
        description="missed messages a resume sends per room (the newest), and per batch of"
        " private messages (the oldest first; `dms` asks for the next)",
    )
    session_idle_ttl: float = Field(24 * 3600.0, gt=0)
    presence_grace: float = Field(10.0, ge=0)
    room_idle_close: float = Field(3600.0, gt=0, description="seconds an empty user room lives")
    send_queue_max: int = Field(1 << 20, ge=1024, description="bytes buffered per client")
    message_retention_days: float = Field(7.0, gt=0)
    identification_retention_days: float = Field(365.0, gt=0)
    trusted_proxies: list[str] = Field(default_factory=list)
    allowed_origins: list[str] = Field(default_factory=list)
    # The site's address as its users reach it (https://chat.example.fr): the base of the
    # links a statement of reasons carries (read elsewhere: mailed, printed, handed to a
    # lawyer). Unset: the first allowed origin, else the address of the request.
    public_url: str = ""
    secret_key: str = ""  # default: generated once and kept in data_dir/secret.key
    # The identification records' addresses are sealed with a key derived from this
    # secret, else from `secret_key` (docs/deploy.md, "The identification key"); the old
    # secrets still open the records sealed before a rotation.
    identification_key: str = ""
    identification_old_keys: list[str] = Field(default_factory=list)
    log_format: str = Field("auto", pattern="^(auto|json|text)$")
    log_level: str = Field("INFO", pattern="^(DEBUG|INFO|WARNING|ERROR)$")

    @field_validator("trusted_proxies")
    @classmethod
    def _networks(cls, value: list[str]) -> list[str]:
        for item in value:
            try:
                ipaddress.ip_network(item, strict=False)
            except ValueError:
                raise ValueError(
                    f"réseau attendu (adresse IP ou CIDR, ex. 127.0.0.1/32), pas {item!r}"
                ) from None
        return value

    @field_validator("identification_retention_days")
    @classmethod
    def _identification_days(cls, value: float) -> float:
        if value < _IDENTIFICATION_MIN_DAYS:
            raise ValueError(
                f"au moins {_IDENTIFICATION_MIN_DAYS} jours : le décret 2021-1362 impose de"
                " conserver un an les données d'identification"
            )
        return value

    @field_validator("secret_key", "identification_key")
    @classmethod
    def _secret_key(cls, value: str) -> str:
        if value:
            _check_secret(value)
        return value

    @field_validator("identification_old_keys")
    @classmethod
    def _old_keys(cls, value: list[str]) -> list[str]:
        for item in value:
            _check_secret(item)
        return value

    @field_validator("database_url")
    @classmethod
    def _database_url(cls, value: str) -> str:
        if value and not value.startswith(("sqlite:///", "postgresql://", "postgres://")):
            raise ValueError("doit commencer par sqlite:///, postgresql:// ou postgres://")
        return value

    @field_validator("public_url")
    @classmethod
    def _public_url(cls, value: str) -> str:
        value = value.strip().rstrip("/")
        if value and not _PUBLIC_URL.fullmatch(value):
            raise ValueError(
                "adresse du site attendue, sans requête ni fragment : "
                "https://chat.example.fr (ou http://…, éventuellement suivie d'un chemin)"
            )
        return value

    @field_validator("redis_url")
    @classmethod
    def _redis_url(cls, value: str) -> str:
        if value and not value.startswith(("redis://", "rediss://", "unix://")):
            raise ValueError("doit commencer par redis://, rediss:// ou unix://")
        return value

    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'causette.db'}"


def load_settings(**overrides: Any) -> Settings:
    """Build Settings from the TOML file (if any), the environment, then `overrides`.

    Raise `ConfigError` naming the first bad key.
    """
    file_values: dict[str, Any] = {}
    path = os.environ.get("CAUSETTE_CONFIG")
    if path:
        try:
            with open(path, "rb") as handle:
                file_values = tomllib.load(handle)
        except FileNotFoundError:
            raise ConfigError(f"CAUSETTE_CONFIG ({path}) : fichier introuvable") from None
        except OSError as exc:
            raise ConfigError(
                f"CAUSETTE_CONFIG ({path}) : fichier illisible ({exc.strerror})"
            ) from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"CAUSETTE_CONFIG ({path}) : TOML invalide ({exc})") from None
    unknown = sorted(set(file_values) - set(Settings.model_fields))
    if unknown:
        raise ConfigError(f"CAUSETTE_CONFIG ({path}) : réglage inconnu {unknown[0]!r}")
    env_keys = {
        key[len("CAUSETTE_") :].lower() for key in os.environ if key.startswith("CAUSETTE_")
    }
    _refuse_unknown(sorted(env_keys))
    init = {k: v for k, v in file_values.items() if k not in env_keys}
    init.update({k: v for k, v in overrides.items() if v is not None})
    try:
        return Settings(**init)
    except SettingsError as exc:
        # A list setting whose value is not JSON (`CAUSETTE_TRUSTED_PROXIES=127.0.0.1`).
        found = re.search(r'field "(\w+)"', str(exc))
        key = found.group(1) if found else "?"
        example = _LIST_EXAMPLES.get(key, '["…"]')
        raise ConfigError(
            f"réglage CAUSETTE_{key.upper()} invalide : liste JSON attendue, par exemple {example}"
        ) from None
    except ValidationError as exc:
        first = exc.errors()[0]
        key = ".".join(str(part) for part in first["loc"]) or "?"
        raise ConfigError(f"réglage CAUSETTE_{key.upper()} invalide : {_french(first)}") from None


# CAUSETTE_* variables that are not settings: the file's name, test and bench switches.
_NOT_SETTINGS = ("config", "env")
_NOT_SETTINGS_PREFIXES = ("test_", "require_")


def _refuse_unknown(env_keys: list[str]) -> None:
    """A mistyped variable (CAUSETTE_REDIS_ULR) would be ignored and its default used:
    several nodes without Redis, each on its own. Refuse it, naming the near setting."""
    for key in env_keys:
        if key in Settings.model_fields or key in _NOT_SETTINGS:
            continue
        if key.startswith(_NOT_SETTINGS_PREFIXES):
            continue
        near = difflib.get_close_matches(key, list(Settings.model_fields), n=1)
        hint = f" ; vouliez-vous dire CAUSETTE_{near[0].upper()} ?" if near else ""
        raise ConfigError(f"réglage inconnu CAUSETTE_{key.upper()}{hint}")


_LIST_EXAMPLES = {
    "trusted_proxies": '["127.0.0.1/32"]',
    "allowed_origins": '["https://chat.example.fr"]',
}


def _pattern(pattern: str) -> str:
    """`^(auto|on|off)$` reads « auto, on ou off »; other patterns are shown as they are."""
    found = re.fullmatch(r"\^\(([A-Za-z|]+)\)\$", pattern)
    if found is None:
        return f"format attendu : {pattern}"
    *first, last = found.group(1).split("|")
    return f"valeur attendue : {', '.join(first)} ou {last}"


def _french(error: Any) -> str:
    """Pydantic's message for the usual errors, in French (else as pydantic says it)."""
    ctx = error.get("ctx") or {}
    kind = error.get("type", "")
    if kind == "value_error":
        return str(ctx.get("error", error["msg"]))
    known = {
        "less_than_equal": f"doit être inférieur ou égal à {ctx.get('le')}",
        "less_than": f"doit être inférieur à {ctx.get('lt')}",
        "greater_than_equal": f"doit être supérieur ou égal à {ctx.get('ge')}",
        "greater_than": f"doit être supérieur à {ctx.get('gt')}",
        "int_parsing": "nombre entier attendu",
        "int_from_float": "nombre entier attendu",
        "float_parsing": "nombre attendu",
        "bool_parsing": "booléen attendu (true ou false)",
        "literal_error": f"valeur attendue : {ctx.get('expected')}",
        "enum": f"valeur attendue : {ctx.get('expected')}",
        "string_pattern_mismatch": _pattern(str(ctx.get("pattern", ""))),
        "string_type": "texte attendu",
        "list_type": "liste attendue",
        "bool_type": "booléen attendu (true ou false)",
        "int_type": "nombre entier attendu",
        "float_type": "nombre attendu",
        "missing": "valeur manquante",
    }
    return known.get(kind, str(error["msg"]))
