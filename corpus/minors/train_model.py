"""Train the grooming message model from the development split only.

    python corpus/minors/train_model.py [--exclude-prefix devc-] [--out PATH]

Positives: every message of the groomer in `grooming` conversations of
`corpus/minors/dev.jsonl`; negatives: every message of `ordinary`
conversations. The test split is never read. Writes
`src/causette/moderation/minors/grooming_model.json` unless `--out` is given.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from causette.moderation.minors.model import DEFAULT_MODEL_PATH, train

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--exclude-prefix",
        action="append",
        default=[],
        help="leave out conversations whose id starts with this (held-out checks)",
    )
    parser.add_argument("--quantile", type=float, default=0.97)
    parser.add_argument("--out", default=str(DEFAULT_MODEL_PATH))
    args = parser.parse_args()
    rows = [json.loads(line) for line in (HERE / "dev.jsonl").read_text("utf-8").splitlines()]
    rows = [r for r in rows if not any(r["id"].startswith(p) for p in args.exclude_prefix)]
    positives = [
        m["text"]
        for r in rows
        if r["kind"] == "grooming"
        for m in r["messages"]
        if m["from"] == r["groomer"]
    ]
    negatives = [m["text"] for r in rows if r["kind"] == "ordinary" for m in r["messages"]]
    model = train(positives, negatives, negative_quantile=args.quantile)
    Path(args.out).write_text(
        json.dumps(model.to_json(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8"
    )
    print(
        f"{len(positives)} positive and {len(negatives)} ordinary messages, "
        f"{len(model.weights)} features, threshold {model.threshold} -> {args.out}"
    )


if __name__ == "__main__":
    main()
