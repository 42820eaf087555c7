from __future__ import annotations

import calendar

import pytest

from causette.domain.appeals import (
    AppealOutcome,
    add_months,
    appeal_deadline,
    appeal_token,
    check_appeal_token,
    decide_appeal,
    file_appeal,
)
from causette.domain.errors import Forbidden, InvalidInput
from causette.domain.ids import UserId
from causette.domain.sanctions import DAY, Binding, Sanction, SanctionKind
from causette.domain.strikes import Strike, StrikeKind


def utc(*parts: int) -> float:
    return float(calendar.timegm((*parts, 0, 0, 0)[:6]))


DECIDED = utc(2026, 3, 14, 10, 30, 0)
USER = UserId("u_bad")


def sanction(decided_by: str = "mod_alice", start: float = DECIDED) -> Sanction:
    return Sanction(
        id="s1",
        kind=SanctionKind.SUSPENSION,
        binding=Binding(USER, "dev", "net"),
        start=start,
        duration=7 * DAY,
        decided_by=decided_by,
        reason="Vente de drogue.",
        category="drugs",
    )


def test_six_calendar_months_clamped_to_month_end() -> None:
    assert add_months(utc(2026, 3, 14, 10, 30, 0), 6) == utc(2026, 9, 14, 10, 30, 0)
    assert add_months(utc(2026, 8, 31, 23, 0, 0), 6) == utc(2027, 2, 28, 23, 0, 0)
    assert add_months(utc(2027, 8, 31, 0, 0, 0), 6) == utc(2028, 2, 29, 0, 0, 0)
    assert add_months(utc(2026, 11, 15, 0, 0, 0), 6) == utc(2027, 5, 15, 0, 0, 0)


def test_appeal_open_until_the_deadline_instant_included() -> None:
    deadline = appeal_deadline(DECIDED)
    assert deadline == utc(2026, 9, 14, 10, 30, 0)
    appeal = file_appeal(sanction(), appeal_id="a1", appellant=USER, text=" Erreur ", now=deadline)
    assert appeal.text == "Erreur"
    assert appeal.outcome is AppealOutcome.PENDING


def test_appeal_after_six_months_is_refused() -> None:
    with pytest.raises(Forbidden) as e:
        file_appeal(
            sanction(), appeal_id="a1", appellant=USER, text="", now=appeal_deadline(DECIDED) + 1
        )
    assert e.value.code == "appeal_closed"
    assert "six mois" in e.value.message


def test_only_the_sanctioned_person_may_appeal() -> None:
    with pytest.raises(Forbidden) as e:
        file_appeal(sanction(), appeal_id="a1", appellant=UserId("u_other"), text="", now=DECIDED)
    assert e.value.code == "appeal_not_yours"


def test_appeal_text_is_capped() -> None:
    with pytest.raises(InvalidInput) as e:
        file_appeal(sanction(), appeal_id="a1", appellant=USER, text="x" * 2001, now=DECIDED)
    assert e.value.code == "appeal_text_too_long"


def test_appeal_by_the_same_moderator_is_refused() -> None:
    s = sanction("mod_alice")
    appeal = file_appeal(s, appeal_id="a1", appellant=USER, text="", now=DECIDED + 10)
    with pytest.raises(Forbidden) as e:
        decide_appeal(
            appeal,
            s,
            moderator="mod_alice",
            outcome=AppealOutcome.REVERSED,
            explanation="Je me suis trompée.",
            now=DECIDED + 20,
        )
    assert e.value.code == "appeal_same_moderator"
    assert "autre modérateur" in e.value.message


def test_appeals_are_never_decided_by_the_system() -> None:
    s = sanction("system")
    appeal = file_appeal(s, appeal_id="a1", appellant=USER, text="", now=DECIDED)
    with pytest.raises(Forbidden) as e:
        decide_appeal(
            appeal,
            s,
            moderator="system",
            outcome=AppealOutcome.UPHELD,
            explanation="Auto.",
            now=DECIDED,
        )
    assert e.value.code == "appeal_needs_human"
    # Any human may decide an automatic decision.
    result = decide_appeal(
        appeal, s, moderator="mod_alice", outcome=AppealOutcome.UPHELD, explanation="Ok.", now=1e9
    )
    assert result.appeal.decided_by == "mod_alice"


