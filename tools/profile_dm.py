"""Profile the private-message path in-process (what S4 of the bench loads).

    python tools/profile_dm.py [--pairs 200] [--messages 4000] [--profile | --regexes]
        [--top 40] [--without moderation,spam,minors,sanctions] [--texts bench|corpus]

Starts one Causette node as `causette serve` would (SQLite file in a temp
directory, real moderation, spam guard, minors' guard, sanctions), enters
`2 * pairs` guests, connects each through a null transport, then sends
`messages` private messages round-robin over the pairs with the bench's text
(`bench.loadgen.make_text`, 96 characters), each through `Chat.handle` as the
WebSocket reader would. The node's clock is a stepped one (`SteppedClock`: a fixed start,
STEP seconds per DM), so that a run does the same work whatever the machine's speed or load.
With `--texts corpus`, each DM carries instead the next
harmless message of the moderation corpus's development data (`dev.jsonl`, then
`train/*.jsonl`, label `allow`, in file order): text the engine has not seen in this
process, as live chat is, where the bench repeats one filler behind its stamp (the
RE2 sets' DFA states and every cache stay warm on it). Prints the CPU time per DM
(process time); with `--profile`, a cProfile table of the same run; with `--regexes`, the
`re` patterns the run searched, by time spent in their methods (a `sys.setprofile` hook
on C calls: what Hyperscan's prefilter lets through to `re`, or what never went through
it, with the call counts; the hook's own cost inflates every figure alike, so read them
as shares). No network, no timing asserts:
a measuring tool, the bench (`python -m bench.run --scenarios S4`) gives the figure.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import itertools
import json
import pstats
import re
import resource
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.loadgen import make_text  # noqa: E402
from bench.targets import pseudonym  # noqa: E402

from causette.app import Causette  # noqa: E402
from causette.config import Settings  # noqa: E402
from causette.domain.errors import CausetteError  # noqa: E402
from causette.domain.guests import Guest  # noqa: E402
from causette.moderation.verdict import ALLOW, Context, Verdict  # noqa: E402
from causette.protocol import commands as cmds  # noqa: E402

EPOCH = 1_800_000_000.0  # the stepped clock's start (2027-01-15), the same in every run
STEP = 0.01  # seconds the node's clock moves per DM: 100 DMs a second


class SteppedClock:
    """The node's clock in this tool: it starts at EPOCH and moves only when told, STEP
    per DM. With the wall clock, what depends on time (the rate and spam windows, the
    minors' guard's windows, the bench text's stamp, whose digits moderation reads) changed
    with the machine's speed and load. (The 8 % outlier among the thirtieth sitting's
    instruction counts had another cause: a model rewritten between a count's two runs,
    docs/performance.md.)"""

    def __init__(self, start: float = EPOCH) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float = STEP) -> None:
        self.now += seconds


class AllowAll:
    def check(self, text: str, ctx: Context) -> Verdict:
        return ALLOW


class NullPeer:
    """A transport that accepts every frame and sends nothing."""

    def __init__(self) -> None:
        self.frames = 0

    def write(self, data: bytes) -> None:
        self.frames += 1

    def buffered(self) -> int:
        return 0

    def close(self, code: int, reason: str) -> None:
        pass


class RegexTimer:
    """Time spent in each `re.Pattern`'s methods, through a `sys.setprofile` hook."""

    def __init__(self) -> None:
        self.spent: defaultdict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
        self._started: list[tuple[tuple[str, str], int] | None] = []

    def hook(self, frame: FrameType, event: str, arg: object) -> None:
        if event == "c_call":
            owner = getattr(arg, "__self__", None)
            if isinstance(owner, re.Pattern):
                name = getattr(arg, "__name__", "?")
                self._started.append(((name, owner.pattern), time.perf_counter_ns()))
            else:
                self._started.append(None)
        elif event in ("c_return", "c_exception") and self._started:
            started = self._started.pop()
            if started is not None:
                key, t0 = started
                entry = self.spent[key]
                entry[0] += time.perf_counter_ns() - t0
                entry[1] += 1

    def report(self, messages: int, top: int) -> None:
        total = sum(ns for ns, _ in self.spent.values())
        print(f"re: {total / messages / 1000:.1f} us per DM under the hook, by pattern:")
        ranked = sorted(self.spent.items(), key=lambda item: -item[1][0])
        for (method, pattern), (ns, calls) in ranked[:top]:
            shown = pattern if len(pattern) <= 90 else pattern[:87] + "..."
            per_dm = f"{ns / messages / 1000:8.2f} us/DM {calls / messages:6.2f} calls/DM"
            print(f"{per_dm} {method:9} {shown!r}")


