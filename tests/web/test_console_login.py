"""Console login: TOTP, rate limits, CSRF on logout, cookie flags, the export page's CSP."""

from __future__ import annotations

import re
from typing import Any

import pyotp
from aiohttp.test_utils import TestClient

from causette.app import Causette
from causette.domain.moderators import Role
from causette.services.credentials import Passwords, new_totp_secret

from ..conftest import AppFactory, FakeClock

PASSWORD = "correct horse battery"


async def _app(make_app: AppFactory) -> tuple[Causette, TestClient[Any, Any]]:
    system, client = await make_app()
    assert system.cases is not None
    system.cases.moderators.passwords = Passwords(time_cost=1, memory_cost=1024, parallelism=1)
    await system.cases.moderators.create("alice", PASSWORD, Role.ADMIN)
    return system, client


async def _post_login(client: TestClient[Any, Any], **fields: str) -> Any:
    page = await (await client.get("/console/login")).text()
    csrf = re.search(r'name="csrf" value="([^"]+)"', page)
    assert csrf is not None
    return await client.post(
        "/console/login", data={"csrf": csrf.group(1), **fields}, allow_redirects=False
    )


async def test_login_needs_the_pre_login_csrf_token(make_app: AppFactory) -> None:
    _, client = await _app(make_app)
    resp = await client.post(
        "/console/login",
        data={"csrf": "x.y", "login": "alice", "password": PASSWORD},
        allow_redirects=False,
    )
    assert resp.status == 403


async def test_five_failures_lock_the_account_for_a_while(
    make_app: AppFactory, clock: FakeClock
) -> None:
    _, client = await _app(make_app)
    for _ in range(5):
        resp = await _post_login(client, login="alice", password="wrong password!")
        assert resp.status == 401
        assert "Identifiant, mot de passe ou code incorrect." in await resp.text()
    resp = await _post_login(client, login="alice", password=PASSWORD)
    assert resp.status == 429
    clock.advance(901)
    resp = await _post_login(client, login="alice", password=PASSWORD)
    assert resp.status == 303


async def test_totp_is_asked_then_checked(make_app: AppFactory, clock: FakeClock) -> None:
    system, client = await _app(make_app)
    assert system.cases is not None
    account = await system.cases.store.moderator_by_login("alice")
    assert account is not None
    secret = new_totp_secret()
    from dataclasses import replace

    await system.cases.store.save_moderator(replace(account, totp_secret=secret))
    resp = await _post_login(client, login="alice", password=PASSWORD)
    assert resp.status == 401 and "Entrez le code" in await resp.text()
    code = pyotp.TOTP(secret).at(clock.now)
    resp = await _post_login(client, login="alice", password=PASSWORD, totp=code)
    assert resp.status == 303
    # The same code never works twice.
    client.session.cookie_jar.clear()
    resp = await _post_login(client, login="alice", password=PASSWORD, totp=code)
    assert resp.status == 401


async def test_session_cookie_flags_logout_csrf_and_idle_expiry(
    make_app: AppFactory, clock: FakeClock
) -> None:
    _, client = await _app(make_app)
    resp = await _post_login(client, login="alice", password=PASSWORD)
    cookie = resp.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/console" in cookie
    assert "Secure" not in cookie  # plain HTTP in tests; set over TLS
    page = await (await client.get("/console")).text()
    assert "File de modération" in page
    assert (await client.post("/console/logout", data={"csrf": "bad.token"})).status == 403
    clock.advance(31 * 60)  # idle past 30 minutes
    resp = await client.get("/console", allow_redirects=False)
    assert resp.status == 303 and resp.headers["Location"] == "/console/login"


async def test_pages_run_no_inline_script(make_app: AppFactory) -> None:
    _, client = await _app(make_app)
    resp = await client.get("/console/login")
    assert "script-src 'self'" in resp.headers["Content-Security-Policy"]
    assert "<script" not in await resp.text()
