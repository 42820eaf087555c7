"""Hash banks: named lists of known abusive images, and matching an upload against them.

A bank (the HMA 2.0 word) is a named list in CAPS_UNDERSCORE, e.g.
`NCII_CONFIRMED` (intimate images shared without consent, confirmed by our
moderators), `CSAM_EXTERNAL` (a list received from a hotline), `STOPNCII`,
`LOCAL_ILLEGAL`. Each bank has labels, an `enabled` switch, an action
(`block`: refuse the upload at once; `review`: hold it for a moderator), the
category of what it holds (a `causette.moderation.verdict.CATEGORIES` id) and
a PDQ distance threshold (default 31). Each entry is a PDQ hash or a SHA-256
with its own `enabled` switch: disabling stops matching and deletes nothing,
so a decision can be reviewed and undone.

`Bank` and `BankEntry` are immutable values; change them with the helper
methods and rebuild the `BankIndex` (the service keeps the current index and
swaps it after each change, well within HMA's "10 minutes" goal).

Matching is brute force, vectorised: every enabled PDQ entry is four uint64
words; an upload's eight dihedral variants are XORed against all entries and
bits counted with `numpy.bitwise_count`. That is 8 x N x 4 word operations:
about a millisecond for 10,000 entries and tens of milliseconds for 100,000
on one core (`tools/bench_images.py` measures it), plenty for one upload at a
time. Beyond a few million entries, use an index (FAISS, as HMA does).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

import numpy as np
import numpy.typing as npt

from causette.moderation.images.pdq import MATCH_THRESHOLD, PdqHashes, validate_pdq
from causette.moderation.verdict import CATEGORIES

__all__ = [
    "Bank",
    "BankAction",
    "BankEntry",
    "BankIndex",
    "ImageSignals",
    "Match",
    "SignalType",
    "entries_for_image",
    "validate_bank_name",
]

_BANK_NAME = re.compile(r"^[A-Z][A-Z0-9_]{1,63}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class BankAction(enum.StrEnum):
    BLOCK = "block"  # refuse the upload, preserve evidence, escalate
    REVIEW = "review"  # hold the upload for a moderator


class SignalType(enum.StrEnum):
    """Signal type names as python-threatexchange writes them (`PdqSignal` is "pdq")."""

    PDQ = "pdq"
    SHA256 = "sha256"  # exact hash of the file; a Causette extension, see exchange.py


def validate_bank_name(name: str) -> str:
    """Return `name` if it is CAPS_UNDERSCORE (2 to 64 characters); raise `ValueError`."""
    if not _BANK_NAME.fullmatch(name):
        raise ValueError(f"bank names are CAPS_UNDERSCORE, e.g. NCII_CONFIRMED: {name!r}")
    return name


def _validate_signal(signal_type: SignalType, value: str) -> str:
    if signal_type is SignalType.PDQ:
        return validate_pdq(value)
    normalised = value.strip().lower()
    if not _SHA256.fullmatch(normalised):
        raise ValueError(f"not a SHA-256 hex digest: {value[:80]!r}")
    return normalised


@dataclass(frozen=True, slots=True)
class BankEntry:
    """One hash in a bank. `id` is unique within the bank (e.g. the removed content's
    id, or "pdq:<hash>" for imported lists); `value` is validated and lower-cased."""

    id: str
    signal_type: SignalType
    value: str
    labels: frozenset[str] = frozenset()
    enabled: bool = True
    added_at: float = 0.0
    note: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "value", _validate_signal(self.signal_type, self.value))


@dataclass(frozen=True, slots=True)
class Bank:
    """A named hash list. `entries` maps entry id to entry."""

    name: str
    action: BankAction
    category: str
    labels: frozenset[str] = frozenset()
    enabled: bool = True
    threshold: int = MATCH_THRESHOLD
    entries: Mapping[str, BankEntry] = field(default_factory=dict)

    def __post_init__(self) -> None:
        validate_bank_name(self.name)
        if self.category not in CATEGORIES:
            raise ValueError(f"unknown category {self.category!r}")
        if not 0 <= self.threshold <= 64:
            raise ValueError("a PDQ threshold above 64 would match unrelated images")

    def with_entry(self, entry: BankEntry) -> Bank:
        """A copy with `entry` added (or replaced, same id)."""
        return replace(self, entries={**self.entries, entry.id: entry})

    def with_entries(self, entries: Iterable[BankEntry]) -> Bank:
        """A copy with all `entries` added (or replaced)."""
        return replace(self, entries={**self.entries, **{e.id: e for e in entries}})

    def with_entry_enabled(self, entry_id: str, enabled: bool) -> Bank:
        """A copy with one entry switched on or off; raise `KeyError` if unknown."""
        entry = self.entries[entry_id]
        return self.with_entry(replace(entry, enabled=enabled))

    def with_enabled(self, enabled: bool) -> Bank:
        """A copy with the whole bank switched on or off (entries are kept)."""
        return replace(self, enabled=enabled)


@dataclass(frozen=True, slots=True)
class ImageSignals:
    """What an upload is matched on: its PDQ hashes and its SHA-256 digests (of the
    cleaned file and of the file as uploaded)."""

    pdq: PdqHashes | None
    sha256: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Match:
    """One bank entry matched by an upload. `distance` is the PDQ Hamming distance
    over the best of the eight variants (0 for an exact SHA-256 match)."""

    bank: str
    entry_id: str
    signal_type: SignalType
    distance: int
    action: BankAction
    category: str
    labels: frozenset[str]


@dataclass(frozen=True, slots=True)
class _Row:
    bank: Bank
    entry: BankEntry


def _pack(hex_hashes: list[str]) -> npt.NDArray[np.uint64]:
    if not hex_hashes:
        return np.zeros((0, 4), dtype=np.uint64)
    raw = bytes.fromhex("".join(hex_hashes))
    return np.frombuffer(raw, dtype=">u8").astype(np.uint64).reshape(-1, 4)


class BankIndex:
    """An immutable snapshot of the enabled entries of some banks, ready to match.

    Build it with `BankIndex(banks)`; rebuild after any change to a bank.
    """

    def __init__(self, banks: Iterable[Bank]) -> None:
        self.banks: dict[str, Bank] = {}
        pdq_rows: list[_Row] = []
        pdq_hex: list[str] = []
        thresholds: list[int] = []
        self._sha: dict[str, list[_Row]] = {}
        for bank in banks:
            if bank.name in self.banks:
                raise ValueError(f"two banks named {bank.name}")
            self.banks[bank.name] = bank
            if not bank.enabled:
                continue
            for entry in bank.entries.values():
                if not entry.enabled:
                    continue
                if entry.signal_type is SignalType.PDQ:
                    pdq_rows.append(_Row(bank, entry))
                    pdq_hex.append(entry.value)
                    thresholds.append(bank.threshold)
                else:
                    self._sha.setdefault(entry.value, []).append(_Row(bank, entry))
        self._pdq_rows = pdq_rows
        self._pdq = _pack(pdq_hex)
        self._thresholds = np.array(thresholds, dtype=np.int64)

    def __len__(self) -> int:
        """The number of enabled entries that can match."""
        return len(self._pdq_rows) + sum(len(rows) for rows in self._sha.values())

    def match(self, signals: ImageSignals) -> list[Match]:
        """Every enabled entry of an enabled bank that the upload matches.

        PDQ entries match when the distance from any of the upload's eight
        variants is at most the bank's threshold, and only if the upload's
        hash quality is at least 50; SHA-256 entries match exactly. One `Match`
        per entry (the best distance), blocking banks first, then by distance.
        """
        found: list[Match] = []
        for digest in dict.fromkeys(signals.sha256):
            for row in self._sha.get(digest, ()):
                found.append(_match(row, SignalType.SHA256, 0))
        pdq = signals.pdq
        if pdq is not None and pdq.matchable and self._pdq_rows:
            query = _pack(list(pdq.variants))  # (8, 4)
            xor = query[:, None, :] ^ self._pdq[None, :, :]  # (8, N, 4)
            distances = np.bitwise_count(xor).sum(axis=2, dtype=np.int64).min(axis=0)
            for i in np.flatnonzero(distances <= self._thresholds):
                found.append(_match(self._pdq_rows[i], SignalType.PDQ, int(distances[i])))
        found.sort(key=lambda m: (m.action is not BankAction.BLOCK, m.distance, m.bank))
        return found


def _match(row: _Row, signal_type: SignalType, distance: int) -> Match:
    return Match(
        bank=row.bank.name,
        entry_id=row.entry.id,
        signal_type=signal_type,
        distance=distance,
        action=row.bank.action,
        category=row.bank.category,
        labels=row.bank.labels | row.entry.labels,
    )


def entries_for_image(
    content_id: str, signals: ImageSignals, *, now: float, note: str = ""
) -> list[BankEntry]:
    """The entries that bank an image a moderator removed (confirmed NCII or illegal),
    so that a re-upload is refused at once: its PDQ hash when its quality allows
    matching, and its SHA-256 digests. Ids are `content_id`, `content_id#sha256-1`...
    """
    entries: list[BankEntry] = []
    if signals.pdq is not None and signals.pdq.matchable:
        entries.append(
            BankEntry(content_id, SignalType.PDQ, signals.pdq.hash, added_at=now, note=note)
        )
    for n, digest in enumerate(dict.fromkeys(signals.sha256), start=1):
        entries.append(
            BankEntry(
                f"{content_id}#sha256-{n}", SignalType.SHA256, digest, added_at=now, note=note
            )
        )
    return entries
