"""The leave-one-author-out tool (`tools/cv_moderation.py`) and the author folds of the
tier 1 trainer: on inline texts, no model trained."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import cv_moderation as cv  # noqa: E402
import train_moderation_model as tm  # noqa: E402

from causette.moderation.verdict import Action  # noqa: E402

NONE = {c: 0.0 for c in tm.CLASSES} | {"none": 1.0}


def item(text: str, label: str, category: str | None, kind: str = "message") -> tm.Item:
    row: dict[str, object] = {
        "id": "fr-0000",
        "text": text,
        "kind": kind,
        "room_kind": "general" if kind == "message" else None,
        "author_age": 30,
        "recipient_age": None,
        "label": label,
        "category": category,
    }
    return tm.load_items([row])[0]


def test_an_author_is_never_on_both_sides_of_a_fold() -> None:
    groups = ["a"] * 30 + ["b"] * 20 + [""] * 50 + ["c"] * 10
    fold = tm.folds(groups)
    for author in "abc":
        assert len({int(f) for f, g in zip(fold, groups, strict=True) if g == author}) == 1
    assert len({int(f) for f, g in zip(fold, groups, strict=True) if g == ""}) == tm.FOLDS


def test_another_fold_seed_is_another_draw_of_the_same_author_folds() -> None:
    authors = [f"author{i:02d}" for i in range(20)]
    groups = [a for a in authors for _ in range(3)] + [""] * 40
    default = tm.folds(groups)
    drawn = tm.folds(groups, seed=1)
    for fold in (default, drawn):
        for author in authors:  # an author still falls in one fold
            assert len({int(f) for f, g in zip(fold, groups, strict=True) if g == author}) == 1
        sizes = sorted(int((fold[: 3 * len(authors)] == f).sum()) for f in range(tm.FOLDS))
        assert sizes == [12] * tm.FOLDS  # authors still dealt evenly round the folds
    assert (tm.folds(groups, seed=1) == drawn).all()  # a seed is a pinned draw
    assert not (drawn[:60] == default[:60]).all()  # and another one than name order
    assert (drawn[60:] == default[60:]).all()  # the regression table's spread is unchanged
    assert (tm.folds(groups, seed=None) == default).all()


def test_each_engine_judges_with_its_own_tiers() -> None:
    sale = item("coke dispo 60 le g, livraison", "block", "drugs")
    probs = NONE | {"none": 0.05, "hate": 0.95}
    thresholds = (0.0, 0.0, 0.6, 0.9)
    rules = cv.verdict_of(sale, probs, thresholds, "rules")
    assert rules.action is Action.BLOCK and rules.categories == ("drugs",)
    model = cv.verdict_of(sale, probs, thresholds, "model")
    assert model.action is Action.REVIEW and model.categories == ("hate",)
    quiet = cv.verdict_of(sale, NONE, thresholds, "model")
    assert quiet.action is Action.ALLOW


def test_the_figures_count_as_make_eval_does() -> None:
    thresholds = (0.0, 0.0, 0.6, 0.9)
    cases = [
        (item("coke dispo 60 le g", "block", "drugs"), NONE),
        (item("on se voit demain", "allow", None), NONE),
        (item("bonne soirée", "allow", None), NONE | {"none": 0.1, "spam": 0.9}),
    ]
    total = tm.Tally()
    for it, probs in cases:
        total = total.add(cv.tally(it, cv.verdict_of(it, probs, thresholds, "engine")))
    assert total.figures() == (100.0, 50.0, None, 100.0)


def test_the_threshold_search_judges_as_the_engine_does() -> None:
    # The trainer tries a thousand quadruples on arrays (`Grid`): each must give the
    # verdicts `policy.decide` gives, text by text.
    items = [
        item("coke dispo 60 le g", "block", "drugs"),
        item("elle dort, on en profite tous", "block", "sexual_violence"),
        item("passe sur snap on parle de ton corps", "block", "child_safety", "private_message"),
        item("on se voit demain", "allow", None),
        item("je vais te tuer si tu spoiles la fin", "allow", None),
    ]
    many = [
        NONE,
        NONE | {"none": 0.3, "sexual_violence": 0.65},
        NONE | {"none": 0.15, "child_safety": 0.85},
        NONE | {"none": 0.1, "spam": 0.9},
        NONE | {"none": 0.75, "threat": 0.25},
    ]
    grid = tm.Grid.of(items, many)
    for thresholds in [(0.0, 0.0, 0.6, 0.9), (0.8, 0.4, 0.9, 0.5), (0.7, 0.7, 0.8, 0.2)]:
        slow = tm.Tally()
        for it, probs in zip(items, many, strict=True):
            slow = slow.add(cv.tally(it, cv.verdict_of(it, probs, thresholds, "engine")))
        assert grid.tally(thresholds) == slow, thresholds


def test_new_thresholds_never_pass_fewer_harmless_texts_than_those_in_use() -> None:
    items = [item("bonne soirée", "allow", None), item("on se voit demain", "allow", None)]
    many = [NONE | {"none": 0.1, "spam": 0.9}, NONE]
    grid = tm.Grid.of(items, many)
    in_use = (0.0, 0.0, 0.95, 0.9)  # passes both
    assert tm.benign_floor(grid, 0.98, in_use) == 0.98
    assert tm.benign_floor(grid, 0.98, (0.0, 0.0, 0.6, 0.9)) == 0.5
    best, _ = tm.ranked(grid, tm.benign_floor(grid, 0.98, in_use))[0]
    assert grid.tally(best).passed == 2
