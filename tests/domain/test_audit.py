from __future__ import annotations

import dataclasses
import hashlib
import itertools
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from causette.domain.audit import GENESIS, AuditEntry, append, verify_chain

T0 = 1_800_000_000.0


def chain(n: int = 5) -> list[AuditEntry]:
    entries: list[AuditEntry] = []
    prev = None
    for i in range(n):
        prev = append(
            prev,
            at=T0 + i,
            actor="system" if i % 2 else f"mod_{i}",
            action="suspend" if i % 2 else "remove_content",
            target=f"message:général:{i + 1}",
            reason=f"raison {i} — « citée »",
            details={"duration": 7 * 86400, "categories": ["drugs"], "i": i},
        )
        entries.append(prev)
    return entries


def test_a_fresh_chain_verifies() -> None:
    entries = chain()
    check = verify_chain(entries)
    assert check.ok and check.first_bad_seq is None
    assert check.count == 5 and check.head == entries[-1].hash
    assert entries[0].prev_hash == GENESIS == "0" * 64
    assert [e.seq for e in entries] == [1, 2, 3, 4, 5]
    assert all(e.prev_hash == p.hash for p, e in itertools.pairwise(entries))


def test_empty_chain_verifies() -> None:
    assert verify_chain([]).ok


def test_hash_is_sha256_of_canonical_json_with_the_previous_hash() -> None:
    e = chain(1)[0]
    canonical = json.dumps(
        {
            "seq": 1,
            "at": T0,
            "actor": e.actor,
            "action": e.action,
            "target": e.target,
            "reason": e.reason,
            "details": e.details,
            "prev_hash": GENESIS,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    ).encode()
    assert e.hash == hashlib.sha256(canonical).hexdigest()


@pytest.mark.parametrize("field", ["actor", "action", "target", "reason", "at", "details"])
def test_editing_any_field_of_one_row_is_detected_at_that_row(field: str) -> None:
    entries = chain()
    old = entries[2]
    value: Any = {
        "actor": "mod_x",
        "action": "dismiss",
        "target": "user:u_z",
        "reason": "autre",
        "at": T0 + 99,
        "details": {"duration": 1},
    }[field]
    entries[2] = dataclasses.replace(old, **{field: value})
    check = verify_chain(entries)
    assert not check.ok
    assert check.first_bad_seq == 3
    assert "modifié" in check.reason


def test_rehashing_an_edited_row_breaks_the_next_link() -> None:
    entries = chain()
    forged = append(
        entries[1],
        at=entries[2].at,
        actor=entries[2].actor,
        action="dismiss",
        target=entries[2].target,
        reason=entries[2].reason,
        details=dict(entries[2].details),
    )
    entries[2] = forged
    check = verify_chain(entries)
    assert (check.ok, check.first_bad_seq) == (False, 4)


def test_deleting_a_row_is_detected() -> None:
    entries = chain()
    del entries[1]
    check = verify_chain(entries)
    assert (check.ok, check.first_bad_seq) == (False, 2)
    assert "supprimée" in check.reason


def test_reordering_rows_is_detected() -> None:
    entries = chain()
    entries[1], entries[2] = entries[2], entries[1]
    check = verify_chain(entries)
    assert (check.ok, check.first_bad_seq) == (False, 2)


def test_reordering_with_renumbering_is_detected() -> None:
    entries = chain()
    a, b = entries[1], entries[2]
    entries[1] = dataclasses.replace(b, seq=2)
    entries[2] = dataclasses.replace(a, seq=3)
    check = verify_chain(entries)
    assert (check.ok, check.first_bad_seq) == (False, 2)


def test_inserting_a_row_is_detected() -> None:
    entries = chain()
    intruder = append(entries[1], at=T0, actor="mod_x", action="dismiss", target="t", reason="r")
    entries.insert(2, intruder)
    check = verify_chain(entries)
    assert (check.ok, check.first_bad_seq) == (False, 4)


def test_truncated_tail_is_caught_only_with_the_expected_head() -> None:
    entries = chain()
    head = verify_chain(entries).head
    assert verify_chain(entries[:-1]).ok
    check = verify_chain(entries[:-1], expected_head=head)
    assert (check.ok, check.first_bad_seq) == (False, 5)
    assert verify_chain(entries, expected_head=head).ok


def test_a_purged_prefix_verifies_from_its_anchor() -> None:
    entries = chain()
    kept = entries[2:]
    assert not verify_chain(kept).ok
    assert verify_chain(kept, start_seq=3, start_hash=entries[1].hash).ok


def test_details_are_copied_and_must_be_json() -> None:
    details = {"list": [1, 2]}
    entry = append(
        None, at=T0, actor="mod_a", action="warn", target="user:u", reason="r", details=details
    )
    details["list"].append(3)
    assert entry.details == {"list": [1, 2]}
    assert verify_chain([entry]).ok
    with pytest.raises(ValueError):
        append(None, at=T0, actor="a", action="b", target="t", reason="r", details={"x": object()})
    with pytest.raises(ValueError):
        append(
            None, at=T0, actor="a", action="b", target="t", reason="r", details={"x": float("nan")}
        )
    with pytest.raises(ValueError):
        append(None, at=T0, actor="", action="b", target="t", reason="r")


def test_an_integer_time_from_storage_hashes_like_the_float() -> None:
    entry = chain(1)[0]
    assert verify_chain([dataclasses.replace(entry, at=int(entry.at))]).ok


def test_to_json_round_trips() -> None:
    entries = chain(3)
    rows = [json.loads(json.dumps(e.to_json())) for e in entries]
    rebuilt = [AuditEntry(**row) for row in rows]
    assert verify_chain(rebuilt).ok


@settings(max_examples=60, deadline=None)
@given(n=st.integers(min_value=2, max_value=12), data=st.data())
def test_any_single_deletion_or_swap_is_caught(n: int, data: st.DataObject) -> None:
    entries = chain(n)
    head = entries[-1].hash
    i = data.draw(st.integers(min_value=0, max_value=n - 1))
    deleted = entries[:i] + entries[i + 1 :]
    assert not verify_chain(deleted, expected_head=head).ok
    j = data.draw(st.integers(min_value=0, max_value=n - 1).filter(lambda j: j != i))
    swapped = list(entries)
    swapped[i], swapped[j] = swapped[j], swapped[i]
    check = verify_chain(swapped, expected_head=head)
    assert not check.ok and check.first_bad_seq == min(i, j) + 1
