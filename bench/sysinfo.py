"""What the harness reads from Linux: CPU time, RSS, affinity and file limits."""

from __future__ import annotations

import contextlib
import os
import platform
import resource
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

__all__ = [
    "cpu_ns",
    "machine_info",
    "pin",
    "raise_nofile",
    "rss_kb",
    "sched_ns",
]


def cpu_ns(pids: Iterable[int]) -> int:
    """CPU time in ns spent so far by every thread of `pids` (schedstat field 1).

    `/proc/<pid>/task/*/schedstat` counts time on CPU per thread, in ns, for
    user and kernel alike; summing over threads covers worker threads too.
    Processes or threads that have gone are skipped.
    """
    return sched_ns(pids)[0]


def sched_ns(pids: Iterable[int]) -> tuple[int, int]:
    """(ns on CPU, ns waiting on a run queue) summed over every thread of `pids`.

    The wait (schedstat field 2) tells a contended run: time the process was
    runnable but another process held its core (other work on a shared machine).
    """
    total = wait = 0
    for pid in pids:
        task_dir = Path(f"/proc/{pid}/task")
        try:
            tasks = list(task_dir.iterdir())
        except OSError:
            continue
        for task in tasks:
            with contextlib.suppress(OSError, ValueError, IndexError):
                fields = (task / "schedstat").read_text().split()
                total += int(fields[0])
                wait += int(fields[1])
    return total, wait


def rss_kb(pids: Iterable[int]) -> int:
    """Resident set size in KiB summed over `pids` (VmRSS of /proc/<pid>/status)."""
    total = 0
    for pid in pids:
        try:
            text = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        for line in text.splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
                break
    return total


def pin(cpu: int) -> bool:
    """Pin the calling process to `cpu` if the machine has it; report whether it did."""
    try:
        if cpu >= (os.cpu_count() or 1):
            return False
        os.sched_setaffinity(0, {cpu})
        return True
    except (AttributeError, OSError):
        return False


def raise_nofile() -> int:
    """Raise the soft RLIMIT_NOFILE to the hard limit; return the new soft limit.

    Children inherit it, so the orchestrator calls this before starting servers.
    """
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY:
        hard = 1 << 20
    if soft < hard:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


LOOP = (
    "import time\n"
    "t = time.process_time()\n"
    "s = 0\n"
    "for i in range(20_000_000):\n"
    "    s += i\n"
    "print(time.process_time() - t)\n"
)
"""The interpreter's own speed: CPU seconds for 20 M additions in a Python loop. It moves
1.5-1.6x between a CPython built with PGO and LTO (Debian's) and one built without (pyenv's
default) on the same machine, and as much between machines: every figure carries it."""


def interpreter_speed(python: Path) -> tuple[str, float]:
    """(version, seconds of `LOOP`) of the interpreter `python` (nan when it fails)."""
    try:
        done = subprocess.run(
            [str(python), "-c", "import sys; print(sys.version.split()[0]);\n" + LOOP],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        version, seconds = done.stdout.split()
        return version, float(seconds)
    except (OSError, subprocess.SubprocessError, ValueError):
        return "unknown", float("nan")


def machine_info(server_python: Path | None = None) -> dict[str, str | int]:
    """The facts a figure must carry: CPU model, cores, kernel, Python; with
    `server_python`, the servers' interpreter and its speed (`LOOP`)."""
    model = "unknown"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    mem_kb = 0
    with contextlib.suppress(OSError, ValueError, IndexError):
        mem_kb = int(Path("/proc/meminfo").read_text().split("\n")[0].split()[1])
    info: dict[str, str | int] = {
        "cpu": model,
        "cores": os.cpu_count() or 1,
        "mem_gib": round(mem_kb / 1048576),
        "kernel": platform.release(),
        "python": sys.version.split()[0],
    }
    if server_python is not None:
        version, seconds = interpreter_speed(server_python)
        info["server_python"] = f"{version} ({server_python}; 20M-addition loop {seconds:.2f} s)"
    return info
