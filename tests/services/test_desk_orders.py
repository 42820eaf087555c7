"""A moderator's decision that executes an order from an authority (DSA Art. 9).

The whole app on SQLite in memory with a fake clock: the legal officer records an
order to act, a report brings the content into the queue, the moderator removes it
naming the order. The decision is counted as an order's (Art. 15(1)(a), 24), gives
effect to the order at its time, and the person is told of the order (Art. 9(5)).
"""

from __future__ import annotations

from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from causette.domain.errors import CausetteError, Conflict
from causette.domain.ids import UserId
from causette.domain.orders import OrderKind
from causette.domain.sanctions import DAY, HOUR
from causette.domain.transparency import Source, summarise
from causette.web.case_context import CaseServices
from tests.chatters import Chatter, enter

from ..conftest import AppFactory, FakeClock

PARQUET = ("Parquet de Paris", "2027/42")


async def _setup(make_app: AppFactory) -> tuple[CaseServices, TestClient[Any, Any]]:
    system, client = await make_app()
    assert system.cases is not None
    return system.cases, client


async def _reported(
    client: TestClient[Any, Any], author: Chatter, text: str, category: str = "hate"
) -> tuple[str, dict[str, Any]]:
    """A message of `author` in general, reported; its ticket and its reporter."""
    ack = await author.say("general", text)
    reporter = await enter(client)
    resp = await client.post(
        "/api/reports",
        json={"target": f"message:general:{ack['id']}", "category": category},
        headers={"Authorization": f"Bearer {reporter['token']}"},
    )
    assert resp.status == 201, await resp.text()
    return (await resp.json())["ticket"], reporter


async def _order(
    cases: CaseServices, clock: FakeClock, ref: tuple[str, str] = PARQUET, **kw: Any
) -> None:
    await cases.desk.orders.receive(
        authority=ref[0],
        reference=ref[1],
        kind=kw.get("kind", OrderKind.ACT),
        member_state="FR",
        by="juriste Martin",
        received_at=clock() - 2 * HOUR,
    )


async def test_a_removal_on_an_order_is_counted_as_an_order_and_gives_it_effect(
    make_app: AppFactory, clock: FakeClock
) -> None:
    cases, client = await _setup(make_app)
    await _order(cases, clock)
    author = await Chatter.connect(client)
    await author.join("general")
    ticket, reporter = await _reported(client, author, "propos visés par le parquet")
    clock.advance(600)
    sanction = await cases.desk.act(
        "m_1",
        f"ticket:{ticket}",
        "remove",
        "Contenu jugé illicite par l'autorité.",
        order=PARQUET,
    )
    assert sanction is not None
    now = clock()

    # The decision record: source authority_order, not notice (Art. 15(1)(a), 24).
    (record,) = await cases.store.decisions()
    assert record.source is Source.AUTHORITY_ORDER and record.decided_at == now
    counts = summarise(await cases.store.decisions())
    assert counts.by_source["authority_order"] == 1 and counts.by_source["notice"] == 0

    # The order is given effect at the decision's time, by this decision.
    order = await cases.desk.orders.find(*PARQUET)
    assert order.effected_at == now and order.acknowledged_at == now
    assert (order.effected_item, order.effected_sanction) == (f"ticket:{ticket}", sanction.id)

    # The audit log: the order's effect by the moderator, and the decision naming it.
    entries = await cases.store.audit_entries()
    effected = [e for e in entries if e.action == "order_effected"]
    assert [(e.actor, e.target, e.at) for e in effected] == [("m_1", "order:2027/42", now)]
    assert effected[0].details["item"] == f"ticket:{ticket}"
    assert effected[0].details["sanction"] == sanction.id
    (decision,) = [e for e in entries if e.action == "remove"]
    assert decision.details["order"]["authority"] == "Parquet de Paris"
    assert decision.details["order"]["reference"] == "2027/42"

    # The person is told of the order and the effect given (Art. 9(5)).
    notice = await author.expect("notice", code="sanctioned")
    assert "Sur injonction de Parquet de Paris (référence 2027/42)" in notice["message"]
    statement = await cases.store.statement(sanction.id)
    assert statement is not None
    text = statement["text_fr"]
    assert "Cette mesure exécute une injonction de Parquet de Paris (référence 2027/42" in text
    assert "règlement (UE) 2022/2065), art. 9" in text
    assert "1. Contester la décision auprès de Causette" in text
    assert "4. Contester l'injonction elle-même : devant les juridictions" in text
    assert statement["authority_order"] == {
        "authority": "Parquet de Paris",
        "reference": "2027/42",
        "member_state": "FR",
        "received_at": now - 600 - 2 * HOUR,
    }

    # The reporter still only learns that action was taken: no authority, no reference.
    receipt = await client.get(
        f"/api/reports/{ticket}", headers={"Authorization": f"Bearer {reporter['token']}"}
    )
    body = await receipt.text()
    assert (await receipt.json())["status"] == "actioned"
    assert "Parquet" not in body and "2027/42" not in body and "injonction" not in body


