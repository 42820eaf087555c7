"""Shared fixtures: a fake clock, a test moderation double, a whole app in-process."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

from causette.app import Causette, load_identification_vault
from causette.config import Settings
from causette.moderation.verdict import Action, Context, Verdict
from causette.ports import Broker
from causette.storage import open_store

# The machine is shared (2 cores): judge properties, not generation speed.
hypothesis_settings.register_profile(
    "causette", deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
hypothesis_settings.load_profile("causette")


@pytest.fixture(scope="session", autouse=True)
def _pattern_databases_compiled() -> None:
    """Compile the moderation engine's and the minors' guard's pattern databases once, in
    this process, before any test starts a server of its own. On a machine whose cache
    (`~/.cache/causette/hyperscan`) is empty, the first build probes every pattern, about
    33 s for the engine and 18 s for the guard on two busy cores; a server started then
    spent that time before answering, past the browser tests' 30 s start timeout or 5 s
    wait for a message. Every later build, in any process, loads the cache (under a
    second)."""
    from causette.cli import compile_pattern_databases

    compile_pattern_databases()


class FakeClock:
    """Time that moves only when a test says so."""

    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class KeywordChecker:
    """A moderation double: BLOQUE blocks (category drugs), VERIF holds for review."""

    def check(self, text: str, ctx: Context) -> Verdict:
        if "BLOQUE" in text:
            return Verdict(
                Action.BLOCK,
                categories=("drugs",),
                reasons=("Vente de drogue interdite.",),
                rules=("test.block",),
            )
        if "VERIF" in text:
            return Verdict(Action.REVIEW, categories=("drugs",), rules=("test.review",))
        return Verdict(Action.ALLOW)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    # Tier 2 (an embedding model in a thread pool with a time budget) is off here: these
    # tests check tiers 0+1 and the services; tests/web/test_tier2_path.py turns it on.
    return Settings(data_dir=tmp_path, presence_grace=0.0, tier2="off")


AppFactory = Callable[..., Awaitable[tuple[Causette, TestClient[Any, Any]]]]


@pytest.fixture
async def make_app(clock: FakeClock, settings: Settings) -> AsyncIterator[AppFactory]:
    """Build apps on demand (several may share one broker: two nodes in one process)."""
    made: list[tuple[Causette, TestClient[Any, Any]]] = []

    async def factory(
        *,
        broker: Broker | None = None,
        store_url: str | None = None,
        real_moderation: bool = False,
        **overrides: Any,
    ) -> tuple[Causette, TestClient[Any, Any]]:
        s = settings.model_copy(update=overrides)
        store = await open_store(
            store_url or "sqlite:///:memory:",
            migrate=True,
            vault=load_identification_vault(s),  # as a node does: a restart reads its records
        )
        system = await Causette.start(
            s,
            clock=clock,
            broker=broker,
            store=store,
            checker=None if real_moderation else (KeywordChecker(), None),
            janitor=False,
        )
        client = TestClient(TestServer(system.web_app()))
        await client.start_server()
        made.append((system, client))
        return system, client

    yield factory
    for _, client in reversed(made):
        await client.close()


def postgres_url() -> str | None:
    url = os.environ.get("CAUSETTE_TEST_POSTGRES_URL")
    if not url and os.environ.get("CAUSETTE_REQUIRE_SERVICES") == "1":
        pytest.fail("CAUSETTE_TEST_POSTGRES_URL is required when CAUSETTE_REQUIRE_SERVICES=1")
    return url
