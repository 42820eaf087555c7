"""What a session declared (pseudonym, age, gender, postal code, device hash) is kept
as long as the identification records it explains (décret 2021-1362: one year),
then purged by the janitor, like the records themselves."""

from __future__ import annotations

from typing import Any

from tests.chatters import enter
from tests.conftest import AppFactory, FakeClock

DAY = 86400.0


async def test_a_session_is_purged_a_year_after_it_ended_with_its_records(
    make_app: AppFactory, clock: FakeClock
) -> None:
    system, client = await make_app()
    store: Any = system.store
    gone = await enter(client, pseudonym="Ancienne_69")
    kept = await enter(client, pseudonym="Recente_69")
    gone_id, kept_id = gone["user"]["id"], kept["user"]["id"]
    left = await client.delete("/api/session", headers={"Authorization": f"Bearer {gone['token']}"})
    assert left.status == 204

    clock.advance(300 * DAY)
    await system.tidy()  # within the year: the requisition still finds both
    assert await store.guest(gone_id) is not None

    clock.advance(30 * DAY)
    await system.store.touch_guest(kept_id, clock())  # `kept` was active 35 days ago
    clock.advance(35 * DAY + 60)  # 365 days after the entry of both
    await system.tidy()
    assert await store.identification_records(users=[gone_id]) == []
    assert await store.guest(gone_id) is None  # it was kept for ever
    # An entry 365 days ago, but the session was seen since: its records are gone
    # with their own term, what it declared waits for the term counted from its end.
    assert await store.guest(kept_id) is not None
