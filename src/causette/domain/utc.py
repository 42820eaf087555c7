"""Times as the exports write them: UTC, to the second, a form spreadsheets read as dates."""

from __future__ import annotations

from datetime import UTC, datetime

__all__ = ["utc_text"]


def utc_text(at: float | None) -> str:
    """`2026-01-01 00:00:00` for a Unix time, read in UTC; "" for None (unbounded)."""
    return "" if at is None else datetime.fromtimestamp(at, UTC).strftime("%Y-%m-%d %H:%M:%S")
