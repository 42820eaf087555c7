"""The chat over the WebSocket, in-process: rooms, order, DMs, blocks, limits, resume."""

from __future__ import annotations

import asyncio

from aiohttp import WSMsgType

from causette.broker.memory import MemoryBroker
from tests.chatters import Chatter, enter
from tests.conftest import AppFactory, FakeClock


async def test_two_clients_see_each_others_messages_in_order(make_app: AppFactory) -> None:
    _, client = await make_app(join_wait=0)
    zoe = await Chatter.connect(client)
    marc = await Chatter.connect(client)
    await zoe.join("general")
    joined = await marc.join("general")
    assert {m["id"] for m in joined["members"]} == {zoe.id, marc.id}
    presence = await zoe.expect("presence", event="joined")
    assert presence["user"]["id"] == marc.id

    for i in range(5):
        await zoe.send(type="say", room="general", text=f"z{i}", ref=f"z{i}")
        await marc.send(type="say", room="general", text=f"m{i}", ref=f"m{i}")
    seen = {name: [] for name in ("zoe", "marc")}
    for name, who in (("zoe", zoe), ("marc", marc)):
        while len(seen[name]) < 10:
            frame = await who.expect("message")
            seen[name].append((frame["id"], frame["text"]))
    assert seen["zoe"] == seen["marc"]  # one order for every member
    assert [i for i, _ in seen["zoe"]] == list(range(1, 11))  # ids grow by one


async def test_ack_comes_after_commit_with_the_message_id(make_app: AppFactory) -> None:
    system, client = await make_app()
    zoe = await Chatter.connect(client)
    await zoe.join("general")
    ack = await zoe.say("general", "bonjour à tous", ref="x1")
    stored = await system.store.room_messages_after("general", 0, 10)  # type: ignore[arg-type]
    assert [(m.id, m.text) for m in stored] == [(ack["id"], "bonjour à tous")]


async def test_join_returns_last_fifty_messages(make_app: AppFactory, clock: FakeClock) -> None:
    _, client = await make_app(rate_messages=1000)
    zoe = await Chatter.connect(client)
    await zoe.join("general")
    for i in range(60):
        clock.advance(0.1)
        await zoe.say("general", f"message {i}", ref=f"r{i}")
    marc = await Chatter.connect(client)
    joined = await marc.join("general")
    assert [m["id"] for m in joined["history"]] == list(range(11, 61))
    assert joined["history"][-1]["text"] == "message 59"


async def test_not_member_and_unknown_room(make_app: AppFactory) -> None:
    _, client = await make_app()
    zoe = await Chatter.connect(client)
    await zoe.send(type="say", room="general", text="x", ref="a")
    err = await zoe.expect("error")
    assert err["code"] == "not_member" and err["ref"] == "a"
    await zoe.send(type="join", room="nowhere")
    assert (await zoe.expect("error"))["code"] == "room_not_found"


async def test_join_wait_is_five_seconds_for_free_sessions(
    make_app: AppFactory, clock: FakeClock
) -> None:
    _system, client = await make_app()
    zoe = await Chatter.connect(client)
    await zoe.join("general")
    await zoe.send(type="join", room="musique")
    err = await zoe.expect("error")
    assert err["code"] == "cooldown"
    assert err["retry_after"] == 5.0
    clock.advance(3)
    await zoe.send(type="join", room="musique")
    assert (await zoe.expect("error"))["retry_after"] == 2.0
    clock.advance(2)
    await zoe.join("musique")


async def test_premium_sessions_do_not_wait(make_app: AppFactory) -> None:
    system, client = await make_app()
    entered = await enter(client)
    await system.store.set_premium(entered["user"]["id"], True)
    zoe = await Chatter.connect(client, entered)
    assert zoe.hello["premium"] is True
    await zoe.join("general")
    await zoe.join("musique")


async def test_rate_limit_answers_retry_after(make_app: AppFactory, clock: FakeClock) -> None:
    _, client = await make_app()
    zoe = await Chatter.connect(client)
    await zoe.join("general")
    for i in range(5):
        await zoe.say("general", f"m{i}", ref=f"r{i}")
    await zoe.send(type="say", room="general", text="trop", ref="r5")
    err = await zoe.expect("error", ref="r5")
    assert err["code"] == "rate_limited"
    assert err["retry_after"] == 1.0
    clock.advance(1.0)
    await zoe.say("general", "de nouveau", ref="r6")