async def enter(system: Causette, index: int) -> Guest:
    """A guest as the bench enters it (`bench.targets`): a refused pseudonym gets a variant."""
    for attempt in range(4):
        form = {
            "pseudonym": pseudonym(index, attempt),
            "age": 18 + index % 50,
            "gender": "fmx"[index % 3],
            "postal_code": "75001",
        }
        try:
            _, guest = await system.entry.enter(form, ("127.0.0.1", 40000 + index))
        except CausetteError as exc:
            if exc.code not in ("pseudonym_refused", "pseudonym_taken"):
                raise
        else:
            return guest
    raise RuntimeError(f"guest {index}: no pseudonym accepted")


def corpus_texts() -> Callable[[], str]:
    """A function giving the next harmless development text of the moderation corpus."""
    folder = ROOT / "corpus" / "moderation"
    texts: list[str] = []
    for path in [folder / "dev.jsonl", *sorted((folder / "train").glob("*.jsonl"))]:
        for line in path.read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            if case["label"] == "allow" and case["kind"] == "message":
                texts.append(case["text"])
    return itertools.cycle(texts).__next__


async def run(
    pairs: int,
    messages: int,
    profile: bool,
    top: int,
    without: set[str],
    texts: str,
    regexes: bool = False,
) -> None:
    clock = SteppedClock()
    text = (
        corpus_texts()
        if texts == "corpus"
        else (lambda: make_text(96, stamp=round(clock.now * 1_000_000_000)))
    )
    with tempfile.TemporaryDirectory(prefix="profile-dm-") as tmp:
        settings = Settings(
            data_dir=Path(tmp),
            join_wait=0.0,
            rate_messages=1_000_000,
            rate_window=1.0,
            spam_flood_count=1_000_000,
        )
        system = await Causette.start(settings, clock=clock, janitor=False)
        chat = system.chat
        if "moderation" in without:
            chat.checker = AllowAll()
            chat.tier2 = None  # an ALLOW without a model score would go to tier 2
        if "spam" in without:
            chat.spam = None
        if "minors" in without:
            chat.minors = None
        if "sanctions" in without:
            chat.sanctions = None
        try:
            conns = []
            for i in range(2 * pairs):
                guest = await enter(system, i)
                conns.append(await system.chat.connect(guest, NullPeer(), ("127.0.0.1", 1)))
            await asyncio.sleep(0)
            work = [
                (
                    conns[2 * (k % pairs) + (k // pairs) % 2],
                    conns[2 * (k % pairs) + 1 - (k // pairs) % 2],
                )
                for k in range(messages)
            ]
            warm = min(500, messages)
            for k in range(warm):
                sender, to = work[k]
                await system.chat.handle(sender, cmds.Dm(to=to.user, text=text(), ref="w"))
                clock.advance()
            prof = cProfile.Profile() if profile else None
            t0 = time.process_time()
            r0 = resource.getrusage(resource.RUSAGE_SELF)
            timer = RegexTimer() if regexes else None
            if prof is not None:
                prof.enable()
            if timer is not None:
                sys.setprofile(timer.hook)
            for k in range(messages):
                sender, to = work[k]
                await system.chat.handle(sender, cmds.Dm(to=to.user, text=text(), ref=str(k)))
                clock.advance()
                if k % 50 == 0:
                    await asyncio.sleep(0)
            if timer is not None:
                sys.setprofile(None)
            if prof is not None:
                prof.disable()
            cpu = time.process_time() - t0
            r1 = resource.getrusage(resource.RUSAGE_SELF)
            user, kernel = r1.ru_utime - r0.ru_utime, r1.ru_stime - r0.ru_stime
            print(
                f"{messages} DMs over {pairs} pairs: {1000 * cpu / messages:.3f} ms CPU per DM"
                f" (user {1000 * user / messages:.3f}, system {1000 * kernel / messages:.3f})"
            )
            if prof is not None:
                stats = pstats.Stats(prof)
                stats.sort_stats("cumulative").print_stats(top)
                stats.sort_stats("tottime").print_stats(top)
            if timer is not None:
                timer.report(messages, top)
        finally:
            await system.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=200)
    parser.add_argument("--messages", type=int, default=4000)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument(
        "--regexes", action="store_true", help="time each re pattern's searches (no cProfile)"
    )
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument(
        "--without",
        default="",
        help="comma-separated parts left out, to see what the rest costs: "
        "moderation, spam, minors, sanctions",
    )
    parser.add_argument(
        "--texts",
        choices=("bench", "corpus"),
        default="bench",
        help="bench: the load generator's text (one filler, a new stamp); corpus: the "
        "harmless development texts of the moderation corpus, each once",
    )
    args = parser.parse_args()
    without = {w for w in args.without.split(",") if w}
    asyncio.run(
        run(args.pairs, args.messages, args.profile, args.top, without, args.texts, args.regexes)
    )


if __name__ == "__main__":
    main()
