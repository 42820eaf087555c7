"""The statement of reasons' link is absolute: it is read outside the site too (mailed,
printed, handed to a lawyer), where a bare path leads nowhere."""

from __future__ import annotations

from typing import Any

import pytest
from aiohttp.test_utils import make_mocked_request

from causette.config import ConfigError, load_settings
from causette.web.site_origin import request_origin

from ..conftest import AppFactory
from .test_appeal_pages import _sanctioned


async def test_without_a_public_url_the_link_takes_the_address_the_site_was_reached_at(
    make_app: AppFactory,
) -> None:
    system, client, link, _ = await _sanctioned(make_app, "suspend", "7")
    site = str(client.make_url("/")).rstrip("/")  # http://127.0.0.1:PORT
    assert link.startswith(site + "/sanctions/s_"), link
    sanction_id = link.split("/sanctions/")[1].split("?")[0]
    assert system.cases is not None
    statement = await system.cases.store.statement(sanction_id)
    assert statement is not None
    assert statement["redress"]["internal_appeal_url"] == link
    assert "jusqu'au " in statement["text_fr"] and f" : {link}. " in statement["text_fr"]
    # The refused entry (same network) names the same absolute address.
    again = await client.post(
        "/api/guests",
        json={"pseudonym": "revenant", "age": 30, "gender": "f", "postal_code": "75011"},
    )
    assert again.status == 403
    assert link in (await again.json())["error"]["message"]


async def test_a_muted_chatter_is_given_the_absolute_link_over_the_websocket(
    make_app: AppFactory,
) -> None:
    _, _, link, author = await _sanctioned(make_app, "mute", "2")
    await author.send(type="say", room="general", text="encore moi", ref="m")
    error = await author.expect("error", ref="m")
    assert error["code"] == "muted" and link in error["message"]
    assert link.startswith("http://127.0.0.1:")


async def test_a_configured_public_url_wins_over_the_request_address(
    make_app: AppFactory,
) -> None:
    _, _, link, _ = await _sanctioned(
        make_app, public_url="https://chat.example.fr", allowed_origins=["https://autre.example"]
    )
    assert link.startswith("https://chat.example.fr/sanctions/s_"), link


async def test_behind_a_trusted_proxy_the_scheme_is_the_one_it_forwards(
    make_app: AppFactory,
) -> None:
    _, _, link, _ = await _sanctioned(
        make_app, trusted_proxies=["127.0.0.1/32"], headers={"X-Forwarded-Proto": "https"}
    )
    assert link.startswith("https://127.0.0.1:"), link


def _request(headers: dict[str, str]) -> Any:
    return make_mocked_request("GET", "/", headers=headers)


@pytest.mark.parametrize(
    ("headers", "trusted", "expected"),
    [
        ({"Host": "chat.example.fr"}, False, "http://chat.example.fr"),
        # The browser's Origin tells the scheme when it names this very host.
        (
            {"Host": "chat.example.fr", "Origin": "https://chat.example.fr"},
            False,
            "https://chat.example.fr",
        ),
        # Another site's Origin says nothing about this one.
        (
            {"Host": "chat.example.fr", "Origin": "https://evil.example"},
            False,
            "http://chat.example.fr",
        ),
        # A forwarded scheme counts only from a trusted proxy.
        (
            {"Host": "chat.example.fr", "X-Forwarded-Proto": "https"},
            True,
            "https://chat.example.fr",
        ),
        (
            {"Host": "chat.example.fr", "X-Forwarded-Proto": "https"},
            False,
            "http://chat.example.fr",
        ),
        ({"Host": "[2001:db8::1]:8443"}, False, "http://[2001:db8::1]:8443"),
        # A Host that is no host gives no base (the link stays a path).
        ({"Host": "evil.example/phish?x="}, False, None),
        ({"Host": "a b"}, False, None),
        ({"Host": ""}, False, None),
    ],
)
def test_request_origin(headers: dict[str, str], trusted: bool, expected: str | None) -> None:
    assert request_origin(_request(headers), trusted_proxy=trusted) == expected


def test_the_public_url_setting_is_checked_and_its_slash_dropped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("CAUSETTE_CONFIG", raising=False)
    assert load_settings(public_url="https://chat.example.fr/").public_url == (
        "https://chat.example.fr"
    )
    assert load_settings(public_url="http://10.0.0.5:8000/causette").public_url == (
        "http://10.0.0.5:8000/causette"
    )
    for bad in ("chat.example.fr", "ftp://chat.example.fr", "https://x.fr/?a=1", "https://"):
        with pytest.raises(ConfigError, match="CAUSETTE_PUBLIC_URL"):
            load_settings(public_url=bad)
