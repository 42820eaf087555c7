"""Train the message models from the development split only.

    python corpus/minors/train_model.py [--target grooming|child|adult]
        [--exclude-prefix deve-] [--out PATH] [--quantile Q] [--all-positives]

* `grooming` (`grooming_model.json`): positives are the groomer's messages in
  `grooming` conversations that carry risk: the groomer's first `--skip-first`
  messages (greetings, "slt ça va") are left out unless a grooming rule matches
  them, and so are messages also written in ordinary conversations.
  Negatives: every message of `ordinary` conversations.
* `child` (`child_model.json`): the declared adult's messages in `age_lie_adult`
  conversations (an adult account writing as a child) against the messages of
  declared adults in ordinary conversations.
* `adult` (`adult_model.json`): the declared minor's messages in `age_lie_minor`
  conversations against the messages of declared minors in ordinary conversations.

For `child` and `adult` the liar's first `--skip-first` messages are left out too,
unless a self-description rule matches them. The test and blind splits are never read.

`--with-moderation` (grooming only) adds the French texts of the moderation corpus's
development parts (`corpus/moderation/dev.jsonl` and `train/*.jsonl`, never its
test, fresh or blind parts): `child_safety` texts as positives, `allow` texts
written to or by minors as negatives.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from causette.moderation.minors.fold import fold
from causette.moderation.minors.model import DEFAULT_MODEL_PATH, train
from causette.moderation.minors.rules import (
    ADULT_SELF_RULES,
    CHILD_SELF_RULES,
    GROOMING_RULES,
    Rule,
    match,
)

HERE = Path(__file__).resolve().parent
MODERATION = HERE.parent / "moderation"
ADULT = 18
TARGETS: dict[str, tuple[str, tuple[Rule, ...], str]] = {
    # target: (positive conversation kind, rules that vouch for an early message, file)
    "grooming": ("grooming", GROOMING_RULES, DEFAULT_MODEL_PATH.name),
    "child": ("age_lie_adult", CHILD_SELF_RULES, "child_model.json"),
    "adult": ("age_lie_minor", ADULT_SELF_RULES, "adult_model.json"),
}


GIVEAWAYS_PATH = HERE / "giveaways.jsonl"
"""The liar's message(s) carrying the tell, by conversation (dev batches at–ay, labelled
from the authors' headers: docs/minors.md, "Trial: the giveaway message")."""


