"""Leave-one-author-out evaluation of the text moderation engine (tiers 0 and 1).

    python tools/cv_moderation.py [--jobs 2] [--out var/cv/moderation.md]
        [--thresholds shipped|cv] [--by category,kind,action] [--misses PATH]

How well does the engine judge wording nobody tuned it on, measured without the
held-out parts? Each development file (`dev.jsonl`, `train/a.jsonl` …
`train/r.jsonl`: one author each) is left out in turn; tier 1 is trained on all the
others plus the regression table, with `train_moderation_model.train` (the shipped
model's script and settings), and the left-out file is judged by the engine's own
policy. Figures, as in `make eval`: caught, benign passed, severe blocked, category
right, for three engines:

- `engine`: rules and model together (`Engine.check_fast`'s logic);
- `rules`: the rules alone (no model, no veto). They are fixed and were written from
  these very authors: this figure flatters them;
- `model`: the model alone (no rule fires; it reviews from `review_threshold`, blocks
  a severe category from `severe_block_threshold`).

Thresholds: `shipped` (default) takes the four thresholds of the packaged model file;
`cv` chooses them for each left-out file with `train_moderation_model.choose` on the
out-of-author predictions of the other files (same grids and benign floor), and
prints the triple the pooled predictions choose.

The out-of-author probabilities are cached in `var/cv/` under a hash of the corpus,
the regression table, the lexicons, the moderation code and the training settings:
a second run (another `--thresholds`, `--by`) takes seconds; the first trains 18
models (about 1 min each on one core, `--jobs 2` halves the wall time). It never
reads the held-out parts (`training_files` refuses them).
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import json
import multiprocessing
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import train_moderation_model as tm

from causette.moderation.engine import NAME_KINDS, overruled
from causette.moderation.model import load_model
from causette.moderation.policy import decide
from causette.moderation.rules import Finding
from causette.moderation.verdict import SEVERE_CATEGORIES, Action, Verdict

ROOT = Path(__file__).resolve().parent.parent
CACHE_DIR = ROOT / "var" / "cv"
ENGINES = ("engine", "rules", "model")

_ITEMS: list[tm.Item] = []  # set before the worker processes fork
_GROUPS: list[str] = []


def tally(item: tm.Item, verdict: Verdict) -> tm.Tally:
    if item.row["label"] == "allow":
        return tm.Tally(benign=1, passed=int(verdict.action is Action.ALLOW))
    caught = verdict.action is not Action.ALLOW
    severe = item.row["category"] in SEVERE_CATEGORIES
    return tm.Tally(
        harmful=1,
        caught=int(caught),
        severe=int(severe),
        severe_blocked=int(severe and verdict.action is Action.BLOCK),
        category_right=int(caught and item.row["category"] in verdict.categories),
    )


def verdict_of(item: tm.Item, probs: dict[str, float], thresholds: tm.Thresholds,
               engine: str) -> Verdict:  # fmt: skip
    """The verdict `engine` gives `item` (as `Engine.check_fast` combines the tiers)."""
    veto, block_veto, review, severe = thresholds
    findings: list[Finding] = [] if engine == "model" else list(item.findings)
    scores = {} if engine == "rules" else {c: v for c, v in probs.items() if c != "none"}
    if engine == "engine" and findings and veto > 0.0:
        name = item.ctx.kind in NAME_KINDS
        findings = overruled(findings, 1.0 - probs["none"], veto, block_veto, name=name)
    return decide(
        findings, scores, item.ctx, "", review_threshold=review, severe_block_threshold=severe
    )


def _fold(group: str) -> list[dict[str, float]]:
    model = tm.train(
        [it for it, g in zip(_ITEMS, _GROUPS, strict=True) if g != group and it.trains]
    )
    return [model.predict(it.feats) for it, g in zip(_ITEMS, _GROUPS, strict=True) if g == group]


def cache_key(files: Sequence[Path]) -> str:
    """A hash of everything the out-of-author probabilities depend on: the data, the
    lexicons, the moderation code, the training function and its settings (not the
    threshold grids or folds of `train_moderation_model`, which they do not use)."""
    moderation = ROOT / "src" / "causette" / "moderation"
    inputs = [*files, tm.DEFAULT_CASES]
    inputs += sorted(moderation.glob("*.py")) + sorted((moderation / "data" / "lexicons").iterdir())
    settings = (tm.STEPS, tm.LEARNING_RATE, tm.L2, tm.PRUNE, tm.CHAR_SIZES, tm.CASE_WEIGHT)
    digest = hashlib.sha256(repr(settings).encode())
    for function in (tm.train, tm.load_items, tm.case_rows):
        digest.update(inspect.getsource(function).encode())
    for path in inputs:
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


Probs = list[dict[str, float]]


def out_of_author(files: Sequence[Path], jobs: int) -> tuple[list[tm.Item], list[str], Probs]:
    """The development items, their file (author) and each one's out-of-author probabilities."""
    global _ITEMS, _GROUPS
    rows: list[dict[str, object]] = []
    groups: list[str] = []
    for path in files:
        new = tm.json_rows([path])
        rows += new
        groups += [path.stem] * len(new)
    table = tm.case_rows(tm.DEFAULT_CASES)
    _ITEMS = tm.load_items(rows + table)
    _GROUPS = groups + ["table"] * len(table)
    names = [path.stem for path in files]
    cache = CACHE_DIR / f"moderation-{cache_key(files)}.json"
    if cache.is_file():
        probs: list[dict[str, float]] = json.loads(cache.read_text(encoding="utf-8"))
    else:
        if jobs > 1:
            with multiprocessing.get_context("fork").Pool(jobs) as pool:
                parts = pool.map(_fold, names, chunksize=1)
        else:
            parts = [_fold(name) for name in names]
        probs = [p for part in parts for p in part]
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        cache.write_text(json.dumps(probs), encoding="utf-8")
    n = len(rows)
    return _ITEMS[:n], groups, probs


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def table(title: str, keyed: dict[str, dict[str, tm.Tally]]) -> list[str]:
    """A Markdown table: one line per key, the four figures for each engine."""
    head = ["caught", "benign", "severe", "cat."]
    lines = [
        f"### {title}",
        "",
        "| | n | " + " | ".join(f"{e} {h}" for e in ENGINES for h in head) + " |",
        "|---" * (2 + len(ENGINES) * len(head)) + "|",
    ]
    for key, by_engine in keyed.items():
        t = by_engine["engine"]
        cells = [_fmt(v) for e in ENGINES for v in by_engine[e].figures()]
        lines.append(f"| {key} | {t.harmful + t.benign} | " + " | ".join(cells) + " |")
    lines.append("")
    return lines


