"""Import and export hash banks as files in the formats of Meta's ThreatExchange tools.

Two text formats, both written and read by python-threatexchange (py-tx, the
library under HMA), so lists move between Causette, HMA and other platforms:

1. **Signal file** (py-tx `LocalFileSignalExchangeAPI`, the "file" exchange):
   UTF-8 text, one signal per line, `<signal_type> <signal>`, e.g.::

       pdq f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22

   Blank lines are skipped. When the collaboration config names a signal type,
   py-tx also accepts a bare signal per line: pass `default_type`. A signal
   file carries no labels nor on/off switch: everything in it is a positive.
   `export_signal_file` writes the enabled entries only, which py-tx appends
   to in the same way (`report_opinion`).

2. **Dataset CSV** (`threatexchange dataset --print-signals --csv`): a header
   `collab,signal_type,signal_str,category,tags`, then one row per signal and
   collaboration. We write the bank name as `collab`, the entry's labels as
   space-separated `tags`, and `category` as py-tx's opinion category:
   `POSITIVE_CLASS` for an enabled entry, `NEGATIVE_CLASS` for a disabled one
   (a hash someone judged not to be a match). On import, `POSITIVE_CLASS`
   entries are enabled and every other category (`NEGATIVE_CLASS`,
   `INVESTIGATION_SEED`) is imported disabled: kept for the record, never
   matched until a moderator enables it.

Signal types: `pdq` (64 hex digits) is py-tx's `PdqSignal`. `sha256` (64 hex
digits, the file's exact digest) is a Causette extension: py-tx has no photo
SHA-256 type and skips types it does not know, so pass `include_sha256=False`
when the file is meant for a py-tx tool. Other signal types (video_md5,
raw_text, url...) are skipped on import and counted in `ImportResult.skipped`.

Imported entry ids are `<signal_type>:<signal>`, so importing the same file
twice changes nothing. Pure: strings in, strings out; the caller reads and
writes the files.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from causette.domain.errors import InvalidInput
from causette.moderation.images.banks import Bank, BankEntry, SignalType, validate_bank_name

__all__ = [
    "CSV_FIELDS",
    "ImportResult",
    "export_dataset_csv",
    "export_signal_file",
    "import_dataset_csv",
    "import_signal_file",
]

CSV_FIELDS = ("collab", "signal_type", "signal_str", "category", "tags")
POSITIVE = "POSITIVE_CLASS"
NEGATIVE = "NEGATIVE_CLASS"
_KNOWN = {t.value: t for t in SignalType}


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import found: entries per bank name, and the rows it skipped
    (a signal type we do not match on)."""

    entries: dict[str, list[BankEntry]] = field(default_factory=dict)
    skipped: int = 0


def _entry(
    signal_type: SignalType, value: str, *, labels: frozenset[str], enabled: bool, now: float
) -> BankEntry:
    entry = BankEntry(
        id="",
        signal_type=signal_type,
        value=value,
        labels=labels,
        enabled=enabled,
        added_at=now,
    )
    # The id is derived from the validated, lower-cased value: re-imports are idempotent.
    return replace(entry, id=f"{signal_type.value}:{entry.value}")


def _invalid(where: str, problem: str) -> InvalidInput:
    return InvalidInput(
        "hash_list_invalid",
        f"Liste de hachages invalide ({where}) : {problem}",
        field="file",
    )


def import_signal_file(
    text: str,
    *,
    bank: str,
    now: float,
    default_type: SignalType | None = None,
    labels: Iterable[str] = (),
) -> ImportResult:
    """Parse a py-tx signal file into entries for `bank` (all enabled).

    Raise `InvalidInput` ("hash_list_invalid", naming the line) for a malformed
    signal of a known type; lines of other signal types are skipped.
    """
    tags = frozenset(labels)
    entries: list[BankEntry] = []
    skipped = 0
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        if default_type is not None and " " not in line:
            type_name, signal = default_type.value, line
        else:
            type_name, _, signal = line.partition(" ")
            signal = signal.strip()
        signal_type = _KNOWN.get(type_name)
        if signal_type is None:
            skipped += 1
            continue
        try:
            entries.append(_entry(signal_type, signal, labels=tags, enabled=True, now=now))
        except ValueError as exc:
            raise _invalid(f"ligne {number}", str(exc)) from None
    return ImportResult(entries={bank: entries}, skipped=skipped)


def export_signal_file(bank: Bank, *, include_sha256: bool = True) -> str:
    """The enabled entries of `bank` as a py-tx signal file (sorted, one per line)."""
    lines = sorted(
        f"{entry.signal_type.value} {entry.value}"
        for entry in bank.entries.values()
        if entry.enabled and (include_sha256 or entry.signal_type is SignalType.PDQ)
    )
    return "".join(f"{line}\n" for line in lines)


def import_dataset_csv(text: str, *, now: float) -> ImportResult:
    """Parse a py-tx dataset CSV into entries per bank (`collab` column).

    Raise `InvalidInput` for a missing header column, a `collab` that is not a
    valid bank name, or a malformed signal of a known type.
    """
    reader = csv.DictReader(io.StringIO(text))
    missing = [name for name in CSV_FIELDS if name not in (reader.fieldnames or ())]
    if missing:
        raise _invalid("en-tête", "colonnes manquantes : " + ", ".join(missing))
    result: dict[str, list[BankEntry]] = {}
    skipped = 0
    for number, row in enumerate(reader, start=2):
        signal_type = _KNOWN.get((row["signal_type"] or "").strip())
        if signal_type is None:
            skipped += 1
            continue
        bank = (row["collab"] or "").strip()
        try:
            validate_bank_name(bank)
            entry = _entry(
                signal_type,
                row["signal_str"] or "",
                labels=frozenset((row["tags"] or "").split()),
                enabled=(row["category"] or "").strip() == POSITIVE,
                now=now,
            )
        except ValueError as exc:
            raise _invalid(f"ligne {number}", str(exc)) from None
        result.setdefault(bank, []).append(entry)
    return ImportResult(entries=result, skipped=skipped)


def export_dataset_csv(banks: Iterable[Bank], *, include_sha256: bool = True) -> str:
    """Every entry of `banks` (enabled or not) as a py-tx dataset CSV with its header."""
    out = io.StringIO()
    writer = csv.DictWriter(out, CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for bank in sorted(banks, key=lambda b: b.name):
        for entry in sorted(bank.entries.values(), key=lambda e: e.id):
            if not include_sha256 and entry.signal_type is not SignalType.PDQ:
                continue
            writer.writerow(
                {
                    "collab": bank.name,
                    "signal_type": entry.signal_type.value,
                    "signal_str": entry.value,
                    "category": POSITIVE if entry.enabled else NEGATIVE,
                    "tags": " ".join(sorted(entry.labels)),
                }
            )
    return out.getvalue()
