"""The minors' protection tables (issue 5), run on SQLite and (when configured) PostgreSQL:
the under-15 refusal memory and the interim measures."""

from __future__ import annotations

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
