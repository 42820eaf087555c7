"""Fixtures for the end-to-end browser tests: the real server, Debian's Chromium.

The server runs as a subprocess (`causette serve`) on a free 127.0.0.1 port with
a temporary data dir; it can be stopped and started again on the same port and
data dir to test reconnects. Chromium is driven by Playwright for Python; we never
download a browser (`playwright install` is not used).
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .proxy import CuttableProxy

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
CAUSETTE = Path(sys.executable).with_name("causette")
START_TIMEOUT = 30.0


def _require_services() -> bool:
    return os.environ.get("CAUSETTE_REQUIRE_SERVICES") == "1"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ServerProcess:
    """`causette serve` on 127.0.0.1:`port` with `data_dir`; restartable."""

    def __init__(self, data_dir: Path, port: int, env: dict[str, str] | None = None) -> None:
        self.data_dir = data_dir
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.extra_env = env or {}
        self.proc: subprocess.Popen[bytes] | None = None
        self.log_path = data_dir / "server.log"

    def start(self) -> None:
        env = dict(os.environ)
        env.update(
            {
                "CAUSETTE_DATA_DIR": str(self.data_dir),
                "CAUSETTE_JOIN_WAIT": "3",
                "CAUSETTE_DATABASE_URL": "",
                # These tests check the client; tier 2 (timing, its own false positives
                # on test pseudonyms) has its own tests.
                "CAUSETTE_TIER2": "off",
            }
        )
        env.update(self.extra_env)
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen(
                [str(CAUSETTE), "serve", "--host", "127.0.0.1", "--port", str(self.port)],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited early:\n{self.log()}")
            try:
                with urllib.request.urlopen(f"{self.url}/healthz", timeout=1) as r:
                    if r.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"server did not answer /healthz in {START_TIMEOUT} s:\n{self.log()}")

    def stop(self) -> None:
        if self.proc is None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
        self.proc = None

    def kill(self) -> None:
        """Stop abruptly (SIGKILL), as a crash would."""
        if self.proc is None:
            return
        self.proc.kill()
        self.proc.wait(timeout=10)
        self.proc = None

    def log(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-4000:]
        except OSError:
            return ""


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """A failed browser test's report carries its server's log: a message not shown in
    time is the server's story as much as the page's, and the log is gone with pytest's
    temporary directories once the run ends."""
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if report.when == "call" and report.failed:
        srv = getattr(item, "funcargs", {}).get("server")
        if isinstance(srv, ServerProcess):
            report.sections.append(("server.log (last 4,000 characters)", srv.log()))


# Package scope, not session: Playwright's sync API keeps an event loop running in this
# thread while it is open, which would break every asyncio test collected after it.
@pytest.fixture(scope="package")
def playwright_browser() -> Iterator[Any]:
    reason = None
    if not Path(CHROMIUM).exists():
        reason = f"{CHROMIUM} is missing (apt-get install -y chromium)"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - the dev extra installs it
        reason = "playwright for Python is not installed"
    if reason is not None:
        if _require_services():
            pytest.fail(reason)
        pytest.skip(reason)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def server(tmp_path: Path, playwright_browser: Any) -> Iterator[ServerProcess]:
    srv = ServerProcess(tmp_path / "data", free_port())
    srv.data_dir.mkdir()
    srv.start()
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture
def proxy(server: ServerProcess) -> Iterator[CuttableProxy]:
    """A relay to the server that the test can cut, for one browser only."""
    relay = CuttableProxy(server.port)
    try:
        yield relay
    finally:
        relay.close()


@pytest.fixture
def new_page(playwright_browser: Any, server: ServerProcess) -> Iterator[Any]:
    """A factory of pages, each in its own browser context (its own sessionStorage)."""
    contexts: list[Any] = []

    def make(
        width: int = 1280, height: int = 800, locale: str = "fr-FR", base_url: str | None = None
    ) -> Any:
        ctx = playwright_browser.new_context(
            viewport={"width": width, "height": height},
            locale=locale,
            base_url=base_url or server.url,
        )
        contexts.append(ctx)
        page = ctx.new_page()
        page.set_default_timeout(10_000)
        page.dialogs = []  # type: ignore[attr-defined]
        page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))  # type: ignore[attr-defined]
        page.console_errors = []  # type: ignore[attr-defined]
        page.on(
            "console",
            lambda m: page.console_errors.append(m.text) if m.type == "error" else None,  # type: ignore[attr-defined]
        )
        page.on("pageerror", lambda e: page.console_errors.append(str(e)))  # type: ignore[attr-defined]
        return page

    yield make
    pages = [page for ctx in contexts for page in ctx.pages]
    for ctx in contexts:
        with contextlib.suppress(Exception):
            ctx.close()
    # The client must run under the server's Content-Security-Policy untouched:
    # no inline script, no inline style, nothing refused.
    refused = [e for page in pages for e in page.console_errors if "Content Security Policy" in e]
    assert refused == [], refused
