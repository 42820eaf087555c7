"""The load generator: one process, uvloop, raw sockets, bounded runs.

`python -m bench.loadgen --spec JSON` runs one `LoadSpec` against a server that is
already listening on 127.0.0.1 and prints ``RESULT {json}`` as its last line.
The orchestrator (`bench.run`) starts servers, pins processes and writes reports.

Accounting, for every step of a fan-out or DM run:

* expected frames grow by the recipients of each message when it is sent
  (room members, minus the sender unless the target echoes to it, which is
  measured once with a calibration message); delivered frames are counted on
  the stable members only (churn connections are not);
* reach = delivered / expected after the last send and a bounded drain;
* rates, CPU and latency cover the measurement window that follows the
  warm-up; latency samples are messages sent in the window, read by probes.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import random
import sys
import time
from collections.abc import Sequence
from typing import Any

from bench.bulkread import BulkReader
from bench.client import Recorder
from bench.sideload import churn, history_reader
from bench.spec import LoadSpec
from bench.stats import lag_ms, percentiles_ms, tail_shape
from bench.sysinfo import cpu_ns, raise_nofile, rss_kb, sched_ns
from bench.targets import Member, Target, make_target

__all__ = ["main", "run_spec"]

# A run is "contended" when server or client waited on a run queue more than this
# share of the window: other work held their core, so the figures are pessimistic.
CONTENDED = 0.05
REFUSED = 2  # kind index of refusal frames in every target's prefix table
FILLER = " salut à toutes et à tous, belle journée sur le salon du banc d'essai"


def log(msg: str) -> None:
    print(f"[loadgen {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def make_text(length: int, stamp: int | None = None) -> str:
    """A message text carrying its send stamp: ``t=<ns>| salut ...`` (`length` chars);
    `stamp` (nanoseconds) instead of the wall clock's when given.

    Nothing else numeric goes in it: Causette's moderation rightly refuses number
    codes such as 88 or 1488, which short counters would spell now and then.
    """
    head = f"t={time.time_ns() if stamp is None else stamp}|"
    return (head + FILLER * (1 + length // len(FILLER)))[: max(length, len(head))]


async def connect_many(
    target: Target, rooms: Sequence[str | None], concurrency: int, first: int = 0
) -> tuple[list[Member], float]:
    """Connect one member per entry of `rooms` (in order); return them and connects/s."""
    sem = asyncio.Semaphore(concurrency)

    async def one(i: int, room: str | None) -> Member:
        async with sem:
            return await target.connect(first + i, room)

    t0 = time.perf_counter()
    members = await asyncio.gather(*(one(i, r) for i, r in enumerate(rooms)))
    elapsed = time.perf_counter() - t0
    return list(members), len(members) / elapsed if elapsed > 0 else 0.0


def spread(count: int, total: int, avoid: set[int]) -> list[int]:
    """`count` indices spread evenly over range(total), skipping `avoid` when possible."""
    candidates = [i for i in range(total) if i not in avoid] or list(range(total))
    if count >= len(candidates):
        return candidates
    step = len(candidates) / count
    return [candidates[int(k * step)] for k in range(count)]


class Step:
    """Counters shared by the sender tasks of one measured step."""

    def __init__(self) -> None:
        self.sent = 0
        self.expected = 0


async def sender(
    target: Target,
    member: Member,
    sid: int,
    payload_to: str,
    dm: bool,
    rate: float,
    count: int,
    t0: float,
    recipients: int,
    step: Step,
    text_len: int,
) -> None:
    """Send `count` messages at `rate`/s from a random phase; bounded by `count`."""
    loop = asyncio.get_running_loop()
    phase = random.random() / rate
    for k in range(count):
        delay = t0 + phase + k / rate - loop.time()
        if delay > 0:
            await asyncio.sleep(delay)
        text = make_text(text_len)
        frame = target.dm(payload_to, text) if dm else target.room_message(payload_to, text)
        member.conn.send_text(frame)
        step.sent += 1
        step.expected += recipients


async def calibrate_echo(target: Target, member: Member, to: str, dm: bool) -> bool:
    """Send one message; report whether the sender itself receives it back."""
    before = member.conn.delivered
    text = make_text(40)
    member.conn.send_text(target.dm(to, text) if dm else target.room_message(to, text))
    await asyncio.sleep(1.0)
    return member.conn.delivered > before


async def run_idle(spec: LoadSpec, target: Target) -> dict[str, Any]:
    """S1: connect `n` members (no room), then measure RSS per connection and idle CPU."""
    pids = spec.server_pids
    rss0 = rss_kb(pids)
    members, connects_per_s = await connect_many(target, [None] * spec.n, spec.concurrency)
    for m in members:
        m.conn.to_bulk()
    await asyncio.sleep(1.0)
    rss1 = rss_kb(pids)
    c0, t0 = cpu_ns(pids), time.perf_counter()
    await asyncio.sleep(spec.duration)
    c1, t1 = cpu_ns(pids), time.perf_counter()
    alive = sum(not m.conn.closed for m in members)
    for m in members:
        m.conn.close()
    return {
        "connections": spec.n,
        "alive": alive,
        "connects_per_s": connects_per_s,
        "rss_base_kb": rss0,
        "rss_kb": rss1,
        "kb_per_conn": (rss1 - rss0) / spec.n if spec.n else None,
        "idle_server_cpu_share": (c1 - c0) / 1e9 / (t1 - t0),
    }


async def run_traffic(spec: LoadSpec, target: Target, rec: Recorder) -> dict[str, Any]:
    """S2-S7 (fan-out) and S4 (DM): connect, calibrate, then one measured step per rate."""
    dm = spec.kind == "dm"
    if dm:
        rooms_of: list[str | None] = [None] * (2 * spec.pairs)
    else:
        room_ids = await target.rooms(spec.rooms)
        rooms_of = [room_ids[i % spec.rooms] for i in range(spec.rooms * spec.members)]
    members, connects_per_s = await connect_many(target, rooms_of, spec.concurrency)
    log(f"{len(members)} members connected ({connects_per_s:.0f}/s)")
    if dm:
        partner = {i: i ^ 1 for i in range(len(members))}
        send_idx = list(range(len(members)))
        recipients_base = 1
    else:
        # Optional cap on each sender's rate (the same for every target, so the
        # comparison stays fair): busy rooms then get more senders.
        senders = spec.senders
        if spec.max_sender_rate > 0:
            room_msgs = max(spec.offered) / spec.members / spec.rooms
            senders = max(senders, math.ceil(room_msgs / spec.max_sender_rate))
        senders = min(spec.members, senders)
        send_idx = [i for i in range(len(members)) if i // spec.rooms < senders]
        recipients_base = spec.members - 1
    probe_idx = set(spread(spec.probes, len(members), set(send_idx)))
    for i, m in enumerate(members):
        if i in probe_idx:
            m.conn.to_probe()
        else:
            m.conn.to_bulk()
    reader = None
    if spec.bulk_reader == "c":
        bulk = [m.conn for i, m in enumerate(members) if i not in probe_idx]
        reader = await BulkReader.start(bulk, target.prefixes, sio=any(c.sio for c in bulk))
        log("bulk connections read by " + ("bench/bulkread.c" if reader else "Python"))
    client_pids = [os.getpid()] + ([reader.pid] if reader is not None else [])
    readers: list[Member] = []
    if spec.history_per_s > 0 and target.has_history and not dm:
        extra = [rooms_of[i % len(rooms_of)] for i in range(spec.history_clients)]
        readers, _ = await connect_many(target, extra, spec.concurrency, first=9_000_000)

    first = members[send_idx[0]]
    to0 = members[partner[send_idx[0]]].user if dm else first.room
    assert to0 is not None
    echo = await calibrate_echo(target, first, to0, dm)
    recipients = recipients_base + (1 if echo else 0)
    log(f"echo to sender: {echo}; recipients per message: {recipients}")
    await asyncio.sleep(0.5)

    steps: list[dict[str, Any]] = []
    for offered in spec.offered:
        step = await measure_step(
            spec,
            target,
            rec,
            members,
            send_idx,
            partner if dm else None,
            recipients,
            offered,
            readers,
            client_pids,
        )
        step["echo_to_sender"] = echo
        steps.append(step)
        log(
            f"offered {offered:.0f}: delivered {step['delivered_per_s']:.0f}/s "
            f"reach {step['reach']:.4f} p99 {step['latency']['p99_ms']:.1f} ms "
            f"{step['server_us_per_frame']:.1f} us/frame client {step['client_cpu_share']:.2f}"
            f" tail in {step['tail']['slices_100ms']} slices of 100 ms,"
            f" client loop lag max {step['client_loop_lag']['max_ms']:.1f} ms"
        )
        if len(spec.offered) > 1 and (
            step["reach"] < 1.0
            or step["latency"]["p99_ms"] > spec.stop_p99_ms
            or step["client_bound"]
        ):
            break
        await asyncio.sleep(1.0)
    if reader is not None:
        await reader.stop()
    for m in members + readers:
        m.conn.close()
    return {"connections": len(members), "connects_per_s": connects_per_s, "steps": steps}


async def measure_step(
    spec: LoadSpec,
    target: Target,
    rec: Recorder,
    members: list[Member],
    send_idx: list[int],
    partner: dict[int, int] | None,
    recipients: int,
    offered: float,
    readers: list[Member],
    client_pids: list[int],
) -> dict[str, Any]:
    """One bounded step at `offered` frames/s (messages/s for DMs); the client's CPU is
    that of `client_pids` (the load generator and its C reader)."""
    loop = asyncio.get_running_loop()
    dm = partner is not None
    msgs_per_s = offered if dm else offered / spec.members
    rate = msgs_per_s / len(send_idx)
    total_s = spec.warmup + spec.duration
    # The exact total is spread over the senders (some may send one fewer).
    total = max(1, round(msgs_per_s * total_s))
    pids, me = spec.server_pids, client_pids
    rec.reset()
    step = Step()
    base = sum(m.conn.delivered for m in members)
    refused0 = sum(m.conn.counts[REFUSED] for m in members)
    t0 = loop.time() + 0.2
    tasks = []
    for s, i in enumerate(send_idx):
        count = total // len(send_idx) + (1 if s < total % len(send_idx) else 0)
        if count == 0:
            continue
        m = members[i]
        to = members[partner[i]].user if partner is not None else m.room
        assert to is not None
        tasks.append(
            asyncio.create_task(
                sender(target, m, s, to, dm, rate, count, t0, recipients, step, spec.text_len)
            )
        )
    stop = asyncio.Event()
    side: list[asyncio.Task[None]] = []
    churn_stats = {"opened": 0, "closed": 0, "failed": 0}
    hist_lat: list[int] = []
    hist_stats = {"history_ok": 0, "history_failed": 0, "history_skipped": 0}
    if spec.churn_per_s > 0 and not dm:
        room = members[0].room
        assert room is not None
        side.append(asyncio.create_task(churn(target, room, spec.churn_per_s, stop, churn_stats)))
    if readers:
        side.append(
            asyncio.create_task(
                history_reader(target, readers, spec.history_per_s, stop, hist_lat, hist_stats)
            )
        )

    await asyncio.sleep(max(0.0, t0 + spec.warmup - loop.time()))
    # The client's CPU includes its C reader; its run-queue wait is the load
    # generator's own (the reader shares its core by design: not contention).
    (sc0, sq0), (cc0, _), (_, cq0) = sched_ns(pids), sched_ns(me), sched_ns(me[:1])
    w0 = time.perf_counter()
    d0, s0 = sum(m.conn.delivered for m in members), step.sent
    rec.open()
    lag: list[int] = []
    lag_stop = asyncio.Event()
    lag_task = asyncio.create_task(loop_lag(lag_stop, lag))
    await asyncio.sleep(spec.duration)
    lag_stop.set()
    (sc1, sq1), (cc1, _), (_, cq1) = sched_ns(pids), sched_ns(me), sched_ns(me[:1])
    w1 = time.perf_counter()
    d1, s1 = sum(m.conn.delivered for m in members), step.sent
    rec.close()
    await lag_task
    await asyncio.wait_for(asyncio.gather(*tasks), timeout=spec.warmup + spec.duration + 30)
    stop.set()
    if side:
        await asyncio.wait(side, timeout=10.0)

    def refused_now() -> int:
        return sum(m.conn.counts[REFUSED] for m in members) - refused0

    # A message the server refused or held (moderation, limits) is owed to no one:
    # reach is over the accepted messages, and the refusals are reported beside it.
    deadline = loop.time() + spec.drain
    while sum(m.conn.delivered for m in members) - base < (
        step.expected - refused_now() * recipients
    ) and (loop.time() < deadline):
        await asyncio.sleep(0.1)
    delivered_all = sum(m.conn.delivered for m in members) - base
    refused = refused_now()
    owed = step.expected - refused * recipients
    window = w1 - w0
    frames, sent = d1 - d0, s1 - s0
    server_ns = sc1 - sc0
    client_share = (cc1 - cc0) / 1e9 / window
    lat = percentiles_ms(rec.samples)
    out: dict[str, Any] = {
        "offered_per_s": offered,
        "msgs_per_s": msgs_per_s,
        "senders": len(send_idx),
        "delivered_per_s": frames / window,
        "sent_in_window": sent,
        "frames_in_window": frames,
        "expected": step.expected,
        "delivered": delivered_all,
        "reach": delivered_all / owed if owed > 0 else 0.0,
        "reach_raw": delivered_all / step.expected if step.expected else 0.0,
        "refused": refused,  # rejected / held / error frames the senders got back
        "latency": lat,
        # Where p99's samples were sent (one burst or spread), and how late this
        # process's own loop ran: to tell a server stall from a client one.
        "tail": tail_shape(rec.samples, rec.sent, rec.since),
        "client_loop_lag": lag_ms(lag),
        "server_cpu_share": server_ns / 1e9 / window,
        "server_us_per_frame": server_ns / 1e3 / frames if frames else None,
        "server_ms_per_msg": server_ns / 1e6 / sent if sent else None,
        "client_cpu_share": client_share,
        "client_bound": client_share > 0.7,
        # Run-queue wait: runnable but another process held the core (shared machine).
        "server_wait_share": (sq1 - sq0) / 1e9 / window,
        "client_wait_share": (cq1 - cq0) / 1e9 / window,
        "contended": (sq1 - sq0) / 1e9 / window > CONTENDED
        or (cq1 - cq0) / 1e9 / window > CONTENDED,
        "closed_members": sum(m.conn.closed for m in members),
    }
    if spec.churn_per_s > 0:
        out["churn"] = churn_stats
    if readers:
        out["history"] = {**hist_stats, **percentiles_ms(hist_lat)}
    return out


async def loop_lag(stop: asyncio.Event, out: list[int], tick: float = 0.005) -> None:
    """Sleep `tick` seconds again and again until `stop`; append each wake-up's lateness
    (ns) to `out`: how long this process's event loop kept probes and senders waiting."""
    while not stop.is_set():
        t0 = time.perf_counter_ns()
        await asyncio.sleep(tick)
        out.append(max(0, time.perf_counter_ns() - t0 - int(tick * 1e9)))


