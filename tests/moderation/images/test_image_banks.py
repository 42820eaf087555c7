"""Hash banks: switches, thresholds, actions, exact hashes; and their exchange files."""

from __future__ import annotations

import hashlib
import random

import pytest

from causette.domain.errors import InvalidInput
from causette.moderation.images.banks import (
    Bank,
    BankAction,
    BankEntry,
    BankIndex,
    ImageSignals,
    SignalType,
)
from causette.moderation.images.exchange import (
    export_dataset_csv,
    export_signal_file,
    import_dataset_csv,
    import_signal_file,
)
from causette.moderation.images.pdq import PdqHashes

RNG = random.Random(8)


def random_hash() -> str:
    return f"{RNG.getrandbits(256):064x}"


def flip_bits(value: str, count: int) -> str:
    number = int(value, 16)
    for bit in RNG.sample(range(256), count):
        number ^= 1 << bit
    return f"{number:064x}"


def upload(value: str, quality: int = 90) -> ImageSignals:
    # Seven unrelated variants: only the first (the image as uploaded) is near.
    variants = (value, *(random_hash() for _ in range(7)))
    return ImageSignals(pdq=PdqHashes(variants=variants, quality=quality))


KNOWN = random_hash()


def ncii(**kwargs: object) -> Bank:
    bank = Bank("NCII_CONFIRMED", BankAction.BLOCK, "ncii", **kwargs)  # type: ignore[arg-type]
    return bank.with_entry(BankEntry("content-1", SignalType.PDQ, KNOWN, labels=frozenset({"x"})))


def test_near_hash_matches_within_threshold_and_far_hash_does_not() -> None:
    index = BankIndex([ncii()])
    (match,) = index.match(upload(flip_bits(KNOWN, 31)))
    assert (match.bank, match.entry_id, match.distance) == ("NCII_CONFIRMED", "content-1", 31)
    assert match.action is BankAction.BLOCK and match.category == "ncii"
    assert index.match(upload(flip_bits(KNOWN, 32))) == []


def test_threshold_is_per_bank() -> None:
    strict = BankIndex([ncii(threshold=10)])
    assert strict.match(upload(flip_bits(KNOWN, 11))) == []
    assert len(strict.match(upload(flip_bits(KNOWN, 10)))) == 1


def test_any_dihedral_variant_of_the_upload_can_match() -> None:
    variants = (random_hash(), random_hash(), flip_bits(KNOWN, 3), *[random_hash()] * 5)
    signals = ImageSignals(pdq=PdqHashes(variants=variants, quality=80))
    assert [m.distance for m in BankIndex([ncii()]).match(signals)] == [3]


def test_disabling_an_entry_stops_matching_and_keeps_it() -> None:
    bank = ncii().with_entry_enabled("content-1", False)
    assert BankIndex([bank]).match(upload(KNOWN)) == []
    assert bank.entries["content-1"].value == KNOWN  # not deleted
    again = bank.with_entry_enabled("content-1", True)
    assert len(BankIndex([again]).match(upload(KNOWN))) == 1


def test_disabling_a_bank_stops_all_its_entries() -> None:
    bank = ncii().with_enabled(False)
    index = BankIndex([bank])
    assert index.match(upload(KNOWN)) == [] and len(index) == 0
    assert "content-1" in index.banks["NCII_CONFIRMED"].entries


def test_low_quality_upload_is_not_pdq_matched_but_exact_hash_still_is() -> None:
    digest = hashlib.sha256(b"file").hexdigest()
    bank = ncii().with_entry(BankEntry("file-1", SignalType.SHA256, digest.upper()))
    index = BankIndex([bank])
    weak = ImageSignals(pdq=PdqHashes(variants=(KNOWN,) * 8, quality=49), sha256=(digest,))
    (match,) = index.match(weak)
    assert (match.entry_id, match.signal_type, match.distance) == ("file-1", SignalType.SHA256, 0)


def test_blocking_matches_come_before_review_matches() -> None:
    review = Bank("LOCAL_SUSPECT", BankAction.REVIEW, "sexual").with_entry(
        BankEntry("s-1", SignalType.PDQ, flip_bits(KNOWN, 1))
    )
    matches = BankIndex([review, ncii()]).match(upload(KNOWN))
    assert [m.bank for m in matches] == ["NCII_CONFIRMED", "LOCAL_SUSPECT"]


def test_labels_of_bank_and_entry_are_reported() -> None:
    bank = Bank("CSAM_EXTERNAL", BankAction.BLOCK, "child_safety", labels=frozenset({"hotline"}))
    bank = bank.with_entry(BankEntry("h", SignalType.PDQ, KNOWN, labels=frozenset({"batch-7"})))
    (match,) = BankIndex([bank]).match(upload(KNOWN))
    assert match.labels == {"hotline", "batch-7"}


