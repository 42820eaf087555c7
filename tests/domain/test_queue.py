from __future__ import annotations

from typing import Any

from causette.domain.queue import ItemKind, QueueItem, Severity, SignalKind, order_queue


def item(id: str, at: float, *cats: str, kind: ItemKind = ItemKind.REPORT, **kw: Any) -> QueueItem:
    return QueueItem(id=id, kind=kind, created_at=at, categories=cats, **kw)


def test_severity_levels() -> None:
    assert item("a", 0, "spam", life_in_danger=True).severity is Severity.LIFE
    for cat in ("child_safety", "sexual_violence", "ncii", "threat"):
        assert item("a", 0, cat).severity is Severity.URGENT
    assert item("a", 0, "drugs").severity is Severity.NORMAL
    assert item("a", 0, "other").severity is Severity.NORMAL
    assert item("a", 0).severity is Severity.NORMAL
    assert item("a", 0, "spam").severity is Severity.LOW
    assert item("a", 0, "spam", "hate").severity is Severity.NORMAL
    assert item("a", 0, kind=ItemKind.HELD, escalate=True).severity is Severity.URGENT
    grooming = item("a", 0, kind=ItemKind.SIGNAL, signal=SignalKind.GROOMING)
    assert grooming.severity is Severity.URGENT
    many = item("a", 0, kind=ItemKind.SIGNAL, signal=SignalKind.MANY_MINORS)
    assert many.severity is Severity.URGENT
    age_lie = item("a", 0, kind=ItemKind.SIGNAL, signal=SignalKind.AGE_LIE)
    assert age_lie.severity is Severity.NORMAL


def test_mixed_queue_orders_by_severity_then_trusted_flagger_then_age() -> None:
    items = [
        item("old-spam", 10, "spam"),
        item("drugs-new", 300, "drugs"),
        item("drugs-old", 100, "drugs"),
        item("drugs-trusted-new", 400, "drugs", trusted_flagger=True),
        item("held-hate", 50, "hate", kind=ItemKind.HELD),
        item("ncii-new", 500, "ncii"),
        item("threat-old", 200, "threat"),
        item("grooming", 450, kind=ItemKind.SIGNAL, signal=SignalKind.GROOMING),
        item("age-lie", 20, kind=ItemKind.SIGNAL, signal=SignalKind.AGE_LIE),
        item("life", 900, "other", life_in_danger=True),
        item("child-trusted", 800, "child_safety", trusted_flagger=True),
    ]
    ordered = [i.id for i in order_queue(items)]
    assert ordered == [
        "life",
        "child-trusted",
        "threat-old",
        "grooming",
        "ncii-new",
        "drugs-trusted-new",
        "age-lie",
        "held-hate",
        "drugs-old",
        "drugs-new",
        "old-spam",
    ]


def test_trusted_flagger_lane_does_not_jump_severity() -> None:
    trusted_spam = item("t", 0, "spam", trusted_flagger=True)
    urgent = item("u", 1000, "child_safety")
    assert [i.id for i in order_queue([trusted_spam, urgent])] == ["u", "t"]


def test_equal_items_are_ordered_by_id_so_the_order_is_stable() -> None:
    a, b = item("b", 5, "drugs"), item("a", 5, "drugs")
    assert [i.id for i in order_queue([a, b])] == ["a", "b"]
    assert [i.id for i in order_queue([b, a])] == ["a", "b"]
