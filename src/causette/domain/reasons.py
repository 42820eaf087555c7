"""Statements of reasons (DSA Art. 17), one for every restriction.

A statement says what was restricted and for how long, the facts (a quote of
the content, where and when), the ground (the community rule and, where it
applies, the law), whether automated means detected and/or decided it, and the
redress routes: the internal appeal (open six months, decided by a person,
Art. 20), certified out-of-court dispute settlement bodies (Art. 21) and the
courts. `render_fr()` is what the person reads; `to_json()` is what is stored
and what the DSA Transparency Database export (Art. 24(5)) is built from.

The domain imports nothing from `moderation`: a moderation `Verdict` is read
through the `VerdictLike` protocol (its categories, rules and model version).
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from causette.domain.appeals import appeal_deadline
from causette.domain.orders import AuthorityOrder
from causette.domain.sanctions import DAY, HOUR, Sanction, SanctionKind

__all__ = [
    "COMMUNITY_RULES",
    "LEGAL_GROUNDS",
    "LEGAL_REFS",
    "MAX_QUOTE",
    "Facts",
    "LegalRef",
    "StatementOfReasons",
    "VerdictLike",
    "format_date_fr",
    "format_duration_fr",
    "statement_for",
]

MAX_QUOTE = 500
"""Longer content is quoted up to this many characters, then « … »."""


@dataclass(frozen=True, slots=True)
class LegalRef:
    code: str
    article: str
    label_fr: str

    def text(self) -> str:
        return f"{self.code}, art. {self.article} ({self.label_fr})"


# Articles to be checked by counsel before launch (see docs/sanctions.md).
LEGAL_REFS = {
    "222-34": LegalRef("Code pénal", "222-34 et suivants", "trafic de stupéfiants"),
    "227-22-1": LegalRef(
        "Code pénal",
        "227-22-1",
        "propositions sexuelles à un mineur de quinze ans par un moyen électronique",
    ),
    "227-23": LegalRef("Code pénal", "227-23", "images pédopornographiques"),
    "226-2-1": LegalRef(
        "Code pénal", "226-2-1", "diffusion d'images intimes sans le consentement de la personne"
    ),
    "226-3-1": LegalRef("Code pénal", "226-3-1", "voyeurisme"),
    "312-10": LegalRef("Code pénal", "312-10", "chantage"),
    "222-17": LegalRef("Code pénal", "222-17", "menaces"),
    "222-33": LegalRef("Code pénal", "222-33", "harcèlement sexuel"),
    "223-1-1": LegalRef(
        "Code pénal", "223-1-1", "divulgation d'informations personnelles exposant à un risque"
    ),
    "225-5": LegalRef("Code pénal", "225-5", "proxénétisme"),
    "1881-24": LegalRef(
        "Loi du 29 juillet 1881", "24", "provocation à la haine ou à la discrimination"
    ),
}

LEGAL_GROUNDS: dict[str, tuple[LegalRef, ...]] = {
    "drugs": (LEGAL_REFS["222-34"],),
    "child_safety": (LEGAL_REFS["227-22-1"],),
    "sexual_violence": (LEGAL_REFS["222-33"],),
    "ncii": (LEGAL_REFS["226-2-1"],),
    "prostitution": (LEGAL_REFS["225-5"],),
    "threat": (LEGAL_REFS["222-17"], LEGAL_REFS["312-10"]),
    "hate": (LEGAL_REFS["1881-24"],),
    "doxxing": (LEGAL_REFS["223-1-1"],),
}
"""The law a category usually falls under; `sexual`, `spam` and `other` are rules only."""

COMMUNITY_RULES: dict[str, tuple[str, str]] = {
    "drugs": ("regle-1", "Pas de vente, d'achat ni de promotion de drogues."),
    "child_safety": ("regle-2", "Aucun contenu ni aucune approche sexuelle envers un mineur."),
    "sexual_violence": ("regle-3", "Pas de harcèlement ni de violence sexuelle."),
    "ncii": ("regle-4", "Pas d'image intime d'une personne sans son accord."),
    "prostitution": ("regle-5", "Pas d'offre ni de demande de services sexuels tarifés."),
    "threat": ("regle-6", "Pas de menace ni de chantage."),
    "hate": ("regle-7", "Pas de haine ni de discrimination."),
    "doxxing": ("regle-8", "Pas d'informations personnelles sur autrui."),
    "sexual": ("regle-9", "Pas de contenu sexuel hors des salons adultes ni non sollicité."),
    "spam": ("regle-10", "Pas de spam ni de publicité."),
    "other": ("regle-11", "Respect des autres et des règles de la communauté."),
    "repeat_content": ("regle-12", "Des infractions répétées entraînent une suspension."),
    "repeat_unfounded_report": (
        "regle-13",
        "Des signalements manifestement infondés répétés entraînent une suspension.",
    ),
}
"""Rule id and text per category, as published in the community rules (Art. 14)."""


class VerdictLike(Protocol):
    """What a statement reads from a moderation verdict."""

    @property
    def categories(self) -> tuple[str, ...]: ...

    @property
    def rules(self) -> tuple[str, ...]: ...

    @property
    def model_version(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Facts:
    """The facts: the content (or a description for a photo), where and when."""

    content: str
    at: float | None = None
    where: str = ""


_MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip


def format_date_fr(ts: float) -> str:
    """`29 novembre 2026 à 05:39 UTC` (UTC, so the text never depends on the server's zone)."""
    t = time.gmtime(ts)
    day = "1er" if t.tm_mday == 1 else str(t.tm_mday)
    return f"{day} {_MONTHS[t.tm_mon - 1]} {t.tm_year} à {t.tm_hour:02d}:{t.tm_min:02d} UTC"


def format_duration_fr(seconds: float) -> str:
    """`7 jours`, `1 jour`, `12 heures`, `1 heure` (whole days when it divides)."""
    if seconds >= DAY and seconds % DAY == 0:
        n = int(seconds // DAY)
        return f"{n} jour" if n == 1 else f"{n} jours"
    n = max(1, round(seconds / HOUR))
    return f"{n} heure" if n == 1 else f"{n} heures"


def _restriction_fr(sanction: Sanction) -> str:
    kind, duration = sanction.kind, sanction.duration
    span = "" if duration is None else format_duration_fr(duration)
    if kind is SanctionKind.WARNING:
        return (
            "Avertissement : pas de restriction cette fois, "
            "une récidive peut entraîner une suspension."
        )
    if kind is SanctionKind.CONTENT_REMOVAL:
        return "Retrait du contenu : il n'est plus visible."
    if kind is SanctionKind.ROOM_CLOSURE:
        return "Fermeture du salon."
    if kind is SanctionKind.MUTE:
        return f"Interdiction d'écrire pendant {span}."
    if kind is SanctionKind.SUSPENSION:
        return f"Suspension de l'accès au service pendant {span}."
    return "Bannissement définitif." if duration is None else f"Bannissement pendant {span}."


@dataclass(frozen=True, slots=True)
class StatementOfReasons:
    """The Art. 17 statement for one sanction. Build it with `statement_for()`."""

    sanction_id: str
    kind: SanctionKind
    user: str
    restriction_fr: str
    decided_at: float
    ends_at: float | None
    facts: Facts
    category: str
    rule_id: str
    rule_fr: str
    legal: tuple[LegalRef, ...]
    explanation: str
    automated_detection: bool
    automated_decision: bool
    automated_means: str
    appeal_until: float
    appeal_url: str
    ticket: str | None = None
    # The order from an authority this measure executes (DSA Art. 9), if any: Art. 9(5)
    # has the person told of the order and of the effect given, with the redress.
    order: AuthorityOrder | None = None

    def _order_fr(self) -> str:
        o = self.order
        assert o is not None
        received = f", reçue le {format_date_fr(o.received_at)}" if o.received_at else ""
        return (
            f"Cette mesure exécute une injonction de {o.authority} (référence {o.reference},"
            f" État membre : {o.member_state}{received}) d'agir contre un contenu illicite,"
            " prise en application du règlement européen sur les services numériques"
            " (règlement (UE) 2022/2065), art. 9."
        )

    def render_fr(self) -> str:
        """The statement as plain French text, ready to show or send."""
        lines = ["Exposé des motifs de la décision", ""]
        lines.append(f"Décision : {self.restriction_fr}")
        lines.append(f"Date de la décision : {format_date_fr(self.decided_at)}")
        if self.ends_at is not None and self.kind in (
            SanctionKind.MUTE,
            SanctionKind.SUSPENSION,
            SanctionKind.BAN,
        ):
            lines.append(f"Fin de la mesure : {format_date_fr(self.ends_at)}")
        if self.ticket:
            lines.append(f"Référence du signalement : {self.ticket}")
        if self.order is not None:
            lines.append(f"Injonction d'une autorité : {self._order_fr()}")
        lines += ["", "Les faits :"]
        where = f" ({self.facts.where})" if self.facts.where else ""
        when = f", le {format_date_fr(self.facts.at)}" if self.facts.at is not None else ""
        lines.append(f"Contenu en cause{where}{when} : « {self.facts.content} »")
        if self.explanation:
            lines.append(f"Explication : {self.explanation}")
        lines += ["", "Le fondement :"]
        if self.order is not None:
            lines.append(
                f"L'injonction de {self.order.authority} (référence {self.order.reference}),"
                " qui nous oblige à agir (règlement (UE) 2022/2065, art. 9)."
            )
        lines.append(f"Règles de la communauté, {self.rule_id} : {self.rule_fr}")
        for ref in self.legal:
            lines.append(f"La loi : {ref.text()}")
        lines += ["", "Moyens automatisés :"]
        if self.automated_detection:
            lines.append(
                f"Le contenu a été détecté par un moyen automatisé ({self.automated_means})."
            )
        else:
            lines.append("Le contenu n'a pas été détecté par un moyen automatisé.")
        if self.automated_decision:
            lines.append("La décision a été prise automatiquement, sans intervention humaine.")
        else:
            lines.append("La décision a été prise par un modérateur ou une modératrice.")
        internal = (
            f"1. Contester la décision auprès de Causette, gratuitement, jusqu'au "
            f"{format_date_fr(self.appeal_until)} : {self.appeal_url}. "
            "Votre recours sera examiné par une personne, autre que celle qui a décidé "
            "(règlement européen sur les services numériques, art. 20)."
        )
        if self.order is not None:
            internal += (
                " Ce recours porte sur l'exécution de l'injonction par Causette (par exemple"
                " une erreur sur le contenu ou la personne visés) : Causette ne peut ni"
                " modifier ni annuler l'injonction."
            )
        lines += [
            "",
            "Vos recours :",
            internal,
            "2. Saisir un organisme de règlement extrajudiciaire des litiges certifié "
            "(art. 21) ; la liste est publiée par l'Arcom et par la Commission européenne.",
            "3. Saisir la justice (tribunal judiciaire).",
        ]
        if self.order is not None:
            lines.append(
                "4. Contester l'injonction elle-même : devant les juridictions de l'État"
                f" membre de l'autorité qui l'a émise ({self.order.authority},"
                f" {self.order.member_state}), selon les voies de recours de cet État"
                " (règlement (UE) 2022/2065, art. 9)."
            )
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        """The statement as stored and exported (stable field names)."""
        return {
            "sanction_id": self.sanction_id,
            "kind": self.kind.value,
            "user": self.user,
            "restriction": self.restriction_fr,
            "decided_at": self.decided_at,
            "ends_at": self.ends_at,
            "facts": {
                "content": self.facts.content,
                "at": self.facts.at,
                "where": self.facts.where,
            },
            "category": self.category,
            "ground": {
                "rule_id": self.rule_id,
                "rule": self.rule_fr,
                "legal": [
                    {"code": r.code, "article": r.article, "label": r.label_fr} for r in self.legal
                ],
            },
            "explanation": self.explanation,
            "automated_detection": self.automated_detection,
            "automated_decision": self.automated_decision,
            "automated_means": self.automated_means,
            "redress": {
                "internal_appeal_until": self.appeal_until,
                "internal_appeal_url": self.appeal_url,
                "out_of_court": True,
                "courts": True,
            },
            "ticket": self.ticket,
            # Art. 9(5): the order this measure executes (None: none).
            "authority_order": None
            if self.order is None
            else {
                "authority": self.order.authority,
                "reference": self.order.reference,
                "member_state": self.order.member_state,
                "received_at": self.order.received_at,
            },
        }


def _quote(content: str) -> str:
    text = " ".join(content.split())
    return text if len(text) <= MAX_QUOTE else text[: MAX_QUOTE - 1] + "…"


def statement_for(
    sanction: Sanction,
    *,
    facts: Facts,
    appeal_url: str,
    verdict: VerdictLike | None = None,
    legal: tuple[LegalRef, ...] | None = None,
    rules: Mapping[str, tuple[str, str]] = COMMUNITY_RULES,
    order: AuthorityOrder | None = None,
) -> StatementOfReasons:
    """The statement for `sanction`, from a moderation `verdict` and/or the moderator's reason.

    Pass `verdict` when automated moderation detected the content: the
    statement then names the means (rule ids, model version). The decision is
    automated when the sanction's `decided_by` is `system`. The ground is the
    sanction's category (or the verdict's first one when the sanction says
    `other`); `legal` overrides the usual articles for that category.
    `sanction.reason` is the explanation shown. `appeal_url` is where to appeal.
    With `order` (an Art. 9 order the measure executes), the statement names the
    authority, the order's reference and its legal basis, and adds to the redress that
    the order itself is contested before the issuing State's courts (Art. 9(5)).
    """
    category = sanction.category
    if category == "other" and verdict is not None and verdict.categories:
        category = verdict.categories[0]
    rule_id, rule_fr = rules.get(category, rules.get("other", ("", "")))
    means = ""
    if verdict is not None:
        parts = ["filtre automatique de modération"]
        if verdict.rules:
            parts.append("règles : " + ", ".join(verdict.rules))
        if verdict.model_version:
            parts.append("version : " + verdict.model_version)
        means = " ; ".join(parts)
    return StatementOfReasons(
        sanction_id=sanction.id,
        kind=sanction.kind,
        user=sanction.binding.user,
        restriction_fr=_restriction_fr(sanction),
        decided_at=sanction.start,
        ends_at=sanction.ends_at,
        facts=Facts(_quote(facts.content), facts.at, facts.where),
        category=category,
        rule_id=rule_id,
        rule_fr=rule_fr,
        legal=LEGAL_GROUNDS.get(category, ()) if legal is None else legal,
        explanation=sanction.reason.strip(),
        automated_detection=verdict is not None,
        automated_decision=sanction.automated,
        automated_means=means,
        appeal_until=appeal_deadline(sanction.start),
        appeal_url=appeal_url,
        ticket=sanction.ticket,
        order=order,
    )
