from __future__ import annotations

import csv
import io

from causette.domain.transparency import DecisionRecord, Source, summarise, to_csv

T0 = 1_800_000_000.0


def rec(
    category: str,
    action: str,
    automated: bool,
    handling: float,
    at: float = T0,
    source: Source = Source.NOTICE,
) -> DecisionRecord:
    return DecisionRecord(category, action, automated, source, at - handling, at)


RECORDS = [
    rec("drugs", "content_removal", True, 0.5),
    rec("drugs", "suspension", False, 3600, source=Source.TRUSTED_FLAGGER),
    rec("spam", "content_removal", True, 1.5, source=Source.OWN_INITIATIVE),
    rec("hate", "dismiss", False, 7200),
    rec("child_safety", "ban", False, 600, at=T0 + 100),
]


def test_counts_by_category_action_source_and_automation() -> None:
    c = summarise(RECORDS)
    assert c.total == 5
    assert c.by_category == {"child_safety": 1, "drugs": 2, "hate": 1, "spam": 1}
    assert c.by_action == {"ban": 1, "content_removal": 2, "dismiss": 1, "suspension": 1}
    assert c.by_source == {
        "authority_order": 0,
        "notice": 3,
        "own_initiative": 1,
        "trusted_flagger": 1,
    }
    assert (c.automated, c.human) == (2, 3)
    assert c.median_handling_seconds == 600


def test_decisions_on_an_authority_order_are_counted_as_such_and_zero_is_said() -> None:
    ordered = rec("child_safety", "content_removal", False, 60, source=Source.AUTHORITY_ORDER)
    assert summarise([*RECORDS, ordered]).by_source["authority_order"] == 1
    # A report with no decision on an order says 0, in JSON and in the CSV.
    assert summarise([]).by_source == {
        "authority_order": 0,
        "notice": 0,
        "own_initiative": 0,
        "trusted_flagger": 0,
    }
    rows = list(csv.reader(io.StringIO(to_csv(summarise(RECORDS)))))
    assert ["source", "authority_order", "0"] in rows
    rows = list(csv.reader(io.StringIO(to_csv(summarise([*RECORDS, ordered])))))
    assert ["source", "authority_order", "1"] in rows


def test_median_of_an_even_count_and_of_nothing() -> None:
    assert summarise(RECORDS[:4]).median_handling_seconds == (1.5 + 3600) / 2
    assert summarise([]).median_handling_seconds is None
    assert summarise([]).total == 0


def test_period_filters_on_decision_time() -> None:
    c = summarise(RECORDS, start=T0 + 1, end=T0 + 101)
    assert c.total == 1 and c.by_category == {"child_safety": 1}
    assert summarise(RECORDS, end=T0 + 100).total == 4


def test_csv_export() -> None:
    rows = list(csv.reader(io.StringIO(to_csv(summarise(RECORDS)))))
    assert rows[0] == ["dimension", "key", "count"]
    assert ["category", "drugs", "2"] in rows
    assert ["action", "content_removal", "2"] in rows
    assert ["source", "trusted_flagger", "1"] in rows
    assert ["decision", "automated", "2"] in rows
    assert ["decision", "human", "3"] in rows
    assert rows[-1] == ["handling", "median_seconds", "600.0"]


def test_the_csv_states_its_period_in_utc_as_a_spreadsheet_reads_it() -> None:
    start, end = 1_767_225_600.0, 1_782_864_000.0  # 2026-01-01, 2026-07-01 UTC
    counts = summarise(RECORDS, start=start, end=end)
    rows = list(csv.reader(io.StringIO(to_csv(counts, start=start, end=end))))
    assert rows[:3] == [
        ["dimension", "key", "count"],
        ["period", "start_utc", "2026-01-01 00:00:00"],
        ["period", "end_utc", "2026-07-01 00:00:00"],
    ]
    unbounded = list(csv.reader(io.StringIO(to_csv(summarise(RECORDS)))))
    assert unbounded[1:3] == [["period", "start_utc", ""], ["period", "end_utc", ""]]
