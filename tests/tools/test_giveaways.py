"""The giveaway-message trial (docs/minors.md, thirtieth sitting): a labelled liar gives only
its giveaway messages as the age-lie models' positives."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "train_model", ROOT / "corpus" / "minors" / "train_model.py"
)
assert _spec is not None and _spec.loader is not None
train_model = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(train_model)


def _conversation(cid: str, kind: str, ages: dict[str, int], lines: list[tuple[str, str]]) -> Any:
    return {
        "id": cid,
        "kind": kind,
        "groomer": "A" if kind != "ordinary" else None,
        "participants": {k: {"age": v} for k, v in ages.items()},
        "messages": [{"from": who, "text": text} for who, text in lines],
    }


LIAR = _conversation(
    "devzz-aa-001",
    "age_lie_adult",
    {"A": 19, "B": 25},
    [
        ("A", "salut tu vas où en vacances"),
        ("B", "en espagne et toi"),
        ("A", "on part en bretagne avec mes grands parents"),
        ("A", "et j'ai plus besoin de brassards à la piscine"),
        ("A", "la mer sera froide"),
    ],
)
ORDINARY = _conversation(
    "devzz-o-001",
    "ordinary",
    {"A": 30, "B": 28},
    [("A", "on se fait un ciné ce soir"), ("B", "carrément, lequel")],
)


def test_a_labelled_liar_gives_only_its_giveaway() -> None:
    rows = [LIAR, ORDINARY]
    plain, negatives = train_model.examples(rows, "child", 1)
    assert len(plain) == 3  # every line of the liar after the first
    labelled, same = train_model.examples(rows, "child", 1, giveaways={"devzz-aa-001": (3,)})
    assert labelled == ["et j'ai plus besoin de brassards à la piscine"]
    assert same == negatives  # negatives do not move


def test_unlabelled_liars_and_grooming_are_as_before() -> None:
    rows = [LIAR, ORDINARY]
    other = {"devzz-aa-999": (0,)}
    assert train_model.examples(rows, "child", 1, giveaways=other) == train_model.examples(
        rows, "child", 1
    )
    groomer = {**LIAR, "kind": "grooming", "id": "devzz-g-001"}
    label = {"devzz-g-001": (3,)}
    assert train_model.examples([groomer, ORDINARY], "grooming", 2, giveaways=label) == (
        train_model.examples([groomer, ORDINARY], "grooming", 2)
    )


def test_load_giveaways_reads_ids_and_indices(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text(
        '{"id": "devat-aa-001", "giveaway": [3]}\n\n{"id": "devat-am-002", "giveaway": [1, 4], '
        '"unsure": true}\n',
        encoding="utf-8",
    )
    assert train_model.load_giveaways(path) == {"devat-aa-001": (3,), "devat-am-002": (1, 4)}


def test_every_label_is_a_liars_message_of_a_dev_one_detail_conversation() -> None:
    """The labels of `corpus/minors/giveaways.jsonl` (dev batches at–ay, every liar once)
    point at the liar's own messages."""
    import json

    rows = {
        r["id"]: r
        for r in (
            json.loads(line)
            for line in (ROOT / "corpus" / "minors" / "dev.jsonl").read_text("utf-8").splitlines()
            if line
        )
    }
    labels = train_model.load_giveaways()
    batches = tuple(f"dev{g}-" for g in ("at", "au", "av", "aw", "ax", "ay"))
    liars = {
        cid
        for cid, r in rows.items()
        if r["kind"].startswith("age_lie") and cid.startswith(batches)
    }
    assert set(labels) == liars
    for cid, indices in labels.items():
        messages = rows[cid]["messages"]
        assert 1 <= len(indices) <= 2
        assert all(messages[i]["from"] == rows[cid]["groomer"] for i in indices), cid
