"""`resume` restores only the rooms the session joined, and its catch-up is bounded."""

from __future__ import annotations

from dataclasses import replace

from tests.chatters import Chatter

from ..conftest import AppFactory, FakeClock


async def _back(client, chatter: Chatter) -> Chatter:  # type: ignore[no-untyped-def]
    return await Chatter.connect(client, {"token": chatter.token, "user": chatter.user})


async def test_a_resume_naming_a_room_never_joined_waits_like_a_join(make_app: AppFactory) -> None:
    _, client = await make_app(join_wait=5)
    zoe = await Chatter.connect(client)
    await zoe.join("general")
    await zoe.close()
    back = await _back(client, zoe)
    await back.send(type="resume", rooms={"general": 0, "paris": 0}, dms=0)
    assert (await back.expect("joined", room="general"))["room"] == "general"
    refused = await back.expect("error", room="paris")
    assert refused["code"] == "cooldown" and 0 < refused["retry_after"] <= 5
    assert (await back.expect("resumed"))["rooms"] == ["general"]
    await back.send(type="say", room="paris", text="coucou", ref="p")
    assert (await back.expect("error", ref="p"))["code"] == "not_member"


async def test_a_fresh_connection_cannot_resume_its_way_into_many_rooms(
    make_app: AppFactory, clock: FakeClock
) -> None:
    _, client = await make_app(join_wait=5)
    zoe = await Chatter.connect(client)
    await zoe.send(type="resume", rooms={"general": 0, "paris": 0, "lyon": 0}, dms=0)
    await zoe.expect("joined", room="general")  # the first one is an ordinary join
    assert (await zoe.expect("error", room="paris"))["code"] == "cooldown"
    assert (await zoe.expect("error", room="lyon"))["code"] == "cooldown"
    assert (await zoe.expect("resumed"))["rooms"] == ["general"]
    clock.advance(5)
    await zoe.send(type="resume", rooms={"paris": 0}, dms=0)
    await zoe.expect("joined", room="paris")
    assert (await zoe.expect("resumed"))["rooms"] == ["paris"]


async def test_a_room_left_is_no_longer_resumed_without_the_wait(
    make_app: AppFactory, clock: FakeClock
) -> None:
    _, client = await make_app(join_wait=5)
    zoe = await Chatter.connect(client)
    await zoe.join("general")
    clock.advance(10)
    await zoe.join("paris")
    await zoe.send(type="leave", room="general")
    await zoe.expect("left", room="general")
    await zoe.close()
    back = await _back(client, zoe)
    await back.send(type="resume", rooms={"general": 0, "paris": 0}, dms=0)
    assert (await back.expect("error", room="general"))["code"] == "cooldown"
    await back.expect("joined", room="paris")
    assert (await back.expect("resumed"))["rooms"] == ["paris"]


async def test_a_long_absence_resumes_with_the_newest_messages_and_a_gap(
    make_app: AppFactory, clock: FakeClock
) -> None:
    system, client = await make_app(join_wait=0, rate_messages=10_000)
    cap = 20  # 200 by default; smaller here to keep the test short
    system.chat.limits = replace(system.chat.limits, resume_max=cap)
    zoe, marc = await Chatter.connect(client), await Chatter.connect(client)
    await zoe.join("general")
    await marc.join("general")
    await marc.say("general", "avant", ref="a")
    seen = (await zoe.expect("message"))["id"]
    await zoe.close()
    for i in range(cap + 50):
        clock.advance(0.1)  # under the frame rate limit
        await marc.say("general", f"pendant {i}", ref=f"p{i}")
    back = await _back(client, zoe)
    await back.send(type="resume", rooms={"general": seen}, dms=0)
    joined = await back.expect("joined", room="general")
    ids = [m["id"] for m in joined["history"]]
    assert joined["gap"] is True and len(ids) == cap
    assert ids == list(range(seen + 51, seen + cap + 51))  # the newest, in order
    await back.expect("resumed")
    await back.nothing("message")  # nothing else of the backlog follows
    await marc.say("general", "après", ref="z")
    assert (await back.expect("message"))["id"] == seen + cap + 51


