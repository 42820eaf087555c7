"""Round 6: an adult's memories are not a child's self-description, graded model
evidence, and the grooming model left out of adults' DMs with no sign of a child."""

import pytest

from causette.moderation.minors import MinorsGuard, SignalKind
from causette.moderation.minors import guard as guard_module
from causette.moderation.minors.fold import fold
from causette.moderation.minors.model import TextModel

from .conftest import T0, Chat

MEMORIES = [
    "quand j'étais au collège ma prof de maths me détestait",
    "à 14 ans j'avais pas d'argent de poche",
    "moi en 3ème j'étais nul en maths",
    "au collège j'avais toujours des heures de colle",
    "j'ai eu 14 ans en 2004, c'était la belle époque",
    "pour mes 15 ans j'avais eu un scooter",
    "le jour de mes 13 ans on était partis à la mer",
    "quand j'avais 12 ans ma mère venait me chercher à la sortie",
    "petite je passais mes étés en colo",
    "dans les années 90 mon argent de poche c'était 20 francs",
    "il y a 20 ans on allait à la cantine à pied, mes devoirs je les faisais dans le bus",
]


@pytest.mark.parametrize("text", MEMORIES)
def test_an_adults_memory_of_school_is_no_child_cue(text: str) -> None:
    guard = MinorsGuard()
    (child, adult, _), _, _, _ = guard._read_self(fold(text), 34, T0, asked=False)
    assert child == [] and adult == []


def test_an_adult_telling_school_memories_all_evening_is_not_restricted(chat: Chat) -> None:
    for text in MEMORIES:
        chat.dm("adulte", 38, "amie", 36, text)
    assert chat.signals == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("ma prof de maths m'a mis une mauvaise note", "c.school_mine"),
        ("mdr j'avais cours de maths ce matin et ma prof m'a collée", "c.school_mine"),
        ("pour mes 15 ans je veux un scooter", "c.self_age_more"),
        ("j'ai eu 14 ans hier", "c.self_age"),
        ("ma mère vient me chercher à 17h", "c.childhood"),
    ],
)
def test_a_child_talking_of_today_is_still_read(text: str, rule: str) -> None:
    (child, _, _), _, _, _ = MinorsGuard()._read_self(fold(text), 19, T0, asked=False)
    assert rule in {r.id for r in child}


def test_a_present_age_in_a_memory_message_still_counts(chat: Chat) -> None:
    [signal] = chat.room("u", 19, "j'ai 13 ans mdr, quand j'étais petite j'avais un chat")
    assert signal.kind is SignalKind.AGE_LIE_ADULT and signal.rules == ("c.self_age",)


def test_an_age_told_in_the_perfect_tense_needs_company(chat: Chat) -> None:
    chat.room("u", 25, "à mes 16 ans mes parents m'ont offert une guitare")
    assert chat.signals == []  # a memory for an adult, recent for a child: weaker
    chat.room("u", 25, "ma prof de maths m'a encore punie")
    assert [s.kind for s in chat.signals] == [SignalKind.AGE_LIE_ADULT]


class _Fixed:
    """A model whose score is set by the test (the features are ignored)."""

    def __init__(self, score: float, threshold: float = 1.0) -> None:
        self.model = TextModel({}, score, threshold, "test")


def _groomer_pair_score(score: float) -> float:
    model = _Fixed(score).model
    guard = MinorsGuard(model=model, child_model=model, adult_model=model)
    chat = Chat(guard)
    chat.dm("a", 17, "b", 14, "bla bla")
    chat.dm("a", 17, "b", 14, "bla bla encore")
    pair = guard._pairs.get(("a", "b"), chat.clock.now)
    assert pair is not None
    return guard._pair_score(pair, chat.clock.now)[1]["g.model"]


def test_a_message_far_past_the_model_threshold_weighs_more() -> None:
    just_over = _groomer_pair_score(1.0)
    far_over = _groomer_pair_score(4.0)
    _floor, base, slope, ceiling = guard_module.MODEL_GRADE["g.model"]
    assert just_over == pytest.approx(2 * base, abs=0.01)  # two messages, one weight each
    assert far_over == pytest.approx(2 * min(ceiling, base + 3 * slope), abs=0.01)
    assert far_over > just_over


