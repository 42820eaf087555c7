"""The moderators' desk in-process: actions, strikes, late delivery, exports, counts.

Each test builds the whole app on SQLite in memory with a fake clock and the
keyword moderation double (VERIF holds a message for review).
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from causette.app import Causette
from causette.domain.errors import Conflict, Forbidden, InvalidInput
from causette.domain.ids import MessageId, RoomId, UserId
from causette.domain.sanctions import DAY, HOUR, SanctionKind
from causette.domain.transparency import summarise
from causette.storage.cases_records import REMOVED_TEXT
from causette.web.case_context import CaseServices
from tests.chatters import Chatter, enter

from ..conftest import AppFactory, FakeClock


async def _setup(make_app: AppFactory) -> tuple[Causette, CaseServices, TestClient[Any, Any]]:
    system, client = await make_app()
    assert system.cases is not None
    return system, system.cases, client


async def _report(client: TestClient[Any, Any], token: str, target: str, category: str) -> str:
    resp = await client.post(
        "/api/reports",
        json={"target": target, "category": category},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert resp.status == 201, await resp.text()
    ticket: str = (await resp.json())["ticket"]
    return ticket


async def test_released_held_message_reaches_the_room_late(make_app: AppFactory) -> None:
    _, cases, client = await _setup(make_app)
    author, reader = await Chatter.connect(client), await Chatter.connect(client)
    await author.join("general")
    await reader.join("general")
    await author.send(type="say", room="general", text="VERIF est-ce permis ?", ref="h")
    await author.expect("held", ref="h")
    await reader.nothing("message")
    (item,) = await cases.files.queue()
    assert item.id.startswith("held:") and item.author is not None
    await cases.desk.act("m_1", item.id, "release", "Rien d'interdit.")
    got = await reader.expect("message", room="general")
    assert got["text"] == "VERIF est-ce permis ?" and got["late"] is True
    assert await cases.files.queue() == []
    with pytest.raises(Conflict):
        await cases.desk.act("m_2", item.id, "release", "Encore.")


async def test_removal_replaces_the_text_and_three_then_four_strikes_suspend(
    make_app: AppFactory, clock: FakeClock
) -> None:
    system, cases, client = await _setup(make_app)
    author = await Chatter.connect(client)
    reporter = await enter(client)
    await author.join("general")
    tickets = []
    for i in range(4):
        ack = await author.say("general", f"message limite {i}", ref=f"r{i}")
        tickets.append(
            await _report(client, reporter["token"], f"message:general:{ack['id']}", "hate")
        )
    for i, ticket in enumerate(tickets[:3]):
        await cases.desk.act("m_1", f"ticket:{ticket}", "remove", f"Propos haineux {i}.")
        clock.advance(HOUR)
    msgs = await system.store.room_messages_after(RoomId("general"), MessageId(0), 10)
    assert [m.text for m in msgs[:3]] == [REMOVED_TEXT] * 3
    # The third strike warns; no suspension yet (Art. 23: a prior warning first).
    warning = await author.expect("notice", code="sanctioned", message=_startswith("Avertissement"))
    assert "suspension" in warning["message"]
    assert not any(
        s.kind is SanctionKind.SUSPENSION for s in await cases.store.sanctions_of(UserId(author.id))
    )
    await cases.desk.act("m_1", f"ticket:{tickets[3]}", "remove", "Encore.")
    auto = [
        s
        for s in await cases.store.sanctions_of(UserId(author.id))
        if s.kind is SanctionKind.SUSPENSION
    ]
    assert len(auto) == 1 and auto[0].automated and auto[0].duration == 7 * DAY
    statement = await cases.store.statement(auto[0].id)
    assert statement is not None and statement["automated_decision"] is True
    # Locked out: the token no longer works.
    assert (
        await client.get("/api/me", headers={"Authorization": f"Bearer {author.token}"})
    ).status == 401


class _startswith(str):
    """Matches any string that starts with the given prefix (for Chatter.expect)."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, str) and other.startswith(str(self))

    __hash__ = str.__hash__


async def test_duration_must_fit_the_sanction_and_nothing_is_stored_otherwise(
    make_app: AppFactory,
) -> None:
    _, cases, client = await _setup(make_app)
    me = await enter(client)
    ticket = await _report(client, me["token"], f"user:{me['user']['id']}", "spam")
    with pytest.raises(InvalidInput) as e:
        await cases.desk.act("m_1", f"ticket:{ticket}", "mute", "Spam.", duration=3 * DAY)
    assert e.value.code == "sanction_duration_invalid"
    with pytest.raises(InvalidInput) as e:
        await cases.desk.act("m_1", f"ticket:{ticket}", "ban", "Spam.", duration=float("inf"))
    assert e.value.code == "sanction_duration_invalid"
    with pytest.raises(InvalidInput) as e:
        await cases.desk.act("m_1", f"ticket:{ticket}", "warn", "  ")
    assert e.value.code == "reason_missing"
    for action in ("close_room", "remove"):
        with pytest.raises(InvalidInput) as e:
            await cases.desk.act("m_1", f"ticket:{ticket}", action, "Hors sujet.")
        assert e.value.code == "action_invalid"
    # Refused decisions leave the item open and nothing recorded.
    (record,) = await cases.store.open_tickets()
    assert record.ticket.number == ticket
    assert await cases.store.sanctions_of(UserId(me["user"]["id"])) == []


