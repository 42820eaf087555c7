"""Round 10: the meaning model's answers (a sentence embedding read by small classifiers)
as the guard takes them: asked only about messages no rule and no n-gram model counted
that the n-gram model finds a little suspicious, fed back later by `observe_meaning`, and
nothing changes without them."""

import pytest

from causette.moderation.minors import MinorsGuard, Signal, SignalKind
from causette.moderation.minors.meaning import MEANING_BAR, MEANING_WAIT, Meaning, window_text
from causette.moderation.minors.model import TextModel

from .conftest import T0


def flat(margin: float) -> TextModel:
    """A model that scores every message `margin` from its threshold."""
    return TextModel({}, margin, 0.0, f"flat{margin}")


def guard(grooming: float = -1.0, child: float = -1.0, adult: float = -1.0) -> MinorsGuard:
    return MinorsGuard(
        model=flat(grooming),
        child_model=flat(child),
        adult_model=flat(adult),
        meaning_bar=MEANING_BAR,
    )


def dm(g: MinorsGuard, ref: str, now: float, text: str = "tu fais quoi ce soir") -> list[Signal]:
    return list(
        g.observe_dm(
            sender="u:a",
            sender_age=16,
            recipient="u:b",
            recipient_age=14,
            text=text,
            ref=ref,
            now=now,
        )
    )


def test_by_default_the_guard_never_asks_for_meaning() -> None:
    g = MinorsGuard(model=flat(-1.0), child_model=flat(-1.0), adult_model=flat(-1.0))
    assert dm(g, "m1", T0) == []
    assert not g.wants_meaning("m1", T0)
    assert g.observe_meaning("m1", Meaning(grooming=5.0, adult=5.0), T0) == []


def test_a_message_the_ngram_model_finds_a_little_suspicious_is_asked_about() -> None:
    g = guard(grooming=-1.0)
    assert dm(g, "m1", T0) == []
    assert g.wants_meaning("m1", T0 + 1)


def test_a_message_far_under_the_bar_or_already_counted_is_not_asked_about() -> None:
    far, counted = guard(grooming=-5.0, adult=-9.0), guard(grooming=0.5, adult=-9.0)
    dm(far, "m1", T0)
    dm(counted, "m1", T0)
    assert not far.wants_meaning("m1", T0)
    assert not counted.wants_meaning("m1", T0)


def test_a_message_a_grooming_rule_recognised_is_not_asked_about_for_grooming() -> None:
    g = guard(grooming=-1.0, adult=-9.0)
    dm(g, "m1", T0, "c'est notre secret")
    assert not g.wants_meaning("m1", T0)


def test_between_adults_without_sign_of_a_child_grooming_is_not_asked_about() -> None:
    g = guard(grooming=-1.0, child=-9.0)
    g.observe_dm(
        sender="u:a",
        sender_age=40,
        recipient="u:b",
        recipient_age=35,
        text="tu fais quoi ce soir",
        ref="m1",
        now=T0,
    )
    assert not g.wants_meaning("m1", T0)


def test_two_messages_far_past_the_meaning_threshold_hold_the_pair_with_an_explained_cue() -> None:
    g = guard(grooming=-1.0, adult=-9.0)
    dm(g, "m1", T0)
    assert g.observe_meaning("m1", Meaning(grooming=2.0), T0 + 1) == []
    dm(g, "m2", T0 + 30)
    [signal] = g.observe_meaning("m2", Meaning(grooming=2.0), T0 + 31)
    assert signal.kind is SignalKind.GROOMING
    assert signal.rules == ("g.meaning",)
    assert [e.ref for e in signal.evidence] == ["m1", "m2"]
    assert "modèle de sens" in signal.explanation


def test_meaning_and_ngram_cues_share_the_models_part_of_the_threshold() -> None:
    g = guard(grooming=-1.0, adult=-9.0)
    g.grooming_threshold = 4.5  # MODEL_SHARE (1.0) x 4.5 is above what the models give
    for i in range(3):
        dm(g, f"m{i}", T0 + 30 * i)
        assert g.observe_meaning(f"m{i}", Meaning(grooming=2.0), T0 + 30 * i + 1) == []


def test_an_answer_under_the_threshold_adds_nothing() -> None:
    g = guard(grooming=-1.0, adult=-9.0)
    for i in range(4):
        dm(g, f"m{i}", T0 + 30 * i)
        assert g.observe_meaning(f"m{i}", Meaning(grooming=-0.1), T0 + 30 * i + 1) == []
    assert g._pairs.get(("u:a", "u:b"), T0 + 200) is None


