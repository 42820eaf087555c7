"""How often the minors' guard flags a busy ordinary writer: streams, not conversations.

    python tools/minors_streams.py [--streams 150] [--seed 11] [--off]

`make eval` measures whole conversations (at most 7 messages from one writer in the dev split);
a person in a real room writes far more. This tool replays ordinary room conversations of the
dev split one after the other in one room, one writer of each (drawn at random) renamed as the
same person `u`, the others kept as themselves, and counts the streams in which the shipped guard
raises a signal about `u`, for four cases: a declared adult of 22 in a general
room (100 messages 2 minutes apart, 300 messages 1 minute apart) and a declared minor of 16 in a
teen room (30 messages 30 s apart, 60 messages 15 s apart). A stream is many voices put in one
mouth (a teacher, a parent, a student…), so the figures are pessimistic for one person; they are
what a busy writer of varied talk risks.
`--off` turns the summed cues off (`faint_bar`, `room_faint_bar`); `--models-alone` lets
the models' cues alone fire age-lie, as before the twenty-sixth sitting (`models_alone`);
`--evidence-messages N|off` counts a person's age-lie evidence over their last N messages,
`--pair-messages N|off` a pair's over its subject's last N; `--model-cap N|off` counts the band
models' cues in at most N of a person's messages.
Bounded: `streams` × about 300 of `u`'s messages per case; 127.0.0.1 only (nothing leaves
the process).
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path
from typing import Any

from eval_minors import add_window_options, window_options

from causette.moderation.minors import MinorsGuard

ROOT = Path(__file__).resolve().parent.parent
START = 1_780_000_000.0
CASES = (("adult", 100, 120.0), ("adult", 300, 60.0), ("teen", 30, 30.0), ("teen", 60, 15.0))


def writers(rows: list[dict[str, Any]], teen: bool) -> list[tuple[dict[str, Any], str]]:
    """(conversation, writer) for each ordinary room writer: declared adults outside teen
    rooms, or the writers of teen rooms."""
    found = []
    for row in rows:
        if row["kind"] != "ordinary" or row["channel"] != "room":
            continue
        if teen != (row.get("room_kind") == "teen"):
            continue
        for who, person in row["participants"].items():
            if not teen and int(person["age"]) < 18:
                continue
            if any(m["from"] == who for m in row["messages"]):
                found.append((row, who))
    return found


def flagged(
    pool: list[tuple[dict[str, Any], str]],
    teen: bool,
    length: int,
    gap: float,
    rng: random.Random,
    **kw: Any,
) -> tuple[bool, tuple[str, ...]]:
    """Whether one stream raises a signal about its writer `u`, and the rules. Whole
    conversations are replayed one after the other in one room, their chosen writer renamed
    `u` and the others given names of their own (so that answers keep their questions), until
    `u` has written `length` messages."""
    guard = MinorsGuard(**kw)
    written, step = 0, 0
    while written < length:
        row, chosen = rng.choice(pool)
        ages = {who: int(p["age"]) for who, p in row["participants"].items()}
        for message in row["messages"]:
            who = message["from"]
            sender = "u" if who == chosen else f"{row['id']}:{who}"
            step += 1
            signals = guard.observe_room_message(
                sender=sender,
                sender_age=ages[who],
                room_kind="teen" if teen else "general",
                text=message["text"],
                ref=f"m{step}",
                now=START + step * gap,
                room="r",
            )
            mine = [s for s in signals if s.subject == "u"]
            if mine:
                return True, mine[0].rules
            written += who == chosen
            if written >= length:
                break
    return False, ()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--streams", type=int, default=150)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--off", action="store_true", help="summed cues off")
    parser.add_argument(
        "--models-alone", action="store_true", help="models' cues alone may fire age-lie (old)"
    )
    add_window_options(parser)
    args = parser.parse_args(argv)
    path = ROOT / "corpus" / "minors" / "dev.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    kw: dict[str, Any] = {"faint_bar": None, "room_faint_bar": None} if args.off else {}
    if args.models_alone:
        kw["models_alone"] = True
    kw.update(window_options(args))
    for who, length, gap in CASES:
        teen = who == "teen"
        pool = writers(rows, teen)
        rng = random.Random(args.seed)
        results = [flagged(pool, teen, length, gap, rng, **kw) for _ in range(args.streams)]
        share = sum(hit for hit, _ in results) / len(results)
        top = Counter(rules for hit, rules in results if hit).most_common(3)
        print(
            f"{'minor 16, teen room' if teen else 'adult 22, general room'}: {length} messages "
            f"{gap:g} s apart: a signal in {share:.3f} of {len(results)} streams; most: {top}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