async def test_closing_a_room_and_counting_decisions(make_app: AppFactory) -> None:
    system, cases, client = await _setup(make_app)
    creator = await enter(client)
    resp = await client.post(
        "/api/rooms",
        json={"name": "Salon douteux", "topic": "on verra"},
        headers={"Authorization": f"Bearer {creator['token']}"},
    )
    assert resp.status == 201, await resp.text()
    room_id = (await resp.json())["id"]
    other = await enter(client)
    ticket = await _report(client, other["token"], f"room:{room_id}", "other")
    spam = await _report(client, other["token"], f"user:{creator['user']['id']}", "spam")
    await cases.desk.act("m_1", f"ticket:{ticket}", "close_room", "Salon hors règles.")
    await cases.desk.act("m_2", f"ticket:{spam}", "dismiss", "Rien vu.")
    room = await system.store.room(RoomId(room_id))
    assert room is not None and not room.open
    counts = summarise(await cases.store.decisions())
    assert counts.by_action == {"dismiss": 1, "room_closure": 1}
    assert counts.human == 2 and counts.by_source["notice"] == 2


async def test_unfounded_reports_warn_then_suspend_the_reporter(
    make_app: AppFactory, clock: FakeClock
) -> None:
    _, cases, client = await _setup(make_app)
    target = await enter(client)
    reporter = await enter(client)
    for i in range(4):
        ticket = await _report(
            client,
            reporter["token"],
            f"user:{target['user']['id']}",
            ["spam", "hate", "threat", "sexual"][i],
        )
        await cases.desk.act("m_1", f"ticket:{ticket}", "dismiss", "Infondé.", unfounded=True)
        clock.advance(60)
    found = await cases.store.sanctions_of(UserId(reporter["user"]["id"]))
    assert [(s.kind, s.category) for s in found] == [
        (SanctionKind.SUSPENSION, "repeat_unfounded_report")
    ]
    assert await cases.store.sanctions_of(UserId(target["user"]["id"])) == []


async def test_authority_export_is_built_and_marked_transmitted(make_app: AppFactory) -> None:
    _, cases, client = await _setup(make_app)
    author = await Chatter.connect(client)
    await author.join("general")
    ack = await author.say("general", "rendez-vous ce soir, ne dis rien à tes parents")
    reporter = await enter(client)
    resp = await client.post(
        "/api/reports",
        json={
            "target": f"message:general:{ack['id']}",
            "category": "child_safety",
            "life_in_danger": True,
        },
        headers={"Authorization": f"Bearer {reporter['token']}"},
    )
    ticket = (await resp.json())["ticket"]
    (first,) = await cases.files.queue()
    assert first.queue.life_in_danger
    with pytest.raises(InvalidInput):
        await cases.exports.build("m_1", first.id, " ")
    export = await cases.exports.build("m_1", first.id, "Un adulte donne rendez-vous à une enfant.")
    data = export.to_json()
    assert data["reference"] == ticket and data["category"] == "child_safety"
    assert [m["flagged"] for m in data["messages"]] == [True]
    assert data["identification"]["pseudonym"] == author.user["pseudonym"]
    assert data["identification"]["entry_ip"] == "127.0.0.1"
    # The connection behind the message itself, with its source port (décret 2021-1362).
    ident = data["identification"]
    assert ident["content_ip"] == "127.0.0.1" and ident["content_port"] > 0
    assert ident["entry_port"] > 0 and ident["content_sent_at"] > 0
    await cases.exports.transmit("m_1", first.id, "Résumé.", "pharos", "PH-42")
    record = await cases.store.ticket(ticket)
    assert record is not None and record.transmitted_at is not None
    (sent,) = await cases.store.transmissions(ticket)
    assert sent.channel == "pharos" and sent.receipt == "PH-42"
    actions = [e.action for e in await cases.store.audit_entries()]
    assert actions.count("authority_export") == 2 and "authority_transmitted" in actions