def load_giveaways(path: Path = GIVEAWAYS_PATH) -> dict[str, tuple[int, ...]]:
    """`{conversation id: indices of its giveaway messages}`."""
    found: dict[str, tuple[int, ...]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            entry = json.loads(line)
            found[str(entry["id"])] = tuple(int(i) for i in entry["giveaway"])
    return found


def examples(
    rows: list[dict[str, Any]],
    target: str,
    skip_first: int,
    band: bool = False,
    giveaways: Mapping[str, Sequence[int]] | None = None,
) -> tuple[list[str], list[str]]:
    """(positive texts, negative texts) for `target` (`band`, `giveaways`: see
    `example_refs`)."""
    positives, negatives = example_refs(rows, target, skip_first, band, giveaways)
    return [r["messages"][i]["text"] for r, i in positives], [
        r["messages"][i]["text"] for r, i in negatives
    ]


Ref = tuple[dict[str, Any], int]
"""A message as (its conversation, its index there)."""


def example_refs(
    rows: list[dict[str, Any]],
    target: str,
    skip_first: int,
    band: bool = False,
    giveaways: Mapping[str, Sequence[int]] | None = None,
) -> tuple[list[Ref], list[Ref]]:
    """(positive messages, negative messages) for `target`, as `examples` chooses them,
    each with its conversation (a windowed meaning model reads the writer's messages
    before it, round 11).

    `band` (`child` and `adult` only; twenty-sixth sitting's trial): the other band's
    messages in ordinary conversations are positives too (a declared minor's own talk for
    `child`, a declared adult's for `adult`), less those written word for word by the
    target's band: many authors' plain talk of each band, beside the few liars.

    `giveaways` (`child` and `adult` only; thirtieth sitting's trial): a liar's conversation
    labelled there gives only its labelled messages as positives, its other messages
    nothing (in a one-detail lie they are ordinary talk)."""
    kind, rules, _ = TARGETS[target]
    if target == "grooming":
        negatives = [
            (r, i) for r in rows if r["kind"] == "ordinary" for i in range(len(r["messages"]))
        ]
    else:
        want_adult = target == "child"  # child wording is a signal on declared adults
        negatives = [
            (r, i)
            for r in rows
            if r["kind"] == "ordinary"
            for i, m in enumerate(r["messages"])
            if (int(r["participants"][m["from"]]["age"]) >= ADULT) == want_adult
        ]
    ordinary = {fold(r["messages"][i]["text"]).leet for r, i in negatives}
    positives: list[Ref] = []
    if band and target != "grooming":
        positives = [
            (r, i)
            for r in rows
            if r["kind"] == "ordinary"
            for i, m in enumerate(r["messages"])
            if (int(r["participants"][m["from"]]["age"]) >= ADULT) != want_adult
            and fold(m["text"]).leet not in ordinary
        ]
    for r in rows:
        if r["kind"] != kind:
            continue
        if giveaways and target != "grooming" and r["id"] in giveaways:
            positives += [(r, i) for i in giveaways[r["id"]]]
            continue
        own = [i for i, m in enumerate(r["messages"]) if m["from"] == r["groomer"]]
        for n, i in enumerate(own):
            folded = fold(r["messages"][i]["text"])
            if folded.leet in ordinary:
                continue  # "slt ça va", "ok": written in ordinary conversations too
            if n < skip_first and not any(True for _ in match(folded, rules)):
                continue
            positives.append((r, i))
    return positives, negatives


def moderation_examples() -> tuple[list[str], list[str]]:
    """French child-safety texts (positives) and allowed texts involving a minor (negatives)
    from the development parts of the moderation corpus."""
    paths = [MODERATION / "dev.jsonl", *sorted((MODERATION / "train").glob("*.jsonl"))]
    rows = [json.loads(line) for p in paths for line in p.read_text("utf-8").splitlines() if line]
    rows = [r for r in rows if r.get("lang") == "fr"]
    positives = [r["text"] for r in rows if r.get("category") == "child_safety"]
    negatives = [
        r["text"]
        for r in rows
        if r.get("label") == "allow"
        and min(int(r.get("author_age") or 99), int(r.get("recipient_age") or 99)) < ADULT
    ]
    return positives, negatives


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", default="grooming", choices=sorted(TARGETS))
    parser.add_argument(
        "--exclude-prefix",
        action="append",
        default=[],
        help="leave out conversations whose id starts with this (held-out checks)",
    )
    parser.add_argument("--quantile", type=float, default=None)
    parser.add_argument("--skip-first", type=int, default=None)
    parser.add_argument("--out", default=None)
    parser.add_argument("--with-moderation", action="store_true")
    parser.add_argument(
        "--band-positives",
        action="store_true",
        help="child/adult: the other band's ordinary messages are positives too",
    )
    parser.add_argument(
        "--giveaways",
        action="store_true",
        help="child/adult: a labelled liar gives only its giveaway messages (giveaways.jsonl)",
    )
    args = parser.parse_args()
    quantile = args.quantile if args.quantile is not None else QUANTILE[args.target]
    skip = args.skip_first if args.skip_first is not None else SKIP_FIRST[args.target]
    out = args.out or str(DEFAULT_MODEL_PATH.with_name(TARGETS[args.target][2]))
    rows = [json.loads(line) for line in (HERE / "dev.jsonl").read_text("utf-8").splitlines()]
    rows = [r for r in rows if not any(r["id"].startswith(p) for p in args.exclude_prefix)]
    giveaways = load_giveaways() if args.giveaways else None
    positives, negatives = examples(rows, args.target, skip, args.band_positives, giveaways)
    if args.with_moderation and args.target == "grooming":
        more_pos, more_neg = moderation_examples()
        positives, negatives = positives + more_pos, negatives + more_neg
    model = train(positives, negatives, negative_quantile=quantile, version=f"nb-2-{args.target}")
    Path(out).write_text(
        json.dumps(model.to_json(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8"
    )
    print(
        f"{args.target}: {len(positives)} positive and {len(negatives)} negative messages, "
        f"{len(model.weights)} features, threshold {model.threshold} -> {out}"
    )


QUANTILE = {"grooming": 0.97, "child": 0.97, "adult": 0.96}
SKIP_FIRST = {"grooming": 2, "child": 1, "adult": 1}

if __name__ == "__main__":
    main()
