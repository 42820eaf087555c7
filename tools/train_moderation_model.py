"""Train the tier 1 moderation model on the DEVELOPMENT part of the corpus only.

    python tools/train_moderation_model.py [--corpus corpus/moderation/dev.jsonl
        corpus/moderation/train] [--out src/causette/moderation/data/model.json]

Multinomial logistic regression over hashed word / word-pair / character
3-gram features (`causette.moderation.model.features`), trained by AdaGrad with
L2, a pinned seed and a fixed number of epochs: the same corpus gives the same
file, byte for byte. The review threshold is chosen on out-of-fold predictions
(5-fold cross-validation on the development part): the lowest threshold at
which the model alone flags at most 1 % of the harmless texts.

It reads the development part and the `train/` folder (more development data, one
file per author) and refuses the held-out parts (`test`, `fresh`, `blind`).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import sys
from collections.abc import Sequence
from pathlib import Path

from causette.domain.profile import band_for_age
from causette.domain.rooms import RoomKind
from causette.moderation.engine import context_tokens, prepare
from causette.moderation.lexicons import load_lexicon
from causette.moderation.model import LinearModel, features
from causette.moderation.verdict import CATEGORIES, Context, TextKind

SEED = 20261129
EPOCHS = 15
LEARNING_RATE = 0.1
L2 = 1e-3
PRUNE = 2e-3  # features whose weights all stay below this are dropped from the file
FOLDS = 5
MAX_BENIGN_FLAG_RATE = 0.01
CLASSES = ("none", *CATEGORIES)

Example = tuple[list[int], int]


def _context(row: dict[str, object]) -> Context:
    def band(key: str) -> object:
        age = row.get(key)
        return band_for_age(age) if isinstance(age, int) else None

    room = row.get("room_kind")
    return Context(
        kind=TextKind(str(row["kind"])),
        room_kind=RoomKind(str(room)) if room else None,
        sender_band=band("author_age"),  # type: ignore[arg-type]
        recipient_band=band("recipient_age"),  # type: ignore[arg-type]
    )


def load_examples(path: Path) -> tuple[list[Example], list[dict[str, object]]]:
    """Feature vectors and class indexes; allowed texts of adult rooms are left out.

    In an adult room a sexual text is allowed: the model learns what a text is
    about, the policy applies the room, so those texts would teach it a wrong
    association.
    """
    lexicon = load_lexicon()
    examples: list[Example] = []
    rows: list[dict[str, object]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if row["label"] == "allow" and row.get("room_kind") == "adult":
            continue
        ctx = _context(row)
        norm = prepare(str(row["text"]), ctx, lexicon)
        target = "none" if row["label"] == "allow" else str(row["category"])
        examples.append((features(norm.text, context_tokens(ctx)), CLASSES.index(target)))
        rows.append(row)
    return examples, rows


def train(examples: Sequence[Example], seed: int = SEED) -> LinearModel:
    """AdaGrad on the softmax loss; deterministic for a given seed and order."""
    n = len(CLASSES)
    weights: dict[int, list[float]] = {}
    grad_sq: dict[int, list[float]] = {}
    bias = [0.0] * n
    bias_sq = [1e-8] * n
    order = list(range(len(examples)))
    rng = random.Random(seed)
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for index in order:
            feats, target = examples[index]
            logits = list(bias)
            for f in feats:
                row = weights.get(f)
                if row is not None:
                    for i in range(n):
                        logits[i] += row[i]
            top = max(logits)
            exps = [math.exp(v - top) for v in logits]
            total = sum(exps)
            grad = [e / total - (1.0 if i == target else 0.0) for i, e in enumerate(exps)]
            for i in range(n):
                bias_sq[i] += grad[i] ** 2
                bias[i] -= LEARNING_RATE * grad[i] / math.sqrt(bias_sq[i])
            for f in feats:
                row = weights.setdefault(f, [0.0] * n)
                sq = grad_sq.setdefault(f, [1e-8] * n)
                for i in range(n):
                    g = grad[i] + L2 * row[i]
                    sq[i] += g * g
                    row[i] -= LEARNING_RATE * g / math.sqrt(sq[i])
    return LinearModel(
        version="",
        classes=CLASSES,
        bias=tuple(bias),
        weights={k: tuple(v) for k, v in sorted(weights.items()) if max(map(abs, v)) >= PRUNE},
    )


def choose_threshold(examples: Sequence[Example]) -> tuple[float, float, float]:
    """Lowest threshold at which out-of-fold model flags stay under the benign budget.

    Returns (threshold, share of harmless texts flagged, share of harmful texts
    flagged), both shares measured out of fold.
    """
    harmless_top: list[float] = []
    harmful_top: list[float] = []
    for fold in range(FOLDS):
        train_part = [e for i, e in enumerate(examples) if i % FOLDS != fold]
        held = [e for i, e in enumerate(examples) if i % FOLDS == fold]
        model = train(train_part)
        for feats, target in held:
            probs = model.predict(feats)
            top = max(p for c, p in probs.items() if c != "none")
            (harmless_top if target == 0 else harmful_top).append(top)
    harmless_top.sort(reverse=True)
    allowed = int(MAX_BENIGN_FLAG_RATE * len(harmless_top))
    threshold = harmless_top[allowed] + 1e-3 if harmless_top else 0.5
    threshold = round(min(max(threshold, 0.3), 0.95), 3)

    def share(values: list[float]) -> float:
        return sum(v >= threshold for v in values) / max(len(values), 1)

    return threshold, share(harmless_top), share(harmful_top)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("corpus/moderation/dev.jsonl"))
    parser.add_argument("--out", type=Path, default=Path("src/causette/moderation/data/model.json"))
    args = parser.parse_args(argv)
    if "test" in args.corpus.name:
        print("refusing to train on the held-out test part", file=sys.stderr)
        return 2
    examples, _ = load_examples(args.corpus)
    threshold, benign_flagged, harmful_flagged = choose_threshold(examples)
    model = train(examples)
    digest = hashlib.sha256(args.corpus.read_bytes()).hexdigest()[:12]
    model = LinearModel(
        version=f"lr-hash18-{digest}",
        classes=model.classes,
        bias=model.bias,
        weights=model.weights,
        review_threshold=threshold,
        severe_block_threshold=0.95,
    )
    args.out.write_text(
        json.dumps(model.to_json(), separators=(",", ":"), sort_keys=True) + "\n",
        encoding="utf-8",
    )
    print(
        f"{len(examples)} examples, {len(model.weights)} features, "
        f"review threshold {threshold}, version {model.version} -> {args.out}\n"
        f"out of fold at that threshold, the model alone flags {100 * harmful_flagged:.1f} % "
        f"of harmful and {100 * benign_flagged:.1f} % of harmless development texts"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
