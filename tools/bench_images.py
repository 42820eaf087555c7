"""Benchmark the photo checks: time per 12-megapixel photo, and PDQ robustness.

    python tools/bench_images.py [--runs 15] [--out var/bench]

Writes `images.json` and `images.md` under `--out`:

1. Time, end to end, for one generated 4000 x 3000 photo-like JPEG (q90):
   decode + clean + re-encode, PDQ with the 8 dihedral variants, bank match
   against 10,000 entries, NudeNet detection; with and without nudity
   detection. Median, p90 and max over `--runs` runs, one process, one image
   at a time. Bank matching alone is also timed at 100,000 entries.
2. Robustness: for generated images, the PDQ distance of each edit (plain
   hash, and best of the upload's 8 variants) and whether it matches at 31;
   the closest pair among unrelated images; the quality of a flat image.

Target (issue 8): at most 300 ms per 12 MP photo on these machines.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from causette.media.decode import decode_to_pixels
from causette.media.nudity import NudeNetDetector
from causette.media.pipeline import flatten, pdq_of
from causette.media.synthetic import (
    EDITS,
    ESCAPING_EDITS,
    encode,
    flat_image,
    photo_like,
    structured_image,
)
from causette.moderation.images.banks import (
    Bank,
    BankAction,
    BankEntry,
    BankIndex,
    ImageSignals,
    SignalType,
)
from causette.moderation.images.pdq import MATCH_THRESHOLD, PdqHashes, hamming

TARGET_MS = 300.0


def _random_index(size: int, seed: int = 1) -> BankIndex:
    rng = random.Random(seed)
    entries = [
        BankEntry(f"e{i}", SignalType.PDQ, f"{rng.getrandbits(256):064x}") for i in range(size)
    ]
    return BankIndex([Bank("LOCAL_ILLEGAL", BankAction.BLOCK, "ncii").with_entries(entries)])


def _summary(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p90 = ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]
    return {
        "min_ms": round(ordered[0] * 1000, 1),
        "median_ms": round(statistics.median(ordered) * 1000, 1),
        "p90_ms": round(p90 * 1000, 1),
        "max_ms": round(ordered[-1] * 1000, 1),
    }


def bench_time(runs: int) -> dict[str, Any]:
    photo = photo_like(seed=12)
    data = encode(photo, "JPEG", quality=90)
    index_10k = _random_index(10_000)
    index_100k = _random_index(100_000, seed=2)
    detector = NudeNetDetector()
    stages: dict[str, list[float]] = {
        k: [] for k in ("decode_clean", "pdq", "match_10k", "nudity", "total_without_nudity")
    }
    stages["total_with_nudity"] = []
    match_100k: list[float] = []
    for run in range(runs + 1):
        t0 = time.perf_counter()
        clean, pixels = decode_to_pixels(data)
        t1 = time.perf_counter()
        hashes = pdq_of(pixels)
        t2 = time.perf_counter()
        signals_matches = index_10k.match(_signals(hashes, clean.sha256, clean.source_sha256))
        t3 = time.perf_counter()
        nudity = detector.detect(flatten(pixels))
        t4 = time.perf_counter()
        index_100k.match(_signals(hashes, clean.sha256, clean.source_sha256))
        t5 = time.perf_counter()
        if run == 0:  # warm-up: first onnxruntime call, page cache
            assert not signals_matches and not nudity.explicit
            continue
        stages["decode_clean"].append(t1 - t0)
        stages["pdq"].append(t2 - t1)
        stages["match_10k"].append(t3 - t2)
        stages["nudity"].append(t4 - t3)
        stages["total_without_nudity"].append(t3 - t0)
        stages["total_with_nudity"].append(t4 - t0)
        match_100k.append(t5 - t4)
    return {
        "input": {
            "width": photo.width,
            "height": photo.height,
            "jpeg_quality": 90,
            "bytes": len(data),
            "output": f"{clean.width}x{clean.height} {clean.mime}, {len(clean.data)} bytes",
        },
        "runs": runs,
        "stages": {name: _summary(values) for name, values in stages.items()},
        "match_100k_entries": _summary(match_100k),
        "nudity_model": nudity.model,
        "target_ms": TARGET_MS,
    }


def _signals(hashes: PdqHashes, *digests: str) -> ImageSignals:
    return ImageSignals(pdq=hashes, sha256=tuple(digests))


def bench_robustness(seeds: range) -> dict[str, Any]:
    rows: dict[str, dict[str, Any]] = {}
    for name, edit in {**EDITS, **ESCAPING_EDITS}.items():
        plain, best = [], []
        for seed in seeds:
            base = structured_image(seed)
            original = pdq_of(base).hash
            edited = pdq_of(edit(base))
            plain.append(hamming(original, edited.hash))
            best.append(min(hamming(original, v) for v in edited.variants))
        rows[name] = {
            "plain_distance_max": max(plain),
            "dihedral_distance_max": max(best),
            "dihedral_distance_min": min(best),
            "matched": sum(d <= MATCH_THRESHOLD for d in best),
            "images": len(best),
        }
    unrelated = [pdq_of(structured_image(seed)) for seed in range(5000, 5040)]
    closest = min(
        min(hamming(a.hash, v) for v in b.variants) for a, b in itertools.combinations(unrelated, 2)
    )
    return {
        "threshold": MATCH_THRESHOLD,
        "edits": rows,
        "unrelated_pairs": len(unrelated) * (len(unrelated) - 1) // 2,
        "unrelated_closest_distance": closest,
        "flat_image_quality": pdq_of(flat_image()).quality,
    }


def markdown(report: dict[str, Any]) -> str:
    timing, robust = report["time"], report["robustness"]
    lines = [
        "# Image checks benchmark",
        "",
        f"Machine: {report['machine']}; load average before the run: {report['load_before']}"
        " (the machine is shared: contention shows in p90 and max).",
        "Command: `python tools/bench_images.py`.",
        "",
        f"Input: generated photo-like {timing['input']['width']}x{timing['input']['height']} "
        f"JPEG q90, {timing['input']['bytes']:,} bytes; output {timing['input']['output']}.",
        "",
        f"## Time per photo ({timing['runs']} runs, target ≤ {TARGET_MS:.0f} ms)",
        "",
        "| stage | min ms | median ms | p90 ms | max ms |",
        "|---|---|---|---|---|",
    ]
    for name, s in [*timing["stages"].items(), ("match_100k", timing["match_100k_entries"])]:
        lines.append(
            f"| {name} | {s['min_ms']} | {s['median_ms']} | {s['p90_ms']} | {s['max_ms']} |"
        )
    lines += [
        "",
        f"Nudity model: {timing['nudity_model']}.",
        "",
        f"## PDQ robustness (match: best-of-8 distance ≤ {robust['threshold']})",
        "",
        "| edit | plain distance (max) | dihedral distance (min-max) | matched |",
        "|---|---|---|---|",
    ]
    for name, r in robust["edits"].items():
        lines.append(
            f"| {name} | {r['plain_distance_max']} | {r['dihedral_distance_min']}-"
            f"{r['dihedral_distance_max']} | {r['matched']}/{r['images']} |"
        )
    lines += [
        "",
        f"Unrelated images: closest of {robust['unrelated_pairs']} pairs at distance "
        f"{robust['unrelated_closest_distance']} (no match). "
        f"Flat image quality: {robust['flat_image_quality']} (< 50: never matched).",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--out", type=Path, default=Path("var/bench"))
    args = parser.parse_args(argv)
    report = {
        "machine": f"{platform.machine()}, {platform.python_implementation()} "
        f"{platform.python_version()}, {_cpus()} CPUs",
        "load_before": _load(),
        "time": bench_time(args.runs),
        "robustness": bench_robustness(range(100, 120)),
    }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "images.json").write_text(json.dumps(report, indent=2) + "\n")
    text = markdown(report)
    (args.out / "images.md").write_text(text)
    sys.stdout.write(text)
    return 0


def _load() -> str:
    if not hasattr(os, "getloadavg"):
        return "unknown"
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def _cpus() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


if __name__ == "__main__":
    sys.exit(main())
