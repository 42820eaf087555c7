"""`tools/matched_share.py` (thirty-eighth sitting): tier 1's catches on the old texts when
its thresholds pass a named share of their harmless ones, so that two trainings are compared
at the same cost in harmless texts."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

import matched_share as ms
import train_moderation_model as tm

from causette.moderation.model import HASH_BITS, features

NAMES = ("SB", "NB", "SR", "NR", "SBc", "NBc", "SRc", "NRc", "may", "sev", "mc")


def grid(harmful_tops: list[float], harmless_tops: list[float]) -> tm.Grid:
    """Texts no rule fired on, judged by the model's best category alone."""
    tops = np.array(harmful_tops + harmless_tops)
    n, k = len(tops), len(harmful_tops)
    flags = {name: np.zeros(n, dtype=bool) for name in (*NAMES, "harmful", "severe")}
    flags["may"][:] = True
    flags["mc"][:k] = True
    flags["harmful"][:k] = True
    return tm.Grid(harm=tops.copy(), top=tops, flags=flags)


def test_the_best_candidate_within_each_share_is_reported() -> None:
    g = grid([0.99, 0.9, 0.75, 0.62], [0.5, 0.5, 0.5, 0.65])
    everything = np.ones(8, dtype=bool)
    (s100, t100, tally100, r100), (s75, _, tally75, r75) = ms.at_shares(
        g, everything, [100.0, 75.0]
    )
    # All harmless passed: the review threshold must sit above 0.65, so 0.62 is missed.
    assert (s100, r100, tally100.caught, tally100.passed) == (100.0, True, 3, 4)
    assert t100[2] >= 0.7
    # One harmless text may be flagged: every harmful one is caught.
    assert (s75, r75, tally75.caught, tally75.passed) == (75.0, True, 4, 3)


def test_only_the_masked_texts_count() -> None:
    g = grid([0.99, 0.9, 0.75, 0.62], [0.5, 0.5, 0.5, 0.65])
    old = np.array([True] * 7 + [False])  # the 0.65 harmless text is a new author's
    ((_, _, tally, reached),) = ms.at_shares(g, old, [100.0])
    assert reached and (tally.harmful, tally.benign, tally.caught) == (4, 3, 4)


def test_a_share_no_candidate_reaches_is_said() -> None:
    g = grid([0.99], [0.99, 0.99])
    ((_, _, tally, reached),) = ms.at_shares(g, np.ones(3, dtype=bool), [100.0])
    assert not reached and tally.passed < tally.benign


def test_files_are_named_by_their_end() -> None:
    entries = ["moderation/dev.jsonl", "train/a.jsonl"]
    assert ms.named(Path("corpus/moderation/train/a.jsonl"), entries)
    assert ms.named(Path("corpus/moderation/dev.jsonl"), entries)
    assert not ms.named(Path("corpus/moderation/train/ba.jsonl"), entries)


def test_a_wider_hash_refines_the_shipped_one() -> None:
    """The same crc32 under a wider mask: each 20-bit feature folds onto its 18-bit one."""
    text, context = "je sais ou tu habites fais gaffe", ("kind=message", "r:threat_vague")
    narrow = features(text, context, (3, 4))
    wide = features(text, context, (3, 4), bits=20)
    assert features(text, context, (3, 4), bits=HASH_BITS) == narrow
    assert max(wide) < 1 << 20 and max(wide) >= 1 << HASH_BITS
    assert list(dict.fromkeys(f & ((1 << HASH_BITS) - 1) for f in wide)) == narrow


def test_floor_share_is_judged_on_the_recorded_texts_only() -> None:
    """Thirty-ninth sitting: with `--floor-share`, the share of harmless texts passed is
    counted on the pair in use's texts, not on a new author's."""
    # Old texts: harmful 0.99, 0.9, 0.75, 0.62; harmless 0.5 x3 and 0.65. New author: one
    # harmless text at 0.95 that every threshold catching 0.62 would also flag.
    g = grid([0.99, 0.9, 0.75, 0.62], [0.5, 0.5, 0.5, 0.65, 0.95])
    old = np.array([True] * 8 + [False])
    best, tally = tm.ranked_for_floor(g, 0.98, None, 0.75, old)[0]
    # 75 % of the old harmless texts: one may be flagged, so all four old harmful texts are
    # caught, whatever the new author's text costs.
    assert (tally.harmful, tally.benign, tally.caught, tally.passed) == (4, 4, 4, 3)
    assert best[2] <= 0.6
    # At 100 % of the old harmless texts, 0.62 is missed.
    _, strict = tm.ranked_for_floor(g, 0.98, None, 1.0, old)[0]
    assert (strict.caught, strict.passed) == (3, 4)


def test_without_floor_share_the_floor_is_the_reference_on_every_text() -> None:
    g = grid([0.99, 0.9, 0.75, 0.62], [0.5, 0.5, 0.5, 0.65, 0.95])
    reference = (0.0, 0.0, 0.7, 0.9)  # review from 0.7: passes 4 of the 5 harmless texts
    default = tm.ranked_for_floor(g, 0.98, reference)
    assert default == tm.ranked(g, tm.benign_floor(g, 0.98, reference))
    _, tally = default[0]
    assert tally.benign == 5 and tally.passed >= 4


def test_floor_share_without_recorded_texts_is_refused() -> None:
    g = grid([0.9], [0.5])
    with pytest.raises(SystemExit, match="like-for-like"):
        tm.ranked_for_floor(g, 0.98, None, 0.97, None)