async def test_a_short_absence_resumes_everything_without_a_gap(make_app: AppFactory) -> None:
    system, client = await make_app(join_wait=0, rate_messages=10_000)
    cap = 20
    system.chat.limits = replace(system.chat.limits, resume_max=cap)
    zoe, marc = await Chatter.connect(client), await Chatter.connect(client)
    await zoe.join("general")
    await marc.join("general")
    await zoe.close()
    for i in range(cap):
        await marc.say("general", f"m{i}", ref=f"p{i}")
    back = await _back(client, zoe)
    await back.send(type="resume", rooms={"general": 0}, dms=0)
    joined = await back.expect("joined", room="general")
    assert "gap" not in joined and [m["id"] for m in joined["history"]] == list(range(1, cap + 1))


async def test_a_private_message_the_lost_connection_sent_comes_back_on_resume(
    make_app: AppFactory,
) -> None:
    # The sending connection had only the ack (no echo): a later connection resuming
    # from before it gets the message itself, with the same number, once.
    _, client = await make_app()
    zoe, marc = await Chatter.connect(client), await Chatter.connect(client)
    await zoe.send(type="dm", to=marc.id, text="avant la coupure", ref="d1")
    ack = await zoe.expect("ack", ref="d1")
    await zoe.nothing("dm")
    await zoe.close()
    back = await Chatter.connect(client, {"token": zoe.token, "user": zoe.user})
    await back.send(type="resume", rooms={}, dms=0)
    mine = await back.expect("dm")
    assert (mine["id"], mine["text"], mine["to"]["id"]) == (ack["id"], "avant la coupure", marc.id)
    assert (await back.expect("resumed"))["dm_last"] == ack["id"]
    await back.nothing("dm")


async def test_a_long_absence_resumes_private_messages_in_bounded_batches_without_loss(
    make_app: AppFactory, clock: FakeClock
) -> None:
    """One resume sends at most `resume_max` private messages, the oldest first, and says
    more remain; each `dms` frame brings the next batch, until all came, each once, with
    the ones that arrived live in between."""
    system, client = await make_app(rate_messages=10_000)
    cap = 20  # 200 by default
    system.chat.limits = replace(system.chat.limits, resume_max=cap)
    zoe, marc = await Chatter.connect(client), await Chatter.connect(client)
    await marc.send(type="dm", to=zoe.id, text="avant", ref="a")
    seen = (await zoe.expect("dm"))["id"]
    await zoe.close()
    for i in range(2 * cap + 10):
        clock.advance(0.1)  # under the frame rate limit
        await marc.send(type="dm", to=zoe.id, text=f"pendant {i}", ref=f"p{i}")
        await marc.expect("ack", ref=f"p{i}")
    back = await _back(client, zoe)
    assert back.hello["dm_last"] == seen + 2 * cap + 10

    await back.send(type="resume", rooms={}, dms=seen)
    first = [await back.expect("dm") for _ in range(cap)]
    resumed = await back.expect("resumed")
    assert [d["id"] for d in first] == list(range(seen + 1, seen + cap + 1))  # the oldest
    assert (resumed["dm_last"], resumed["dm_more"]) == (seen + cap, True)
    await back.nothing("dm")  # no more than one batch per answer

    await marc.send(type="dm", to=zoe.id, text="en direct", ref="live")  # arrives live
    live = await back.expect("dm")
    assert (live["id"], live["text"]) == (seen + 2 * cap + 11, "en direct")

    got, after = [], resumed["dm_last"]
    for _ in range(5):  # bounded: three batches are enough
        await back.send(type="dms", after=after)
        answer = await back.expect("dms")
        while back.backlog and back.backlog[0]["type"] == "dm":
            got.append(back.backlog.pop(0))
        after = answer["dm_last"]
        if not answer.get("dm_more"):
            break
    ids = [d["id"] for d in first + got] + [live["id"]]
    assert ids == list(range(seen + 1, seen + 2 * cap + 12))  # all of them, each once
    assert after == live["id"]  # everything up to the newest has been sent
    assert [d["text"] for d in got][-1] == f"pendant {2 * cap + 9}"
