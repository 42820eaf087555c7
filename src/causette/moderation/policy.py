"""From findings and model scores to one verdict with French reasons.

The strictest action wins. The three severe categories always block and
escalate. When no rule fired, the tier 1 model may still ask for review (never
block on its own, except a severe category above its block threshold).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from causette.domain.rooms import RoomKind
from causette.moderation.rules import Finding
from causette.moderation.verdict import (
    CATEGORIES,
    SEVERE_CATEGORIES,
    Action,
    Context,
    TextKind,
    Verdict,
)

__all__ = ["DESCRIPTIONS", "decide", "reason_for"]

DESCRIPTIONS: Mapping[str, str] = {
    "drugs": "vente ou achat de drogue",
    "child_safety": "mise en danger ou sexualisation d’un mineur",
    "sexual_violence": "violence sexuelle (absence de consentement, soumission chimique, "
    "incitation au viol)",
    "ncii": "images intimes diffusées sans consentement ou voyeurisme",
    "prostitution": "prostitution ou proxénétisme (relations sexuelles tarifées)",
    "threat": "menace, extorsion ou chantage",
    "hate": "haine contre des personnes pour leur origine, religion, orientation sexuelle, "
    "genre ou handicap",
    "doxxing": "publication des coordonnées ou de l’identité de quelqu’un",
    "sexual": "contenu ou sollicitation sexuelle hors des salons adultes",
    "spam": "spam, arnaque ou publicité",
}
assert set(DESCRIPTIONS) == set(CATEGORIES)

_SUBJECT = {
    TextKind.MESSAGE: "Message",
    TextKind.PRIVATE_MESSAGE: "Message privé",
    TextKind.PSEUDONYM: "Pseudo",
    TextKind.ROOM_NAME: "Nom de salon",
    TextKind.ROOM_TOPIC: "Sujet de salon",
}

_SAFETY_NOTE = (
    "Si quelqu’un te met mal à l’aise ou te demande des photos, parles-en et appelle "
    "le 3018 (gratuit, anonyme)."
)

_RANK = {Action.ALLOW: 0, Action.REVIEW: 1, Action.BLOCK: 2}


# A pseudonym, room name or topic is checked when it is chosen: `review` and `block` both
# refuse it there and then (nothing is stored or queued), so the sender is asked for
# another one rather than told of a review or an appeal that does not exist.
_CHOOSE_ANOTHER = {
    TextKind.PSEUDONYM: "Choisissez-en un autre.",
    TextKind.ROOM_NAME: "Choisissez un autre nom.",
    TextKind.ROOM_TOPIC: "Choisissez un autre sujet.",
}


def reason_for(category: str, rule: str, action: Action, kind: TextKind) -> str:
    """The French sentence shown to the sender for one category."""
    subject = _SUBJECT[kind]
    description = DESCRIPTIONS[category]
    if kind in _CHOOSE_ANOTHER:
        return f"{subject} refusé : {description} (règle {rule}). {_CHOOSE_ANOTHER[kind]}"
    if action is Action.BLOCK:
        return (
            f"{subject} refusé : {description} (règle {rule}). "
            "Vous pouvez faire appel de cette décision."
        )
    return (
        f"{subject} en attente de vérification par l’équipe de modération : {description} "
        f"(règle {rule}). Vous pourrez faire appel de la décision."
    )


def decide(
    findings: Sequence[Finding],
    scores: Mapping[str, float],
    ctx: Context,
    model_version: str,
    *,
    review_threshold: float,
    severe_block_threshold: float,
    evidence: frozenset[str] | None = None,
) -> Verdict:
    """Combine rule findings and model scores (category -> probability) into a verdict.

    `evidence`: the categories the model may flag (`rules.model_evidence`);
    None lets it flag any category.
    """
    chosen: list[Finding] = list(findings)
    if not chosen and scores:
        category, score = max(scores.items(), key=lambda kv: kv[1])
        if (
            score >= review_threshold
            and _model_may_flag(category, ctx)
            and (evidence is None or category in evidence)
        ):
            severe = category in SEVERE_CATEGORIES and score >= severe_block_threshold
            chosen.append(
                Finding(
                    category,
                    f"{category}.model",
                    Action.BLOCK if severe else Action.REVIEW,
                    ctx.involves_minor,
                )
            )
    if not chosen:
        return Verdict(Action.ALLOW, scores=dict(scores), model_version=model_version)
    # Severe categories always block (policy of issue 4).
    chosen = [
        Finding(f.category, f.rule, Action.BLOCK, f.safety_note)
        if f.category in SEVERE_CATEGORIES
        and f.action is Action.REVIEW
        and not _statistical(f.rule)
        else f
        for f in chosen
    ]
    # Strictest first, severe before the others, then rule order.
    chosen.sort(key=lambda f: (-_RANK[f.action], f.category not in SEVERE_CATEGORIES))
    action = chosen[0].action
    kept = [f for f in chosen if f.action is action]
    categories = tuple(dict.fromkeys(f.category for f in kept))
    rules = tuple(dict.fromkeys(f.rule for f in kept))
    safety_note = any(f.safety_note for f in chosen)
    reasons = [
        reason_for(c, next(f.rule for f in kept if f.category == c), action, ctx.kind)
        for c in categories
    ]
    if safety_note:
        reasons.append(_SAFETY_NOTE)
    return Verdict(
        action=action,
        categories=categories,
        reasons=tuple(reasons),
        rules=rules,
        scores=dict(scores),
        model_version=model_version,
        escalate=action is Action.BLOCK and any(c in SEVERE_CATEGORIES for c in categories),
        safety_note=safety_note,
    )


def _model_may_flag(category: str, ctx: Context) -> bool:
    # Sexual content is the sender's right in adult rooms and adult private chats.
    if category == "sexual" and not ctx.involves_minor:
        return ctx.room_kind is not RoomKind.ADULT and ctx.kind is not TextKind.PRIVATE_MESSAGE
    return True


def _statistical(rule: str) -> bool:
    # A model's finding (tier 1 `<category>.model`, tier 2 `tier2.<category>`) blocks only
    # when the model itself chose block, above its severe threshold.
    return rule.endswith(".model") or rule.startswith("tier2.")
