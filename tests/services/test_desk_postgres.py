"""The desk's main path on PostgreSQL: report, context, suspension that sticks, appeal.

Skipped without `CAUSETTE_TEST_POSTGRES_URL`; each run uses its own schema.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer

from causette.app import Causette
from causette.config import Settings
from causette.domain.audit import verify_chain
from causette.domain.ids import UserId
from causette.domain.sanctions import DAY
from causette.storage.postgres import PostgresStore
from tests.chatters import Chatter, enter

from ..conftest import FakeClock, KeywordChecker
from ..storage.conftest import drop_schema, fresh_schema, postgres_url

pytestmark = pytest.mark.postgres


@pytest.fixture
async def pg_app(
    settings: Settings, clock: FakeClock
) -> AsyncIterator[tuple[Causette, TestClient[Any, Any]]]:
    url, schema = postgres_url(), fresh_schema()
    store = await PostgresStore.connect(url, schema=schema, max_size=4)
    await store.migrate()
    system = await Causette.start(
        settings, clock=clock, store=store, checker=(KeywordChecker(), None), janitor=False
    )
    client = TestClient(TestServer(system.web_app()))
    await client.start_server()
    try:
        yield system, client
    finally:
        await client.close()
        await drop_schema(url, schema)


async def test_report_suspend_refuse_and_appeal_on_postgres(
    pg_app: tuple[Causette, TestClient[Any, Any]],
) -> None:
    system, client = pg_app
    assert system.cases is not None
    cases = system.cases
    resp = await client.post(
        "/api/guests",
        json={
            "pseudonym": "vendeur_pg",
            "age": 30,
            "gender": "m",
            "postal_code": "75011",
            "device_id": "device-postgres-1",
        },
    )
    author = await Chatter.connect(client, await resp.json())
    await author.join("general")
    ack = await author.say("general", "menace en base")
    reporter = await enter(client)
    resp = await client.post(
        "/api/reports",
        json={"target": f"message:general:{ack['id']}", "category": "threat"},
        headers={"Authorization": f"Bearer {reporter['token']}"},
    )
    assert resp.status == 201
    (item,) = await cases.files.queue()
    context = await cases.files.context(item)
    assert [m["flagged"] for m in context["around"]] == [True]
    assert context["pseudonyms"][0]["pseudonym"] == "vendeur_pg"
    sanction = await cases.desk.act("m_1", item.id, "suspend", "Menaces.", duration=7 * DAY)
    assert sanction is not None
    again = await client.post(
        "/api/guests",
        json={
            "pseudonym": "autre_pg",
            "age": 30,
            "gender": "m",
            "postal_code": "75011",
            "device_id": "device-postgres-1",
        },
    )
    assert again.status == 403
    token = cases.check.link(sanction.id).split("token=")[1]
    appeal = await cases.appeals.file(sanction.id, token, "Je conteste.")
    await cases.appeals.decide("m_2", appeal.id, "reversed", "Erreur.")
    back = await client.post(
        "/api/guests",
        json={
            "pseudonym": "retour_pg",
            "age": 30,
            "gender": "m",
            "postal_code": "75011",
            "device_id": "device-postgres-1",
        },
    )
    assert back.status == 201
    assert verify_chain(await cases.store.audit_entries()).ok
    assert [s.lifted_by for s in await cases.store.sanctions_of(UserId(author.id))] == ["m_2"]


async def test_a_removal_executing_an_order_on_postgres(
    pg_app: tuple[Causette, TestClient[Any, Any]],
) -> None:
    from causette.domain.orders import OrderKind
    from causette.domain.transparency import Source

    system, client = pg_app
    assert system.cases is not None
    cases = system.cases
    await cases.desk.orders.receive(
        authority="Parquet de Paris",
        reference="2027/42",
        kind=OrderKind.ACT,
        member_state="FR",
        by="juriste",
        received_at=system.clock() - 3600,
    )
    author = await Chatter.connect(client)
    await author.join("general")
    ack = await author.say("general", "contenu visé")
    reporter = await enter(client)
    resp = await client.post(
        "/api/reports",
        json={"target": f"message:general:{ack['id']}", "category": "hate"},
        headers={"Authorization": f"Bearer {reporter['token']}"},
    )
    assert resp.status == 201
    (item,) = await cases.files.queue()
    sanction = await cases.desk.act(
        "m_1", item.id, "remove", "Injonction.", order=("Parquet de Paris", "2027/42")
    )
    assert sanction is not None
    (record,) = await cases.store.decisions()
    assert record.source is Source.AUTHORITY_ORDER
    order = await cases.desk.orders.find("Parquet de Paris", "2027/42")
    assert order.effected_at == record.decided_at
    assert (order.effected_item, order.effected_sanction) == (item.id, sanction.id)
    statement = await cases.store.statement(sanction.id)
    assert statement is not None and statement["authority_order"]["reference"] == "2027/42"
    assert verify_chain(await cases.store.audit_entries()).ok
