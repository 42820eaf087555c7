"""`tools/train_tier2.py`'s choice rule (`choose`, `qualifies`, `benign_floor`,
`neutral_setting`): pure functions over candidate rows, no training.

The eighteenth sitting shipped a setting that, out of fold, caught 76.6 % of the harmful
development texts against 79.3 % for tiers 0+1 alone, because the former rule kept the
best rank among settings passing 98 % of the harmless texts, whatever they caught. These
tests pin the rule that replaced it: tier 2 never lowers caught or severe blocked against
tiers 0+1, and passes at least min(98 %, tiers 0+1's share) of the harmless texts, less one
standard error of that share when tiers 0+1 are below 98 % and tier 2 catches or blocks more
(the twenty-sixth sitting's `allowance`)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("numpy")

TOOLS = Path(__file__).resolve().parents[2] / "tools"
if str(TOOLS) not in sys.path:
    sys.path.insert(0, str(TOOLS))

from train_tier2 import (  # noqa: E402
    MLP_DECAY,
    MLP_EPOCHS,
    MLP_UNITS,
    Figures,
    Ranked,
    Setting,
    allowance,
    benign_floor,
    best_setting,
    choose,
    final_choice,
    neutral_setting,
    qualifies,
    rank,
    tier2_version,
)

from causette.domain.profile import AgeBand  # noqa: E402
from causette.domain.rooms import RoomKind  # noqa: E402
from causette.moderation.verdict import CATEGORIES, Context, TextKind  # noqa: E402

RECIPE = (False, MLP_UNITS, MLP_DECAY, 2 * MLP_EPOCHS)

# Tiers 0+1 alone, out of fold, at the eighteenth sitting (below the 98 % floor).
TIERS01 = Figures(
    caught=0.793, benign_passed=0.9719, severe_blocked=0.782, reach_benign=0.0, reach_missed=0.0
)


def row(
    caught: float, benign: float, severe: float, reach: float = 0.05, review: float = 0.9
) -> Ranked:
    setting = Setting(*RECIPE, settles=True, gate=0.7, review=review, severe=0.95, veto=0.1)
    figures = Figures(caught, benign, severe, reach, 0.3)
    return rank(setting, figures), setting, figures


# The shipped kind of setting: best harmless rate, fewer catches than tiers 0+1.
LOSES_CATCHES = row(0.766, 0.9801, 0.781, review=0.98)
# Catches more, blocks more severe texts, passes as many harmless texts as tiers 0+1.
ADDS_CATCHES = row(0.812, 0.9722, 0.800, review=0.8)
# Catches even more, but passes fewer harmless texts than tiers 0+1.
COSTS_HARMLESS = row(0.85, 0.9650, 0.83, review=0.6)
# Catches more but blocks fewer severe texts.
LOSES_SEVERE = row(0.83, 0.9750, 0.77, review=0.7)


def former_rule(found: list[Ranked], min_benign: float, max_reach: float) -> Ranked | None:
    """The rule until the eighteenth sitting: the best rank among the settings passing
    `min_benign` of the harmless texts (the search dropped the others)."""
    return best_setting([r for r in found if r[2].benign_passed >= min_benign], max_reach)


def test_the_former_rule_shipped_a_setting_that_loses_catches() -> None:
    # Documents the regression the new rule fixes: the former rule picks LOSES_CATCHES.
    found = [LOSES_CATCHES, ADDS_CATCHES, COSTS_HARMLESS, LOSES_SEVERE]
    assert former_rule(found, 0.98, 0.10) is LOSES_CATCHES


def test_choose_refuses_a_setting_catching_less_than_tiers01() -> None:
    found = [LOSES_CATCHES, ADDS_CATCHES, COSTS_HARMLESS, LOSES_SEVERE]
    assert choose(found, TIERS01, 0.98, 0.10) is ADDS_CATCHES
    assert not qualifies(LOSES_CATCHES[2], TIERS01, 0.98)


def test_choose_refuses_fewer_severe_blocks_or_fewer_harmless_passed_below_the_floor() -> None:
    assert not qualifies(LOSES_SEVERE[2], TIERS01, 0.98)
    assert not qualifies(COSTS_HARMLESS[2], TIERS01, 0.98)
    assert choose([COSTS_HARMLESS, LOSES_SEVERE], TIERS01, 0.98, 0.10) is None


def test_choose_says_none_rather_than_the_least_bad_setting() -> None:
    assert choose([LOSES_CATCHES], TIERS01, 0.98, 0.10) is None
    assert choose([], TIERS01, 0.98, 0.10) is None


def test_the_benign_floor_is_the_lower_of_the_budget_and_tiers01() -> None:
    assert benign_floor(TIERS01, 0.98) == pytest.approx(0.9719)
    above = Figures(0.79, 0.985, 0.78, 0.0, 0.0)
    assert benign_floor(above, 0.98) == pytest.approx(0.98)
    # Tiers 0+1 above the floor: tier 2 may spend harmless texts down to it, not below.
    assert qualifies(Figures(0.80, 0.9805, 0.78, 0.05, 0.3), above, 0.98)
    assert not qualifies(Figures(0.80, 0.9795, 0.78, 0.05, 0.3), above, 0.98)


def test_choose_respects_the_traffic_cap() -> None:
    busy = row(0.82, 0.9730, 0.80, reach=0.15)
    assert choose([busy, ADDS_CATCHES], TIERS01, 0.98, 0.10) is ADDS_CATCHES
    assert choose([busy], TIERS01, 0.98, 0.10) is None


def test_choose_keeps_the_best_rank_among_those_that_qualify() -> None:
    better = row(0.83, 0.9725, 0.81, review=0.75)
    found = [ADDS_CATCHES, better, LOSES_CATCHES]
    assert choose(found, TIERS01, 0.98, 0.10) is better
    # The same catches: the one passing more harmless texts.
    kinder = row(0.812, 0.9760, 0.800, review=0.85)
    assert choose([ADDS_CATCHES, kinder], TIERS01, 0.98, 0.10) is kinder


def test_tier2_does_as_well_as_tiers01_alone_when_it_changes_nothing() -> None:
    # Equal to tiers 0+1 on every count qualifies (float noise aside).
    same = Figures(0.793 + 1e-12, 0.9719 - 1e-12, 0.782, 0.05, 0.3)
    assert qualifies(same, TIERS01, 0.98)


def test_the_neutral_setting_changes_no_verdict() -> None:
    np = pytest.importorskip("numpy")
    from dataclasses import replace

    from causette.moderation.tier2 import Tier2Model

    setting = neutral_setting(RECIPE, 0.8)
    assert setting.gate == 0.8
    assert not setting.settles and setting.veto == 0.0
    assert (setting.stacked, setting.hidden, setting.l2, setting.epochs) == RECIPE
    n = len(CATEGORIES)
    model = Tier2Model(
        version="t",
        embedder="e",
        categories=CATEGORIES,
        mean=np.zeros(1, dtype=np.float32),
        scale=np.ones(1, dtype=np.float32),
        weights=np.zeros((n, 1), dtype=np.float32),
        bias=np.zeros(n, dtype=np.float32),
        review_threshold=1.0,
        severe_block_threshold=1.0,
    )
    model = replace(
        model,
        review_threshold=setting.review,
        severe_block_threshold=setting.severe,
        veto_threshold=setting.veto,
        settles=setting.settles,
    )
    ctx = Context(TextKind.MESSAGE, RoomKind.GENERAL, AgeBand.ADULT)
    for p in (0.0, 0.5, 0.999, 1.0):
        assessment = model.assess(dict.fromkeys(CATEGORIES, p), ctx)
        assert assessment.finding is None
        assert not assessment.sets_aside


def test_the_setting_in_use_ships_when_no_candidate_is_confirmed_and_it_qualifies() -> None:
    # Twentieth sitting: the grid's ten best fell short of the harmless floor by the
    # engine's code, while the setting in use, refitted, still qualified; the trainer
    # shipped the neutral setting (tier 2 off) instead of keeping it.
    in_use = row(0.824, 0.9735, 0.825, review=0.75)
    assert final_choice(None, in_use, TIERS01, 0.98, 0.10) is in_use
    assert final_choice(None, LOSES_CATCHES, TIERS01, 0.98, 0.10) is None  # refused: neutral
    assert final_choice(None, None, TIERS01, 0.98, 0.10) is None


def test_a_confirmed_candidate_replaces_the_setting_in_use_only_when_it_ranks_higher() -> None:
    in_use = row(0.824, 0.9735, 0.825, review=0.75)
    better = row(0.84, 0.9735, 0.83, review=0.7)
    assert final_choice(ADDS_CATCHES, in_use, TIERS01, 0.98, 0.10) is in_use
    assert final_choice(better, in_use, TIERS01, 0.98, 0.10) is better
    assert final_choice(ADDS_CATCHES, LOSES_CATCHES, TIERS01, 0.98, 0.10) is ADDS_CATCHES


def test_the_version_names_the_tier1_and_the_setting_as_well_as_the_texts(tmp_path: Path) -> None:
    """A refit on a new tier 1 kept its version when only the texts were hashed (twenty-fifth
    sitting: `e5s-mlpx5-b6c4c4c80f5a` named two files, the second neutral)."""
    texts = tmp_path / "a.jsonl"
    texts.write_text('{"id": "fr-0001", "text": "cc"}\n', encoding="utf-8")
    setting = neutral_setting(RECIPE, 0.8)
    first = tier2_version([texts], "lr-stack-hash18-aaa", setting)
    assert first == tier2_version([texts], "lr-stack-hash18-aaa", setting)
    assert first.startswith("e5s-")
    other_tier1 = tier2_version([texts], "lr-stack-hash18-bbb", setting)
    other_setting = tier2_version([texts], "lr-stack-hash18-aaa", neutral_setting(RECIPE, 0.7))
    texts.write_text('{"id": "fr-0001", "text": "coucou"}\n', encoding="utf-8")
    other_texts = tier2_version([texts], "lr-stack-hash18-aaa", setting)
    assert len({first, other_tier1, other_setting, other_texts}) == 4


# The twenty-fifth sitting's figures, out of fold: tiers 0+1 passed 97.39 % of about 9,400
# harmless development texts, and the best refit of tier 2 passed 97.34 % for +2.2 points
# caught and +3.2 severe blocked: refused then, as tier 2 vanished for 5 texts.
SITTING25 = Figures(0.8242, 0.9739, 0.8167, 0.0, 0.0, harmless=9400)


def test_the_allowance_is_one_standard_error_of_tiers01s_harmless_share() -> None:
    expected = (0.9739 * 0.0261 / 9400) ** 0.5
    assert allowance(SITTING25, 0.98) == pytest.approx(expected)
    assert 0.0015 < allowance(SITTING25, 0.98) < 0.0018
    # Fewer texts measured, a wider noise.
    assert allowance(Figures(0.82, 0.9739, 0.81, 0.0, 0.0, harmless=900), 0.98) > 0.005


def test_no_allowance_below_the_issues_floor_or_without_a_count() -> None:
    # Tiers 0+1 at or above 98 %: the floor is the issue's, never lowered.
    assert allowance(Figures(0.82, 0.985, 0.81, 0.0, 0.0, harmless=9400), 0.98) == 0.0
    assert allowance(Figures(0.82, 0.98, 0.81, 0.0, 0.0, harmless=9400), 0.98) == 0.0
    # An unknown count (figures built without it) allows nothing.
    assert allowance(TIERS01, 0.98) == 0.0


def test_a_setting_adding_catches_may_cost_harmless_texts_within_the_noise() -> None:
    refit = Figures(0.8462, 0.9734, 0.8487, 0.05, 0.3, harmless=9400)
    assert qualifies(refit, SITTING25, 0.98)
    assert choose([row_of(refit)], SITTING25, 0.98, 0.10) is not None
    # Beyond one standard error (0.16 point here): refused.
    costly = Figures(0.8462, 0.9720, 0.8487, 0.05, 0.3, harmless=9400)
    assert not qualifies(costly, SITTING25, 0.98)


def test_the_allowance_needs_a_gain() -> None:
    # Catches and blocks exactly as many: no harmless text may be spent.
    idle = Figures(0.8242, 0.9734, 0.8167, 0.05, 0.3, harmless=9400)
    assert not qualifies(idle, SITTING25, 0.98)
    # More severe blocks alone is a gain.
    severe = Figures(0.8242, 0.9734, 0.8200, 0.05, 0.3, harmless=9400)
    assert qualifies(severe, SITTING25, 0.98)
    # The allowance never excuses fewer catches or fewer severe blocks.
    trades = Figures(0.8300, 0.9734, 0.8100, 0.05, 0.3, harmless=9400)
    assert not qualifies(trades, SITTING25, 0.98)


def test_with_tiers01_above_the_floor_the_allowance_does_not_apply() -> None:
    above = Figures(0.79, 0.985, 0.78, 0.0, 0.0, harmless=9400)
    assert not qualifies(Figures(0.85, 0.9795, 0.83, 0.05, 0.3, harmless=9400), above, 0.98)


def row_of(figures: Figures) -> Ranked:
    setting = Setting(*RECIPE, settles=True, gate=0.7, review=0.65, severe=0.5, veto=0.05)
    return rank(setting, figures), setting, figures


def test_the_grid_never_sets_a_names_finding_aside() -> None:
    """As `Engine.with_tier2` (`NAME_KINDS`): a rule's finding on a pseudonym, a room name
    or a topic reaches tier 2 but is never set aside, whatever the veto threshold. The
    grid used to set it aside, so its candidates passed a few more harmless texts than the
    engine's code did and the best ones were refused there (twenty-sixth sitting)."""
    np = pytest.importorskip("numpy")
    from train_moderation_model import Item
    from train_tier2 import Data, Policy

    from causette.moderation.verdict import Action, Verdict

    flagged = Verdict(Action.REVIEW, ("drugs",), rules=("drugs.offer",), scores={"none": 0.6})
    # Two harmless texts a rule flagged (a message, a pseudonym), then a harmful one the
    # grid needs for its shares, which tiers 0+1 missed.
    kinds = (TextKind.MESSAGE, TextKind.PSEUDONYM, TextKind.MESSAGE)
    missed = Verdict(Action.ALLOW, scores={"none": 0.9})
    items = [
        Item(
            row={"text": "plan ce soir"},
            ctx=Context(kind, RoomKind.GENERAL, AgeBand.ADULT),
            findings=(),
            feats=[],
            target=0,
            trains=True,
        )
        for kind in kinds
    ]
    n = len(items)
    targets = np.zeros((n, len(CATEGORIES)))
    targets[2, CATEGORIES.index("child_safety")] = 1.0
    data = Data(
        items=items,
        inputs=["plan ce soir"] * n,
        emb=np.zeros((n, 1)),
        flags=np.zeros((n, 1)),
        tier1=np.zeros((n, 1)),
        verdicts=[flagged, flagged, missed],
        targets=targets,
        trains=np.ones(n, dtype=bool),
        folds=np.zeros(n, dtype=np.int64),
    )
    policy = Policy(data)
    probs = np.zeros((n, len(CATEGORIES)))
    passed = {
        setting.veto: figures.benign_passed
        for setting, figures in policy.search(probs, RECIPE, 0.0, [0.8])
    }
    assert passed[0.0] == 0.0  # no veto: both stay flagged
    assert passed[0.5] == 0.5  # the message is set aside, the pseudonym is not
