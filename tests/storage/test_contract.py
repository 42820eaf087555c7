"""The MessageStore contract, run on SQLite and (when configured) PostgreSQL.

Every test gets a migrated store on an empty database (see conftest.py).
"""

from __future__ import annotations

import asyncio
import hashlib
import itertools
import random
from typing import Any, Literal

import pytest

from causette.domain.errors import Conflict, NotFound
from causette.domain.guests import Guest
from causette.domain.ids import DmSeq, MessageId, RoomId, UserId
from causette.domain.profile import Gender, pseudonym_key
from causette.domain.rooms import Room, RoomKind
from causette.ports import Identification, MessageStore
from causette.storage import postgres as postgres_module
from causette.storage import sqlite as sqlite_module
from causette.storage._common import load_migrations
from causette.storage.sqlite import SqliteStore

from .conftest import StoreFactory

TTL = 600.0
GENERAL = RoomId("general")


def guest(user: str, pseudonym: str, *, at: float = 1000.0, **changes: object) -> Guest:
    fields: dict[str, object] = {
        "id": UserId(user),
        "token_hash": hashlib.sha256(user.encode()).digest(),
        "pseudonym": pseudonym,
        "pseudonym_key": pseudonym_key(pseudonym),
        "age": 25,
        "gender": Gender.FEMALE,
        "postal_code": "69003",
        "department": "69",
        "premium": False,
        "created_at": at,
        "last_seen_at": at,
    }
    fields.update(changes)
    return Guest(**fields)  # type: ignore[arg-type]


def room(room_id: str, name: str, *, official: bool = False, **changes: object) -> Room:
    fields: dict[str, object] = {
        "id": RoomId(room_id),
        "name": name,
        "topic": f"Sujet de {name}",
        "kind": RoomKind.GENERAL,
        "official": official,
        "created_by": None if official else UserId("u-creator"),
        "created_at": 1000.0,
    }
    fields.update(changes)
    return Room(**fields)  # type: ignore[arg-type]


async def with_general(store: MessageStore) -> MessageStore:
    await store.seed_rooms([room("general", "Général", official=True)])
    return store


# -- schema -----------------------------------------------------------------


async def test_migrate_twice_keeps_data_and_version(store: MessageStore) -> None:
    await store.seed_rooms([room("general", "Général", official=True)])
    await store.migrate()
    assert await store.schema_version() == len(load_migrations("sqlite"))  # type: ignore[attr-defined]
    assert [r.id for r in await store.rooms()] == ["general"]
    assert await store.ping()


async def test_two_nodes_migrating_together_both_succeed(open_test_store: StoreFactory) -> None:
    first, second = await open_test_store(), await open_test_store()
    assert await first.schema_version() == 0
    await asyncio.gather(first.migrate(), second.migrate())
    assert await first.schema_version() == len(load_migrations("postgres"))
    assert await second.seed_rooms([room("general", "Général", official=True)]) == 1


