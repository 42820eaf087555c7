"""Start and stop the systems under test, pinned to a core, on 127.0.0.1 only.

`start_server(name, cpu=0)` returns a `Server` whose `pids` are every process the
CPU figures must add up (the server, its children, and Redis/PostgreSQL when the
scenario uses them). `Server.stop()` ends exactly the processes it started.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "Server",
    "ServerUnavailable",
    "causette_available",
    "free_port",
    "redis_clients",
    "start_postgres",
    "start_redis",
    "start_server",
]

BIN = Path(sys.executable).parent
"""The venv whose interpreter runs the servers (Causette and the peers alike):
this one unless `python -m bench.run --server-venv DIR` chooses another."""
START_TIMEOUT = 30.0

# The bench runs Causette with moderation ON (its default; never turned off in a
# figure), join waits off and rate limits out of the way so the load is the load.
CAUSETTE_ENV = {
    "CAUSETTE_JOIN_WAIT": "0",
    "CAUSETTE_RATE_MESSAGES": "1000000",
    "CAUSETTE_RATE_WINDOW": "1",
    # The spam guard's flood limit is a per-user rate, raised with the rate limits;
    # every content check (tiers 0+1, repeated text) stays on.
    "CAUSETTE_SPAM_FLOOD_COUNT": "1000000",
}


class ServerUnavailable(RuntimeError):
    """The server could not start (not built yet, refused its settings, crashed)."""


@dataclass
class Server:
    """A running system under test and the processes that belong to it."""

    name: str
    ports: list[int]
    procs: list[subprocess.Popen[bytes]]
    tmpdirs: list[str] = field(default_factory=list)
    extra_pids: list[int] = field(default_factory=list)

    @property
    def pids(self) -> list[int]:
        """Every process to account: started ones, their descendants, extras."""
        out: list[int] = []
        for p in self.procs:
            out += [p.pid, *_descendants(p.pid)]
        return out + self.extra_pids

    def stop(self) -> None:
        """Terminate the process groups this server started, then clean its temp dirs."""
        for p in self.procs:
            if p.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(p.pid, signal.SIGTERM)
        for p in self.procs:
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(p.pid, signal.SIGKILL)
                p.wait(timeout=5)
        for d in self.tmpdirs:
            shutil.rmtree(d, ignore_errors=True)


def _descendants(pid: int) -> list[int]:
    out: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            kids = [int(x) for x in (task / "children").read_text().split()]
        except OSError:
            continue
        for k in kids:
            out += [k, *_descendants(k)]
    return out


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _pinned(cpu: int | None) -> Callable[[], None]:
    def pre() -> None:
        if cpu is not None and cpu < (os.cpu_count() or 1):
            os.sched_setaffinity(0, {cpu})

    return pre


def _spawn(
    cmd: list[str], cpu: int | None, env: dict[str, str] | None = None, log: Path | None = None
) -> subprocess.Popen[bytes]:
    # The child keeps its own copy of the log's descriptor: ours is closed once it runs.
    with open(log, "wb") if log is not None else contextlib.nullcontext() as out:
        return subprocess.Popen(
            cmd,
            env={**os.environ, **(env or {})},
            stdout=out if out is not None else subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=_pinned(cpu),
        )


def _wait_ready(proc: subprocess.Popen[bytes], port: int, http: bool, log: Path | None) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            tail = log.read_text(errors="replace")[-2000:] if log and log.exists() else ""
            raise ServerUnavailable(f"exited with {proc.returncode}: {tail.strip()}")
        try:
            if http:
                url = f"http://127.0.0.1:{port}/healthz"
                with urllib.request.urlopen(url, timeout=1.0) as r:
                    if r.status == 200:
                        return
            else:
                with socket.create_connection(("127.0.0.1", port), timeout=1.0):
                    return
        except OSError:
            pass
        time.sleep(0.1)
    raise ServerUnavailable(f"not listening on {port} after {START_TIMEOUT:.0f} s")


def use_server_venv(venv: Path) -> None:
    """Run every server of this process with `venv`'s interpreter (another Python build:
    the distribution's, optimised with PGO and LTO, against a source build without them)."""
    global BIN
    BIN = venv.resolve() / "bin"


def server_python() -> Path:
    """The interpreter the servers run on."""
    return BIN / "python"


