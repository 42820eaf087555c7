from __future__ import annotations

import calendar
import json
from pathlib import Path

from causette.domain.ids import UserId
from causette.domain.reasons import (
    COMMUNITY_RULES,
    LEGAL_REFS,
    Facts,
    format_date_fr,
    format_duration_fr,
    statement_for,
)
from causette.domain.reports import REPORT_CATEGORIES
from causette.domain.sanctions import DAY, HOUR, Binding, Sanction, SanctionKind
from causette.moderation.verdict import Action, Verdict

DECIDED = float(calendar.timegm((2026, 3, 14, 10, 30, 0)))
URL = "https://causette.example/recours/s1"


def sanction(
    kind: SanctionKind = SanctionKind.SUSPENSION,
    duration: float | None = 7 * DAY,
    *,
    decided_by: str = "mod_alice",
    category: str = "drugs",
    reason: str = "Propose de la drogue à la vente dans le salon.",
) -> Sanction:
    return Sanction(
        id="s1",
        kind=kind,
        binding=Binding(UserId("u_bad")),
        start=DECIDED,
        duration=duration,
        decided_by=decided_by,
        reason=reason,
        category=category,
        ticket="R-2026-000123",
    )


FACTS = Facts("Je vends de la beuh, DM moi", at=DECIDED - 600, where="salon « Général »")
VERDICT = Verdict(
    Action.BLOCK, categories=("drugs",), rules=("drugs.sale.fr",), model_version="lex-2026.03"
)


def test_every_category_has_a_published_rule() -> None:
    assert set(REPORT_CATEGORIES) <= set(COMMUNITY_RULES)


def test_human_decision_on_automated_detection_names_the_means_and_redress() -> None:
    sor = statement_for(sanction(), facts=FACTS, appeal_url=URL, verdict=VERDICT)
    assert sor.automated_detection and not sor.automated_decision
    text = sor.render_fr()
    assert "Suspension de l'accès au service pendant 7 jours." in text
    assert "14 mars 2026 à 10:30 UTC" in text
    assert "Fin de la mesure : 21 mars 2026 à 10:30 UTC" in text
    assert "« Je vends de la beuh, DM moi »" in text
    assert "salon « Général »" in text
    assert "regle-1" in text
    assert "Code pénal, art. 222-34 et suivants (trafic de stupéfiants)" in text
    assert "détecté par un moyen automatisé" in text
    assert "drugs.sale.fr" in text and "lex-2026.03" in text
    assert "prise par un modérateur" in text
    # Internal appeal six months out, out-of-court bodies, courts.
    assert "jusqu'au 14 septembre 2026 à 10:30 UTC" in text
    assert URL in text
    assert "art. 20" in text
    assert "règlement extrajudiciaire" in text and "art. 21" in text
    assert "tribunal judiciaire" in text
    assert "R-2026-000123" in text


def test_automatic_decision_says_so() -> None:
    sor = statement_for(
        sanction(decided_by="system", category="repeat_content", reason="3 infractions."),
        facts=Facts("3 messages retirés"),
        appeal_url=URL,
    )
    assert sor.automated_decision and not sor.automated_detection
    text = sor.render_fr()
    assert "n'a pas été détecté par un moyen automatisé" in text
    assert "prise automatiquement, sans intervention humaine" in text
    assert "regle-12" in text
    assert "La loi" not in text


def test_moderator_reason_without_verdict_is_human_only() -> None:
    sor = statement_for(
        sanction(SanctionKind.MUTE, 2 * HOUR, category="hate"),
        facts=FACTS,
        appeal_url=URL,
    )
    assert not sor.automated_detection and not sor.automated_decision
    assert sor.automated_means == ""
    assert "Interdiction d'écrire pendant 2 heures." in sor.render_fr()
    assert "Loi du 29 juillet 1881" in sor.render_fr()


def test_other_category_takes_the_verdicts_ground_and_legal_can_be_overridden() -> None:
    sor = statement_for(
        sanction(category="other"),
        facts=FACTS,
        appeal_url=URL,
        verdict=Verdict(Action.BLOCK, categories=("child_safety",)),
    )
    assert sor.category == "child_safety"
    assert [r.article for r in sor.legal] == ["227-22-1"]
    photo = statement_for(
        sanction(SanctionKind.BAN, None, category="child_safety"),
        facts=Facts("[photo retirée]"),
        appeal_url=URL,
        legal=(LEGAL_REFS["227-23"],),
    )
    assert [r.article for r in photo.legal] == ["227-23"]
    assert "Bannissement définitif." in photo.render_fr()
    assert "Fin de la mesure" not in photo.render_fr()


def test_long_content_is_quoted_up_to_500_characters() -> None:
    sor = statement_for(sanction(), facts=Facts("mot " * 400), appeal_url=URL)
    assert len(sor.facts.content) == 500
    assert sor.facts.content.endswith("…")


