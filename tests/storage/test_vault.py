"""`IdentificationVault`: the sealing of one identification record, without a database."""

from __future__ import annotations

import pytest

from causette.domain.requisitions import canonical_ip
from causette.storage.vault import IdentificationKeyError, IdentificationVault

SECRET = b"the node's secret, at least 32 bytes long"
RECORD = ("message", "room:general:12", "u_1", 1_800_000_000.125)


def test_a_record_opens_with_its_own_row_only() -> None:
    vault = IdentificationVault(SECRET)
    kind, ref, user, key_id, sealed, index, at = vault.row(
        *RECORD[:3], "203.0.113.7", 51234, RECORD[3]
    )
    assert key_id == vault.key_id and len(index) == 16
    assert b"203.0.113.7" not in sealed and b"51234" not in sealed
    assert vault.open(kind, ref, user, at, key_id, sealed) == ("203.0.113.7", 51234)
    # Another row's kind, ref, user or time: the sealed value does not open there.
    for moved in (
        ("dm", ref, user, at),
        (kind, "room:general:13", user, at),
        (kind, ref, "u_2", at),
        (kind, ref, user, at + 1e-6),
    ):
        with pytest.raises(IdentificationKeyError) as refused:
            vault.open(*moved, key_id, sealed)
        assert refused.value.code == "identification_record_invalid"
    with pytest.raises(IdentificationKeyError):
        vault.open(kind, ref, user, at, key_id, sealed[:-1] + bytes([sealed[-1] ^ 1]))


def test_each_record_has_its_own_nonce() -> None:
    vault = IdentificationVault(SECRET)
    one = vault.row(*RECORD[:3], "203.0.113.7", 1, RECORD[3])[4]
    two = vault.row(*RECORD[:3], "203.0.113.7", 1, RECORD[3])[4]
    assert one != two and one[:12] != two[:12]


def test_keys_are_derived_from_the_secret_and_named_without_being_shown() -> None:
    vault, same, other = (
        IdentificationVault(SECRET),
        IdentificationVault(SECRET),
        IdentificationVault(b"another secret, at least 32 bytes!"),
    )
    assert vault.key_id == same.key_id != other.key_id
    assert len(vault.key_id) == 8
    sealed = vault.row(*RECORD[:3], "203.0.113.7", 1, RECORD[3])[4]
    assert same.open(*RECORD, vault.key_id, sealed) == ("203.0.113.7", 1)
    with pytest.raises(IdentificationKeyError) as unknown:
        other.open(*RECORD, vault.key_id, sealed)
    assert unknown.value.code == "identification_key_unknown"
    assert "CAUSETTE_IDENTIFICATION_OLD_KEYS" in unknown.value.message
    assert SECRET.decode() not in repr(vault) + unknown.value.message


def test_an_old_key_still_opens_and_matches_after_a_rotation() -> None:
    old = IdentificationVault(SECRET)
    rotated = IdentificationVault(b"the new secret, at least 32 bytes", old_secrets=[SECRET])
    assert rotated.key_id != old.key_id and rotated.key_ids == {rotated.key_id, old.key_id}
    row = old.row(*RECORD[:3], "2001:db8::1", 443, RECORD[3])
    assert rotated.open(*RECORD, row[3], row[4]) == ("2001:db8::1", 443)
    assert row[5] in rotated.ip_indexes("2001:DB8:0::1")
    assert rotated.row(*RECORD[:3], "2001:db8::1", 443, RECORD[3])[3] == rotated.key_id


@pytest.mark.parametrize(
    ("given", "normal"),
    [
        ("203.0.113.7", "203.0.113.7"),
        (" 203.0.113.7 ", "203.0.113.7"),
        ("::ffff:203.0.113.7", "203.0.113.7"),
        ("2001:DB8:0::1", "2001:db8::1"),
        ("not-an-address", "not-an-address"),
    ],
)
def test_the_blind_index_hashes_the_normalised_address(given: str, normal: str) -> None:
    assert canonical_ip(given) == normal
    vault = IdentificationVault(SECRET)
    assert vault.ip_indexes(given) == vault.ip_indexes(normal)
    assert vault.ip_indexes(given) != vault.ip_indexes("198.51.100.4")
