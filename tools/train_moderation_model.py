"""Train the tier 1 moderation model on the DEVELOPMENT data only.

    python tools/train_moderation_model.py [--corpus corpus/moderation/dev.jsonl
        corpus/moderation/train] [--out src/causette/moderation/data/model.json]
        [--floor-from src/causette/moderation/data/model.json | --floor-share 0.9713] [--jobs 2]

A *stacked* multinomial logistic regression: its features are the hashed words,
word pairs and character 3-grams of the normalised text (`model.features`) plus
the context and the names of the lexicon groups that matched and of the rules
that fired (`model.rule_tokens`), so it learns how far each rule can be trusted
in which wording. Trained by full-batch AdaGrad with L2 (numpy), a fixed number of
steps, no randomness but the pinned fold assignment: the same corpus gives the
same file.

The three decision thresholds are chosen on 5-fold out-of-fold predictions over
the whole development data (folds by author: each corpus file, one author, falls in
one fold), by running the engine's own policy
(`policy.decide`, `engine.overruled`) on every text for each candidate:
- `veto_threshold`: below this probability of harm the rules' requests for review
  are set aside (never a rule protecting minors);
- `block_veto_threshold` (at most the former): below this one, their blocks too;
- `review_threshold`: when no rule fired, the model alone asks for review from
  this probability of its best category;
- `severe_block_threshold`: ... and blocks a severe category from this one.
The chosen quadruple catches the most harmful texts (then blocks the most severe
ones) among those that pass at least `--min-benign` (98 %, the issue's target) of the
harmless ones out of fold, or, when none does (the train/ authors wrote hard negatives
on purpose), at least the share the thresholds of the model in use (`--floor-from`)
pass on the same predictions; among them, the first with which the final model passes
every line of the regression table. `--floor-share S` instead keeps the candidates that
pass at least S of the harmless texts of the entries `--like-for-like` records, ranked by
their catches there: a retrained model then sits at the pair in use's operating point on
the pair's own texts. `tools/cv_moderation.py --thresholds cv` measures
this choice author by author.

It reads the development part and the `train/` folder (more development data,
one file per author) and refuses the held-out parts (`test`, `fresh`, `blind`, `blind2`).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
from corpus_stats import HELD_OUT, corpus_files, row_context

from causette.moderation.engine import NAME_KINDS, context_tokens, overruled, prepare
from causette.moderation.lexicons import load_lexicon
from causette.moderation.model import HASH_BITS, LinearModel, features, rule_tokens
from causette.moderation.policy import _model_may_flag, decide
from causette.moderation.rules import Finding, evaluate
from causette.moderation.verdict import CATEGORIES, SEVERE_CATEGORIES, Action, Context, Verdict

SEED = 20261203
STEPS = 300
LEARNING_RATE = 0.5
L2 = 1e-4
PRUNE = 2e-3  # features whose weights all stay below this are dropped from the file
FOLDS = 5
CLASSES = ("none", *CATEGORIES)
CHAR_SIZES = (3, 4)
DEFAULT_CORPUS = (Path("corpus/moderation/dev.jsonl"), Path("corpus/moderation/train"))
DEFAULT_CASES = Path("tests/moderation/engine_cases.txt")
"""The engine's regression table: development cases too (written for the unit tests)."""
# The table's context codes as corpus fields: kind, room kind, sender and recipient ages.
CASE_CONTEXTS: dict[str, tuple[str, str | None, int, int | None]] = {
    "gen": ("message", "general", 30, None),
    "adult": ("message", "adult", 30, None),
    "teen": ("message", "teen", 16, None),
    "pm": ("private_message", None, 30, 30),
    "pm-a2m": ("private_message", None, 30, 16),
    "pm-m2m": ("private_message", None, 16, 16),
    "pseudo": ("pseudonym", None, 30, None),
    "room": ("room_name", "general", 30, None),
    "aroom": ("room_name", "adult", 30, None),
    "teenroom": ("room_name", "teen", 16, None),
    "topic": ("room_topic", "general", 30, None),
}
VETO_GRID = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)
BLOCK_VETO_GRID = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7)
REVIEW_GRID = (0.6, 0.7, 0.8, 0.85, 0.9, 0.95)
# On folds by author no candidate reaches 98 % harmless passed (the train/ authors wrote
# hard negatives on purpose): the floor is then the harmless share the thresholds in use
# pass on the same predictions (`--floor-from`), and a candidate is kept only when the
# final model passes the whole regression table with it (a high veto once set aside so
# many rules that nine of its lines failed).
CASE_WEIGHT = 5.0
"""The regression table is the engine's specification: each of its lines weighs as
much as five corpus texts in training (the corpus holds 13,000 texts, the table 600)."""
SEVERE_GRID = (0.2, 0.5, 0.7, 0.9)
"""0.2: below the review grid, so a severe category the model flags is blocked."""
Thresholds = tuple[float, float, float, float]  # veto, block veto, review, severe block

