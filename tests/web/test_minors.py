"""Protection of minors through the protocol (issue 5), with the real moderation engine."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from pathlib import Path
from typing import Any

from aiohttp import WSMsgType

from causette.app import Causette
from tests.chatters import Chatter, enter
from tests.conftest import AppFactory, FakeClock


async def _entry(client, age: int, device: str = "device-aaaaaaaa"):  # type: ignore[no-untyped-def]
    return await client.post(
        "/api/guests",
        json={
            "pseudonym": f"p{age}x{device[-4:]}",
            "age": age,
            "gender": "x",
            "postal_code": "59000",
            "device_id": device,
        },
    )


async def test_under_fifteen_refusal_is_remembered_for_24_hours(
    make_app: AppFactory, clock: FakeClock
) -> None:
    _, client = await make_app()
    refused = await _entry(client, 13)
    assert refused.status == 422
    assert (await refused.json())["error"]["code"] == "age_too_young"
    again = await _entry(client, 18)  # retyping an adult age from the same browser
    err = (await again.json())["error"]
    assert again.status == 422 and err["code"] == "age_refused_recently" and err["field"] == "age"
    other_device = await _entry(client, 18, device="device-bbbbbbbb")  # same network
    assert (await other_device.json())["error"]["code"] == "age_refused_recently"
    clock.advance(24 * 3600 - 60)
    assert (await _entry(client, 16)).status == 422
    clock.advance(120)
    assert (await _entry(client, 16)).status == 201


async def test_the_refusal_survives_a_restart_on_the_same_database(
    make_app: AppFactory, clock: FakeClock, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'causette.db'}"
    _, client = await make_app(store_url=url)
    assert (await _entry(client, 13)).status == 422
    await client.close()  # the node stops (its memory with it) and starts again
    _, client = await make_app(store_url=url)
    again = await _entry(client, 19)
    assert again.status == 422
    assert (await again.json())["error"]["code"] == "age_refused_recently"
    assert 0 < int(again.headers["Retry-After"]) <= 24 * 3600
    clock.advance(24 * 3600 + 1)
    assert (await _entry(client, 19)).status == 201


async def test_two_nodes_on_one_database_share_the_refusal(
    make_app: AppFactory, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'causette.db'}"
    _, node_a = await make_app(store_url=url)
    _, node_b = await make_app(store_url=url)
    assert (await _entry(node_a, 14, device="device-cccccccc")).status == 422
    on_b = await _entry(node_b, 18, device="device-cccccccc")
    assert (await on_b.json())["error"]["code"] == "age_refused_recently"


async def test_only_keyed_hashes_are_kept_and_the_janitor_prunes_them(
    make_app: AppFactory, clock: FakeClock, tmp_path: Path
) -> None:
    path = tmp_path / "causette.db"
    system, client = await make_app(store_url=f"sqlite:///{path}")
    assert (await _entry(client, 12, device="device-dddddddd")).status == 422
    rows = sqlite3.connect(path).execute("SELECT key_hash FROM age_refusals").fetchall()
    assert len(rows) == 2  # the address and the device
    assert not any("device-dddddddd" in r[0] or "127.0.0.1" in r[0] for r in rows)
    assert all(len(r[0]) == 64 for r in rows)  # HMAC-SHA256, hex
    clock.advance(24 * 3600 + 1)
    await system.tidy()
    assert sqlite3.connect(path).execute("SELECT COUNT(*) FROM age_refusals").fetchone() == (0,)


async def test_off_platform_handle_in_a_teen_room_is_held_with_the_3018_note(
    make_app: AppFactory,
) -> None:
    _, client = await make_app(join_wait=0, real_moderation=True)
    teen = await Chatter.connect(client, age=16)
    other = await Chatter.connect(client, age=15)
    await teen.join("15-17")
    await other.join("15-17")
    await teen.send(type="say", room="15-17", text="ajoute moi sur snap c'est lea.du.59", ref="s")
    refused = await _any(teen, "s")
    assert refused["type"] in ("held", "rejected"), refused
    note = await teen.expect("notice")
    assert note["code"] == "safety_3018" and "3018" in str(note["message"])
    await other.nothing("message")


async def test_grooming_pattern_holds_the_conversation(
    make_app: AppFactory, clock: FakeClock
) -> None:
    system, client = await make_app(real_moderation=True, rate_messages=100)
    groomer = await Chatter.connect(client, age=17)
    child = await Chatter.connect(client, age=15)
    script = [
        "salut tu as quel age ?",
        "t'es en quelle classe ?",
        "tes parents sont la ce soir ?",
        "t'es trop mignonne franchement",
        "je peux te payer une recharge si tu veux",
        "ne dis rien a tes parents c'est notre secret",
    ]
    outcomes = []
    for i, text in enumerate(script):
        clock.advance(30)
        await groomer.send(type="dm", to=child.id, text=text, ref=f"g{i}")
        frame = await _any(groomer, f"g{i}")
        outcomes.append(frame["type"])
    assert "held" in outcomes or "rejected" in outcomes, outcomes
    held = outcomes.index("held") if "held" in outcomes else outcomes.index("rejected")
    # Once held, the pair stays held: later messages do not reach the child.
    clock.advance(30)
    await groomer.send(type="dm", to=child.id, text="bon alors tu reponds ?", ref="after")
    assert (await _any(groomer, "after"))["type"] == "held"
    signals = [json.loads(h.verdict) for h in await _all_held(system)]
    assert any(v.get("signal", {}).get("kind") == "grooming" for v in signals)
    assert held < len(script)


async def test_three_minors_in_a_day_suspend_pending_review(
    make_app: AppFactory, clock: FakeClock
) -> None:
    _, client = await make_app(real_moderation=True, rate_messages=100)
    predator = await Chatter.connect(client, age=17)
    minors = [await Chatter.connect(client, age=15) for _ in range(3)]
    frames: list[dict[str, object]] = []
    for i, minor in enumerate(minors):
        clock.advance(60)
        await predator.send(type="dm", to=minor.id, text="ajoute moi sur snap stp", ref=f"m{i}")
    while True:
        msg = await asyncio.wait_for(predator.ws.receive(), 3)
        if msg.type is not WSMsgType.TEXT:
            break
        frames.append(json.loads(msg.data))
    assert (msg.type, msg.data) == (WSMsgType.CLOSE, 4403), frames
    suspended = [f for f in frames if f.get("code") == "suspended"]
    assert suspended and "suspendu" in str(suspended[0]["message"]), frames
    assert not any(f["type"] == "ack" for f in frames)  # nothing reached the minors
    back = await Chatter.connect(client, {"token": predator.token, "user": predator.user})
    await back.send(type="dm", to=minors[0].id, text="salut", ref="x")
    assert (await back.expect("error", ref="x"))["code"] == "suspended"


async def _any(chatter: Chatter, ref: str) -> dict[str, object]:
    skipped = []
    try:
        while True:
            frame = await chatter.next()
            if frame.get("ref") == ref:
                return frame
            skipped.append(frame)
    finally:
        chatter.backlog = skipped + chatter.backlog


async def _all_held(system) -> list:  # type: ignore[no-untyped-def,type-arg]
    out = []
    for i in range(1, 200):
        held = await system.store.held(i)
        if held is None:
            break
        out.append(held)
    return out


async def _said_in_turn(
    system: Causette, clock: FakeClock, room: str, script: list[tuple[Chatter, str]]
) -> list[dict[str, Any]]:
    """Each (chatter, text) said in `room` 30 s apart, each answered; then the verdicts of
    everything held (signals included)."""
    for i, (who, text) in enumerate(script):
        clock.advance(30)
        await who.send(type="say", room=room, text=text, ref=f"m{i}")
        await _any(who, f"m{i}")
    return [json.loads(h.verdict) for h in await _all_held(system)]


async def test_entry_form_without_device_still_works(make_app: AppFactory) -> None:
    _, client = await make_app()
    await enter(client, age=16)


async def test_a_bare_child_age_answering_a_rooms_age_question_is_queued(
    make_app: AppFactory, clock: FakeClock
) -> None:
    system, client = await make_app(real_moderation=True, rate_messages=100)
    asker = await Chatter.connect(client, age=24)
    adult = await Chatter.connect(client, age=19)
    await asker.join("general")
    await adult.join("general")
    clock.advance(30)
    await asker.send(type="say", room="general", text="vous avez quel âge ici ?", ref="q")
    await _any(asker, "q")
    clock.advance(30)
    await adult.send(type="say", room="general", text="13", ref="a")
    await _any(adult, "a")
    signals = [json.loads(h.verdict) for h in await _all_held(system)]
    assert any(v.get("signal", {}).get("kind") == "age_lie_adult" for v in signals), signals


async def test_grooming_in_a_teen_room_is_queued_without_a_held_pair(
    make_app: AppFactory, clock: FakeClock
) -> None:
    """Round 18: a teen room's grooming raises a grooming signal on the writer (escalated to
    the moderators' queue) that names no partner: no private pair is held."""
    system, client = await make_app(real_moderation=True, rate_messages=100)
    groomer = await Chatter.connect(client, age=17)
    teen = await Chatter.connect(client, age=15)
    await groomer.join("15-17")
    await teen.join("15-17")
    clock.advance(30)
    await teen.send(type="say", room="15-17", text="jsuis seule chez moi ce weekend", ref="t")
    await _any(teen, "t")
    script = ["seule tout le weekend ? tes parents sont où", "et parle pas de moi à tes parents"]
    for i, text in enumerate(script):
        clock.advance(30)
        await groomer.send(type="say", room="15-17", text=text, ref=f"g{i}")
        await _any(groomer, f"g{i}")
    signals = [json.loads(h.verdict) for h in await _all_held(system)]
    grooming = [v for v in signals if v.get("signal", {}).get("kind") == "grooming"]
    assert grooming and grooming[0]["escalate"], signals
    assert grooming[0]["signal"]["subject"] == groomer.id
    assert grooming[0]["signal"]["other"] is None
    assert system.chat.minors is not None and not system.chat.minors.held_pairs


