"""Minors and adults live in separate communities (issue 5 rules at the protocol level)."""

from __future__ import annotations

from tests.chatters import Chatter, enter
from tests.conftest import AppFactory


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def test_adults_never_see_teen_rooms_and_minors_see_only_them(make_app: AppFactory) -> None:
    _, client = await make_app()
    adult = await enter(client, age=30)
    teen = await enter(client, age=16)
    adult_rooms = await (await client.get("/api/rooms", headers=auth(adult["token"]))).json()
    teen_rooms = await (await client.get("/api/rooms", headers=auth(teen["token"]))).json()
    assert adult_rooms and all(r["kind"] != "teen" for r in adult_rooms)
    assert teen_rooms and all(r["kind"] == "teen" for r in teen_rooms)
    assert {"15-17", "15-17-jeux", "15-17-devoirs"} <= {r["id"] for r in teen_rooms}


async def test_adult_cannot_join_a_teen_room_nor_a_minor_an_adult_room(
    make_app: AppFactory,
) -> None:
    _, client = await make_app(join_wait=0)
    adult = await Chatter.connect(client, age=30)
    teen = await Chatter.connect(client, age=16)
    await adult.send(type="join", room="15-17")
    assert (await adult.expect("error"))["code"] == "room_not_found"
    for room in ("general", "rencontres"):
        await teen.send(type="join", room=room)
        assert (await teen.expect("error"))["code"] == "room_not_found"
    await teen.join("15-17")


async def test_no_private_messages_across_age_bands(make_app: AppFactory) -> None:
    _, client = await make_app()
    adult = await Chatter.connect(client, age=30)
    teen = await Chatter.connect(client, age=16)
    await adult.send(type="dm", to=teen.id, text="salut", ref="a")
    refused = await adult.expect("rejected", ref="a")
    assert refused["code"] == "dm_age_band"
    await teen.send(type="dm", to=adult.id, text="salut", ref="t")
    assert (await teen.expect("rejected", ref="t"))["code"] == "dm_age_band"
    await teen.nothing("dm")
    await adult.nothing("dm")


async def test_minor_department_is_shown_to_no_one(make_app: AppFactory) -> None:
    _, client = await make_app(join_wait=0)
    teen = await Chatter.connect(client, age=16, postal_code="69001")
    other = await Chatter.connect(client, age=17)
    assert teen.hello["user"]["department"] is None
    await teen.join("15-17")
    joined = await other.join("15-17")
    assert all(m["department"] is None for m in joined["members"])


async def test_minor_cannot_create_adult_only_rooms(make_app: AppFactory) -> None:
    _, client = await make_app()
    teen = await enter(client, age=16)
    resp = await client.post(
        "/api/rooms", json={"name": "Soirée", "adult": True}, headers=auth(teen["token"])
    )
    assert resp.status == 403
    assert (await resp.json())["error"]["code"] == "room_adult_forbidden"
    resp = await client.post(
        "/api/rooms", json={"name": "Révisions bac"}, headers=auth(teen["token"])
    )
    assert (await resp.json())["kind"] == "teen"
