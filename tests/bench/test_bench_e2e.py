"""One tiny bounded run of the load generator against the `websockets` peer."""

from __future__ import annotations

import asyncio
import contextlib
import os

import pytest
from bench.loadgen import run_spec
from bench.peers.ws_broadcast import serve_peer
from bench.spec import LoadSpec

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("bulk_reader", ["c", "python"])
async def test_twenty_members_receive_every_frame_with_latency_samples(bulk_reader: str) -> None:
    ready: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    server = asyncio.create_task(serve_peer(0, ready))
    try:
        port = await asyncio.wait_for(ready, 5.0)
        spec = LoadSpec(
            target="websockets",
            port=port,
            kind="fanout",
            rooms=1,
            members=20,
            senders=2,
            offered=[200.0],
            warmup=0.2,
            duration=0.8,
            drain=3.0,
            probes=4,
            timeout=30.0,
            server_pids=[os.getpid()],
            bulk_reader=bulk_reader,
        )
        result = await asyncio.wait_for(run_spec(spec), 30.0)
    finally:
        server.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await server
    [s] = result["steps"]
    # 10 messages/s for 1 s, each to the 20 members (the peer echoes to its sender).
    assert s["echo_to_sender"] is True
    assert s["expected"] == 200
    assert s["delivered"] == 200
    assert s["reach"] == 1.0
    assert s["latency"]["samples"] > 0
    assert s["closed_members"] == 0


async def test_a_non_loopback_target_is_refused() -> None:
    spec = LoadSpec(target="websockets", port=9, kind="idle", n=1, host="10.1.2.3")
    with pytest.raises(ValueError, match="loopback only"):
        await run_spec(spec)


def test_an_unknown_target_is_refused_not_left_out(capsys: pytest.CaptureFixture[str]) -> None:
    """`--targets causette,socketio` ran Causette alone and reported no peer ratio."""
    from bench.run import main

    with pytest.raises(SystemExit) as exited:
        main(["--targets", "causette,socketio", "--scenarios", "S4"])
    assert exited.value.code == 2
    assert "unknown target 'socketio'" in capsys.readouterr().err
