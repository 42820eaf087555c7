"""Evaluate the conversation-level minor-protection signals on the labelled set.

    python tools/eval_minors.py [--split test|dev|blind] [--strict] [--out var/eval]
        [--only-prefix deve- ...] [--exclude-prefix deve- ...] [--model PATH]
        [--child-model PATH] [--adult-model PATH] [--grooming-threshold X] [--age-lie-threshold X]
    python tools/eval_minors.py --split dev --cost 5   # CPU per message of the guard
    python tools/eval_minors.py --split dev --holdout dev-,devb- --holdout devc- ...

Replays each conversation of `corpus/minors/<split>.jsonl` through a fresh
`MinorsGuard` with a fake clock (30 s between messages) and reports, per
kind: the share of grooming and age-lie conversations flagged with the
expected signal about the expected user, the average number of that user's
messages up to and including the one that raised it, the share of ordinary
conversations that raised any signal, and the misses. Writes
`var/eval/minors-<split>.json` and `.md` (`minors-<split>-<tag>.*` when a subset or
another model is chosen). `--only-prefix`/`--exclude-prefix` keep a subset of the
conversations by id (internal hold-out checks); `--model` replays with another
message-model file (`--child-model`, `--adult-model` for the age-lie ones), e.g. one
trained with `train_model.py --exclude-prefix`. Targets are fixed (issue 5) and never
lowered; exit status is 0 unless `--strict` and a target is missed.

`--holdout P1,P2 --holdout P3 ...` (dev split only) is the internal cross-batch check:
for each group of id prefixes it trains the three message models without those
conversations (`corpus/minors/train_model.py`'s examples and settings, in memory),
replays the group with them and prints one line per group and the total. There,
`--quantile TARGET=Q` (repeatable: `grooming`, `child`, `adult`) trains a model with another
threshold quantile than `train_model.QUANTILE`'s, and `--model-share X` (with or without
`--holdout`) replays with another cap on the grooming models' evidence than
`guard.MODEL_SHARE` (the December 2026 choice of both out of fold); `--counts-out PATH`
writes the per-group counts, and `--misses-out PATH` (forty-first sitting) the plain replay's
misses and false alarms, each group's replayed with message models that never saw it (the
rules, written reading every group, are in sample there).

`--meaning Q` (with `--holdout`; needs the `tier2` extra) adds the meaning model (round 10):
for each group, `corpus/minors/train_meaning.py`'s heads trained without it, thresholds at
the Q-quantile of out-of-fold ordinary scores, embeddings cached under `var/minors-e5`;
the guard is asked (`wants_meaning`) and answered (`observe_meaning`) after each message,
and the share of ordinary messages it asked about is printed. `--meaning-heads` keeps
some heads only (`grooming,child,adult`). Round 11: `--meaning Q1,Q2,...` prints one
table per quantile and a last one where each group's quantile is chosen on the other
groups' lines only (`choose_out_of_fold`); `--meaning-window K` embeds the writer's last K
messages in the conversation instead of the message (`meaning.window_text`);
`--meaning-stack` mixes the embedding head's logit with the n-gram model's margin
(`corpus/minors/stack_meaning.py`). `--counts-out PATH` writes the per-group counts of such
a run; `--choose A.json B.json ...` reads several and chooses the variant and quantile for
each group on the other groups only (`choose_variant`).

`--cost N` measures instead: it replays the chosen conversations N times and prints the
guard's CPU time per message (process time around each `observe_*` call), for private
messages between two declared adults, private messages involving a declared minor and
room messages (the best of the N rounds).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

from causette.moderation.minors import MinorsGuard, Signal, SignalKind
from causette.moderation.minors.meaning import MEANING_BAR, Meaning, window_text
from causette.moderation.minors.model import TextModel

ROOT = Path(__file__).resolve().parent.parent
START = 1_780_000_000.0  # a fixed instant in 2026: birth-year rules read the year from `now`
STEP = 30.0
EXPECTED = {
    "grooming": SignalKind.GROOMING,
    "age_lie_adult": SignalKind.AGE_LIE_ADULT,
    "age_lie_minor": SignalKind.AGE_LIE_MINOR,
}
TARGETS = {
    "positives_flagged": (">=", 0.90),
    "mean_groomer_messages_to_signal": ("<", 5.0),
    "ordinary_flagged": ("<=", 0.03),
}


K = TypeVar("K")
Models = dict[str, Any]
Reader = Callable[[str], Meaning]
"""The meaning model's answer on a message's text, or on its window of the writer's last
messages (a lookup in the evaluation)."""


def replay(
    conv: dict[str, Any],
    models: Models | None = None,
    meaning: Reader | None = None,
    asked: list[int] | None = None,
    window: int = 1,
) -> list[tuple[int, Signal]]:
    """Feed `conv` to a fresh guard (with `models` by keyword, default the shipped
    ones); return (message index, signal) in order. With `meaning`, each message the
    guard asks about is answered at once, the reader given the writer's last `window`
    messages in the conversation (`meaning.window_text`; 1: the message alone); `asked`
    counts [messages, asked]."""
    guard = MinorsGuard(**(models or {}))
    ages = {who: int(p["age"]) for who, p in conv["participants"].items()}
    uid = {who: f"{conv['id']}:{who}" for who in ages}
    out: list[tuple[int, Signal]] = []
    for i in range(len(conv["messages"])):
        out += [(i, s) for s in observe(guard, conv, ages, uid, i)]
        if meaning is None:
            continue
        ref, now = f"{conv['id']}#{i}", START + i * STEP
        wanted = guard.wants_meaning(ref, now)
        if asked is not None:
            asked[0] += 1
            asked[1] += wanted
        if wanted:
            writer = conv["messages"][i]["from"]
            own = [m["text"] for m in conv["messages"][: i + 1] if m["from"] == writer]
            answer = meaning(window_text(own, window))
            out += [(i, s) for s in guard.observe_meaning(ref, answer, now)]
    return out


def observe(
    guard: MinorsGuard, conv: dict[str, Any], ages: dict[str, int], uid: dict[str, str], i: int
) -> list[Signal]:
    """Feed message `i` of `conv` to `guard` as the service would (a private message or a
    room message), at the fake clock's time; return the signals it raised."""
    msg = conv["messages"][i]
    sender, now, ref = msg["from"], START + i * STEP, f"{conv['id']}#{i}"
    if conv["channel"] == "dm":
        recipient = next(w for w in ages if w != sender)
        return guard.observe_dm(
            sender=uid[sender],
            sender_age=ages[sender],
            recipient=uid[recipient],
            recipient_age=ages[recipient],
            text=msg["text"],
            ref=ref,
            now=now,
        )
    return guard.observe_room_message(
        sender=uid[sender],
        sender_age=ages[sender],
        room_kind=conv["room_kind"],
        text=msg["text"],
        ref=ref,
        now=now,
        room=conv["id"],
        name=sender,
    )