def test_json_holds_the_same_facts_and_is_serialisable() -> None:
    sor = statement_for(sanction(), facts=FACTS, appeal_url=URL, verdict=VERDICT)
    data = json.loads(json.dumps(sor.to_json()))
    assert data["kind"] == "suspension"
    assert data["user"] == "u_bad"
    assert data["ends_at"] == DECIDED + 7 * DAY
    assert data["facts"]["content"] == "Je vends de la beuh, DM moi"
    assert data["ground"]["rule_id"] == "regle-1"
    assert data["ground"]["legal"][0]["article"] == "222-34 et suivants"
    assert data["automated_detection"] is True
    assert data["automated_decision"] is False
    assert data["redress"]["internal_appeal_url"] == URL
    assert data["redress"]["internal_appeal_until"] == float(
        calendar.timegm((2026, 9, 14, 10, 30, 0))
    )


def test_french_dates_and_durations() -> None:
    assert format_date_fr(float(calendar.timegm((2026, 1, 1, 8, 5, 0)))) == (
        "1er janvier 2026 à 08:05 UTC"
    )
    assert format_duration_fr(DAY) == "1 jour"
    assert format_duration_fr(30 * DAY) == "30 jours"
    assert format_duration_fr(HOUR) == "1 heure"
    assert format_duration_fr(24 * HOUR) == "1 jour"
    assert format_duration_fr(36 * HOUR) == "36 heures"


def test_the_example_in_docs_sanctions_md_is_what_render_fr_produces() -> None:
    decided = float(calendar.timegm((2026, 3, 14, 10, 30, 0)))
    s = Sanction(
        id="s_7f2c",
        kind=SanctionKind.SUSPENSION,
        binding=Binding(UserId("u_8f3a")),
        start=decided,
        duration=7 * DAY,
        decided_by="mod_alice",
        reason="Propose de la drogue à la vente dans un salon public.",
        category="drugs",
        ticket="R-2026-000123",
    )
    text = statement_for(
        s,
        facts=Facts("Je vends de la beuh, DM moi", at=decided - 600, where="salon « Général »"),
        appeal_url="https://causette.example/recours/s_7f2c",
        verdict=VERDICT,
    ).render_fr()
    doc = (Path(__file__).parents[2] / "docs" / "sanctions.md").read_text(encoding="utf-8")
    assert f"```\n{text}\n```" in doc


def test_a_measure_executing_an_order_names_the_authority_and_the_redress_against_it() -> None:
    """DSA Art. 9(5): the person is told of the order and of the effect given, with a
    statement of reasons and the redress, the order's own included."""
    from causette.domain.orders import OrderKind, receive

    order = receive(
        authority="Tribunal judiciaire de Paris",
        reference="RG 27/00042",
        kind=OrderKind.ACT,
        state="FR",
        received_at=DECIDED - 3 * HOUR,
        by="juriste",
        now=DECIDED,
    )
    removal = sanction(SanctionKind.CONTENT_REMOVAL, None, category="hate")
    sor = statement_for(removal, facts=FACTS, appeal_url=URL, order=order)
    text = sor.render_fr()
    assert (
        "Injonction d'une autorité : Cette mesure exécute une injonction de Tribunal"
        " judiciaire de Paris (référence RG 27/00042, État membre : FR, reçue le"
        " 14 mars 2026 à 07:30 UTC) d'agir contre un contenu illicite" in text
    )
    assert "(règlement (UE) 2022/2065), art. 9." in text
    # The ground: the order, and the law the content falls under.
    ground = text.split("Le fondement :")[1].split("Moyens automatisés")[0]
    assert "L'injonction de Tribunal judiciaire de Paris (référence RG 27/00042)" in ground
    assert "Loi du 29 juillet 1881, art. 24" in ground
    redress = text.split("Vos recours :")[1]
    assert "1. Contester la décision auprès de Causette" in redress
    assert "ne peut ni modifier ni annuler l'injonction" in redress
    assert redress.rstrip().endswith(
        "4. Contester l'injonction elle-même : devant les juridictions de l'État membre de"
        " l'autorité qui l'a émise (Tribunal judiciaire de Paris, FR), selon les voies de"
        " recours de cet État (règlement (UE) 2022/2065, art. 9)."
    )
    assert sor.to_json()["authority_order"] == {
        "authority": "Tribunal judiciaire de Paris",
        "reference": "RG 27/00042",
        "member_state": "FR",
        "received_at": DECIDED - 3 * HOUR,
    }
    # Without an order, nothing of it.
    plain = statement_for(removal, facts=FACTS, appeal_url=URL)
    assert "injonction" not in plain.render_fr()
    assert plain.to_json()["authority_order"] is None