async def test_grooming_in_a_general_room_of_an_adult_who_says_she_is_a_child_holds_the_pair(
    make_app: AppFactory, clock: FakeClock
) -> None:
    """Round 50: a declared adult says in a general room that she is really 14; the declared
    adult she answered then flatters her, offers a gift in secret and asks for her Snapchat.
    The grooming signal names both, and their private conversation is held."""
    system, client = await make_app(real_moderation=True, rate_messages=100)
    groomer = await Chatter.connect(client, age=20)
    child = await Chatter.connect(client, age=18)
    await groomer.join("general")
    await child.join("general")
    script = [
        (groomer, "coucou t'es d'ou ?"),
        (child, "pres de dax"),
        (groomer, "t'as quel age en vrai ?"),
        (child, "euh 18... en vrai 14, je suis en 3e"),
        (groomer, "c'est pas grave, l'age c'est qu'un chiffre, t'es plus mature que les autres"),
        (groomer, "je t'offre la tenue pour les fetes mais tu le dis a personne"),
        (groomer, "donne moi ton snap on parlera mieux"),
    ]
    signals = await _said_in_turn(system, clock, "general", script)
    grooming = [v["signal"] for v in signals if v.get("signal", {}).get("kind") == "grooming"]
    assert [(g["subject"], g["other"]) for g in grooming] == [(groomer.id, child.id)], signals
    assert system.chat.minors is not None
    assert (groomer.id, child.id) in system.chat.minors.held_pairs


async def test_a_teen_named_in_a_room_is_read_as_the_one_answered(
    make_app: AppFactory, clock: FakeClock
) -> None:
    """Round 19: the service passes each writer's pseudonym, so a teen room's messages that
    name one teen add up for that teen while two friends talk in between."""
    system, client = await make_app(real_moderation=True, rate_messages=100)
    groomer = await Chatter.connect(client, age=17)
    teen = await Chatter.connect(client, age=15, pseudonym="linarose")
    first = await Chatter.connect(client, age=16)
    second = await Chatter.connect(client, age=16)
    for chatter in (groomer, teen, first, second):
        await chatter.join("15-17")
    script = [
        (teen, "moi je viens samedi"),
        (groomer, "linarose t'es en quelle classe ?"),
        (first, "moi je viens aussi"),
        (groomer, "t'habites loin du cinéma linarose ?"),
        (second, "on prend des popcorns"),
        (groomer, "linarose laisse les autres, on y va tous les deux dimanche, je te paye tout"),
    ]
    signals = await _said_in_turn(system, clock, "15-17", script)
    grooming = [v for v in signals if v.get("signal", {}).get("kind") == "grooming"]
    assert grooming and grooming[0]["signal"]["subject"] == groomer.id, signals