def cost(rows: list[dict[str, Any]], rounds: int, models: Models | None = None) -> dict[str, Any]:
    """The guard's CPU time per message, in microseconds, by kind of message (best of
    `rounds` replays of `rows`; the fake clock as in `replay`)."""
    best: dict[str, float] = {}
    counts: dict[str, int] = {}
    clock = time.process_time_ns
    for _ in range(rounds):
        spent: dict[str, int] = {"dm_adults": 0, "dm_minor": 0, "room": 0}
        seen = dict.fromkeys(spent, 0)
        for conv in rows:
            guard = MinorsGuard(**(models or {}))
            ages = {who: int(p["age"]) for who, p in conv["participants"].items()}
            uid = {who: f"{conv['id']}:{who}" for who in ages}
            for i in range(len(conv["messages"])):
                if conv["channel"] != "dm":
                    key = "room"
                elif min(ages.values()) >= 18:
                    key = "dm_adults"
                else:
                    key = "dm_minor"
                t0 = clock()
                observe(guard, conv, ages, uid, i)
                spent[key] += clock() - t0
                seen[key] += 1
        for key, ns in spent.items():
            if seen[key]:
                per = ns / seen[key] / 1000
                best[key] = min(best.get(key, per), per)
                counts[key] = seen[key]
    return {key: {"messages": counts[key], "us_per_message": best[key]} for key in best}


