"""Checked by `mypy --strict` only: both adapters implement both storage contracts."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from causette.ports import AgeRefusals, CaseStore, MessageStore, MinorsMeasures
    from causette.storage.postgres import PostgresStore
    from causette.storage.sqlite import SqliteStore

    def _both_contracts(a: SqliteStore, b: PostgresStore) -> None:
        messages: list[MessageStore] = [a, b]
        cases: list[CaseStore] = [a, b]
        refusals: list[AgeRefusals] = [a, b]
        measures: list[MinorsMeasures] = [a, b]
        del messages, cases, refusals, measures