async def test_appeal_by_the_deciding_moderator_is_refused_and_reversal_lifts(
    make_app: AppFactory,
) -> None:
    _, cases, client = await _setup(make_app)
    chatter = await Chatter.connect(client)
    guest = await cases.store.guest(UserId(chatter.id))
    assert guest is not None
    sanction = await cases.desk.sanction(
        "m_1",
        SanctionKind.WARNING,
        guest,
        "Langage.",
        duration=None,
        category="other",
        item=None,
        now=1_800_000_000.0,
    )
    notice = await chatter.expect("notice", code="sanctioned")
    token = notice["message"].split("token=")[1]
    with pytest.raises(Exception) as wrong:
        await cases.appeals.file(sanction.id, "faux", "non")
    assert getattr(wrong.value, "code", "") == "sanction_not_found"
    appeal = await cases.appeals.file(sanction.id, token, "Je conteste.")
    with pytest.raises(Conflict):
        await cases.appeals.file(sanction.id, token, "Encore.")
    with pytest.raises(Forbidden) as same:
        await cases.appeals.decide("m_1", appeal.id, "reversed", "Moi-même.")
    assert same.value.code == "appeal_same_moderator"
    decided = await cases.appeals.decide("m_2", appeal.id, "reversed", "Erreur.")
    assert decided.outcome.value == "reversed"
    strikes = await cases.store.strikes_of(UserId(chatter.id))
    assert strikes and all(s.removed_at is not None for s in strikes)
    lifted = await cases.store.sanction(sanction.id)
    assert lifted is not None and lifted.lifted_by == "m_2"


async def test_queue_puts_life_in_danger_before_urgent_before_held(
    make_app: AppFactory, clock: FakeClock
) -> None:
    _, cases, client = await _setup(make_app)
    author = await Chatter.connect(client)
    await author.join("general")
    await author.send(type="say", room="general", text="VERIF vieux", ref="h")
    await author.expect("held", ref="h")
    clock.advance(10)
    reporter = await enter(client)
    uid = author.id
    await _report(client, reporter["token"], f"user:{uid}", "spam")
    await _report(client, reporter["token"], f"user:{uid}", "threat")
    resp = await client.post(
        "/api/reports",
        json={"target": f"user:{uid}", "category": "other", "life_in_danger": True},
        headers={"Authorization": f"Bearer {reporter['token']}"},
    )
    assert resp.status == 201
    order = [(i.queue.kind.value, i.category) for i in await cases.files.queue()]
    assert order == [
        ("report", "other"),
        ("report", "threat"),
        ("held", "drugs"),
        ("report", "spam"),
    ]
    held = next(i for i in await cases.files.queue() if i.held is not None)
    assert json.loads(held.held.verdict)["rules"] == ["test.review"]  # type: ignore[union-attr]


async def test_minor_protection_signals_join_the_queue_as_signals(make_app: AppFactory) -> None:
    system, cases, client = await _setup(make_app)
    adult = await Chatter.connect(client)
    await system.store.hold(
        f"signal:grooming:{adult.id}",
        UserId(adult.id),
        "Demande répétée de photos à une personne mineure.",
        json.dumps({"action": "review", "categories": ["child_safety"], "escalate": True}),
        system.clock(),
    )
    minors = system.chat.minors
    assert minors is not None
    minors.suspended.add(UserId(adult.id))  # the interim measure of a many-minors signal
    (item,) = await cases.files.queue()
    assert item.queue.kind.value == "signal" and item.queue.signal is not None
    assert item.queue.severity.name == "URGENT" and "pédopiégeage" in item.where
    with pytest.raises(InvalidInput):
        await cases.desk.act("m_1", item.id, "release", "Non.")
    await cases.desk.act("m_1", item.id, "suspend", "Approche d'une mineure.", duration=30 * DAY)
    assert await cases.files.queue() == []
    # The moderator's suspension takes over from the interim measure.
    assert UserId(adult.id) not in minors.suspended


async def test_a_reported_photo_is_described_and_removed(make_app: AppFactory) -> None:
    from causette.ports import PhotoRecord

    system, cases, client = await _setup(make_app)
    uploader = await enter(client)
    reporter = await enter(client)
    await system.store.add_photo(
        PhotoRecord(
            id="p_test1",
            uploader=UserId(uploader["user"]["id"]),
            target="room:general",
            status="sent",
            blur=False,
            explicit=False,
            mime="image/jpeg",
            signals="{}",
            verdict="{}",
            created_at=system.clock(),
        )
    )
    missing = await client.post(
        "/api/reports",
        json={"target": "photo:p_nope", "category": "ncii"},
        headers={"Authorization": f"Bearer {reporter['token']}"},
    )
    assert missing.status == 404
    ticket = await _report(client, reporter["token"], "photo:p_test1", "ncii")
    item = await cases.files.item(f"ticket:{ticket}")
    assert item.author is not None and item.author.id == uploader["user"]["id"]
    assert "p_test1" in item.content
    await cases.desk.act("m_1", item.id, "remove", "Image intime sans accord.")
    photo = await system.store.photo("p_test1")
    assert photo is not None and photo.status == "removed"
