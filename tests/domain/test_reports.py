from __future__ import annotations

import calendar

import pytest

from causette.domain.errors import InvalidInput, RateLimited
from causette.domain.ids import UserId
from causette.domain.reports import (
    CATEGORY_LABELS_FR,
    MAX_REPORT_TEXT,
    REPORT_CATEGORIES,
    Report,
    ReportLimit,
    TargetKind,
    format_ticket_number,
    merge_key,
    next_ticket_number,
    open_ticket,
    parse_target,
    validate_report,
)
from causette.moderation.verdict import CATEGORIES

T0 = float(calendar.timegm((2026, 3, 14, 12, 0, 0)))


def report(
    target: str = "message:general:120",
    category: str = "drugs",
    *,
    text: str | None = None,
    by: str = "u_a",
    at: float = T0,
    life: bool = False,
    trusted: bool = False,
) -> Report:
    return validate_report(
        target=target,
        category=category,
        text=text,
        life_in_danger=life,
        reporter=UserId(by),
        now=at,
        trusted_flagger=trusted,
    )


def test_report_categories_are_the_moderation_categories_plus_other() -> None:
    assert (*CATEGORIES, "other") == REPORT_CATEGORIES
    assert set(CATEGORY_LABELS_FR) == set(REPORT_CATEGORIES)
    assert CATEGORY_LABELS_FR["other"] == "Autre"


@pytest.mark.parametrize(
    ("raw", "kind", "ref", "seq"),
    [
        ("message:general:120", TargetKind.MESSAGE, "general", 120),
        ("dm:42", TargetKind.DM, "42", None),
        ("user:u_8f3a", TargetKind.USER, "u_8f3a", None),
        ("room:r_x-1", TargetKind.ROOM, "r_x-1", None),
        ("photo:p_abc", TargetKind.PHOTO, "p_abc", None),
    ],
)
def test_every_target_kind_parses_and_round_trips(
    raw: str, kind: TargetKind, ref: str, seq: int | None
) -> None:
    target = parse_target(raw)
    assert (target.kind, target.ref, target.seq) == (kind, ref, seq)
    assert target.key() == raw


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "message",
        "message:general",
        "message:general:0",
        "message:general:-3",
        "message::12",
        "dm:abc",
        "dm:",
        "user:",
        "user:a b",
        "user:<script>",
        "photo:" + "x" * 65,
        "guest:u_1",
    ],
)
def test_malformed_targets_are_refused_in_french(raw: str) -> None:
    with pytest.raises(InvalidInput) as e:
        parse_target(raw)
    assert e.value.code == "report_target_invalid"
    assert e.value.field == "target"
    assert "signalé" in e.value.message


def test_unknown_category_is_refused() -> None:
    with pytest.raises(InvalidInput) as e:
        report(category="rude")
    assert (e.value.code, e.value.field) == ("report_category_invalid", "category")


def test_text_is_optional_trimmed_and_capped_at_1000_characters() -> None:
    assert report(text=None).text == ""
    assert report(text="   ").text == ""
    assert report(text="  il vend de la drogue  ").text == "il vend de la drogue"
    assert len(report(text="a" * MAX_REPORT_TEXT).text) == 1000
    with pytest.raises(InvalidInput) as e:
        report(text="a" * 1001)
    assert e.value.code == "report_text_too_long"
    assert "1000" in e.value.message


def test_same_target_and_category_merge_counting_distinct_reporters() -> None:
    first = report(by="u_a", text="vente")
    ticket = open_ticket(first, "R-2026-000001")
    ticket = ticket.merge(report(by="u_b", at=T0 + 60))
    ticket = ticket.merge(report(by="u_a", at=T0 + 120, text="encore"))
    assert ticket.reporter_count == 2
    assert ticket.opened_at == T0
    assert ticket.last_at == T0 + 120
    assert ticket.texts == ("vente", "encore")


def test_merge_key_separates_targets_and_categories() -> None:
    a = report("message:general:120", "drugs")
    assert merge_key(a.target, a.category) == merge_key(
        report("message:general:120", "drugs", by="u_z").target, "drugs"
    )
    assert merge_key(a.target, "drugs") != merge_key(a.target, "hate")
    assert merge_key(a.target, "drugs") != merge_key(parse_target("message:general:121"), "drugs")
    assert merge_key(a.target, "drugs") != merge_key(parse_target("message:other:120"), "drugs")
    ticket = open_ticket(a, "R-2026-000001")
    with pytest.raises(ValueError):
        ticket.merge(report("message:general:120", "hate"))


def test_life_in_danger_and_trusted_flagger_stick_once_set() -> None:
    ticket = open_ticket(report(), "R-2026-000001")
    assert not ticket.life_in_danger and not ticket.trusted_flagger
    ticket = ticket.merge(report(by="u_b", life=True))
    ticket = ticket.merge(report(by="u_c", trusted=True))
    ticket = ticket.merge(report(by="u_d"))
    assert ticket.life_in_danger and ticket.trusted_flagger


def test_ticket_numbers_come_from_the_counter_per_utc_year() -> None:
    calls: list[int] = []

    def counter(year: int) -> int:
        calls.append(year)
        return 123

    assert next_ticket_number(counter, T0) == "R-2026-000123"
    new_year_utc = float(calendar.timegm((2027, 1, 1, 0, 0, 0)))
    assert next_ticket_number(counter, new_year_utc) == "R-2027-000123"
    assert next_ticket_number(counter, new_year_utc - 1) == "R-2026-000123"
    assert calls == [2026, 2027, 2026]
    assert format_ticket_number(2026, 1_234_567) == "R-2026-1234567"
    with pytest.raises(ValueError):
        format_ticket_number(2026, 0)


def test_reporter_limit_is_a_sliding_window() -> None:
    limit = ReportLimit(limit=3, window=600.0)
    history = [T0, T0 + 100, T0 + 200]
    limit.check(history[:2], T0 + 250)  # two so far: a third is fine
    with pytest.raises(RateLimited) as e:
        limit.check(history, T0 + 250)
    assert e.value.code == "report_rate_limited"
    # The oldest report leaves the window at T0 + 600.
    assert e.value.retry_after == pytest.approx(350.0)
    with pytest.raises(RateLimited):
        limit.check(history, T0 + 599.9)
    limit.check(history, T0 + 600.0)


def test_default_limit_is_ten_per_ten_minutes() -> None:
    limit = ReportLimit()
    nine = [T0 + i for i in range(9)]
    limit.check(nine, T0 + 10)
    with pytest.raises(RateLimited):
        limit.check([*nine, T0 + 9], T0 + 10)
    limit.check([*nine, T0 + 9], T0 + 10 + 600)