Matrix = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class Item:
    """One development text, ready for training and for the policy."""

    row: dict[str, object]
    ctx: Context
    findings: tuple[Finding, ...]
    feats: list[int]
    target: int
    trains: bool  # harmless texts of adult rooms are judged but not learned from
    weight: float = 1.0  # CASE_WEIGHT for the regression table's lines


def training_files(paths: Iterable[Path]) -> list[Path]:
    """The JSON-lines files under `paths`; a held-out part is refused."""
    files = corpus_files(paths)
    for f in files:
        if f.stem in HELD_OUT or f.parent.name in HELD_OUT:
            raise SystemExit(f"refusing to train on the held-out part {f}")
    return files


def case_rows(path: Path) -> list[dict[str, object]]:
    """The regression table's lines (`b drugs gen | text`) as corpus rows; an `r` line
    (review or block) is learned as its category, like any harmful text."""
    rows: list[dict[str, object]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        head, text = line.split(" | ", 1)
        expected, category, code = head.split()
        kind, room, age, recipient = CASE_CONTEXTS[code]
        label = {"a": "allow", "r": "review", "b": "block"}[expected]
        rows.append(
            {
                "text": text,
                "kind": kind,
                "room_kind": room,
                "author_age": age,
                "recipient_age": recipient,
                "label": label,
                "category": None if label == "allow" else category,
                "table": True,
            }
        )
    return rows


PAIR_RECORD = Path("src/causette/moderation/data/tier2.json")
"""The file that records what the pair in use (tier 1 and tier 2, trained together) was
trained on: tier 2's `training.corpus` (tier 1's file records no corpus)."""


def recorded_corpus(path: Path) -> list[str]:
    """The corpus entries a tier 2 file records it was trained on, as written there
    (`moderation/dev.jsonl`, `train/a.jsonl`, ..., the regression table's path); none when
    the file is missing or records none."""
    if not path.is_file():
        return []
    training = json.loads(path.read_text(encoding="utf-8")).get("training", {})
    return [str(e) for e in training.get("corpus", [])]


def source_mask(sources: Sequence[Path], entries: Sequence[str]) -> npt.NDArray[np.bool_]:
    """Which rows come from one of `entries` (each matched against the end of a row's
    source path, as `recorded_corpus` writes them). An entry no source matches is an error:
    a like-for-like comparison on fewer files than named would not be one."""
    posix = [s.as_posix() for s in sources]
    named = set(entries)
    matched: set[str] = set()
    mask = np.zeros(len(sources), dtype=bool)
    for i, path in enumerate(posix):
        for entry in named:
            if path == entry or path.endswith("/" + entry):
                mask[i] = True
                matched.add(entry)
                break
    if missing := sorted(named - matched):
        raise SystemExit(f"like for like: no text comes from {', '.join(missing)}")
    return mask


def row_sources(files: Sequence[Path], cases: Path) -> list[Path]:
    """The source file of each row of `json_rows(files) + case_rows(cases)`, in order (for
    a caller that has only the rows; `main` keeps them as it reads)."""
    return read_rows(files)[2] + [cases] * len(case_rows(cases))


def read_rows(files: Sequence[Path]) -> tuple[list[dict[str, object]], list[str], list[Path]]:
    """The rows of `files` in order, with each row's author (its file's name, for `folds`)
    and its file (for `source_mask`)."""
    rows: list[dict[str, object]] = []
    groups: list[str] = []
    sources: list[Path] = []
    for path in files:
        new = json_rows([path])
        rows += new
        groups += [path.stem] * len(new)
        sources += [path] * len(new)
    return rows, groups, sources


def json_rows(files: Sequence[Path]) -> list[dict[str, object]]:
    return [
        json.loads(line)
        for path in files
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def load_items(rows: Sequence[dict[str, object]], bits: int = HASH_BITS) -> list[Item]:
    """Every row, normalised and scanned as the engine does (`bits`: the feature hash's
    width; the shipped model's unless a tool tries another).

    In an adult room a sexual text is allowed: the model learns what a text is
    about, the policy applies the room, so those texts are judged, not learned.
    """
    lexicon = load_lexicon()
    items: list[Item] = []
    for row in rows:
        ctx = row_context(row)
        norm = prepare(str(row["text"]), ctx, lexicon)
        hits = lexicon.scan(norm)
        findings = tuple(evaluate(hits, norm, ctx))
        tokens = context_tokens(ctx) + rule_tokens(
            lexicon.model_groups(hits), (f.rule for f in findings)
        )
        target = "none" if row["label"] == "allow" else str(row["category"])
        trains = not (row["label"] == "allow" and row.get("room_kind") == "adult")
        items.append(
            Item(
                row,
                ctx,
                findings,
                features(norm.text, tokens, CHAR_SIZES, bits),
                CLASSES.index(target),
                trains,
                CASE_WEIGHT if row.get("table") else 1.0,
            )
        )
    return items


def train(items: Sequence[Item], steps: int = STEPS, bits: int = HASH_BITS) -> LinearModel:
    """Full-batch AdaGrad on the softmax loss over the sparse hashed features (`steps`, and
    `bits` the hash width the items' features were made with: the shipped settings unless a
    tool tries others)."""
    vocab: dict[int, int] = {}
    cols = [np.array([vocab.setdefault(f, len(vocab)) for f in it.feats]) for it in items]
    n, k, d = len(items), len(CLASSES), len(vocab)
    index = np.concatenate(cols).astype(np.int64)
    lengths = np.array([len(c) for c in cols])
    rows = np.repeat(np.arange(n), lengths)
    # Each text's features are one contiguous run of `index` (every text has at least
    # its context tokens): its logits are one `reduceat` segment, and the gradient of a
    # feature is a `bincount` per class. Weights are stored class by class (k x d), so
    # each gather reads one contiguous row (np.add.at did the same sums, ten times slower).
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    onehot = np.zeros((k, n))
    onehot[[it.target for it in items], np.arange(n)] = 1.0
    weight = np.array([it.weight for it in items])[None, :] / sum(it.weight for it in items)
    w = np.zeros((k, d))
    b = np.zeros(k)
    w_sq = np.full((k, d), 1e-8)
    b_sq = np.full(k, 1e-8)
    for _ in range(steps):
        # The gathers (the bulk of the time) in single precision, the sums in double.
        logits = np.add.reduceat(w.astype(np.float32)[:, index], starts, axis=1, dtype=np.float64)
        logits += b[:, None]
        logits -= logits.max(axis=0, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=0, keepdims=True)
        g = (p - onehot) * weight
        g32 = g.astype(np.float32)
        gw = np.stack([np.bincount(index, g32[c][rows], minlength=d) for c in range(k)])
        gw += L2 * w
        gb = g.sum(axis=1)
        w_sq += gw * gw
        b_sq += gb * gb
        w -= LEARNING_RATE * gw / np.sqrt(w_sq)
        b -= LEARNING_RATE * gb / np.sqrt(b_sq)
    w = w.T
    keep = {
        feature: tuple(float(v) for v in w[col])
        for feature, col in sorted(vocab.items())
        if float(np.abs(w[col]).max()) >= PRUNE
    }
    bias = tuple(float(v) for v in b)
    return LinearModel("", CLASSES, bias, keep, stacked=True, char_sizes=CHAR_SIZES, hash_bits=bits)


def folds(groups: Sequence[str], seed: int | None = None) -> npt.NDArray[np.int64]:
    """Each text's fold: its author's (authors in name order, or shuffled by `seed` when
    one is given, dealt round the folds), or at random (pinned seed) for a text of no
    author (""). Another `seed` is another draw of the same folds by author, to measure
    how much a figure out of fold owes to the draw (fortieth sitting)."""
    order = np.random.default_rng(SEED).permutation(len(groups))
    fold = np.empty(len(groups), dtype=np.int64)
    fold[order] = np.arange(len(groups)) % FOLDS
    authors = sorted(set(groups) - {""})
    if seed is not None:
        authors = [authors[i] for i in np.random.default_rng(seed).permutation(len(authors))]
    author_fold = {a: i % FOLDS for i, a in enumerate(authors)}
    for i, g in enumerate(groups):
        if g:
            fold[i] = author_fold[g]
    return fold


def out_of_fold(
    items: Sequence[Item],
    groups: Sequence[str] | None = None,
    jobs: int = 1,
    steps: int = STEPS,
    bits: int = HASH_BITS,
    fold_seed: int | None = None,
) -> list[dict[str, float]]:
    """Each text's probabilities from the model trained on the other folds (`folds`,
    drawn with `fold_seed`).

    `groups` names each text's author (its corpus file): all the texts of one author
    fall in the same fold, so the thresholds are chosen on wording the model has not
    seen from that author, as in use (random folds put an author's near-twins on both
    sides and made the model look surer than it is on a newcomer). Texts of the group
    "" (the regression table) are spread over the folds at random.
    """
    fold = folds(groups or [""] * len(items), fold_seed)
    global _FOLD_ITEMS, _FOLD_OF, _FOLD_SETTINGS
    _FOLD_ITEMS, _FOLD_OF, _FOLD_SETTINGS = list(items), fold, (steps, bits)
    if jobs > 1:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            parts = pool.map(_fold_probs, range(FOLDS), chunksize=1)
    else:
        parts = [_fold_probs(f) for f in range(FOLDS)]
    probs: list[dict[str, float]] = [{} for _ in items]
    for f, part in enumerate(parts):
        for i, p in zip(np.flatnonzero(fold == f), part, strict=True):
            probs[i] = p
    return probs


_FOLD_ITEMS: list[Item] = []  # set before the fold workers fork
_FOLD_OF: npt.NDArray[np.int64] = np.zeros(0, dtype=np.int64)
_FOLD_SETTINGS = (STEPS, HASH_BITS)  # steps, hash bits


def _fold_probs(f: int) -> list[dict[str, float]]:
    """The probabilities of fold `f`'s texts from the model trained on the other folds."""
    chosen = [it for i, it in enumerate(_FOLD_ITEMS) if _FOLD_OF[i] != f and it.trains]
    model = train(chosen, *_FOLD_SETTINGS)
    return [model.predict(it.feats) for i, it in enumerate(_FOLD_ITEMS) if _FOLD_OF[i] == f]


def policy_verdict(it: Item, p: dict[str, float], thresholds: Thresholds) -> Verdict:
    """The engine's verdict on `it` given the model's probabilities `p` (`check_fast`)."""
    veto, block_veto, review, severe = thresholds
    findings = list(it.findings)
    if findings and veto > 0.0:
        name = it.ctx.kind in NAME_KINDS
        findings = overruled(findings, 1.0 - p["none"], veto, block_veto, name=name)
    scores = {c: v for c, v in p.items() if c != "none"}
    return decide(
        findings, scores, it.ctx, "", review_threshold=review, severe_block_threshold=severe
    )


@dataclass(frozen=True, slots=True)
class Tally:
    """Counts behind the four figures of `make eval`."""

    harmful: int = 0
    caught: int = 0
    benign: int = 0
    passed: int = 0
    severe: int = 0
    severe_blocked: int = 0
    category_right: int = 0

    def add(self, other: Tally) -> Tally:
        return Tally(*(a + b for a, b in zip(self.row(), other.row(), strict=True)))

    def row(self) -> tuple[int, ...]:
        return (
            self.harmful,
            self.caught,
            self.benign,
            self.passed,
            self.severe,
            self.severe_blocked,
            self.category_right,
        )

    def figures(self) -> tuple[float | None, ...]:
        def pct(a: int, b: int) -> float | None:
            return 100.0 * a / b if b else None

        return (
            pct(self.caught, self.harmful),
            pct(self.passed, self.benign),
            pct(self.severe_blocked, self.severe),
            pct(self.category_right, self.caught),
        )


@dataclass(frozen=True, slots=True)
class Grid:
    """What the verdict of each text depends on, as arrays, so that a threshold
    quadruple is judged on all texts at once (`choose` tries hundreds): the same
    arithmetic as `overruled` and `policy.decide` (checked against `verdict_of`)."""

    harm: npt.NDArray[np.float64]
    top: npt.NDArray[np.float64]  # the model's best category's probability
    flags: dict[str, npt.NDArray[np.bool_]]

    @classmethod
    def of(cls, items: Sequence[Item], probs: Sequence[dict[str, float]]) -> Grid:
        names = ("SB", "NB", "SR", "NR", "SBc", "NBc", "SRc", "NRc", "may", "sev", "mc")
        names += ("harmful", "severe")
        flags = {n: np.zeros(len(items), dtype=bool) for n in names}
        harm = np.zeros(len(items))
        top = np.zeros(len(items))
        for i, (it, p) in enumerate(zip(items, probs, strict=True)):
            harm[i] = 1.0 - p["none"]
            category, top[i] = max(((c, v) for c, v in p.items() if c != "none"), key=_second)
            expected = it.row["category"]
            name = it.ctx.kind in NAME_KINDS
            for f in it.findings:
                blocks = f.action is Action.BLOCK or f.category in SEVERE_CATEGORIES
                standing = overruled([f], 0.0, 1.0, 1.0, name=name) != []
                key = ("S" if standing else "N") + ("B" if blocks else "R")
                flags[key][i] = True
                if f.category == expected:
                    flags[key + "c"][i] = True
            flags["may"][i] = _model_may_flag(category, it.ctx)
            flags["sev"][i] = category in SEVERE_CATEGORIES
            flags["mc"][i] = category == expected
            flags["harmful"][i] = it.row["label"] != "allow"
            flags["severe"][i] = expected in SEVERE_CATEGORIES
        return cls(harm, top, flags)

    def tally(self, thresholds: Thresholds, mask: npt.NDArray[np.bool_] | None = None) -> Tally:
        veto, block_veto, review, severe = thresholds
        f = self.flags
        if veto <= 0.0:  # the engine consults the model's veto only above 0
            veto = block_veto = -1.0
        strong, weak = self.harm >= block_veto, self.harm >= veto
        block = f["SB"] | (f["NB"] & strong)
        rev = ~block & (f["SR"] | (f["NR"] & weak))
        model = ~block & ~rev & (self.top >= review) & f["may"]
        model_block = model & f["sev"] & (self.top >= severe)
        blocked = block | model_block
        caught = blocked | rev | model
        right = (
            (block & (f["SBc"] | (f["NBc"] & strong)))
            | (rev & (f["SRc"] | (f["NRc"] & weak)))
            | (model & f["mc"])
        )
        keep = np.ones_like(caught) if mask is None else mask
        harmful, sev = f["harmful"] & keep, f["severe"] & keep
        benign = ~f["harmful"] & keep
        return Tally(
            harmful=int(harmful.sum()),
            caught=int((caught & harmful).sum()),
            benign=int(benign.sum()),
            passed=int((~caught & benign).sum()),
            severe=int(sev.sum()),
            severe_blocked=int((blocked & sev).sum()),
            category_right=int((right & caught & harmful).sum()),
        )


def _second(kv: tuple[str, float]) -> float:
    return kv[1]


def candidates() -> list[Thresholds]:
    """Every threshold quadruple `choose` tries."""
    return [
        (veto, block_veto, review, severe)
        for veto in VETO_GRID
        for block_veto in BLOCK_VETO_GRID
        if block_veto <= veto
        for review in REVIEW_GRID
        for severe in SEVERE_GRID
    ]


def choose(items: Sequence[Item], probs: Sequence[dict[str, float]],
           min_benign: float) -> tuple[Thresholds, Tally]:  # fmt: skip
    """The thresholds that catch most (then block most severe) within the benign budget,
    else the ones passing most harmless texts."""
    return ranked(Grid.of(items, probs), min_benign)[0]


Mask = npt.NDArray[np.bool_] | None


def ranked(grid: Grid, min_benign: float, mask: Mask = None) -> list[tuple[Thresholds, Tally]]:
    """The candidates passing at least `min_benign` of the harmless texts (of `mask`),
    those that catch most (then block most severe) first; when none does, the one
    passing most."""
    judged = [(key, grid.tally(key, mask)) for key in candidates()]
    kept = [kt for kt in judged if kt[1].passed >= min_benign * kt[1].benign]
    kept.sort(key=lambda kt: (-kt[1].caught, -kt[1].severe_blocked))
    return kept or [max(judged, key=lambda kt: kt[1].passed)]


def benign_floor(grid: Grid, min_benign: float, reference: Thresholds | None,
                 mask: npt.NDArray[np.bool_] | None = None) -> float:  # fmt: skip
    """`min_benign`, or the share of harmless texts the `reference` thresholds (those in
    use) pass on the same predictions when that is lower: new thresholds may catch more,
    never at the price of more false positives than today's."""
    if reference is None:
        return min_benign
    t = grid.tally(reference, mask)
    return min(min_benign, t.passed / max(t.benign, 1))


def ranked_for_floor(
    grid: Grid,
    min_benign: float,
    reference: Thresholds | None,
    floor_share: float | None = None,
    like_for_like: Mask = None,
) -> list[tuple[Thresholds, Tally]]:
    """The trainer's candidates, best first. By default within `benign_floor` on every text;
    with `floor_share` (thirty-ninth sitting), within that share of the harmless texts of
    `like_for_like` and ranked by their catches there: the new thresholds then sit at the
    pair in use's operating point on its own texts instead of wherever the shipped
    thresholds land on the new predictions."""
    if floor_share is None:
        return ranked(grid, benign_floor(grid, min_benign, reference))
    if like_for_like is None:
        raise SystemExit("--floor-share needs the texts of --like-for-like")
    return ranked(grid, floor_share, like_for_like)


def table_failures(model: LinearModel, items: Sequence[Item], thresholds: Thresholds) -> int:
    """How many lines of the regression table (`weight == CASE_WEIGHT`) the engine would
    fail with this model and thresholds (as `tests/moderation/test_engine.py` checks)."""
    table = [it for it in items if it.row.get("table")]
    failures = 0
    judged = zip(table, [model.predict(it.feats) for it in table], strict=True)
    for it, p in judged:
        verdict = policy_verdict(it, p, thresholds)
        if it.row["label"] == "allow":
            failures += verdict.action is not Action.ALLOW
            continue
        failures += (
            verdict.action is Action.ALLOW
            or (it.row["label"] == "block" and verdict.action is not Action.BLOCK)
            or it.row["category"] not in verdict.categories
        )
    return failures


def _settings() -> bytes:
    """The training settings, hashed into the version with the data: another setting
    on the same data is another model."""
    grids = (VETO_GRID, BLOCK_VETO_GRID, REVIEW_GRID, SEVERE_GRID)
    settings = (
        SEED,
        STEPS,
        LEARNING_RATE,
        L2,
        PRUNE,
        FOLDS,
        "by author",
        CHAR_SIZES,
        CASE_WEIGHT,
        grids,
    )
    return repr(settings).encode()


_ENGINE = Path(__file__).resolve().parents[1] / "src" / "causette" / "moderation"
_FEATURE_CODE = ("normalize", "morphology", "lexicons", "rules", "model", "engine", "policy")
"""The modules whose code turns a text into the stacked model's features and a verdict."""


def engine_bytes(root: Path = _ENGINE) -> bytes:
    """The lexicons and the code the model's features come from: the rule hits are features
    of the stacked model, so new lexicon data on the same texts is another model."""
    lexicons = sorted((root / "data" / "lexicons").glob("*.toml"))
    sources = [root / f"{name}.py" for name in _FEATURE_CODE]
    return b"".join(path.name.encode() + path.read_bytes() for path in [*lexicons, *sources])


def model_version(
    files: Sequence[Path], thresholds: tuple[float, float, float, float], root: Path = _ENGINE
) -> str:
    """The version of a model trained on `files` (the corpus and the regression table) with
    this script's settings and the engine's lexicons and feature code at `root`, deciding
    with `thresholds` (veto, block veto, review, severe block). The thresholds are chosen by
    options (`--floor-share`, `--fold-seed`…) and are part of the model: the fortieth
    sitting trained two models on the same texts that differed only by them, under one
    version."""
    data = b"".join(f.read_bytes() for f in files)
    chosen = repr(tuple(float(t) for t in thresholds)).encode()
    digest = hashlib.sha256(data + _settings() + engine_bytes(root) + chosen).hexdigest()[:12]
    return f"lr-stack-hash18-{digest}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, nargs="+", default=list(DEFAULT_CORPUS))
    parser.add_argument("--out", type=Path, default=Path("src/causette/moderation/data/model.json"))
    parser.add_argument("--cases", type=Path, default=DEFAULT_CASES)
    parser.add_argument("--min-benign", type=float, default=0.98)
    parser.add_argument(
        "--floor-from",
        type=Path,
        default=Path("src/causette/moderation/data/model.json"),
        help="the model in use: new thresholds pass at least the harmless share its do",
    )
    parser.add_argument(
        "--floor-share",
        type=float,
        default=None,
        help="instead of --floor-from: thresholds passing at least this share (0-1) of the "
        "harmless texts of the --like-for-like entries, ranked by their catches there",
    )
    parser.add_argument("--jobs", type=int, default=1, help="folds trained in parallel")
    parser.add_argument(
        "--fold-seed",
        type=int,
        default=None,
        help="deal the authors round the folds in this seed's shuffled order instead of "
        "name order (another draw of the folds)",
    )
    parser.add_argument(
        "--like-for-like",
        type=Path,
        default=PAIR_RECORD,
        help="also print the out-of-fold figures on the texts this tier 2 file records the "
        "pair in use was trained on",
    )
    args = parser.parse_args(argv)
    previous_corpus = recorded_corpus(args.like_for_like)
    files = training_files(args.corpus)
    rows, groups, sources = read_rows(files)
    table = case_rows(args.cases)
    items = load_items(rows + table)
    files.append(args.cases)
    probs = out_of_fold(items, groups + [""] * len(table), args.jobs, fold_seed=args.fold_seed)
    reference = None
    if args.floor_from.is_file():
        old = LinearModel.from_json(json.loads(args.floor_from.read_text(encoding="utf-8")))
        reference = (
            old.veto_threshold,
            old.block_veto_threshold,
            old.review_threshold,
            old.severe_block_threshold,
        )
    grid = Grid.of(items, probs)
    mask = (
        source_mask(sources + [args.cases] * len(table), previous_corpus)
        if previous_corpus
        else None
    )
    candidates_ranked = ranked_for_floor(grid, args.min_benign, reference, args.floor_share, mask)
    model = train([it for it in items if it.trains])
    # The first candidate with which the final model passes the whole regression table.
    chosen = next(
        (kt for kt in candidates_ranked if table_failures(model, items, kt[0]) == 0),
        candidates_ranked[0],
    )
    (veto, block_veto, review, severe), _ = chosen
    figures = grid.tally(chosen[0])  # on every text (`chosen`'s may be like for like)
    model = LinearModel(
        version=model_version(files, (veto, block_veto, review, severe)),
        classes=model.classes,
        bias=model.bias,
        weights=model.weights,
        review_threshold=review,
        severe_block_threshold=severe,
        stacked=True,
        char_sizes=CHAR_SIZES,
        veto_threshold=veto,
        block_veto_threshold=block_veto,
        hash_bits=model.hash_bits,
    )
    args.out.write_text(
        json.dumps(model.to_json(), separators=(",", ":"), sort_keys=True) + "\n",
        encoding="utf-8",
    )
    print(
        f"{len(items)} texts from {len(files)} files, {len(model.weights)} features, "
        f"thresholds veto {veto} block veto {block_veto} review {review} "
        f"severe block {severe}, "
        f"version {model.version} -> {args.out}\n"
        f"out of fold (folds by author) with the engine's policy: caught, benign passed, "
        f"severe blocked, category right "
        + ", ".join("–" if v is None else f"{v:.1f} %" for v in figures.figures())
        + f"; reference thresholds {reference}: "
        + ", ".join(
            "–" if v is None else f"{v:.1f} %"
            for v in (grid.tally(reference).figures() if reference else ())
        )
    )
    if mask is not None:
        print(
            f"like for like, on the {int(mask.sum())} texts of the {len(previous_corpus)} "
            f"entries {args.like_for_like} records: "
            + ", ".join(
                "–" if v is None else f"{v:.1f} %" for v in grid.tally(chosen[0], mask).figures()
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
