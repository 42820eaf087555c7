"""`tools/eval_minors.py`'s replay with the meaning model's answers (round 10), on windows
of the writer's messages and with quantiles chosen out of fold (round 11), and the meaning
trainer's logistic fit and examples (`corpus/minors/train_meaning.py`), on inline data."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

from eval_minors import (  # noqa: E402
    choose_out_of_fold,
    choose_variant,
    corpus_module,
    gain,
    replay,
)

from causette.moderation.minors.meaning import MEANING_BAR, Meaning  # noqa: E402
from causette.moderation.minors.model import TextModel  # noqa: E402

CONV: dict[str, Any] = {
    "id": "x-g-001",
    "kind": "grooming",
    "channel": "dm",
    "groomer": "a",
    "participants": {"a": {"age": 16}, "b": {"age": 14}},
    "messages": [
        {"from": "a", "text": "tu fais quoi ce soir"},
        {"from": "b", "text": "rien"},
        {"from": "a", "text": "on pourrait parler encore"},
    ],
}


def flat(margin: float) -> TextModel:
    return TextModel({}, margin, 0.0, f"flat{margin}")


MODELS = {
    "model": flat(-1.0),
    "child_model": flat(-9.0),
    "adult_model": flat(-9.0),
    "meaning_bar": MEANING_BAR,
}


def test_replay_answers_the_messages_the_guard_asks_about_and_counts_them() -> None:
    answers = {"tu fais quoi ce soir": 2.0, "on pourrait parler encore": 2.0, "rien": -5.0}
    asked = [0, 0]
    fired = replay(CONV, MODELS, lambda text: Meaning(grooming=answers[text]), asked)
    assert [(i, s.kind.value, s.rules) for i, s in fired] == [(2, "grooming", ("g.meaning",))]
    assert asked == [3, 3]  # the victim's "rien" is asked too (her pair), and adds nothing


def test_replay_without_a_reader_is_the_plain_replay() -> None:
    assert replay(CONV, MODELS) == []


def test_replay_with_a_window_asks_about_the_writers_last_messages() -> None:
    read: list[str] = []

    def reader(text: str) -> Meaning:
        read.append(text)
        return Meaning(grooming=2.0 if "\n" in text else -5.0)

    fired = replay(CONV, MODELS, reader, None, window=3)
    # the victim's "rien" is her own window: the groomer's messages are not in it
    assert read == [
        "tu fais quoi ce soir",
        "rien",
        "tu fais quoi ce soir\non pourrait parler encore",
    ]
    assert [(i, s.rules) for i, s in fired] == []  # one message past the threshold: no hold


def trainer() -> Any:
    return corpus_module("train_meaning")


ORDINARY: dict[str, Any] = {
    "id": "x-o-001",
    "kind": "ordinary",
    "channel": "dm",
    "participants": {"c": {"age": 15}, "d": {"age": 15}},
    "messages": [
        {"from": "c", "text": "t'as fini le dm"},
        {"from": "d", "text": "presque"},
        {"from": "c", "text": "tu fais quoi ce soir"},
    ],
}


def test_a_windowed_example_is_its_writers_last_messages_in_that_conversation() -> None:
    t = trainer()
    more = {"from": "b", "text": "ok"}, {"from": "a", "text": "tu me manques deja"}
    groomed = {**CONV, "messages": [*CONV["messages"], *more]}
    pos, neg = t.example_texts([groomed, ORDINARY], "grooming", 2)
    # the groomer's first two messages carry no rule: only the third is a positive
    assert pos == ["on pourrait parler encore\ntu me manques deja"]
    assert neg == ["t'as fini le dm", "presque", "t'as fini le dm\ntu fais quoi ce soir"]
    assert t.example_texts([groomed, ORDINARY], "grooming", 1) == (
        ["tu me manques deja"],
        ["t'as fini le dm", "presque", "tu fais quoi ce soir"],
    )


def test_out_of_fold_a_group_never_chooses_its_own_quantile() -> None:
    plain = {g: {"grooming": [5, 10], "ordinary": [0, 10]} for g in ("a", "b", "c")}
    lines = {
        # 0.97 gains 3 in group a only, and 1 alarm in b; 0.99 gains 1 in b and c
        0.97: {
            "a": {"grooming": [8, 10], "ordinary": [0, 10]},
            "b": {"grooming": [5, 10], "ordinary": [1, 10]},
            "c": {"grooming": [5, 10], "ordinary": [0, 10]},
        },
        0.99: {
            "a": {"grooming": [5, 10], "ordinary": [0, 10]},
            "b": {"grooming": [6, 10], "ordinary": [0, 10]},
            "c": {"grooming": [6, 10], "ordinary": [0, 10]},
        },
    }
    assert gain(plain["a"], lines[0.97]["a"]) == 3
    assert gain(plain["b"], lines[0.97]["b"]) == -2
    # a: on b and c, 0.97 gives -2 and 0.99 gives 2; b: on a and c, 3 against 1;
    # c: on a and b, 1 and 1 (a tie: the higher quantile)
    assert choose_out_of_fold(plain, lines) == {"a": 0.99, "b": 0.97, "c": 0.99}


def test_out_of_fold_ties_go_to_the_higher_quantile() -> None:
    plain = {g: {"ordinary": [0, 10]} for g in ("a", "b")}
    same = {g: {"ordinary": [0, 10]} for g in ("a", "b")}
    assert choose_out_of_fold(plain, {0.97: same, 0.995: same, 0.99: same}) == {
        "a": 0.995,
        "b": 0.995,
    }


def test_the_variant_is_chosen_out_of_fold_too(tmp_path: Path) -> None:
    plain = {g: {"grooming": [5, 10], "ordinary": [0, 10]} for g in ("a", "b")}

    def counts(a: list[int], b: list[int]) -> dict[str, Any]:
        return {
            "a": {"grooming": a[:2], "ordinary": a[2:]},
            "b": {"grooming": b[:2], "ordinary": b[2:]},
        }

    # variant x gains only on a, variant y only on b: each group takes the other's best
    x = {"plain": plain, "meaning": {"0.99": counts([9, 10, 0, 10], [5, 10, 0, 10])}}
    y = {"plain": plain, "meaning": {"0.99": counts([5, 10, 0, 10], [7, 10, 0, 10])}}
    (tmp_path / "x.json").write_text(json.dumps(x))
    (tmp_path / "y.json").write_text(json.dumps(y))
    table = choose_variant([tmp_path / "x.json", tmp_path / "y.json"])
    assert "| a (y, Q 0.99) | 0.500 (5/10) | 0.000 (0/10) |" in " ".join(table)
    assert "| b (x, Q 0.99) | 0.500 (5/10) | 0.000 (0/10) |" in " ".join(table)
    assert table[-1].startswith("| all | 0.500 (10/20) |")


def test_the_meaning_trainer_separates_separable_data() -> None:
    trainer = globals()["trainer"]()
    rng = np.random.default_rng(0)
    x = np.vstack([rng.normal(1.0, 1.0, (200, 4)), rng.normal(-1.0, 1.0, (200, 4))])
    y = np.r_[np.ones(200), np.zeros(200)]
    norm = (x.mean(0), x.std(0))
    w = trainer.fit(x, y, 1.0, norm)
    scores = trainer.logits(w, x, norm)
    assert (scores[:200] > 0).mean() > 0.9
    assert (scores[200:] < 0).mean() > 0.9


def test_holdout_replays_with_the_thresholds_it_is_given(tmp_path: Path) -> None:
    """`--holdout` with `--age-lie-threshold` used to replay with the defaults, silently."""
    from eval_minors import holdout

    def conv(cid: str, kind: str, age: int, text: str) -> dict[str, Any]:
        return {
            "id": cid,
            "kind": kind,
            "channel": "dm",
            "groomer": "a",
            "participants": {"a": {"age": age}, "b": {"age": age}},
            "messages": [
                {"from": "a", "text": text},
                {"from": "b", "text": "ah ok"},
                {"from": "a", "text": "tu fais quoi ce soir"},
            ],
        }

    rows = [
        conv("t-l-001", "age_lie_adult", 30, "j'ai 14 ans et je suis en 4eme"),
        # what the models are trained on: every kind, adults and minors
        conv("u-l-001", "age_lie_adult", 31, "j'ai 13 ans je suis en 5eme"),
        conv("u-m-001", "age_lie_minor", 16, "ma femme dit que mon boulot me tue"),
        conv("u-g-001", "grooming", 16, "envoie une photo et dis rien a tes parents"),
        conv("u-o-001", "ordinary", 30, "je rentre du boulot, grosse journee"),
        conv("u-o-002", "ordinary", 16, "le prof de maths nous a encore donne un dm"),
    ]

    def flagged(settings: dict[str, Any]) -> str:
        return holdout(rows, [("t-",)], settings=settings)[2]

    assert "(1/1)" in flagged({})
    assert "(0/1)" in flagged({"age_lie_threshold": 100.0})
    # forty-first sitting: `misses_out` lists the held-out group's misses, and its only
    out = tmp_path / "misses.json"
    holdout(rows, [("t-",)], settings={"age_lie_threshold": 100.0}, misses_out=out)
    assert [m["id"] for m in json.loads(out.read_text(encoding="utf-8"))] == ["t-l-001"]
    holdout(rows, [("t-",)], misses_out=out)
    assert json.loads(out.read_text(encoding="utf-8")) == []


def test_holdout_trains_the_models_at_the_quantiles_it_is_given(monkeypatch: Any) -> None:
    """December 2026: `--quantile TARGET=Q` reaches the models `--holdout` trains (the other
    targets keep `train_model.QUANTILE`'s), and an unknown target is refused."""
    import eval_minors

    from causette.moderation.minors import model as model_module

    seen: dict[str, float] = {}

    def train(pos: list[str], neg: list[str], **kw: Any) -> TextModel:
        seen[kw["version"]] = kw["negative_quantile"]
        return flat(-9.0)

    monkeypatch.setattr(model_module, "train", train)
    rows = [
        {**CONV, "id": "t-g-001"},
        {**CONV, "id": "u-g-001"},
        {**CONV, "id": "u-o-001", "kind": "ordinary"},
    ]
    eval_minors.holdout(rows, [("t-",)], model_quantiles={"grooming": 0.99})
    quantiles = corpus_module("train_model").QUANTILE
    assert seen == {
        "holdout-grooming": 0.99,
        "holdout-child": quantiles["child"],
        "holdout-adult": quantiles["adult"],
    }
    try:
        eval_minors.holdout(rows, [("t-",)], model_quantiles={"groming": 0.99})
    except ValueError as error:
        assert "groming" in str(error)
    else:
        raise AssertionError("an unknown target was accepted")


def test_the_quantile_option() -> None:
    """`--quantile` is parsed as TARGET=Q and refused without `--holdout` (the guard's
    `model_share`, which `--model-share` sets, is tested in test_round6.py)."""
    import pytest
    from eval_minors import _target_quantile, main

    assert _target_quantile("child=0.98") == ("child", 0.98)
    with pytest.raises(SystemExit):
        _target_quantile("0.98")
    with pytest.raises(SystemExit):
        main(["--split", "dev", "--quantile", "grooming=0.98"])