async def test_private_messages_reach_the_recipient_and_sender_connections(
    make_app: AppFactory, clock: FakeClock
) -> None:
    _, client = await make_app()
    zoe = await Chatter.connect(client)
    zoe_phone = await Chatter.connect(client, {"token": zoe.token, "user": zoe.user})
    marc = await Chatter.connect(client)
    await zoe.send(type="dm", to=marc.id, text="coucou", ref="d1")
    ack = await zoe.expect("ack", ref="d1")
    # The ack is all the sending connection needs: its number, the time, and the
    # text only when the server changed it.
    assert ack == {"type": "ack", "ref": "d1", "id": 1, "ts": clock.now}
    got = await marc.expect("dm")
    assert got["text"] == "coucou" and got["from"]["id"] == zoe.id and got["to"]["id"] == marc.id
    assert got["id"] == 1
    echo = await zoe_phone.expect("dm")  # Zoé's other connection gets it
    assert (echo["id"], echo["text"], echo["to"]["id"]) == (ack["id"], "coucou", marc.id)
    await zoe.nothing("dm")  # the sending connection does not
    await zoe.send(type="dm", to=marc.id, text="e\u0301t\u00e9   ", ref="d2")
    changed = await zoe.expect("ack", ref="d2")
    assert (changed["id"], changed["text"]) == (2, "\u00e9t\u00e9")  # NFC, trailing spaces cut
    assert (await marc.expect("dm", id=2))["text"] == changed["text"]
    assert (await zoe_phone.expect("dm", id=2))["text"] == changed["text"]
    await marc.send(type="dm", to=zoe.id, text="salut", ref="d3")
    assert (await zoe.expect("dm", text="salut"))["id"] == 3  # Zoé's inbox: 1, 2 sent, 3 received
    await zoe.nothing("dm")


async def test_dm_to_unknown_user_and_to_self(make_app: AppFactory) -> None:
    _, client = await make_app()
    zoe = await Chatter.connect(client)
    await zoe.send(type="dm", to="u_nobody", text="x", ref="a")
    assert (await zoe.expect("error"))["code"] == "user_not_found"
    await zoe.send(type="dm", to=zoe.id, text="x", ref="b")
    assert (await zoe.expect("error"))["code"] == "dm_self"


async def test_block_hides_room_messages_and_stops_dms_both_ways(make_app: AppFactory) -> None:
    _, client = await make_app(join_wait=0)
    zoe = await Chatter.connect(client)
    troll = await Chatter.connect(client)
    await zoe.join("general")
    await troll.join("general")
    await zoe.send(type="block", user=troll.id)
    await zoe.expect("blocked", user=troll.id)
    await troll.say("general", "tu me vois ?", ref="t1")
    await zoe.nothing("message")
    await troll.send(type="dm", to=zoe.id, text="hé", ref="t2")
    assert (await troll.expect("rejected", ref="t2"))["code"] == "dm_blocked"
    await zoe.send(type="dm", to=troll.id, text="hé", ref="z1")
    assert (await zoe.expect("rejected", ref="z1"))["code"] == "dm_blocked"
    # The blocker's later joins do not show the blocked user's history either.
    zoe2 = await Chatter.connect(client, {"token": zoe.token, "user": zoe.user})
    joined = await zoe2.join("general")
    assert all(m["from"]["id"] != troll.id for m in joined["history"])
    await zoe.send(type="unblock", user=troll.id)
    await zoe.expect("unblocked")
    await troll.say("general", "et là ?", ref="t3")
    assert (await zoe.expect("message"))["text"] == "et là ?"


async def test_moderation_verdicts_in_the_message_path(make_app: AppFactory) -> None:
    system, client = await make_app(join_wait=0)
    zoe = await Chatter.connect(client)
    marc = await Chatter.connect(client)
    await zoe.join("general")
    await marc.join("general")
    await zoe.send(type="say", room="general", text="BLOQUE", ref="b")
    rejected = await zoe.expect("rejected", ref="b")
    assert rejected["code"] == "moderation_blocked" and rejected["category"] == "drugs"
    await zoe.send(type="say", room="general", text="VERIF", ref="v")
    held = await zoe.expect("held", ref="v")
    assert held["code"] == "held_for_review"
    await marc.nothing("message")  # nothing reaches anyone before its verdict
    assert await system.store.last_room_message_id("general") == 0  # type: ignore[arg-type]
    assert (await system.store.held(1)) is not None


