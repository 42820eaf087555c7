"""French explanations and evidence lists for signals (statement of reasons, DSA Art. 17)."""

from __future__ import annotations

from causette.moderation.minors.adult_rules import ADULT_SELF_RULES
from causette.moderation.minors.ages import RULES as AGE_RULES
from causette.moderation.minors.child_rules import CHILD_SELF_RULES
from causette.moderation.minors.grooming_rules import GROOMING_RULES
from causette.moderation.minors.insist import INSIST_RULE
from causette.moderation.minors.signals import Evidence
from causette.moderation.minors.state import RuleState, decay

__all__ = ["LABELS", "evidence_of", "excerpt", "labels_of"]

LABELS: dict[str, str] = {
    rule.id: rule.label
    for rule in (*GROOMING_RULES, *CHILD_SELF_RULES, *ADULT_SELF_RULES, *AGE_RULES)
}
LABELS["g.model"] = "message proche des messages de pédopiégeage (modèle statistique)"
LABELS["c.model"] = "écrit comme les enfants du corpus (modèle statistique)"
LABELS["a.model"] = "écrit comme les adultes du corpus (modèle statistique)"
LABELS["g.model_sum"] = (
    "beaucoup de messages un peu proches du pédopiégeage, chacun sous le seuil "
    "(modèle statistique, somme)"
)
LABELS["c.model_sum"] = (
    "beaucoup de messages un peu enfantins, chacun sous le seuil (modèle statistique, somme)"
)
LABELS["g.meaning"] = "message proche des messages de pédopiégeage (modèle de sens)"
LABELS["c.meaning"] = "écrit comme les enfants du corpus (modèle de sens)"
LABELS["a.meaning"] = "écrit comme les adultes du corpus (modèle de sens)"
LABELS["a.grooms"] = "pédopiégeage d’une personne mineure, avec des indices de vie adulte"
LABELS["c.groomed"] = "conversation retenue pour pédopiégeage à son égard, sur ses indices d’enfant"
LABELS[INSIST_RULE.id] = INSIST_RULE.label
LABELS["g.age_gap"] = "grand écart entre les âges déclarés"
LABELS["g.contact_detail"] = "numéro, adresse e-mail ou pseudo d’une autre application"
LABELS["m.minor_contact"] = "contact avec une personne mineure"
LABELS["m.teen_context_block"] = "message bloqué dans un contexte mineur (rapporté par le service)"

EXCERPT_CHARS = 80


def excerpt(text: str) -> str:
    """The message on one line, cut to `EXCERPT_CHARS` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= EXCERPT_CHARS else flat[: EXCERPT_CHARS - 1] + "…"


def evidence_of(state: RuleState, now: float, half_life: float) -> tuple[Evidence, ...]:
    """Every kept hit of `state`, oldest first, with its weight decayed to `now`."""
    kept = state.kept()
    return tuple(
        Evidence(h.ref, h.rule, round(decay(h.weight, now - h.at, half_life), 3), h.excerpt)
        for h in state.refs
        if id(h) in kept
    )


def labels_of(rules: tuple[str, ...]) -> str:
    return ", ".join(f"{LABELS.get(r, r)} ({r})" for r in rules)
