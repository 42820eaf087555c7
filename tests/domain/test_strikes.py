from __future__ import annotations

import pytest

from causette.domain.ids import UserId
from causette.domain.sanctions import DAY, Binding, SanctionKind
from causette.domain.strikes import (
    Strike,
    StrikeDecision,
    StrikeKind,
    StrikePolicy,
    auto_suspension,
    evaluate,
)

T0 = 1_800_000_000.0
USER = UserId("u_bad")
POLICY = StrikePolicy()  # 3 in 30 days -> 7 days


def strike(
    n: int, at: float, *, warned: bool = False, kind: StrikeKind = StrikeKind.CONTENT
) -> Strike:
    return Strike(id=f"k{n}", user=USER, kind=kind, at=at, source=f"s{n}", warned=warned)


def test_below_threshold_nothing_happens() -> None:
    out = evaluate([strike(1, T0, warned=True), strike(2, T0 + DAY)], T0 + DAY, POLICY)
    assert out.decision is StrikeDecision.NONE
    assert out.count == 2


def test_threshold_without_prior_warning_gives_a_warning_not_a_suspension() -> None:
    strikes = [strike(1, T0), strike(2, T0 + DAY), strike(3, T0 + 2 * DAY)]
    out = evaluate(strikes, T0 + 2 * DAY, POLICY)
    assert out.decision is StrikeDecision.WARN
    with pytest.raises(ValueError):
        auto_suspension(out, sanction_id="x", binding=Binding(USER), now=T0 + 2 * DAY)


def test_a_warning_on_the_latest_strike_only_is_not_a_prior_warning() -> None:
    strikes = [strike(1, T0), strike(2, T0 + DAY), strike(3, T0 + 2 * DAY, warned=True)]
    assert evaluate(strikes, T0 + 2 * DAY, POLICY).decision is StrikeDecision.WARN


def test_after_a_warning_the_next_strike_past_threshold_suspends() -> None:
    # The caller warned at the third strike (the WARN outcome) and marked it.
    strikes = [strike(1, T0), strike(2, T0 + DAY), strike(3, T0 + 2 * DAY).mark_warned()]
    strikes.append(strike(4, T0 + 3 * DAY))
    out = evaluate(strikes, T0 + 3 * DAY, POLICY)
    assert out.decision is StrikeDecision.SUSPEND
    assert [s.id for s in out.counted] == ["k1", "k2", "k3", "k4"]
    s = auto_suspension(
        out, sanction_id="auto-1", binding=Binding(USER, "dev", "net"), now=T0 + 3 * DAY
    )
    assert s.kind is SanctionKind.SUSPENSION
    assert s.duration == 7 * DAY
    assert s.automated and s.decided_by == "system"
    assert s.binding.device_key == "dev"
    assert "4 infractions" in s.reason and "30 jours" in s.reason
    assert "avertissement" in s.reason
    assert s.category == "repeat_content"


def test_strikes_older_than_the_period_do_not_count() -> None:
    strikes = [
        strike(1, T0, warned=True),
        strike(2, T0 + 10 * DAY),
        strike(3, T0 + 31 * DAY),
    ]
    assert evaluate(strikes, T0 + 31 * DAY, POLICY).count == 2
    assert evaluate(strikes, T0 + 31 * DAY, POLICY).decision is StrikeDecision.NONE
    assert evaluate(strikes, T0 + 29 * DAY, POLICY).count == 2  # strike 3 is in the future


def test_removed_strikes_do_not_count() -> None:
    strikes = [
        strike(1, T0, warned=True),
        strike(2, T0 + DAY).remove(T0 + 2 * DAY),
        strike(3, T0 + 3 * DAY),
    ]
    assert evaluate(strikes, T0 + 3 * DAY, POLICY).decision is StrikeDecision.NONE
    # Removed later than now: still counted at now.
    assert evaluate(strikes, T0 + 1.5 * DAY, POLICY).count == 2


def test_one_series_suspends_once() -> None:
    strikes = [strike(1, T0, warned=True), strike(2, T0 + DAY), strike(3, T0 + 2 * DAY)]
    assert evaluate(strikes, T0 + 2 * DAY, POLICY).decision is StrikeDecision.SUSPEND
    after = evaluate(
        [*strikes, strike(4, T0 + 10 * DAY)],
        T0 + 10 * DAY,
        POLICY,
        last_suspension_at=T0 + 2 * DAY,
    )
    assert after.decision is StrikeDecision.NONE
    assert after.count == 1


def test_unfounded_reports_are_counted_separately_with_their_own_policy() -> None:
    kind = StrikeKind.UNFOUNDED_REPORT
    policy = StrikePolicy(kind=kind, threshold=5, period=7 * DAY, suspension=DAY)
    reports = [strike(i, T0 + i, warned=(i == 0), kind=kind) for i in range(5)]
    content = [strike(9, T0, warned=True), strike(10, T0 + 1)]
    both = reports + content
    assert evaluate(both, T0 + 10, POLICY).count == 2
    out = evaluate(both, T0 + 10, policy)
    assert out.decision is StrikeDecision.SUSPEND
    s = auto_suspension(out, sanction_id="a", binding=Binding(USER), now=T0 + 10)
    assert s.duration == DAY
    assert "signalements manifestement infondés" in s.reason
    assert s.category == "repeat_unfounded_report"


def test_policy_refuses_thresholds_that_leave_no_room_for_a_warning() -> None:
    with pytest.raises(ValueError):
        StrikePolicy(threshold=1)
    with pytest.raises(ValueError):
        StrikePolicy(suspension=60 * DAY)