async def test_upgrading_to_0006_keeps_times_from_going_back(
    open_test_store: StoreFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A database written before `last_ts` existed: the migration takes each room's and
    each inbox's newest time, so the first message after the upgrade does not go back."""
    store = await open_test_store()
    dialect: Literal["sqlite", "postgres"] = (
        "sqlite" if isinstance(store, SqliteStore) else "postgres"
    )
    module = sqlite_module if dialect == "sqlite" else postgres_module
    before = [m for m in load_migrations(dialect) if m.version < 6]
    monkeypatch.setattr(module, "load_migrations", lambda _: before)
    await store.migrate()
    await with_general(store)

    async def old_rows(q: Any) -> None:
        await q.execute("UPDATE rooms SET last_seq = 2 WHERE id = 'general'")
        for seq, ts in ((1, 1005.0), (2, 1004.0)):
            await q.execute(
                "INSERT INTO room_messages (room_id, id, sender, text, ts) VALUES (?, ?, ?, ?, ?)",
                "general",
                seq,
                "u-1",
                f"m{seq}",
                ts,
            )
        await q.execute("INSERT INTO inboxes (user_id, last_seq) VALUES ('u-a', 2), ('u-b', 1)")
        await q.execute("INSERT INTO inboxes (user_id, last_seq) VALUES ('u-c', 1)")
        for sender, recipient, s_seq, r_seq, ts in (
            ("u-a", "u-b", 1, 1, 1007.0),
            ("u-c", "u-a", 1, 2, 1009.0),
        ):
            await q.execute(
                "INSERT INTO dms (sender, recipient, sender_seq, recipient_seq, text, ts)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                sender,
                recipient,
                s_seq,
                r_seq,
                "avant",
                ts,
            )

    await store._cases(old_rows, write=True)  # type: ignore[union-attr]
    monkeypatch.undo()
    await store.migrate()
    assert await store.schema_version() == len(load_migrations(dialect))
    assert (await store.append_room_message(GENERAL, UserId("u-2"), "après", 1000.0)).ts == 1005.0
    assert (await store.append_dm(UserId("u-a"), UserId("u-d"), "après", 1000.0)).ts == 1009.0
    assert (await store.append_dm(UserId("u-b"), UserId("u-e"), "après", 1000.0)).ts == 1007.0


# -- guests -----------------------------------------------------------------


async def test_guest_is_found_by_id_token_and_pseudonym(store: MessageStore) -> None:
    zoe = guest("u-zoe", "Zoé", device_hash="dev-1")
    await store.create_guest(zoe, TTL, now=1000.0)
    assert await store.guest(UserId("u-zoe")) == zoe
    assert await store.guest_by_token_hash(zoe.token_hash) == zoe
    assert await store.guest_by_pseudonym("zoe") == zoe
    assert await store.guest(UserId("u-nobody")) is None
    assert await store.guest_by_token_hash(b"\0" * 32) is None


async def test_guests_returns_known_ones_in_asked_order(store: MessageStore) -> None:
    for user, name in [("u-a", "Alice"), ("u-b", "Bruno"), ("u-c", "Chloe")]:
        await store.create_guest(guest(user, name), TTL, now=1000.0)
    found = await store.guests([UserId("u-c"), UserId("u-x"), UserId("u-a"), UserId("u-c")])
    assert [g.id for g in found] == ["u-c", "u-a"]
    assert await store.guests([]) == []


async def test_pseudonym_in_active_use_is_refused_whatever_its_case_and_accents(
    store: MessageStore,
) -> None:
    await store.create_guest(guest("u-1", "Zoé"), TTL, now=1000.0)
    with pytest.raises(Conflict) as caught:
        await store.create_guest(guest("u-2", "ZOE"), TTL, now=1001.0)
    assert caught.value.code == "pseudonym_taken"
    assert caught.value.field == "pseudonym"
    assert caught.value.message == "Ce pseudo est déjà utilisé, choisissez-en un autre."
    assert await store.guest(UserId("u-2")) is None


async def test_idle_session_gives_up_its_pseudonym(store: MessageStore) -> None:
    await store.create_guest(guest("u-old", "Zoé", at=1000.0), TTL, now=1000.0)
    later = 1000.0 + TTL + 1
    await store.create_guest(guest("u-new", "zoe", at=later), TTL, now=later)
    old = await store.guest(UserId("u-old"))
    assert old is not None and old.ended_at == later
    holder = await store.guest_by_pseudonym("zoe")
    assert holder is not None and holder.id == "u-new"


async def test_activity_keeps_the_pseudonym(store: MessageStore) -> None:
    await store.create_guest(guest("u-1", "Zoé", at=1000.0), TTL, now=1000.0)
    await store.touch_guest(UserId("u-1"), now=1500.0)
    with pytest.raises(Conflict):
        await store.create_guest(guest("u-2", "Zoe"), TTL, now=1000.0 + TTL + 1)
    touched = await store.guest(UserId("u-1"))
    assert touched is not None and touched.last_seen_at == 1500.0 and touched.ended_at is None


async def test_ended_session_frees_its_pseudonym(store: MessageStore) -> None:
    await store.create_guest(guest("u-1", "Zoé"), TTL, now=1000.0)
    await store.end_guest(UserId("u-1"), now=1010.0)
    await store.create_guest(guest("u-2", "Zoé", at=1020.0), TTL, now=1020.0)
    assert await store.guest_by_pseudonym("zoe") == guest("u-2", "Zoé", at=1020.0)
    ended = await store.guest(UserId("u-1"))
    assert ended is not None and ended.ended_at == 1010.0


async def test_concurrent_creates_of_one_pseudonym_have_one_winner(store: MessageStore) -> None:
    results = await asyncio.gather(
        *(store.create_guest(guest(f"u-{n}", "Zoé"), TTL, now=1000.0) for n in range(10)),
        return_exceptions=True,
    )
    assert results.count(None) == 1
    losers = [r for r in results if r is not None]
    assert len(losers) == 9
    assert all(isinstance(r, Conflict) and r.code == "pseudonym_taken" for r in losers)
    winner = await store.guest_by_pseudonym("zoe")
    assert winner is not None and results[int(winner.id.removeprefix("u-"))] is None


async def test_premium_flag_is_stored(store: MessageStore) -> None:
    await store.create_guest(guest("u-1", "Zoé", gender=Gender.OTHER), TTL, now=1000.0)
    await store.set_premium(UserId("u-1"), True)
    stored = await store.guest(UserId("u-1"))
    assert stored is not None and stored.premium is True and stored.gender is Gender.OTHER
    await store.set_premium(UserId("u-1"), False)
    stored = await store.guest(UserId("u-1"))
    assert stored is not None and stored.premium is False


# -- rooms ------------------------------------------------------------------


async def test_seeding_adds_only_missing_rooms(store: MessageStore) -> None:
    official = [
        room("general", "Général", official=True, theme="discussion", region=""),
        room("lyon", "Lyon", official=True, theme="ville", region="69"),
    ]
    assert await store.seed_rooms(official) == 2
    assert await store.seed_rooms(official) == 0
    assert await store.room(RoomId("lyon")) == official[1]
    assert await store.rooms() == official


async def test_room_name_is_unique_among_open_rooms(store: MessageStore) -> None:
    await store.create_room(room("r-1", "Café du Port", created_at=1000.0))
    with pytest.raises(Conflict) as caught:
        await store.create_room(room("r-2", "  café du  PORT ", created_at=1001.0))
    assert caught.value.code == "room_name_taken"
    assert await store.close_room(RoomId("r-1"), now=1100.0) is True
    await store.create_room(room("r-2", "Café du port", created_at=1200.0))
    assert [r.id for r in await store.rooms()] == ["r-2"]
    assert [r.id for r in await store.rooms(include_closed=True)] == ["r-1", "r-2"]


async def test_closing_a_room_twice_or_an_unknown_room_reports_false(store: MessageStore) -> None:
    await store.create_room(room("r-1", "Jeux", kind=RoomKind.TEEN))
    assert await store.close_room(RoomId("r-1"), now=2000.0) is True
    assert await store.close_room(RoomId("r-1"), now=3000.0) is False
    assert await store.close_room(RoomId("r-404"), now=3000.0) is False
    closed = await store.room(RoomId("r-1"))
    assert closed is not None and closed.closed_at == 2000.0 and closed.kind is RoomKind.TEEN


# -- room messages ----------------------------------------------------------


async def test_room_ids_grow_by_one_per_room(store: MessageStore) -> None:
    await store.seed_rooms(
        [room("general", "Général", official=True), room("b", "B", official=True)]
    )
    sender = UserId("u-1")
    ids = [
        (await store.append_room_message(GENERAL, sender, f"m{n}", 1000.0 + n)).id for n in range(3)
    ]
    other = await store.append_room_message(RoomId("b"), sender, "ailleurs", 1010.0)
    assert ids == [1, 2, 3] and other.id == 1
    assert await store.last_room_message_id(GENERAL) == 3
    assert await store.last_room_message_id(RoomId("nowhere")) == 0


async def test_appending_to_an_unknown_room_is_not_found(store: MessageStore) -> None:
    with pytest.raises(NotFound) as caught:
        await store.append_room_message(RoomId("nowhere"), UserId("u-1"), "allo ?", 1000.0)
    assert caught.value.code == "room_not_found"


async def test_concurrent_appends_get_ids_1_to_50_in_commit_order(store: MessageStore) -> None:
    await with_general(store)

    async def post(n: int) -> MessageId:
        message = await store.append_room_message(GENERAL, UserId(f"u-{n}"), f"m{n}", 1000.0)
        # Once a message is acknowledged, every smaller id is already visible.
        seen = [m.id for m in await store.room_messages_after(GENERAL, MessageId(0), 100)]
        assert seen == list(range(1, len(seen) + 1)) and message.id in seen
        return message.id

    ids = await asyncio.gather(*(post(n) for n in range(50)))
    assert sorted(ids) == list(range(1, 51))
    stored = await store.room_messages_after(GENERAL, MessageId(0), 100)
    assert {(m.id, m.text) for m in stored} == {(i, f"m{n}") for n, i in enumerate(ids)}


async def test_history_pages_backwards_and_forwards(store: MessageStore) -> None:
    await with_general(store)
    for n in range(1, 121):
        await store.append_room_message(GENERAL, UserId("u-1"), f"m{n}", 1000.0 + n)
    newest = await store.room_messages_before(GENERAL, None, 50)
    assert [m.id for m in newest] == list(range(71, 121))
    assert [m.id for m in await store.room_messages_before(GENERAL, MessageId(71), 50)] == list(
        range(21, 71)
    )
    assert [m.id for m in await store.room_messages_before(GENERAL, MessageId(21), 50)] == list(
        range(1, 21)
    )
    assert await store.room_messages_before(GENERAL, MessageId(1), 50) == []
    assert [m.id for m in await store.room_messages_after(GENERAL, MessageId(0), 3)] == [1, 2, 3]
    assert [m.id for m in await store.room_messages_after(GENERAL, MessageId(118), 50)] == [
        119,
        120,
    ]
    assert newest[-1].text == "m120" and newest[-1].ts == 1120.0


async def test_released_message_keeps_its_late_flag(store: MessageStore) -> None:
    await with_general(store)
    sent = await store.append_room_message(GENERAL, UserId("u-1"), "relâché", 1000.5, late=True)
    [stored] = await store.room_messages_after(GENERAL, MessageId(0), 10)
    assert stored == sent and stored.late is True and stored.ts == 1000.5


async def test_a_message_committed_after_a_later_received_one_takes_its_time(
    store: MessageStore,
) -> None:
    """Tier 2 may hold a text 0.25 s before its commit, and nodes' clocks differ a little:
    the stored time never goes back within a room, whatever order the receive times."""
    await store.seed_rooms(
        [room("general", "Général", official=True), room("b", "B", official=True)]
    )
    fast = await store.append_room_message(GENERAL, UserId("u-1"), "rapide", 1000.2)
    held = await store.append_room_message(GENERAL, UserId("u-2"), "retenu", 1000.0)
    after = await store.append_room_message(GENERAL, UserId("u-3"), "ensuite", 1000.3)
    elsewhere = await store.append_room_message(RoomId("b"), UserId("u-2"), "ailleurs", 999.0)
    assert [m.ts for m in (fast, held, after)] == [1000.2, 1000.2, 1000.3]
    assert elsewhere.ts == 999.0  # each room on its own
    stored = await store.room_messages_after(GENERAL, MessageId(0), 10)
    assert stored == [fast, held, after]


async def test_room_times_never_go_back_under_concurrent_appends(store: MessageStore) -> None:
    await with_general(store)
    jitter = random.Random(7)
    await asyncio.gather(
        *(
            store.append_room_message(GENERAL, UserId(f"u-{n}"), f"m{n}", 1000 + jitter.random())
            for n in range(40)
        )
    )
    stored = await store.room_messages_after(GENERAL, MessageId(0), 100)
    assert [m.id for m in stored] == list(range(1, 41))
    assert all(a.ts <= b.ts for a, b in itertools.pairwise(stored))


# -- private messages -------------------------------------------------------


async def test_dms_number_each_inbox_separately(store: MessageStore) -> None:
    ana, bob, cyd = UserId("u-ana"), UserId("u-bob"), UserId("u-cyd")
    first = await store.append_dm(ana, bob, "salut", 1000.0)
    reply = await store.append_dm(bob, ana, "coucou", 1001.0)
    aside = await store.append_dm(ana, cyd, "hello", 1002.0)
    assert (first.sender_seq, first.recipient_seq) == (1, 1)
    assert (reply.sender_seq, reply.recipient_seq) == (2, 2)
    assert (aside.sender_seq, aside.recipient_seq) == (3, 1)
    assert len({first.id, reply.id, aside.id}) == 3
    assert (await store.last_dm_seq(ana), await store.last_dm_seq(bob)) == (3, 2)
    assert await store.last_dm_seq(UserId("u-nobody")) == 0

    assert await store.dms_after(ana, DmSeq(0), 10) == [first, reply, aside]
    assert await store.dms_after(ana, DmSeq(1), 10) == [reply, aside]
    assert await store.dms_after(ana, DmSeq(0), 2) == [first, reply]
    assert await store.dms_after(bob, DmSeq(1), 10) == [reply]
    assert await store.dms_after(cyd, DmSeq(0), 10) == [aside]
    assert [m.seq_for(cyd) for m in await store.dms_after(cyd, DmSeq(0), 10)] == [1]


async def test_concurrent_crossing_dms_keep_inboxes_gapless(store: MessageStore) -> None:
    ana, bob = UserId("u-ana"), UserId("u-bob")
    sent = await asyncio.gather(
        *(store.append_dm(ana, bob, f"a{n}", 1000.0) for n in range(10)),
        *(store.append_dm(bob, ana, f"b{n}", 1000.0) for n in range(10)),
    )
    for user in (ana, bob):
        inbox = await store.dms_after(user, DmSeq(0), 100)
        assert [m.seq_for(user) for m in inbox] == list(range(1, 21))
        assert sorted(m.id for m in inbox) == sorted(m.id for m in sent)


async def test_dm_times_never_go_back_in_an_inbox_hence_in_a_conversation(
    store: MessageStore,
) -> None:
    ana, bob, cyd = UserId("u-ana"), UserId("u-bob"), UserId("u-cyd")
    first = await store.append_dm(ana, bob, "rapide", 1000.2)
    held = await store.append_dm(cyd, bob, "retenu", 1000.0)  # Bob's inbox: after 1000.2
    aside = await store.append_dm(cyd, ana, "à côté", 999.5)  # Cyd's inbox now at 1000.2
    assert [m.ts for m in (first, held, aside)] == [1000.2, 1000.2, 1000.2]
    assert await store.dms_after(bob, DmSeq(0), 10) == [first, held]
    other = await store.append_dm(UserId("u-dan"), UserId("u-eve"), "ailleurs", 999.0)
    assert other.ts == 999.0  # unrelated inboxes keep their own time


async def test_dm_times_never_go_back_under_concurrent_crossing_dms(store: MessageStore) -> None:
    users = [UserId(f"u-{n}") for n in range(4)]
    jitter = random.Random(11)
    pairs = [(a, b) for a in users for b in users if a != b]
    await asyncio.gather(
        *(
            store.append_dm(a, b, f"{a}>{b} {k}", 1000 + jitter.random())
            for k in range(3)
            for a, b in pairs
        )
    )
    for user in users:
        inbox = await store.dms_after(user, DmSeq(0), 100)
        assert [m.seq_for(user) for m in inbox] == list(range(1, 19))
        assert all(a.ts <= b.ts for a, b in itertools.pairwise(inbox))


# -- blocks -----------------------------------------------------------------


async def test_blocks_are_directed_and_idempotent(store: MessageStore) -> None:
    ana, bob, cyd = UserId("u-ana"), UserId("u-bob"), UserId("u-cyd")
    await store.add_block(ana, bob, 1000.0)
    await store.add_block(ana, bob, 1001.0)
    await store.add_block(cyd, bob, 1002.0)
    assert await store.blocked_by(ana) == {bob}
    assert await store.blocked_by(bob) == set()
    assert await store.blockers_of(bob) == {ana, cyd}
    await store.remove_block(ana, bob)
    await store.remove_block(ana, bob)
    assert await store.blockers_of(bob) == {cyd}


# -- moderation and law -----------------------------------------------------


async def test_held_content_is_stored_outside_the_room_sequence(store: MessageStore) -> None:
    await with_general(store)
    verdict = '{"action": "review", "categories": ["spam"]}'
    held = await store.hold("room:general", UserId("u-1"), "à revoir", verdict, 1000.0)
    assert await store.held(held.id) == held
    assert held.status == "held" and held.verdict == verdict
    assert await store.held(held.id + 1000) is None
    assert await store.last_room_message_id(GENERAL) == 0
    assert (await store.append_room_message(GENERAL, UserId("u-2"), "ok", 1001.0)).id == 1


async def test_purge_removes_content_and_identification_past_their_terms(
    store: MessageStore,
) -> None:
    await with_general(store)
    ana, bob = UserId("u-ana"), UserId("u-bob")
    for ts in (100.0, 200.0, 300.0):
        await store.append_room_message(GENERAL, ana, "m", ts)
        await store.append_dm(ana, bob, "d", ts)
    old_hold = await store.hold("dm:u-bob", ana, "h", "{}", 100.0)
    new_hold = await store.hold("dm:u-bob", ana, "h", "{}", 300.0)
    for at in (50.0, 150.0, 250.0):
        await store.record_identification(
            Identification("message", "room:general:1", ana, "192.0.2.10", 40000, at)
        )

    # Content before 250 (2 room messages, 2 DMs, 1 hold) and identification before 100 (1).
    assert await store.purge(messages_before=250.0, identification_before=100.0) == 6
    assert [m.ts for m in await store.room_messages_after(GENERAL, MessageId(0), 10)] == [300.0]
    assert [m.ts for m in await store.dms_after(bob, DmSeq(0), 10)] == [300.0]
    assert await store.held(old_hold.id) is None and await store.held(new_hold.id) == new_hold
    assert await store.purge(messages_before=250.0, identification_before=200.0) == 1
    assert await store.purge(messages_before=250.0, identification_before=200.0) == 0
    # Counters survive a purge: ids are never handed out twice.
    assert (await store.append_room_message(GENERAL, ana, "m", 400.0)).id == 4
    assert (await store.append_dm(ana, bob, "d", 400.0)).recipient_seq == 4


async def test_append_with_source_records_identification_in_the_same_commit(
    store: MessageStore,
) -> None:
    """The décret 2021-1362 record of a message is committed with it, not separately."""
    await store.create_room(room("r-src", "Identification", created_at=50.0))
    msg = await store.append_room_message(
        RoomId("r-src"), UserId("u_src"), "bonjour", 100.0, source=("203.0.113.7", 51234)
    )
    assert msg.id == 1
    dm = await store.append_dm(
        UserId("u_src"), UserId("u_dst"), "coucou", 100.0, source=("203.0.113.7", 51234)
    )
    assert dm.sender_seq == 1
    # Two identification rows at t=100: kept before their term, both gone after it.
    assert await store.purge(messages_before=0.0, identification_before=100.0) == 0
    assert await store.purge(messages_before=0.0, identification_before=101.0) == 2