def test_model_evidence_just_over_its_threshold_never_fires_grooming_alone() -> None:
    model = _Fixed(1.0).model
    chat = Chat(MinorsGuard(model=model, child_model=None, adult_model=None, use_model=False))
    for i in range(6):
        chat.dm("a", 17, "b", 14, f"message {i}")
    assert chat.signals == []  # 2 x 1.0 of model evidence (two messages counted)
    chat.dm("a", 17, "b", 14, "c'est notre secret")  # a rule's cue joins it
    assert [s.kind for s in chat.signals] == [SignalKind.GROOMING]


def test_two_messages_far_past_the_model_threshold_fire_grooming() -> None:
    # round 9: the model's share of a pair is the whole threshold (MODEL_SHARE = 1.0): two
    # messages each far past its threshold (2 x 2.0, counted up to 3.0) hold the pair, one
    # does not
    model = _Fixed(50.0).model
    chat = Chat(MinorsGuard(model=model, child_model=None, adult_model=None, use_model=False))
    chat.dm("a", 17, "b", 14, "message 1")
    assert chat.signals == []
    chat.dm("a", 17, "b", 14, "message 2")
    assert [s.kind for s in chat.signals] == [SignalKind.GROOMING]


def test_the_model_share_is_a_keyword_of_the_guard() -> None:
    # December 2026 (the model cues chosen out of fold): `model_share` replays with another cap
    # than MODEL_SHARE, for `eval_minors.py --model-share`; at 0.75 (before round 9) two
    # messages far past the threshold (2 x 2.0, counted up to 2.25) no longer hold the pair
    assert MinorsGuard(use_model=False).model_share == guard_module.MODEL_SHARE
    model = _Fixed(50.0).model
    guard = MinorsGuard(model=model, child_model=None, adult_model=None, model_share=0.75)
    chat = Chat(guard)
    chat.dm("a", 17, "b", 14, "message 1")
    chat.dm("a", 17, "b", 14, "message 2")
    assert chat.signals == []
    pair = guard._pairs.get(("a", "b"), chat.clock.now)
    assert pair is not None and guard._pair_score(pair, chat.clock.now)[0] == 2.25


def test_adults_dm_without_a_child_skips_the_grooming_model() -> None:
    calls: list[str] = []

    class Counting(TextModel):
        def score_features(self, found: set[str]) -> float:
            calls.append(self.version)
            return super().score_features(found)

    grooming = Counting({}, -5.0, 1.0, "grooming")
    child = Counting({}, -5.0, 1.0, "child")
    chat = Chat(MinorsGuard(model=grooming, child_model=child, adult_model=child))
    chat.dm("a", 35, "b", 33, "on se fait un resto samedi")
    assert calls == ["child"]  # the age-lie model reads the adult; no grooming model
    calls.clear()
    chat.dm("a", 35, "b", 15, "on se fait un resto samedi")
    assert "grooming" in calls


def test_a_memory_told_over_several_messages_stays_a_memory(chat: Chat) -> None:
    chat.dm("adulte", 33, "amie", 34, "quand on était petites on partait chaque été")
    chat.dm("adulte", 33, "amie", 34, "deux semaines en colo dans les alpes")
    chat.dm("adulte", 33, "amie", 34, "et ma mère venait me chercher au car")
    assert chat.signals == []


@pytest.mark.parametrize("pause", [60.0, guard_module.MEMORY_WINDOW + 60])
def test_the_memory_window_closes(pause: float) -> None:
    chat = Chat(MinorsGuard())
    chat.room("u", 19, "quand j'étais petite j'adorais les chats")
    chat.clock.tick(pause)
    chat.room("u", 19, "ma prof de maths m'a encore punie")
    chat.room("u", 19, "mes parents veulent pas que je sorte")
    fired = [s.kind for s in chat.signals]
    assert fired == ([] if pause < guard_module.MEMORY_WINDOW else [SignalKind.AGE_LIE_ADULT])


def test_a_grandparent_talking_of_a_grandsons_school_is_no_child_cue(chat: Chat) -> None:
    chat.room("papi", 71, "mon petit-fils rentre au collège en septembre")
    chat.room("papi", 71, "mes élèves de cm2 ont leur sortie scolaire demain")
    chat.room("papi", 71, "ma petite-fille a eu une heure de colle")
    (child, _, _), _, _, _ = MinorsGuard()._read_self(
        fold("mon petit-fils rentre au collège en septembre"), 71, T0, asked=False
    )
    assert child == [] and chat.signals == []