def test_an_answer_counts_once_and_not_after_the_wait() -> None:
    g = guard(grooming=-1.0, adult=-9.0)
    dm(g, "m1", T0)
    dm(g, "m2", T0 + 30)
    assert g.observe_meaning("m1", Meaning(grooming=2.0), T0 + 31) == []
    assert not g.wants_meaning("m1", T0 + 31)
    assert g.observe_meaning("m1", Meaning(grooming=2.0), T0 + 32) == []  # twice: ignored
    late = T0 + 30 + MEANING_WAIT + 1
    assert not g.wants_meaning("m2", late)
    assert g.observe_meaning("m2", Meaning(grooming=2.0), late) == []


def test_without_answers_the_guard_is_as_before() -> None:
    texts = ["tu fais quoi ce soir", "t'as quel âge", "t'es toute seule ?", "envoie une photo"]
    asked, plain = guard(grooming=-1.0), guard(grooming=-1.0)
    out_asked = [dm(asked, f"m{i}", T0 + 30 * i, t) for i, t in enumerate(texts)]
    out_plain = [dm(plain, f"m{i}", T0 + 30 * i, t) for i, t in enumerate(texts)]
    assert [[s.to_json() for s in o] for o in out_asked] == [
        [s.to_json() for s in o] for o in out_plain
    ]


def test_a_declared_adult_writing_like_a_child_in_a_room_by_meaning() -> None:
    g = guard(child=-1.0)
    g.models_alone = True  # the meaning cues alone fire only in the guard as it was (26th sitting)
    signals = []
    for i in range(3):
        now = T0 + 30 * i
        g.observe_room_message(
            sender="u:x",
            sender_age=24,
            room_kind="general",
            text="ok trop bien",
            ref=f"r{i}",
            now=now,
        )
        assert g.wants_meaning(f"r{i}", now)
        signals += g.observe_meaning(f"r{i}", Meaning(child=0.5), now + 1)
    [signal] = signals
    assert signal.kind is SignalKind.AGE_LIE_ADULT
    assert signal.rules == ("c.meaning",)
    assert "modèle de sens" in signal.explanation


def test_a_declared_minor_writing_like_an_adult_counts_in_the_pair_too() -> None:
    g = guard(grooming=-9.0, adult=-1.0)
    dm(g, "m1", T0, "bonne journée")
    assert g.wants_meaning("m1", T0)
    assert g.observe_meaning("m1", Meaning(adult=0.5), T0 + 1) == []
    pair = g._pairs.get(("u:a", "u:b"), T0 + 1)
    assert pair is not None and "a.meaning" in pair.state.hits


def test_a_memory_keeps_the_child_meaning_out() -> None:
    g = guard(child=-1.0)
    g.observe_room_message(
        sender="u:x",
        sender_age=40,
        room_kind="general",
        text="quand j'étais au collège on avait une prof géniale",
        ref="r1",
        now=T0,
    )
    assert not g.wants_meaning("r1", T0)


def test_unanswered_requests_go_with_expire_and_forget() -> None:
    g = guard(grooming=-1.0, adult=-9.0)
    dm(g, "m1", T0)
    g.expire(T0 + MEANING_WAIT + 1)
    assert len(g._waiting) == 0
    dm(g, "m2", T0 + 200)
    g.forget("u:a")
    assert not g.wants_meaning("m2", T0 + 201)


# -- round 11: the window a windowed meaning model reads ------------------------------------


def test_a_window_is_the_writers_last_messages_oldest_first() -> None:
    texts = ["salut", "tu fais quoi", "t'es seule ?", "on parle ailleurs"]
    assert window_text(texts, 3) == "tu fais quoi\nt'es seule ?\non parle ailleurs"
    assert window_text(texts[:2], 3) == "salut\ntu fais quoi"


def test_a_window_of_one_is_the_message_itself() -> None:
    assert window_text(["salut", "tu fais quoi"], 1) == "tu fais quoi"


def test_a_long_window_drops_its_oldest_messages_and_keeps_the_newest() -> None:
    texts = ["a" * 6, "b" * 6, "c" * 6]
    assert window_text(texts, 3, limit=13) == "bbbbbb\ncccccc"
    assert window_text(texts, 3, limit=20) == "aaaaaa\nbbbbbb\ncccccc"
    assert window_text(["x" * 30], 3, limit=10) == "x" * 10


def test_an_empty_window_is_refused() -> None:
    with pytest.raises(ValueError, match="window"):
        window_text(["salut"], 0)
