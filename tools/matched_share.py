"""Tier 1's catches on the old texts at matched harmless shares, for one training setting.

    python tools/matched_share.py [--corpus corpus/moderation/dev.jsonl corpus/moderation/train]
        [--only-recorded] [--hash-bits 18] [--steps 300] [--jobs 1] [--out-json F]

Trains tier 1's five out-of-fold models exactly as `train_moderation_model.py` does (folds
by author, the regression table spread at random; the development data only) and, for each
harmless share S (`--shares`, in %), reports the caught and severe-blocked shares of the
best of the trainer's threshold candidates (`candidates`, `ranked`) among those passing at
least S of the harmless texts **of the entries `--like-for-like` records** (the texts the
pair in use was trained on, the regression table included), on those same texts.

Two trainings compared at the same shares are compared at the same cost in harmless texts:
a training that only moves the boundary towards flagging more shows no gain here, one that
ranks the texts better does. `--only-recorded` trains on the recorded entries alone (the
pair in use's data); `--hash-bits` and `--steps` try another capacity than the shipped one.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt
from train_moderation_model import (
    DEFAULT_CASES,
    DEFAULT_CORPUS,
    PAIR_RECORD,
    STEPS,
    Grid,
    Tally,
    Thresholds,
    case_rows,
    load_items,
    out_of_fold,
    ranked,
    read_rows,
    recorded_corpus,
    source_mask,
    training_files,
)

from causette.moderation.model import HASH_BITS

SHARES = (97.0, 96.9, 96.5, 96.2, 96.0)
"""The thirty-seventh sitting's shares: around what tier 1 in use passes out of fold."""


def named(path: Path, entries: Sequence[str]) -> bool:
    """Whether `path` is one of `entries` (matched against its end, as `source_mask` does)."""
    posix = path.as_posix()
    return any(posix == e or posix.endswith("/" + e) for e in entries)


def at_shares(
    grid: Grid, mask: npt.NDArray[np.bool_], shares: Sequence[float]
) -> list[tuple[float, Thresholds, Tally, bool]]:
    """For each share (in %): the best candidate passing at least it of `mask`'s harmless
    texts, its tally on `mask`, and whether any candidate reached the share (when none does,
    `ranked` gives the one passing most, reported as not reached)."""
    out = []
    for share in shares:
        thresholds, tally = ranked(grid, share / 100.0, mask)[0]
        reached = tally.passed >= share / 100.0 * tally.benign
        out.append((share, thresholds, tally, reached))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, nargs="+", default=list(DEFAULT_CORPUS))
    parser.add_argument("--cases", type=Path, default=DEFAULT_CASES)
    parser.add_argument("--like-for-like", type=Path, default=PAIR_RECORD)
    parser.add_argument(
        "--only-recorded", action="store_true", help="train on the recorded entries alone"
    )
    parser.add_argument("--hash-bits", type=int, default=HASH_BITS)
    parser.add_argument("--steps", type=int, default=STEPS)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--shares", type=float, nargs="+", default=list(SHARES))
    parser.add_argument("--out-json", type=Path)
    args = parser.parse_args(argv)
    if not 1 <= args.hash_bits <= 30:
        parser.error("--hash-bits must be between 1 and 30 (the C scorer's range)")
    if args.steps < 1:
        parser.error("--steps must be at least 1")
    entries = recorded_corpus(args.like_for_like)
    if not entries:
        parser.error(f"{args.like_for_like} records no corpus to compare on")
    files = training_files(args.corpus)
    if args.only_recorded:
        files = [f for f in files if named(f, entries)]
    start = time.monotonic()
    rows, groups, sources = read_rows(files)
    table = case_rows(args.cases)
    items = load_items(rows + table, args.hash_bits)
    probs = out_of_fold(items, groups + [""] * len(table), args.jobs, args.steps, args.hash_bits)
    grid = Grid.of(items, probs)
    mask = source_mask(sources + [args.cases] * len(table), entries)
    results = at_shares(grid, mask, args.shares)
    minutes = (time.monotonic() - start) / 60
    print(
        f"{len(items)} texts from {len(files)} files (+ the table), 2^{args.hash_bits} "
        f"features, {args.steps} steps, {minutes:.1f} min; on the {int(mask.sum())} texts "
        f"of the {len(entries)} entries {args.like_for_like} records:"
    )
    print("| harmless passed at least | caught | severe blocked | passed | thresholds |")
    print("| --- | --- | --- | --- | --- |")
    for share, thresholds, tally, reached in results:
        caught, passed, severe, _ = tally.figures()
        note = "" if reached else " (not reached)"
        print(
            f"| {share:.1f} % | {caught:.2f} % | {severe:.2f} % | {passed:.2f} %{note} "
            f"| {thresholds} |"
        )
    if args.out_json:
        args.out_json.write_text(
            json.dumps(
                {
                    "files": [f.as_posix() for f in files],
                    "hash_bits": args.hash_bits,
                    "steps": args.steps,
                    "texts_compared": int(mask.sum()),
                    "shares": [
                        {
                            "share": share,
                            "reached": reached,
                            "thresholds": list(thresholds),
                            "figures": list(tally.figures()),
                            "counts": list(tally.row()),
                        }
                        for share, thresholds, tally, reached in results
                    ],
                },
                indent=1,
            )
            + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
