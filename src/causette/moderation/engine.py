"""The text moderation engine: tiers 0 (normalisation, lexicons, rules) and 1 (model).

    engine = Engine.default()
    verdict = engine.check("Coke dispo 60€ le g", Context(TextKind.MESSAGE, RoomKind.GENERAL))
    verdict.action  # Action.BLOCK, categories ("drugs",), rules ("drugs.sale.price",)

`check` is pure and thread-safe (only a bounded look-up cache is written), well under a millisecond
for a chat line. Build one `Engine` at start-up and share it.
"""

from __future__ import annotations

import re

from causette.moderation.lexicons import Lexicon, load_lexicon
from causette.moderation.model import LinearModel, features, load_model
from causette.moderation.normalize import Normalized, normalize
from causette.moderation.policy import decide
from causette.moderation.rules import evaluate, model_evidence
from causette.moderation.verdict import Context, TextKind, Verdict

__all__ = ["MAX_TEXT", "Engine", "context_tokens", "prepare"]

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
    ) -> None:
        self.lexicon = lexicon
        self.model = model
        self.review_threshold = review_threshold
        self.severe_block_threshold = severe_block_threshold
        self.version = f"lex:{lexicon.version};model:{model.version if model else 'none'}"

    @classmethod
    def default(cls) -> Engine:
        """The packaged lexicons and model (read once; no network, no download).

        The model file carries the review threshold chosen by cross-validation
        when it was trained.
        """
        model = load_model()
        if model is None:
            return cls(load_lexicon())
        return cls(
            load_lexicon(),
            model,
            review_threshold=model.review_threshold,
            severe_block_threshold=model.severe_block_threshold,
        )

    def check(self, text: str, ctx: Context) -> Verdict:
        """The verdict on `text` said in `ctx`; never raises on any string."""
        norm = prepare(text, ctx, self.lexicon)
        hits = self.lexicon.scan(norm)
        findings = evaluate(hits, norm, ctx)
        scores: dict[str, float] = {}
        if self.model is not None:
            probabilities = self.model.predict(features(norm.text, context_tokens(ctx)))
            scores = {c: round(p, 4) for c, p in probabilities.items() if c != "none"}
        return decide(
            findings,
            scores,
            ctx,
            self.version,
            review_threshold=self.review_threshold,
            severe_block_threshold=self.severe_block_threshold,
            evidence=model_evidence(hits),
        )
