"""The minors' protection tables (issue 5), run on SQLite and (when configured) PostgreSQL:
the under-15 refusal memory and the interim measures."""

from __future__ import annotations

from typing import Any

from causette.domain.ids import UserId
from causette.ports import MinorsMeasure
from causette.storage.postgres import PostgresStore
from causette.storage.sqlite import SqliteStore
from tests.storage.conftest import StoreFactory

Store = SqliteStore | PostgresStore
T0 = 1_800_000_000.0
DAY = 86_400.0


async def test_a_refusal_bars_its_keys_until_it_ends(store: Store) -> None:
    await store.refuse_age(["addr-hash", "device-hash"], T0 + DAY)
    assert await store.age_refused_until(["device-hash"], T0) == T0 + DAY
    assert await store.age_refused_until(["other", "addr-hash"], T0 + 10) == T0 + DAY
    assert await store.age_refused_until(["other"], T0) is None
    assert await store.age_refused_until([], T0) is None
    assert await store.age_refused_until(["device-hash"], T0 + DAY) is None  # over


async def test_a_later_refusal_moves_the_end_and_the_latest_end_wins(store: Store) -> None:
    await store.refuse_age(["a"], T0 + DAY)
    await store.refuse_age(["a", "a"], T0 + 2 * DAY)
    await store.refuse_age(["b"], T0 + 3 * DAY)
    assert await store.age_refused_until(["a"], T0) == T0 + 2 * DAY
    assert await store.age_refused_until(["a", "b"], T0) == T0 + 3 * DAY


async def test_the_janitor_purges_only_refusals_that_are_over(store: Store) -> None:
    await store.refuse_age(["old"], T0 + DAY)
    await store.refuse_age(["new"], T0 + 2 * DAY)
    assert await store.purge_age_refusals(T0 + DAY) == 1
    assert await store.purge_age_refusals(T0 + DAY) == 0
    assert await store.age_refused_until(["new"], T0 + DAY) == T0 + 2 * DAY


async def test_another_store_on_the_same_database_sees_the_refusal(
    open_test_store: StoreFactory,
) -> None:
    first = await open_test_store()
    await first.migrate()
    await first.refuse_age(["device-hash"], T0 + DAY)
    second = await open_test_store()  # another node, or the same one restarted
    await second.migrate()
    assert await second.age_refused_until(["device-hash"], T0) == T0 + DAY


async def test_interim_measures_run_once_each_until_lifted(store: Store) -> None:
    adult, child = UserId("u_adult"), UserId("u_child")
    assert await store.add_minors_measure("held_pair", adult, child, T0)
    assert not await store.add_minors_measure("held_pair", adult, child, T0 + 1)  # running
    assert await store.add_minors_measure("held_pair", adult, UserId("u_other"), T0 + 2)
    assert await store.add_minors_measure("suspended", adult, None, T0 + 3)
    assert await store.add_minors_measure("restricted", child, None, T0 + 4)
    running = await store.running_minors_measures()
    assert running == [
        MinorsMeasure("held_pair", adult, child, T0),
        MinorsMeasure("held_pair", adult, UserId("u_other"), T0 + 2),
        MinorsMeasure("suspended", adult, None, T0 + 3),
        MinorsMeasure("restricted", child, None, T0 + 4),
    ]
    assert await store.lift_minors_measures(adult, T0 + 10, "m_alice") == 3
    assert await store.lift_minors_measures(adult, T0 + 11, "m_alice") == 0
    assert await store.running_minors_measures() == [running[-1]]
    # A new signal after the decision starts a new measure.
    assert await store.add_minors_measure("suspended", adult, None, T0 + 20)
    assert len(await store.running_minors_measures()) == 2


async def test_another_store_on_the_same_database_sees_the_measures(
    open_test_store: StoreFactory,
) -> None:
    first = await open_test_store()
    await first.migrate()
    await first.add_minors_measure("suspended", UserId("u_x"), None, T0)
    second = await open_test_store()
    await second.migrate()
    assert [m.user for m in await second.running_minors_measures()] == ["u_x"]


async def _rows(store: Store) -> int:
    """Every row of the measures table, lifted or not (what the database still keeps)."""

    async def work(q: Any) -> int:
        row = await q.fetchrow("SELECT COUNT(*) FROM minors_measures")
        return int(row[0])

    return int(await store._cases(work))


async def test_a_decision_deletes_the_measures_it_lifts(store: Store) -> None:
    adult = UserId("u_adult")
    await store.add_minors_measure("held_pair", adult, UserId("u_child"), T0)
    await store.add_minors_measure("suspended", adult, None, T0)
    assert await store.lift_minors_measures(adult, T0 + 10, "m_alice") == 2
    assert await _rows(store) == 0  # the audit log keeps the record, not this table


async def test_measures_end_when_no_signal_about_their_user_waits_in_the_queue(
    store: Store,
) -> None:
    groomer, liar, other = UserId("u_groomer"), UserId("u_liar"), UserId("u_other")
    signal = await store.hold(f"signal:grooming:{groomer}", groomer, "score 3.4", "{}", T0)
    await store.hold(f"signal:age_lie_adult:{liar}", liar, "score 3.0", "{}", T0)
    await store.hold(f"dm:{other}", other, "un message retenu", "{}", T0)  # not a signal
    await store.add_minors_measure("held_pair", groomer, UserId("u_child"), T0)
    await store.add_minors_measure("restricted", liar, None, T0)
    await store.add_minors_measure("suspended", other, None, T0)
    # Only `other` has no signal waiting: their measure ends, the others run on.
    assert await store.expire_minors_measures() == [other]
    assert {m.user for m in await store.running_minors_measures()} == {groomer, liar}
    assert await store.expire_minors_measures() == []
    # Decided (here without lifting, as after a crash between the two): it ends too.
    assert await store.set_held_status(signal.id, "removed")
    assert await store.expire_minors_measures() == [groomer]
    # Purged with the held content after the message retention: it ends too.
    await store.purge(messages_before=T0 + 8 * DAY, identification_before=T0)
    assert await store.expire_minors_measures() == [liar]
    assert await _rows(store) == 0


async def test_rows_lifted_before_lifting_deleted_them_go_without_a_second_ending(
    store: Store,
) -> None:
    user = UserId("u_old")
    await store.add_minors_measure("suspended", user, None, T0)

    async def lift_as_before(q: Any) -> int:
        return int(
            await q.execute("UPDATE minors_measures SET lifted_at = ?, lifted_by = ?", T0, "m")
        )

    assert await store._cases(lift_as_before, write=True) == 1
    assert await store.expire_minors_measures() == []  # not reported as ending now
    assert await _rows(store) == 0
