"""The hash banks an upload is matched against, kept in a JSON file under the data dir.

`PhotoBanks(path, clock)` loads `banks.json` (absent: no banks) and keeps the
current `BankIndex`; `add(bank_name, entries, ...)` adds entries (creating the
bank), writes the file atomically and rebuilds the index at once, so a
re-upload of a removed image is refused from the next upload on. Import lists
in Meta's ThreatExchange formats with `causette.moderation.images.exchange`
and `replace_bank`.

File format (UTF-8 JSON): `{"banks": [{"name", "action", "category", "labels",
"enabled", "threshold", "entries": [{"id", "signal_type", "value", "labels",
"enabled", "added_at", "note"}]}]}`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from causette.moderation.images.banks import Bank, BankAction, BankEntry, BankIndex, SignalType
from causette.ports import Clock

__all__ = ["PhotoBanks", "bank_from_json", "bank_to_json"]


def bank_to_json(bank: Bank) -> dict[str, Any]:
    return {
        "name": bank.name,
        "action": bank.action.value,
        "category": bank.category,
        "labels": sorted(bank.labels),
        "enabled": bank.enabled,
        "threshold": bank.threshold,
        "entries": [
            {
                "id": e.id,
                "signal_type": e.signal_type.value,
                "value": e.value,
                "labels": sorted(e.labels),
                "enabled": e.enabled,
                "added_at": e.added_at,
                "note": e.note,
            }
            for e in bank.entries.values()
        ],
    }


def bank_from_json(obj: dict[str, Any]) -> Bank:
    """Raise `ValueError`/`KeyError` on a malformed bank (the file is operator-written)."""
    entries = [
        BankEntry(
            id=str(e["id"]),
            signal_type=SignalType(e["signal_type"]),
            value=str(e["value"]),
            labels=frozenset(e.get("labels", ())),
            enabled=bool(e.get("enabled", True)),
            added_at=float(e.get("added_at", 0.0)),
            note=str(e.get("note", "")),
        )
        for e in obj.get("entries", ())
    ]
    return Bank(
        name=str(obj["name"]),
        action=BankAction(obj["action"]),
        category=str(obj["category"]),
        labels=frozenset(obj.get("labels", ())),
        enabled=bool(obj.get("enabled", True)),
        threshold=int(obj.get("threshold", 31)),
        entries={e.id: e for e in entries},
    )


class PhotoBanks:
    """The banks of this node and their index. One instance per node; the file is the
    store for now (several nodes would share it through the database later)."""

    def __init__(self, path: Path, clock: Clock) -> None:
        self.path = path
        self.clock = clock
        self.banks: dict[str, Bank] = {}
        self.index = BankIndex(())
        self.reload()

    def reload(self) -> None:
        """Read the file again (an operator may have edited it) and rebuild the index."""
        banks: dict[str, Bank] = {}
        if self.path.exists():
            data = json.loads(self.path.read_text("utf-8"))
            for obj in data.get("banks", ()):
                bank = bank_from_json(obj)
                banks[bank.name] = bank
        self.banks = banks
        self.index = BankIndex(banks.values())

    def replace_bank(self, bank: Bank) -> None:
        """Add or replace a whole bank (e.g. one imported from a ThreatExchange file)."""
        self.banks[bank.name] = bank
        self._save()

    def add(
        self,
        bank_name: str,
        entries: Iterable[BankEntry],
        *,
        category: str,
        action: BankAction = BankAction.BLOCK,
    ) -> int:
        """Add `entries` to `bank_name` (created with `category` and `action` if new);
        return how many entries the bank gained."""
        bank = self.banks.get(bank_name) or Bank(bank_name, action, category)
        before = len(bank.entries)
        bank = bank.with_entries(entries)
        self.banks[bank_name] = bank
        self._save()
        return len(bank.entries) - before

    def _save(self) -> None:
        self.index = BankIndex(self.banks.values())
        self.path.parent.mkdir(parents=True, exist_ok=True)
        body = json.dumps({"banks": [bank_to_json(b) for b in self.banks.values()]}, indent=1)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(body, "utf-8")
        os.replace(tmp, self.path)