async def test_resume_delivers_everything_missed_once(make_app: AppFactory) -> None:
    _, client = await make_app(join_wait=0, rate_messages=100)
    zoe = await Chatter.connect(client)
    marc = await Chatter.connect(client)
    await zoe.join("general")
    await marc.join("general")
    await marc.say("general", "avant", ref="a")
    seen = await zoe.expect("message")
    await zoe.close()
    for i in range(3):
        await marc.say("general", f"pendant {i}", ref=f"p{i}")
    await marc.send(type="dm", to=zoe.id, text="tu es là ?", ref="d")
    await marc.expect("ack", ref="d")
    back = await Chatter.connect(client, {"token": zoe.token, "user": zoe.user})
    await back.send(type="resume", rooms={"general": seen["id"]}, dms=0)
    joined = await back.expect("joined", room="general")
    assert [m["text"] for m in joined["history"]] == ["pendant 0", "pendant 1", "pendant 2"]
    dm = await back.expect("dm")
    assert dm["text"] == "tu es là ?"
    resumed = await back.expect("resumed")
    assert resumed["rooms"] == ["general"] and resumed["dm_last"] == 1
    await marc.say("general", "après", ref="z")
    assert (await back.expect("message"))["text"] == "après"
    await back.nothing("message")  # no duplicates


async def test_history_paging_free_versus_premium(make_app: AppFactory, clock: FakeClock) -> None:
    system, client = await make_app(rate_messages=1000, join_wait=0)
    zoe = await Chatter.connect(client)
    await zoe.join("general")
    for i in range(120):
        clock.advance(0.1)
        await zoe.say("general", f"m{i}", ref=f"r{i}")
    await zoe.send(type="history", room="general", before=71)
    page = await zoe.expect("history")
    assert [m["id"] for m in page["messages"]] == list(range(71, 71))  # nothing below 71
    assert page["complete"] is True and page["limited"] is True  # ... but the room goes back
    await zoe.send(type="history", room="general", before=101)
    page = await zoe.expect("history")
    assert [m["id"] for m in page["messages"]] == list(range(71, 101))
    assert page["complete"] is True and page["limited"] is True
    # A free session's first page is all it may see of a room that goes further back:
    # the join says so, and a room with fewer messages than a page does not.
    marc = await Chatter.connect(client)
    joined = await marc.join("general")
    assert [m["id"] for m in joined["history"]] == list(range(71, 121))
    assert joined["limited"] is True
    assert "limited" not in await marc.join("paris")

    entered = await enter(client)
    await system.store.set_premium(entered["user"]["id"], True)
    vip = await Chatter.connect(client, entered)
    assert "limited" not in await vip.join("general")
    await vip.send(type="history", room="general", before=71)
    page = await vip.expect("history")
    assert [m["id"] for m in page["messages"]] == list(range(21, 71))
    assert page["complete"] is False and "limited" not in page


async def test_presence_left_after_leave(make_app: AppFactory) -> None:
    _, client = await make_app(join_wait=0)
    zoe = await Chatter.connect(client)
    marc = await Chatter.connect(client)
    await zoe.join("general")
    await marc.join("general")
    await marc.send(type="leave", room="general")
    await marc.expect("left", room="general")
    left = await zoe.expect("presence", event="left")
    assert left["user"]["id"] == marc.id


async def test_disconnect_within_grace_passes_unnoticed(make_app: AppFactory) -> None:
    _, client = await make_app(join_wait=0, presence_grace=0.3)
    zoe = await Chatter.connect(client)
    marc = await Chatter.connect(client)
    await zoe.join("general")
    await marc.join("general")
    await zoe.expect("presence", event="joined")
    await marc.close()
    back = await Chatter.connect(client, {"token": marc.token, "user": marc.user})
    await back.send(type="resume", rooms={"general": 0}, dms=0)
    await back.expect("resumed")
    await zoe.nothing("presence", wait=0.5)


async def test_bad_frames_get_errors_and_the_connection_stays(make_app: AppFactory) -> None:
    _, client = await make_app()
    zoe = await Chatter.connect(client)
    await zoe.ws.send_str("{oops")
    assert (await zoe.expect("error"))["code"] == "bad_json"
    await zoe.ws.send_bytes(b"\x00\x01")
    assert (await zoe.expect("error"))["code"] == "bad_json"
    await zoe.send(type="say", room="general", text="x" * 20_000)
    assert (await zoe.expect("error"))["code"] == "frame_too_large"
    await zoe.send(type="ping")
    await zoe.expect("pong")


