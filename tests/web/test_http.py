"""The HTTP API: entry, rooms, health, OpenAPI, headers."""

from __future__ import annotations

from typing import Any

import pytest

from tests.chatters import enter
from tests.conftest import AppFactory


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def test_entry_answers_token_and_public_user(make_app: AppFactory) -> None:
    _, client = await make_app()
    resp = await client.post(
        "/api/guests",
        json={"pseudonym": "Zoé", "age": 34, "gender": "f", "postal_code": "20100"},
    )
    assert resp.status == 201
    body = await resp.json()
    assert len(body["token"]) >= 40  # 256 random bits, url-safe
    assert body["user"]["department"] == "2A"
    assert "postal_code" not in body["user"]
    assert set(body["user"]) == {"id", "pseudonym", "age", "gender", "department"}


@pytest.mark.parametrize(
    ("body", "code", "field"),
    [
        (
            {"pseudonym": "ab", "age": 30, "gender": "f", "postal_code": "75011"},
            "pseudonym_invalid",
            "pseudonym",
        ),
        (
            {"pseudonym": "Zoé", "age": 14, "gender": "f", "postal_code": "75011"},
            "age_too_young",
            "age",
        ),
        (
            {"pseudonym": "Zoé", "age": "30", "gender": "f", "postal_code": "75011"},
            "age_invalid",
            "age",
        ),
        (
            {"pseudonym": "Zoé", "age": 30, "gender": "q", "postal_code": "75011"},
            "gender_invalid",
            "gender",
        ),
        (
            {"pseudonym": "Zoé", "age": 30, "gender": "f", "postal_code": "99999"},
            "postal_code_unknown",
            "postal_code",
        ),
        ({"pseudonym": "Zoé", "age": 30, "gender": "f"}, "missing_field", "postal_code"),
    ],
)
async def test_invalid_entry_answers_422_naming_the_field(
    make_app: AppFactory, body: dict[str, Any], code: str, field: str
) -> None:
    _, client = await make_app()
    resp = await client.post("/api/guests", json=body)
    assert resp.status == 422
    err = (await resp.json())["error"]
    assert (err["code"], err["field"]) == (code, field)
    assert err["message"]


async def test_bad_json_answers_422(make_app: AppFactory) -> None:
    _, client = await make_app()
    resp = await client.post(
        "/api/guests", data=b"{nope", headers={"Content-Type": "application/json"}
    )
    assert resp.status == 422
    assert (await resp.json())["error"]["code"] == "bad_json"


async def test_pseudonym_unique_ignoring_case_and_accents(make_app: AppFactory) -> None:
    _, client = await make_app()
    await enter(client, "Zoé")
    resp = await client.post(
        "/api/guests", json={"pseudonym": "ZOE", "age": 30, "gender": "f", "postal_code": "75011"}
    )
    assert resp.status == 409
    assert (await resp.json())["error"]["code"] == "pseudonym_taken"


async def test_logout_frees_the_pseudonym(make_app: AppFactory) -> None:
    _, client = await make_app()
    first = await enter(client, "Zoé")
    resp = await client.delete("/api/session", headers=auth(first["token"]))
    assert resp.status == 204
    await enter(client, "zoe")


async def test_rooms_need_a_token(make_app: AppFactory) -> None:
    _, client = await make_app()
    resp = await client.get("/api/rooms")
    assert resp.status == 401
    assert (await resp.json())["error"]["code"] == "unauthorized"


async def test_create_room_and_name_taken(make_app: AppFactory) -> None:
    _, client = await make_app()
    zoe = await enter(client)
    resp = await client.post(
        "/api/rooms",
        json={"name": "Jardinage", "topic": "Tomates", "adult": False},
        headers=auth(zoe["token"]),
    )
    assert resp.status == 201
    room = await resp.json()
    assert room["kind"] == "general" and room["official"] is False
    listed = await (await client.get("/api/rooms", headers=auth(zoe["token"]))).json()
    assert room["id"] in {r["id"] for r in listed}
    again = await client.post("/api/rooms", json={"name": "jardinage"}, headers=auth(zoe["token"]))
    assert again.status == 409


async def test_health_and_readiness(make_app: AppFactory) -> None:
    system, client = await make_app()
    assert (await client.get("/healthz")).status == 200
    assert (await client.get("/readyz")).status == 200
    await system.store.close()
    assert (await client.get("/readyz")).status == 503


async def test_openapi_document_is_served(make_app: AppFactory) -> None:
    _, client = await make_app()
    doc = await (await client.get("/openapi.json")).json()
    assert doc["openapi"].startswith("3.")
    assert {"/api/guests", "/api/rooms", "/healthz", "/readyz"} <= set(doc["paths"])


async def test_security_headers_and_json_404(make_app: AppFactory) -> None:
    _, client = await make_app()
    resp = await client.get("/nowhere")
    assert resp.status == 404
    assert (await resp.json())["error"]["code"] == "not_found"
    csp = resp.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert resp.headers["X-Content-Type-Options"] == "nosniff"


async def test_websocket_refuses_foreign_origins(make_app: AppFactory) -> None:
    _, client = await make_app()
    zoe = await enter(client)
    resp = await client.get(
        f"/ws?token={zoe['token']}",
        headers={
            "Origin": "https://evil.example",
            "Connection": "Upgrade",
            "Upgrade": "websocket",
            "Sec-WebSocket-Version": "13",
            "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
        },
    )
    assert resp.status == 403
