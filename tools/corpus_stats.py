"""Validate the labelled moderation corpus and print its counts.

    python tools/corpus_stats.py [--dir corpus/moderation] [--markdown]

Reads `dev.jsonl` and `test.jsonl`, checks every record against the schema of
`corpus/moderation/README.md` and the corpus-wide rules (minimum counts, every
category in both parts and both languages, at least as many hard negatives as
harmful cases in each part, no text shared between the parts once normalised),
then prints counts per part, language, label and category. Exit status 1 when
anything is wrong, with one line per problem.

`load_corpus`, `check_corpus` and `normalise` are also used by
`tools/eval_moderation.py`, `tools/bench_moderation.py` and the tests.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from causette.domain.profile import band_for_age
from causette.domain.rooms import RoomKind
from causette.moderation.verdict import CATEGORIES, SEVERE_CATEGORIES, Context, TextKind

__all__ = [
    "CORPUS_DIR",
    "Case",
    "CorpusError",
    "check_corpus",
    "corpus_files",
    "counts_markdown",
    "load_corpus",
    "load_split",
    "normalise",
    "parse_case",
    "row_context",
    "split_path",
]

CORPUS_DIR = Path(__file__).resolve().parent.parent / "corpus" / "moderation"
SPLITS = ("dev", "test")
EXTRA_SPLITS = ("fresh", "train", "blind", "blind2")
"""Optional later parts (see the README): `fresh`, `blind` and `blind2` are held out like `test`;
`train` (the folder `train/`, one file per author) is more development data, for training only."""
HELD_OUT = ("test", "fresh", "blind", "blind2")
"""Parts nothing may be trained or tuned on."""
LANGS = ("fr", "en")
KINDS = ("message", "private_message", "pseudonym", "room_name", "room_topic")
ROOM_KINDS = ("general", "adult", "teen")
LABELS = ("allow", "review", "block")
MINIMUM = {"fr": 600, "en": 150}  # issue 4: at least 600 French and 150 English cases
TEST_SHARE = (0.35, 0.55)  # the held-out part is about 45 % of the corpus
FIELDS = (
    "id",
    "lang",
    "text",
    "kind",
    "room_kind",
    "author_age",
    "recipient_age",
    "label",
    "category",
    "hard_negative",
    "note",
)
_ID = re.compile(r"^(fr|en)-\d{4,5}$")  # fr-0001 … fr-9999, then fr-10001 …
# Room messages, names and topics say which room they belong to; the others do not.
_NEEDS_ROOM = {"message", "room_name", "room_topic"}


class CorpusError(ValueError):
    """A record or a file breaks the corpus schema."""


@dataclass(frozen=True, slots=True)
class Case:
    """One labelled text with the context it is said in."""

    id: str
    lang: str
    text: str
    kind: str
    room_kind: str | None
    author_age: int | None
    recipient_age: int | None
    label: str
    category: str | None
    hard_negative: bool
    note: str

    @property
    def harmful(self) -> bool:
        """Harmful means the expected action is `review` or `block`."""
        return self.label != "allow"

    @property
    def severe(self) -> bool:
        return self.category in SEVERE_CATEGORIES


def _age(value: Any, field: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 15 <= value <= 120:
        raise CorpusError(f"{field} must be null or an integer from 15 to 120, not {value!r}")
    return value


def parse_case(obj: Mapping[str, Any]) -> Case:
    """Return the `Case` for one decoded JSON object or raise `CorpusError` saying why."""
    keys = set(obj)
    if keys != set(FIELDS):
        missing = sorted(set(FIELDS) - keys)
        extra = sorted(keys - set(FIELDS))
        raise CorpusError(f"fields: missing {missing}, unexpected {extra}")
    cid, lang, text, note = obj["id"], obj["lang"], obj["text"], obj["note"]
    if not isinstance(cid, str) or not _ID.match(cid):
        raise CorpusError(
            f"id must look like fr-0001, fr-10001 or en-0001 (4 or 5 digits), not {cid!r}"
        )
    if lang not in LANGS or not cid.startswith(f"{lang}-"):
        raise CorpusError(f"{cid}: lang must be fr or en and match the id prefix")
    if not isinstance(text, str) or not text.strip() or len(text) > 1000:
        raise CorpusError(f"{cid}: text must be a non-empty string of at most 1000 characters")
    if not isinstance(note, str) or not note.strip():
        raise CorpusError(f"{cid}: note must say why the label is what it is")
    kind, room_kind = obj["kind"], obj["room_kind"]
    if kind not in KINDS:
        raise CorpusError(f"{cid}: kind {kind!r} not in {KINDS}")
    if kind in _NEEDS_ROOM and room_kind not in ROOM_KINDS:
        raise CorpusError(f"{cid}: a {kind} needs room_kind in {ROOM_KINDS}")
    if kind not in _NEEDS_ROOM and room_kind is not None:
        raise CorpusError(f"{cid}: a {kind} has no room_kind")
    author_age = _age(obj["author_age"], f"{cid}: author_age")
    recipient_age = _age(obj["recipient_age"], f"{cid}: recipient_age")
    if (kind == "private_message") != (recipient_age is not None):
        raise CorpusError(f"{cid}: recipient_age is set for private messages only, and always")
    # Rooms are age-gated (domain.rooms.visible_to): a teen room holds minors only.
    if author_age is not None and room_kind == "teen" and author_age >= 18:
        raise CorpusError(f"{cid}: an adult cannot write in a teen room")
    if author_age is not None and room_kind in ("general", "adult") and author_age < 18:
        raise CorpusError(f"{cid}: a minor cannot write in a {room_kind} room")
    label, category, hard = obj["label"], obj["category"], obj["hard_negative"]
    if label not in LABELS:
        raise CorpusError(f"{cid}: label {label!r} not in {LABELS}")
    if label == "allow" and category is not None:
        raise CorpusError(f"{cid}: an allowed text has no category")
    if label != "allow" and category not in CATEGORIES:
        raise CorpusError(f"{cid}: a {label} text needs a category in {CATEGORIES}")
    if category in SEVERE_CATEGORIES and label != "block":
        raise CorpusError(f"{cid}: {category} is severe and always labelled block")
    if not isinstance(hard, bool):
        raise CorpusError(f"{cid}: hard_negative must be true or false")
    if hard and label != "allow":
        raise CorpusError(f"{cid}: a hard negative is harmless, so its label is allow")
    return Case(
        id=cid,
        lang=lang,
        text=text,
        kind=kind,
        room_kind=room_kind,
        author_age=author_age,
        recipient_age=recipient_age,
        label=label,
        category=category,
        hard_negative=hard,
        note=note,
    )


def load_split(path: Path) -> list[Case]:
    """Parse one JSON-lines file, or every `*.jsonl` of a folder in name order.

    Raise `CorpusError` naming the file and line of a fault.
    """
    if path.is_dir():
        return [c for part in sorted(path.glob("*.jsonl")) for c in load_split(part)]
    cases: list[Case] = []
    with path.open(encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                if not isinstance(obj, dict):
                    raise CorpusError("each line must be a JSON object")
                cases.append(parse_case(obj))
            except (json.JSONDecodeError, CorpusError) as e:
                raise CorpusError(f"{path.name}:{lineno}: {e}") from e
    return cases


def load_corpus(root: Path = CORPUS_DIR) -> dict[str, list[Case]]:
    """Return {"dev": [...], "test": [...]} read from `root`, plus any extra part present."""
    parts = {split: load_split(root / f"{split}.jsonl") for split in SPLITS}
    for extra in EXTRA_SPLITS:
        for path in (root / f"{extra}.jsonl", root / extra):
            if path.exists():
                parts[extra] = load_split(path)
    return parts


def row_context(row: Mapping[str, object]) -> Context:
    """The moderation context of a raw corpus row (ages become age bands)."""

    def band(key: str) -> Any:
        age = row.get(key)
        return band_for_age(age) if isinstance(age, int) else None

    room = row.get("room_kind")
    return Context(
        kind=TextKind(str(row["kind"])),
        room_kind=RoomKind(str(room)) if room else None,
        sender_band=band("author_age"),
        recipient_band=band("recipient_age"),
    )


def corpus_files(paths: Iterable[Path]) -> list[Path]:
    """The JSON-lines files under `paths` (a folder means its `*.jsonl`, in name order)."""
    return [f for p in paths for f in (sorted(p.glob("*.jsonl")) if p.is_dir() else [p])]


def split_path(root: Path, split: str) -> Path:
    """Where a part lives: `<split>.jsonl`, or the folder `<split>/` (the `train` part)."""
    folder = root / split
    return folder if folder.is_dir() else root / f"{split}.jsonl"


def normalise(text: str) -> str:
    """The key used to find the same text in both parts.

    NFKC, case and accents folded, punctuation and spaces dropped; letters,
    digits and symbols (emojis) kept: "Coke dispo !" and "coke   DISPO" share a
    key, "🐉 ?" and "🍃 ?" do not.
    """
    folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    return "".join(ch for ch in folded if unicodedata.category(ch)[0] in "LNS")


def check_corpus(splits: Mapping[str, Sequence[Case]]) -> list[str]:
    """Return the corpus-wide problems (empty when the corpus is sound)."""
    problems: list[str] = []
    seen: Counter[str] = Counter(c.id for cases in splits.values() for c in cases)
    problems += [f"duplicate id {cid}" for cid, n in sorted(seen.items()) if n > 1]
    everything = [c for split in SPLITS for c in splits.get(split, ())]
    for lang, minimum in MINIMUM.items():
        n = sum(c.lang == lang for c in everything)
        if n < minimum:
            problems.append(f"{lang}: {n} cases, at least {minimum} needed")
    if everything:
        share = len(splits.get("test", ())) / len(everything)
        if not TEST_SHARE[0] <= share <= TEST_SHARE[1]:
            problems.append(f"test part is {share:.0%} of the corpus, expected about 45 %")
    for split, cases in splits.items():
        for lang in LANGS:
            present = {c.category for c in cases if c.lang == lang and c.harmful}
            for category in CATEGORIES:
                if category not in present:
                    problems.append(f"{split}/{lang}: no harmful case of category {category}")
        harmful = sum(c.harmful for c in cases)
        hard = sum(c.hard_negative for c in cases)
        if hard < harmful:
            problems.append(f"{split}: {hard} hard negatives for {harmful} harmful cases")
    # A held-out part shares no text with the parts written before it (dev, then test).
    earlier: dict[str, tuple[str, str]] = {}
    for split, cases in splits.items():
        for c in cases:
            key = normalise(c.text)
            if key in earlier and earlier[key][1] != split:
                problems.append(f"{c.id} repeats {earlier[key][0]} from the {earlier[key][1]} part")
        for c in cases:
            earlier.setdefault(normalise(c.text), (c.id, split))
    return problems


def _row(cells: Iterable[object]) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |"


def counts_markdown(splits: Mapping[str, Sequence[Case]]) -> str:
    """Counts per part and language: labels, hard negatives, then harmful cases per category."""
    cols = [(s, lang) for s in splits for lang in LANGS]
    head = ["", *(f"{s} {lang}" for s, lang in cols), "total"]
    lines = [_row(head), _row(["---"] * len(head))]

    def line(name: str, pred: Any) -> str:
        cells = [sum(1 for c in splits[s] if c.lang == lang and pred(c)) for s, lang in cols]
        return _row([name, *cells, sum(cells)])

    lines.append(line("**cases**", lambda c: True))
    for label in LABELS:
        lines.append(line(f"label {label}", lambda c, label=label: c.label == label))
    lines.append(line("harmful (review + block)", lambda c: c.harmful))
    lines.append(line("hard negatives", lambda c: c.hard_negative))
    lines.append(line("other harmless", lambda c: not c.harmful and not c.hard_negative))
    for category in CATEGORIES:
        lines.append(line(f"`{category}`", lambda c, cat=category: c.category == cat))
    for kind in KINDS:
        lines.append(line(f"kind {kind}", lambda c, kind=kind: c.kind == kind))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, default=CORPUS_DIR, help="corpus directory")
    args = parser.parse_args(argv)
    try:
        splits = load_corpus(args.dir)
    except (OSError, CorpusError) as e:
        print(f"corpus invalid: {e}", file=sys.stderr)
        return 1
    print(counts_markdown(splits))
    problems = check_corpus(splits)
    for p in problems:
        print(f"problem: {p}", file=sys.stderr)
    if problems:
        return 1
    print("\nschema and corpus rules: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