async def test_a_flooding_client_is_closed_with_1008_and_others_are_fine(
    make_app: AppFactory,
) -> None:
    _, client = await make_app(join_wait=0)
    zoe = await Chatter.connect(client)
    await zoe.join("general")
    flooder = await Chatter.connect(client)
    for _ in range(40):
        await flooder.ws.send_str("garbage")
    while True:
        msg = await asyncio.wait_for(flooder.ws.receive(), 3)
        if msg.type in (WSMsgType.CLOSE, WSMsgType.CLOSED, WSMsgType.CLOSING):
            break
    assert flooder.ws.close_code == 1008
    await zoe.say("general", "toujours là", ref="ok")


async def test_bad_token_closes_with_4401(make_app: AppFactory) -> None:
    _, client = await make_app()
    ws = await client.ws_connect("/ws?token=nope")
    msg = await ws.receive()
    assert msg.type is WSMsgType.CLOSE
    assert ws.close_code == 4401


async def test_expired_session_is_refused(make_app: AppFactory, clock: FakeClock) -> None:
    _, client = await make_app()
    entered = await enter(client)
    clock.advance(24 * 3600 + 1)
    resp = await client.get("/api/rooms", headers={"Authorization": f"Bearer {entered['token']}"})
    assert resp.status == 401


async def test_two_nodes_on_one_broker_deliver_across(make_app: AppFactory) -> None:
    broker = MemoryBroker()
    path = "sqlite:///" + str(__import__("tempfile").mkdtemp()) + "/shared.db"
    _, node1 = await make_app(broker=broker, store_url=path, join_wait=0)
    _, node2 = await make_app(broker=broker, store_url=path, join_wait=0)
    zoe = await Chatter.connect(node1)
    marc = await Chatter.connect(
        node2, {"token": (await enter(node1))["token"], "user": {"id": "?"}}
    )
    marc.id = marc.hello["user"]["id"]
    await zoe.join("general")
    await marc.join("general")
    await zoe.say("general", "de node1", ref="a")
    assert (await marc.expect("message"))["text"] == "de node1"
    await marc.send(type="dm", to=zoe.id, text="de node2", ref="d")
    assert (await zoe.expect("dm"))["text"] == "de node2"


async def test_reconnecting_does_not_reset_the_rate_limit(
    make_app: AppFactory, clock: FakeClock
) -> None:
    _, client = await make_app()
    zoe = await Chatter.connect(client)
    await zoe.join("general")
    for i in range(5):
        await zoe.say("general", f"m{i}", ref=f"r{i}")
    await zoe.close()
    back = await Chatter.connect(client, {"token": zoe.token, "user": zoe.user})
    await back.send(type="resume", rooms={"general": 0}, dms=0)
    await back.expect("resumed")
    await back.send(type="say", room="general", text="encore", ref="x")
    assert (await back.expect("error", ref="x"))["code"] == "rate_limited"


async def test_logout_closes_open_sockets(make_app: AppFactory) -> None:
    _, client = await make_app()
    zoe = await Chatter.connect(client)
    resp = await client.delete("/api/session", headers={"Authorization": f"Bearer {zoe.token}"})
    assert resp.status == 204
    frames = []
    while True:
        msg = await asyncio.wait_for(zoe.ws.receive(), 3)
        if msg.type is not WSMsgType.TEXT:
            break
        frames.append(msg.data)
    assert (msg.type, msg.data) == (WSMsgType.CLOSE, 4401)
    assert any("session_ended" in f for f in frames)


async def test_profiles_of_gone_users_are_pruned_and_read_again(
    make_app: AppFactory, clock: FakeClock
) -> None:
    system, client = await make_app(join_wait=0)
    zoe = await Chatter.connect(client)
    marc = await Chatter.connect(client)
    await zoe.join("general")
    await marc.join("general")
    await marc.say("general", "salut", ref="m")
    await marc.close()
    await zoe.expect("message")
    await asyncio.sleep(0.05)
    system.chat.prune(clock())
    assert marc.id not in system.chat._profiles
    joined = await (await Chatter.connect(client)).join("general")
    assert joined["history"][-1]["from"]["pseudonym"] == marc.user["pseudonym"]
