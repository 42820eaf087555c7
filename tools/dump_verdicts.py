"""Dump every moderation verdict and minors' signal of the dev splits, to compare two versions.

    python tools/dump_verdicts.py OUT.jsonl
    diff <(python tools/dump_verdicts.py /dev/stdout) saved.jsonl   # no output: same results

A speed change to the engine, the lexicons' matching or the minors' guard must not
change a single result. This writes one JSON line per result, from the **dev** splits
only (never the held-out ones):

- every case of `corpus/moderation/dev.jsonl` through `Engine.default().check` in its
  own context, and every message of `corpus/minors/dev.jsonl` as a private message
  between adults, between minors, and as a pseudonym: action, categories, rules, scores
  (exact), escalate, safety note, and the lexicon hits;
- every conversation of `corpus/minors/dev.jsonl` replayed through `MinorsGuard` as
  `tools/eval_minors.py` does, and every moderation dev text as one private message:
  the signals (kind, subject, score, rules, evidence) and the rules each message matched.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from causette.domain.profile import AgeBand
from causette.moderation.engine import Engine, prepare
from causette.moderation.minors import MinorsGuard
from causette.moderation.minors.fold import fold
from causette.moderation.minors.rules import (
    ADULT_SELF_RULES,
    CHILD_SELF_RULES,
    GROOMING_RULES,
    match,
    off_platform_contact,
)
from causette.moderation.verdict import Context, TextKind

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from corpus_stats import load_split  # noqa: E402
from eval_minors import replay  # noqa: E402
from eval_moderation import context_for  # noqa: E402


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def main(out_path: str) -> int:
    engine = Engine.default()
    cases = load_split(ROOT / "corpus" / "moderation" / "dev.jsonl")
    conversations = _rows(ROOT / "corpus" / "minors" / "dev.jsonl")
    minors_texts = [m["text"] for c in conversations for m in c["messages"]]
    contexts = {
        "dm_adults": Context(TextKind.PRIVATE_MESSAGE, None, AgeBand.ADULT, AgeBand.ADULT),
        "dm_minors": Context(TextKind.PRIVATE_MESSAGE, None, AgeBand.MINOR, AgeBand.MINOR),
        "pseudonym": Context(TextKind.PSEUDONYM),
    }
    with open(out_path, "w", encoding="utf-8") as out:

        def verdict(ref: str, text: str, ctx: Context) -> None:
            v = engine.check(text, ctx)
            hits = engine.lexicon.scan(prepare(text, ctx, engine.lexicon))
            row = {"ref": ref, **v.to_json(), "hits": hits}
            out.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")

        for case in cases:
            verdict(f"mod:{case.id}", case.text, context_for(case))
        for i, text in enumerate(minors_texts):
            for name, ctx in contexts.items():
                verdict(f"minors-text:{i}:{name}", text, ctx)
        for conv in conversations:
            for index, signal in replay(conv):
                row = {"ref": f"conv:{conv['id']}", "message": index, **signal.to_json()}
                out.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
        texts = [case.text for case in cases] + minors_texts
        guard = MinorsGuard()
        for i, text in enumerate(texts):
            folded = fold(text)
            matched = [
                [r.id for r in match(folded, table)]
                for table in (GROOMING_RULES, CHILD_SELF_RULES, ADULT_SELF_RULES)
            ]
            row = {"ref": f"rules:{i}", "matched": matched, "off": off_platform_contact(text)}
            out.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
            age = (16, 16) if i % 2 else (35, 15)
            signals = guard.observe_dm(
                sender=f"u{i % 37}",
                sender_age=age[0],
                recipient=f"v{i % 11}",
                recipient_age=age[1],
                text=text,
                ref=f"m{i}",
                now=1_780_000_000.0 + 30 * i,
            )
            for signal in signals:
                row = {"ref": f"guard:{i}", **signal.to_json()}
                out.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "/dev/stdout"))
