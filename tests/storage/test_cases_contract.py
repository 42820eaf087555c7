"""The CaseStore contract (issue 6), run on SQLite and (when configured) PostgreSQL."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from typing import Literal

import pytest

from causette.domain.appeals import Appeal, AppealOutcome
from causette.domain.audit import verify_chain
from causette.domain.errors import Conflict
from causette.domain.ids import UserId
from causette.domain.moderators import Moderator, ModeratorSession, Role
from causette.domain.orders import OrderKind, acknowledge, give_effect, receive
from causette.domain.reports import validate_report
from causette.domain.sanctions import DAY, Binding, Sanction, SanctionKind
from causette.domain.strikes import Strike, StrikeKind
from causette.domain.transparency import DecisionRecord, Source
from causette.storage import postgres as postgres_module
from causette.storage import sqlite as sqlite_module
from causette.storage._common import load_migrations
from causette.storage.postgres import PostgresStore
from causette.storage.sqlite import SqliteStore

from .conftest import StoreFactory

Store = SqliteStore | PostgresStore
T0 = 1_800_000_000.0  # 15 January 2027


def report(
    reporter: str,
    *,
    target: str = "message:general:3",
    category: str = "drugs",
    at: float = T0,
    text: str = "",
    danger: bool = False,
):  # type: ignore[no-untyped-def]
    return validate_report(
        target=target,
        category=category,
        text=text,
        life_in_danger=danger,
        reporter=UserId(reporter),
        now=at,
    )


async def test_reports_merge_into_one_ticket_counting_distinct_reporters(store: Store) -> None:
    first, created = await store.add_report(report("u1", text="il vend"))
    assert created and first.ticket.number == "R-2027-000001"
    again, created2 = await store.add_report(report("u1", at=T0 + 5))
    other, _ = await store.add_report(report("u2", at=T0 + 9, danger=True))
    assert not created2 and again.ticket.number == other.ticket.number == "R-2027-000001"
    assert other.ticket.reporter_count == 2
    assert other.ticket.life_in_danger and other.ticket.last_at == T0 + 9
    assert other.ticket.texts == ("il vend",)
    different, _ = await store.add_report(report("u1", category="spam"))
    assert different.ticket.number == "R-2027-000002"
    assert await store.report_times(UserId("u1"), T0) == [T0, T0, T0 + 5]


async def test_a_closed_ticket_takes_no_more_reports(store: Store) -> None:
    rec, _ = await store.add_report(report("u1"))
    assert await store.close_ticket(
        rec.ticket.number, status="dismissed", decision="dismiss", at=T0 + 60, by="m1"
    )
    assert not await store.close_ticket(
        rec.ticket.number, status="dismissed", decision="dismiss", at=T0 + 61, by="m2"
    )
    later, created = await store.add_report(report("u3", at=T0 + 100))
    assert created and later.ticket.number != rec.ticket.number
    closed = await store.ticket(rec.ticket.number)
    assert closed is not None and closed.status == "dismissed" and closed.decided_by == "m1"
    assert [t.ticket.number for t in await store.open_tickets()] == [later.ticket.number]


async def test_concurrent_reports_on_one_key_make_one_ticket(store: Store) -> None:
    results = await asyncio.gather(*(store.add_report(report(f"u{i}")) for i in range(6)))
    assert len({r.ticket.number for r, _ in results}) == 1
    rec = await store.ticket(results[0][0].ticket.number)
    assert rec is not None and rec.ticket.reporter_count == 6


def suspension(
    sid: str, user: str, *, device: str | None = "d1", net: str | None = "n1", start: float = T0
) -> Sanction:
    return Sanction(
        id=sid,
        kind=SanctionKind.SUSPENSION,
        binding=Binding(UserId(user), device, net),
        start=start,
        duration=7 * DAY,
        decided_by="m1",
        reason="vente",
        category="drugs",
    )


async def test_sanctions_are_found_by_user_device_or_network_while_running(store: Store) -> None:
    await store.add_sanction(suspension("s1", "u1"), {"sanction_id": "s1"})
    await store.add_sanction(suspension("s2", "u2", device="d2", net=None, start=T0 - 30 * DAY), {})
    assert [s.id for s in await store.sanctions_binding(device_key="d1")] == ["s1"]
    assert [s.id for s in await store.sanctions_binding(network_key="n1")] == ["s1"]
    assert [s.id for s in await store.sanctions_binding(user=UserId("u2"))] == ["s2"]
    assert await store.sanctions_binding(user=UserId("u2"), since=T0) == []
    assert await store.statement("s1") == {"sanction_id": "s1"}
    await store.lift_sanction("s1", T0 + 10, "m2")
    assert await store.sanctions_binding(device_key="d1") == []
    lifted = await store.sanction("s1")
    assert lifted is not None and lifted.lifted_by == "m2" and lifted.binding.device_key == "d1"


async def test_strikes_and_appeals_round_trip(store: Store) -> None:
    await store.add_sanction(suspension("s1", "u1"), {})
    strike = Strike("k1", UserId("u1"), StrikeKind.CONTENT, T0, "s1")
    await store.add_strike(strike)
    await store.save_strike(strike.mark_warned())
    assert await store.strikes_of(UserId("u1")) == [strike.mark_warned()]
    appeal = Appeal("a1", "s1", UserId("u1"), T0 + 5, "je conteste")
    await store.add_appeal(appeal)
    assert await store.appeals() == [appeal]
    decided = Appeal(
        "a1",
        "s1",
        UserId("u1"),
        T0 + 5,
        "je conteste",
        AppealOutcome.REVERSED,
        "m2",
        T0 + 50,
        "erreur",
    )
    assert await store.save_appeal(decided)
    assert not await store.save_appeal(decided)
    assert await store.appeals() == [] and await store.appeal("a1") == decided


async def test_audit_chain_appends_verifies_and_refuses_edits(store: Store) -> None:
    entries = await asyncio.gather(
        *(
            store.append_audit(
                at=T0 + i,
                actor="m1",
                action="warn",
                target=f"user:u{i}",
                reason="é",
                details={"n": i},
            )
            for i in range(5)
        )
    )
    assert sorted(e.seq for e in entries) == [1, 2, 3, 4, 5]
    stored = await store.audit_entries()
    assert verify_chain(stored).ok and len(stored) == 5
    assert [e.seq for e in await store.audit_tail(2)] == [5, 4]
    with pytest.raises(Exception, match=r"append-only|unavailable|indisponible"):
        await store._cases(
            lambda q: q.execute("UPDATE audit SET reason = 'x' WHERE seq = 2"), write=True
        )
    with pytest.raises(Exception, match=r"append-only|unavailable|indisponible"):
        await store._cases(lambda q: q.execute("DELETE FROM audit WHERE seq = 5"), write=True)
    assert verify_chain(await store.audit_entries()).ok


async def test_moderators_and_sessions(store: Store) -> None:
    mod = Moderator("m1", "alice", Role.ADMIN, "$argon2id$x", T0)
    await store.create_moderator(mod)
    with pytest.raises(Conflict):
        await store.create_moderator(Moderator("m2", "alice", Role.MODERATOR, "h", T0))
    assert await store.moderator_by_login("alice") == mod
    await store.save_moderator(Moderator("m1", "alice", Role.ADMIN, "h2", T0, "SECRET", 7))
    again = await store.moderator("m1")
    assert again is not None and again.last_totp_step == 7 and again.password_hash == "h2"
    session = ModeratorSession("sid", "m1", Role.ADMIN, T0, T0, T0 + 3600, 1800)
    await store.add_moderator_session(session)
    await store.touch_moderator_session("sid", T0 + 60)
    touched = await store.moderator_session("sid")
    assert touched is not None and touched.last_seen_at == T0 + 60
    await store.end_moderator_session("sid")
    assert await store.moderator_session("sid") is None


async def test_decisions_are_counted_by_time(store: Store) -> None:
    for i, action in enumerate(["dismiss", "suspension", "warning"]):
        await store.add_decision(
            DecisionRecord("drugs", action, i == 0, Source.NOTICE, T0, T0 + 100 * (i + 1))
        )
    assert [d.action for d in await store.decisions(start=T0 + 150)] == ["suspension", "warning"]
    assert len(await store.decisions()) == 3


async def test_held_content_changes_status_once(store: Store) -> None:
    held = await store.hold("room:general", UserId("u1"), "VERIF", "{}", T0)
    assert [h.id for h in await store.held_items()] == [held.id]
    assert await store.set_held_status(held.id, "released")
    assert not await store.set_held_status(held.id, "removed")
    assert await store.held_items() == []
    assert [h.status for h in await store.held_items("released")] == ["released"]


async def test_a_refused_message_enters_the_queue_only_when_contested(store: Store) -> None:
    refused = await store.hold("room:general", UserId("u1"), "BLOQUE", "{}", T0, status="refused")
    assert refused.status == "refused"
    assert await store.held_items() == []
    again = await store.held(refused.id)
    assert again is not None and again.status == "refused"
    assert not await store.set_held_status(refused.id, "released")  # not in the queue
    assert await store.contest_refused(refused.id, '{"contest": {"text": "erreur"}}')
    assert not await store.contest_refused(refused.id, "{}")  # once
    (queued,) = await store.held_items()
    assert queued.id == refused.id and queued.verdict == '{"contest": {"text": "erreur"}}'


async def test_context_queries_for_the_console(store: Store) -> None:
    from causette.domain.ids import RoomId
    from causette.ports import Identification
    from causette.storage.cases_records import REMOVED_TEXT

    from .test_contract import guest, room

    await store.seed_rooms([room("general", "Général", official=True)])
    await store.create_guest(guest("u1", "Alpha", device_hash="dev1"), 600.0, 1000.0)
    await store.create_guest(guest("u2", "Beta", at=1100.0, device_hash="dev1"), 600.0, 1100.0)
    await store.record_identification(
        Identification("entry", "guest:u1", UserId("u1"), "203.0.113.7", 5000, 1000.0)
    )
    await store.record_identification(
        Identification("entry", "guest:u2", UserId("u2"), "203.0.113.9", 5001, 1100.0)
    )
    assert await store.entry_ip(UserId("u2")) == "203.0.113.9"
    assert await store.entry_ip(UserId("u3")) is None
    assert [e.user for e in await store.entries_since(1050.0)] == ["u2"]
    assert [g.id for g in await store.guests_with_device("dev1")] == ["u2", "u1"]
    general = RoomId("general")
    first = await store.append_room_message(general, UserId("u1"), "un", 1200.0)
    await store.append_room_message(general, UserId("u2"), "deux", 1300.0)
    await store.append_room_message(general, UserId("u9"), "autre", 1400.0)
    got = await store.messages_by([UserId("u1"), UserId("u2")], limit=5)
    assert [m.text for m in got] == ["deux", "un"]
    assert await store.remove_room_message(general, first.id)
    assert not await store.remove_room_message(general, 99)
    after = await store.room_messages_after(general, 0, 1)  # type: ignore[arg-type]
    assert after[0].text == REMOVED_TEXT
    dm = await store.append_dm(UserId("u1"), UserId("u2"), "salut", 1500.0)
    assert (await store.dm(dm.id)) == dm
    assert await store.remove_dm(dm.id)
    removed = await store.dm(dm.id)
    assert removed is not None and removed.text == REMOVED_TEXT
    assert await store.dm(dm.id + 100) is None


async def test_identification_records_for_a_requisition(store: Store) -> None:
    from causette.domain.ids import RoomId
    from causette.domain.profile import pseudonym_key
    from causette.ports import Identification

    from .test_contract import guest, room

    await store.seed_rooms([room("general", "Général", official=True)])
    # Two sessions held « Zébulon » in turn; a third person is someone else.
    await store.create_guest(guest("u1", "Zébulon"), 600.0, 1000.0)
    await store.end_guest(UserId("u1"), 1500.0)
    await store.create_guest(guest("u2", "zebulon", at=2000.0), 600.0, 2000.0)
    await store.create_guest(guest("u3", "Autre", at=2000.0), 600.0, 2000.0)
    for user, ip, port, at in (
        ("u1", "203.0.113.7", 5000, 1000.0),
        ("u2", "198.51.100.4", 6000, 2000.0),
        ("u3", "203.0.113.7", 5002, 2001.0),
    ):
        await store.record_identification(
            Identification("entry", f"guest:{user}", UserId(user), ip, port, at)
        )
    message = await store.append_room_message(
        RoomId("general"), UserId("u2"), "bonjour", 2100.0, source=("198.51.100.4", 6001)
    )
    named = await store.guests_named(pseudonym_key("ZÉBULON"))
    assert [g.id for g in named] == ["u1", "u2"]
    both = await store.identification_records(users=[g.id for g in named])
    assert [(r.user, r.kind, r.port) for r in both] == [
        ("u1", "entry", 5000),
        ("u2", "entry", 6000),
        ("u2", "message", 6001),
    ]
    assert [r.user for r in await store.identification_records(ip="203.0.113.7")] == ["u1", "u3"]
    ref = f"room:general:{message.id}"
    (only,) = await store.identification_records(ref=ref)
    assert (only.user, only.ip, only.at) == ("u2", "198.51.100.4", 2100.0)
    period = await store.identification_records(ip="203.0.113.7", start=1000.0, end=2001.0)
    assert [r.user for r in period] == ["u1"]  # start included, end excluded


async def test_sessions_are_purged_once_ended_and_unexplained(store: Store) -> None:
    from causette.ports import Identification

    from .test_contract import guest

    await store.create_guest(guest("u1", "Ancien"), 600.0, 1000.0)
    await store.end_guest(UserId("u1"), 1200.0)
    await store.create_guest(guest("u2", "Oublie"), 600.0, 1000.0)  # never ended, idle
    await store.create_guest(guest("u3", "Explique"), 600.0, 1000.0)
    await store.end_guest(UserId("u3"), 1200.0)
    await store.record_identification(
        Identification("entry", "guest:u3", UserId("u3"), "203.0.113.7", 5000, 1000.0)
    )
    await store.create_guest(guest("u4", "Recent", at=5000.0), 600.0, 5000.0)
    assert await store.purge_sessions(900.0) == 0  # all seen after the cut-off
    assert await store.purge_sessions(2000.0) == 2
    assert [g.id for g in await store.guests([UserId(u) for u in ("u1", "u2", "u3", "u4")])] in (
        ["u3", "u4"],
        ["u4", "u3"],
    )


async def test_authority_orders_round_trip_and_are_given_effect_once(store: Store) -> None:
    received = receive(
        authority="Parquet de Paris",
        reference="2027/42",
        kind=OrderKind.ACT,
        state="FR",
        received_at=T0,
        by="juriste",
        now=T0,
    )
    await store.add_authority_order(received)
    with pytest.raises(Conflict) as e:
        await store.add_authority_order(received)
    assert e.value.code == "order_exists"
    other = replace(received, authority="OPJ Lyon", received_at=T0 - 60)
    await store.add_authority_order(other)  # same reference, another authority
    assert await store.authority_order("Parquet de Paris", "2027/42") == received
    assert await store.authority_order("Parquet de Paris", "2027/43") is None
    acked = acknowledge(received, T0 + 30, T0 + 30)
    assert await store.save_authority_order(acked)
    done = give_effect(acked, T0 + 90, T0 + 90)
    assert await store.save_authority_order(done)
    assert not await store.save_authority_order(done)  # given effect already
    assert await store.authority_orders() == [other, done]


async def test_an_order_keeps_the_console_decision_that_gave_it_effect(store: Store) -> None:
    """Migration 0009: an Art. 9 order given effect by a moderator's decision names the
    item decided and the sanction taken; one given effect by hand names none."""
    order = receive(
        authority="Tribunal judiciaire de Paris",
        reference="RG 27/00042",
        kind=OrderKind.ACT,
        state="FR",
        received_at=T0,
        by="juriste",
        now=T0,
    )
    by_hand = replace(order, reference="RG 27/00043")
    await store.add_authority_order(order)
    await store.add_authority_order(by_hand)
    done = give_effect(order, T0 + 60, T0 + 60, item="ticket:R-2027-000001", sanction="s_x1")
    assert await store.save_authority_order(done)
    assert await store.save_authority_order(give_effect(by_hand, T0 + 90, T0 + 90))
    stored = await store.authority_order(order.authority, order.reference)
    assert stored == done
    assert stored is not None and stored.effected_item == "ticket:R-2027-000001"
    assert stored.effected_sanction == "s_x1" and stored.effected_at == T0 + 60
    other = await store.authority_order(by_hand.authority, by_hand.reference)
    assert other is not None and (other.effected_item, other.effected_sanction) == (None, None)
    # A second decision cannot take the link over.
    again = replace(done, effected_item="ticket:R-2027-000002", effected_sanction="s_x2")
    assert not await store.save_authority_order(again)
    assert await store.authority_order(order.authority, order.reference) == done


async def test_requisitions_answered_before_0007_become_orders_of_unknown_receipt(
    open_test_store: StoreFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The requisitions answered before receipt times were recorded lived only in the
    audit log: the migration makes each (authority, reference) one order to provide
    information, issued in France, given effect at its first answer, receipt unknown."""
    store = await open_test_store()
    dialect: Literal["sqlite", "postgres"] = (
        "sqlite" if isinstance(store, SqliteStore) else "postgres"
    )
    module = sqlite_module if dialect == "sqlite" else postgres_module
    before = [m for m in load_migrations(dialect) if m.version < 7]
    monkeypatch.setattr(module, "load_migrations", lambda _: before)
    await store.migrate()
    for at, ref, criterion in (
        (T0, "PV 1", "ip"),
        (T0 + 60, "PV 1", "session"),
        (T0 + 9, "PV 2", "ip"),
    ):
        await store.append_audit(
            at=at,
            actor="juriste Martin",
            action="requisition_answered",
            target=f"requisition:{ref}",
            reason="Commissariat de Lyon 3e",
            details={"criterion": criterion},
        )
    monkeypatch.undo()
    await store.migrate()
    orders = await store.authority_orders()
    assert [(o.reference, o.effected_at) for o in orders] == [("PV 1", T0), ("PV 2", T0 + 9)]
    first = orders[0]
    assert (first.authority, first.kind, first.member_state) == (
        "Commissariat de Lyon 3e",
        OrderKind.INFORMATION,
        "FR",
    )
    assert (first.received_at, first.acknowledged_at, first.recorded_by) == (
        None,
        None,
        "juriste Martin",
    )
    assert verify_chain(await store.audit_entries()).ok  # the audit log is only read
