"""The labelled conversation set behind `tools/eval_minors.py`: schema and minimum counts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "minors"
KINDS = {"grooming", "age_lie_adult", "age_lie_minor", "ordinary"}


def load(split: str) -> list[dict[str, Any]]:
    lines = (CORPUS / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def rows() -> dict[str, list[dict[str, Any]]]:
    return {split: load(split) for split in ("dev", "test", "blind")}


@pytest.mark.parametrize("split", ["dev", "test", "blind"])
def test_every_conversation_follows_the_schema(
    rows: dict[str, list[dict[str, Any]]], split: str
) -> None:
    for row in rows[split]:
        assert set(row) == {
            "id",
            "kind",
            "participants",
            "channel",
            "room_kind",
            "messages",
            "groomer",
            "note",
        }, row["id"]
        assert row["kind"] in KINDS
        assert row["channel"] in {"dm", "room"}
        ages = {who: p["age"] for who, p in row["participants"].items()}
        assert all(isinstance(a, int) and 15 <= a <= 120 for a in ages.values()), row["id"]
        if row["channel"] == "dm":
            assert row["room_kind"] is None and len(ages) == 2, row["id"]
            # The domain forbids DMs across age bands: the set must respect it.
            assert len({a >= 18 for a in ages.values()}) == 1, row["id"]
        else:
            assert row["room_kind"] in {"teen", "general", "adult"}, row["id"]
            teen_room = row["room_kind"] == "teen"
            assert all((a < 18) == teen_room for a in ages.values()), row["id"]
        assert row["messages"], row["id"]
        for msg in row["messages"]:
            assert msg["from"] in ages and msg["text"].strip(), row["id"]
        if row["kind"] == "ordinary":
            assert row["groomer"] is None, row["id"]
        else:
            assert row["groomer"] in ages, row["id"]
            assert any(m["from"] == row["groomer"] for m in row["messages"]), row["id"]
        if row["kind"] == "age_lie_adult":
            assert ages[row["groomer"]] >= 18, row["id"]
        if row["kind"] == "age_lie_minor":
            assert ages[row["groomer"]] < 18, row["id"]
        assert row["note"], row["id"]


def test_minimum_counts_and_a_sizeable_held_out_split(
    rows: dict[str, list[dict[str, Any]]],
) -> None:
    everything = rows["dev"] + rows["test"]
    positives = [r for r in everything if r["kind"] != "ordinary"]
    ordinary = [r for r in everything if r["kind"] == "ordinary"]
    assert len(positives) >= 100
    assert len(ordinary) >= 200
    # Held out: the test part, and the blind part written later by an author who read
    # neither the development conversations nor the rules.
    for kind in KINDS:
        dev = sum(r["kind"] == kind for r in rows["dev"])
        held = sum(r["kind"] == kind for r in rows["test"] + rows["blind"])
        assert dev and held >= 15 and 0.15 <= held / (dev + held) <= 0.6, kind


def test_ids_are_unique_and_no_conversation_is_shared_between_splits(
    rows: dict[str, list[dict[str, Any]]],
) -> None:
    ids = [r["id"] for r in rows["dev"] + rows["test"]]
    assert len(ids) == len(set(ids))

    def texts(split: str) -> set[str]:
        return {" / ".join(m["text"] for m in r["messages"]) for r in rows[split]}

    assert texts("dev").isdisjoint(texts("test"))