def test_upheld_keeps_the_sanction() -> None:
    s = sanction()
    appeal = file_appeal(s, appeal_id="a1", appellant=USER, text="", now=DECIDED)
    strikes = [Strike("k1", USER, StrikeKind.CONTENT, DECIDED, "s1")]
    result = decide_appeal(
        appeal,
        s,
        moderator="mod_bob",
        outcome=AppealOutcome.UPHELD,
        explanation="Les faits sont établis.",
        now=DECIDED + DAY,
        strikes=strikes,
    )
    assert result.appeal.outcome is AppealOutcome.UPHELD
    assert result.appeal.decided_at == DECIDED + DAY
    assert result.sanction.active(DECIDED + DAY + 1)
    assert result.removed_strikes == ()


def test_reversed_lifts_the_sanction_and_removes_its_strikes() -> None:
    s = sanction()
    appeal = file_appeal(s, appeal_id="a1", appellant=USER, text="", now=DECIDED)
    strikes = [
        Strike("k1", USER, StrikeKind.CONTENT, DECIDED, "s1"),
        Strike("k0", USER, StrikeKind.CONTENT, DECIDED - DAY, "s0"),
    ]
    now = DECIDED + DAY
    result = decide_appeal(
        appeal,
        s,
        moderator="mod_bob",
        outcome=AppealOutcome.REVERSED,
        explanation="Message mal compris.",
        now=now,
        strikes=strikes,
    )
    assert result.appeal.outcome is AppealOutcome.REVERSED
    assert not result.sanction.active(now)
    assert result.sanction.lifted_by == "mod_bob"
    assert [(k.id, k.removed_at) for k in result.removed_strikes] == [("k1", now)]
    # A lifted sanction cannot be appealed again.
    with pytest.raises(Forbidden) as e:
        file_appeal(result.sanction, appeal_id="a2", appellant=USER, text="", now=now + 1)
    assert e.value.code == "appeal_pointless"


def test_a_decision_needs_an_explanation_and_happens_once() -> None:
    s = sanction()
    appeal = file_appeal(s, appeal_id="a1", appellant=USER, text="", now=DECIDED)
    with pytest.raises(InvalidInput) as e:
        decide_appeal(
            appeal, s, moderator="mod_bob", outcome=AppealOutcome.UPHELD, explanation=" ", now=1e9
        )
    assert e.value.code == "appeal_explanation_missing"
    with pytest.raises(InvalidInput):
        decide_appeal(
            appeal, s, moderator="mod_bob", outcome=AppealOutcome.PENDING, explanation="x", now=1e9
        )
    done = decide_appeal(
        appeal, s, moderator="mod_bob", outcome=AppealOutcome.UPHELD, explanation="x", now=1e9
    ).appeal
    with pytest.raises(InvalidInput) as e:
        decide_appeal(
            done, s, moderator="mod_carol", outcome=AppealOutcome.UPHELD, explanation="x", now=1e9
        )
    assert e.value.code == "appeal_already_decided"


def test_appeal_link_token_is_bound_to_the_sanction_and_secret() -> None:
    secret = b"operator-secret-0123456789abcdef"
    token = appeal_token(secret, "s1")
    assert len(token) == 43
    assert check_appeal_token(secret, "s1", token)
    assert not check_appeal_token(secret, "s2", token)
    assert not check_appeal_token(b"another-operator-secret-9876543", "s1", token)
    assert not check_appeal_token(secret, "s1", token[:-1] + ("A" if token[-1] != "A" else "B"))
    assert not check_appeal_token(secret, "s1", "é")
    with pytest.raises(ValueError):
        appeal_token(b"short", "s1")