async def test_an_order_executed_once_is_refused_the_second_time_by_console_and_by_hand(
    make_app: AppFactory, clock: FakeClock
) -> None:
    cases, client = await _setup(make_app)
    await _order(cases, clock)
    author = await Chatter.connect(client)
    await author.join("general")
    first, _ = await _reported(client, author, "premier contenu")
    second, _ = await _reported(client, author, "second contenu")
    await cases.desk.act("m_1", f"ticket:{first}", "remove", "Injonction.", order=PARQUET)
    clock.advance(60)
    with pytest.raises(Conflict) as e:
        await cases.desk.act("m_1", f"ticket:{second}", "remove", "Encore.", order=PARQUET)
    assert e.value.code == "order_already_effected"
    assert f"ticket:{first}" in e.value.message  # which decision executed it
    record = await cases.store.ticket(second)
    assert record is not None and record.status == "open"
    # `causette order effect` refuses it the same way, naming the console decision.
    with pytest.raises(Conflict) as by_hand:
        await cases.desk.orders.give_effect(
            await cases.desk.orders.find(*PARQUET), by="juriste Martin"
        )
    assert by_hand.value.code == "order_already_effected"
    assert f"ticket:{first}" in by_hand.value.message


@pytest.mark.parametrize(
    ("action", "order", "code"),
    [
        ("dismiss", PARQUET, "order_action_invalid"),
        ("remove", ("Parquet de Paris", "2027/99"), "order_not_found"),
        ("remove", ("OPJ Lyon", "PV 1"), "order_kind_not_act"),
        ("suspend", ("Parquet de Paris", "2027/41"), "order_already_effected"),
    ],
)
async def test_a_refused_order_changes_nothing(
    make_app: AppFactory, clock: FakeClock, action: str, order: tuple[str, str], code: str
) -> None:
    cases, client = await _setup(make_app)
    await _order(cases, clock)
    await _order(cases, clock, ("OPJ Lyon", "PV 1"), kind=OrderKind.INFORMATION)
    await _order(cases, clock, ("Parquet de Paris", "2027/41"))
    closed = await cases.desk.orders.find("Parquet de Paris", "2027/41")
    await cases.desk.orders.give_effect(closed, by="juriste Martin")
    author = await Chatter.connect(client)
    await author.join("general")
    ticket, _ = await _reported(client, author, "un contenu")
    audit_before = len(await cases.store.audit_entries())
    with pytest.raises(CausetteError) as e:
        await cases.desk.act(
            "m_1",
            f"ticket:{ticket}",
            action,
            "Motif.",
            duration=7 * DAY if action == "suspend" else None,
            order=order,
        )
    assert e.value.code == code
    record = await cases.store.ticket(ticket)
    assert record is not None and record.status == "open"
    assert await cases.store.sanctions_of(UserId(author.id)) == []
    assert await cases.store.decisions() == []
    assert len(await cases.store.audit_entries()) == audit_before
    assert (await cases.desk.orders.find(*PARQUET)).open


async def test_a_held_message_cannot_be_published_on_an_order(
    make_app: AppFactory, clock: FakeClock
) -> None:
    cases, client = await _setup(make_app)
    await _order(cases, clock)
    author = await Chatter.connect(client)
    await author.join("general")
    await author.send(type="say", room="general", text="VERIF à voir", ref="h")
    await author.expect("held", ref="h")
    (item,) = await cases.files.queue()
    with pytest.raises(CausetteError) as e:
        await cases.desk.act("m_1", item.id, "release", "Rien.", order=PARQUET)
    assert e.value.code == "order_action_invalid"
    assert [i.id for i in await cases.files.queue()] == [item.id]
    # Removing it on the order executes the order.
    await cases.desk.act("m_1", item.id, "remove", "Injonction.", order=PARQUET)
    order = await cases.desk.orders.find(*PARQUET)
    assert order.effected_item == item.id
    (record,) = await cases.store.decisions()
    assert record.source is Source.AUTHORITY_ORDER


async def test_an_order_executed_meanwhile_keeps_its_first_effect_and_the_decision_stands(
    make_app: AppFactory, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two decisions naming one order at the same instant both pass the check: the
    second measure is taken and says so; the order keeps the first effect, which the
    second decision's audit entry names."""
    cases, client = await _setup(make_app)
    await _order(cases, clock)
    author = await Chatter.connect(client)
    await author.join("general")
    ticket, _ = await _reported(client, author, "contenu")
    orders = cases.desk.orders
    stale = await orders.find(*PARQUET)
    await orders.give_effect(stale, by="juriste Martin", item="ticket:R-0000-000009")
    real_find = orders.find
    answers = iter([stale])  # the desk's check reads the order before that effect

    async def find(authority: str, reference: str) -> Any:
        return next(answers, None) or await real_find(authority, reference)

    monkeypatch.setattr(orders, "find", find)
    clock.advance(60)
    sanction = await cases.desk.act("m_1", f"ticket:{ticket}", "remove", "Inj.", order=PARQUET)
    assert sanction is not None
    (record,) = await cases.store.decisions()
    assert record.source is Source.AUTHORITY_ORDER
    order = await real_find(*PARQUET)
    assert order.effected_item == "ticket:R-0000-000009" and order.effected_at == clock() - 60
    entries = await cases.store.audit_entries()
    assert [e.action for e in entries].count("order_effected") == 1  # the first one only
    (decision,) = [e for e in entries if e.action == "remove"]
    assert decision.details["order"]["effected_item"] == "ticket:R-0000-000009"
    statement = await cases.store.statement(sanction.id)
    assert statement is not None and statement["authority_order"]["reference"] == "2027/42"