async def run_spec(spec: LoadSpec) -> dict[str, Any]:
    """Run `spec` to completion (bounded by `spec.timeout`); return the result dict."""
    rec = Recorder()
    target = make_target(spec.target, spec.host, [spec.port, *spec.extra_ports], rec)
    await target.start()
    try:
        if spec.kind == "idle":
            body = await asyncio.wait_for(run_idle(spec, target), spec.timeout)
        elif spec.kind in ("fanout", "dm"):
            body = await asyncio.wait_for(run_traffic(spec, target, rec), spec.timeout)
        else:
            raise ValueError(f"unknown kind {spec.kind!r}")
    finally:
        await target.stop()
    return {"target": spec.target, "kind": spec.kind, **body}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Causette bench load generator")
    parser.add_argument("--spec", required=True, help="LoadSpec as JSON")
    parser.add_argument("--no-uvloop", action="store_true")
    args = parser.parse_args(argv)
    spec = LoadSpec.from_json(args.spec)
    raise_nofile()
    try:
        if args.no_uvloop:
            result = asyncio.run(run_spec(spec))
        else:
            import uvloop

            result = uvloop.run(run_spec(spec))
    except Exception as exc:
        log(f"failed: {exc!r}")
        result = {"target": spec.target, "kind": spec.kind, "error": repr(exc)}
    import json

    print("RESULT " + json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
