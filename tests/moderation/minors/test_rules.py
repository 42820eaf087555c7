"""Which phrases each rule family recognises, and near misses it must leave alone."""

import pytest

from causette.moderation.minors.fold import fold
from causette.moderation.minors.rules import (
    ADULT_SELF_RULES,
    CHILD_SELF_RULES,
    GROOMING_RULES,
    match,
    off_platform_contact,
)


def ids(text: str, table: tuple) -> set[str]:  # type: ignore[type-arg]
    return {rule.id for rule in match(fold(text), table)}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("t'as quel âge ?", "g.age_question"),
        ("tu es en quelle classe ?", "g.school_question"),
        ("tu vas dans quel collège ?", "g.school_question"),
        ("tes parents sont là ce soir ?", "g.alone_question"),
        ("t'es toute seule ?", "g.alone_question"),
        ("t'es trop mignonne", "g.compliment"),
        ("t'es super mature pour ton âge", "g.maturity"),
        ("je peux te payer une recharge", "g.gift"),
        ("je t'offre des robux", "g.gift"),
        ("envoie moi une photo de toi", "g.photo_request"),
        ("allume ta cam", "g.photo_request"),
        ("ne dis rien à tes parents", "g.secrecy_adults"),
        ("efface nos messages", "g.secrecy_adults"),
        ("c'est notre secret", "g.secrecy"),
        ("ajoute moi sur snap", "g.off_platform"),
        ("on continue sur whatsapp", "g.off_platform"),
        ("on se voit samedi ?", "g.meeting"),
        ("t'habites où ?", "g.meeting"),
        ("je viens te chercher en voiture", "g.pickup"),
        ("tu peux me faire confiance", "g.trust"),
        ("t'as déjà embrassé quelqu'un ?", "g.intimate_question"),
        ("tu m'env0ies une ph0t0 ?", "g.photo_request"),
        ("sinon je montre nos messages à tout le monde", "g.threat"),
        ("envoie une photo sans ton haut", "g.undress"),
        ("tu mesures combien ?", "g.body_question"),
        ("faut pas que ta mère sache", "g.secrecy_adults"),
        ("personne le saura", "g.secrecy"),
        ("je peux te récupérer après les cours", "g.pickup"),
    ],
)
def test_grooming_cue_is_recognised(text: str, rule: str) -> None:
    assert rule in ids(text, GROOMING_RULES)


@pytest.mark.parametrize(
    "text",
    [
        "envoie moi une photo de ton chat",
        "tu peux m'envoyer les photos de la sortie ?",
        "tu as vu le match hier ?",
        "on a cours de physique demain",
        "mes parents sont sympas",
    ],
)
def test_ordinary_phrase_is_no_grooming_cue(text: str) -> None:
    assert ids(text, GROOMING_RULES) == set()


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("j'ai 14 ans", "c.self_age"),
        ("jsuis en 4ème", "c.school_class"),
        ("je suis en seconde", "c.lycee_class"),
        ("mes parents veulent pas", "c.parents_forbid"),
        ("ma prof de maths m'a collé", "c.school_mine"),
        ("la cantine était nulle", "c.school_life"),
        ("14 et toi", "c.self_age_reply"),
        ("samedi c'est mes 15 ans", "c.self_age_reply"),
    ],
)
def test_child_self_description_is_recognised(text: str, rule: str) -> None:
    assert rule in ids(text, CHILD_SELF_RULES)


@pytest.mark.parametrize(
    "text",
    [
        "ma fille a 14 ans",
        "j'ai 14 ans d'expérience dans le métier",
        "quand j'avais 14 ans je jouais au foot",
        "mon fils est en 4ème",
    ],
)
def test_talking_about_others_or_the_past_is_no_child_self_description(text: str) -> None:
    assert ids(text, CHILD_SELF_RULES) & {"c.self_age", "c.school_class"} == set()


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("j'ai 35 ans", "a.self_age"),
        ("ma femme rentre tard", "a.spouse"),
        ("mes enfants sont à l'école", "a.children"),
        ("mon boulot me saoule", "a.work"),
        ("mon loyer a augmenté", "a.adult_life"),
        ("quand j'étais au lycée il y a 20 ans", "a.nostalgia"),
    ],
)
def test_adult_self_description_is_recognised(text: str, rule: str) -> None:
    assert rule in ids(text, ADULT_SELF_RULES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("appelle moi au 06 12 34 56 78", True),
        ("écris à lea.martin@example.org", True),
        ("mon pseudo c'est @lea_2009", True),
        ("on se voit à 14h30 le 12/06", False),
    ],
)
def test_contact_details_are_detected_in_raw_text(text: str, expected: bool) -> None:
    assert off_platform_contact(text) is expected