def breakdown(items: Sequence[tm.Item], verdicts: dict[str, list[Verdict]],
              key: Callable[[tm.Item], str]) -> dict[str, dict[str, tm.Tally]]:  # fmt: skip
    out: dict[str, dict[str, tm.Tally]] = {}
    for i, it in enumerate(items):
        slot = out.setdefault(key(it), {e: tm.Tally() for e in ENGINES})
        for e in ENGINES:
            slot[e] = slot[e].add(tally(it, verdicts[e][i]))
    return dict(sorted(out.items()))


KEYS: dict[str, Callable[[tm.Item], str]] = {
    "category": lambda it: str(it.row["category"] or "(benign)"),
    "kind": lambda it: str(it.row["kind"]),
    "label": lambda it: str(it.row["label"]),
    "lang": lambda it: str(it.row["lang"]),
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, nargs="+", default=list(tm.DEFAULT_CORPUS))
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--thresholds", choices=("shipped", "cv"), default="shipped")
    parser.add_argument("--by", default="category,kind,label")
    parser.add_argument("--min-benign", type=float, default=0.98)
    parser.add_argument("--out", type=Path, default=ROOT / "var" / "cv" / "moderation.md")
    parser.add_argument("--misses", type=Path, help="write the engine's errors as JSON lines")
    args = parser.parse_args(argv)
    files = tm.training_files(args.corpus)
    items, groups, probs = out_of_author(files, args.jobs)
    names = list(dict.fromkeys(groups))
    model = load_model()
    assert model is not None
    shipped = (
        model.veto_threshold,
        model.block_veto_threshold,
        model.review_threshold,
        model.severe_block_threshold,
    )
    per_group: dict[str, tm.Thresholds] = {}
    lines = [f"# Leave-one-author-out, {len(items)} texts, {len(names)} files", ""]
    if args.thresholds == "shipped":
        per_group = dict.fromkeys(names, shipped)
        lines.append(f"Thresholds of the shipped model {model.version}: {shipped}")
    else:
        grid = tm.Grid.of(items, probs)
        everything = np.ones(len(items), dtype=bool)
        for name in names:
            others = np.array([g != name for g in groups])
            least = tm.benign_floor(grid, args.min_benign, shipped, others)
            per_group[name] = tm.ranked(grid, least, others)[0][0]
        pooled = tm.ranked(grid, tm.benign_floor(grid, args.min_benign, shipped), everything)
        lines.append(
            "Thresholds chosen for each left-out file on the other files' out-of-author "
            f"predictions (harmless passed at least as with the shipped ones, at most "
            f"{args.min_benign}); on all files' they would be {pooled[0][0]}: "
            + ", ".join(f"{n} {per_group[n]}" for n in names)
        )
    lines.append("")
    verdicts = {
        e: [
            verdict_of(it, p, per_group[g], e)
            for it, p, g in zip(items, probs, groups, strict=True)
        ]
        for e in ENGINES
    }
    total = breakdown(items, verdicts, lambda it: "all")
    lines += table("All files", total)
    by_group: dict[str, dict[str, tm.Tally]] = {}
    for i, it in enumerate(items):
        slot = by_group.setdefault(groups[i], {e: tm.Tally() for e in ENGINES})
        for e in ENGINES:
            slot[e] = slot[e].add(tally(it, verdicts[e][i]))
    lines += table("Per left-out file", by_group)
    for name in filter(None, args.by.split(",")):
        lines += table(f"Per {name}", breakdown(items, verdicts, KEYS[name]))
    actions = Counter(
        (str(it.row["label"]), verdicts["engine"][i].action.value) for i, it in enumerate(items)
    )
    lines += ["### Expected label -> engine action", ""]
    lines += [f"- {label} -> {action}: {n}" for (label, action), n in sorted(actions.items())]
    text = "\n".join(lines) + "\n"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(text)
    if args.misses:
        with args.misses.open("w", encoding="utf-8") as out:
            for i, it in enumerate(items):
                v = verdicts["engine"][i]
                wrong = (it.row["label"] == "allow") != (v.action is Action.ALLOW)
                if wrong or (
                    it.row["category"] in SEVERE_CATEGORIES and v.action is not Action.BLOCK
                ):
                    record = {
                        "file": groups[i],
                        "id": it.row["id"],
                        "text": it.row["text"],
                        "kind": it.row["kind"],
                        "room_kind": it.row["room_kind"],
                        "label": it.row["label"],
                        "category": it.row["category"],
                        "action": v.action.value,
                        "categories": list(v.categories),
                        "rules": [f.rule for f in it.findings],
                        "top": max(
                            ((c, round(p, 3)) for c, p in probs[i].items()), key=lambda kv: kv[1]
                        ),
                    }
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
