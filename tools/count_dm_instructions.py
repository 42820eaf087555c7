"""Count the CPU instructions one private message costs, under callgrind.

    python tools/count_dm_instructions.py [--base 1300] [--extra 1000] [--without PARTS]

Runs `tools/profile_dm.py` twice under `valgrind --tool=callgrind`, with `base` and
`base + extra` messages, and prints (instructions of the second run − the first) ÷ `extra`:
what one more DM costs once the process is started and warm. Both runs warm up on the same
500 DMs (`profile_dm.py` warms up on `min(500, messages)`, so `base` must be at least 500;
with fewer, the runs would differ by more than `extra` DMs, as a `/tmp` script of the
sixteenth to eighteenth sittings did: its figures were 1.2× too high). Instruction counts, unlike
seconds, do not move with the machine's load (three runs of one commit under three loads agreed
within 0.2 %, thirtieth sitting; `profile_dm.py` runs the node on a stepped clock): the figure
compares two versions of the code on any machine with the same binaries, provided both runs
read the same data files. A model rewritten between them (a trainer at work) moved a count by
8 %: the tool digests the data files before and after and refuses such a count. Tier 2 is
off, hashing seeded and BLAS single-threaded, as the count needs. Needs valgrind
(`apt-get install valgrind`); takes a few minutes.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WARM_UP = 500  # profile_dm.py's warm-up for runs of 500 messages or more
_TOTAL = re.compile(r"==\d+== Collected : (\d+)")


DATA = ROOT / "src" / "causette"
DATA_SUFFIXES = (".json", ".toml", ".txt")


def data_digest(folder: Path = DATA) -> str:
    """A digest of the engine's data files under `folder` (models, lexicons, the minors'
    models, rooms): the two runs must read the same ones. One of the thirtieth sitting's
    counts came out 8 % low while a trainer rewrote `model.json` between the two processes a
    count starts, and swapping the file on purpose reproduced it: the difference was two
    models, not noise."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.suffix in DATA_SUFFIXES:
            digest.update(path.relative_to(folder).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def instructions(messages: int, without: str, out_dir: Path) -> int:
    """Instructions of one `profile_dm.py` run of `messages` DMs, as callgrind counts them."""
    env = dict(
        os.environ,
        OPENBLAS_NUM_THREADS="1",
        CAUSETTE_TIER2="off",
        PYTHONHASHSEED="0",
        PYTHONPATH=str(ROOT / "src"),
    )
    cmd = [
        "valgrind",
        "--tool=callgrind",
        f"--callgrind-out-file={out_dir / f'callgrind.{messages}.out'}",
        sys.executable,
        str(ROOT / "tools" / "profile_dm.py"),
        "--messages",
        str(messages),
    ]
    if without:
        cmd += ["--without", without]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=3600, check=True)
    found = _TOTAL.search(done.stderr)
    if found is None:
        raise SystemExit(f"no instruction total in valgrind's output:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=int, default=1300)
    parser.add_argument("--extra", type=int, default=1000)
    parser.add_argument(
        "--without", default="", help="passed to profile_dm.py: moderation,spam,minors,sanctions"
    )
    parser.add_argument(
        "--keep", type=Path, default=None, help="a folder to keep the callgrind files in"
    )
    args = parser.parse_args()
    if args.base < WARM_UP or args.extra <= 0:
        parser.error(f"--base must be at least {WARM_UP} and --extra positive")
    with tempfile.TemporaryDirectory() as tmp:
        out_dir = args.keep or Path(tmp)
        out_dir.mkdir(parents=True, exist_ok=True)
        before = data_digest()
        first = instructions(args.base, args.without, out_dir)
        second = instructions(args.base + args.extra, args.without, out_dir)
        if data_digest() != before:
            raise SystemExit(
                "the engine's data files changed during the count (a trainer writing a model?): "
                "the two runs read different files, the figure would mean nothing"
            )
    per_dm = (second - first) / args.extra
    print(
        f"{per_dm:,.0f} instructions per DM ({args.base} → {args.base + args.extra} messages, "
        f"data {before})"
    )


if __name__ == "__main__":
    main()