Counts = dict[str, list[int]]
"""Per kind of conversation: [flagged, conversations]."""


def corpus_module(name: str) -> Any:
    """`corpus/minors/<name>.py` (a training script, not a package) loaded as a module,
    registered in `sys.modules` (a dataclass there looks its module up)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, ROOT / "corpus" / "minors" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def holdout(
    rows: list[dict[str, Any]],
    groups: list[tuple[str, ...]],
    meaning_quantiles: list[float] | None = None,
    heads: tuple[str, ...] = ("grooming", "child", "adult"),
    window: int = 1,
    stack: bool = False,
    counts_out: Path | None = None,
    settings: Models | None = None,
    model_quantiles: Mapping[str, float] | None = None,
    band_positives: frozenset[str] = frozenset(),
    giveaways: Mapping[str, Sequence[int]] | None = None,
    meaning_giveaways: Mapping[str, Sequence[int]] | None = None,
    misses_out: Path | None = None,
) -> list[str]:
    """One line per group of id prefixes: the group replayed with message models trained
    on the other dev conversations only; then the total. With `meaning_quantiles`, the
    meaning model's `heads` too (trained without the group, reading windows of `window`
    messages), one table per quantile, the share of ordinary messages the guard asked
    about, and (with several quantiles) the table of quantiles chosen out of fold
    (`choose_out_of_fold`). `stack`: the meaning model is `corpus/minors/stack_meaning.py`'s
    (the embedding head's logit and the n-gram margin mixed) instead. `counts_out`: where
    to write the per-group counts as JSON, for `--choose` (without the meaning model, the
    plain counts alone). `settings`: the guard's other keywords (thresholds, `model_share`).
    `model_quantiles`: the message models' quantiles by target (`grooming`, `child`,
    `adult`) instead of `train_model.QUANTILE`'s. `band_positives`: the targets (`child`,
    `adult`) trained with the other band's ordinary messages as positives too
    (`train_model.example_refs`'s `band`). `giveaways`: labelled liars give only their
    giveaway messages as `child`/`adult` positives (`example_refs`'s `giveaways`); the
    held-out group's labels go unused, its conversations being left out of training.
    `meaning_giveaways`: the same for the meaning model's heads. `misses_out`: where to write
    the plain replay's misses and false alarms (`evaluate`'s `misses`, every group's)."""
    from causette.moderation.minors.model import train

    trainer = corpus_module("train_model")
    model_q = {**trainer.QUANTILE, **(model_quantiles or {})}
    if set(model_q) != set(trainer.QUANTILE):
        raise ValueError(f"unknown message model target in {sorted(model_quantiles or {})}")
    quantiles = meaning_quantiles or []
    names = [",".join(g) for g in groups]
    plain: dict[str, Counts] = {}
    missed: list[dict[str, Any]] = []
    with_meaning: dict[float, dict[str, Counts]] = {q: {} for q in quantiles}
    asked = {q: {"ordinary": [0, 0], "other": [0, 0]} for q in quantiles}
    embeddings = None
    if quantiles:
        trainer_e5 = corpus_module("train_meaning")
        embeddings = trainer_e5.Embeddings(ROOT / "var" / "minors-e5")
        stacker = corpus_module("stack_meaning")
    for group, name in zip(groups, names, strict=True):
        kept = [r for r in rows if not r["id"].startswith(group)]
        held = [r for r in rows if r["id"].startswith(group)]
        models: Models = dict(settings or {})
        for target, key in (
            ("grooming", "model"),
            ("child", "child_model"),
            ("adult", "adult_model"),
        ):
            pos, neg = trainer.examples(
                kept, target, trainer.SKIP_FIRST[target], target in band_positives, giveaways
            )
            models[key] = train(
                pos, neg, negative_quantile=model_q[target], version=f"holdout-{target}"
            )
        report = evaluate(held, models)
        plain[name] = _counts(report)
        missed += report["misses"]
        if embeddings is None:
            continue
        if stack:
            stacked = stacker.train_stacked(kept, embeddings, quantiles=quantiles, size=window)
            ngram = [models[k] for k in ("model", "child_model", "adult_model")]
            readers = [_stacked_reader(m, embeddings, heads, ngram, stacker) for m in stacked]
        else:
            readers = [
                _reader(m, embeddings, heads)
                for m in trainer_e5.train_many(
                    kept, embeddings, quantiles=quantiles, size=window, giveaways=meaning_giveaways
                )
            ]
        models["meaning_bar"] = MEANING_BAR
        # A first replay with no opinion finds the windows the guard asks about (answers
        # may make it ask about a few more: those are embedded when met).
        wanted: set[str] = set()
        evaluate(held, models, _recorder(wanted), None, window)
        embeddings.ensure(sorted(wanted))
        for q, reader in zip(quantiles, readers, strict=True):
            report = evaluate(held, models, reader, asked[q], window)
            with_meaning[q][name] = _counts(report)
    lines = [f"no meaning model (window {window}):" if quantiles else "", *_table(names, plain)]
    for q in quantiles:
        lines += ["", f"meaning model, quantile {q:g}, window {window}:"]
        lines += _table(names, with_meaning[q])
        for kind, (seen, count) in asked[q].items():
            lines.append(
                f"meaning asked: {kind} messages {count}/{seen} ({count / max(seen, 1):.3f})"
            )
    if len(quantiles) > 1:
        chosen = choose_out_of_fold(plain, with_meaning)
        lines += ["", "quantile chosen for each group on the other groups only:"]
        lines += _table(
            [f"{n} (Q {chosen[n]:g})" for n in names],
            {f"{n} (Q {chosen[n]:g})": with_meaning[chosen[n]][n] for n in names},
        )
    if misses_out is not None:
        misses_out.write_text(json.dumps(missed, indent=1) + "\n", encoding="utf-8")
    if counts_out is not None:
        saved = {"plain": plain, "meaning": {f"{q:g}": v for q, v in with_meaning.items()}}
        counts_out.write_text(json.dumps(saved, indent=1) + "\n", encoding="utf-8")
    return [line for line in lines if line or quantiles]


def _target_quantile(text: str) -> tuple[str, float]:
    """`--quantile grooming=0.98` as ("grooming", 0.98)."""
    target, sep, value = text.partition("=")
    if not sep or target not in ("grooming", "child", "adult"):
        raise SystemExit(f"--quantile: TARGET=Q with TARGET grooming, child or adult, not {text!r}")
    return target, float(value)


def _counts(report: dict[str, Any]) -> Counts:
    return {k: [v["flagged"], v["conversations"]] for k, v in report["per_kind"].items()}


def _recorder(wanted: set[str]) -> Reader:
    """A reader with no opinion that notes the texts it is asked about in `wanted`."""

    def record(text: str) -> Meaning:
        wanted.add(text)
        return Meaning()

    return record


def _reader(model: Any, embeddings: Any, heads: tuple[str, ...]) -> Reader:
    """The meaning model's answers with only `heads` kept, embedding unseen texts."""

    def read(text: str) -> Meaning:
        embeddings.ensure([text])
        margins = model.margins(embeddings([text]))[0]
        row = dict(zip(("grooming", "child", "adult"), margins, strict=True))
        return Meaning(**{h: float(row[h]) if h in heads else float("-inf") for h in row})

    return read


def _stacked_reader(
    model: Any, embeddings: Any, heads: tuple[str, ...], ngram: list[TextModel], stacker: Any
) -> Reader:
    """The stacked model's answers: the window's embedding and the n-gram margins of its
    last line (the message itself: corpus messages have no line break)."""
    import numpy as np

    def read(text: str) -> Meaning:
        embeddings.ensure([text])
        message = text.rsplit("\n", 1)[-1]
        margins = np.array([[stacker.ngram_margin(m, message) for m in ngram]])
        row = dict(
            zip(
                ("grooming", "child", "adult"),
                model.margins(embeddings([text]), margins)[0],
                strict=True,
            )
        )
        return Meaning(**{h: float(row[h]) if h in heads else float("-inf") for h in row})

    return read


def _table(names: list[str], counts: dict[str, Counts]) -> list[str]:
    lines = [
        "| batch | positives flagged | ordinary flagged | grooming | age_lie_adult | "
        "age_lie_minor |",
        "|---|---|---|---|---|---|",
    ]
    total: Counts = {}
    for name in names:
        for kind, (flagged, count) in counts[name].items():
            acc = total.setdefault(kind, [0, 0])
            acc[0] += flagged
            acc[1] += count
        lines.append(_holdout_line(name, counts[name]))
    lines.append(_holdout_line("all", total))
    return lines


def gain(base: Counts, other: Counts) -> int:
    """Positives gained minus twice the ordinary conversations newly flagged (round 10's
    criterion for a quantile)."""
    positives = sum(v[0] - base.get(k, [0, 0])[0] for k, v in other.items() if k != "ordinary")
    alarms = other.get("ordinary", [0, 0])[0] - base.get("ordinary", [0, 0])[0]
    return positives - 2 * alarms


def choose_out_of_fold(
    plain: dict[str, Counts],
    with_meaning: Mapping[K, dict[str, Counts]],
    prefer: Callable[[K], Any] | None = None,
) -> dict[str, K]:
    """For each group, the line (a quantile, or any key) with the largest `gain` summed
    over the *other* groups (ties: the largest `prefer(key)`, by default the key itself: the
    higher quantile, the fewer alarms): the group's own line never chooses its line."""
    rank = prefer or (lambda key: key)
    chosen = {}
    for name in plain:
        scores = {
            key: sum(gain(plain[o], lines[o]) for o in plain if o != name)
            for key, lines in with_meaning.items()
        }
        chosen[name] = max(scores, key=lambda key: (scores[key], rank(key)))
    return chosen


def choose_variant(paths: list[Path]) -> list[str]:
    """The table of lines chosen out of fold among every variant and quantile of the
    `--holdout --meaning … --counts-out` files at `paths` (ties: the higher quantile, then
    the file given first): the choice of the variant itself made on the other groups."""
    saved = [json.loads(p.read_text(encoding="utf-8")) for p in paths]
    plain: dict[str, Counts] = saved[0]["plain"]
    if any(s["plain"] != plain for s in saved):
        raise ValueError("the files do not replay the same groups with the same models")
    lines = {
        (i, float(q)): counts for i, s in enumerate(saved) for q, counts in s["meaning"].items()
    }
    chosen = choose_out_of_fold(plain, lines, lambda key: (key[1], -key[0]))
    rows = {
        f"{g} ({paths[chosen[g][0]].stem}, Q {chosen[g][1]:g})": lines[chosen[g]][g] for g in plain
    }
    return [
        *_table(list(plain), plain),
        "",
        "variant chosen for each group on the other groups only:",
        *_table(list(rows), rows),
    ]


def _holdout_line(name: str, kinds: Counts) -> str:
    def share(*names: str) -> str:
        flagged = sum(kinds[k][0] for k in names if k in kinds)
        count = sum(kinds[k][1] for k in names if k in kinds)
        return f"{flagged / count:.3f} ({flagged}/{count})" if count else "-"

    return (
        f"| {name} | {share('grooming', 'age_lie_adult', 'age_lie_minor')} | "
        f"{share('ordinary')} | {share('grooming')} | {share('age_lie_adult')} | "
        f"{share('age_lie_minor')} |"
    )


def evaluate(
    rows: list[dict[str, Any]],
    models: Models | None = None,
    meaning: Reader | None = None,
    asked: dict[str, list[int]] | None = None,
    window: int = 1,
) -> dict[str, Any]:
    kinds: dict[str, dict[str, Any]] = {}
    misses: list[dict[str, Any]] = []
    latencies: list[int] = []
    for conv in rows:
        kind = conv["kind"]
        stats = kinds.setdefault(kind, {"conversations": 0, "flagged": 0, "latencies": []})
        stats["conversations"] += 1
        tally = None if asked is None else asked["ordinary" if kind == "ordinary" else "other"]
        fired = replay(conv, models, meaning, tally, window)
        if kind == "ordinary":
            if fired:
                stats["flagged"] += 1
                misses.append(
                    {
                        "id": conv["id"],
                        "kind": kind,
                        "why": "false positive",
                        "signals": [f"{s.kind}:{s.subject}:{','.join(s.rules)}" for _, s in fired],
                    }
                )
            continue
        subject = f"{conv['id']}:{conv['groomer']}"
        hit = next(
            ((i, s) for i, s in fired if s.kind is EXPECTED[kind] and s.subject == subject), None
        )
        if hit is None:
            misses.append(
                {
                    "id": conv["id"],
                    "kind": kind,
                    "why": "missed",
                    "signals": [f"{s.kind}:{s.subject}" for _, s in fired],
                }
            )
            continue
        stats["flagged"] += 1
        index = hit[0]
        count = sum(1 for m in conv["messages"][: index + 1] if m["from"] == conv["groomer"])
        stats["latencies"].append(count)
        latencies.append(count)
    positives = [k for k in kinds if k != "ordinary"]
    n_pos = sum(kinds[k]["conversations"] for k in positives)
    f_pos = sum(kinds[k]["flagged"] for k in positives)
    ordinary = kinds.get("ordinary", {"conversations": 0, "flagged": 0})
    figures = {
        "positives": n_pos,
        "positives_flagged": f_pos / n_pos if n_pos else 0.0,
        "mean_groomer_messages_to_signal": sum(latencies) / len(latencies) if latencies else 0.0,
        "ordinary": ordinary["conversations"],
        "ordinary_flagged": (
            ordinary["flagged"] / ordinary["conversations"] if ordinary["conversations"] else 0.0
        ),
    }
    per_kind = {
        k: {
            "conversations": v["conversations"],
            "flagged": v["flagged"],
            "share": v["flagged"] / v["conversations"],
            **(
                {"mean_messages_to_signal": sum(v["latencies"]) / len(v["latencies"])}
                if v.get("latencies")
                else {}
            ),
        }
        for k, v in sorted(kinds.items())
    }
    verdicts = {}
    for name, (op, target) in TARGETS.items():
        value = figures[name]
        ok = {">=": value >= target, "<": value < target, "<=": value <= target}[op]
        verdicts[name] = {
            "value": value,
            "target": f"{op} {target}",
            "result": "PASS" if ok else "MISS",
        }
    return {"figures": figures, "per_kind": per_kind, "targets": verdicts, "misses": misses}


def markdown(split: str, report: dict[str, Any]) -> str:
    lines = [
        f"# Minor-protection signals: `{split}` split",
        "",
        "| target | value | goal | result |",
        "|---|---|---|---|",
    ]
    for name, v in report["targets"].items():
        lines.append(f"| {name} | {v['value']:.3f} | {v['target']} | {v['result']} |")
    lines += [
        "",
        "| kind | conversations | flagged | share | mean messages to signal |",
        "|---|---|---|---|---|",
    ]
    for kind, v in report["per_kind"].items():
        mean = v.get("mean_messages_to_signal")
        lines.append(
            f"| {kind} | {v['conversations']} | {v['flagged']} | {v['share']:.3f} | "
            f"{'' if mean is None else f'{mean:.2f}'} |"
        )
    lines += ["", f"## Misses ({len(report['misses'])})", ""]
    lines += [
        f"- `{m['id']}` ({m['kind']}, {m['why']}): {', '.join(m['signals']) or 'no signal'}"
        for m in report["misses"]
    ]
    return "\n".join(lines) + "\n"


WINDOW_OPTIONS = {
    "evidence_messages": "a person's age-lie evidence counts only their last N messages' hits "
    "instead of guard_state.EVIDENCE_MESSAGES ('off': every hit within the time decay)",
    "pair_messages": "a pair's evidence counts only its subject's last N messages' hits instead "
    "of guard_state.PAIR_MESSAGES ('off': every hit within the time decay)",
    "model_cap": "in how many of a person's messages c.model / a.model count instead of "
    "model_cues.MODEL_CAP ('off': the rules' own cap)",
}
"""The guard's windows and cap of the twenty-seventh sitting, each given as N or 'off' (here
and in `tools/minors_streams.py`)."""


def add_window_options(parser: argparse.ArgumentParser) -> None:
    """`--evidence-messages`, `--pair-messages`, `--model-cap` (`WINDOW_OPTIONS`)."""
    for name, text in WINDOW_OPTIONS.items():
        parser.add_argument("--" + name.replace("_", "-"), help=text)


def window_options(args: argparse.Namespace) -> dict[str, int | None]:
    """The guard's keyword arguments for the window options given ('off': None)."""
    given = {name: getattr(args, name) for name in WINDOW_OPTIONS}
    return {
        name: None if value == "off" else int(value)
        for name, value in given.items()
        if value is not None
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="test", choices=["test", "dev", "blind"])
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--out", default=str(ROOT / "var" / "eval"))
    parser.add_argument(
        "--only-prefix", action="append", default=[], help="keep only ids starting with this"
    )
    parser.add_argument(
        "--exclude-prefix", action="append", default=[], help="leave out ids starting with this"
    )
    parser.add_argument("--model", help="grooming model JSON to use instead of the shipped one")
    parser.add_argument("--child-model", help="child self-description model JSON (age-lie)")
    parser.add_argument("--adult-model", help="adult self-description model JSON (age-lie)")
    parser.add_argument("--grooming-threshold", type=float, help="instead of the guard's default")
    parser.add_argument("--age-lie-threshold", type=float, help="instead of the guard's default")
    parser.add_argument(
        "--holdout",
        action="append",
        default=[],
        help="comma-separated id prefixes: train without them, replay them (dev only)",
    )
    parser.add_argument(
        "--cost", type=int, default=0, help="print the guard's CPU per message (N rounds)"
    )
    parser.add_argument(
        "--meaning",
        help="with --holdout: add the meaning model, thresholds at Q (several: Q1,Q2,...)",
    )
    parser.add_argument("--meaning-heads", default="grooming,child,adult")
    parser.add_argument(
        "--meaning-window", type=int, default=1, help="messages of the writer per embedding"
    )
    parser.add_argument(
        "--meaning-stack", action="store_true", help="mix the embedding with the n-gram margin"
    )
    parser.add_argument("--counts-out", help="with --holdout: per-group counts (JSON)")
    parser.add_argument(
        "--misses-out", help="with --holdout: the plain replay's misses, every group's (JSON)"
    )
    parser.add_argument(
        "--quantile",
        action="append",
        default=[],
        help="with --holdout: TARGET=Q, a message model's threshold quantile (grooming, child, "
        "adult) instead of train_model.QUANTILE's",
    )
    parser.add_argument(
        "--model-share",
        type=float,
        help="the grooming models' evidence counts for at most this share of the threshold "
        "(instead of guard.MODEL_SHARE)",
    )
    parser.add_argument(
        "--choose", nargs="+", help="--counts-out files: choose the variant out of fold"
    )
    parser.add_argument(
        "--faint-bar",
        help="the guard's faint-sum bar for c.model_sum instead of FAINT_BAR ('off': never)",
    )
    parser.add_argument(
        "--room-faint-bar",
        help="the guard's teen-room faint-sum bar for g.model_sum instead of ROOM_FAINT_BAR "
        "('off': never)",
    )
    parser.add_argument(
        "--models-alone",
        action="store_true",
        help="the models' cues alone may fire age-lie (the guard before the twenty-sixth "
        "sitting's trial)",
    )
    add_window_options(parser)
    parser.add_argument(
        "--giveaways",
        action="store_true",
        help="with --holdout: labelled liars give only their giveaway messages as child/adult "
        "positives (corpus/minors/giveaways.jsonl)",
    )
    parser.add_argument(
        "--meaning-giveaways",
        action="store_true",
        help="with --meaning: the same for the meaning model's heads",
    )
    parser.add_argument(
        "--dm-models-alone",
        choices=("yes", "no"),
        help="whether the models' cues alone may hold a private conversation (the guard's "
        "dm_models_alone)",
    )
    parser.add_argument(
        "--band-positives",
        default="",
        help="with --holdout: child,adult: train these with the other band's ordinary "
        "messages as positives too",
    )
    args = parser.parse_args(argv)
    if args.choose:
        print("\n".join(choose_variant([Path(p) for p in args.choose])))
        return 0
    path = ROOT / "corpus" / "minors" / f"{args.split}.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    only, exclude = tuple(args.only_prefix), tuple(args.exclude_prefix)
    rows = [
        r
        for r in rows
        if (not only or r["id"].startswith(only)) and not (exclude and r["id"].startswith(exclude))
    ]
    chosen = {"model": args.model, "child_model": args.child_model, "adult_model": args.adult_model}
    models = {
        key: TextModel.from_json(json.loads(Path(path).read_text(encoding="utf-8")))
        for key, path in chosen.items()
        if path
    }
    thresholds = {
        "grooming_threshold": args.grooming_threshold,
        "age_lie_threshold": args.age_lie_threshold,
    }
    models.update({key: value for key, value in thresholds.items() if value is not None})
    if args.model_share is not None:
        models["model_share"] = args.model_share
    if args.faint_bar is not None:
        models["faint_bar"] = None if args.faint_bar == "off" else float(args.faint_bar)
    if args.models_alone:
        models["models_alone"] = True
    models.update(window_options(args))
    if args.dm_models_alone is not None:
        models["dm_models_alone"] = args.dm_models_alone == "yes"
    if args.room_faint_bar is not None:
        models["room_faint_bar"] = (
            None if args.room_faint_bar == "off" else float(args.room_faint_bar)
        )
    model_quantiles = dict(_target_quantile(q) for q in args.quantile)
    if model_quantiles and not args.holdout:
        parser.error("--quantile sets the models --holdout trains: with --holdout only")
    if args.holdout:
        if args.split != "dev":
            parser.error("--holdout trains on the dev split and replays it: --split dev only")
        if any(chosen.values()):
            parser.error("--holdout trains its own models: --model/--child-model/--adult-model")
        groups = [tuple(g.split(",")) for g in args.holdout]
        heads = tuple(h for h in args.meaning_heads.split(",") if h)
        quantiles = [float(q) for q in args.meaning.split(",")] if args.meaning else None
        labels = (
            corpus_module("train_model").load_giveaways()
            if args.giveaways or args.meaning_giveaways
            else None
        )
        print(
            "\n".join(
                holdout(
                    rows,
                    groups,
                    quantiles,
                    heads,
                    args.meaning_window,
                    args.meaning_stack,
                    Path(args.counts_out) if args.counts_out else None,
                    settings=models,
                    model_quantiles=model_quantiles,
                    band_positives=frozenset(t for t in args.band_positives.split(",") if t),
                    giveaways=labels if args.giveaways else None,
                    meaning_giveaways=labels if args.meaning_giveaways else None,
                    misses_out=Path(args.misses_out) if args.misses_out else None,
                )
            )
        )
        return 0
    if args.cost:
        for key, value in cost(rows, args.cost, models).items():
            print(f"{key}: {value['messages']} messages, {value['us_per_message']:.1f} µs CPU each")
        return 0
    report = evaluate(rows, models)
    report["split"] = args.split
    report["subset"] = {"only_prefix": list(only), "exclude_prefix": list(exclude)}
    report["models"] = {key: path or "shipped" for key, path in chosen.items()}
    tag = "-".join(
        [*(f"only-{p.rstrip('-')}" for p in only), *(f"no-{p.rstrip('-')}" for p in exclude)]
        + [Path(path).stem for path in chosen.values() if path]
        + [f"{key.split('_')[0]}-{value:g}" for key, value in thresholds.items() if value]
        + ([f"share-{args.model_share:g}"] if args.model_share is not None else [])
    )
    name = f"minors-{args.split}" + (f"-{tag}" if tag else "")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{name}.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))
    label = args.split + (f" ({tag})" if tag else "")
    text = markdown(label, report)
    (out / f"{name}.md").write_text(text)
    print(text, end="")
    missed = any(v["result"] == "MISS" for v in report["targets"].values())
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
