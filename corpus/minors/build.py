"""Build corpus/minors/{dev,test,blind}.jsonl from the authored sources in src/
(`src/dev*.txt` -> dev.jsonl, `src/test*.txt` -> test.jsonl, `src/blind*.txt` ->
blind.jsonl, in name order). The blind split is held out: written without
reading the other splits or the signals' code, to measure generalisation.

Source format (one conversation per block, UTF-8):

    == <id> | <kind> | <channel> | <room_kind or -> | A=<age> B=<age> | <groomer or -> | <note>
    A: message text
    B: message text

Run `python corpus/minors/build.py` after editing a source; the JSONL files are
committed so the eval needs no build step.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def parse(path: Path) -> list[dict[str, object]]:
    conversations: list[dict[str, object]] = []
    current: dict[str, object] | None = None
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("=="):
            fields = [f.strip() for f in line[2:].split("|")]
            if len(fields) != 7:
                sys.exit(f"{path}:{lineno}: header needs 7 fields")
            cid, kind, channel, room_kind, ages, groomer, note = fields
            participants = {
                who: {"age": int(age)} for who, age in (p.split("=") for p in ages.split())
            }
            current = {
                "id": cid,
                "kind": kind,
                "participants": participants,
                "channel": channel,
                "room_kind": None if room_kind == "-" else room_kind,
                "messages": [],
                "groomer": None if groomer == "-" else groomer,
                "note": note,
            }
            conversations.append(current)
            continue
        if current is None or ":" not in line:
            sys.exit(f"{path}:{lineno}: message outside a conversation or without speaker")
        who, text = line.split(":", 1)
        messages = current["messages"]
        assert isinstance(messages, list)
        messages.append({"from": who.strip(), "text": text.strip()})
    return conversations


def main() -> None:
    for split in ("dev", "test", "blind"):
        sources = sorted((HERE / "src").glob(f"{split}*.txt"))
        if not sources:
            continue
        rows = [row for source in sources for row in parse(source)]
        with (HERE / f"{split}.jsonl").open("w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{split}: {len(rows)} conversations")


if __name__ == "__main__":
    main()
