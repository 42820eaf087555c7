"""Orders from authorities (DSA art. 9, 10, 15(1)(a)): the times the legal officer
notes are checked, and the report counts and medians come out of them."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

import pytest

from causette.domain.errors import Conflict, InvalidInput
from causette.domain.orders import (
    AuthorityOrder,
    OrderKind,
    acknowledge,
    executable,
    give_effect,
    member_state,
    receive,
    summarise_orders,
)
from causette.domain.transparency import summarise, to_csv

T0 = 1_800_000_000.0
H = 3600.0


def order(
    ref: str = "PV 1",
    *,
    kind: OrderKind = OrderKind.INFORMATION,
    state: str = "FR",
    at: float = T0,
) -> AuthorityOrder:
    return receive(
        authority="Parquet de Lyon",
        reference=ref,
        kind=kind,
        state=state,
        received_at=at,
        by="juriste",
        now=at + 10 * H,
    )


def test_a_receipt_in_the_future_is_refused() -> None:
    with pytest.raises(InvalidInput) as e:
        receive(
            authority="OPJ",
            reference="PV",
            kind=OrderKind.ACT,
            state="FR",
            received_at=T0 + 60,
            by="juriste",
            now=T0,
        )
    assert e.value.code == "order_received_future"
    assert "dans le futur" in e.value.message


def test_an_answer_or_acknowledgement_before_the_receipt_is_refused() -> None:
    received = order(at=T0)
    with pytest.raises(InvalidInput) as e:
        acknowledge(received, T0 - 1, now=T0 + H)
    assert e.value.code == "order_acknowledged_before_receipt"
    with pytest.raises(InvalidInput) as e:
        give_effect(received, T0 - 1, now=T0 + H)
    assert e.value.code == "order_effected_before_receipt"
    with pytest.raises(InvalidInput) as e:
        give_effect(received, T0 + 2 * H, now=T0 + H)
    assert e.value.code == "order_effected_future"
    acked = acknowledge(received, T0 + H, now=T0 + H)
    with pytest.raises(InvalidInput) as e:
        give_effect(acked, T0 + 30, now=T0 + H)
    assert e.value.code == "order_effected_before_acknowledged"


def test_each_step_is_noted_once() -> None:
    done = give_effect(acknowledge(order(), T0 + 60, T0 + H), T0 + H, T0 + H)
    with pytest.raises(Conflict) as e:
        acknowledge(done, T0 + H, T0 + H)
    assert e.value.code == "order_already_acknowledged"
    with pytest.raises(Conflict) as e:
        give_effect(done, T0 + H, T0 + H)
    assert e.value.code == "order_already_effected"


def test_an_answer_without_a_prior_acknowledgement_is_the_acknowledgement() -> None:
    done = give_effect(order(), T0 + H, T0 + H)
    assert (done.acknowledged_at, done.effected_at, done.open) == (T0 + H, T0 + H, False)


def test_only_an_open_order_to_act_is_executed_by_a_moderation_decision() -> None:
    to_act = order("RG 1", kind=OrderKind.ACT)
    executable(to_act, T0 + H, T0 + H)  # no error: nothing is returned, nothing changed
    assert to_act.open
    with pytest.raises(InvalidInput) as e:
        executable(order("PV 1"), T0 + H, T0 + H)  # a requisition (Art. 10)
    assert e.value.code == "order_kind_not_act"
    done = give_effect(to_act, T0 + H, T0 + H, item="ticket:R-2027-000007", sanction="s_1")
    assert (done.effected_item, done.effected_sanction) == ("ticket:R-2027-000007", "s_1")
    with pytest.raises(Conflict) as c:
        executable(done, T0 + 2 * H, T0 + 2 * H)
    assert c.value.code == "order_already_effected"
    assert "par la décision de modération sur ticket:R-2027-000007 (sanction s_1)" in (
        c.value.message
    )
    by_hand = give_effect(order("RG 2", kind=OrderKind.ACT), T0 + H, T0 + H)
    with pytest.raises(Conflict) as c:
        executable(by_hand, T0 + 2 * H, T0 + 2 * H)
    assert "décision" not in c.value.message  # noted by hand: no decision to name
    with pytest.raises(InvalidInput) as e:
        executable(order("RG 3", kind=OrderKind.ACT, at=T0 + 2 * H), T0 + H, T0 + 3 * H)
    assert e.value.code == "order_effected_before_receipt"


def test_member_states_are_the_unions_codes() -> None:
    assert member_state(" be ") == "BE"
    assert member_state("GR") == "EL"
    with pytest.raises(InvalidInput) as e:
        member_state("US")
    assert e.value.code == "order_member_state_invalid"


def test_counts_by_type_and_member_state_and_medians_of_the_orders_given_effect() -> None:
    orders = [
        # Acknowledged after 1 h, answered after 3 h.
        give_effect(acknowledge(order("a", at=T0), T0 + H, T0 + H), T0 + 3 * H, T0 + 3 * H),
        # Answered after 5 h, the answer acknowledging it.
        give_effect(order("b", at=T0), T0 + 5 * H, T0 + 5 * H),
        # Still open, acknowledged: counted as received, in no median.
        acknowledge(order("c", kind=OrderKind.ACT, state="BE", at=T0), T0 + 9 * H, T0 + 9 * H),
        # Answered before receipt times were recorded: counted, in no median.
        replace(order("d"), received_at=None, acknowledged_at=None, effected_at=T0 + H),
    ]
    counts = summarise_orders(orders)
    assert counts.received == 4
    assert counts.by_kind == {"act": 1, "information": 3}
    assert counts.by_member_state == {"BE": 1, "FR": 3}
    assert (counts.open, counts.receipt_unknown) == (1, 1)
    assert counts.median_acknowledgement_seconds == 3 * H  # median of 1 h and 5 h
    assert counts.median_effect_seconds == 4 * H  # median of 3 h and 5 h


def test_orders_are_counted_in_the_period_they_were_received() -> None:
    late = give_effect(order("late", at=T0), T0 + 48 * H, T0 + 48 * H)
    counts = summarise_orders([late], start=T0 - H, end=T0 + H)
    assert (counts.received, counts.median_effect_seconds) == (1, 48 * H)
    assert summarise_orders([late], start=T0 + H).received == 0
    assert summarise_orders([]).by_kind == {"act": 0, "information": 0}
    assert summarise_orders([]).median_effect_seconds is None


def test_the_csv_report_gives_the_orders_rows() -> None:
    orders = summarise_orders(
        [
            give_effect(order("a", state="DE"), T0 + 2 * H, T0 + 2 * H),
            order("b", kind=OrderKind.ACT),
        ]
    )
    rows = list(csv.reader(io.StringIO(to_csv(summarise([]), orders=orders))))
    assert rows[-9:] == [
        ["orders", "received", "2"],
        ["orders_by_type", "act", "1"],
        ["orders_by_type", "information", "1"],
        ["orders_by_member_state", "DE", "1"],
        ["orders_by_member_state", "FR", "1"],
        ["orders", "open", "1"],
        ["orders", "receipt_unknown", "0"],
        ["orders", "median_acknowledgement_seconds", "7200.0"],
        ["orders", "median_effect_seconds", "7200.0"],
    ]