def causette_available() -> str | None:
    """None when `causette serve` exists in the servers' venv; else why it does not."""
    exe = BIN / "causette"
    if not exe.exists():
        return f"{exe} not installed"
    try:
        r = subprocess.run([str(exe), "serve", "--help"], capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return repr(exc)
    if r.returncode != 0:
        lines = (r.stderr or r.stdout).decode(errors="replace").strip().splitlines()
        return lines[-1][:300] if lines else "serve failed"
    return None


def start_server(
    name: str, cpu: int | None = 0, nodes: int = 1, env: dict[str, str] | None = None
) -> Server:
    """Start `name` (``causette``, ``websockets``, ``python-socketio``) and wait for it.

    Causette gets a fresh temp `CAUSETTE_DATA_DIR` (shared by its `nodes`) and the
    bench settings above; `env` adds to them (S8 passes the Redis and PostgreSQL
    URLs). Raise `ServerUnavailable` if it does not come up.
    """
    tmp = tempfile.mkdtemp(prefix=f"bench-{name}-")
    server = Server(name, [], [], [tmp])
    try:
        for node in range(nodes):
            port = free_port()
            log = Path(tmp) / f"server-{node}.log"
            if name == "causette":
                cmd = [str(BIN / "causette"), "serve", "--host", "127.0.0.1", "--port", str(port)]
                full_env = {**CAUSETTE_ENV, "CAUSETTE_DATA_DIR": tmp, **(env or {})}
            elif name == "websockets":
                cmd = [str(server_python()), "-m", "bench.peers.ws_broadcast", "--port", str(port)]
                full_env = dict(env or {})
            elif name == "python-socketio":
                cmd = [str(server_python()), "-m", "bench.peers.sio_server", "--port", str(port)]
                full_env = dict(env or {})
            else:
                raise ValueError(f"unknown server {name!r}")
            proc = _spawn(cmd, cpu, full_env, log)
            server.procs.append(proc)
            server.ports.append(port)
            _wait_ready(proc, port, http=name == "causette", log=log)
    except BaseException:
        server.stop()
        raise
    return server


def start_redis(cpu: int | None = None) -> Server:
    """A throwaway redis-server on 127.0.0.1 (no persistence); raise if absent."""
    exe = shutil.which("redis-server")
    if exe is None:
        raise ServerUnavailable("redis-server not installed (apt-get install redis-server)")
    port = free_port()
    tmp = tempfile.mkdtemp(prefix="bench-redis-")
    cmd = [
        exe,
        "--port",
        str(port),
        "--bind",
        "127.0.0.1",
        "--save",
        "",
        "--appendonly",
        "no",
        "--dir",
        tmp,
    ]
    proc = _spawn(cmd, cpu)
    server = Server("redis", [port], [proc], [tmp])
    try:
        _wait_ready(proc, port, http=False, log=None)
    except BaseException:
        server.stop()
        raise
    return server


def start_postgres(cpu: int | None = None) -> tuple[Server, str]:
    """A throwaway PostgreSQL cluster on 127.0.0.1; return it and its URL.

    initdb refuses to run as root, so the cluster runs as the `postgres` user when
    the harness is root. Raise `ServerUnavailable` when PostgreSQL is not installed.
    """
    initdb = shutil.which("initdb")
    postgres = shutil.which("postgres")
    if initdb is None or postgres is None:
        raise ServerUnavailable("PostgreSQL binaries (initdb, postgres) not found")
    port = free_port()
    tmp = tempfile.mkdtemp(prefix="bench-pg-")
    data = Path(tmp) / "data"
    prefix: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(tmp, "postgres", "postgres")
        prefix = ["runuser", "-u", "postgres", "--"]
    subprocess.run(
        [*prefix, initdb, "-D", str(data), "-U", "bench", "--auth=trust", "-E", "UTF8"],
        check=True,
        capture_output=True,
        timeout=120,
    )
    cmd = [
        *prefix,
        postgres,
        "-D",
        str(data),
        "-p",
        str(port),
        "-k",
        tmp,
        "-c",
        "listen_addresses=127.0.0.1",
        "-c",
        "fsync=on",
    ]
    proc = _spawn(cmd, cpu)
    server = Server("postgresql", [port], [proc], [tmp])
    try:
        _wait_ready(proc, port, http=False, log=None)
    except BaseException:
        server.stop()
        raise
    return server, f"postgresql://bench@127.0.0.1:{port}/postgres"


def redis_clients(port: int) -> int:
    """Clients connected to the Redis on `port`, not counting this probe; -1 if unreachable.

    S8 uses it to tell a real Redis broker from nodes that ignore CAUSETTE_REDIS_URL.
    """
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=2.0) as s:
            s.sendall(b"INFO clients\r\n")
            data = b""
            while b"connected_clients:" not in data or not data.endswith(b"\r\n"):
                chunk = s.recv(65536)
                if not chunk:
                    break
                data += chunk
    except OSError:
        return -1
    for line in data.decode(errors="replace").splitlines():
        if line.startswith("connected_clients:"):
            return int(line.split(":", 1)[1]) - 1
    return -1
