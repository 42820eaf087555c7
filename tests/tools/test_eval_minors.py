"""`tools/eval_minors.py`'s replay with the meaning model's answers (round 10), and the
meaning trainer's logistic fit (`corpus/minors/train_meaning.py`), on inline data."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

from eval_minors import replay  # noqa: E402

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


def test_the_meaning_trainer_separates_separable_data() -> None:
    spec = importlib.util.spec_from_file_location(
        "train_meaning", ROOT / "corpus" / "minors" / "train_meaning.py"
    )
    assert spec is not None and spec.loader is not None
    trainer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(trainer)
    rng = np.random.default_rng(0)
    x = np.vstack([rng.normal(1.0, 1.0, (200, 4)), rng.normal(-1.0, 1.0, (200, 4))])
    y = np.r_[np.ones(200), np.zeros(200)]
    norm = (x.mean(0), x.std(0))
    w = trainer.fit(x, y, 1.0, norm)
    scores = trainer.logits(w, x, norm)
    assert (scores[:200] > 0).mean() > 0.9
    assert (scores[200:] < 0).mean() > 0.9


def test_holdout_replays_with_the_thresholds_it_is_given() -> None:
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