@pytest.mark.parametrize("name", ["ncii", "Ncii_Confirmed", "X", "NCII-CONFIRMED", "1BANK"])
def test_bank_names_are_caps_underscore(name: str) -> None:
    with pytest.raises(ValueError):
        Bank(name, BankAction.BLOCK, "ncii")


def test_invalid_values_are_refused() -> None:
    with pytest.raises(ValueError):
        BankEntry("e", SignalType.PDQ, "abc")
    with pytest.raises(ValueError):
        Bank("NCII", BankAction.BLOCK, "not_a_category")
    with pytest.raises(ValueError):
        BankIndex([ncii(), ncii()])


def test_many_entries_match_only_the_right_one() -> None:
    entries = [BankEntry(f"e{i}", SignalType.PDQ, random_hash()) for i in range(5000)]
    bank = Bank("LOCAL_ILLEGAL", BankAction.BLOCK, "sexual_violence").with_entries(entries)
    index = BankIndex([bank])
    target = entries[4321]
    assert [m.entry_id for m in index.match(upload(flip_bits(target.value, 20)))] == ["e4321"]


# -- exchange files ----------------------------------------------------------------------------

PYTX_FILE = """pdq f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22
pdq e64cc9d91c623882f8d1f1d9a398e78c9f199b3bd83924f2b7e11e0bf861b064

video_md5 d41d8cd98f00b204e9800998ecf8427e
"""


def test_pytx_signal_file_imports_and_skips_unknown_types() -> None:
    result = import_signal_file(PYTX_FILE, bank="STOPNCII", now=5.0)
    entries = result.entries["STOPNCII"]
    assert result.skipped == 1
    assert [e.id for e in entries] == [
        "pdq:f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22",
        "pdq:e64cc9d91c623882f8d1f1d9a398e78c9f199b3bd83924f2b7e11e0bf861b064",
    ]
    assert all(e.enabled and e.added_at == 5.0 for e in entries)


def test_bare_signals_use_the_default_type() -> None:
    text = f"{KNOWN}\n{random_hash()}\n"
    result = import_signal_file(text, bank="NCII_CONFIRMED", now=0, default_type=SignalType.PDQ)
    assert result.entries["NCII_CONFIRMED"][0].value == KNOWN


def test_malformed_signal_names_its_line() -> None:
    with pytest.raises(InvalidInput) as caught:
        import_signal_file("pdq 00ff\n", bank="X_Y", now=0)
    assert caught.value.code == "hash_list_invalid" and "ligne 1" in caught.value.message


def test_signal_file_round_trip_exports_enabled_entries_only() -> None:
    bank = ncii().with_entry(BankEntry("off", SignalType.PDQ, random_hash(), enabled=False))
    digest = hashlib.sha256(b"x").hexdigest()
    bank = bank.with_entry(BankEntry("sha", SignalType.SHA256, digest))
    text = export_signal_file(bank)
    assert sorted(text.splitlines()) == sorted([f"pdq {KNOWN}", f"sha256 {digest}"])
    assert export_signal_file(bank, include_sha256=False) == f"pdq {KNOWN}\n"
    back = import_signal_file(text, bank=bank.name, now=0).entries[bank.name]
    assert {e.value for e in back} == {KNOWN, digest}


def test_dataset_csv_round_trip_keeps_labels_and_switches() -> None:
    off = random_hash()
    bank = ncii().with_entry(BankEntry("off", SignalType.PDQ, off, enabled=False))
    other = Bank("LOCAL_ILLEGAL", BankAction.BLOCK, "sexual_violence").with_entry(
        BankEntry("z", SignalType.PDQ, random_hash(), labels=frozenset({"a", "b"}))
    )
    text = export_dataset_csv([other, bank])
    assert text.splitlines()[0] == "collab,signal_type,signal_str,category,tags"
    assert f"NCII_CONFIRMED,pdq,{off},NEGATIVE_CLASS," in text
    result = import_dataset_csv(text, now=1.0)
    assert set(result.entries) == {"NCII_CONFIRMED", "LOCAL_ILLEGAL"}
    by_value = {e.value: e for e in result.entries["NCII_CONFIRMED"]}
    assert by_value[KNOWN].enabled and by_value[KNOWN].labels == {"x"}
    assert not by_value[off].enabled
    assert result.entries["LOCAL_ILLEGAL"][0].labels == {"a", "b"}


def test_dataset_csv_needs_its_header_and_valid_bank_names() -> None:
    with pytest.raises(InvalidInput):
        import_dataset_csv("a,b\n1,2\n", now=0)
    row = f"collab,signal_type,signal_str,category,tags\nlower case,pdq,{KNOWN},POSITIVE_CLASS,\n"
    with pytest.raises(InvalidInput):
        import_dataset_csv(row, now=0)
