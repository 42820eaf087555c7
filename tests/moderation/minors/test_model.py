"""The statistical fallback: training, scoring, and how the guard uses it."""

import pytest

from causette.moderation.minors import MinorsGuard, Signal, SignalKind
from causette.moderation.minors.fold import fold
from causette.moderation.minors.model import TextModel, load_default, train

from .conftest import T0, Chat

POSITIVES = [
    "tu me promets de tout garder pour toi",
    "promets moi de garder le silence",
    "promets que tu gardes tout secret",
    "tu gardes tout pour toi promis",
]
NEGATIVES = [
    "on joue ce soir",
    "t'as vu le match",
    "bonne nuit",
    "je mange des pâtes",
    "le bus est en retard",
    "tu viens au cinéma",
    "j'ai fini mes exos",
    "salut",
]


def test_training_learns_the_positive_wording_and_sets_the_threshold_on_negatives() -> None:
    model = train(POSITIVES, NEGATIVES, negative_quantile=1.0, min_count=1)
    assert model.score(fold("promets moi de tout garder")) >= model.threshold
    assert max(model.score(fold(t)) for t in NEGATIVES) <= model.threshold
    assert TextModel.from_json(model.to_json()) == model


def test_training_refuses_empty_classes() -> None:
    with pytest.raises(ValueError):
        train([], NEGATIVES)


def test_the_shipped_model_loads() -> None:
    model = load_default()
    assert model is not None and model.weights and model.version


def test_guard_adds_the_model_cue_only_where_no_rule_matched() -> None:
    model = TextModel({"w:silence": 5.0, "w:snap": 5.0}, bias=0.0, threshold=1.0, version="t")
    guard = MinorsGuard(model=model, grooming_threshold=1.5)
    guard.observe_dm(
        sender="a",
        sender_age=17,
        recipient="b",
        recipient_age=15,
        text="t'as snap ?",
        ref="m1",
        now=T0,
    )  # a rule matched: no model cue
    [signal] = guard.observe_dm(
        sender="a",
        sender_age=17,
        recipient="b",
        recipient_age=15,
        text="promets le silence",
        ref="m2",
        now=T0 + 30,
    )
    assert signal.kind is SignalKind.GROOMING
    assert set(signal.rules) == {"g.off_platform", "g.model"}
    assert [e.ref for e in signal.evidence if e.rule == "g.model"] == ["m2"]


def test_guard_can_run_without_the_model() -> None:
    guard = MinorsGuard(use_model=False)
    assert guard.model is None and guard.child_model is None and guard.adult_model is None


def test_the_shipped_age_lie_models_load() -> None:
    guard = MinorsGuard()
    assert guard.child_model is not None and guard.child_model.version.endswith("child")
    assert guard.adult_model is not None and guard.adult_model.version.endswith("adult")


def test_age_lie_model_cues_add_up_over_messages_only_for_the_declared_band() -> None:
    child = TextModel({"w:zorglub": 5.0}, bias=0.0, threshold=1.0, version="t-child")
    # models_alone: the model's cues alone fire only in the guard as it was before the
    # twenty-sixth sitting (the shipped guard needs a rule cue beside them: next test);
    # model_cap=None: the rule's own cap of 3 (the shipped guard counts 2: further below)
    guard = MinorsGuard(
        model=None, use_model=False, child_model=child, models_alone=True, model_cap=None
    )
    signals = []
    for i in range(3):  # 1.0 per message, counted in up to 3 messages: fires at the third
        signals += guard.observe_room_message(
            sender="u",
            sender_age=19,
            room_kind="general",
            text=f"zorglub {i}",
            ref=f"m{i}",
            now=T0 + 30 * i,
        )
    [signal] = signals
    assert signal.kind is SignalKind.AGE_LIE_ADULT and signal.rules == ("c.model",)
    assert len(signal.evidence) == 3
    minor = guard.observe_room_message(
        sender="w",
        sender_age=15,
        room_kind="general",
        text="zorglub",
        ref="n",
        now=T0,
    )
    assert minor == []  # child wording from a declared minor says nothing


def test_the_models_cues_alone_never_fire_age_lie_but_count_beside_a_rule() -> None:
    # twenty-sixth sitting: three messages past the child model's bar are not enough alone
    # (long honest sessions were flagged so); beside one rule cue they are
    child = TextModel({"w:zorglub": 5.0}, bias=0.0, threshold=1.0, version="t-child")
    guard = MinorsGuard(model=None, use_model=False, child_model=child, faint_bar=None)

    def say(text: str, i: int) -> list[Signal]:
        return guard.observe_room_message(
            sender="u", sender_age=19, room_kind="general", text=text, ref=f"m{i}", now=T0 + 30 * i
        )

    assert [s for i in range(5) for s in say(f"zorglub {i}", i)] == []
    [signal] = say("mes parents veulent pas", 5)
    assert signal.kind is SignalKind.AGE_LIE_ADULT
    assert "c.model" in signal.rules and len(signal.rules) >= 2


def test_the_dm_models_alone_switch_holds_a_pair_only_beside_a_rule_cue() -> None:
    # twenty-seventh sitting's refused trial: `dm_models_alone=False` (off by default) keeps
    # the models' reading alone from holding a private conversation
    model = TextModel({"w:zorglub": 5.0}, bias=0.0, threshold=1.0, version="t")

    def run(alone: bool) -> list[Signal]:
        chat = Chat(
            MinorsGuard(model=model, use_model=False, grooming_threshold=2.0, dm_models_alone=alone)
        )
        for text in ["zorglub un", "zorglub deux", "zorglub trois", "t'as snap ?"]:
            chat.dm("a", 16, "b", 15, text)
        return chat.signals

    held = run(True)
    assert [s.kind for s in held] == [SignalKind.GROOMING]
    assert {e.ref for e in held[0].evidence} <= {"m1", "m2", "m3"}  # the models' reading alone
    [signal] = run(False)
    assert signal.kind is SignalKind.GROOMING
    assert "g.off_platform" in signal.rules and "g.model" in signal.rules


def test_the_band_models_count_in_two_of_a_persons_messages() -> None:
    # twenty-seventh sitting's fourth trial: c.model counts in at most MODEL_CAP = 2 messages
    # of a person's age-lie (3 before): beside "mes parents" (0.4), three model messages
    # weigh 2.0 (2.4 < 2.5), not 3.0. The threshold is pinned at 2.5, the default then (step
    # T of the forty-first sitting lowered it to 2.2): statistical cues never fire alone, and
    # no rule weighs less than 0.2, so at 2.2 the cap could not be seen.
    child = TextModel({"w:zorglub": 5.0}, bias=0.0, threshold=1.0, version="t-child")

    def run(cap: int | None) -> list[Signal]:
        chat = Chat(
            MinorsGuard(
                model=None,
                use_model=False,
                child_model=child,
                faint_bar=None,
                model_cap=cap,
                age_lie_threshold=2.5,
            )
        )
        for text in ["zorglub un", "zorglub deux", "zorglub trois", "mes parents"]:
            chat.room("u", 19, text)
        return chat.signals

    assert run(2) == []
    [signal] = run(None)
    assert signal.kind is SignalKind.AGE_LIE_ADULT and "c.model" in signal.rules
